// Shared fonts + the project's cache folder ⇄ the shaped runs of earlier builds (<root>/.cache/shaping/), so a build does not shape again the words the last one shaped: shaping was a quarter of a small build.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import { FONTKIT_VERSION } from '../assets/widthCache.js';
import type { FontRole } from '../layout/types.js';
import { addStoredRuns, storedRuns, type StoredRun } from './memoizeShaping.js';
import type { SharedFonts } from './sharedFonts.js';

/** Runs kept per font file; beyond it the oldest half is dropped. */
const LIMIT = 100_000;

const fileOf = (dir: string, hash: string): string => path.join(dir, 'shaping', `${hash.slice(0, 32)}-fontkit${FONTKIT_VERSION}-v1.json`);

const isRun = (v: unknown): v is StoredRun => {
  const r = v as StoredRun;
  return !!r && Array.isArray(r.g) && Array.isArray(r.c) && Array.isArray(r.p) && r.g.length === r.c.length && r.g.length === r.p.length && typeof r.e === 'object';
};

function readRuns(file: string): Map<string, StoredRun> {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    return new Map(Object.entries(parsed).filter((e): e is [string, StoredRun] => isRun(e[1])));
  } catch {
    return new Map();
  }
}

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
    const runs = readRuns(fileOf(dir, hash));
    addStoredRuns(font, runs);
    loaded.set(hash, storedRuns(font).size);
  }
  return loaded;
}

/** Stores the runs shaped since loadShaping (merged with the file; temporary file + rename; a folder that cannot be written is no error). */
export function saveShaping(dir: string, fonts: SharedFonts, loaded: ReadonlyMap<string, number>): void {
  for (const [hash, font] of byHash(fonts)) {
    const runs = storedRuns(font);
    if (runs.size <= (loaded.get(hash) ?? 0)) continue;
    const file = fileOf(dir, hash);
    const all = readRuns(file);
    for (const [key, run] of runs) all.set(key, run);
    const entries = [...all];
    const kept = entries.length > LIMIT ? entries.slice(entries.length - LIMIT / 2) : entries;
    try {
      mkdirSync(path.dirname(file), { recursive: true });
      const temp = `${file}.${process.pid}-${threadId}.tmp`;
      writeFileSync(temp, JSON.stringify(Object.fromEntries(kept)));
      renameSync(temp, file);
    } catch {
      // a read-only project still builds, only without the cache
    }
  }
}
