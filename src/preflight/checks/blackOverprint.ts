// Parsed pages → print: an error per page where 100 % K text or rules knock out (no /OP /op with /OPM 1); screen: an error per page where anything overprints.
import { overlaps, position } from '../geometry.js';
import { FILLS_TEXT, isPureBlack, STROKES_TEXT } from '../inks.js';
import type { Check, Finding, Mark, PdfPage } from '../types.js';

const RULE = '100 % K text and rules overprint in print (ExtGState /OP true /op true /OPM 1)';

/** Which part of a 100 % K mark knocks out, if any. */
function knocksOut(mark: Mark): 'text' | 'rule' | undefined {
  const op = mark.kind === 'text' || mark.kind === 'path' ? mark.overprint : undefined;
  const fillOver = !!op?.fill && op.mode === 1;
  const strokeOver = !!op?.stroke && op.mode === 1;
  if (mark.kind === 'text') {
    if (FILLS_TEXT.has(mark.renderMode) && isPureBlack(mark.fill) && !fillOver) return 'text';
    if (STROKES_TEXT.has(mark.renderMode) && isPureBlack(mark.stroke) && !strokeOver) return 'text';
  }
  if (mark.kind === 'path' && mark.stroke && isPureBlack(mark.stroke) && !strokeOver) return 'rule';
  return undefined;
}

function printPage(page: PdfPage): Finding[] {
  let first: Mark | undefined;
  let texts = 0;
  let rules = 0;
  for (const mark of page.marks) {
    if ((mark.kind !== 'text' && mark.kind !== 'path') || !overlaps(mark.box, page.trim)) continue;
    const what = knocksOut(mark);
    if (!what) continue;
    first ??= mark;
    if (what === 'text') texts++;
    else rules++;
  }
  if (!first || !('box' in first)) return [];
  const parts = [texts && `${texts} text run${texts === 1 ? '' : 's'}`, rules && `${rules} rule${rules === 1 ? '' : 's'}`].filter(Boolean).join(' and ');
  const example = first.kind === 'text' ? `, e.g. "${first.text.slice(0, 30)}"` : '';
  return [{
    severity: 'error', check: 'black-overprint', page: page.number, ...position(first.box!, page.trim),
    message: `${parts} in 100 % K knock out${example}; ${RULE}`,
  }];
}

function screenPage(page: PdfPage): Finding[] {
  const over = page.marks.find((m) => (m.kind === 'text' || m.kind === 'path') && (m.overprint?.fill || m.overprint?.stroke));
  if (!over || !('box' in over) || !over.box) return [];
  return [{
    severity: 'error', check: 'black-overprint', page: page.number, ...position(over.box, page.trim),
    message: 'something is painted with overprint on; the screen edition never overprints (a screen shows no inks to overprint)',
  }];
}

export const blackOverprint: Check = {
  id: 'black-overprint',
  editions: ['print', 'screen'],
  run(pdf, opts) {
    return pdf.pages.flatMap((page) => (opts.edition === 'print' ? printPage(page) : screenPage(page)));
  },
};
