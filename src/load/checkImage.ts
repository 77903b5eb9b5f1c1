// Image bytes as read from images/ → diagnostics for what must not reach a build: unreadable files, decompression bombs, SVGs that point outside themselves.
import { loadSharp } from './loadSharp.js';
import type { Diagnostic } from '../diagnostics.js';
import { coded } from '../messages/coded.js';
import { digest } from '../digest.js';
import { checkSvg, isMarkup, isSvg } from './checkSvg.js';

export { checkSvg, isSvg, SVG_LIMITS } from './checkSvg.js';
import type { Store } from '../world/store.js';

/** Images with more pixels are refused (decompression bombs): 100 megapixels is an A0 poster at 300 ppi and a half. */
export const MAX_IMAGE_PIXELS = 100_000_000;

const megapixels = (n: number): number => Math.round(n / 1e5) / 10;

/** Reads only the header of a raster image: its size is checked before a single pixel is decoded. */
export async function checkImage(file: string, bytes: Buffer): Promise<Diagnostic[]> {
  if (isSvg(bytes)) return checkSvg(file, bytes.toString('utf8'));
  // markup that is not an SVG the checks read (an unclosed comment before <svg>, an HTML page) never reaches sharp: librsvg would draw it unchecked
  if (isMarkup(bytes)) return [{ severity: 'error', ...coded('image.unreadable', {}, 'image.unreadableHint'), file }];
  let width: number | undefined;
  let height: number | undefined;
  // loaded outside the try: a broken installation is not a broken image
  const sharp = await loadSharp();
  try {
    // no pixel limit here: the header is read, not the pixels, and the size is reported below
    const meta = await sharp(bytes, { limitInputPixels: false }).metadata();
    width = meta.width;
    height = meta.height;
  } catch {
    return [{ severity: 'error', ...coded('image.unreadable', {}, 'image.unreadableHint'), file }];
  }
  if (!width || !height) return [{ severity: 'error', ...coded('image.noSize'), file }];
  if (width * height > MAX_IMAGE_PIXELS) {
    return [
      {
        severity: 'error',
        ...coded('image.tooLarge', { width, height, megapixels: megapixels(width * height), limit: megapixels(MAX_IMAGE_PIXELS) }, 'image.atPrintedSizeHint'),
        file,
      },
    ];
  }
  // a whole header can sit on damaged pixels (a file cut short, a broken stream, a shape no scaling handles): decoded once
  // here (the verdict is stored), shrunk while it loads so it takes little memory, the problem is said at the line naming
  // the image, not by the print stage in libvips' words. Warnings (an odd colour profile) do not refuse an image.
  try {
    await sharp(bytes, { failOn: 'error', limitInputPixels: MAX_IMAGE_PIXELS }).resize(64, 64, { fit: 'inside' }).raw().toBuffer();
  } catch {
    return [{ severity: 'error', ...coded('image.cannotDecode', { width, height }, 'image.unreadableHint'), file }];
  }
  return [];
}

const isFindings = (v: unknown): v is { findings: Diagnostic[] } => {
  const findings = (v as { findings?: unknown } | null)?.findings;
  return Array.isArray(findings) && findings.every((d) => !!d && typeof d === 'object' && typeof (d as Diagnostic).message === 'string' && typeof (d as Diagnostic).severity === 'string');
};

/**
 * checkImage through the store (kind `checks`): the answer depends on nothing but the file's name and bytes (and the
 * code and sharp, which every key names), and reading a raster header meant loading sharp (~0.1–0.2 s) in every build,
 * a no-op build included.
 */
export async function checkImageCached(file: string, bytes: Buffer, store?: Store): Promise<Diagnostic[]> {
  if (!store) return checkImage(file, bytes);
  const shelf = store.shelf('checks', ['images'], isFindings, 10_000);
  const key = `${file}\0${digest('sha256', bytes, 'hex')}`;
  const stored = shelf.get(key);
  if (stored) return stored.findings;
  const findings = await checkImage(file, bytes);
  shelf.put(key, { findings });
  return findings;
}
