// Font hashes + the project's cache folder ⇄ the advance widths measured in earlier builds (<root>/.cache/widths/), so a build does not shape every word again: shaping was a third of a small build.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { FontRole } from '../layout/types.js';
import { appendCacheEntries, readCacheMap } from '../incremental/cacheFile.js';

/** Widths (font units) by text, per role: what createFontkitMeasurer caches. */
export type Widths = Map<FontRole, Map<string, number>>;

/** Entries kept per font file; beyond it the oldest half is dropped. */
const LIMIT = 200_000;

/** Widths come from fontkit's shaping of the font file: its version is part of every entry's name. */
export const FONTKIT_VERSION = (() => {
  try {
    // fontkit's exports hide its package.json: found from its entry point
    let dir = path.dirname(createRequire(import.meta.url).resolve('fontkit'));
    while (!existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
    return String((JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string }).version);
  } catch {
    return 'unknown';
  }
})();

const fileOf = (dir: string, hash: string): string => path.join(dir, 'widths', `${hash.slice(0, 32)}-fontkit${FONTKIT_VERSION}.lines`);

const isWidth = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const readWidths = (file: string): Map<string, number> => readCacheMap(file, isWidth);

/** The widths stored for each role's font file (roles sharing a file share its map). */
export function loadWidths(dir: string, hashes: Record<FontRole, string>): Widths {
  const byHash = new Map<string, Map<string, number>>();
  const widths: Widths = new Map();
  for (const [role, hash] of Object.entries(hashes) as [FontRole, string][]) {
    if (!byHash.has(hash)) byHash.set(hash, readWidths(fileOf(dir, hash)));
    widths.set(role, byHash.get(hash)!);
  }
  return widths;
}

/** Adds what this process measured to the stored widths (appended; a folder that cannot be written is no error). */
export function saveWidths(dir: string, hashes: Record<FontRole, string>, widths: Widths, loadedSizes: ReadonlyMap<string, number>): void {
  // roles that share a file share its map (loadWidths)
  const byHash = new Map<string, Map<string, number>>();
  for (const [role, hash] of Object.entries(hashes) as [FontRole, string][]) {
    const measured = widths.get(role);
    if (measured && !byHash.has(hash)) byHash.set(hash, measured);
  }
  for (const [hash, measured] of byHash) {
    const from = loadedSizes.get(hash) ?? 0;
    // what was read back comes first in the map, then what this process measured (after a clear, all are new; the file skips what it holds)
    if (measured.size > from) appendCacheEntries(fileOf(dir, hash), [...measured].slice(from), LIMIT);
    else if (measured.size < from) appendCacheEntries(fileOf(dir, hash), measured, LIMIT);
  }
}
