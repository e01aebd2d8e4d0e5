import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';

import styles from './index.module.css';

interface Tool {
  to: string;
  title: string;
  summary: string;
  checks: readonly string[];
}

const tools: readonly Tool[] = [
  {
    to: '/tools/provider-configuration',
    title: 'Provider configuration builder',
    summary:
      'Choose every CXProviderConfiguration property, see the lock screen, banner, in-call and call-waiting screens your choices give, and copy the Swift or Objective-C.',
    checks: [
      'Limits that remove Hold & Accept or merging',
      'Call icons that are not square or have no transparency',
      'Ringtone names that are not bundle resources',
    ],
  },
  {
    to: '/tools/voip-push',
    title: 'VoIP push composer',
    summary:
      'Write a VoIP push payload and its APNs request, check it, copy it as curl or Node.js, and deliver it to the simulator with the phone locked, the app killed or Do Not Disturb on.',
    checks: [
      'Payloads over 5,120 bytes',
      'A push type or topic APNs will not route to PushKit',
      'Missing or malformed call ids, and expirations that let stale calls ring',
    ],
  },
];

export default function Tools(): ReactNode {
  return (
    <Layout
      title="Tools"
      description="Two CallKit tools: build a CXProviderConfiguration with a live preview and generated code, and compose and check a VoIP push before you send it.">
      <main className="container margin-vert--lg">
        <Heading as="h1">Tools</Heading>
        <p className={styles.lead}>
          Two jobs iOS developers usually do by trial and error on a device. Both run entirely in
          your browser: nothing you type leaves the page.
        </p>
        <ul className={styles.tools}>
          {tools.map((tool) => (
            <li key={tool.to} className={styles.tool}>
              <Heading as="h2" className={styles.toolTitle}>
                <Link to={tool.to}>{tool.title}</Link>
              </Heading>
              <p>{tool.summary}</p>
              <p className={styles.checksTitle}>It warns about:</p>
              <ul>
                {tool.checks.map((check) => (
                  <li key={check}>{check}</li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      </main>
    </Layout>
  );
}
