/**
 * Reads an uploaded icon in the browser: the header with readPngInfo (simulator/), the pixels with
 * createImageBitmap and a canvas, then iconFindings. Never throws: problems become messages.
 */
import {
  iconFindings,
  iconUndecodableMessage,
  readPngInfo,
  summariseAlpha,
  type AlphaSummary,
  type PngInfo,
  type ToolMessage,
} from '@site/simulator/src/tools';

export interface IconReading {
  fileName: string;
  info: PngInfo | null;
  messages: ToolMessage[];
}

/** Pixels counted at most; larger images skip the alpha count (the header checks still run). */
const maxPixels = 4096 * 4096;

async function alphaOf(file: Blob, info: PngInfo): Promise<AlphaSummary | null> {
  if (info.width * info.height > maxPixels || typeof createImageBitmap !== 'function') return null;
  const bitmap = await createImageBitmap(file, {
    premultiplyAlpha: 'none',
    colorSpaceConversion: 'none',
  });
  try {
    const canvas = document.createElement('canvas');
    canvas.width = bitmap.width;
    canvas.height = bitmap.height;
    const context = canvas.getContext('2d', {willReadFrequently: true});
    if (!context) return null;
    context.drawImage(bitmap, 0, 0);
    return summariseAlpha(context.getImageData(0, 0, bitmap.width, bitmap.height).data);
  } finally {
    bitmap.close();
  }
}

export async function readIcon(file: File): Promise<IconReading> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const result = readPngInfo(bytes);
  if (!result.ok) return {fileName: file.name, info: null, messages: [result.message]};
  let alpha: AlphaSummary | null;
  try {
    alpha = await alphaOf(file, result.info);
  } catch {
    return {fileName: file.name, info: null, messages: [iconUndecodableMessage()]};
  }
  return {fileName: file.name, info: result.info, messages: iconFindings(result.info, alpha)};
}
