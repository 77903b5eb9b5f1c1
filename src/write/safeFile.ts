// Bytes + a target path → the file written whole or not at all: a temporary file with a random name, created exclusively and never through a link (O_CREAT|O_EXCL|O_NOFOLLOW), then renamed over the target (a link at the target is replaced, never followed).
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { link, open, rename, unlink } from 'node:fs/promises';
import { TEMP_SUFFIX } from '../vocabulary/tempFiles.js';

// O_EXCL alone already refuses a link at the name; O_NOFOLLOW says so where it is defined (not on Windows)
const CREATE_NEW = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0);

const removeQuietly = (file: string): Promise<void> => unlink(file).catch(() => undefined);

/** Writes `bytes` to a new temporary file next to `target` and returns its path; on failure nothing is left behind. Its folder must have been checked (safePath). */
export async function writeTemp(target: string, bytes: Uint8Array | string): Promise<string> {
  for (let attempt = 0; ; attempt++) {
    const temp = `${target}.${randomBytes(8).toString('hex')}${TEMP_SUFFIX}`;
    let handle;
    try {
      handle = await open(temp, CREATE_NEW, 0o666);
    } catch (e) {
      // 2^64 names: a clash is someone planting files, not chance
      if ((e as NodeJS.ErrnoException).code === 'EEXIST' && attempt < 3) continue;
      throw e;
    }
    try {
      await handle.writeFile(bytes);
      await handle.close();
    } catch (e) {
      await handle.close().catch(() => undefined);
      await removeQuietly(temp);
      throw e;
    }
    return temp;
  }
}

/** Writes `target` through a temporary file renamed over it. */
export async function writeFileAtomic(target: string, bytes: Uint8Array | string): Promise<void> {
  const temp = await writeTemp(target, bytes);
  try {
    await rename(temp, target);
  } catch (e) {
    await removeQuietly(temp);
    throw e;
  }
}

/** Writes `target` only when nothing (no file, folder or link) has that name: all or nothing, and never over anything. Throws EEXIST when the name is taken. */
export async function writeFileExclusive(target: string, bytes: Uint8Array | string): Promise<void> {
  const temp = await writeTemp(target, bytes);
  try {
    await link(temp, target);
  } finally {
    await removeQuietly(temp);
  }
}

export { removeQuietly };
