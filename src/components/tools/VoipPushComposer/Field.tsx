/** One labelled text input of the composer, linked to its messages through aria-describedby. */
import type {ReactNode} from 'react';

import {describedBy} from '../ToolMessages';
import type {VoipPushMessage} from '@site/simulator/src/tools';

import styles from './styles.module.css';

export interface FieldMessages {
  prefix: string;
  messages: readonly VoipPushMessage[];
}

/** aria-describedby and aria-invalid for the inputs of one message field. */
export function fieldAria(
  of: FieldMessages,
  field: string,
  helpId?: string,
): {'aria-describedby'?: string; 'aria-invalid'?: boolean} {
  const ids = [helpId, describedBy(of.prefix, of.messages, field)].filter(Boolean).join(' ');
  const invalid = of.messages.some(
    (message) => message.field === field && message.severity === 'error',
  );
  return {
    ...(ids ? {'aria-describedby': ids} : {}),
    ...(invalid ? {'aria-invalid': true} : {}),
  };
}

export interface TextFieldProps {
  id: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  testId: string;
  field: string;
  of: FieldMessages;
  help?: ReactNode;
  placeholder?: string;
  disabled?: boolean;
  children?: ReactNode;
}

export default function TextField({
  id,
  label,
  value,
  onChange,
  testId,
  field,
  of,
  help,
  placeholder,
  disabled,
  children,
}: TextFieldProps): ReactNode {
  const helpId = help ? `${id}-help` : undefined;
  return (
    <div className={styles.field}>
      <label htmlFor={id} className={styles.fieldLabel}>
        {label}
      </label>
      <input
        id={id}
        type="text"
        className={styles.textInput}
        value={value}
        placeholder={placeholder}
        disabled={disabled}
        spellCheck={false}
        autoComplete="off"
        autoCapitalize="off"
        data-testid={testId}
        onChange={(event) => onChange(event.target.value)}
        {...fieldAria(of, field, helpId)}
      />
      {children}
      {help ? (
        <p id={helpId} className={styles.help}>
          {help}
        </p>
      ) : null}
    </div>
  );
}
