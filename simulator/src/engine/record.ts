/** Appends trace entries. Every entry carries the virtual time at which it happened. */
import type {Lane, TraceDetail, TraceEntry, TraceError, TraceKind} from '../trace/types';
import type {CallActionKind} from '../vocabulary';
import {incomingCallErrorByName, requestTransactionErrorByName} from '../vocabulary';
import type {World} from './world';

export interface EntryInput {
  kind: TraceKind;
  from: Lane;
  to: Lane;
  api: string;
  note: string;
  action?: CallActionKind;
  callUUID?: string;
  error?: TraceError;
  detail?: TraceDetail;
}

export function record(world: World, input: EntryInput): TraceEntry {
  const entry: TraceEntry = {
    seq: world.trace.length,
    at: world.scheduler.now(),
    kind: input.kind,
    from: input.from,
    to: input.to,
    api: input.api,
    ...(input.action !== undefined ? {action: input.action} : {}),
    ...(input.callUUID !== undefined ? {callUUID: input.callUUID} : {}),
    ...(input.error !== undefined ? {error: input.error} : {}),
    ...(input.detail !== undefined ? {detail: input.detail} : {}),
    note: input.note,
  };
  world.trace.push(entry);
  return entry;
}

type DomainName = 'CXErrorCodeRequestTransactionError' | 'CXErrorCodeIncomingCallError';

/** Builds a trace error from the vocabulary, so codes and names cannot drift from the data. */
export function callKitError(domain: DomainName, name: string): TraceError {
  const found =
    domain === 'CXErrorCodeRequestTransactionError'
      ? requestTransactionErrorByName(name)
      : incomingCallErrorByName(name);
  if (!found) throw new Error(`unknown ${domain} case ${name}`);
  return {domain, code: found.rawValue, name: found.swiftName};
}
