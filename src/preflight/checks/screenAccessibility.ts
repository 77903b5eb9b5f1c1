// Catalog and Info → findings when the screen edition is not an accessible PDF: tagged (StructTreeRoot, Marked), language, title shown, figures with alt text.
import { coded, type Coded } from '../../messages/coded.js';
import { PDFArray, type PDFDict, type PDFObject } from '../pdfLib.js';
import { asDict, get, getBool, getDict, getName, items, textOf } from '../pdfObjects.js';
import type { Check, Finding } from '../types.js';

/** Structure elements of type Figure (after the RoleMap) without Alt or ActualText. */
function figuresWithoutAlt(root: PDFDict): number {
  const roleMap = getDict(root, 'RoleMap');
  const seen = new Set<PDFObject>();
  let missing = 0;
  const visit = (node: PDFObject | undefined, depth: number) => {
    if (!node || seen.has(node) || depth > 200) return;
    seen.add(node);
    if (node instanceof PDFArray) return items(node).forEach((k) => visit(k, depth + 1));
    const elem = asDict(node);
    if (!elem) return;
    const type = getName(elem, 'S');
    const role = type ? (getName(roleMap, type) ?? type) : undefined;
    if (role === 'Figure' && !textOf(get(elem, 'Alt')) && !textOf(get(elem, 'ActualText'))) missing++;
    visit(get(elem, 'K'), depth + 1);
  };
  visit(get(root, 'K'), 0);
  return missing;
}

export const screenAccessibility: Check = {
  id: 'screen',
  editions: ['screen'],
  run(pdf) {
    const findings: Finding[] = [];
    const add = (severity: 'error' | 'warning', message: Coded) => findings.push({ severity, check: 'screen', ...message });
    const root = getDict(pdf.catalog, 'StructTreeRoot');
    if (!root) add('error', coded('preflight.untagged'));
    if (getBool(getDict(pdf.catalog, 'MarkInfo'), 'Marked') !== true) add('error', coded('preflight.notMarked'));
    if (!textOf(get(pdf.catalog, 'Lang'))) add('error', coded('preflight.noLang'));
    // DisplayDocTitle: the pdf-ua check
    if (!textOf(get(pdf.info, 'Title'))) add('warning', coded('preflight.noTitle'));
    const missing = root ? figuresWithoutAlt(root) : 0;
    if (missing > 0) add('warning', coded('preflight.figuresWithoutAlt', { count: missing }));
    return findings;
  },
};
