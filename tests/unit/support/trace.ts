import assert from 'node:assert/strict';

import {
  appleApi,
  runScenario,
  type RunResult,
  type ScenarioInput,
  type TraceEntry,
} from '../../../simulator/src';

/** Short names for the APIs tests talk about most, so expectations read like the spec. */
const shortNames: Record<string, string> = {
  [appleApi.request]: 'request',
  [appleApi.perform]: 'perform',
  [appleApi.fulfill]: 'fulfill',
  [appleApi.fail]: 'fail',
  [appleApi.timedOutPerforming]: 'timedOut',
  [appleApi.didActivate]: 'didActivate',
  [appleApi.didDeactivate]: 'didDeactivate',
  [appleApi.reportNewIncomingCall]: 'reportNewIncomingCall',
  [appleApi.reportCallEnded]: 'reportEnded',
  [appleApi.reportOutgoingStartedConnecting]: 'startedConnecting',
  [appleApi.reportOutgoingConnected]: 'connected',
  [appleApi.didReceiveIncomingPush]: 'didReceivePush',
  [appleApi.providerDidReset]: 'providerDidReset',
  [appleApi.setActive]: 'setActive',
  [appleApi.callChanged]: 'callChanged',
};

/**
 * One token per entry: `<kind>:<name>[:<Action>][!<errorName>]`, e.g. `callback:perform:CXAnswerCallAction`,
 * `completion:request!unknownCallUUID`.
 */
export function token(entry: TraceEntry): string {
  const name = shortNames[entry.api] ?? entry.api;
  const action = entry.action ? `:${entry.action}` : '';
  const error = entry.error ? `!${entry.error.name}` : '';
  return `${entry.kind}:${name}${action}${error}`;
}

export function tokens(trace: readonly TraceEntry[]): string[] {
  return trace.map(token);
}

/** Asserts that `expected` appears in the trace in this order (other entries may sit between). */
export function assertInOrder(trace: readonly TraceEntry[], expected: readonly string[]): void {
  const all = tokens(trace);
  let from = 0;
  for (const want of expected) {
    const index = all.indexOf(want, from);
    assert.ok(
      index >= 0,
      `expected "${want}" after position ${from} in:\n  ${all.slice(from).join('\n  ')}`,
    );
    from = index + 1;
  }
}

export function assertAbsent(trace: readonly TraceEntry[], unwanted: string): void {
  assert.ok(
    !tokens(trace).includes(unwanted),
    `did not expect "${unwanted}" in:\n  ${tokens(trace).join('\n  ')}`,
  );
}

export function count(trace: readonly TraceEntry[], wanted: string): number {
  return tokens(trace).filter((t) => t === wanted).length;
}

export function run(input: ScenarioInput): RunResult {
  return runScenario(input);
}

export function firstIndex(trace: readonly TraceEntry[], wanted: string): number {
  return tokens(trace).indexOf(wanted);
}

export const callA = 'E621E1F8-C36C-495A-93FC-0C247A3E6E5F';
export const callB = '5B8C2D4E-1F3A-4B6C-9D7E-8F0A1B2C3D4E';

export function push(at: number, uuid = callA, extra: Record<string, unknown> = {}) {
  return {
    at,
    event: 'server.voipPush' as const,
    payload: {uuid, handle: '+15551234567', callerName: 'Ada', ...extra},
  };
}
