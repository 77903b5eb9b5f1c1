// Parsed pages → an error for white text under 12 pt that is not bold and 8 pt or more, or that is knocked out of a background of more than two inks.
import { coded } from '../../messages/coded.js';
import { fmt1, overlaps, position } from '../geometry.js';
import { colourLabel, FILLS_TEXT, inksOf, isPaperWhite } from '../inks.js';
import type { Box, Check, Finding, Mark, PathMark, TextMark } from '../types.js';
import { SINGLE_INK_TEXT_PT } from './smallTextInks.js';

const MIN_REVERSED_PT = 8;
const MAX_BACKGROUND_INKS = 2;
/** Weight 600 and up: semibold, bold, extra bold, black. */
const BOLD = /(semi|demi|extra|ultra)?bold|black|heavy/i;
/** Rounding slack when a background's box must hold the text's, in pt. */
const SLACK = 0.5;

const holds = (outer: Box, inner: Box): boolean => outer.x0 <= inner.x0 + SLACK && outer.y0 <= inner.y0 + SLACK && outer.x1 >= inner.x1 - SLACK && outer.y1 >= inner.y1 - SLACK;

/** The filled path painted last before the text under all of it (an image there: unknown, undefined). */
function background(marks: readonly Mark[], index: number, text: TextMark): PathMark | undefined {
  for (let i = index - 1; i >= 0; i--) {
    const m = marks[i];
    if (!m) continue;
    if (m.kind === 'image' && holds(m.box, text.box)) return undefined;
    if (m.kind === 'path' && m.fill && holds(m.box, text.box)) return m;
  }
  return undefined;
}

export const reversedText: Check = {
  id: 'reversed-text',
  editions: ['print'],
  run(pdf) {
    const findings: Finding[] = [];
    for (const page of pdf.pages) {
      page.marks.forEach((mark, i) => {
        if (mark.kind !== 'text' || mark.size >= SINGLE_INK_TEXT_PT || !FILLS_TEXT.has(mark.renderMode)) return;
        if (!isPaperWhite(mark.fill) || !overlaps(mark.box, page.trim)) return;
        const behind = background(page.marks, i, mark);
        const inks = behind?.fill ? inksOf(behind.fill) : undefined;
        // white on white is no reversed text (and not this check's to find)
        if (!behind?.fill || !inks || inks.length === 0) return;
        const at = { page: page.number, ...position(mark.box, page.trim) };
        const tooMany = inks.length > MAX_BACKGROUND_INKS;
        const small = mark.size < MIN_REVERSED_PT - 0.025;
        const light = small ? 'small' : !BOLD.test(mark.fontName) ? 'notBold' : undefined;
        if (!tooMany && !light) return;
        findings.push({
          severity: 'error',
          check: 'reversed-text',
          ...at,
          ...coded('preflight.reversedText', {
            text: mark.text.slice(0, 30),
            size: fmt1(mark.size),
            font: mark.fontName,
            inks: tooMany ? inks.length : undefined,
            light,
            colour: colourLabel(behind.fill),
            limit: SINGLE_INK_TEXT_PT,
            min: MIN_REVERSED_PT,
            max: MAX_BACKGROUND_INKS,
          }),
        });
      });
    }
    return findings;
  },
};
