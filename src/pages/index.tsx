import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';

import styles from './index.module.css';

interface Failure {
  symptom: string;
  explanation: string;
  /** The troubleshooting entry that reproduces it. */
  to: string;
}

const commonFailures: readonly Failure[] = [
  {
    symptom: '“Killing app because it never posted an incoming call…”',
    explanation:
      'The app returned from the VoIP push handler without reporting a call. Since iOS 13 that ends the app at once.',
    to: '/docs/troubleshooting/voip-pushes#app-killed-push-not-reported',
  },
  {
    symptom: 'No audio after answering from the lock screen',
    explanation:
      'Often the app activated its audio session itself, so the system could not, and provider(_:didActivate:) never came.',
    to: '/docs/troubleshooting/audio#no-audio-after-answer',
  },
  {
    symptom: '“Call Failed” a few seconds after tapping Accept',
    explanation:
      'The answer action was never fulfilled. CallKit timed it out and tore the call down.',
    to: '/docs/troubleshooting/actions-and-transactions#answer-stuck-connecting',
  },
  {
    symptom: 'End & Accept drops the new call’s audio',
    explanation:
      'The end and the answer arrive in one transaction. The new call gets audio only through provider(_:didActivate:) after its answer is fulfilled; activating the session yourself breaks that.',
    to: '/docs/troubleshooting/audio#audio-lost-after-end-and-accept',
  },
];

function Hero(): ReactNode {
  return (
    <header className={styles.hero}>
      <div className="container">
        <Heading as="h1" className={styles.title}>
          CallKit Flow
        </Heading>
        <p className={styles.lead}>
          Learn and debug Apple CallKit and PushKit by watching every call step play out: the push,
          the report, each action and its fulfilment, and the moment iOS hands your call its audio.
        </p>
        <div className={styles.actions}>
          <Link className="button button--primary button--lg" to="/docs/intro">
            Start the guides
          </Link>
        </div>
      </div>
    </header>
  );
}

function WhoItIsFor(): ReactNode {
  return (
    <section className={styles.section} aria-labelledby="who-heading">
      <Heading as="h2" id="who-heading">
        Who it is for
      </Heading>
      <p>
        iOS engineers who ship VoIP calling, and React Native or Flutter engineers who wrap the iOS
        side. If your calls ring but never connect, or your app disappears when a push arrives on a
        locked phone, the answer is usually a single missing step. The guides show those steps in
        order, with Swift you can paste and a simulator you can break on purpose.
      </p>
    </section>
  );
}

function CommonFailures(): ReactNode {
  return (
    <section className={styles.section} aria-labelledby="failures-heading">
      <Heading as="h2" id="failures-heading">
        The failures it helps you fix
      </Heading>
      <ul className={styles.failures}>
        {commonFailures.map((failure) => (
          <li key={failure.symptom} className={styles.failure}>
            <Link to={failure.to}>
              <strong>{failure.symptom}</strong>
            </Link>
            <span>{failure.explanation}</span>
          </li>
        ))}
      </ul>
      <p>
        <Link to="/docs/troubleshooting/">Browse all troubleshooting entries</Link>, each with a
        simulator that reproduces the failure and a switch that shows the fix.
      </p>
    </section>
  );
}

function Tools(): ReactNode {
  return (
    <section className={styles.section} aria-labelledby="tools-heading">
      <Heading as="h2" id="tools-heading">
        Tools
      </Heading>
      <p>
        The <Link to="/tools/provider-configuration">provider configuration builder</Link> shows
        what each CXProviderConfiguration choice does to the call screens and writes the code. The{' '}
        <Link to="/tools/voip-push">VoIP push composer</Link> checks a push payload and its APNs
        request, writes the curl command, and delivers the push to the simulator.
      </p>
    </section>
  );
}

function HowItWorks(): ReactNode {
  return (
    <section className={styles.section} aria-labelledby="how-heading">
      <Heading as="h2" id="how-heading">
        How it works
      </Heading>
      <p>
        Each guide embeds a deterministic model of your app, CallKit, PushKit, the audio session,
        your server and the other party. You can step through a call, rewind it, and change how the
        app behaves to see what iOS would do. Facts come from Apple&apos;s documentation, headers
        and engineers; behaviour that is only observed in the field is labelled as observed.
      </p>
      <p>
        <Link to="/docs/intro">Start with how CallKit works</Link>: what it does for your app and
        what it leaves to you. The guides then follow the order you build in: setup, CallKit,
        PushKit, troubleshooting and notes for vendor SDKs.
      </p>
    </section>
  );
}

export default function Home(): ReactNode {
  return (
    <Layout
      title="CallKit and PushKit, step by step"
      description="Guides to Apple CallKit and PushKit with a live call-flow simulator: see every push, report, action and audio-session step, and what iOS does when one goes wrong.">
      <Hero />
      <main className="container">
        <WhoItIsFor />
        <CommonFailures />
        <Tools />
        <HowItWorks />
      </main>
    </Layout>
  );
}
