// Parsed pages → a warning for every stroked path inside the trim thinner than the minimum line width, an error for width 0.
import { coded } from '../../messages/coded.js';
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
          findings.push({ severity: 'error', ...at, ...coded('preflight.zeroLine', { min }) });
        } else if (mark.effectiveLineWidth < min - 1e-4) {
          findings.push({ severity: 'warning', ...at, ...coded('preflight.thinLine', { width: mark.effectiveLineWidth.toFixed(2), min }) });
        }
      }
    }
    return findings;
  },
};
