// Items + chosen breaks → lines of merged, positioned fragments (alignment, justification, added hyphens).
import type { Direction } from './types.js';
import type { Measurer } from '../vocabulary/measurer.js';
import type { FontRole, TextStyle } from '../vocabulary/theme.js';
import type { FieldRef } from '../vocabulary/position.js';
import { visualSegments } from './bidi.js';
import type { Item, RunInfo } from './textItems.js';

export interface LineFragment {
  text: string;
  font: FontRole;
  size: number;
  color: string;
  /** Relative to the left edge of the text column, alignment and justification applied. */
  x: number;
  /** Width as painted: the measured text, plus `wordSpacing` for each of its spaces, plus tracking. */
  width: number;
  href?: string;
  field?: FieldRef;
  /** Letter spacing in points after every character (the style's tracking × scale), only when not 0; included in `width`. Becomes `TextItem.tracking` (pdfkit's `characterSpacing`). */
  characterSpacing?: number;
  /** Set on right-to-left runs (odd bidi level): the text in logical order (`text` is reversed and mirrored when it has no Arabic letters). */
  logical?: string;
  /** The fragment ends in a hyphen added at a hyphenation point, not in the content (the tagged edition makes it an artifact). */
  hyphen?: true;
  /**
   * The line breaks at a space right after this fragment (the line's last in reading order): the space is content, so the
   * painter writes it after the glyphs (taking no room), or the last word of a line and the first of the next read as one.
   */
  spaceAfter?: true;
}

export interface Line {
  fragments: LineFragment[];
  /** Natural width: without the justification's extra word spacing. */
  width: number;
  /** Extra space per space character (U+0020, U+00A0) for justified lines; 0 otherwise. */
  wordSpacing: number;
  /** The line ends in a hyphen: one added at a hyphenation point, or a word's own hyphen (`e-` | `mailadres`). */
  hyphenated: boolean;
}

export interface AssembleOptions {
  size: number;
  tracking: number;
  color: string;
  align: TextStyle['align'];
  indent: number;
  width: number;
  measurer: Measurer;
  /**
   * The paragraph's base direction, set when it needs the bidi algorithm: each line's fragments are put in visual order
   * (a paragraph without right-to-left characters is left to right, also in an Arabic document).
   */
  direction?: Direction;
  /** The page is mirrored afterwards (a right-to-left document): fragments go in reversed visual order. */
  mirror?: boolean;
}

/** Spaces that get the justification's extra spacing (the painter's word spacing): every \s run but the narrow no-break space of French punctuation, which stays narrow. */
const SPACES = /[^\S\u202F]+/g;

export function assembleLines(items: Item[], breaks: number[], runs: RunInfo[], opts: AssembleOptions): Line[] {
  const lines: Line[] = [];
  let start = 0;
  breaks.forEach((b, index) => {
    const isLast = index === breaks.length - 1;
    const first = index === 0;
    const pieces: Piece[] = [];
    for (let i = start; i < b; i++) {
      // biome-ignore lint/style/noNonNullAssertion: i < b, and no break is past items.length (the paragraph end)
      const item = items[i]!;
      if (item.kind !== 'penalty') pieces.push({ text: item.text, run: item.run, width: item.width, space: item.kind === 'glue' });
    }
    while (pieces[pieces.length - 1]?.space && pieces[pieces.length - 1]?.text === ' ') pieces.pop();
    const breakItem = items[b];
    const addedHyphen = breakItem?.kind === 'penalty' && breakItem.hyphen;
    if (addedHyphen) pieces.push({ text: '-', run: breakItem.run, width: breakItem.width, space: false });
    const lastText = pieces[pieces.length - 1]?.text ?? '';
    const hyphenated = addedHyphen || (breakItem?.kind === 'penalty' && /[-\u2010]$/.test(lastText));
    // a word split over two lines: measure each part as a whole (kerning), the hyphen included
    if (items[start - 1]?.kind === 'penalty') remeasureWord(pieces, 0, opts, runs);
    if (breakItem?.kind === 'penalty') remeasureWord(pieces, pieces.length - 1, opts, runs);

    // merge pieces of the same font, link and field into fragments; widths are the sums of the measured pieces
    const measured: Array<{ text: string; run: number; natural: number; spaces: number; logical?: string }> = [];
    for (const piece of pieces) {
      const last = measured[measured.length - 1];
      // biome-ignore lint/style/noNonNullAssertion: an item's run is the index of its inline, and runs has one per inline
      if (last && sameKind(runs[last.run]!, runs[piece.run]!)) {
        last.text += piece.text;
        last.natural += piece.width;
      } else measured.push({ text: piece.text, run: piece.run, natural: piece.width, spaces: 0 });
    }
    for (const m of measured) m.spaces = m.text.match(SPACES)?.length ?? 0;
    if (opts.direction) {
      const visual = visualSegments(
        measured.map((m) => ({ text: m.text, source: m })),
        opts.direction,
      ).map((s) => ({
        text: s.text,
        run: s.source.run,
        // biome-ignore lint/style/noNonNullAssertion: an item's run is the index of its inline, and runs has one per inline
        natural: s.text === s.source.text ? s.source.natural : opts.measurer.width(s.text, runs[s.source.run]!.font, opts.size) + opts.tracking * Array.from(s.text).length,
        spaces: s.text.match(SPACES)?.length ?? 0,
        // a right-to-left segment: what it reads as, for the PDF's ActualText (its glyphs come out in visual order)
        ...(s.level & 1 ? { logical: s.logical } : {}),
      }));
      if (opts.mirror) visual.reverse();
      measured.splice(0, measured.length, ...visual);
    }
    const natural = measured.reduce((a, m) => a + m.natural, 0);
    const spaces = measured.reduce((a, m) => a + m.spaces, 0);
    const indent = first ? opts.indent : 0;
    const avail = opts.width - indent;
    const slack = avail - natural;
    let offset = indent;
    let wordSpacing = 0;
    if (slack >= 0 || opts.align === 'justify') {
      if (opts.align === 'right') offset += slack;
      else if (opts.align === 'center') offset += slack / 2;
      else if (opts.align === 'justify' && (!isLast || slack < 0) && spaces > 0) wordSpacing = slack / spaces;
    }
    if (wordSpacing < 0) {
      // shrinking: only as far as the breaker allows (a third of a space); an overfull line beyond that is left as it is
      const head = measured[0];
      if (head === undefined) throw new Error('a line with spaces to shrink has a fragment');
      // biome-ignore lint/style/noNonNullAssertion: an item's run is the index of its inline, and runs has one per inline
      const space = opts.measurer.width(' ', runs[head.run]!.font, opts.size);
      if (-wordSpacing > space / 3 + 1e-3) wordSpacing = 0;
    }

    let x = offset;
    const fragments: LineFragment[] = measured.map((m) => {
      // biome-ignore lint/style/noNonNullAssertion: an item's run is the index of its inline, and runs has one per inline
      const run = runs[m.run]!;
      const width = m.natural + wordSpacing * m.spaces;
      const fragment: LineFragment = { text: m.text, font: run.font, size: opts.size, color: opts.color, x, width };
      if (run.href !== undefined) fragment.href = run.href;
      if (run.field !== undefined) fragment.field = run.field;
      if (opts.tracking) fragment.characterSpacing = opts.tracking;
      if (m.logical !== undefined) fragment.logical = m.logical;
      x += width;
      return fragment;
    });
    // mirrored left-to-right text: x was given right to left; the items go in logical order (the tagged reading order)
    if (opts.mirror && opts.direction === 'ltr') fragments.reverse();
    if (addedHyphen) {
      // the hyphen ends the line's last word in reading order: the last fragment, or the first of a mirrored left-to-right line
      const order = opts.mirror && opts.direction === 'ltr' ? fragments : [...fragments].reverse();
      const last = order.find((f) => f.text.endsWith('-'));
      if (last) last.hyphen = true;
    }
    // a break at a space (glue), not at a hyphenation point, a word's own hyphen or dash, a zero-width space or inside an
    // address: the line's last fragment in reading order carries the space. Right-to-left lines (visual order) are left out
    if (breakItem?.kind === 'glue' && !isLast && (!opts.direction || (opts.mirror && opts.direction === 'ltr'))) {
      const last = fragments[fragments.length - 1];
      if (last && last.logical === undefined) last.spaceAfter = true;
    }
    lines.push({ fragments, width: natural, wordSpacing, hyphenated });
    start = b + 1;
  });
  return lines;
}

interface Piece {
  text: string;
  run: number;
  width: number;
  space: boolean;
}

/** Replaces the widths of the word around `at` (the pieces between spaces, in one run) by one measurement of the whole. */
function remeasureWord(pieces: Piece[], at: number, opts: AssembleOptions, runs: RunInfo[]): void {
  const piece = pieces[at];
  if (piece === undefined || piece.space) return;
  const run = piece.run;
  let from = at;
  let to = at;
  // biome-ignore lint/style/noNonNullAssertion: from > 0
  while (from > 0 && !pieces[from - 1]!.space && pieces[from - 1]!.run === run) from--;
  // biome-ignore lint/style/noNonNullAssertion: to < pieces.length - 1
  while (to < pieces.length - 1 && !pieces[to + 1]!.space && pieces[to + 1]!.run === run) to++;
  if (from === to) return measureOne(piece, opts, runs);
  const text = pieces
    .slice(from, to + 1)
    .map((p) => p.text)
    .join('');
  const word: Piece = { text, run, width: 0, space: false };
  pieces.splice(from, to - from + 1, word);
  measureOne(word, opts, runs);
}

function measureOne(piece: Piece, opts: AssembleOptions, runs: RunInfo[]): void {
  // biome-ignore lint/style/noNonNullAssertion: an item's run is the index of its inline, and runs has one per inline
  piece.width = opts.measurer.width(piece.text, runs[piece.run]!.font, opts.size) + opts.tracking * Array.from(piece.text).length;
}

function sameKind(a: RunInfo, b: RunInfo): boolean {
  return a.font === b.font && a.href === b.href && fieldKey(a) === fieldKey(b);
}

function fieldKey(run: RunInfo): string {
  const f = run.field;
  return f ? `${f.path}@${f.file}:${f.line}:${f.column}` : '';
}
