import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';

import ProviderConfigurationBuilder from '@site/src/components/tools/ProviderConfigurationBuilder';

export default function ProviderConfigurationPage(): ReactNode {
  return (
    <Layout
      title="Provider configuration builder"
      description="Build a CXProviderConfiguration: see the lock screen, banner, in-call and call-waiting screens your choices give, check your call icon, and copy the Swift or Objective-C.">
      <main className="container container--fluid margin-vert--lg">
        <Heading as="h1">Provider configuration builder</Heading>
        <p>
          Choose every <code>CXProviderConfiguration</code> property and see what it changes: the
          messages say which choices have known consequences, the preview shows the screens iOS
          draws with them, and the code is ready to paste. The{' '}
          <Link to="/docs/callkit/provider">provider and configuration guide</Link> explains each
          property.
        </p>
        <ProviderConfigurationBuilder />
      </main>
    </Layout>
  );
}
