/** The composer's labelled inputs; text inputs and selects point at their messages (aria-describedby). */
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

export interface SelectOption<V extends string> {
  value: V;
  label: ReactNode;
}

export interface SelectFieldProps<V extends string> {
  id: string;
  label: ReactNode;
  value: V;
  options: readonly SelectOption<V>[];
  onChange: (value: V) => void;
  testId: string;
  /** Set for a select whose value has messages (aria-describedby, aria-invalid). */
  messages?: {of: FieldMessages; field: string};
}

/** One labelled select; the value handed to onChange is always one of the options'. */
export function SelectField<V extends string>({
  id,
  label,
  value,
  options,
  onChange,
  testId,
  messages,
}: SelectFieldProps<V>): ReactNode {
  return (
    <div className={styles.field}>
      <label htmlFor={id} className={styles.fieldLabel}>
        {label}
      </label>
      <select
        id={id}
        className={styles.select}
        value={value}
        data-testid={testId}
        onChange={(event) => {
          const chosen = options.find((option) => option.value === event.target.value);
          if (chosen) onChange(chosen.value);
        }}
        {...(messages ? fieldAria(messages.of, messages.field) : {})}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** One labelled checkbox. */
export function Checkbox({
  checked,
  onChange,
  testId,
  children,
}: {
  checked: boolean;
  onChange: (checked: boolean) => void;
  testId: string;
  children: ReactNode;
}): ReactNode {
  return (
    <label className={styles.checkbox}>
      <input
        type="checkbox"
        checked={checked}
        data-testid={testId}
        onChange={(event) => onChange(event.target.checked)}
      />{' '}
      {children}
    </label>
  );
}
