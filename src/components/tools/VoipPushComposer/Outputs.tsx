/**
 * The composer's outputs: the payload's size against the VoIP limit, the JWT (token auth only)
 * and the request as curl and Node.js. All of it is text React escapes; the code goes into
 * Docusaurus' CodeBlock, which has a copy button.
 */
import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import CodeBlock from '@theme/CodeBlock';

import {
  describeJwt,
  formatBytes,
  formatCount,
  type TokenAuthDraft,
  type VoipPushFacts,
} from '@site/simulator/src/tools';

import styles from './styles.module.css';

export function SizeMeter({facts, idPrefix}: {facts: VoipPushFacts; idPrefix: string}): ReactNode {
  const labelId = `${idPrefix}-size-label`;
  const sent = facts.bodyBytes;
  const over = sent !== null && sent > facts.limitBytes;
  return (
    <div className={styles.sizeMeter} data-testid="vp-payload-size" data-over={over}>
      <p id={labelId} className={styles.sizeText}>
        {sent === null ? (
          <>
            Not valid JSON yet: {formatBytes(facts.typedBytes)} as typed; the VoIP limit is{' '}
            {formatBytes(facts.limitBytes)}.
          </>
        ) : (
          <>
            <strong>{formatBytes(sent)}</strong>
            {` as sent (${formatCount(facts.typedBytes)} as typed); the VoIP limit is ${formatBytes(facts.limitBytes)}`}
            {over ? <strong>: too large, APNs rejects it</strong> : null}.
          </>
        )}
      </p>
      <meter
        className={styles.meter}
        min={0}
        max={facts.limitBytes}
        low={facts.limitBytes * 0.8}
        high={facts.limitBytes}
        optimum={0}
        value={Math.min(sent ?? facts.typedBytes, facts.limitBytes)}
        aria-labelledby={labelId}
      />
    </div>
  );
}

export function JwtPanel({
  idPrefix,
  auth,
  nowSeconds,
  onRefresh,
}: {
  idPrefix: string;
  auth: TokenAuthDraft;
  nowSeconds: number | null;
  onRefresh: () => void;
}): ReactNode {
  const jwt = nowSeconds === null ? null : describeJwt(auth, nowSeconds);
  return (
    <section
      className={styles.panel}
      data-testid="vp-jwt"
      aria-labelledby={`${idPrefix}-jwt-title`}>
      <h3 id={`${idPrefix}-jwt-title`} className={styles.panelTitle}>
        The provider token (JWT)
      </h3>
      {jwt === null ? (
        <p className={styles.help}>
          The claims carry the current time (<code>iat</code>); they appear once the page has loaded
          in your browser.
        </p>
      ) : (
        <>
          <dl className={styles.jwt}>
            <dt>Header</dt>
            <dd>
              <code>{jwt.headerJson}</code>
              <br />
              <code className={styles.encoded}>{jwt.headerBase64url}</code>
            </dd>
            <dt>Claims</dt>
            <dd>
              <code>{jwt.claimsJson}</code>
              <br />
              <code className={styles.encoded}>{jwt.claimsBase64url}</code>
            </dd>
            <dt>Signing input</dt>
            <dd>
              <code className={styles.encoded}>{jwt.signingInput}</code>
            </dd>
            <dt>Signature</dt>
            <dd>{jwt.signatureNote}</dd>
          </dl>
          <p className={styles.help}>
            {jwt.refreshNote} The commands below make the token themselves (
            <Link to="/docs/pushkit/sending-pushes#token-auth">token authentication</Link>).{' '}
            <button
              type="button"
              className="button button--sm button--secondary"
              onClick={onRefresh}>
              Use the current time
            </button>
          </p>
        </>
      )}
    </section>
  );
}

export function CodeOutputs({
  idPrefix,
  curl,
  node,
}: {
  idPrefix: string;
  curl: string;
  node: string;
}): ReactNode {
  return (
    <section className={styles.panel} aria-labelledby={`${idPrefix}-code-title`}>
      <h3 id={`${idPrefix}-code-title`} className={styles.panelTitle}>
        The request
      </h3>
      <p className={styles.notice}>
        <strong>Nothing is sent from this page.</strong> Copy a command and run it on your own
        machine against a development build on a real device.
      </p>
      <div data-testid="vp-curl">
        <CodeBlock language="bash" title="curl (HTTP/2)">
          {curl}
        </CodeBlock>
      </div>
      <div data-testid="vp-node">
        <CodeBlock language="javascript" title="Node.js (send-voip-push.mjs)">
          {node}
        </CodeBlock>
      </div>
    </section>
  );
}
