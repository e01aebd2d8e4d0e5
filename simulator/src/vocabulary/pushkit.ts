/** PushKit facts the engine enforces and the pages quote (spec §9.2, §9.3). */

/** VoIP payloads may be up to 5 KB, against 4 KB for other push types [DOC P2]. */
export const maxVoipPayloadBytes = 5120;

/** The reason iOS gives when it kills an app that returned without reporting a call [DTS F1]. */
export const neverReportedReason =
  'Killing app because it never posted an incoming call to the system after receiving a PushKit VoIP push.';
