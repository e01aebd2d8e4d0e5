/**
 * CXAction, CXCallAction and every concrete CXCallAction subclass (spec §1).
 */
import type {Note, Provenance} from './confidence';
import type {IOSVersion} from './platform';

/** A member of an abstract action base class. */
export interface ClassMember {
  readonly name: string;
  readonly kind: 'property' | 'method' | 'initializer';
  /** Swift type for properties; null for methods and initializers. */
  readonly swiftType: string | null;
  readonly meaning: string;
  readonly provenance: Provenance;
  readonly notes?: readonly Note[];
}

/** An abstract action class and its members. */
export interface ActionBaseClass {
  readonly className: string;
  readonly superclass: string | null;
  readonly members: readonly ClassMember[];
  readonly provenance: Provenance;
  readonly notes?: readonly Note[];
}

/** A property a concrete action adds to CXCallAction. */
export interface ActionProperty {
  readonly name: string;
  /** Swift type; null when the spec does not state it. */
  readonly swiftType: string | null;
  readonly meaning: string;
}

/** A fulfil variant that carries extra data (date, engine...). */
export interface SpecialFulfill {
  readonly signature: string;
  readonly language: 'Swift' | 'ObjC';
  readonly meaning: string;
}

/** One concrete CXCallAction subclass. */
export interface CallActionInfo {
  readonly className: string;
  readonly since: IOSVersion;
  readonly properties: readonly ActionProperty[];
  readonly specialFulfill: SpecialFulfill | null;
  /** One line: when the system delivers this action to the provider delegate. */
  readonly whenSent: string;
  readonly whenSentProvenance: Provenance;
  /** One line: what fulfilling the action means for the call. */
  readonly fulfilMeans: string;
  readonly fulfilProvenance: Provenance;
  /** One line: what the system does after the action is failed (spec §1.4). */
  readonly failMeans: string;
  readonly failProvenance: Provenance;
  /** Backing for the class, its version and its properties. */
  readonly provenance: Provenance;
  readonly notes?: readonly Note[];
}

// ---------------------------------------------------------------------------
// Abstract bases (§1.1, §1.2)
// ---------------------------------------------------------------------------

export const cxAction = {
  className: 'CXAction',
  superclass: null,
  members: [
    {
      name: 'uuid',
      kind: 'property',
      swiftType: 'UUID',
      meaning: "Identifier of this action, created with it; it is not the call's UUID.",
      provenance: {confidence: 'DOC', sources: ['A1']},
      notes: [
        {
          text: 'Passing it where callUUID belongs is a classic bug that later yields unknownCallUUID (4).',
          confidence: 'OBS',
          sources: ['F18'],
        },
      ],
    },
    {
      name: 'isComplete',
      kind: 'property',
      swiftType: 'Bool',
      meaning: 'False at first; true once fulfill() or fail() has been called.',
      provenance: {confidence: 'DOC', sources: ['A4']},
    },
    {
      name: 'timeoutDate',
      kind: 'property',
      swiftType: 'Date',
      meaning:
        'Read-only deadline set by the system; after it the action can no longer be completed.',
      provenance: {confidence: 'DOC', sources: ['A5']},
      notes: [
        {
          text: 'No source gives the timeout durations; the simulator treats them as per-action settings.',
          confidence: 'UNCONFIRMED',
          sources: [],
        },
      ],
    },
    {
      name: 'fulfill()',
      kind: 'method',
      swiftType: null,
      meaning:
        'Reports success; later fulfill() or fail() calls are ignored; may be called asynchronously.',
      provenance: {confidence: 'DOC', sources: ['A2', 'A3']},
    },
    {
      name: 'fail()',
      kind: 'method',
      swiftType: null,
      meaning: 'Reports failure; like fulfill(), only the first completion counts.',
      provenance: {confidence: 'DOC', sources: ['A3']},
    },
  ],
  provenance: {confidence: 'DOC', sources: ['A1']},
  notes: [
    {
      text: 'Every action must end with exactly one fulfill() or fail().',
      confidence: 'DOC',
      sources: ['A1', 'W1'],
    },
    {
      text: 'Each action type has its own timeout chosen by the system.',
      confidence: 'DOC',
      sources: ['W1'],
    },
    {
      text: 'When the deadline passes the delegate gets provider(_:timedOutPerforming:) and the action counts as failed.',
      confidence: 'DOC',
      sources: ['H1'],
    },
    {
      text: 'Depending on the action, a timeout may also end the call.',
      confidence: 'DOC',
      sources: ['A14', 'H1'],
    },
    {
      text: 'After a timeout the app must not call fulfill() or fail() on that action.',
      confidence: 'DOC',
      sources: ['A14'],
    },
  ],
} as const satisfies ActionBaseClass;

export const cxCallAction = {
  className: 'CXCallAction',
  superclass: 'CXAction',
  members: [
    {
      name: 'callUUID',
      kind: 'property',
      swiftType: 'UUID',
      meaning: 'UUID of the call the action is about.',
      provenance: {confidence: 'DOC', sources: ['A6', 'H-CXCallAction']},
    },
    {
      name: 'init(call:)',
      kind: 'initializer',
      swiftType: null,
      meaning: 'Designated initializer taking the call UUID; plain init() is unavailable.',
      provenance: {confidence: 'DOC', sources: ['A6', 'H-CXCallAction']},
    },
  ],
  provenance: {confidence: 'DOC', sources: ['A6', 'H-CXCallAction']},
} as const satisfies ActionBaseClass;

// ---------------------------------------------------------------------------
// Concrete call actions (§1.3, §1.4)
// ---------------------------------------------------------------------------

const failUnknownKeepState = {
  failMeans:
    'Not documented; belief: the state stays as before (the native control reverts) and the call goes on.',
  failProvenance: {confidence: 'UNCONFIRMED', sources: []},
} as const;

const callActionsTable = [
  {
    className: 'CXStartCallAction',
    since: 'iOS 10',
    properties: [
      {
        name: 'handle',
        swiftType: 'CXHandle',
        meaning: 'Who is being called; required when the action is created.',
      },
      {
        name: 'contactIdentifier',
        swiftType: 'String?',
        meaning: 'Optional recipient name for the native UI; may be a CNContact identifier.',
      },
      {name: 'isVideo', swiftType: 'Bool', meaning: 'Whether the app is placing a video call.'},
    ],
    specialFulfill: {
      signature: 'fulfill(withDateStarted:)',
      language: 'Swift',
      meaning:
        'Succeeds and stamps when the call started, i.e. the invitation went out to the callee.',
    },
    whenSent:
      'After the app requests it through CXCallController and the system approves, possibly after holding another call.',
    whenSentProvenance: {confidence: 'DOC', sources: ['A7', 'W1']},
    fulfilMeans: 'The call moves from starting to started.',
    fulfilProvenance: {confidence: 'DOC', sources: ['W1']},
    failMeans:
      'The system learns the call could not be placed, shows call-failure UI and the call ends.',
    failProvenance: {confidence: 'DOC', sources: ['W1']},
    provenance: {confidence: 'DOC', sources: ['A7']},
    notes: [
      {
        text: 'Audio activation follows the fulfil; Apple states that pattern only for answer.',
        confidence: 'OBS',
        sources: ['O4', 'SB'],
      },
      {
        text: 'How the failed call is removed is unknown; belief: the CXCall is reported ended and disappears.',
        confidence: 'UNCONFIRMED',
        sources: [],
      },
      {
        text: 'The real initializer is CXStartCallAction(call:handle:); a destination property shown in one Apple article does not exist.',
        confidence: 'DOC',
        sources: ['A34', 'A7'],
      },
    ],
  },
  {
    className: 'CXAnswerCallAction',
    since: 'iOS 10',
    properties: [],
    specialFulfill: {
      signature: 'fulfill(withDateConnected:)',
      language: 'Swift',
      meaning: 'Succeeds and stamps when the call connected, i.e. both sides can talk.',
    },
    whenSent: 'The user accepts the call in the native UI, or the app requests an answer.',
    whenSentProvenance: {confidence: 'DOC', sources: ['A8']},
    fulfilMeans:
      'The call is connected; the system activates audio at raised priority and calls provider(_:didActivate:).',
    fulfilProvenance: {confidence: 'DOC', sources: ['W1']},
    failMeans: 'The call is torn down and the native UI shows a failure or closes.',
    failProvenance: {confidence: 'OBS', sources: ['O3']},
    provenance: {confidence: 'DOC', sources: ['A8']},
    notes: [
      {
        text: 'Until fulfilled the native UI shows the call as connecting; Apple suggests fulfilling once the server is reached.',
        confidence: 'DOC',
        sources: ['P1'],
      },
      {
        text: 'Apple itself only says that failing an action reports an error.',
        confidence: 'DOC',
        sources: ['A1'],
      },
      {
        text: 'When an answer action times out, CallKit removes the pending call UI on its own.',
        confidence: 'OBS',
        sources: ['O3'],
      },
    ],
  },
  {
    className: 'CXEndCallAction',
    since: 'iOS 10',
    properties: [],
    specialFulfill: {
      signature: 'fulfill(withDateEnded:)',
      language: 'Swift',
      meaning: 'Succeeds and stamps when the call ended.',
    },
    whenSent:
      'The user hangs up or declines, the app requests an end, or the system ends the call (ring timeout, End & Accept).',
    whenSentProvenance: {confidence: 'DOC', sources: ['A9']},
    fulfilMeans: 'The call ends and leaves the native UI.',
    fulfilProvenance: {confidence: 'DOC', sources: ['A9']},
    failMeans:
      'Not documented; belief: the system still removes the call (maybe showing Call Failed) and does not retry.',
    failProvenance: {confidence: 'UNCONFIRMED', sources: []},
    provenance: {confidence: 'DOC', sources: ['A9']},
    notes: [
      {
        text: 'This action is the only way the system tells the app that a call ended.',
        confidence: 'DTS',
        sources: ['F9'],
      },
    ],
  },
  {
    className: 'CXSetHeldCallAction',
    since: 'iOS 10',
    properties: [
      {name: 'isOnHold', swiftType: 'Bool', meaning: 'True to hold the call, false to resume it.'},
    ],
    specialFulfill: null,
    whenSent:
      "The user or system holds or resumes the call (swap, Hold & Accept, another provider's call taking over).",
    whenSentProvenance: {confidence: 'DOC', sources: ['A10']},
    fulfilMeans:
      'The call is on hold (not ended) and nobody can talk until it resumes, or it has resumed.',
    fulfilProvenance: {confidence: 'DOC', sources: ['A10']},
    ...failUnknownKeepState,
    provenance: {confidence: 'DOC', sources: ['A10']},
  },
  {
    className: 'CXSetMutedCallAction',
    since: 'iOS 10',
    properties: [
      {
        name: 'isMuted',
        swiftType: 'Bool',
        meaning: 'True to stop sending local audio, false to send it again.',
      },
    ],
    specialFulfill: null,
    whenSent: 'The user or system mutes or unmutes the call.',
    whenSentProvenance: {confidence: 'DOC', sources: ['A11']},
    fulfilMeans: 'The muted side sends no audio but still hears the other side, or sends again.',
    fulfilProvenance: {confidence: 'DOC', sources: ['A11']},
    ...failUnknownKeepState,
    provenance: {confidence: 'DOC', sources: ['A11']},
    notes: [
      {
        text: 'The app must actually mute its own audio pipeline when it fulfils.',
        confidence: 'OBS',
        sources: ['O1', 'O2', 'O5'],
      },
      {
        text: 'The system may send quick mute/unmute pairs while a call is joined or the app comes to the foreground.',
        confidence: 'OBS',
        sources: ['O3'],
      },
    ],
  },
  {
    className: 'CXSetGroupCallAction',
    since: 'iOS 10',
    properties: [
      {
        name: 'callUUIDToGroupWith',
        swiftType: 'UUID?',
        meaning: 'The call to merge with; nil means leave the current group.',
      },
    ],
    specialFulfill: null,
    whenSent: 'The user or system merges calls or splits one off.',
    whenSentProvenance: {confidence: 'DOC', sources: ['A12']},
    fulfilMeans:
      "The call joins the target's group (leaving any old group first), or leaves its group when the target is nil.",
    fulfilProvenance: {confidence: 'DOC', sources: ['A12']},
    ...failUnknownKeepState,
    provenance: {confidence: 'DOC', sources: ['A12']},
  },
  {
    className: 'CXPlayDTMFCallAction',
    since: 'iOS 10',
    properties: [
      {name: 'digits', swiftType: 'String', meaning: 'The digits to transmit.'},
      {
        name: 'type',
        swiftType: 'CXPlayDTMFCallAction.ActionType',
        meaning: 'A single keypad digit, or digits that follow a soft or hard pause.',
      },
    ],
    specialFulfill: null,
    whenSent: 'The user taps the keypad, or a dial string contains pauses.',
    whenSentProvenance: {confidence: 'DOC', sources: ['A13', 'H5']},
    fulfilMeans:
      'The app has sent the digits; only then does CallKit hand over the next keypad digit.',
    fulfilProvenance: {confidence: 'DOC', sources: ['A13']},
    ...failUnknownKeepState,
    provenance: {confidence: 'DOC', sources: ['A13', 'H5']},
    notes: [
      {
        text: 'Each keypad digit is its own action; digits after a pause arrive together as one string.',
        confidence: 'DOC',
        sources: ['A13'],
      },
      {
        text: 'CallKit plays the local DTMF tones; the app only transmits the digits.',
        confidence: 'DOC',
        sources: ['A13'],
      },
    ],
  },
  {
    className: 'CXSetTranslatingCallAction',
    since: 'iOS 26',
    properties: [
      {
        name: 'isTranslating',
        swiftType: null,
        meaning: 'Whether live translation is wanted (type and exact meaning not confirmed).',
      },
      {
        name: 'localLanguage',
        swiftType: null,
        meaning: 'Language on the local side (type and format not confirmed).',
      },
      {
        name: 'remoteLanguage',
        swiftType: null,
        meaning: 'Language on the remote side (type and format not confirmed).',
      },
    ],
    specialFulfill: {
      signature: 'fulfillUsingTranslationEngine:',
      language: 'ObjC',
      meaning: 'Succeeds and names the CXTranslationEngine to use (default or custom).',
    },
    whenSent: 'Believed to be sent when live call translation is switched on or off.',
    whenSentProvenance: {confidence: 'UNCONFIRMED', sources: []},
    fulfilMeans: 'Not documented beyond naming the translation engine in the fulfil.',
    fulfilProvenance: {confidence: 'UNCONFIRMED', sources: []},
    failMeans: 'Not documented.',
    failProvenance: {confidence: 'UNCONFIRMED', sources: []},
    provenance: {confidence: 'DOC', sources: ['H5']},
    notes: [
      {
        text: 'The provider opts in with CXProviderConfiguration.supportsAudioTranslation.',
        confidence: 'DOC',
        sources: ['H5'],
      },
    ],
  },
] as const satisfies readonly CallActionInfo[];

export type CallActionCase = (typeof callActionsTable)[number] & CallActionInfo;

export const callActions: readonly CallActionCase[] = callActionsTable;

/** Class names of every concrete CXCallAction subclass. */
export type CallActionKind = CallActionCase['className'];

/** The class names, in spec order. */
export const callActionKinds: readonly CallActionKind[] = Object.freeze(
  callActions.map((action) => action.className),
);

export function isCallActionKind(name: string): name is CallActionKind {
  return callActions.some((action) => action.className === name);
}

/** Looks up a concrete action by class name; undefined when unknown. */
export function callActionByClassName(className: string): CallActionCase | undefined {
  return callActions.find((action) => action.className === className);
}
