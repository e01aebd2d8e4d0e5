/**
 * The VoIP push composer (/tools/voip-push): a form for the payload and the APNs request, live
 * messages, the payload's size, the JWT, the request as curl and Node.js, and delivery to the
 * embedded simulator. All logic lives in simulator/src/tools/voipPush; this only renders and
 * sends. The server render shows the default draft, which needs no clock.
 */
import {useId, useMemo, useState, type ReactNode} from 'react';

import {
  createDefaultDraft,
  defaultCertificateFile,
  generateCurl,
  validateVoipPush,
  type AuthDraft,
  type VoipPushDraft,
} from '@site/simulator/src/tools';

import ToolMessages from '../ToolMessages';
import DeliverPanel from './DeliverPanel';
import Form from './Form';
import {generateNodeSnippet} from './nodeSnippet';
import {CodeOutputs, JwtPanel, SizeMeter} from './Outputs';
import styles from './styles.module.css';
import {refreshNow, useNowSeconds} from './useNowSeconds';

export default function VoipPushComposer(): ReactNode {
  const idPrefix = `vp${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
  const messagePrefix = `${idPrefix}-message`;
  const nowSeconds = useNowSeconds();
  const [draft, setDraft] = useState<VoipPushDraft>(createDefaultDraft);
  // The values of the auth kind not chosen, kept so switching back loses nothing.
  const [otherAuth, setOtherAuth] = useState<AuthDraft>({
    kind: 'certificate',
    certificateFile: defaultCertificateFile,
  });

  const validation = useMemo(() => validateVoipPush(draft, {nowSeconds}), [draft, nowSeconds]);
  const curl = useMemo(() => generateCurl(draft), [draft]);
  const node = useMemo(() => generateNodeSnippet(draft), [draft]);
  const of = {prefix: messagePrefix, messages: validation.messages};

  const change = (partial: Partial<VoipPushDraft>): void => {
    setDraft((previous) => ({...previous, ...partial}));
  };
  const chooseAuthKind = (kind: AuthDraft['kind']): void => {
    if (draft.auth.kind === kind) return;
    setOtherAuth(draft.auth);
    change({auth: otherAuth});
  };

  return (
    <div className={styles.composer} data-testid="voip-push-composer">
      <div className={styles.formColumn}>
        <Form
          idPrefix={idPrefix}
          draft={draft}
          of={of}
          onChange={change}
          onAuthKind={chooseAuthKind}
        />
      </div>
      <div className={styles.outputColumn}>
        <section className={styles.panel} aria-labelledby={`${idPrefix}-checks-title`}>
          <h3 id={`${idPrefix}-checks-title`} className={styles.panelTitle}>
            Checks
          </h3>
          <SizeMeter facts={validation.facts} idPrefix={idPrefix} />
          <ToolMessages
            idPrefix={messagePrefix}
            messages={validation.messages}
            emptyText="No problems found: APNs should accept this push, and the app finds its call id and caller."
            testId="vp-messages"
          />
        </section>
        {draft.auth.kind === 'token' ? (
          <JwtPanel
            idPrefix={idPrefix}
            auth={draft.auth}
            nowSeconds={nowSeconds}
            onRefresh={refreshNow}
          />
        ) : null}
        <CodeOutputs idPrefix={idPrefix} curl={curl} node={node} />
      </div>
      <div className={styles.deliverRow}>
        <DeliverPanel idPrefix={idPrefix} draft={draft} />
      </div>
    </div>
  );
}
