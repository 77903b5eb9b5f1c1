// Inline runs + paragraph style → a measured box/glue/penalty list (Knuth–Plass items) with the font, link and field of every piece.
import type { Inline } from '../model/types.js';
import type { FieldRef } from '../vocabulary/position.js';
import type { Hyphenator } from './types.js';
import type { Measurer } from '../vocabulary/measurer.js';
import type { FontRole, TextStyle } from '../vocabulary/theme.js';
import { wordPoints, type PointKind, type WordPoints } from './wordRules.js';
import { NO_BREAK_SPACES, tokenize, type Piece, type Token } from './tokenize.js';

export interface RunInfo {
  font: FontRole;
  href?: string;
  field?: FieldRef;
  nobreak: boolean;
}

/** Text that is never broken inside (a word, or the part of one between break points). */
export interface BoxItem {
  kind: 'box';
  text: string;
  run: number;
  width: number;
}

/** A space: breakable, or not (NBSP, spaces inside a nobreak run, the space before a lone dash). */
export interface GlueItem {
  kind: 'glue';
  text: string;
  run: number;
  width: number;
  breakable: boolean;
}

/** A possible break inside a word; `hyphen` = a hyphen is added when the line breaks here (its width is `width`). */
export interface PenaltyItem {
  kind: 'penalty';
  width: number;
  penalty: number;
  flagged: boolean;
  hyphen: boolean;
  run: number;
}

export type Item = BoxItem | GlueItem | PenaltyItem;

/** Penalty of a break at a hyphenation point, after a word's own hyphen or dash, at a zero-width space, inside an address. */
const PENALTIES: Record<PointKind, number> = { hyphen: 50, explicit: 50, dash: 50, zwsp: 0, address: 100 };

export interface ItemOptions {
  style: TextStyle;
  size: number;
  tracking: number;
  measurer: Measurer;
  hyphenator?: Hyphenator;
  /** No break between two words that end and start with a Latin letter or digit (Latin runs in right-to-left text). */
  keepLtrRuns?: boolean;
  /**
   * Ragged text hyphenates sparingly: only words of SPARING_WORD letters or more, with SPARING_SIDE on each side of the
   * hyphen, at a higher penalty (more so when a side has just SPARING_SIDE letters: school-uitval before schooluit-val).
   * Soft hyphens typed in the content are the author's choice and stay as they are.
   */
  sparing?: boolean;
}

export const SPARING_WORD = 7;
export const SPARING_SIDE = 3;
const SPARING_PENALTY = 150;
const SHORT_SIDE_PENALTY = 100;

/** Letters before and after `at` in the run of letters around it. */
function sides(word: string, at: number): [number, number] {
  const before = word.slice(0, at).match(/[\p{L}\p{M}]*$/u)?.[0] ?? '';
  const after = word.slice(at).match(/^[\p{L}\p{M}]*/u)?.[0] ?? '';
  return [Array.from(before).length, Array.from(after).length];
}

/** The hyphenator's points of a word, as ragged text may use them: [at, kind, penalty]. */
function sparingPoints(word: string, points: Array<[number, PointKind]>, sparing: boolean): Array<[number, PointKind, number]> {
  const out: Array<[number, PointKind, number]> = [];
  for (const [at, kind] of points) {
    if (!sparing || kind !== 'hyphen') {
      out.push([at, kind, PENALTIES[kind]]);
      continue;
    }
    const [left, right] = sides(word, at);
    if (left + right < SPARING_WORD || left < SPARING_SIDE || right < SPARING_SIDE) continue;
    out.push([at, kind, SPARING_PENALTY + (Math.min(left, right) <= SPARING_SIDE ? SHORT_SIDE_PENALTY : 0)]);
  }
  return out;
}

const LTR_END = /[\p{Script=Latin}\d][^\p{L}\d]*$/u;
const LTR_START = /^[^\p{L}\d]*[\p{Script=Latin}\d]/u;

const SOFT_HYPHEN = '\u00AD';
const ZERO_WIDTH_SPACE = '\u200B';
const LONE_DASH = /^[\u2013\u2014-]$/;
const INVISIBLE_BREAKS = /[\u00AD\u200B]/;

export function fontFor(base: FontRole, bold: boolean, italic: boolean): FontRole {
  if (base === 'display') return 'display';
  if (base === 'boldItalic') return 'boldItalic';
  if (bold && italic) return 'boldItalic';
  if (base === 'bold' || base === 'semibold') return italic ? 'boldItalic' : bold ? 'bold' : base;
  if (base === 'italic') return bold ? 'boldItalic' : 'italic';
  return bold ? 'bold' : italic ? 'italic' : 'regular';
}

export function buildItems(inlines: Inline[], runs: RunInfo[], opts: ItemOptions): Item[] {
  const { style, size, tracking, measurer, hyphenator } = opts;
  const caseOf = (text: string): string => (style.uppercase ? text.toUpperCase() : text);
  // biome-ignore lint/style/noNonNullAssertion: a piece's run is the index of its inline, and runs has one per inline
  const measure = (text: string, run: number): number => measurer.width(text, runs[run]!.font, size) + (tracking ? tracking * Array.from(text).length : 0);

  const items: Item[] = [];
  const tokens = tokenize(inlines);

  tokens.forEach((token, t) => {
    if (token.kind === 'space') {
      const prev = tokens[t - 1] as Extract<Token, { kind: 'word' }>;
      const next = tokens[t + 1] as Extract<Token, { kind: 'word' }>;
      // biome-ignore lint/style/noNonNullAssertion: tokenize puts a space only between two words, and a word has a piece
      const before = prev.pieces[prev.pieces.length - 1]!;
      // biome-ignore lint/style/noNonNullAssertion: tokenize puts a space only between two words, and a word has a piece
      const after = next.pieces[0]!;
      // biome-ignore lint/style/noNonNullAssertion: a piece's run is the index of its inline, and runs has one per inline
      const insideNobreak = before.run === after.run && runs[before.run]!.nobreak;
      const beforeDash = next.pieces.length === 1 && LONE_DASH.test(after.text);
      const insideLtr = opts.keepLtrRuns === true && LTR_END.test(before.text) && LTR_START.test(after.text);
      items.push({
        kind: 'glue',
        text: token.text,
        run: before.run,
        width: measure(caseOf(token.text), before.run),
        breakable: !NO_BREAK_SPACES.test(token.text) && !insideNobreak && !beforeDash && !insideLtr,
      });
      return;
    }
    wordItems(token.pieces);
  });
  return items;

  /** The common case: a word of one run, without soft hyphens: its boxes and penalties straight from the cached points. */
  function simpleWord(word: string, run: number, own: WordPoints): void {
    const text = caseOf(word);
    if (own.points.length === 0) {
      items.push({ kind: 'box', text, run, width: measure(text, run) });
      return;
    }
    const first = items.length;
    let start = 0;
    let sum = 0;
    for (const [at, kind, penalty] of sparingPoints(word, own.points, opts.sparing === true)) {
      const box: BoxItem = { kind: 'box', text: caseOf(word.slice(start, at)), run, width: 0 };
      sum += box.width = measure(box.text, run);
      items.push(box);
      const hyphen = kind === 'hyphen';
      items.push({ kind: 'penalty', width: hyphen ? measure('-', run) : 0, penalty, flagged: hyphen || kind === 'explicit', hyphen, run });
      start = at;
    }
    const last: BoxItem = { kind: 'box', text: caseOf(word.slice(start)), run, width: 0 };
    sum += last.width = measure(last.text, run);
    items.push(last);
    const whole = measure(text, run);
    if (sum > 0 && whole !== sum) {
      for (let i = first; i < items.length; i++) {
        // biome-ignore lint/style/noNonNullAssertion: i < items.length
        const item = items[i]!;
        if (item.kind === 'box') item.width += ((whole - sum) * item.width) / sum;
      }
    }
  }

  function wordItems(rawPieces: Piece[]): void {
    // strip soft hyphens and zero-width spaces, remembering where they were
    let pieces = rawPieces;
    // biome-ignore lint/style/noNonNullAssertion: rawPieces.length === 1
    let word = rawPieces.length === 1 ? rawPieces[0]!.text : rawPieces.map((p) => p.text).join('');
    const points = new Map<number, PointKind>();
    let hasSoftHyphens = false;
    if (INVISIBLE_BREAKS.test(word)) {
      pieces = [];
      word = '';
      for (const raw of rawPieces) {
        let text = '';
        for (const ch of raw.text) {
          if (ch === SOFT_HYPHEN || ch === ZERO_WIDTH_SPACE) {
            points.set(word.length + text.length, ch === SOFT_HYPHEN ? 'hyphen' : 'zwsp');
            hasSoftHyphens ||= ch === SOFT_HYPHEN;
          } else text += ch;
        }
        if (text) pieces.push({ run: raw.run, text });
        word += text;
      }
      if (!word) return;
      for (const at of [...points.keys()]) if (at <= 0 || at >= word.length) points.delete(at);
    }
    const own = wordPoints(word, style.hyphenate && !hasSoftHyphens ? hyphenator : undefined);
    // biome-ignore lint/style/noNonNullAssertion: pieces.length === 1, and a piece's run is the index of its inline in runs
    if (pieces.length === 1 && points.size === 0 && !runs[pieces[0]!.run]!.nobreak) return simpleWord(word, pieces[0]!.run, own);
    if (own.address) for (const [at, kind] of points) if (kind !== 'zwsp') points.delete(at);
    const penalties = new Map<number, number>();
    for (const [at, kind, penalty] of sparingPoints(word, own.points, opts.sparing === true)) {
      if (points.has(at)) continue;
      points.set(at, kind);
      penalties.set(at, penalty);
    }

    // piece boundaries; no break next to a nobreak piece
    const ends: number[] = [];
    let offset = 0;
    for (const piece of pieces) ends.push((offset += piece.text.length));
    // biome-ignore lint/style/noNonNullAssertion: every pos is below word.length, the last of ends
    const runAt = (pos: number): number => pieces[ends.findIndex((e) => pos < e)]!.run;
    // biome-ignore lint/style/noNonNullAssertion: a piece's run is the index of its inline, and runs has one per inline
    if (pieces.some((p) => runs[p.run]!.nobreak)) {
      // biome-ignore lint/style/noNonNullAssertion: a piece's run is the index of its inline, and runs has one per inline
      for (const at of [...points.keys()]) if (runs[runAt(at - 1)]!.nobreak || runs[runAt(at)]!.nobreak) points.delete(at);
    }
    const cuts = points.size === 0 && pieces.length === 1 ? [word.length] : [...new Set([...ends, ...points.keys()])].sort((a, b) => a - b);

    // segments, measured one by one; per piece the difference to the whole piece (kerning) is spread over its segments
    let start = 0;
    let pieceStart = 0;
    let segs: BoxItem[] = [];
    for (const cut of cuts) {
      const run = runAt(start);
      const text = caseOf(word.slice(start, cut));
      const box: BoxItem = { kind: 'box', text, run, width: measure(text, run) };
      segs.push(box);
      items.push(box);
      const kind = points.get(cut);
      if (kind) {
        const hyphen = kind === 'hyphen';
        items.push({ kind: 'penalty', width: hyphen ? measure('-', run) : 0, penalty: penalties.get(cut) ?? PENALTIES[kind], flagged: hyphen || kind === 'explicit', hyphen, run });
      }
      if (ends.includes(cut)) {
        if (segs.length > 1) {
          const whole = measure(caseOf(word.slice(pieceStart, cut)), run);
          const sum = segs.reduce((a, seg) => a + seg.width, 0);
          if (sum > 0) for (const seg of segs) seg.width += ((whole - sum) * seg.width) / sum;
        }
        segs = [];
        pieceStart = cut;
      }
      start = cut;
    }
  }
}
