// ICC profile bytes (+ their sha256) → the path of a file in the temporary folder holding exactly them: sharp takes output profiles by path only. A scratch file of the process, like the store, outside the project and its output.
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, constants, lstatSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Whether `file` is a regular file (not a link) holding exactly the profile with this hash. */
function holds(file: string, hash: string): boolean {
  try {
    return lstatSync(file).isFile() && createHash('sha256').update(readFileSync(file)).digest('hex') === hash;
  } catch {
    return false;
  }
}

/**
 * The temporary folder is shared with other users: a file found there is used only when it holds exactly these bytes,
 * and ours is written under a random name created exclusively, never through a link (O_EXCL|O_NOFOLLOW), then renamed
 * into place.
 */
export function writeIccFile(icc: Buffer, hash: string): string {
  const file = path.join(os.tmpdir(), `drukwerk-${hash.slice(0, 24)}.icc`);
  if (holds(file, hash)) return file;
  const temp = `${file}.${randomBytes(8).toString('hex')}.tmp`;
  const fd = openSync(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0), 0o644);
  try {
    writeSync(fd, icc);
  } finally {
    closeSync(fd);
  }
  try {
    renameSync(temp, file);
    return file;
  } catch {
    // another user's file is in the way (a sticky /tmp): ours stays under its own name
    return temp;
  }
}
