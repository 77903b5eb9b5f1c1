// Font hashes + the store → the World's shelf of paragraphs broken by earlier builds (kind `breaks`, one shelf per set of fonts), so one region's rebuild does not break again the paragraphs it shares with every other region: line breaking was an eighth of it.
import type { FontRole } from '../vocabulary/theme.js';
import { isBroken, type Broken } from '../layout/storedBreaks.js';
import type { Shelf, Store } from '../world/store.js';
import { byCodeUnits } from '../vocabulary/textOrder.js';

/**
 * Paragraphs kept per shelf; beyond it the oldest half is dropped. The synthetic province of 62 regions breaks ~7 900
 * (4 MB). A paragraph's key holds the file:line:column of its text, so an edit that moves lines adds the moved paragraphs
 * again: the bound keeps such a file to ~10 MB, and what is dropped and still used is simply broken and stored again.
 */
const LIMIT = 20_000;

/**
 * Lines depend on the fonts behind every role and on the code that breaks them and its hyphenation patterns (every key
 * names the code and the libraries): the fonts name the shelf. The key of each paragraph (layoutEnv's breakShared)
 * names the rest: text, style, width, hyphenation.
 */
export function breakShelf(store: Store, hashes: Record<FontRole, string>): Shelf<Broken> {
  const fonts = Object.entries(hashes)
    .sort(([a], [b]) => byCodeUnits(a, b))
    .map(([role, hash]) => `${role}=${hash}`)
    .join(',');
  return store.shelf('breaks', [fonts], isBroken, LIMIT);
}
