// Language code → a Hyphenator: Liang pattern hyphenation points (from the `hyphen` package) per word, memoised, with min-length rules.
import { createRequire } from 'node:module';
import type { Hyphenator } from './types.js';
import { memoKey, memoTable } from '../world/memo.js';

export interface HyphenatorOptions {
  /** Letter runs shorter than this are never hyphenated (default 6). */
  minWordLength?: number;
  /** Letters that must stay before a hyphen (default 2). */
  minLeft?: number;
  /** Letters that must go after a hyphen (default 3). */
  minRight?: number;
}

/** The part of a `hyphen/<lang>` module used here (the package ships no types). */
interface HyphenModule {
  hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string;
}

/** Language (BCP 47 tag, lower case) → the `hyphen` module with its patterns. First full tag, then the primary subtag. */
const PATTERN_MODULES: Record<string, string> = {
  nl: 'hyphen/nl/index.js',
  fr: 'hyphen/fr/index.js',
  en: 'hyphen/en-gb/index.js',
  'en-gb': 'hyphen/en-gb/index.js',
  'en-us': 'hyphen/en-us/index.js',
  de: 'hyphen/de-1996/index.js',
};

const requireModule = createRequire(import.meta.url);

/**
 * Points per pattern module, options and word. Keyed by what decides them, not by the hyphenator, so the hyphenators of a
 * World and of the next (watch) share them; the flyers and brochures of a province in four languages ask for ~1 600 words.
 */
const hyphenationPoints = memoTable<number[]>('layout.hyphenationPoints', 20_000);

const MARK = '\u00AD';
/** A letter, with the combining marks that may follow it. */
const LETTER_RUN = /[\p{L}\p{M}]+/gu;

function patternsFor(lang: string): { spec: string; mod: HyphenModule } | undefined {
  const tag = lang.trim().toLowerCase().replace(/_/g, '-');
  const spec = PATTERN_MODULES[tag] ?? PATTERN_MODULES[tag.split('-')[0] ?? ''];
  // require keeps the modules it loaded: the patterns are read once per thread
  return spec ? { spec, mod: requireModule(spec) as HyphenModule } : undefined;
}

/** The hyphenator for `lang`, or undefined when there are no patterns for it (e.g. 'ar'). */
export function createHyphenator(lang: string, opts: HyphenatorOptions = {}): Hyphenator | undefined {
  const patterns = patternsFor(lang);
  if (!patterns) return undefined;
  const { spec, mod } = patterns;
  const minWordLength = opts.minWordLength ?? 6;
  const minLeft = Math.max(1, opts.minLeft ?? 2);
  const minRight = Math.max(1, opts.minRight ?? 3);
  const keyPrefix = memoKey([spec, minWordLength, minLeft, minRight]);

  /** Points inside one run of letters, relative to its start. */
  function pointsOfRun(run: string): number[] {
    if (Array.from(run).length < minWordLength) return [];
    const marked = mod.hyphenateSync(run, { hyphenChar: MARK, minWordLength: 1 });
    const points: number[] = [];
    let index = 0;
    for (const ch of marked) {
      if (ch === MARK) points.push(index);
      else index += ch.length;
    }
    if (index !== run.length) return []; // the library changed the word: trust nothing
    const letters = Array.from(run);
    // min-left / min-right count letters (code points), not UTF-16 units
    return points.filter((p) => {
      const before = Array.from(run.slice(0, p)).length;
      return before >= minLeft && letters.length - before >= minRight;
    });
  }

  return (word: string): number[] =>
    hyphenationPoints.get(keyPrefix + word, () => {
      const points: number[] = [];
      for (const match of word.matchAll(LETTER_RUN)) {
        for (const p of pointsOfRun(match[0])) points.push(match.index + p);
      }
      return points;
    });
}
