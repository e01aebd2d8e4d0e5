/** PushKit facts the engine enforces and the pages quote (spec §9.2, §9.3). */

/** VoIP payloads may be up to 5 KB, against 4 KB for other push types [DOC P2]. */
export const maxVoipPayloadBytes = 5120;

/** The reason iOS gives when it kills an app that returned without reporting a call [DTS F1]. */
export const neverReportedReason =
  'Killing app because it never posted an incoming call to the system after receiving a PushKit VoIP push.';

/** Bytes of a text in UTF-8, as APNs counts a payload (no TextEncoder: not in the ES2022 lib). */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}
