// Parsed pages → findings for a missing TrimBox or BleedBox, a bleed other than the required one, or a BleedBox outside the MediaBox.
import { toMm } from '../../units.js';
import { fmt1 } from '../geometry.js';
import type { Box, Check, Finding } from '../types.js';

/** Allowed difference between the bleed found and the bleed asked for, in mm. */
const TOLERANCE_MM = 0.05;
const SIDES = ['left', 'right', 'top', 'bottom'] as const;

/** How far `outer` reaches beyond `inner` on each side, in mm (negative: it falls short). */
function margins(outer: Box, inner: Box): Record<(typeof SIDES)[number], number> {
  return {
    left: toMm(inner.x0 - outer.x0),
    right: toMm(outer.x1 - inner.x1),
    top: toMm(outer.y1 - inner.y1),
    bottom: toMm(inner.y0 - outer.y0),
  };
}

export const pageBoxes: Check = {
  id: 'page-boxes',
  editions: ['print'],
  run(pdf, opts) {
    const findings: Finding[] = [];
    const error = (page: number, message: string) => findings.push({ severity: 'error', check: 'page-boxes', page, message });
    const bleed = opts.bleedMm;
    for (const page of pdf.pages) {
      const { trimBox, bleedBox, mediaBox } = page;
      if (!trimBox) error(page.number, 'the page has no TrimBox; print needs a TrimBox on every page');
      if (!bleedBox) error(page.number, `the page has no BleedBox; print needs a BleedBox ${bleed} mm outside the TrimBox`);
      if (trimBox && bleedBox) {
        const m = margins(bleedBox, trimBox);
        if (SIDES.some((side) => Math.abs(m[side] - bleed) > TOLERANCE_MM)) {
          const found = SIDES.map((side) => `${fmt1(m[side])} mm ${side}`).join(', ');
          error(page.number, `the BleedBox extends the TrimBox by ${found}; print needs ${bleed} mm on every side`);
        }
      }
      if (bleedBox) {
        const m = margins(mediaBox, bleedBox);
        const outside = SIDES.filter((side) => m[side] < -TOLERANCE_MM);
        if (outside.length > 0) {
          const by = outside.map((side) => `${fmt1(-m[side])} mm ${side}`).join(', ');
          error(page.number, `the BleedBox reaches outside the MediaBox (${by}); the MediaBox must contain the BleedBox`);
        }
      }
    }
    return findings;
  },
};
