// Parsed pages → an error for text under 12 pt printed in more than one ink (a hair of misregistration blurs it): one finding per page and colour.
import { SINGLE_INK_TEXT_PT } from '../../layout/legibleScale.js';
import { coded } from '../../messages/coded.js';
import { fmt1, overlaps, position } from '../geometry.js';
import { colourLabel, FILLS_TEXT, inksOf, STROKES_TEXT } from '../inks.js';
import type { Check, Colour, Finding, TextMark } from '../types.js';

/** Text under this size is one ink: the limit copy-fitting keeps to (layout/legibleScale.ts). */
export { SINGLE_INK_TEXT_PT };

interface Seen {
  colour: Colour;
  inks: string[];
  first: TextMark;
  smallest: number;
  runs: number;
}

export const smallTextInks: Check = {
  id: 'small-text-inks',
  editions: ['print'],
  run(pdf) {
    const findings: Finding[] = [];
    for (const page of pdf.pages) {
      const byColour = new Map<string, Seen>();
      for (const mark of page.marks) {
        if (mark.kind !== 'text' || mark.size >= SINGLE_INK_TEXT_PT || !overlaps(mark.box, page.trim)) continue;
        const painted = [FILLS_TEXT.has(mark.renderMode) ? mark.fill : undefined, STROKES_TEXT.has(mark.renderMode) ? mark.stroke : undefined];
        for (const colour of painted) {
          const inks = colour && inksOf(colour);
          if (!colour || !inks || inks.length <= 1) continue;
          const key = colourLabel(colour);
          const seen = byColour.get(key);
          if (!seen) byColour.set(key, { colour, inks, first: mark, smallest: mark.size, runs: 1 });
          else {
            seen.runs++;
            seen.smallest = Math.min(seen.smallest, mark.size);
          }
        }
      }
      for (const [label, { inks, first, smallest, runs }] of byColour) {
        findings.push({
          severity: 'error',
          check: 'small-text-inks',
          page: page.number,
          ...position(first.box, page.trim),
          ...coded('preflight.smallTextInks', { runs, size: fmt1(smallest), text: first.text.slice(0, 30), inks: inks.length, colour: label, limit: SINGLE_INK_TEXT_PT }),
        });
      }
    }
    return findings;
  },
};
