// Glyph ids as CIDs: the same text gets the same codes whatever a document drew before, and the embedded subsets (CFF charset, TrueType CIDToGIDMap), widths and ToUnicode map agree with those codes.
import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import path from 'node:path';
import { create, type Font } from 'fontkit';
import PDFDocument from 'pdfkit';
import { PDFDict, PDFName, PDFRawStream, PDFRef, PDFArray } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { currentFont } from '../../src/pdf/pdfkitInternals.js';
import { embedWithGlyphIds, glyphCode, type GlyphIdFont } from '../../src/pdf/embedGlyphIds.js';
import { writeText } from '../../src/pdf/writeText.js';
import { readPdf, type ReadPdf } from './readPdf.js';

const fontsDir = path.resolve(import.meta.dirname, '../../fonts');
const fontBytes = (file: string): Buffer => readFileSync(path.join(fontsDir, file));
/** A fontkit font with the glyph lookup by id it has at run time (src/assets/fontkit.d.ts declares only what src uses). */

/** A one-page document that draws each text on its own line with writeText, finished to bytes. */
function draw(fontFile: string, texts: string[], features?: string[]): Promise<Buffer> {
  const doc = new PDFDocument({ compress: false, autoFirstPage: false, font: null as unknown as string });
  doc.registerFont('f', fontBytes(fontFile));
  doc.addPage({ size: 'A5' });
  doc.font('f').fontSize(11);
  embedWithGlyphIds(currentFont<GlyphIdFont>(doc), 'ABCDEF');
  texts.forEach((text, i) => writeText(doc, text, 40, 100 + 20 * i, features ? { features } : {}));
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  return new Promise((resolve) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.end();
  });
}

/** The TJ lines of the content stream. */
const tjLines = (pdf: ReadPdf): string[] => pdf.streams.flatMap((s) => s.split('\n')).filter((l) => l.endsWith(' TJ'));

function descendantFont(pdf: ReadPdf): PDFDict {
  const type0 = [...pdf.doc.context.enumerateIndirectObjects()].map(([, o]) => o).find((o) => o instanceof PDFDict && o.get(PDFName.of('Subtype'))?.toString() === '/Type0') as PDFDict;
  return pdf.lookup((type0.get(PDFName.of('DescendantFonts')) as PDFArray).get(0)) as PDFDict;
}

function streamBytes(pdf: ReadPdf, ref: unknown): Buffer {
  const stream = pdf.lookup(ref as PDFRef) as PDFRawStream;
  return inflateSync(stream.contents);
}

/** A bare CFF program inside a one-table OpenType wrapper, so fontkit reads its charset and charstrings. */
function cffTable(cff: Buffer): { topDict: { charset: { version: number; glyphs: number[] } }; getCharString(gid: number): Buffer; charStrings?: unknown } {
  const header = Buffer.alloc(12 + 16);
  header.write('OTTO', 0, 'latin1');
  header.writeUInt16BE(1, 4);
  header.write('CFF ', 12, 'latin1');
  header.writeUInt32BE(28, 20);
  header.writeUInt32BE(cff.length, 24);
  const font = create(Buffer.concat([header, cff])) as unknown as Record<string, never>;
  return font['CFF '];
}

describe('embedWithGlyphIds', () => {
  it('writes a glyph as its glyph id, whatever the document drew before', async () => {
    const font = create(fontBytes('Inter-Regular.otf')) as Font;
    const alone = tjLines(await readPdf(await draw('Inter-Regular.otf', ['abc'])));
    const after = tjLines(await readPdf(await draw('Inter-Regular.otf', ['zebra quiz', 'abc'])));
    expect(after[1]).toBe(alone[0]);
    const ids = [...'abc'].map((c) => glyphCode(font.glyphForCodePoint(c.codePointAt(0)!).id));
    expect(alone[0]).toBe(`[<${ids.join('')}> 0] TJ`);
  });

  it('embeds a CFF subset whose charset gives each glyph its id as CID, with the widths and ToUnicode map by glyph id', async () => {
    const font = create(fontBytes('Inter-Regular.otf')) as Font;
    const pdf = await readPdf(await draw('Inter-Regular.otf', ['zebra quiz', 'abc']));
    const descendant = descendantFont(pdf);
    expect(descendant.get(PDFName.of('Subtype'))?.toString()).toBe('/CIDFontType0');
    const descriptor = pdf.lookup(descendant.get(PDFName.of('FontDescriptor'))) as PDFDict;
    const cff = cffTable(streamBytes(pdf, descriptor.get(PDFName.of('FontFile3'))));
    const used = [...new Set([...'zebra quizabc'].map((c) => font.glyphForCodePoint(c.codePointAt(0)!).id))].sort((a, b) => a - b);
    // glyph 0 (.notdef) first, then the used glyphs in id order, each named by its id
    expect(cff.topDict.charset.version).toBe(0);
    expect(cff.topDict.charset.glyphs).toEqual(used);
    const original = (font as unknown as Record<string, ReturnType<typeof cffTable>>)['CFF ']!;
    used.forEach((id, index) => expect(Buffer.from(cff.getCharString(index + 1))).toEqual(Buffer.from(original.getCharString(id))));

    const w = descendant.get(PDFName.of('W'))!.toString();
    const a = font.glyphForCodePoint(0x61);
    const width = new RegExp(`(?:^|\\s)${a.id} \\[ ([\\d.]+)`).exec(w)?.[1];
    expect(Number(width)).toBeCloseTo((a.advanceWidth * 1000) / font.unitsPerEm, 5);
    const type0 = [...pdf.doc.context.enumerateIndirectObjects()].map(([, o]) => o).find((o) => o instanceof PDFDict && o.has(PDFName.of('ToUnicode'))) as PDFDict;
    const toUnicode = streamBytes(pdf, type0.get(PDFName.of('ToUnicode'))).toString('latin1');
    expect(toUnicode).toContain(`<${glyphCode(a.id)}> <0061>`);
    expect(toUnicode).not.toContain('beginbfrange');
  });

  it('maps glyph ids to a TrueType subset’s own glyph order with a CIDToGIDMap', async () => {
    const font = create(fontBytes('NotoSansArabic-Regular.ttf')) as Font;
    const pdf = await readPdf(await draw('NotoSansArabic-Regular.ttf', ['مرحبا بكم'], []));
    const descendant = descendantFont(pdf);
    expect(descendant.get(PDFName.of('Subtype'))?.toString()).toBe('/CIDFontType2');
    const map = streamBytes(pdf, descendant.get(PDFName.of('CIDToGIDMap')));
    const descriptor = pdf.lookup(descendant.get(PDFName.of('FontDescriptor'))) as PDFDict;
    const program = streamBytes(pdf, descriptor.get(PDFName.of('FontFile2')));
    const fontFile = pdf.lookup(descriptor.get(PDFName.of('FontFile2')) as PDFRef) as PDFRawStream;
    expect(fontFile.dict.get(PDFName.of('Length1'))?.toString()).toBe(String(program.length));
    const subset = create(program) as Font;
    const codes = tjLines(pdf)
      .join('')
      .match(/<([0-9a-f]+)>/g)!
      .join('')
      .replace(/[<>]/g, '');
    const ids = codes.match(/.{4}/g)!.map((h) => parseInt(h, 16));
    expect(ids.length).toBeGreaterThan(3);
    for (const id of ids) {
      const inSubset = map.readUInt16BE(2 * id);
      expect(inSubset).toBeGreaterThan(0);
      expect(subset.getGlyph(inSubset).path.toSVG()).toBe(font.getGlyph(id).path.toSVG());
    }
  });
});
