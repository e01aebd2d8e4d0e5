/**
 * The icon (iconTemplateImageData): what a PNG file's header says, read from its bytes, and what
 * iOS will make of it. CallKit uses only the alpha channel of a square 40 pt PNG as a white
 * template [DOC A23]. Decoding pixels is the page's job (the browser decodes PNG); it passes the
 * counts in as an AlphaSummary. Nothing here throws: a bad file becomes a message.
 */
import type {ToolMessage} from '../messages';
import type {ProviderConfigurationMessageCode} from './messages';

type IconMessage = ToolMessage<ProviderConfigurationMessageCode>;

export type PngColourType = 'greyscale' | 'rgb' | 'indexed' | 'greyscaleAlpha' | 'rgba';

export interface PngInfo {
  readonly width: number;
  readonly height: number;
  readonly bitDepth: number;
  readonly colourType: PngColourType;
  /** The colour type carries an alpha channel (greyscale + alpha, RGBA). */
  readonly hasAlphaChannel: boolean;
  /** A tRNS chunk (transparency for indexed, grey or RGB images) comes before the image data. */
  readonly hasTransparencyChunk: boolean;
}

export type PngReadResult =
  {readonly ok: true; readonly info: PngInfo} | {readonly ok: false; readonly message: IconMessage};

/** Pixel counts by alpha, from the decoded image. */
export interface AlphaSummary {
  /** Alpha 0. */
  readonly transparent: number;
  /** Alpha between 1 and 254. */
  readonly partial: number;
  /** Alpha 255. */
  readonly opaque: number;
}

const field = 'iconTemplateImageData';
const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] as const;

const colourTypes: Readonly<Record<number, PngColourType>> = {
  0: 'greyscale',
  2: 'rgb',
  3: 'indexed',
  4: 'greyscaleAlpha',
  6: 'rgba',
};

/** Bit depths the PNG specification allows for each colour type. */
const allowedBitDepths: Readonly<Record<PngColourType, readonly number[]>> = {
  greyscale: [1, 2, 4, 8, 16],
  rgb: [8, 16],
  indexed: [1, 2, 4, 8],
  greyscaleAlpha: [8, 16],
  rgba: [8, 16],
};

/** PNG limits a width or height to 2^31 - 1. */
const maxDimension = 0x7fffffff;

function uint32(bytes: Uint8Array, offset: number): number {
  return (
    ((bytes[offset] ?? 0) * 0x1000000 +
      ((bytes[offset + 1] ?? 0) << 16) +
      ((bytes[offset + 2] ?? 0) << 8) +
      (bytes[offset + 3] ?? 0)) >>>
    0
  );
}

function chunkType(bytes: Uint8Array, offset: number): string {
  let type = '';
  for (let i = offset; i < offset + 4; i++) type += String.fromCharCode(bytes[i] ?? 0);
  return type;
}

function damaged(reason: string): PngReadResult {
  return {
    ok: false,
    message: {
      code: 'icon-damaged',
      severity: 'error',
      field,
      text: `The file starts like a PNG but is damaged: ${reason}. Export it again from your image editor.`,
    },
  };
}

/** Reads the PNG signature, the IHDR header and whether a tRNS chunk is present. */
export function readPngInfo(bytes: Uint8Array): PngReadResult {
  if (bytes.length < signature.length || signature.some((byte, i) => bytes[i] !== byte)) {
    return {
      ok: false,
      message: {
        code: 'icon-not-png',
        severity: 'error',
        field,
        text: 'This file is not a PNG (its first bytes are not the PNG signature). iconTemplateImageData takes PNG data: export the icon as PNG with a transparent background.',
        confidence: 'DOC',
      },
    };
  }
  let offset = signature.length;
  if (bytes.length < offset + 8 + 13) return damaged('the image header (IHDR) is cut off');
  if (chunkType(bytes, offset + 4) !== 'IHDR' || uint32(bytes, offset) !== 13) {
    return damaged('the first chunk is not a valid image header (IHDR)');
  }
  const width = uint32(bytes, offset + 8);
  const height = uint32(bytes, offset + 12);
  const bitDepth = bytes[offset + 16] ?? 0;
  const colourType = colourTypes[bytes[offset + 17] ?? -1];
  if (width === 0 || height === 0 || width > maxDimension || height > maxDimension) {
    return damaged(`the header gives an impossible size (${width} × ${height})`);
  }
  if (colourType === undefined) {
    return damaged(`the header gives an unknown colour type (${bytes[offset + 17] ?? '?'})`);
  }
  if (!allowedBitDepths[colourType].includes(bitDepth)) {
    return damaged(`bit depth ${bitDepth} is not allowed for this colour type`);
  }
  // Walk the chunks after IHDR (length + type + data + CRC) looking for tRNS before IDAT.
  offset += 8 + 13 + 4;
  let hasTransparencyChunk = false;
  let sawImageData = false;
  while (offset + 8 <= bytes.length) {
    const length = uint32(bytes, offset);
    const type = chunkType(bytes, offset + 4);
    if (type === 'tRNS') hasTransparencyChunk = true;
    if (type === 'IDAT') {
      sawImageData = true;
      break;
    }
    if (type === 'IEND') break;
    offset += 12 + length;
  }
  if (!sawImageData) return damaged('it has no image data (IDAT chunk)');
  return {
    ok: true,
    info: {
      width,
      height,
      bitDepth,
      colourType,
      hasAlphaChannel: colourType === 'greyscaleAlpha' || colourType === 'rgba',
      hasTransparencyChunk,
    },
  };
}

/** The sizes Apple's 40 pt square works out to at each screen scale. */
export const iconPixelSizes = [40, 80, 120] as const;

/**
 * What iOS will make of the icon: not square, no transparency (a solid white square), nothing
 * visible at all, and how its size relates to 40 pt. `alpha` is null when the page could not
 * decode the pixels.
 */
export function iconFindings(info: PngInfo, alpha: AlphaSummary | null): IconMessage[] {
  const messages: IconMessage[] = [];
  const size = `${info.width} × ${info.height} px`;
  if (info.width !== info.height) {
    messages.push({
      code: 'icon-not-square',
      severity: 'warning',
      field,
      text: `The icon is ${size}, not square. Apple asks for a square image, 40 points on a side; how iOS fits any other shape into the button is not documented.`,
      confidence: 'DOC',
    });
  }
  const total = alpha === null ? 0 : alpha.transparent + alpha.partial + alpha.opaque;
  const noAlphaInFile = !info.hasAlphaChannel && !info.hasTransparencyChunk;
  if (noAlphaInFile || (alpha !== null && total > 0 && alpha.opaque === total)) {
    messages.push({
      code: 'icon-no-alpha',
      severity: 'warning',
      field,
      text: noAlphaInFile
        ? 'The PNG has no alpha channel. iOS uses only the alpha channel of this image, so it shows as a solid white square. Draw the glyph in opaque pixels on a transparent background.'
        : 'Every pixel is opaque. iOS uses only the alpha channel of this image, so it shows as a solid white square; a full-colour app icon does exactly this. Draw the glyph on a transparent background.',
      confidence: 'DOC',
    });
  } else if (alpha !== null && total > 0 && alpha.transparent === total) {
    messages.push({
      code: 'icon-empty',
      severity: 'warning',
      field,
      text: 'Every pixel is fully transparent, so the button shows nothing: iOS draws only the opaque parts of the alpha channel, in white.',
      confidence: 'DOC',
    });
  }
  if (info.width === info.height && !(iconPixelSizes as readonly number[]).includes(info.width)) {
    messages.push({
      code: 'icon-size',
      severity: 'info',
      field,
      text: `The icon is ${size}. 40 pt is 40 × 40 px at @1x, 80 × 80 at @2x and 120 × 120 at @3x; other square sizes get scaled. An asset catalog image set with all three keeps it sharp.`,
    });
  }
  return messages;
}

/** The page could not decode the pixels of a file whose header reads as PNG. */
export function iconUndecodableMessage(): IconMessage {
  return {
    code: 'icon-damaged',
    severity: 'error',
    field,
    text: 'The file has a PNG header, but its image data could not be decoded: it is damaged. Export it again from your image editor.',
  };
}

/** Counts fully transparent, partly transparent and opaque pixels in RGBA bytes. */
export function summariseAlpha(rgba: ArrayLike<number>): AlphaSummary {
  let transparent = 0;
  let partial = 0;
  let opaque = 0;
  for (let i = 3; i < rgba.length; i += 4) {
    const alpha = rgba[i] ?? 0;
    if (alpha === 0) transparent += 1;
    else if (alpha === 255) opaque += 1;
    else partial += 1;
  }
  return {transparent, partial, opaque};
}
