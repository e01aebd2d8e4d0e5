/**
 * A fixture for the end-to-end tests (tests/e2e/simulator*.spec.ts), not a page for readers: one
 * embedded `<CallSimulator>` whose props come from the query string,
 * `/e2e/simulator?scenario=<id>&whatIf=<toggle>:<on|off>`. The widget sits below the fold, so the
 * tests can check that it stays a static fallback until it is scrolled into view.
 *
 * The server build knows no query string: it renders the default scenario, and the query is read
 * only after hydration (reading it during hydration would make the markup differ).
 */
import type {ReactNode} from 'react';
import Head from '@docusaurus/Head';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {useLocation} from '@docusaurus/router';
import Layout from '@theme/Layout';

import CallSimulator from '@site/src/components/CallSimulator';

const defaultScenario = 'locked-push-answer';

export default function SimulatorFixture(): ReactNode {
  const isBrowser = useIsBrowser();
  const location = useLocation();
  const query = new URLSearchParams(isBrowser ? location.search : '');
  const scenario = query.get('scenario') ?? defaultScenario;
  const whatIf = query.get('whatIf') ?? undefined;
  return (
    <Layout title="Simulator test fixture" description="A fixture page for the end-to-end tests.">
      <Head>
        <meta name="robots" content="noindex" />
      </Head>
      <main className="container margin-vert--lg">
        <h1>Simulator test fixture</h1>
        <p>
          This page exists for the automated tests of the call simulator. The simulator is below; it
          loads when it scrolls into view.
        </p>
        <div style={{minHeight: '150vh'}} aria-hidden="true" />
        <CallSimulator key={`${scenario}|${whatIf ?? ''}`} scenario={scenario} whatIf={whatIf} />
      </main>
    </Layout>
  );
}
