// The print edition's overprint of 100 % K: graphics states that overprint (/OP /op true, /OPM 1) or knock out, switched per item; and which colours overprint.
import { madeOnce, type Pdf } from './pdfDocument.js';
import { nameGraphicsState, newRef } from './pdfkitInternals.js';
import type { PdfColor } from './palette.js';

/** 100 % K and no other ink: the black that prints over what is under it instead of leaving a white gap to register. */
export const isPureK = (c: PdfColor): boolean => c.length === 4 && c[0] === 0 && c[1] === 0 && c[2] === 0 && c[3] === 100;

/** Sets overprint on or off for what follows (one pair of ExtGState objects per document, named on each page that uses them). */
export function setOverprint(pdf: Pdf, on: boolean): void {
  const refs = madeOnce(pdf, 'overprint', () => {
    const made = { on: newRef(pdf, { Type: 'ExtGState', OP: true, op: true, OPM: 1 }), off: newRef(pdf, { Type: 'ExtGState', OP: false, op: false, OPM: 0 }) };
    made.on.end();
    made.off.end();
    return made;
  });
  const name = on ? 'DwOP' : 'DwKO';
  nameGraphicsState(pdf, name, on ? refs.on : refs.off);
  pdf.addContent(`/${name} gs`);
}
