/**
 * Small PNG files made in code for the icon tests (unit and end-to-end): no binary fixtures in the
 * repository. Each pixel comes from a function; the colour type decides which channels are written.
 */
import {deflateSync} from 'node:zlib';

export type PngColourTypeCode = 0 | 2 | 3 | 4 | 6;

export interface PngSpec {
  width: number;
  height: number;
  /** 0 grey, 2 RGB, 3 indexed (one palette entry per distinct pixel), 4 grey + alpha, 6 RGBA. */
  colourType: PngColourTypeCode;
  /** RGBA of each pixel (0–255 each). */
  pixel: (x: number, y: number) => readonly [number, number, number, number];
  /** Add a tRNS chunk (for colour types 0, 2 and 3). */
  transparencyChunk?: boolean;
}

const crcTable = Array.from({length: 256}, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (crcTable[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  Buffer.from(data).copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

export const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** A complete, valid PNG (8 bits per channel). */
export function makePng(spec: PngSpec): Buffer {
  const {width, height, colourType} = spec;
  const palette: string[] = [];
  const rows: number[] = [];
  for (let y = 0; y < height; y++) {
    rows.push(0); // filter: none
    for (let x = 0; x < width; x++) {
      const [r, g, b, a] = spec.pixel(x, y);
      if (colourType === 0) rows.push(r);
      else if (colourType === 2) rows.push(r, g, b);
      else if (colourType === 4) rows.push(r, a);
      else if (colourType === 6) rows.push(r, g, b, a);
      else {
        const key = [r, g, b, a].join(',');
        let index = palette.indexOf(key);
        if (index === -1) index = palette.push(key) - 1;
        rows.push(index);
      }
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = colourType;
  const parts = [pngSignature, chunk('IHDR', header)];
  if (colourType === 3) {
    const entries = palette.map((key) => key.split(',').map(Number));
    parts.push(
      chunk('PLTE', Uint8Array.from(entries.flatMap(([r, g, b]) => [r ?? 0, g ?? 0, b ?? 0]))),
    );
    if (spec.transparencyChunk) {
      parts.push(chunk('tRNS', Uint8Array.from(entries.map(([, , , a]) => a ?? 255))));
    }
  } else if (spec.transparencyChunk) {
    // The colour that counts as transparent: black.
    parts.push(chunk('tRNS', new Uint8Array(colourType === 2 ? 6 : 2)));
  }
  parts.push(chunk('IDAT', deflateSync(Uint8Array.from(rows))));
  parts.push(chunk('IEND', new Uint8Array(0)));
  return Buffer.concat(parts);
}

/** A white ring on a transparent background: a good template icon. */
export function ringIcon(size: number): Buffer {
  const middle = (size - 1) / 2;
  return makePng({
    width: size,
    height: size,
    colourType: 6,
    pixel: (x, y) => {
      const distance = Math.hypot(x - middle, y - middle);
      const opaque = distance < size * 0.45 && distance > size * 0.3;
      return [255, 255, 255, opaque ? 255 : 0];
    },
  });
}

/** An opaque RGB square (like a full-colour app icon). */
export function opaqueIcon(size: number): Buffer {
  return makePng({width: size, height: size, colourType: 2, pixel: (x) => [x % 256, 90, 200, 255]});
}

/** A fully transparent RGBA image. */
export function emptyIcon(width: number, height = width): Buffer {
  return makePng({width, height, colourType: 6, pixel: () => [0, 0, 0, 0]});
}
