// Image bytes + placed size + edition → prepared images: CMYK through the given profile at ≤ 300 ppi for print, sRGB at ≤ 150 ppi for screen, never upscaled, SVG passed through; and the store's image entries.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp, { type Color } from 'sharp';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { imageKey, prepareImage } from '../../src/assets/prepareImage.js';
import { isSvg } from '../../src/load/checkImage.js';
import { imageInputs, prepareImageCached } from '../../src/assets/imageCache.js';
import { Store, storeKey } from '../../src/world/store.js';
import { LOGO_SVG, samplePhoto, testProfile } from '../pdf/sampleDocument.js';

const icc = testProfile();
const solid = (width: number, height: number, channels: 1 | 3 | 4, background: Color) =>
  sharp({ create: { width, height, channels: channels === 1 ? 3 : channels, background } })
    .toColourspace(channels === 1 ? 'b-w' : 'srgb')
    .png()
    .toBuffer();
/** The CMYK bytes of the first pixel of a CMYK JPEG, as stored (no profile conversion). */
const firstCmyk = async (jpeg: Buffer) => [...(await sharp(jpeg).pipelineColourspace('cmyk').toColourspace('cmyk').raw().toBuffer()).subarray(0, 4)];

describe.skipIf(!icc)('prepareImage, print', () => {
  it('converts to CMYK JPEG and brings it down to 300 ppi at the placed size', async () => {
    const out = await prepareImage(await samplePhoto(), { width: 72, height: 48 }, 'print', icc);
    expect(out).toMatchObject({ format: 'jpeg', colorSpace: 'cmyk', pixelWidth: 300, pixelHeight: 200, ppi: 300 });
    const meta = await sharp(out.data).metadata();
    expect([meta.format, meta.space, meta.channels, meta.hasAlpha, meta.width]).toEqual(['jpeg', 'cmyk', 4, false, 300]);
    expect(meta.icc).toBeUndefined(); // the PDF's output intent carries the profile, not every image
  });

  it("uses the given output profile, not sharp's built-in CMYK profile", async () => {
    const red = await solid(8, 8, 3, { r: 227, g: 6, b: 19 });
    const ours = await prepareImage(red, { width: 72, height: 72 }, 'print', icc);
    const builtin = await sharp(red).withIccProfile('cmyk', { attach: false }).jpeg({ quality: 92, chromaSubsampling: '4:4:4' }).toBuffer();
    const [a, b] = [await firstCmyk(ours.data), await firstCmyk(builtin)];
    expect(a).not.toEqual(b);
    expect(a[1]).toBeGreaterThan(200); // magenta-heavy red, ink values 0–255
    expect((await prepareImage(red, { width: 72, height: 72 }, 'print', icc)).data.equals(ours.data)).toBe(true);
  });

  it('never upscales, and reports the effective ppi', async () => {
    const out = await prepareImage(await solid(100, 50, 3, '#336699'), { width: 144, height: 72 }, 'print', icc);
    expect(out).toMatchObject({ pixelWidth: 100, pixelHeight: 50, ppi: 50, colorSpace: 'cmyk' });
  });

  it('keeps grey images grey (they print on K), and refuses print without a profile', async () => {
    const grey = await solid(40, 40, 1, '#808080');
    expect(await prepareImage(grey, { width: 72, height: 72 }, 'print', icc)).toMatchObject({ colorSpace: 'gray', format: 'jpeg' });
    await expect(prepareImage(await samplePhoto(), { width: 72, height: 48 }, 'print')).rejects.toThrow(/output profile/);
  });
});

describe('prepareImage, screen', () => {
  it('makes sRGB at 150 ppi; transparency stays (PNG), opaque pictures become JPEG', async () => {
    const photo = await prepareImage(await samplePhoto(), { width: 144, height: 96 }, 'screen');
    expect(photo).toMatchObject({ format: 'png', colorSpace: 'rgb', pixelWidth: 300, pixelHeight: 200, ppi: 150 });
    expect((await sharp(photo.data).metadata()).hasAlpha).toBe(true);
    const opaque = await prepareImage(await solid(1000, 1000, 3, '#336699'), { width: 72, height: 72 }, 'screen');
    expect(opaque).toMatchObject({ format: 'jpeg', colorSpace: 'rgb', pixelWidth: 150, ppi: 150 });
    expect((await sharp(opaque.data).metadata()).space).toBe('srgb');
  });

  it('passes SVG through as text with infinite resolution', async () => {
    const out = await prepareImage(Buffer.from(LOGO_SVG), { width: 120, height: 40 }, 'screen');
    expect(out.format).toBe('svg');
    expect(out.ppi).toBe(Infinity);
    expect(out.data.toString()).toBe(LOGO_SVG);
    expect(isSvg(Buffer.from(`<?xml version="1.0"?>\n<!-- logo -->\n${LOGO_SVG}`))).toBe(true);
    expect(isSvg(await solid(2, 2, 3, '#000'))).toBe(false);
  });

  it('refuses a placement without size', async () => {
    await expect(prepareImage(await solid(2, 2, 3, '#000'), { width: 0, height: 10 }, 'screen')).rejects.toThrow(/positive size/);
  });

  it('keys images by edition, placed size (to 0.01 pt) and source', () => {
    expect(imageKey('images/a.png', 'print', { width: 10.004, height: 20 })).toBe(imageKey('images/a.png', 'print', { width: 10.001, height: 20 }));
    expect(imageKey('images/a.png', 'print', { width: 10, height: 20 })).not.toBe(imageKey('images/a.png', 'screen', { width: 10, height: 20 }));
  });
});

describe('prepareImageCached', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'drukwerk-image-cache-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const VERSIONS = { code: 'image-test', libraries: 'sharp@0' };
  const open = () => new Store({ dir, versions: VERSIONS });

  it('prepares once, then reads the result back from the store', async () => {
    const input = await solid(300, 300, 3, '#336699');
    const prepare = vi.fn(prepareImage);
    const store = open();
    const first = await prepareImageCached(input, { width: 72, height: 72 }, 'screen', undefined, store, prepare);
    store.save();
    const second = await prepareImageCached(input, { width: 72, height: 72 }, 'screen', undefined, open(), prepare);
    expect(prepare).toHaveBeenCalledTimes(1);
    expect(second).toEqual(first);
    const svgStore = open();
    const svg = await prepareImageCached(Buffer.from(LOGO_SVG), { width: 120, height: 40 }, 'screen', undefined, svgStore, prepare);
    svgStore.save();
    expect((await prepareImageCached(Buffer.from(LOGO_SVG), { width: 120, height: 40 }, 'screen', undefined, open(), prepare)).ppi).toBe(svg.ppi);
    expect(svg.ppi).toBe(Infinity);
    expect(prepare).toHaveBeenCalledTimes(2);
  });

  it('a stored image with a changed byte is prepared again', async () => {
    const input = await solid(200, 200, 3, '#993366');
    const prepare = vi.fn(prepareImage);
    const store = open();
    const first = await prepareImageCached(input, { width: 50, height: 50 }, 'screen', undefined, store, prepare);
    store.save();
    const file = path.join(dir, store.entryFile('images', imageInputs(input, { width: 50, height: 50 }, 'screen')));
    const bytes = readFileSync(file);
    bytes[bytes.length - 10] ^= 0xff;
    writeFileSync(file, bytes);
    expect(await prepareImageCached(input, { width: 50, height: 50 }, 'screen', undefined, open(), prepare)).toEqual(first);
    expect(prepare).toHaveBeenCalledTimes(2);
  });

  it('keys on input, size, edition and profile', () => {
    const input = Buffer.from('x');
    const key = (...args: Parameters<typeof imageInputs>) => storeKey('images', imageInputs(...args), VERSIONS);
    const base = key(input, { width: 1, height: 1 }, 'print', Buffer.from('a'));
    expect(key(input, { width: 1, height: 1 }, 'print', Buffer.from('b'))).not.toBe(base);
    expect(key(input, { width: 1, height: 1 }, 'print')).not.toBe(base);
    expect(key(input, { width: 2, height: 1 }, 'print', Buffer.from('a'))).not.toBe(base);
    expect(key(input, { width: 1, height: 1 }, 'screen', Buffer.from('a'))).not.toBe(base);
    expect(key(Buffer.from('y'), { width: 1, height: 1 }, 'print', Buffer.from('a'))).not.toBe(base);
  });
});
