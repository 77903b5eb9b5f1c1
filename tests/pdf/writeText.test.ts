// writeText against pdfkit's text(): the same TJ arrays and glyph positions for kerned, justified, tracked and right-to-left text, in one lean text object.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { writeText, type TextOptions } from '../../src/pdf/writeText.js';
import { currentFont } from '../../src/pdf/pdfkitInternals.js';
import { embedWithGlyphIds, type GlyphIdFont } from '../../src/pdf/embedGlyphIds.js';

const fontsDir = path.resolve(import.meta.dirname, '../../fonts');

/** A one-page A5 document, uncompressed, with the font set at 11 pt. */
function page(fontFile: string): PDFKit.PDFDocument {
  const doc = new PDFDocument({ compress: false, autoFirstPage: false, font: null as unknown as string });
  doc.registerFont('f', readFileSync(path.join(fontsDir, fontFile)));
  doc.addPage({ size: 'A5' });
  doc.font('f').fontSize(11);
  // as every drukwerk document: glyph ids as codes, for pdfkit's text() as for writeText
  embedWithGlyphIds(currentFont<GlyphIdFont>(doc), 'AAAAAA');
  return doc;
}

/** The page's content stream as written so far. */
function content(doc: PDFKit.PDFDocument): string {
  const chunks = (doc as unknown as { page: { content: { buffer: Uint8Array[] } } }).page.content.buffer;
  return Buffer.concat(chunks.map((c) => Buffer.from(c))).toString('latin1');
}

function both(fontFile: string, text: string, options: TextOptions): { pdfkit: string; ours: string } {
  // what each writes after the page's own start (pdfkit's flip to y-down, `1 0 0 -1 0 H cm`)
  const reference = page(fontFile);
  const referenceStart = content(reference).length;
  reference.text(text, 40, 100, { lineBreak: false, baseline: 'alphabetic', ...options } as PDFKit.Mixins.TextOptions);
  const ours = page(fontFile);
  const oursStart = content(ours).length;
  writeText(ours, text, 40, 100, options);
  return { pdfkit: content(reference).slice(referenceStart), ours: content(ours).slice(oursStart) };
}

const A5_HEIGHT = 595.28;
const lines = (stream: string, suffix: string): string[] => stream.split('\n').filter((l) => l.endsWith(suffix));
/** The text matrices' origins in PDF space (y up): pdfkit's are under its flip (`1 0 0 -1 0 H cm`), ours under the page's. */
const origins = (stream: string, flipped: boolean): [number, number][] =>
  lines(stream, ' Tm').map((l) => {
    const [, , , , x, y] = l.split(' ').map(Number);
    return [x!, flipped ? y! : A5_HEIGHT - y!];
  });

describe('writeText', () => {
  it.each([
    ['kerned text with ligatures and typographic quotes', 'Kerning: AVATAR Tóth, “quotes” — fi fl?', {}],
    ['justified text (word spacing, runs of spaces)', 'Justified  text with   several spaces', { wordSpacing: 1.7 }],
    ['tracked capitals (character spacing)', 'TRACKED CAPS', { characterSpacing: 0.8 }],
    ['word and character spacing together', 'Both at once here', { wordSpacing: 2.25, characterSpacing: 0.3 }],
  ] as const)('writes the TJ arrays pdfkit writes for %s, in one text object', (_what, text, options) => {
    const { pdfkit, ours } = both('Inter-Regular.otf', text, options);
    expect(lines(ours, ' TJ').length).toBeGreaterThan(0);
    expect(lines(ours, ' TJ')).toEqual(lines(pdfkit, ' TJ'));
    const spacing = 'characterSpacing' in options ? `${options.characterSpacing} Tc\n` : '';
    expect(ours).toMatch(new RegExp(`^BT\n1 0 0 -1 40 100 Tm\n/F\\w+ 11 Tf\n${spacing}(\\[.*\\] TJ\n)+${spacing ? '0 Tc\n' : ''}ET\n$`));
    // no save, transform or restore of its own
    expect(ours).not.toMatch(/^(q|Q|.* cm)$/m);
  });

  it('writes the TJ arrays and mark positions pdfkit writes for Arabic shaped as one run', () => {
    const { pdfkit, ours } = both('NotoSansArabic-Regular.ttf', 'مَرْحَبًا بِكُمْ في المدرسة', { features: [] });
    expect(lines(ours, ' TJ')).toEqual(lines(pdfkit, ' TJ'));
    // the harakat are placed with their own text matrix: more than the first Tm, each at pdfkit's position
    const expected = origins(pdfkit, true);
    const got = origins(ours, false);
    expect(expected.length).toBeGreaterThan(1);
    expect(got).toHaveLength(expected.length);
    got.forEach(([x, y], i) => {
      expect(x).toBeCloseTo(expected[i]![0], 5);
      expect(y).toBeCloseTo(expected[i]![1], 5);
    });
  });

  it('records a line drawn before in another document as that document’s own glyphs, and keys it by everything that shapes it', () => {
    const first = page('Inter-Regular.otf');
    writeText(first, 'Zwerfvuil', 40, 100, {});
    const second = page('Inter-Regular.otf');
    const start = content(second).length;
    writeText(second, 'Zwerfvuil', 40, 100, {});
    const font = currentFont<GlyphIdFont>(second);
    const ids = [...'Zwerfvuil'].map((c) => (font.font as unknown as { glyphForCodePoint(cp: number): { id: number } }).glyphForCodePoint(c.codePointAt(0)!).id);
    for (const id of ids) expect(font.used[id], `glyph ${id}`).toBe(1);
    expect(font.subset.glyphs.slice().sort((a, b) => a - b)).toEqual([0, ...new Set(ids)].sort((a, b) => a - b));
    expect(font.glyphText.get(ids[0]!)).toEqual([0x5a]);
    expect(content(second).slice(start)).toBe(content(first).slice(content(first).indexOf('BT')));
    // the same text with the font already set, elsewhere, or with its reading order given: other text objects
    const variants = [
      () => writeText(second, 'Zwerfvuil', 40, 100, { fontIsSet: true }),
      () => writeText(second, 'Zwerfvuil', 40, 101, {}),
      () => writeText(second, 'Zwerfvuil', 40, 100, { actualText: 'Zwerfvuil' }),
    ];
    const written = variants.map((draw) => {
      const before = content(second).length;
      draw();
      return content(second).slice(before);
    });
    expect(written[0]).not.toContain(' Tf');
    expect(written[1]).toContain('1 0 0 -1 40 101 Tm');
    expect(written[2]).toMatch(/^\/Span <<\/ActualText <FEFF005A/);
    // another font under the same resource name: its own glyphs, not the line remembered for the first
    const other = page('Inter-Bold.otf');
    const otherStart = content(other).length;
    writeText(other, 'Zwerfvuil', 40, 100, {});
    expect(content(other).slice(otherStart)).not.toBe(content(first).slice(content(first).indexOf('BT')));
  });
});
