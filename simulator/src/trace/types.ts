/**
 * The trace: what a simulation run did, entry by entry. This shape is a public contract (the CLI
 * prints it, the UI and diagram exporters read it, outside checks parse it): extend, never rename.
 */
import type {CallActionKind} from '../vocabulary';

/** Who talks to whom. Each lane is one column of the sequence diagram. */
export type Lane = 'user' | 'app' | 'callkit' | 'pushkit' | 'audio' | 'server' | 'remote';

export const lanes: readonly Lane[] = [
  'user',
  'app',
  'callkit',
  'pushkit',
  'audio',
  'server',
  'remote',
] as const;

/**
 * - `call`: the app calls an Apple API.
 * - `callback`: iOS calls one of the app's delegate methods.
 * - `completion`: the completion handler of an earlier call runs.
 * - `event`: something happens that is not an Apple API call (user, server, remote, system).
 */
export type TraceKind = 'call' | 'callback' | 'completion' | 'event';

export interface TraceError {
  /** The Swift error type, e.g. `CXErrorCodeRequestTransactionError`. */
  domain: string;
  code: number;
  /** The Swift case name, e.g. `unknownCallUUID`. */
  name: string;
}

/** Plain, JSON-serialisable extra facts about an entry. */
export type TraceDetailValue = string | number | boolean | null | readonly string[];
export type TraceDetail = Readonly<Record<string, TraceDetailValue>>;

export interface TraceEntry {
  /** Position in the trace, from 0. */
  seq: number;
  /** Virtual milliseconds since the start of the run. */
  at: number;
  kind: TraceKind;
  from: Lane;
  to: Lane;
  /** Apple's exact name for Apple APIs; a dotted name such as `system.launchApp` otherwise. */
  api: string;
  action?: CallActionKind;
  callUUID?: string;
  error?: TraceError;
  detail?: TraceDetail;
  /** One plain-English sentence a reader understands. */
  note: string;
}
