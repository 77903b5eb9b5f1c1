// A word (text between spaces) → where it may break: its own hyphens and dashes, the hyphenator's points unless it is an address, a number or an acronym.
import type { Hyphenator } from './types.js';

/** Top-level domains that mark a token as a web address (`vdab.be`, `onderwijs.vlaanderen.be/nl`). */
const TLDS = ['be', 'nl', 'org', 'com', 'net', 'eu', 'fr', 'de', 'lu', 'uk', 'info', 'edu', 'gov', 'io', 'vlaanderen', 'brussels', 'gent', 'app'];
const DOMAIN = new RegExp(`[\\p{L}\\d-]\\.(?:${TLDS.join('|')})(?:[/:?#]|$)`, 'iu');

/** Leading and trailing punctuation that is not part of an address or a word. */
const OUTER_PUNCTUATION = /^[\s([{“‘„‚«‹"'¿¡]+|[\s)\]}”’“‘»›"'.,;:!?…]+$/gu;

export function stripPunctuation(word: string): string {
  return word.replace(OUTER_PUNCTUATION, '');
}

/** URLs, web addresses and e-mail addresses: never hyphenated, never broken inside. */
export function isAddress(word: string): boolean {
  const core = stripPunctuation(word);
  return core.includes('://') || /^www\./i.test(core) || /^[^@\s]+@[^@\s]+$/.test(core) || /^mailto:|^tel:/i.test(core) || DOMAIN.test(core);
}

/** Phone numbers, postcodes, numbers: no letters to hyphenate and no break on their hyphens. */
export function isNumeric(word: string): boolean {
  return /^\+?[\d\s\u00A0/().,-]*\d[\d\s\u00A0/().,-]*$/.test(stripPunctuation(word));
}

/** A capital after the first letter of a hyphen-separated part: an acronym or a brand (VDAB, CLBch@t, McDonald). */
export function hasInnerCapital(word: string): boolean {
  return stripPunctuation(word)
    .split(/[-\u2010\u2013\u2014/]/)
    .some((part) => /\p{Lu}/u.test(Array.from(part.replace(/^[^\p{L}]+/u, '')).slice(1).join('')));
}

/** May the hyphenator (patterns) insert hyphens in this word? */
export function mayHyphenate(word: string): boolean {
  return !isAddress(word) && !/\d/.test(word) && !hasInnerCapital(word) && !word.includes('@');
}

export type BreakKind = 'explicit' | 'dash';

/**
 * Break opportunities a word carries itself: after a hyphen between letters (`e-mailadres` is not broken before 2 letters),
 * after an en or em dash inside a word (`Oostende–Brugge`). Indices are positions after the character.
 */
export function ownBreaks(word: string): Array<{ at: number; kind: BreakKind }> {
  if (isAddress(word) || isNumeric(word)) return [];
  const out: Array<{ at: number; kind: BreakKind }> = [];
  for (let i = 1; i < word.length - 1; i++) {
    const ch = word[i]!;
    if (ch === '-' || ch === '\u2010') {
      const before = word.slice(0, i).match(/[\p{L}\d]+$/u)?.[0] ?? '';
      const after = word.slice(i + 1).match(/^\p{L}+/u)?.[0] ?? '';
      if (before.length >= 2 && after.length >= 2) out.push({ at: i + 1, kind: 'explicit' });
    } else if (ch === '\u2013' || ch === '\u2014') {
      if (/[\p{L}\d]/u.test(word[i - 1]!) && /[\p{L}\d]/u.test(word[i + 1]!)) out.push({ at: i + 1, kind: 'dash' });
    }
  }
  return out;
}

export type PointKind = 'hyphen' | 'explicit' | 'dash' | 'zwsp';

export const ADDRESS = 'address';
const NO_HYPHENATOR = new Map<string, Array<[number, PointKind]> | typeof ADDRESS>();
const BY_HYPHENATOR = new WeakMap<Hyphenator, Map<string, Array<[number, PointKind]> | typeof ADDRESS>>();
const WORD_CACHE_LIMIT = 100_000;

/** A word's own break points (hyphens, dashes) and the hyphenator's, cached per hyphenator; ADDRESS for URLs and e-mail. */
export function wordPoints(word: string, hyphenator: Hyphenator | undefined): Array<[number, PointKind]> | typeof ADDRESS {
  let cache = hyphenator ? BY_HYPHENATOR.get(hyphenator) : NO_HYPHENATOR;
  if (!cache) BY_HYPHENATOR.set(hyphenator!, (cache = new Map()));
  const hit = cache.get(word);
  if (hit) return hit;
  let result: Array<[number, PointKind]> | typeof ADDRESS;
  if (isAddress(word)) result = ADDRESS;
  else {
    const points = new Map<number, PointKind>();
    for (const b of ownBreaks(word)) points.set(b.at, b.kind);
    if (hyphenator && mayHyphenate(word)) for (const at of hyphenator(word)) if (!points.has(at)) points.set(at, 'hyphen');
    result = [...points].filter(([at]) => at > 0 && at < word.length).sort((a, b) => a[0] - b[0]);
  }
  if (cache.size >= WORD_CACHE_LIMIT) cache.clear();
  cache.set(word, result);
  return result;
}
