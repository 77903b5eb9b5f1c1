// Parsed pages → print: an error per page where 100 % K text or rules knock out (no /OP /op with /OPM 1); screen: an error per page where anything overprints.
import { coded } from '../../messages/coded.js';
import { overlaps, position } from '../geometry.js';
import { FILLS_TEXT, isPureBlack, STROKES_TEXT } from '../inks.js';
import type { Check, Finding, Mark, PathMark, PdfPage, TextMark } from '../types.js';

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
  let first: TextMark | PathMark | undefined;
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
  if (!first) return [];
  return [
    {
      severity: 'error',
      check: 'black-overprint',
      page: page.number,
      ...position(first.box, page.trim),
      ...coded('preflight.knockOut', { texts, rules, text: first.kind === 'text' ? first.text.slice(0, 30) : undefined }),
    },
  ];
}

function screenPage(page: PdfPage): Finding[] {
  const over = page.marks.find((m) => (m.kind === 'text' || m.kind === 'path') && (m.overprint?.fill || m.overprint?.stroke));
  if (!over || !('box' in over) || !over.box) return [];
  return [
    {
      severity: 'error',
      check: 'black-overprint',
      page: page.number,
      ...position(over.box, page.trim),
      ...coded('preflight.screenOverprint'),
    },
  ];
}

export const blackOverprint: Check = {
  id: 'black-overprint',
  editions: ['print', 'screen'],
  run(pdf, opts) {
    return pdf.pages.flatMap((page) => (opts.edition === 'print' ? printPage(page) : screenPage(page)));
  },
};
