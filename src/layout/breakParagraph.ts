// Inline runs + paragraph style + column width → lines of positioned text fragments (total-fit line breaking) and the glyphs the fonts lack.
import type { Inline } from '../model/types.js';
import type { FieldRef } from '../vocabulary/position.js';
import type { Direction, Hyphenator } from './types.js';
import type { Measurer } from '../vocabulary/measurer.js';
import type { FontRole, TextStyle } from '../vocabulary/theme.js';
import { hasRtl, splitScripts } from './bidi.js';
import { buildItems, fontFor, type Item, type RunInfo } from './textItems.js';
import { totalFit, type FitOptions } from './knuthPlass.js';
import { greedyFit } from './greedyFit.js';
import { assembleLines, type Line } from './assembleLines.js';

export interface MissingGlyph {
  char: string;
  field?: FieldRef;
  font: FontRole;
}

export interface BreakOptions {
  width: number;
  style: TextStyle;
  /** Copy-fit factor applied to size (and tracking); leading stays the caller's job. */
  scale?: number;
  measurer: Measurer;
  hyphenator?: Hyphenator;
  align?: TextStyle['align'];
  firstLineIndent?: number;
  /** Default 2. */
  maxConsecutiveHyphens?: number;
  /** Paragraph direction (default ltr). RTL lines come out in mirrored visual order: layout mirrors the page afterwards. */
  direction?: Direction;
}

/** Badness accepted in the first pass of justified text (TeX's tolerance is 200; ratio ≈ 1.6). */
const TOLERANCE = 400;
/** Ragged-right line-end stretch, in ems. */
const RAGGED_STRETCH_EM = 3;
/** Line-end stretch of a justified line that has no spaces to stretch, in ems. */
const LONE_WORD_STRETCH_EM = 1;

export function breakParagraph(given: Inline[], opts: BreakOptions): { lines: Line[]; missing: MissingGlyph[] } {
  const { style, measurer } = opts;
  const direction = opts.direction ?? 'ltr';
  // runs of Arabic script take the Arabic font; everything else keeps the run's own font
  const split = splitScripts(
    given,
    given.map((i) => fontFor(style.font, i.bold, i.italic)),
    measurer,
  );
  const inlines = split.inlines;
  const scale = opts.scale ?? 1;
  const size = style.size * scale;
  const tracking = (style.tracking ?? 0) * scale;
  const align = opts.align ?? style.align;
  const indent = opts.firstLineIndent ?? 0;
  const runs: RunInfo[] = inlines.map((inline, i) => {
    const font = split.fonts[i];
    if (font === undefined) throw new Error('splitScripts returns a font for every inline');
    return { font, href: inline.href, field: inline.field, nobreak: inline.nobreak ?? false };
  });

  const missing = missingGlyphs(inlines, runs, style.uppercase, measurer);
  const rtlText = inlines.some((i) => hasRtl(i.text));
  const bidi = direction === 'rtl' || rtlText;
  // in right-to-left text with Latin runs, a Latin run (a name, a phone number, an address) is never broken inside
  const keepLtrRuns = direction === 'rtl' && rtlText;
  const items = buildItems(inlines, runs, { style, size, tracking, measurer, hyphenator: opts.hyphenator, keepLtrRuns, sparing: align !== 'justify' });
  if (!items.some((item) => item.kind === 'box')) return { lines: [], missing };

  const fit: FitOptions = {
    width: opts.width,
    firstWidth: opts.width - indent,
    justify: align === 'justify',
    raggedStretch: RAGGED_STRETCH_EM * size,
    loneWordStretch: LONE_WORD_STRETCH_EM * size,
    maxConsecutiveHyphens: opts.maxConsecutiveHyphens ?? 2,
  };
  const breaks = chooseBreaks(items, fit);
  const lines = assembleLines(items, breaks, runs, {
    size,
    tracking,
    color: style.color,
    align,
    indent,
    width: opts.width,
    measurer,
    ...(bidi ? { direction: rtlText ? direction : 'ltr', mirror: direction === 'rtl' } : {}),
  });
  return { lines, missing };
}

function chooseBreaks(items: Item[], fit: FitOptions): number[] {
  return totalFit(items, fit, fit.justify ? TOLERANCE : Infinity) ?? totalFit(items, fit, Infinity, true) ?? greedyFit(items, fit);
}

function missingGlyphs(inlines: Inline[], runs: RunInfo[], uppercase: boolean, measurer: Measurer): MissingGlyph[] {
  const seen = new Set<string>();
  const out: MissingGlyph[] = [];
  inlines.forEach((inline, i) => {
    const run = runs[i];
    if (run === undefined) throw new Error('runs has one run per inline');
    let text = inline.text.replace(/[\u00AD\u200B\t\n\r\f\v]/g, '');
    if (uppercase) text = text.toUpperCase();
    if (!text) return;
    const field = run.field;
    const fieldKey = field ? `${field.path}@${field.file}:${field.line}:${field.column}` : '';
    for (const char of measurer.missingGlyphs(text, run.font)) {
      const key = `${char}\u0000${fieldKey}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(field ? { char, field, font: run.font } : { char, font: run.font });
    }
  });
  return out;
}
