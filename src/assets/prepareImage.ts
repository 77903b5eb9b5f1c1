// Image bytes + placed box (pt) + edition (+ output profile) → a PreparedImage: print = CMYK JPEG through the profile at ≤ 300 ppi, screen = sRGB at ≤ 150 ppi, at the size the picture fills in its box; SVG passes through as text.
import { loadSharp } from '../load/loadSharp.js';
import { effectivePpi, fitImage } from './fitImage.js';
import { iccFilePath } from './iccProfile.js';
import { isSvg, MAX_IMAGE_PIXELS } from '../load/checkImage.js';
import type { Edition } from '../vocabulary/edition.js';

export interface PreparedImage {
  data: Buffer;
  format: 'jpeg' | 'png' | 'svg';
  pixelWidth: number;
  pixelHeight: number;
  /** Effective resolution at the size the picture fills in its box (aspect ratio kept); Infinity for vectors. */
  ppi: number;
  colorSpace: 'cmyk' | 'rgb' | 'gray';
}

export interface PlacedSize {
  width: number;
  height: number;
}

/** Resolution an image is brought down to at its placed size; images are never upscaled. */
export const TARGET_PPI: Record<Edition, number> = { print: 300, screen: 150 };

/** The key of a prepared image in the paint options' `images` map. */
export function imageKey(src: string, edition: Edition, placed: PlacedSize): string {
  return `${edition}|${placed.width.toFixed(2)}x${placed.height.toFixed(2)}|${src}`;
}

export async function prepareImage(input: Buffer, placed: PlacedSize, edition: Edition, icc?: Buffer): Promise<PreparedImage> {
  if (!(placed.width > 0 && placed.height > 0)) throw new Error(`an image must be placed at a positive size (got ${placed.width} × ${placed.height} pt)`);
  if (isSvg(input)) return prepareSvg(input);
  // the header first: a decompression bomb is refused before a single pixel is decoded
  const sharp = await loadSharp();
  const meta = await sharp(input, { limitInputPixels: MAX_IMAGE_PIXELS }).metadata();
  if (!meta.width || !meta.height) throw new Error('the image has no size');
  if (meta.width * meta.height > MAX_IMAGE_PIXELS) throw new Error(`the image has ${meta.width} × ${meta.height} pixels, more than the limit of ${MAX_IMAGE_PIXELS}`);
  const rotated = (meta.orientation ?? 1) >= 5;
  const width = rotated ? meta.height : meta.width;
  const height = rotated ? meta.width : meta.height;
  const target = TARGET_PPI[edition];
  // the picture fills its box whole, proportions kept (never stretched): its resolution is that of the fitted size
  const fitted = fitImage({ x: 0, y: 0, ...placed }, width, height);
  const scale = Math.min(1, ((fitted.width / 72) * target) / width);
  // rounded up: an image brought down to the target never ends up a pixel short of it on either axis
  const pixelWidth = Math.min(width, Math.max(1, Math.ceil(width * scale - 1e-9)));
  const pixelHeight = Math.min(height, Math.max(1, Math.ceil(height * scale - 1e-9)));
  let pipeline = sharp(input, { limitInputPixels: MAX_IMAGE_PIXELS }).rotate();
  if (scale < 1) pipeline = pipeline.resize(pixelWidth, pixelHeight, { fit: 'fill', kernel: 'lanczos3' });
  const gray = meta.channels !== undefined && meta.channels <= 2 && meta.space !== 'cmyk';
  const ppi = effectivePpi(pixelWidth, fitted.width);
  const base = { pixelWidth, pixelHeight, ppi };

  if (edition === 'print') {
    // Paper is white: transparency is flattened (vector logos keep theirs as SVG).
    if (meta.hasAlpha) pipeline = pipeline.flatten({ background: '#ffffff' });
    if (gray) {
      const data = await pipeline.toColourspace('b-w').jpeg({ quality: 92 }).toBuffer();
      return { ...base, data, format: 'jpeg', colorSpace: 'gray' };
    }
    if (!icc) throw new Error('the print edition needs the output profile to convert images to CMYK');
    const data = await pipeline.withIccProfile(iccFilePath(icc), { attach: false }).jpeg({ quality: 92, chromaSubsampling: '4:4:4' }).toBuffer();
    const out = await sharp(data).metadata();
    if (out.channels !== 4) throw new Error(`the output profile did not give CMYK (${out.channels} channels): is it a CMYK profile?`);
    return { ...base, data, format: 'jpeg', colorSpace: 'cmyk' };
  }
  if (meta.hasAlpha) {
    const data = await pipeline.toColourspace('srgb').png({ compressionLevel: 9 }).toBuffer();
    return { ...base, data, format: 'png', colorSpace: 'rgb' };
  }
  if (gray) {
    const data = await pipeline.toColourspace('b-w').jpeg({ quality: 82 }).toBuffer();
    return { ...base, data, format: 'jpeg', colorSpace: 'gray' };
  }
  const data = await pipeline.toColourspace('srgb').jpeg({ quality: 82 }).toBuffer();
  return { ...base, data, format: 'jpeg', colorSpace: 'rgb' };
}

async function prepareSvg(input: Buffer): Promise<PreparedImage> {
  let pixelWidth = 0;
  let pixelHeight = 0;
  const sharp = await loadSharp();
  try {
    const meta = await sharp(input).metadata();
    pixelWidth = meta.width ?? 0;
    pixelHeight = meta.height ?? 0;
  } catch {
    // the size is informative only: the SVG is drawn as vectors
  }
  return { data: Buffer.from(input), format: 'svg', pixelWidth, pixelHeight, ppi: Infinity, colorSpace: 'rgb' };
}
