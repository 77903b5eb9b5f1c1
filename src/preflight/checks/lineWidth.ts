// Parsed pages → a warning for every stroked path inside the trim thinner than the minimum line width, an error for width 0.
import { overlaps, position } from '../geometry.js';
import type { Check, Finding } from '../types.js';

export const lineWidth: Check = {
  id: 'line-width',
  editions: ['print'],
  run(pdf, opts) {
    const findings: Finding[] = [];
    const min = opts.minLineWidthPt;
    for (const page of pdf.pages) {
      for (const mark of page.marks) {
        // Strokes wholly outside the trim (crop marks, slug) are cut off.
        if (mark.kind !== 'path' || !mark.stroke || !overlaps(mark.box, page.trim)) continue;
        const at = { check: 'line-width', page: page.number, ...position(mark.box, page.trim) };
        if (mark.lineWidth === 0) {
          findings.push({ severity: 'error', ...at, message: `a stroked line has width 0 (the thinnest line the device can draw, invisible on a plate); use at least ${min} pt` });
        } else if (mark.effectiveLineWidth < min - 1e-4) {
          findings.push({ severity: 'warning', ...at, message: `a stroked line is ${mark.effectiveLineWidth.toFixed(2)} pt wide; the minimum is ${min} pt` });
        }
      }
    }
    return findings;
  },
};
