// Catalog and pages → an error for every annotation (links, form widgets, comments) and for an AcroForm; printer's marks and trap networks may stay.
import { coded } from '../../messages/coded.js';
import { toMm } from '../../units.js';
import { boxFromArray, position } from '../geometry.js';
import { get, getArray, getDict, getName, numbers, textOf } from '../pdfObjects.js';
import type { Check, Finding } from '../types.js';

/** PDF/X allows these inside the bleed or outside the trim. */
const ALLOWED: ReadonlySet<string> = new Set(['PrinterMark', 'TrapNet']);

export const annotations: Check = {
  id: 'annotations',
  editions: ['print'],
  run(pdf) {
    const findings: Finding[] = [];
    if (get(pdf.catalog, 'AcroForm')) {
      findings.push({ severity: 'error', check: 'annotations', ...coded('preflight.acroForm') });
    }
    for (const page of pdf.pages) {
      for (const annot of page.annotations) {
        const subtype = getName(annot, 'Subtype') ?? 'unknown';
        if (ALLOWED.has(subtype)) continue;
        const action = getDict(annot, 'A');
        // what it points to: the first of a URI, an action, a form field's name, an internal destination
        const target = {
          uri: textOf(get(action, 'URI')),
          action: getName(action, 'S'),
          field: textOf(get(annot, 'T')) || undefined,
          destination: get(annot, 'Dest') ? 1 : 0,
        };
        const rect = boxFromArray(numbers(getArray(annot, 'Rect')));
        const size = rect ? { width: toMm(rect.x1 - rect.x0).toFixed(1), height: toMm(rect.y1 - rect.y0).toFixed(1) } : {};
        findings.push({
          severity: 'error',
          check: 'annotations',
          page: page.number,
          ...(rect ? position(rect, page.trim) : {}),
          ...coded('preflight.annotation', { subtype, ...target, ...size }),
        });
      }
    }
    return findings;
  },
};
