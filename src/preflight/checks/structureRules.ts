// The structure tree → PDF/UA-1 errors a machine can find: headings that skip a level (or none at all), lists without LI/Lbl/LBody, table header cells without a scope, links without their text or their annotation.
import { coded, type Coded } from '../../messages/coded.js';
import { PDFDict } from '../pdfLib.js';
import { getName } from '../pdfObjects.js';
import { attributes, holdsContent, structureElements, type StructElement } from '../structureElements.js';
import type { Check, Finding, ParsedPdf } from '../types.js';

const HEADING = /^H([1-6])$/;
const LIST_KIDS: ReadonlySet<string> = new Set(['LI', 'L', 'Caption']);
const ITEM_KIDS: ReadonlySet<string> = new Set(['Lbl', 'LBody']);
const SCOPES: ReadonlySet<string> = new Set(['Row', 'Column', 'Both']);

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
    const add = (message: Coded, element?: StructElement) => {
      const page = element?.page ? pageOf.get(element.page) : undefined;
      findings.push({ severity: 'error', check: 'structure', ...message, ...(page ? { page } : {}) });
    };

    let level = 0;
    let headings = 0;
    const linked = new Set<PDFDict>();
    for (const e of elements) {
      const h = HEADING.exec(e.role);
      if (h) {
        const next = Number(h[1]);
        headings++;
        if (next > level + 1) add(level === 0 ? coded('preflight.firstHeading', { level: next }) : coded('preflight.headingSkip', { from: level, to: next }), e);
        level = next;
      }
      const kids = e.kids.flatMap((k) => (k.kind === 'element' ? [k.element.role] : []));
      if (e.role === 'L') {
        const wrong = kids.filter((r) => !LIST_KIDS.has(r));
        if (wrong.length) add(coded('preflight.listKids', { roles: wrong.join(', ') }), e);
        if (e.kids.some((k) => k.kind === 'mcid')) add(coded('preflight.listContent'), e);
      }
      if (e.role === 'LI') {
        const wrong = kids.filter((r) => !ITEM_KIDS.has(r));
        if (wrong.length || e.kids.some((k) => k.kind === 'mcid')) add(coded('preflight.itemKids', { roles: wrong.length ? wrong.join(', ') : undefined }), e);
        if (!kids.includes('LBody')) add(coded('preflight.itemNoBody'), e);
      }
      if (e.role === 'LI' && e.parent && e.parent.role !== 'L') add(coded('preflight.itemOutsideList', { role: e.parent.role }), e);
      if (e.role === 'TH') {
        const s = scope(e);
        if (!s) add(coded('preflight.headerNoScope'), e);
        else if (!SCOPES.has(s)) add(coded('preflight.headerScope', { scope: s }), e);
      }
      if (e.role === 'Link') {
        const objr = e.kids.filter((k) => k.kind === 'objr');
        for (const k of objr) if (k.kind === 'objr' && k.object) linked.add(k.object);
        if (!objr.length) add(coded('preflight.linkNoAnnotation'), e);
        if (!holdsContent(e) && !e.alt) add(coded('preflight.linkNoText'), e);
      }
    }
    if (headings === 0) add(coded('preflight.noHeading'));
    for (const page of pdf.pages) {
      for (const annot of page.annotations) {
        if (getName(annot, 'Subtype') === 'Link' && !linked.has(annot)) {
          findings.push({ severity: 'error', check: 'structure', page: page.number, ...coded('preflight.linkNotTagged') });
        }
      }
    }
    return findings;
  },
};

function pageNumbers(pdf: ParsedPdf): Map<PDFDict, number> {
  return new Map(pdf.pages.map((p) => [p.dict, p.number]));
}
