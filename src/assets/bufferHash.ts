// A buffer → its sha256 in hex, remembered per buffer object: the output profile (170 kB) and placed images are hashed for every PDF that uses them.
import { createHash } from 'node:crypto';

const hashes = new WeakMap<Buffer, string>();

/** For buffers nobody changes once made (profiles, prepared images): the hash is computed once per buffer object. */
export function bufferHash(data: Buffer): string {
  let hash = hashes.get(data);
  if (hash === undefined) hashes.set(data, (hash = createHash('sha256').update(data).digest('hex')));
  return hash;
}
