import {lazy, Suspense, type ReactNode} from 'react';
import BrowserOnly from '@docusaurus/BrowserOnly';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';

const PlaygroundApp = lazy(() => import('@site/src/components/Playground/PlaygroundApp'));

function Fallback({message}: {message: string}): ReactNode {
  return (
    <p>
      {message} Each built-in scenario is also described step by step in the{' '}
      <Link to="/docs/reference/scenarios">scenario catalog</Link>.
    </p>
  );
}

export default function Playground(): ReactNode {
  return (
    <Layout
      title="Playground"
      description="Run any CallKit and PushKit scenario step by step: pick a built-in flow or write your own, break the app on purpose and watch what iOS does.">
      <main className="container margin-vert--lg">
        <h1>Playground</h1>
        <p>
          Pick a call flow or write your own scenario, then step through it: the phone shows what
          iOS shows, the state charts and the trace show why.
        </p>
        <BrowserOnly
          fallback={<Fallback message="The playground needs JavaScript to run the simulator." />}>
          {() => (
            <Suspense fallback={<Fallback message="Loading the simulator…" />}>
              <PlaygroundApp />
            </Suspense>
          )}
        </BrowserOnly>
      </main>
    </Layout>
  );
}
