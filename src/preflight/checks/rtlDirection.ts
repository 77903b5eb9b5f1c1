// Catalog + text → an error when a right-to-left document (its /Lang, or mostly right-to-left text) does not say so with /ViewerPreferences /Direction /R2L.
import { coded } from '../../messages/coded.js';
import { get, getDict, getName, textOf } from '../pdfObjects.js';
import type { Check, ParsedPdf } from '../types.js';

/** Languages written right to left (ISO 639-1 and the usual 639-2 codes). */
const RTL_LANGUAGES: ReadonlySet<string> = new Set(['ar', 'ara', 'he', 'heb', 'iw', 'fa', 'fas', 'per', 'ur', 'urd', 'yi', 'yid', 'ps', 'pus', 'sd', 'snd', 'ug', 'uig', 'dv', 'div', 'ckb']);
const RTL_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;
const LETTER = /\p{L}/u;
/** Enough letters to tell the script of a document. */
const SAMPLE = 4000;

/** Whether most letters of the text shown (up to SAMPLE) are right to left. */
function mostlyRtl(pdf: ParsedPdf): boolean {
  let rtl = 0;
  let all = 0;
  for (const page of pdf.pages) {
    for (const mark of page.marks) {
      if (mark.kind !== 'text' || mark.renderMode === 3 || mark.renderMode === 7) continue;
      for (const ch of mark.text) {
        if (!LETTER.test(ch)) continue;
        all++;
        if (RTL_LETTER.test(ch)) rtl++;
      }
      if (all >= SAMPLE) return rtl * 2 > all;
    }
  }
  return all > 0 && rtl * 2 > all;
}

export const rtlDirection: Check = {
  id: 'rtl-direction',
  editions: ['print', 'screen'],
  run(pdf) {
    if (getName(getDict(pdf.catalog, 'ViewerPreferences'), 'Direction') === 'R2L') return [];
    const lang = textOf(get(pdf.catalog, 'Lang'));
    const primary = lang?.split(/[-_]/)[0]?.toLowerCase();
    const byLanguage = !!primary && RTL_LANGUAGES.has(primary);
    if (!byLanguage && !mostlyRtl(pdf)) return [];
    return [
      {
        severity: 'error',
        check: 'rtl-direction',
        ...coded('preflight.rtlDirection', { lang: byLanguage ? lang : undefined }),
      },
    ];
  },
};
