// Parsed pages → an error for every visible text run whose effective size (font size × text matrix × CTM) is under the minimum.
import { coded } from '../../messages/coded.js';
import { overlaps, position } from '../geometry.js';
import type { Check, Finding } from '../types.js';

/** TeX's 6 pt is 5.98 PostScript points: a difference no reader sees. */
const SLACK = 0.025;

/** One decimal, or two when one would round up to the limit itself. */
const size = (pt: number, min: number) => (pt.toFixed(1) === min.toFixed(1) ? pt.toFixed(2) : pt.toFixed(1));

export const textSize: Check = {
  id: 'text-size',
  editions: ['print', 'screen'],
  run(pdf, opts) {
    const findings: Finding[] = [];
    const min = opts.minTextPt;
    for (const page of pdf.pages) {
      for (const mark of page.marks) {
        if (mark.kind !== 'text' || mark.renderMode === 3 || mark.renderMode === 7) continue;
        if (mark.size >= min - SLACK || !overlaps(mark.box, page.trim)) continue;
        findings.push({
          severity: 'error',
          check: 'text-size',
          page: page.number,
          ...position(mark.box, page.trim),
          ...coded('preflight.textSize', { text: mark.text.slice(0, 30), size: size(mark.size, min), font: mark.fontName, min }),
        });
      }
    }
    return findings;
  },
};
