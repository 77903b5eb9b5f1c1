// PNG images (the screen edition's transparent pictures) → pixels decoded ahead by sharp → image XObjects (+ soft mask) embedded synchronously.
// pdfkit decodes PNG with alpha asynchronously, which would make painting asynchronous and the object order depend on timing.
import { loadSharp } from '../load/loadSharp.js';
import type { PreparedImage } from '../assets/prepareImage.js';
import { newRef, type Pdf } from './pdfkitInternals.js';

export interface RawImage {
  width: number;
  height: number;
  /** 1 grey, 2 grey + alpha, 3 RGB, 4 RGB + alpha */
  channels: number;
  data: Buffer;
}

/** Decodes every PNG among `keys` (missing keys are skipped: the painter reports them). */
export async function decodePngImages(images: Map<string, PreparedImage>, keys: Iterable<string>): Promise<Map<string, RawImage>> {
  const out = new Map<string, RawImage>();
  for (const key of new Set(keys)) {
    const prepared = images.get(key);
    if (prepared?.format !== 'png') continue;
    const sharp = await loadSharp();
    const { data, info } = await sharp(prepared.data).raw({ depth: 'uchar' }).toBuffer({ resolveWithObject: true });
    out.set(key, { width: info.width, height: info.height, channels: info.channels, data });
  }
  return out;
}

/** Splits interleaved pixels into colour and alpha planes. */
function planes(raw: RawImage): { color: Buffer; alpha?: Buffer; colorChannels: number } {
  const hasAlpha = raw.channels === 2 || raw.channels === 4;
  if (!hasAlpha) return { color: raw.data, colorChannels: raw.channels };
  const colorChannels = raw.channels - 1;
  const pixels = raw.width * raw.height;
  const color = Buffer.alloc(pixels * colorChannels);
  const alpha = Buffer.alloc(pixels);
  for (let p = 0; p < pixels; p++) {
    raw.data.copy(color, p * colorChannels, p * raw.channels, p * raw.channels + colorChannels);
    // biome-ignore lint/style/noNonNullAssertion: p < width × height, and the data holds `channels` bytes per pixel
    alpha[p] = raw.data[p * raw.channels + colorChannels]!;
  }
  const opaque = alpha.every((a) => a === 255);
  return { color, alpha: opaque ? undefined : alpha, colorChannels };
}

/** An object pdfkit's `image()` places like its own (width, height, label, obj). Colour space: RGB or grey, screen edition only. */
export function rawImageObject(pdf: Pdf, raw: RawImage, index: number): { width: number; height: number; label: string; obj: unknown; orientation: number; embed(): void } {
  const { color, alpha, colorChannels } = planes(raw);
  const base = { Type: 'XObject', Subtype: 'Image', Width: raw.width, Height: raw.height, BitsPerComponent: 8 };
  const image = newRef(pdf, { ...base, ColorSpace: colorChannels === 1 ? 'DeviceGray' : 'DeviceRGB' });
  if (alpha) {
    const mask = newRef(pdf, { ...base, ColorSpace: 'DeviceGray' });
    mask.end(alpha);
    image.data.SMask = mask;
  }
  image.end(color);
  return { width: raw.width, height: raw.height, label: `Raw${index}`, obj: image, orientation: 1, embed: () => undefined };
}
