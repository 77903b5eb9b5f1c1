// Structure tree + text runs → an error for every line of tagged text that ends in a hyphen its next line continues in lower case: a hyphen added by hyphenation, in the text where it splits the word for search and screen readers.
import { coded } from '../../messages/coded.js';
import type { PDFDict } from '../pdfLib.js';
import { structureElements } from '../structureElements.js';
import type { Check, Finding } from '../types.js';

/**
 * Two lower-case letters, then a hyphen-minus or hyphen, at the end: where hyphenation splits a word. A word's own hyphen
 * mostly follows a capital or a single letter (`EU-gemiddelde`, `VDAB-besluit`, `e-mail`), which is text and stays; one
 * after two lower-case letters at a line end is taken for an added one, unless a conjunction follows (a suspended hyphen).
 */
const ENDS_HYPHENATED = /\p{Ll}\p{Ll}[-\u2010]$/u;
const STARTS_LOWER = /^\p{Ll}/u;
/** A suspended hyphen (`beroeps-` + `of onderwijskwalificatie`, `zorg-` + `en welzijn`) is text: a conjunction follows it. */
const CONJUNCTION = /^(en|of|tot|noch|and|or|to|nor|et|ou|und|oder|bis)$/u;

export const lineEndHyphens: Check = {
  id: 'hyphens',
  editions: ['screen'],
  run(pdf) {
    const elements = structureElements(pdf.catalog);
    if (!elements.length) return [];
    // the text of each marked-content sequence, per page (its ActualText when it has one)
    const texts = new Map<PDFDict, Map<number, string>>();
    const numbers = new Map<PDFDict, number>();
    for (const page of pdf.pages) {
      const byId = new Map<number, string>();
      numbers.set(page.dict, page.number);
      for (const mark of page.marks) {
        if (mark.kind !== 'text' || mark.marked?.mcid === undefined || mark.marked.artifact) continue;
        const id = mark.marked.mcid;
        if (mark.marked.actualText !== undefined) {
          if (!byId.has(id)) byId.set(id, mark.marked.actualText);
        } else byId.set(id, (byId.get(id) ?? '') + mark.text);
      }
      texts.set(page.dict, byId);
    }
    const findings: Finding[] = [];
    for (const element of elements) {
      const lines = element.kids.flatMap((k) => (k.kind === 'mcid' && k.page ? [{ page: k.page, text: texts.get(k.page)?.get(k.mcid)?.trim() ?? '' }] : []));
      for (const [i, line] of lines.entries()) {
        const next = lines[i + 1];
        if (!next) break;
        if (!ENDS_HYPHENATED.test(line.text) || !STARTS_LOWER.test(next.text)) continue;
        // both match: the tests above saw a word at the end and one at the start
        const before = /\S+$/u.exec(line.text)?.[0] ?? '';
        const after = /^\S+/u.exec(next.text)?.[0] ?? '';
        if (CONJUNCTION.test(after)) continue;
        findings.push({
          severity: 'error',
          check: 'hyphens',
          page: numbers.get(line.page),
          ...coded('preflight.hyphenInText', { before, after, role: element.role, word: `${before.slice(0, -1)}${after}` }),
        });
      }
    }
    return findings;
  },
};
