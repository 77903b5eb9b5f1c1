// ICC profiles for sharp: profile bytes → a file path (written by world/iccFile.ts), and CMYK pixels → a tiny TIFF tagged with a profile.
import { bufferHash } from './bufferHash.js';
import { writeIccFile } from '../world/iccFile.js';
import { memo } from '../world/memo.js';

/** The path of a file holding `icc` (sharp takes output profiles by path only): written once per process, reused afterwards. */
export function iccFilePath(icc: Buffer): string {
  const hash = bufferHash(icc);
  return memo('assets.iccFile', [hash], () => writeIccFile(icc, hash), 64);
}

// sharp cannot be told that raw input is CMYK; a TIFF with PhotometricInterpretation 5 and an ICC tag (34675) can.
const SHORT = 3;
const LONG = 4;
const UNDEFINED = 7;

/** CMYK pixels (bytes 0–255, 4 per pixel, one row) + an ICC profile → an uncompressed TIFF sharp reads as CMYK in that profile. */
export function cmykTiff(pixels: Buffer, icc: Buffer): Buffer {
  if (pixels.length === 0 || pixels.length % 4 !== 0) throw new Error('CMYK pixels come in groups of 4 bytes');
  const even = (n: number): number => n + (n % 2);
  const pixelOffset = 8;
  const iccOffset = pixelOffset + even(pixels.length);
  const bitsOffset = iccOffset + even(icc.length);
  const ifdOffset = bitsOffset + 8;
  const tags: Array<[number, number, number, number]> = [
    [256, LONG, 1, pixels.length / 4], // ImageWidth
    [257, LONG, 1, 1], // ImageLength
    [258, SHORT, 4, bitsOffset], // BitsPerSample 8,8,8,8
    [259, SHORT, 1, 1], // Compression: none
    [262, SHORT, 1, 5], // PhotometricInterpretation: separated (CMYK)
    [273, LONG, 1, pixelOffset], // StripOffsets
    [277, SHORT, 1, 4], // SamplesPerPixel
    [278, LONG, 1, 1], // RowsPerStrip
    [279, LONG, 1, pixels.length], // StripByteCounts
    [284, SHORT, 1, 1], // PlanarConfiguration: chunky
    [332, SHORT, 1, 1], // InkSet: CMYK
  ];
  if (icc.length) tags.push([34675, UNDEFINED, icc.length, iccOffset]); // ICC profile
  const out = Buffer.alloc(ifdOffset + 2 + tags.length * 12 + 4);
  out.write('II', 0, 'latin1');
  out.writeUInt16LE(42, 2);
  out.writeUInt32LE(ifdOffset, 4);
  pixels.copy(out, pixelOffset);
  icc.copy(out, iccOffset);
  for (let i = 0; i < 4; i++) out.writeUInt16LE(8, bitsOffset + 2 * i);
  out.writeUInt16LE(tags.length, ifdOffset);
  tags.forEach(([tag, type, count, value], i) => {
    const at = ifdOffset + 2 + i * 12;
    out.writeUInt16LE(tag, at);
    out.writeUInt16LE(type, at + 2);
    out.writeUInt32LE(count, at + 4);
    if (type === SHORT && count === 1) out.writeUInt16LE(value, at + 8);
    else out.writeUInt32LE(value, at + 8);
  });
  return out;
}
