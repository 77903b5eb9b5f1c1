// Parsed pages → a finding for every font (Type 0 descendants, fonts of forms and Type 3 glyphs included) that is not embedded.
import { coded } from '../../messages/coded.js';
import type { PDFDict } from '../pdfLib.js';
import { asDict, get, getArray, getDict, getName, item } from '../pdfObjects.js';
import type { Check, Finding } from '../types.js';

export const STANDARD_14: ReadonlySet<string> = new Set([
  'Times-Roman',
  'Times-Bold',
  'Times-Italic',
  'Times-BoldItalic',
  'Helvetica',
  'Helvetica-Bold',
  'Helvetica-Oblique',
  'Helvetica-BoldOblique',
  'Courier',
  'Courier-Bold',
  'Courier-Oblique',
  'Courier-BoldOblique',
  'Symbol',
  'ZapfDingbats',
]);

/** The dictionary that carries the font program: the font's own, or its first descendant's for Type 0. */
function descriptorOf(font: PDFDict): PDFDict | undefined {
  if (getName(font, 'Subtype') !== 'Type0') return getDict(font, 'FontDescriptor');
  const descendants = getArray(font, 'DescendantFonts');
  const descendant = descendants && descendants.size() > 0 ? asDict(item(descendants, 0)) : undefined;
  return getDict(descendant, 'FontDescriptor');
}

export function isEmbedded(font: PDFDict): boolean {
  if (getName(font, 'Subtype') === 'Type3') return true; // glyphs are content streams
  const descriptor = descriptorOf(font);
  return ['FontFile', 'FontFile2', 'FontFile3'].some((key) => get(descriptor, key) !== undefined);
}

export const fontsEmbedded: Check = {
  id: 'fonts-embedded',
  editions: ['print', 'screen'],
  run(pdf, opts) {
    const findings: Finding[] = [];
    const seen = new Set<PDFDict>();
    const severity = opts.edition === 'print' ? 'error' : 'warning';
    for (const page of pdf.pages) {
      for (const resources of page.resources) {
        const fonts = getDict(resources, 'Font');
        if (!fonts) continue;
        for (const key of fonts.keys()) {
          const font = asDict(fonts.lookup(key));
          if (!font || seen.has(font)) continue;
          seen.add(font);
          if (isEmbedded(font)) continue;
          const baseFont = getName(font, 'BaseFont');
          const plain = baseFont?.replace(/^[A-Z]{6}\+/, '') ?? '';
          findings.push({
            severity,
            check: 'fonts-embedded',
            page: page.number,
            ...coded('preflight.fontNotEmbedded', { font: baseFont, key: key.decodeText(), subtype: getName(font, 'Subtype'), standard: STANDARD_14.has(plain) ? 1 : 0, edition: opts.edition }),
          });
        }
      }
    }
    return findings;
  },
};
