/**
 * The form: one field per offered property of the table, drawn by kind (text, whole number,
 * switch, handle-type set, image). Every input has a visible label, a one-line help and the ids
 * of its messages in aria-describedby.
 */
import type {ReactNode} from 'react';

import {handleTypes, type HandleTypeName} from '@site/simulator/src/data';
import {
  needsAvailabilityCheck,
  type ProviderConfigurationDraft,
  type ProviderConfigurationField,
  type ToolMessage,
} from '@site/simulator/src/tools';

import {describedBy} from '../ToolMessages';
import IconField, {type IconFieldProps} from './IconField';
import styles from './styles.module.css';

export interface FieldsProps {
  idPrefix: string;
  messagePrefix: string;
  fields: readonly ProviderConfigurationField[];
  draft: ProviderConfigurationDraft;
  messages: readonly ToolMessage[];
  onChange: (name: ProviderConfigurationField['name'], value: unknown) => void;
  icon: Omit<IconFieldProps, 'field' | 'idPrefix' | 'describedBy' | 'assetName' | 'onAssetName'>;
}

function ids(...parts: (string | undefined)[]): string | undefined {
  const joined = parts.filter((part) => part !== undefined && part !== '').join(' ');
  return joined === '' ? undefined : joined;
}

function Since({field}: {field: ProviderConfigurationField}): ReactNode {
  return needsAvailabilityCheck(field) ? (
    <span className={styles.badge}>{field.since}+</span>
  ) : null;
}

function FieldLabel({field, htmlFor}: {field: ProviderConfigurationField; htmlFor: string}) {
  return (
    <label htmlFor={htmlFor} className={styles.fieldLabel}>
      <code>{field.name}</code> <Since field={field} />
    </label>
  );
}

export default function Fields({
  idPrefix,
  messagePrefix,
  fields,
  draft,
  messages,
  onChange,
  icon,
}: FieldsProps): ReactNode {
  const values = draft as Readonly<Record<string, unknown>>;
  return (
    <>
      {fields.map((field) => {
        const id = `${idPrefix}-${field.name}`;
        const helpId = `${id}-help`;
        const help = (
          <p id={helpId} className={styles.help}>
            {field.property.effect}
          </p>
        );
        const describe = ids(helpId, describedBy(messagePrefix, messages, field.name));
        const invalid = messages.some(
          (message) => message.field === field.name && message.severity === 'error',
        );
        const value = values[field.name];
        switch (field.kind) {
          case 'text':
          case 'integer':
            return (
              <div key={field.name} className={styles.field}>
                <FieldLabel field={field} htmlFor={id} />
                <input
                  id={id}
                  type="text"
                  className={styles.textInput}
                  inputMode={field.kind === 'integer' ? 'numeric' : undefined}
                  placeholder={field.kind === 'text' ? 'nil (system ringtone)' : undefined}
                  autoComplete="off"
                  spellCheck={false}
                  value={typeof value === 'string' ? value : ''}
                  aria-invalid={invalid || undefined}
                  aria-describedby={describe}
                  data-testid={`pc-field-${field.name}`}
                  onChange={(event) => onChange(field.name, event.target.value)}
                />
                {help}
              </div>
            );
          case 'boolean':
            return (
              <div key={field.name} className={styles.field}>
                <div className={styles.checkRow}>
                  <input
                    id={id}
                    type="checkbox"
                    checked={value === true}
                    aria-describedby={describe}
                    data-testid={`pc-field-${field.name}`}
                    onChange={(event) => onChange(field.name, event.target.checked)}
                  />
                  <FieldLabel field={field} htmlFor={id} />
                </div>
                {help}
              </div>
            );
          case 'handleTypes': {
            const chosen = Array.isArray(value) ? (value as HandleTypeName[]) : [];
            return (
              <fieldset
                key={field.name}
                className={styles.fieldset}
                aria-describedby={describe}
                data-testid={`pc-field-${field.name}`}>
                <legend className={styles.fieldLabel}>
                  <code>{field.name}</code> <Since field={field} />
                </legend>
                {help}
                {handleTypes.map((type) => {
                  const typeId = `${id}-${type.swiftName}`;
                  return (
                    <div key={type.swiftName} className={styles.checkRow}>
                      <input
                        id={typeId}
                        type="checkbox"
                        checked={chosen.includes(type.swiftName)}
                        data-testid={`pc-field-${field.name}-${type.swiftName}`}
                        onChange={(event) =>
                          onChange(
                            field.name,
                            event.target.checked
                              ? [...chosen, type.swiftName]
                              : chosen.filter((name) => name !== type.swiftName),
                          )
                        }
                      />
                      <label htmlFor={typeId}>
                        <code>.{type.swiftName}</code>{' '}
                        <span className={styles.muted}>{type.meaning}</span>
                      </label>
                    </div>
                  );
                })}
              </fieldset>
            );
          }
          case 'image':
            return (
              <IconField
                key={field.name}
                {...icon}
                field={field}
                idPrefix={id}
                describedBy={describe}
                assetName={typeof value === 'string' ? value : ''}
                onAssetName={(name) => onChange(field.name, name)}
              />
            );
        }
      })}
    </>
  );
}
