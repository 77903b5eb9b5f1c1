// A stored value → whether it is a broken paragraph (lines and missing glyphs), as breakShared keeps them on the World's shelf for the next build.
import type { MissingGlyph } from './breakParagraph.js';
import type { Line } from './assembleLines.js';
import type { Shelf } from '../world/store.js';

export interface Broken {
  lines: Line[];
  missing: MissingGlyph[];
}

/** Where paragraphs broken by earlier builds are looked up (by breakShared's key) and the ones this process breaks go. */
export type BreakShelf = Pick<Shelf<Broken>, 'get' | 'put'>;

const isLine = (l: Line): boolean =>
  !!l &&
  Array.isArray(l.fragments) &&
  typeof l.width === 'number' &&
  typeof l.wordSpacing === 'number' &&
  typeof l.hyphenated === 'boolean' &&
  l.fragments.every((f) => !!f && typeof f.text === 'string' && typeof f.x === 'number' && typeof f.width === 'number');

/** Whether a stored value is a whole paragraph's lines. */
export function isBroken(v: unknown): v is Broken {
  const broken = v as Broken;
  return !!broken && Array.isArray(broken.lines) && Array.isArray(broken.missing) && broken.lines.every(isLine);
}
