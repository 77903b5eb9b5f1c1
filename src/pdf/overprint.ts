// The print edition's overprint of 100 % K: graphics states that overprint (/OP /op true, /OPM 1) or knock out, switched per item; and which colours overprint.
import { internals, type Pdf, type PdfRef } from './pdfDocument.js';
import type { PdfColor } from './palette.js';

/** 100 % K and no other ink: the black that prints over what is under it instead of leaving a white gap to register. */
export const isPureK = (c: PdfColor): boolean => c.length === 4 && c[0] === 0 && c[1] === 0 && c[2] === 0 && c[3] === 100;

const states = new WeakMap<Pdf, { on: PdfRef; off: PdfRef }>();

/** Sets overprint on or off for what follows (one pair of ExtGState objects per document, named on each page that uses them). */
export function setOverprint(pdf: Pdf, on: boolean): void {
  let refs = states.get(pdf);
  if (!refs) {
    const k = internals(pdf);
    refs = { on: k.ref({ Type: 'ExtGState', OP: true, op: true, OPM: 1 }), off: k.ref({ Type: 'ExtGState', OP: false, op: false, OPM: 0 }) };
    refs.on.end();
    refs.off.end();
    states.set(pdf, refs);
  }
  const name = on ? 'DwOP' : 'DwKO';
  internals(pdf).page.ext_gstates[name] = on ? refs.on : refs.off;
  pdf.addContent(`/${name} gs`);
}
