// Font hashes + the store → per role the shelf of advance widths measured in earlier builds (kind `widths`, one shelf per font file), so a build does not shape every word again: shaping was a third of a small build.
import type { FontRole } from '../vocabulary/theme.js';
import type { Shelf, Store } from '../world/store.js';

/** Widths (font units) by text, per role: what createFontkitMeasurer caches. */
export type Widths = Map<FontRole, Map<string, number>>;

/** The stored widths of each role's font; roles that share a file share its shelf. */
export type WidthShelves = Partial<Record<FontRole, Shelf<number>>>;

/** Entries kept per font file; beyond it the oldest half is dropped. */
const LIMIT = 200_000;

const isWidth = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** A width depends on the font file (its hash) and on the code and fontkit that shape it (every key names those). */
export function widthShelves(store: Store, hashes: Record<FontRole, string>): WidthShelves {
  const shelves: WidthShelves = {};
  for (const [role, hash] of Object.entries(hashes) as [FontRole, string][]) shelves[role] = store.shelf('widths', [hash], isWidth, LIMIT);
  return shelves;
}
