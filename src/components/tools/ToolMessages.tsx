/**
 * The list of a tool's messages (errors, then warnings, then notes), announced politely as they
 * change. Every message is plain text with its stable code in `data-code`; the form field it is
 * about points here through aria-describedby (ids come from `messageId`).
 */
import type {ReactNode} from 'react';
import clsx from 'clsx';

import {severityRank, type ToolMessage} from '@site/simulator/src/tools';

import styles from './tools.module.css';

const severityLabel = {error: 'Error', warning: 'Warning', info: 'Note'} as const;
const confidenceLabel = {
  DOC: 'Apple documentation',
  DTS: 'Apple engineers',
  OBS: 'observed by developers',
  UNCONFIRMED: 'unconfirmed',
} as const;

/** A stable element id for one message, so a field can name it in aria-describedby. */
export function messageId(prefix: string, message: ToolMessage, index: number): string {
  return `${prefix}-${message.code}-${index}`;
}

/** The ids of the messages about one field, for its aria-describedby (undefined when none). */
export function describedBy(
  prefix: string,
  messages: readonly ToolMessage[],
  field: string,
): string | undefined {
  const ids = sortMessages(messages).flatMap((message, index) =>
    message.field === field ? [messageId(prefix, message, index)] : [],
  );
  return ids.length > 0 ? ids.join(' ') : undefined;
}

export function sortMessages(messages: readonly ToolMessage[]): ToolMessage[] {
  return [...messages].sort((a, b) => severityRank[a.severity] - severityRank[b.severity]);
}

export interface ToolMessagesProps {
  /** Prefix for the element ids (use the same one with describedBy). */
  idPrefix: string;
  messages: readonly ToolMessage[];
  /** Shown when there is no message at all. */
  emptyText: string;
  testId: string;
}

export default function ToolMessages({
  idPrefix,
  messages,
  emptyText,
  testId,
}: ToolMessagesProps): ReactNode {
  const sorted = sortMessages(messages);
  return (
    <div className={styles.messages} aria-live="polite" data-testid={testId}>
      {sorted.length === 0 ? (
        <p className={styles.allClear}>{emptyText}</p>
      ) : (
        <ul className={styles.messageList}>
          {sorted.map((message, index) => (
            <li
              key={messageId(idPrefix, message, index)}
              id={messageId(idPrefix, message, index)}
              className={clsx(styles.message, styles[message.severity])}
              data-testid="tool-message"
              data-code={message.code}
              data-severity={message.severity}>
              <strong>{severityLabel[message.severity]}:</strong> {message.text}
              {message.confidence ? (
                <span className={styles.confidence}> ({confidenceLabel[message.confidence]})</span>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
