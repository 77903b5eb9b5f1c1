// A path given to `drukwerk preflight` → its bytes, or the one finding (check "file") that says why it is not read: not a file, too large, unreadable.
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { LIMIT_MESSAGES, LIMITS } from '../preflight/limits.js';
import type { Finding } from '../preflight/types.js';
import { coded, type Coded } from '../messages/coded.js';

const kindOf = (stat: { isDirectory(): boolean; isFIFO(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isSocket(): boolean }) =>
  stat.isDirectory() ? 'folder' : stat.isFIFO() ? 'pipe' : stat.isCharacterDevice() || stat.isBlockDevice() ? 'device' : stat.isSocket() ? 'socket' : 'other';

/**
 * Opened without blocking (a named pipe would wait for a writer for ever) and checked on the open handle, so what is
 * read is what was checked: a regular file of at most LIMITS.fileBytes, read up to that size and no further (a file
 * that grows meanwhile is refused too).
 */
export async function readPreflightFile(file: string): Promise<{ bytes: Buffer } | { finding: Finding }> {
  const refuse = (message: Coded) => ({ finding: { severity: 'error' as const, check: 'file', ...message } });
  let handle;
  try {
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch {
    return refuse(coded('preflight.cannotReadFile'));
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) return refuse(LIMIT_MESSAGES.notAFile(kindOf(stat)));
    if (stat.size > LIMITS.fileBytes) return refuse(LIMIT_MESSAGES.fileBytes(stat.size));
    const bytes = Buffer.alloc(stat.size);
    let length = 0;
    while (length < bytes.length) {
      const { bytesRead } = await handle.read(bytes, length, bytes.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if ((await handle.read(Buffer.alloc(1), 0, 1, length)).bytesRead) return refuse(LIMIT_MESSAGES.fileChanged());
    return { bytes: bytes.subarray(0, length) };
  } catch {
    return refuse(coded('preflight.cannotReadFile'));
  } finally {
    await handle.close();
  }
}
