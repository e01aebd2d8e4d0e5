import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';

import VoipPushComposer from '@site/src/components/tools/VoipPushComposer';

export default function VoipPushPage(): ReactNode {
  return (
    <Layout
      title="VoIP push composer"
      description="Compose a VoIP push and its APNs request, check the payload size, push type, topic, call id and expiration, copy it as curl or Node.js, and deliver it to the simulator.">
      <main className="container container--fluid margin-vert--lg">
        <Heading as="h1">VoIP push composer</Heading>
        <p>
          Write the payload and the APNs request for a VoIP push. The checks name what APNs or your
          app would trip over, the request comes out as a <code>curl</code> command and a Node.js
          script to run yourself, and the push can be played on the simulated phone. Nothing you
          type leaves this page. The{' '}
          <Link to="/docs/pushkit/sending-pushes">sending VoIP pushes</Link> guide explains each
          header; <Link to="/docs/pushkit/receiving-pushes">receiving VoIP pushes</Link> shows what
          the app does with the push.
        </p>
        <VoipPushComposer />
      </main>
    </Layout>
  );
}
