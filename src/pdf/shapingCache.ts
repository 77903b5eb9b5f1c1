// Shared fonts + the project's cache folder ⇄ the shaped runs of earlier builds (<root>/.cache/shaping/), so a build does not shape again the words the last one shaped: shaping was a quarter of a small build.
import path from 'node:path';
import { FONTKIT_VERSION } from '../assets/widthCache.js';
import { appendCacheEntries, readCacheLines } from '../incremental/cacheFile.js';
import type { FontRole } from '../layout/types.js';
import { addStoredRuns, knownRuns, storedRuns } from './memoizeShaping.js';
import type { SharedFonts } from './sharedFonts.js';

/** Runs kept per font file; beyond it the oldest half is dropped. */
const LIMIT = 100_000;

const fileOf = (dir: string, hash: string): string => path.join(dir, 'shaping', `${hash.slice(0, 32)}-fontkit${FONTKIT_VERSION}.lines`);

/** One font per file hash: roles that share a file share its runs. */
function byHash(fonts: SharedFonts): Map<string, SharedFonts['fontkit'][FontRole]> {
  const out = new Map<string, SharedFonts['fontkit'][FontRole]>();
  for (const [role, hash] of Object.entries(fonts.hashes) as [FontRole, string][]) if (!out.has(hash)) out.set(hash, fonts.fontkit[role]);
  return out;
}

/** Gives each font the runs stored for its file; returns how many each had, for saveShaping. */
export function loadShaping(dir: string, fonts: SharedFonts): Map<string, number> {
  const loaded = new Map<string, number>();
  for (const [hash, font] of byHash(fonts)) {
    addStoredRuns(font, readCacheLines(fileOf(dir, hash)));
    loaded.set(hash, knownRuns(font));
  }
  return loaded;
}

/** Stores the runs shaped since loadShaping (appended to the file; a folder that cannot be written is no error). */
export function saveShaping(dir: string, fonts: SharedFonts, loaded: ReadonlyMap<string, number>): void {
  for (const [hash, font] of byHash(fonts)) {
    const from = loaded.get(hash) ?? 0;
    // the runs read back come first in the font's memo, then the ones shaped here (after a clear, all are new)
    if (knownRuns(font) > from) appendCacheEntries(fileOf(dir, hash), storedRuns(font, from), LIMIT);
    else if (knownRuns(font) < from) appendCacheEntries(fileOf(dir, hash), storedRuns(font), LIMIT);
  }
}
