/**
 * A fixture for the end-to-end tests (tests/e2e/troubleshooting.spec.ts), not a page for readers:
 * one `<Reproduction>` whose entry comes from the query string, `/e2e/reproduction?entry=<id>`.
 * The server build knows no query string: it renders the default entry, and the query is read
 * only after hydration (reading it during hydration would make the markup differ).
 */
import type {ReactNode} from 'react';
import Head from '@docusaurus/Head';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {useLocation} from '@docusaurus/router';
import Layout from '@theme/Layout';

import Reproduction from '@site/src/components/Reproduction';

const defaultEntry = 'app-killed-push-not-reported';

export default function ReproductionFixture(): ReactNode {
  const isBrowser = useIsBrowser();
  const location = useLocation();
  const query = new URLSearchParams(isBrowser ? location.search : '');
  const entry = query.get('entry') ?? defaultEntry;
  return (
    <Layout
      title="Reproduction test fixture"
      description="A fixture page for the end-to-end tests.">
      <Head>
        <meta name="robots" content="noindex" />
      </Head>
      <main className="container margin-vert--lg">
        <h1>Reproduction test fixture</h1>
        <p>This page exists for the automated tests of the troubleshooting reproductions.</p>
        <Reproduction key={entry} entry={entry} />
      </main>
    </Layout>
  );
}
