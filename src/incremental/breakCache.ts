// Font hashes + the project's cache folder ⇄ the paragraphs broken by earlier builds (<root>/.cache/breaks/), so one region's rebuild does not break again the paragraphs it shares with every other region: line breaking was an eighth of it.
import { readdirSync, statSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { appendCacheEntries, readCacheLines } from './cacheFile.js';
import { toolVersion } from './toolVersion.js';
import { digest } from '../digest.js';
import { attachStoredBreaks, takeAddedBreaks } from '../layout/storedBreaks.js';
import type { FontRole, Measurer } from '../layout/types.js';

/**
 * Paragraphs kept per file; beyond it the oldest half is dropped. The synthetic province of 62 regions breaks ~7 900
 * (4 MB). A paragraph's key holds the file:line:column of its text, so an edit that moves lines adds the moved paragraphs
 * again: the bound keeps such a file to ~10 MB, and what is dropped and still used is simply broken and stored again.
 */
const LIMIT = 20_000;
/** Files of other code or fonts kept beside the one in use (switching branches back and forth keeps its lines). */
const KEEP_OTHERS = 3;

/**
 * Lines depend on the fonts behind every role and on the code that breaks them (and its hyphenation patterns): all of it
 * names the file. The key of each paragraph (layoutEnv's breakShared) names the rest: text, style, width, hyphenation.
 */
function fileOf(dir: string, hashes: Record<FontRole, string>): string {
  const fonts = Object.entries(hashes).sort(([a], [b]) => a.localeCompare(b)).map(([role, hash]) => `${role}=${hash}`).join(',');
  return path.join(dir, 'breaks', `${digest('sha256', `${toolVersion()}\0${fonts}`, 'hex').slice(0, 32)}.lines`);
}

/** Gives the measurer the paragraphs stored for these fonts and this code. */
export function loadBreaks(dir: string, hashes: Record<FontRole, string>, measurer: Measurer): void {
  attachStoredBreaks(measurer, readCacheLines(fileOf(dir, hashes)));
}

/** Stores the paragraphs broken since loadBreaks (or the last save); the files of other code versions beyond the newest few go. */
export function saveBreaks(dir: string, hashes: Record<FontRole, string>, measurer: Measurer): void {
  const added = takeAddedBreaks(measurer);
  if (added.size === 0) return;
  const file = fileOf(dir, hashes);
  appendCacheEntries(file, added, LIMIT);
  try {
    const folder = path.dirname(file);
    const others = readdirSync(folder)
      .filter((name) => name.endsWith('.lines') && name !== path.basename(file))
      .map((name) => ({ name, time: statSync(path.join(folder, name)).mtimeMs }))
      .sort((a, b) => b.time - a.time);
    for (const { name } of others.slice(KEEP_OTHERS)) unlinkSync(path.join(folder, name));
  } catch {
    // another build pruned them first, or the folder cannot be written: the cache is never an error
  }
}
