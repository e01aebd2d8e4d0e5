/**
 * The composer's form, in four sections: the payload, the request, authentication, and what the
 * app expects in the payload. Every input has a visible label and points at its messages.
 */
import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';

import {
  apnsHosts,
  effectiveTopic,
  expirationLateThresholdSeconds,
  keyFileName,
  type ApnsEnvironment,
  type AuthDraft,
  type ExpirationMode,
  type VoipPushDraft,
} from '@site/simulator/src/tools';

import TextField, {fieldAria, SelectField, type FieldMessages, type SelectOption} from './Field';
import styles from './styles.module.css';

const expirationOptions: readonly SelectOption<ExpirationMode>[] = [
  {value: 'zero', label: '0: deliver now or never (recommended)'},
  {value: 'inSeconds', label: 'Now + seconds (computed when sent)'},
  {value: 'at', label: 'At a UNIX time (seconds)'},
  {value: 'omit', label: 'No header'},
];

const environmentOptions: readonly SelectOption<ApnsEnvironment>[] = [
  {value: 'sandbox', label: `Sandbox (${apnsHosts.sandbox}): builds from Xcode`},
  {value: 'production', label: `Production (${apnsHosts.production}): TestFlight and App Store`},
];

export interface FormProps {
  idPrefix: string;
  draft: VoipPushDraft;
  of: FieldMessages;
  onChange: (change: Partial<VoipPushDraft>) => void;
  onAuthKind: (kind: AuthDraft['kind']) => void;
}

export default function Form({idPrefix, draft, of, onChange, onAuthKind}: FormProps): ReactNode {
  const id = (name: string): string => `${idPrefix}-${name}`;
  const auth = draft.auth;
  const expirationValueLabel =
    draft.expiration.mode === 'at' ? 'UNIX time in seconds' : 'Seconds from now';
  const expirationUsesValue =
    draft.expiration.mode === 'inSeconds' || draft.expiration.mode === 'at';

  return (
    <form className={styles.form} onSubmit={(event) => event.preventDefault()}>
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>Payload</legend>
        <div className={styles.field}>
          <label htmlFor={id('payload')} className={styles.fieldLabel}>
            JSON body
          </label>
          <textarea
            id={id('payload')}
            className={styles.payload}
            value={draft.payload}
            rows={9}
            spellCheck={false}
            autoComplete="off"
            autoCapitalize="off"
            data-testid="vp-payload"
            onChange={(event) => onChange({payload: event.target.value})}
            {...fieldAria(of, 'payload', id('payload-help'))}
          />
          <p id={id('payload-help')} className={styles.help}>
            What your PushKit delegate reads from <code>dictionaryPayload</code>. No{' '}
            <code>aps</code> dictionary is needed; send what the app needs to report the call at
            once (<Link to="/docs/pushkit/sending-pushes#payload">the payload</Link>).
          </p>
        </div>
      </fieldset>

      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>Request</legend>
        <SelectField
          id={id('environment')}
          label="Environment"
          value={draft.environment}
          options={environmentOptions}
          testId="vp-environment"
          onChange={(environment) => onChange({environment})}
        />
        <TextField
          id={id('bundle-id')}
          label="Bundle id"
          value={draft.bundleId}
          onChange={(bundleId) => onChange({bundleId})}
          testId="vp-bundle-id"
          field="bundleId"
          of={of}
        />
        <TextField
          id={id('device-token')}
          label="VoIP token (hex)"
          value={draft.deviceToken}
          onChange={(deviceToken) => onChange({deviceToken})}
          testId="vp-device-token"
          field="deviceToken"
          of={of}
          help={
            <>
              From <code>pushRegistry(_:didUpdate:for:)</code>, not the APNs device token (
              <Link to="/docs/pushkit/registering">registering</Link>).
            </>
          }
        />
        <TextField
          id={id('push-type')}
          label={<code>apns-push-type</code>}
          value={draft.pushType}
          onChange={(pushType) => onChange({pushType})}
          testId="vp-push-type"
          field="pushType"
          of={of}
        />
        <TextField
          id={id('topic')}
          label={<code>apns-topic</code>}
          value={effectiveTopic(draft)}
          onChange={(topic) => onChange({topic})}
          testId="vp-topic"
          field="topic"
          of={of}
          help={
            draft.topic === null
              ? 'Follows the bundle id (bundle id + .voip) until you edit it.'
              : 'Edited by you.'
          }>
          {draft.topic !== null ? (
            <button
              type="button"
              className={`button button--sm button--secondary ${styles.inlineButton}`}
              onClick={() => onChange({topic: null})}>
              Use the bundle id + .voip again
            </button>
          ) : null}
        </TextField>
        <TextField
          id={id('priority')}
          label={<code>apns-priority</code>}
          value={draft.priority}
          onChange={(priority) => onChange({priority})}
          testId="vp-priority"
          field="priority"
          of={of}
          help="10 sends at once. Leave it empty to send no header."
        />
        <SelectField
          id={id('expiration-mode')}
          label={<code>apns-expiration</code>}
          value={draft.expiration.mode}
          options={expirationOptions}
          testId="vp-expiration-mode"
          onChange={(mode) => onChange({expiration: {...draft.expiration, mode}})}
          messages={{of, field: 'expiration'}}
        />
        <TextField
          id={id('expiration-value')}
          label={expirationValueLabel}
          value={draft.expiration.value}
          onChange={(value) => onChange({expiration: {...draft.expiration, value}})}
          testId="vp-expiration-value"
          field="expiration"
          of={of}
          disabled={!expirationUsesValue}
          help={`Only for “now + seconds” and “at a UNIX time”. This tool warns above ${expirationLateThresholdSeconds} s ahead, its own threshold for “a few seconds”.`}
        />
        <TextField
          id={id('apns-id')}
          label={
            <>
              <code>apns-id</code> (optional)
            </>
          }
          value={draft.apnsId}
          onChange={(apnsId) => onChange({apnsId})}
          testId="vp-apns-id"
          field="apnsId"
          of={of}
          placeholder="APNs makes one when empty"
        />
      </fieldset>

      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>Authentication</legend>
        <div className={styles.radios} role="radiogroup" aria-label="Authentication kind">
          <label className={styles.radio}>
            <input
              type="radio"
              name={id('auth')}
              value="token"
              checked={auth.kind === 'token'}
              data-testid="vp-auth-token"
              onChange={() => onAuthKind('token')}
            />{' '}
            Token (.p8 key, JWT)
          </label>
          <label className={styles.radio}>
            <input
              type="radio"
              name={id('auth')}
              value="certificate"
              checked={auth.kind === 'certificate'}
              data-testid="vp-auth-certificate"
              onChange={() => onAuthKind('certificate')}
            />{' '}
            VoIP Services certificate
          </label>
        </div>
        {auth.kind === 'token' ? (
          <>
            <TextField
              id={id('team-id')}
              label="Team ID"
              value={auth.teamId}
              onChange={(teamId) => onChange({auth: {...auth, teamId}})}
              testId="vp-team-id"
              field="teamId"
              of={of}
            />
            <TextField
              id={id('key-id')}
              label="Key ID"
              value={auth.keyId}
              onChange={(keyId) => onChange({auth: {...auth, keyId}})}
              testId="vp-key-id"
              field="keyId"
              of={of}
            />
            <TextField
              id={id('key-file')}
              label="Key file (.p8)"
              value={auth.keyFile}
              onChange={(keyFile) => onChange({auth: {...auth, keyFile}})}
              testId="vp-key-file"
              field="keyFile"
              of={of}
              placeholder={keyFileName({...auth, keyFile: ''})}
              help="Only its name goes into the commands; the key never leaves your machine."
            />
          </>
        ) : (
          <TextField
            id={id('certificate-file')}
            label="Certificate file (.p12 or .pem)"
            value={auth.certificateFile}
            onChange={(certificateFile) => onChange({auth: {...auth, certificateFile}})}
            testId="vp-certificate-file"
            field="certificateFile"
            of={of}
            help={
              <>
                The VoIP Services certificate with its private key (
                <Link to="/docs/pushkit/sending-pushes#certificate-auth">certificate auth</Link>
                ).
              </>
            }
          />
        )}
      </fieldset>

      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>What the app expects</legend>
        <p className={styles.help}>
          The payload keys your app reads. A dot reaches a nested key (<code>data.callId</code>).
        </p>
        <TextField
          id={id('call-id-key')}
          label="Key of the call id (a UUID)"
          value={draft.callIdKey}
          onChange={(callIdKey) => onChange({callIdKey})}
          testId="vp-call-id-key"
          field="callIdKey"
          of={of}
        />
        <TextField
          id={id('caller-key')}
          label="Key of the caller (the handle)"
          value={draft.callerKey}
          onChange={(callerKey) => onChange({callerKey})}
          testId="vp-caller-key"
          field="callerKey"
          of={of}
        />
      </fieldset>
    </form>
  );
}
