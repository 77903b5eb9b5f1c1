// Parsed pages → an error for a CMYK colour above the total-ink limit (a thin line in rich black, as in any colour of several inks, is thin-line-inks's).
import { FILLS_TEXT, STROKES_TEXT } from '../inks.js';
import { coded } from '../../messages/coded.js';
import { overlaps, position } from '../geometry.js';
import type { Check, Colour, Finding, Mark } from '../types.js';

const pct = (v: number) => Math.round(v * 100);
export const cmykLabel = (values: readonly number[]): string => ['C', 'M', 'Y', 'K'].map((ink, i) => `${ink}${pct(values[i] ?? 0)}`).join(' ');

const isCmyk = (c: Colour | undefined): c is Colour => !!c && c.space.cmyk && c.values.length === 4;

/** The colours a mark paints, named for messages (without the text, so one colour is one finding per page). */
function colours(mark: Mark): { what: string; colour: Colour | undefined }[] {
  if (mark.kind === 'path')
    return [
      { what: 'fill', colour: mark.fill },
      { what: 'stroke', colour: mark.stroke },
    ];
  if (mark.kind !== 'text') return [];
  return [
    { what: 'textFill', colour: FILLS_TEXT.has(mark.renderMode) ? mark.fill : undefined },
    { what: 'textOutline', colour: STROKES_TEXT.has(mark.renderMode) ? mark.stroke : undefined },
  ];
}

export const inkCoverage: Check = {
  id: 'total-ink',
  editions: ['print'],
  run(pdf, opts) {
    const findings: Finding[] = [];
    for (const page of pdf.pages) {
      for (const mark of page.marks) {
        // Marks wholly outside the trim (crop marks in registration colour, slug text) are cut off.
        if (mark.kind !== 'path' && mark.kind !== 'text') continue;
        if (!overlaps(mark.box, page.trim)) continue;
        const at = { page: page.number, ...position(mark.box, page.trim) };
        for (const { what, colour } of colours(mark)) {
          if (!isCmyk(colour)) continue;
          const total = pct(colour.values.reduce((sum, v) => sum + v, 0));
          if (total > opts.maxInk) {
            findings.push({ severity: 'error', check: 'total-ink', ...at, ...coded('preflight.totalInk', { what, cmyk: cmykLabel(colour.values), total, max: opts.maxInk }) });
          }
        }
      }
    }
    return findings;
  },
};
