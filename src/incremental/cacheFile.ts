// A cache file under <root>/.cache → written whole or not at all (temporary file + rename); keyed entries appended to a line file with a size bound, read back lazily; a cache that cannot be written is never an error.
import { appendFileSync, closeSync, mkdirSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync, writeSync } from 'node:fs';
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

/**
 * A cache of entries is a text file of lines `<key as JSON>\t<value as JSON>\n`, oldest first. A build appends what it
 * learned instead of writing the whole file again (one region's rebuild adds a few words to a 3 MB file of shaped runs),
 * and a small build parses only the values it asks for. A line without its newline (a write cut short) is no entry.
 */
function eachLine(text: string, fn: (rawKey: string, rawValue: string) => void): void {
  for (let start = 0; ; ) {
    const end = text.indexOf('\n', start);
    if (end < 0) return;
    const tab = text.indexOf('\t', start);
    if (tab > start && tab < end) fn(text.slice(start, tab), text.slice(tab + 1, end));
    start = end + 1;
  }
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

/** The entries of a cache file: key → the value's JSON, for the caller to parse when it needs the value; a missing file is empty. */
export function readCacheLines(file: string): Map<string, string> {
  const entries = new Map<string, string>();
  eachLine(readText(file), (rawKey, rawValue) => {
    try {
      const key = JSON.parse(rawKey) as unknown;
      if (typeof key === 'string') entries.set(key, rawValue);
    } catch {
      // a damaged line is no entry
    }
  });
  return entries;
}

/** A cache file's entries whose values `valid` accepts, all parsed. */
export function readCacheMap<T>(file: string, valid: (value: unknown) => value is T): Map<string, T> {
  const entries = new Map<string, T>();
  for (const [key, raw] of readCacheLines(file)) {
    try {
      const value = JSON.parse(raw) as unknown;
      if (valid(value)) entries.set(key, value);
    } catch {
      // a damaged value is no entry
    }
  }
  return entries;
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
 * Adds to the cache file the entries it does not hold yet (what other builds stored stays); past `limit` entries the
 * oldest half goes. This happens under a lock file: the threads of one build (and parallel builds) add to the same files
 * as they finish, and an append must not land in the middle of another's rewrite. A file whose last line was cut short is
 * written again without it, so the next append cannot complete a truncated value.
 */
export function appendCacheEntries(file: string, entries: Iterable<[string, unknown]>, limit: number): void {
  withFileLock(file, () => {
    const text = readText(file);
    const stored = new Map<string, string>();
    eachLine(text, (rawKey, rawValue) => stored.set(rawKey, rawValue));
    const added: string[] = [];
    for (const [key, value] of entries) {
      const rawKey = JSON.stringify(key);
      if (stored.has(rawKey)) continue;
      const rawValue = JSON.stringify(value);
      stored.set(rawKey, rawValue);
      added.push(`${rawKey}\t${rawValue}\n`);
    }
    if (added.length === 0) return;
    if (stored.size <= limit && (text === '' || text.endsWith('\n'))) {
      try {
        appendFileSync(file, added.join(''));
      } catch {
        // a read-only project still builds, only without the cache
      }
      return;
    }
    const kept = [...stored];
    const lines = (kept.length > limit ? kept.slice(kept.length - Math.floor(limit / 2)) : kept).map(([k, v]) => `${k}\t${v}\n`);
    writeCacheFile(file, lines.join(''));
  });
}
