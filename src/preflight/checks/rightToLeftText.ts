// Text runs + structure tree → errors where right-to-left text will not read back in logical order (Arabic glyphs under an ActualText), and, in a document whose language is written in Arabic script, Latin-script runs without a language of their own.
import { coded } from '../../messages/coded.js';
import type { PDFDict } from '../pdfLib.js';
import { get, textOf } from '../pdfObjects.js';
import { structureElements, type StructElement } from '../structureElements.js';
import type { Check, Finding } from '../types.js';

const ARABIC = /\p{Script=Arabic}/u;
const LATIN = /\p{Script=Latin}/u;
/** Languages written in Arabic script (primary subtags). */
const ARABIC_SCRIPT_LANGUAGES: ReadonlySet<string> = new Set(['ar', 'fa', 'ur', 'ps', 'ckb', 'sd', 'ug']);

export const rightToLeftText: Check = {
  id: 'rtl-text',
  editions: ['screen'],
  run(pdf) {
    const findings: Finding[] = [];
    for (const page of pdf.pages) {
      for (const mark of page.marks) {
        if (mark.kind !== 'text' || mark.marked?.actualText === undefined || mark.marked.artifact || !ARABIC.test(mark.text)) continue;
        findings.push({
          severity: 'error',
          check: 'rtl-text',
          page: page.number,
          ...coded('preflight.arabicActualText', { text: mark.text.slice(0, 30) }),
        });
      }
    }

    const documentLang = textOf(get(pdf.catalog, 'Lang'))?.toLowerCase().split('-')[0];
    if (!documentLang || !ARABIC_SCRIPT_LANGUAGES.has(documentLang)) return findings;
    const elements = structureElements(pdf.catalog);
    const byMcid = new Map<PDFDict, Map<number, StructElement>>();
    for (const e of elements) {
      for (const k of e.kids) {
        if (k.kind !== 'mcid' || !k.page) continue;
        let ids = byMcid.get(k.page);
        if (!ids) byMcid.set(k.page, (ids = new Map()));
        ids.set(k.mcid, e);
      }
    }
    const hasLang = (e: StructElement | undefined): boolean => {
      for (let at = e; at; at = at.parent) if (at.lang) return true;
      return false;
    };
    for (const page of pdf.pages) {
      for (const mark of page.marks) {
        if (mark.kind !== 'text' || mark.marked?.mcid === undefined || mark.marked.artifact) continue;
        const text = mark.text;
        if (!LATIN.test(text) || ARABIC.test(text)) continue;
        if (hasLang(byMcid.get(page.dict)?.get(mark.marked.mcid))) continue;
        findings.push({
          severity: 'error',
          check: 'rtl-text',
          page: page.number,
          ...coded('preflight.latinWithoutLang', { text: text.slice(0, 30), lang: documentLang }),
        });
      }
    }
    return findings;
  },
};
