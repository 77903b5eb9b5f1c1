// Shared fonts + the store → each font given the shelf of runs shaped by earlier builds (kind `shaping`, one shelf per font file), so a build does not shape again the words the last one shaped: shaping was a quarter of a small build.
import type { FontRole } from '../vocabulary/theme.js';
import type { Store } from '../world/store.js';
import { attachShapingShelf, isRun } from './memoizeShaping.js';
import type { SharedFonts } from './sharedFonts.js';

/** Runs kept per font file; beyond it the oldest half is dropped. */
const LIMIT = 100_000;

/**
 * Gives each font the shelf of its file (roles that share a file share its runs); no store: the fonts shape without one.
 * A font is parsed once per process, so the shelf of the World that opened it last is the one its new runs go to.
 */
export function attachShaping(store: Store | undefined, fonts: SharedFonts): void {
  const seen = new Set<string>();
  for (const [role, hash] of Object.entries(fonts.hashes) as [FontRole, string][]) {
    if (seen.has(hash)) continue;
    seen.add(hash);
    attachShapingShelf(fonts.fontkit[role], store?.shelf('shaping', [hash], isRun, LIMIT));
  }
}
