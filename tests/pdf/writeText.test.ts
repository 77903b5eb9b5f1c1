// writeText against pdfkit's text(): the same content-stream bytes for kerned, justified, tracked and right-to-left text.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { writeText, type TextOptions } from '../../src/pdf/writeText.js';

const fontsDir = path.resolve(import.meta.dirname, '../../fonts');

/** A one-page A5 document, uncompressed, with the font set at 11 pt. */
function page(fontFile: string): PDFKit.PDFDocument {
  const doc = new PDFDocument({ compress: false, autoFirstPage: false, font: null as unknown as string });
  doc.registerFont('f', readFileSync(path.join(fontsDir, fontFile)));
  doc.addPage({ size: 'A5' });
  doc.font('f').fontSize(11);
  return doc;
}

/** The page's content stream as written so far. */
function content(doc: PDFKit.PDFDocument): string {
  const chunks = (doc as unknown as { page: { content: { buffer: Uint8Array[] } } }).page.content.buffer;
  return Buffer.concat(chunks.map((c) => Buffer.from(c))).toString('latin1');
}

function both(fontFile: string, text: string, options: TextOptions): { pdfkit: string; ours: string } {
  const reference = page(fontFile);
  reference.text(text, 40, 100, { lineBreak: false, baseline: 'alphabetic', ...options } as PDFKit.Mixins.TextOptions);
  const ours = page(fontFile);
  writeText(ours, text, 40, 100, options);
  return { pdfkit: content(reference), ours: content(ours) };
}

describe('writeText', () => {
  it.each([
    ['kerned text with ligatures and typographic quotes', 'Kerning: AVATAR Tóth, “quotes” — fi fl?', {}],
    ['justified text (word spacing, runs of spaces)', 'Justified  text with   several spaces', { wordSpacing: 1.7 }],
    ['tracked capitals (character spacing)', 'TRACKED CAPS', { characterSpacing: 0.8 }],
    ['word and character spacing together', 'Both at once here', { wordSpacing: 2.25, characterSpacing: 0.3 }],
  ] as const)('writes what pdfkit writes for %s', (_what, text, options) => {
    const { pdfkit, ours } = both('Inter-Regular.otf', text, options);
    expect(ours).toContain('TJ');
    expect(ours).toBe(pdfkit);
  });

  it('writes what pdfkit writes for Arabic shaped as one run (joined forms, marks with offsets)', () => {
    const { pdfkit, ours } = both('NotoSansArabic-Regular.ttf', 'مَرْحَبًا بِكُمْ في المدرسة', { features: [] });
    // the harakat are placed with their own text matrix: more than the first Tm
    expect(ours.match(/ Tm\n/g)?.length).toBeGreaterThan(1);
    expect(ours).toBe(pdfkit);
  });
});
