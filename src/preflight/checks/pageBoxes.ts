// Parsed pages → findings for a missing TrimBox or BleedBox, a bleed other than the required one, or a BleedBox outside the MediaBox.
import { toMm } from '../../units.js';
import { fmt1 } from '../geometry.js';
import type { Box, Check, Finding } from '../types.js';
import { coded, type Coded } from '../../messages/coded.js';

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
    const error = (page: number, message: Coded) => findings.push({ severity: 'error', check: 'page-boxes', page, ...message });
    const bleed = opts.bleedMm;
    for (const page of pdf.pages) {
      const { trimBox, bleedBox, mediaBox } = page;
      if (!trimBox) error(page.number, coded('preflight.noTrimBox'));
      if (!bleedBox) error(page.number, coded('preflight.noBleedBox', { bleed }));
      if (trimBox && bleedBox) {
        const m = margins(bleedBox, trimBox);
        if (SIDES.some((side) => Math.abs(m[side] - bleed) > TOLERANCE_MM)) {
          error(page.number, coded('preflight.wrongBleed', { ...Object.fromEntries(SIDES.map((side) => [side, fmt1(m[side])])), bleed }));
        }
      }
      if (bleedBox) {
        const m = margins(mediaBox, bleedBox);
        const outside = SIDES.filter((side) => m[side] < -TOLERANCE_MM);
        if (outside.length > 0) {
          error(page.number, coded('preflight.bleedOutsideMedia', Object.fromEntries(outside.map((side) => [side, fmt1(-m[side])]))));
        }
      }
    }
    return findings;
  },
};
