/** The interactive player around the engine: controls, what-if toggles, the phone, share links. */
export {
  configurationPreview,
  type ConfigurationPreview,
  type ConfigurationPreviewScreen,
} from './configurationPreview';
export {chartPanels, chartSource, activeStateIds, type ChartPanel} from './charts';
export {pendingDecisions, type AppDecision} from './decisions';
export {
  defaultDialHandle,
  dtmfEvent,
  keypadDigits,
  phoneModel,
  type PhoneControl,
  type PhoneControlId,
  type PhoneLine,
  type PhoneModel,
} from './phone';
export {
  baseTickMs,
  canStepForward,
  playbackSpeeds,
  playerMachine,
  statusLine,
  type PlaybackSpeed,
  type PlayerContext,
  type PlayerEvent,
  type PlayerInput,
  type PlayerMachine,
} from './player.machine';
export {remoteParty, remotePartyProblem, type RemoteLine, type RemoteStatus} from './remoteParty';
export {
  endTimeOf,
  movesToEnd,
  positionOfEntry,
  replay,
  maxMovesPerRun,
  type Move,
  type Replay,
} from './session';
export {
  applyConfiguration,
  decodeShareLink,
  encodeShareLink,
  maxShareQueryLength,
  parseLinkConfiguration,
  parseWhatIf,
  type DecodedShareLink,
  type SharedSimulation,
} from './shareLink';
export {
  applyWhatIf,
  isAppState,
  latePushReportMs,
  normaliseOverrides,
  whatIfToggle,
  whatIfToggles,
  whatIfValues,
  type ChoiceToggle,
  type Consequence,
  type SwitchToggle,
  type TraceMatch,
  type WhatIfOverrides,
  type WhatIfToggle,
} from './whatIf';
