// A cache entry file under <root>/.cache → written whole or not at all (temporary file + rename), and keyed maps merged into it with a size bound; a cache that cannot be written is never an error.
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { threadId } from 'node:worker_threads';

/** Writes `text` to `file` through a temporary name (worker threads share the pid: the thread id keeps them apart); false when it could not. */
export function writeCacheFile(file: string, text: string | Uint8Array): boolean {
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    const temp = `${file}.${process.pid}-${threadId}.tmp`;
    writeFileSync(temp, text);
    renameSync(temp, file);
    return true;
  } catch {
    // a read-only project still builds, only without the cache
    return false;
  }
}

/** A JSON object file as a map of the values `valid` accepts; a missing or damaged file is empty. */
export function readCacheMap<T>(file: string, valid: (value: unknown) => value is T): Map<string, T> {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return new Map();
    return new Map(Object.entries(parsed as Record<string, unknown>).filter((e): e is [string, T] => valid(e[1])));
  } catch {
    return new Map();
  }
}

/** How long a merge waits for another thread's or process's merge of the same file, and when a lock counts as left behind. */
const LOCK_WAIT_MS = 5_000;
const STALE_LOCK_MS = 30_000;
const pause = new Int32Array(new SharedArrayBuffer(4));

/** A lock whose process is gone (a build stopped with Ctrl-C while it merged) or that is older than any merge. */
function isStale(lock: string): boolean {
  const pid = Number(readFileSync(lock, 'utf8'));
  if (Number.isInteger(pid) && pid > 0 && pid !== process.pid) {
    try {
      process.kill(pid, 0);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ESRCH') return true;
    }
  }
  return Date.now() - statSync(lock).mtimeMs > STALE_LOCK_MS;
}

/** Runs `fn` holding `<file>.lock` (created exclusively, holding the pid); false, without running it, when the lock stays taken. */
function withFileLock(file: string, fn: () => void): boolean {
  const lock = `${file}.lock`;
  const until = Date.now() + LOCK_WAIT_MS;
  try {
    mkdirSync(path.dirname(file), { recursive: true });
  } catch {
    return false;
  }
  for (;;) {
    try {
      const fd = openSync(lock, 'wx');
      try {
        writeSync(fd, String(process.pid));
      } finally {
        closeSync(fd);
      }
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST' || Date.now() > until) return false;
      try {
        if (isStale(lock)) unlinkSync(lock);
      } catch {
        // removed meanwhile by its holder
      }
      Atomics.wait(pause, 0, 0, 5);
    }
  }
  try {
    fn();
    return true;
  } finally {
    try {
      unlinkSync(lock);
    } catch {
      // gone already: nothing to release
    }
  }
}

/**
 * Adds `entries` to the map stored in `file` (what other builds stored stays); past `limit` entries the oldest half goes.
 * Read, merge and write happen under a lock file: the threads of one build (and parallel builds) merge into the same
 * files as they finish, and a merge that read the file before another wrote it would drop the other's entries.
 */
export function mergeCacheMap<T>(file: string, entries: Iterable<[string, T]>, valid: (value: unknown) => value is T, limit: number): void {
  withFileLock(file, () => {
    const all = readCacheMap(file, valid);
    for (const [key, value] of entries) all.set(key, value);
    const list = [...all];
    writeCacheFile(file, JSON.stringify(Object.fromEntries(list.length > limit ? list.slice(list.length - limit / 2) : list)));
  });
}
