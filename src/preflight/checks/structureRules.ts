// The structure tree → PDF/UA-1 errors a machine can find: headings that skip a level (or none at all), lists without LI/Lbl/LBody, table header cells without a scope, links without their text or their annotation.
import { PDFDict } from '../pdfLib.js';
import { getName } from '../pdfObjects.js';
import { attributes, holdsContent, structureElements, type StructElement } from '../structureElements.js';
import type { Check, Finding, ParsedPdf } from '../types.js';

const HEADING = /^H([1-6])$/;
const LIST_KIDS = new Set(['LI', 'L', 'Caption']);
const ITEM_KIDS = new Set(['Lbl', 'LBody']);
const SCOPES = new Set(['Row', 'Column', 'Both']);

/** The element's header cell scope, from an attribute dictionary owned by Table. */
function scope(element: StructElement): string | undefined {
  for (const a of attributes(element)) if (getName(a, 'O') === 'Table' && getName(a, 'Scope')) return getName(a, 'Scope');
  return undefined;
}

export const structureRules: Check = {
  id: 'structure',
  editions: ['screen'],
  run(pdf) {
    const elements = structureElements(pdf.catalog);
    if (!elements.length) return []; // an untagged file is the screen check's finding
    const findings: Finding[] = [];
    const pageOf = pageNumbers(pdf);
    const add = (message: string, element?: StructElement) => {
      const page = element?.page ? pageOf.get(element.page) : undefined;
      findings.push({ severity: 'error', check: 'structure', message, ...(page ? { page } : {}) });
    };

    let level = 0;
    let headings = 0;
    const linked = new Set<PDFDict>();
    for (const e of elements) {
      const h = HEADING.exec(e.role);
      if (h) {
        const next = Number(h[1]);
        headings++;
        if (next > level + 1) add(level === 0 ? `the first heading is H${next}; PDF/UA headings start at H1 and never skip a level` : `the heading level skips from H${level} to H${next}; PDF/UA headings never skip a level`, e);
        level = next;
      }
      const kids = e.kids.flatMap((k) => (k.kind === 'element' ? [k.element.role] : []));
      if (e.role === 'L') {
        const wrong = kids.filter((r) => !LIST_KIDS.has(r));
        if (wrong.length) add(`a list (L) holds ${wrong.join(', ')}; its items must be LI`, e);
        if (e.kids.some((k) => k.kind === 'mcid')) add('a list (L) holds content of its own; its text belongs in LI › LBody', e);
      }
      if (e.role === 'LI') {
        const wrong = kids.filter((r) => !ITEM_KIDS.has(r));
        if (wrong.length || e.kids.some((k) => k.kind === 'mcid')) add(`a list item (LI) holds ${wrong.length ? wrong.join(', ') : 'content of its own'}; it must hold Lbl (the bullet or number) and LBody`, e);
        if (!kids.includes('LBody')) add('a list item (LI) has no LBody', e);
      }
      if (e.role === 'LI' && e.parent && e.parent.role !== 'L') add(`a list item (LI) sits in ${e.parent.role}, not in a list (L)`, e);
      if (e.role === 'TH') {
        const s = scope(e);
        if (!s) add('a table header cell (TH) has no Scope (Column, Row or Both)', e);
        else if (!SCOPES.has(s)) add(`a table header cell (TH) has the Scope ${s}; it must be Column, Row or Both`, e);
      }
      if (e.role === 'Link') {
        const objr = e.kids.filter((k) => k.kind === 'objr');
        for (const k of objr) if (k.kind === 'objr' && k.object) linked.add(k.object);
        if (!objr.length) add('a Link element holds no link annotation (OBJR)', e);
        if (!holdsContent(e) && !e.alt) add('a Link element holds only its annotation, not the link text (or a figure with its alternative text)', e);
      }
    }
    if (headings === 0) add('the document has no heading (H1); PDF/UA documents are navigated by their headings');
    for (const page of pdf.pages) {
      for (const annot of page.annotations) {
        if (getName(annot, 'Subtype') === 'Link' && !linked.has(annot)) {
          findings.push({ severity: 'error', check: 'structure', page: page.number, message: 'a link annotation is not in a Link structure element' });
        }
      }
    }
    return findings;
  },
};

function pageNumbers(pdf: ParsedPdf): Map<PDFDict, number> {
  return new Map(pdf.pages.map((p) => [p.dict, p.number]));
}
