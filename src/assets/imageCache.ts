// (input bytes, placed size, edition, profile) → PreparedImage through an on-disk cache under .cache/images/, keyed by sha256 of all four; the only image I/O.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { writeCacheFile } from '../incremental/cacheFile.js';
import { prepareImage, type ImageEdition, type PlacedSize, type PreparedImage } from './prepareImage.js';

/** Bump when prepareImage changes what it produces, so stale entries are not reused. */
const VERSION = 'v2';

export function imageCacheKey(input: Buffer, placed: PlacedSize, edition: ImageEdition, icc?: Buffer): string {
  const hash = createHash('sha256');
  hash.update(`${VERSION}|${edition}|${placed.width.toFixed(2)}x${placed.height.toFixed(2)}|`);
  hash.update(createHash('sha256').update(icc ?? Buffer.alloc(0)).digest('hex'));
  hash.update(input);
  return hash.digest('hex');
}

type Meta = Omit<PreparedImage, 'data' | 'ppi'> & { ppi: number | null };

/** Reads the prepared image from `dir` when present, otherwise prepares it and stores it (temp file + rename, so a crash never leaves half an entry). */
export async function prepareImageCached(
  input: Buffer,
  placed: PlacedSize,
  edition: ImageEdition,
  icc: Buffer | undefined,
  dir = path.join('.cache', 'images'),
  prepare: typeof prepareImage = prepareImage,
): Promise<PreparedImage> {
  const key = imageCacheKey(input, placed, edition, icc);
  const dataFile = path.join(dir, `${key}.bin`);
  const metaFile = path.join(dir, `${key}.json`);
  try {
    const meta = JSON.parse(readFileSync(metaFile, 'utf8')) as Meta;
    return { ...meta, ppi: meta.ppi ?? Infinity, data: readFileSync(dataFile) };
  } catch {
    // not cached yet (or unreadable): prepare it
  }
  const prepared = await prepare(input, placed, edition, icc);
  const { data, ...rest } = prepared;
  const meta: Meta = { ...rest, ppi: Number.isFinite(rest.ppi) ? rest.ppi : null };
  // the data first: an entry counts only once its description is there
  if (writeCacheFile(dataFile, data)) writeCacheFile(metaFile, JSON.stringify(meta));
  return prepared;
}
