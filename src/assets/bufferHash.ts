// A buffer → its sha256 in hex, remembered per buffer object: the output profile (170 kB) and placed images are hashed for every PDF that uses them.
import { createHash } from 'node:crypto';
import { memo } from '../world/memo.js';

/** For buffers nobody changes once made (profiles, prepared images): the hash is computed once per buffer object. */
export function bufferHash(data: Buffer): string {
  return memo('assets.bufferHash', [data], () => createHash('sha256').update(data).digest('hex'));
}
