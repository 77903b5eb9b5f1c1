// Parsed pages → an error for every text run inside the trim that comes closer to a trim edge than the safe zone.
import { coded } from '../../messages/coded.js';
import { mm } from '../../units.js';
import { fmtMm, overlaps, position } from '../geometry.js';
import type { Box, Check, Finding } from '../types.js';

/** Rounding slack, in pt (≈ 0.01 mm). */
const SLACK = 0.03;

/** Distance from each trim edge to the box, in pt; negative when the box crosses that edge. */
function distances(box: Box, trim: Box): [string, number][] {
  return [
    ['left', box.x0 - trim.x0],
    ['right', trim.x1 - box.x1],
    ['top', trim.y1 - box.y1],
    ['bottom', box.y0 - trim.y0],
  ];
}

export const safeZone: Check = {
  id: 'safe-zone',
  editions: ['print'],
  run(pdf, opts) {
    const findings: Finding[] = [];
    const safe = mm(opts.safeZoneMm);
    for (const page of pdf.pages) {
      for (const mark of page.marks) {
        // Invisible text (render modes 3 and 7) does not print; text wholly outside the trim is in the slug.
        if (mark.kind !== 'text' || mark.renderMode === 3 || mark.renderMode === 7) continue;
        if (!overlaps(mark.box, page.trim)) continue;
        const [side, d] = distances(mark.box, page.trim).reduce((a, b) => (b[1] < a[1] ? b : a));
        if (d >= safe - SLACK) continue;
        findings.push({
          severity: 'error',
          check: 'safe-zone',
          page: page.number,
          ...position(mark.box, page.trim),
          ...coded('preflight.safeZone', { text: mark.text.slice(0, 30), crosses: d < 0 ? 1 : 0, side, distance: fmtMm(Math.abs(d)), safe: opts.safeZoneMm }),
        });
      }
    }
    return findings;
  },
};
