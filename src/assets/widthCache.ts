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
  const byHash = new Map<string, Set<Map<string, number>>>();
  for (const [role, hash] of Object.entries(hashes) as [FontRole, string][]) {
    const measured = widths.get(role);
    if (measured) byHash.set(hash, (byHash.get(hash) ?? new Set()).add(measured));
  }
  for (const [hash, maps] of byHash) {
    const loaded = loadedSizes.get(hash) ?? 0;
    const [measured] = maps;
    // a loaded map holds what was read first, then what this process measured; the file keeps what it has, so a map that was cleared, or a second map for the same file, is simply given whole
    if (maps.size === 1 && measured.size >= loaded) {
      if (measured.size > loaded) appendCacheEntries(fileOf(dir, hash), [...measured].slice(loaded), LIMIT);
    } else appendCacheEntries(fileOf(dir, hash), [...maps].flatMap((m) => [...m]), LIMIT);
  }
}
