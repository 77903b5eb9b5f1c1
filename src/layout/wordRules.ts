// A word (text between spaces) → where it may break: its own hyphens and dashes, the hyphenator's points unless it is a name, a number or an acronym; addresses at their punctuation.
import type { Hyphenator } from './types.js';
import { memoKey, memoTable } from '../world/memo.js';

/** Top-level domains that mark a token as a web address (`vdab.be`, `onderwijs.vlaanderen.be/nl`). */
const TLDS = ['be', 'nl', 'org', 'com', 'net', 'eu', 'fr', 'de', 'lu', 'uk', 'info', 'edu', 'gov', 'io', 'vlaanderen', 'brussels', 'gent', 'app'];
const DOMAIN = new RegExp(`[\\p{L}\\d-]\\.(?:${TLDS.join('|')})(?:[/:?#]|$)`, 'iu');

/** Leading and trailing punctuation that is not part of an address or a word. */
const OUTER_PUNCTUATION = /^[\s([{“‘„‚«‹"'¿¡]+|[\s)\]}”’“‘»›"'.,;:!?…]+$/gu;

export function stripPunctuation(word: string): string {
  return word.replace(OUTER_PUNCTUATION, '');
}

/** URLs, web addresses and e-mail addresses: never hyphenated, broken only at their punctuation (addressBreaks). */
export function isAddress(word: string): boolean {
  const core = stripPunctuation(word);
  return core.includes('://') || /^www\./i.test(core) || /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(core) || /^mailto:|^tel:/i.test(core) || DOMAIN.test(core);
}

/** Phone numbers, postcodes, numbers: no letters to hyphenate and no break on their hyphens. */
export function isNumeric(word: string): boolean {
  return /^\+?[\d\s\u00A0/().,-]*\d[\d\s\u00A0/().,-]*$/.test(stripPunctuation(word));
}

/** A capital after the first letter of a hyphen-separated part: an acronym or a brand (VDAB, CLBch@t, McDonald). */
export function hasInnerCapital(word: string): boolean {
  return stripPunctuation(word)
    .split(/[-\u2010\u2013\u2014/]/)
    .some((part) =>
      /\p{Lu}/u.test(
        Array.from(part.replace(/^[^\p{L}]+/u, ''))
          .slice(1)
          .join(''),
      ),
    );
}

/**
 * A word that starts with a capital: a proper name (Houtland, Leerwinkel, Examencommissie) or the first word of a sentence.
 * Names are never hyphenated; telling them from sentence starts needs a dictionary, so no capitalised word is (InDesign's
 * "hyphenate capitalized words" off, TeX's \uchyph=0). Soft hyphens typed in the content still apply.
 */
export function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(stripPunctuation(word).replace(/^[^\p{L}]+/u, ''));
}

/** May the hyphenator (patterns) insert hyphens in this word? */
export function mayHyphenate(word: string): boolean {
  return !isAddress(word) && !/\d/.test(word) && !hasInnerCapital(word) && !isCapitalised(word) && !word.includes('@');
}

export type BreakKind = 'explicit' | 'dash';

/** Characters an address breaks before (the Chicago Manual's rule), and after (a slash, not inside `//`). */
const BREAK_BEFORE: ReadonlySet<string> = new Set(['.', '-', '_', '?', '#', '@', '&', '=', '~', '%']);
/** Shorter addresses (`www.vdab.be`, `info@jac.be`) fit any column: kept whole, they read better. */
const MIN_BROKEN_ADDRESS = 16;
/** Characters of an address on each side of a break, at least (no `w` | `ww.` or a lone `.b` | `e`). */
const MIN_ADDRESS_PART = 2;

/**
 * Where a web or e-mail address may break, without a hyphen (a hyphen in an address would read as part of it): after a
 * slash or `//`, before `.`, `-`, `_`, `?`, `#`, `@`, `&`, `=`, `~`, `%`. Only inside the address itself: never before the
 * sentence's full stop or a closing bracket, nor after an opening one. Indices are positions in `word`.
 */
export function addressBreaks(word: string): number[] {
  const lead = word.match(/^[\s([{“‘„‚«‹"'¿¡]+/u)?.[0].length ?? 0;
  const core = stripPunctuation(word);
  const start = word.indexOf(core, lead);
  if (core.length < MIN_BROKEN_ADDRESS || start < 0) return [];
  const end = start + core.length;
  const out: number[] = [];
  for (let i = start + 1; i < end; i++) {
    const ch = word.charAt(i);
    const prev = word.charAt(i - 1);
    let at = -1;
    if (BREAK_BEFORE.has(ch) && !BREAK_BEFORE.has(prev) && prev !== '/' && prev !== ':') at = i;
    else if (prev === '/' && ch !== '/') at = i;
    if (at < 0 || at - start < MIN_ADDRESS_PART || end - at < MIN_ADDRESS_PART) continue;
    // `https://` or `www` alone at a line end says nothing: the name after it comes with it
    if (/^(?:[a-z]+:\/\/)?(?:www)?$/i.test(word.slice(start, at))) continue;
    out.push(at);
  }
  return out;
}

/** A letter run that starts with a capital, right before index `i` (the `Knokke` of `Knokke-Heist`). */
const CAPITALISED_BEFORE = /(?:^|[^\p{L}])\p{Lu}\p{L}*$/u;

/**
 * Break opportunities a word carries itself: after a hyphen between letters (`e-mailadres` is not broken before 2 letters),
 * after an en or em dash inside a word (`Oostende–Brugge`). Indices are positions after the character.
 */
export function ownBreaks(word: string): Array<{ at: number; kind: BreakKind }> {
  if (isAddress(word) || isNumeric(word)) return [];
  const out: Array<{ at: number; kind: BreakKind }> = [];
  for (let i = 1; i < word.length - 1; i++) {
    const ch = word.charAt(i);
    if (ch === '-' || ch === '\u2010') {
      const before = word.slice(0, i).match(/[\p{L}\d]+$/u)?.[0] ?? '';
      const after = word.slice(i + 1).match(/^\p{L}+/u)?.[0] ?? '';
      // a hyphenated name (Knokke-Heist, West-Vlaanderen, Noord-West-Vlaanderen) stays whole
      const name = /^\p{Lu}/u.test(after) && CAPITALISED_BEFORE.test(word.slice(0, i));
      if (before.length >= 2 && after.length >= 2 && !name) out.push({ at: i + 1, kind: 'explicit' });
    } else if (ch === '\u2013' || ch === '\u2014') {
      if (/[\p{L}\d]/u.test(word.charAt(i - 1)) && /[\p{L}\d]/u.test(word.charAt(i + 1))) out.push({ at: i + 1, kind: 'dash' });
    }
  }
  return out;
}

export type PointKind = 'hyphen' | 'explicit' | 'dash' | 'zwsp' | 'address';

export interface WordPoints {
  /** A web or e-mail address: no soft hyphens either, only its own break points. */
  address: boolean;
  points: Array<[number, PointKind]>;
}

/**
 * Words seen with a hyphenator. Each region has its own (it leaves the region's proper names whole), so a word is found
 * again only within a region's jobs; the paragraphs every region shares are broken once (layoutEnv), and the flyers and
 * brochures of 63 regions look up ~4 800 different words here: the bound holds many regions' worth, not a province's.
 */
const wordPointsMemo = memoTable<WordPoints>('layout.wordPoints', 20_000);
const NO_HYPHENATOR = memoKey([undefined]);

/** A word's own break points (hyphens, dashes, an address's punctuation) and the hyphenator's, kept per hyphenator. */
export function wordPoints(word: string, hyphenator: Hyphenator | undefined): WordPoints {
  return wordPointsMemo.get((hyphenator ? memoKey([hyphenator]) : NO_HYPHENATOR) + word, () => findWordPoints(word, hyphenator));
}

function findWordPoints(word: string, hyphenator: Hyphenator | undefined): WordPoints {
  if (isAddress(word)) return { address: true, points: addressBreaks(word).map((at) => [at, 'address']) };
  const points = new Map<number, PointKind>();
  for (const b of ownBreaks(word)) points.set(b.at, b.kind);
  if (hyphenator && mayHyphenate(word)) for (const at of hyphenator(word)) if (!points.has(at)) points.set(at, 'hyphen');
  return { address: false, points: [...points].filter(([at]) => at > 0 && at < word.length).sort((a, b) => a[0] - b[0]) };
}
