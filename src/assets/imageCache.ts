// (input bytes, placed size, edition, profile) + the store → PreparedImage, read back (kind `images`) when this very conversion was made before, else prepared and handed to the store; the only image I/O.
import { createHash } from 'node:crypto';
import type { Store } from '../world/store.js';
import { prepareImage, type PlacedSize, type PreparedImage } from './prepareImage.js';
import type { Edition } from '../vocabulary/edition.js';

const sha = (data: Uint8Array): string => createHash('sha256').update(data).digest('hex');

/** Everything a prepared image is made from besides the code and sharp (which every key names). */
export function imageInputs(input: Buffer, placed: PlacedSize, edition: Edition, icc?: Buffer): string[] {
  return [edition, `${placed.width.toFixed(2)}x${placed.height.toFixed(2)}`, `icc ${icc ? sha(icc) : 'none'}`, sha(input)];
}

type Meta = Omit<PreparedImage, 'data' | 'ppi'> & { ppi: number | null };

function isMeta(v: unknown): v is Meta {
  const m = v as Meta;
  return (
    !!m &&
    ['jpeg', 'png', 'svg'].includes(m.format) &&
    ['cmyk', 'rgb', 'gray'].includes(m.colorSpace) &&
    Number.isInteger(m.pixelWidth) &&
    Number.isInteger(m.pixelHeight) &&
    (m.ppi === null || (typeof m.ppi === 'number' && Number.isFinite(m.ppi)))
  );
}

/** The stored image when it is there and whole; otherwise prepared, and stored by the build's main thread. */
export async function prepareImageCached(
  input: Buffer,
  placed: PlacedSize,
  edition: Edition,
  icc: Buffer | undefined,
  store: Store | undefined,
  prepare: typeof prepareImage = prepareImage,
): Promise<PreparedImage> {
  const inputs = imageInputs(input, placed, edition, icc);
  const stored = store?.read('images', inputs);
  if (stored) {
    try {
      const meta = JSON.parse(stored.meta) as unknown;
      if (isMeta(meta)) return { ...meta, ppi: meta.ppi ?? Infinity, data: Buffer.from(stored.body) };
    } catch {
      // not a description: prepared again below, and replaced
    }
  }
  const prepared = await prepare(input, placed, edition, icc);
  const { data, ...rest } = prepared;
  const meta: Meta = { ...rest, ppi: Number.isFinite(rest.ppi) ? rest.ppi : null };
  store?.write('images', inputs, JSON.stringify(meta), data);
  return prepared;
}
