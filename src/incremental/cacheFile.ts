// A cache entry file under <root>/.cache → written whole or not at all (temporary file + rename), and keyed maps merged into it with a size bound; a cache that cannot be written is never an error.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
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

/** Adds `entries` to the map stored in `file` (what other builds stored stays); past `limit` entries the oldest half goes. */
export function mergeCacheMap<T>(file: string, entries: Iterable<[string, T]>, valid: (value: unknown) => value is T, limit: number): void {
  const all = readCacheMap(file, valid);
  for (const [key, value] of entries) all.set(key, value);
  const list = [...all];
  writeCacheFile(file, JSON.stringify(Object.fromEntries(list.length > limit ? list.slice(list.length - limit / 2) : list)));
}
