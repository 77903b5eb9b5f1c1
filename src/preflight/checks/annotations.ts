// Catalog and pages → an error for every annotation (links, form widgets, comments) and for an AcroForm; printer's marks and trap networks may stay.
import { toMm } from '../../units.js';
import { boxFromArray, position } from '../geometry.js';
import { get, getArray, getDict, getName, numbers, textOf } from '../pdfObjects.js';
import type { Check, Finding } from '../types.js';

/** PDF/X allows these inside the bleed or outside the trim. */
const ALLOWED = new Set(['PrinterMark', 'TrapNet']);
const RULE = 'the print edition has no links or form fields';

export const annotations: Check = {
  id: 'annotations',
  editions: ['print'],
  run(pdf) {
    const findings: Finding[] = [];
    if (get(pdf.catalog, 'AcroForm')) {
      findings.push({ severity: 'error', check: 'annotations', message: `the document has an interactive form (AcroForm); ${RULE}` });
    }
    for (const page of pdf.pages) {
      for (const annot of page.annotations) {
        const subtype = getName(annot, 'Subtype') ?? 'unknown';
        if (ALLOWED.has(subtype)) continue;
        const action = getDict(annot, 'A');
        const detail =
          textOf(get(action, 'URI')) ??
          (getName(action, 'S') ? `${getName(action, 'S')} action` : undefined) ??
          (textOf(get(annot, 'T')) ? `field "${textOf(get(annot, 'T'))}"` : undefined) ??
          (get(annot, 'Dest') ? 'internal destination' : undefined);
        const rect = boxFromArray(numbers(getArray(annot, 'Rect')));
        const size = rect ? `, ${toMm(rect.x1 - rect.x0).toFixed(1)} × ${toMm(rect.y1 - rect.y0).toFixed(1)} mm` : '';
        findings.push({
          severity: 'error',
          check: 'annotations',
          page: page.number,
          ...(rect ? position(rect, page.trim) : {}),
          message: `${subtype} annotation (${detail ?? 'no target'}${size}); ${RULE}`,
        });
      }
    }
    return findings;
  },
};
