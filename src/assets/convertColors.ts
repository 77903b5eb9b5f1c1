// Colours through an ICC output profile (sharp/LittleCMS): CMYK palette → sRGB for the screen edition, SVG sRGB → CMYK for print. Cached per profile and colour.
import { loadSharp } from '../load/loadSharp.js';
import type { Cmyk, Rgb } from '../vocabulary/colour.js';
import { bufferHash } from './bufferHash.js';
import { cmykTiff, iccFilePath } from './iccProfile.js';
import { memoTable } from '../world/memo.js';

/** Converted colours by profile hash and colour: a theme has tens of colours, its SVG artwork a few hundred. */
const converted = memoTable<Rgb | Cmyk>('assets.convertedColor', 4_096);
/** Keeps a converted colour for later calls; the value given is the one to use now. */
const keep = <T extends Rgb | Cmyk>(key: string, value: T): T => converted.get(key, () => value) as T;
const clampPct = (n: number): number => Math.min(100, Math.max(0, n));

/**
 * Without a profile: the documented approximation r = 255·(1−c)(1−k), g = 255·(1−m)(1−k), b = 255·(1−y)(1−k).
 * It ignores dot gain and the paper: good enough for tests, not for the build (which passes the FOGRA39 profile).
 */
export function naiveCmykToRgb({ c, m, y, k }: Cmyk): Rgb {
  const f = (v: number): number => Math.round(255 * (1 - clampPct(v) / 100) * (1 - clampPct(k) / 100));
  return [f(c), f(m), f(y)];
}

/** CMYK percentages → sRGB as the profile's printing condition would look on screen. One sharp call for all colours not seen before. */
export async function cmykToSrgb(colors: Cmyk[], icc?: Buffer): Promise<Rgb[]> {
  if (!icc) return colors.map(naiveCmykToRgb);
  const profile = bufferHash(icc);
  const key = (c: Cmyk): string => `${profile}|cmyk|${c.c},${c.m},${c.y},${c.k}`;
  const found = new Map<string, Rgb | Cmyk | undefined>(colors.map((c) => [key(c), converted.peek(key(c))]));
  const missing = [...new Map(colors.filter((c) => found.get(key(c)) === undefined).map((c) => [key(c), c])).values()];
  if (missing.length) {
    const pixels = Buffer.from(missing.flatMap((c) => [c.c, c.m, c.y, c.k].map((v) => Math.round(clampPct(v) * 2.55))));
    const sharp = await loadSharp();
    const { data, info } = await sharp(cmykTiff(pixels, icc)).toColourspace('srgb').raw().toBuffer({ resolveWithObject: true });
    if (info.channels !== 3) throw new Error(`CMYK → sRGB gave ${info.channels} channels`);
    missing.forEach((c, i) => found.set(key(c), keep(key(c), [data.readUInt8(3 * i), data.readUInt8(3 * i + 1), data.readUInt8(3 * i + 2)])));
  }
  return colors.map((c) => found.get(key(c)) as Rgb);
}

/**
 * sRGB → CMYK percentages with the output profile (relative colorimetric, LittleCMS via sharp).
 * Neutral greys (r = g = b) become K only, so black SVG text and rules print in 100 % K instead of a four-colour rich black.
 * Results are whole percentages, as print specifications give them (and pdfkit writes them as short decimals).
 */
export async function srgbToCmyk(colors: Rgb[], icc: Buffer): Promise<Cmyk[]> {
  const profile = bufferHash(icc);
  const key = (c: Rgb): string => `${profile}|rgb|${c.join(',')}`;
  const neutral = (c: Rgb): boolean => c[0] === c[1] && c[1] === c[2];
  const found = new Map<string, Rgb | Cmyk | undefined>(colors.map((c) => [key(c), neutral(c) ? undefined : converted.peek(key(c))]));
  const missing = [...new Map(colors.filter((c) => !neutral(c) && found.get(key(c)) === undefined).map((c) => [key(c), c])).values()];
  if (missing.length) {
    const raw = Buffer.from(missing.flat().map((v) => Math.max(0, Math.min(255, Math.round(v)))));
    const sharp = await loadSharp();
    const { data, info } = await sharp(raw, { raw: { width: missing.length, height: 1, channels: 3 } })
      .withIccProfile(iccFilePath(icc), { attach: false })
      .raw()
      .toBuffer({ resolveWithObject: true });
    if (info.channels !== 4) throw new Error(`the output profile is not a CMYK profile (sRGB → ${info.channels} channels)`);
    missing.forEach((c, i) => {
      const pct = (j: number): number => Math.round(data.readUInt8(4 * i + j) / 2.55);
      found.set(key(c), keep(key(c), { c: pct(0), m: pct(1), y: pct(2), k: pct(3) }));
    });
  }
  return colors.map((c) => (neutral(c) ? { c: 0, m: 0, y: 0, k: Math.round(100 - (c[0] / 255) * 100) } : (found.get(key(c)) as Cmyk)));
}
