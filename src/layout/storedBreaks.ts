// A measurer ⇄ the paragraphs broken by earlier builds (their JSON by breakShared's key, parsed when first asked for) and those this process broke, for the next build.
import type { Line, MissingGlyph } from './breakParagraph.js';
import type { Measurer } from './types.js';

export interface Broken {
  lines: Line[];
  missing: MissingGlyph[];
}

interface Store {
  stored: Map<string, string>;
  added: Map<string, Broken>;
}

const stores = new WeakMap<Measurer, Store>();

const isLine = (l: Line): boolean =>
  !!l && Array.isArray(l.fragments) && typeof l.width === 'number' && typeof l.wordSpacing === 'number' && typeof l.hyphenated === 'boolean' && l.fragments.every((f) => !!f && typeof f.text === 'string' && typeof f.x === 'number' && typeof f.width === 'number');

function parseBroken(raw: string): Broken | undefined {
  try {
    const broken = JSON.parse(raw) as Broken;
    return broken && Array.isArray(broken.lines) && Array.isArray(broken.missing) && broken.lines.every(isLine) ? broken : undefined;
  } catch {
    return undefined;
  }
}

/** From now on the measurer's paragraphs are looked up in `stored` (key → JSON) and the new ones collected. */
export function attachStoredBreaks(measurer: Measurer, stored: Map<string, string>): void {
  stores.set(measurer, { stored, added: new Map() });
}

/** The stored lines for `key`; undefined when none are stored (or their JSON is damaged). */
export function storedBreak(measurer: Measurer, key: string): Broken | undefined {
  const raw = stores.get(measurer)?.stored.get(key);
  return raw === undefined ? undefined : parseBroken(raw);
}

/** A paragraph this process broke, for the next build (only when the measurer has a store). */
export function addBreak(measurer: Measurer, key: string, broken: Broken): void {
  stores.get(measurer)?.added.set(key, broken);
}

/** The paragraphs broken since the last call, taken: they count as stored from now on. */
export function takeAddedBreaks(measurer: Measurer): Map<string, Broken> {
  const store = stores.get(measurer);
  if (!store) return new Map();
  const { added } = store;
  store.added = new Map();
  return added;
}
