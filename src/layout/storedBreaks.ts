// A measurer ⇄ the shelf of paragraphs broken by earlier builds (looked up by breakShared's key) and where the ones this process breaks go, for the next build.
import type { Line, MissingGlyph } from './breakParagraph.js';
import type { Measurer } from './types.js';
import type { Shelf } from '../world/store.js';

export interface Broken {
  lines: Line[];
  missing: MissingGlyph[];
}

const shelves = new WeakMap<Measurer, Shelf<Broken>>();

const isLine = (l: Line): boolean =>
  !!l && Array.isArray(l.fragments) && typeof l.width === 'number' && typeof l.wordSpacing === 'number' && typeof l.hyphenated === 'boolean' && l.fragments.every((f) => !!f && typeof f.text === 'string' && typeof f.x === 'number' && typeof f.width === 'number');

/** Whether a stored value is a whole paragraph's lines. */
export function isBroken(v: unknown): v is Broken {
  const broken = v as Broken;
  return !!broken && Array.isArray(broken.lines) && Array.isArray(broken.missing) && broken.lines.every(isLine);
}

/** From now on the measurer's paragraphs are looked up in `shelf`, and the new ones put there. */
export function attachStoredBreaks(measurer: Measurer, shelf: Shelf<Broken>): void {
  shelves.set(measurer, shelf);
}

/** The stored lines for `key`; undefined when none are stored (or they fail their check). */
export function storedBreak(measurer: Measurer, key: string): Broken | undefined {
  return shelves.get(measurer)?.get(key);
}

/** A paragraph this process broke, for the next build (only when the measurer has a shelf). */
export function addBreak(measurer: Measurer, key: string, broken: Broken): void {
  shelves.get(measurer)?.put(key, broken);
}
