// The print edition read back with pdf-lib: page boxes, CMYK only, embedded fonts, PDF/X-4 output intent and metadata, no annotations, byte-identical repaints.
import { beforeAll, describe, expect, it } from 'vitest';
import { PDFArray, PDFDict, PDFName, PDFRawStream, PDFString } from 'pdf-lib';
import { SaxesParser } from 'saxes';
import { mm } from '../../src/units.js';
import { paintDocument, type PaintOptions } from '../../src/pdf/paintDocument.js';
import { catalog, pageBox, readPdf, trailerId, type ReadPdf } from './readPdf.js';
import { H, W, sampleDocument, sampleOptions, testProfile } from './sampleDocument.js';
import { preflightPdf } from '../../src/preflight/preflightPdf.js';
import { readPdf as readForPreflight } from '../../src/preflight/readPdf.js';
import { extractText } from '../support/renderPdf.js';

const icc = testProfile();
const STANDARD_14 = /\/(Helvetica|Courier|Times|Symbol|ZapfDingbats)/;

describe.skipIf(!icc)('print edition', () => {
  let opts: PaintOptions;
  let bytes: Buffer;
  let pdf: ReadPdf;
  beforeAll(async () => {
    const doc = sampleDocument();
    opts = await sampleOptions(doc, 'print', icc, { draftMark: 'CONCEPT', author: 'Samen tegen schooluitval', subject: 'Flyer', keywords: ['school', 'kwalificatie'] });
    bytes = await paintDocument(doc, opts);
    pdf = await readPdf(bytes);
  }, 120_000);

  it('is PDF 1.6 with MediaBox = trim + bleed + slug, exact TrimBox and BleedBox on every page', () => {
    expect(bytes.subarray(0, 8).toString('latin1')).toBe('%PDF-1.6');
    const offset = mm(3 + 7); // bleed + 1 mm gap + 5 mm marks + 1 mm margin
    const bleed = mm(3);
    expect(bleed).toBeCloseTo(8.503937, 5);
    for (let i = 0; i < 2; i++) {
      const media = pageBox(pdf, i, 'MediaBox')!;
      const trim = pageBox(pdf, i, 'TrimBox')!;
      const bleedBox = pageBox(pdf, i, 'BleedBox')!;
      [0, 0, W + 2 * offset, H + 2 * offset].forEach((v, j) => expect(media[j]).toBeCloseTo(v, 2));
      [offset, offset, offset + W, offset + H].forEach((v, j) => expect(trim[j]).toBeCloseTo(v, 2));
      [offset - bleed, offset - bleed, offset + W + bleed, offset + H + bleed].forEach((v, j) => expect(bleedBox[j]).toBeCloseTo(v, 2));
    }
  });

  it('extends bleed rectangles into the bleed where they touch the trim, and nothing else', () => {
    const b = mm(3);
    const rects = pdf.streams.flatMap((s) => [...s.matchAll(/(-?[\d.]+) (-?[\d.]+) (-?[\d.]+) (-?[\d.]+) re/g)].map((m) => m.slice(1, 5).map(Number)));
    const has = (want: number[]): boolean => rects.some((r) => r.every((v, i) => Math.abs(v - want[i]!) < 0.01));
    expect(has([-b, -b, W + 2 * b, 120 + b])).toBe(true); // navy band: left, top and right
    expect(has([-b, H - 60, W + 2 * b, 60 + b])).toBe(true); // coral band: left, bottom and right
    expect(has([0, 0, W, 120])).toBe(false);
  });

  it('writes DeviceCMYK only: no RGB operators, colour spaces or images anywhere', () => {
    for (const text of [...pdf.streams, ...pdf.objects]) {
      expect(text).not.toContain('/DeviceRGB');
      expect(text).not.toMatch(/(^|\s)(rg|RG)(\s|$)/m);
      expect(text).not.toMatch(/(^|\n)\s*[\d.]+ [\d.]+ [\d.]+ (sc|scn|SC|SCN)\s*$/m);
      expect(text).not.toContain('/CalRGB');
    }
    const images = pdf.objects.filter((o) => o.includes('/Subtype /Image'));
    expect(images.length).toBeGreaterThan(0);
    for (const image of images) expect(image).toMatch(/\/ColorSpace \/(DeviceCMYK|DeviceGray)/);
  });

  it('scopes every graphics-state change (opacity, blend) inside save/restore; text switches overprint on and off itself', () => {
    for (const stream of pdf.streams.filter((s) => /\b(cm|re|Tf)\b/.test(s))) {
      let depth = 0;
      let previous = '';
      for (const token of stream.split(/\s+/)) {
        if (token === 'q') depth++;
        if (token === 'Q') depth--;
        // text is drawn without save/restore: the overprint switches (DwOP on, DwKO off) sit at the page's level
        if (token === 'gs') expect(depth).toBeGreaterThanOrEqual(/^\/Dw(OP|KO)$/.test(previous) ? 1 : 2);
        previous = token;
        expect(depth).toBeGreaterThanOrEqual(0);
      }
      expect(depth).toBe(0);
    }
    expect(pdf.streams.join(' ')).toMatch(/\/Gs\d+ gs/);
  });

  it('overprints 100 % K text and rules (ExtGState /OP /op true, /OPM 1), as preflight finds', async () => {
    expect(pdf.objects.some((o) => /\/Type \/ExtGState/.test(o) && /\/OP true/.test(o) && /\/op true/.test(o) && /\/OPM 1/.test(o))).toBe(true);
    expect(pdf.streams.join('\n')).toMatch(/\/DwOP gs/);
    const findings = await preflightPdf(bytes, { edition: 'print', pageMultiple: 2 });
    // (the sample's colours are the test's own: the shipped theme's small type is checked in tests/e2e/printInks.test.ts)
    expect(findings.filter((f) => ['black-overprint', 'page-count', 'rtl-direction'].includes(f.check))).toEqual([]);
  });

  it('draws the draft mark as glyph outlines: an artifact, no text to extract, its ink inside the safe zone', async () => {
    const pages = await extractText(bytes);
    for (const page of pages) {
      expect(page).not.toMatch(/CONCEPT|CO|NC/);
    }
    expect(pdf.streams.filter((s) => s.includes('/Artifact <</Type /Pagination /Subtype /Watermark>> BDC'))).toHaveLength(2);
    const parsed = await readForPreflight(bytes);
    for (const page of parsed.pages) {
      const draft = page.marks.filter((m) => m.kind === 'path' && m.fill?.space.cmyk && m.fill.values.join() === '0,0,0,0.12');
      expect(draft.length).toBeGreaterThan(0);
      const safe = mm(5);
      for (const m of draft) {
        expect(m.box!.x0).toBeGreaterThanOrEqual(page.trim.x0 + safe);
        expect(m.box!.x1).toBeLessThanOrEqual(page.trim.x1 - safe);
        expect(m.box!.y0).toBeGreaterThanOrEqual(page.trim.y0 + safe);
        expect(m.box!.y1).toBeLessThanOrEqual(page.trim.y1 - safe);
      }
      // large: the mark spans most of the page's width
      const x0 = Math.min(...draft.map((m) => m.box!.x0)),
        x1 = Math.max(...draft.map((m) => m.box!.x1));
      expect(x1 - x0).toBeGreaterThan((page.trim.x1 - page.trim.x0) * 0.6);
    }
  });

  it('draws crop marks in registration colour (Separation /All)', () => {
    expect(pdf.objects.some((o) => o.includes('/Separation') && o.includes('/All') && o.includes('/DeviceCMYK'))).toBe(true);
    const page = pdf.streams.find((s) => s.includes('1 SCN'))!;
    expect(page).toContain('0.25 w');
  });

  it('embeds subsets of the OTF fonts and never a standard-14 font', () => {
    const descriptors = pdf.objects.filter((o) => o.includes('/Type /FontDescriptor'));
    expect(descriptors.length).toBeGreaterThanOrEqual(4);
    for (const d of descriptors) expect(d).toMatch(/\/FontFile[23]? /);
    for (const o of pdf.objects) expect(o).not.toMatch(STANDARD_14);
    const names = pdf.objects.flatMap((o) => [...o.matchAll(/\/BaseFont \/([A-Z]{6})\+(\S+)/g)].map((m) => m[2]));
    expect(new Set(names)).toEqual(new Set(['InterDisplay-ExtraBold', 'Inter-Regular', 'Inter-Italic', 'Inter-Bold', 'Inter-SemiBold']));
  });

  it('has the PDF/X-4 output intent with the embedded CMYK profile', () => {
    const intents = pdf.lookup(catalog(pdf).get(PDFName.of('OutputIntents'))) as PDFArray;
    expect(intents.size()).toBe(1);
    const intent = pdf.lookup(intents.get(0)) as PDFDict;
    expect(intent.get(PDFName.of('S'))?.toString()).toBe('/GTS_PDFX');
    expect((intent.get(PDFName.of('OutputConditionIdentifier')) as PDFString).decodeText()).toBe('FOGRA39');
    expect((intent.get(PDFName.of('RegistryName')) as PDFString).decodeText()).toBe('http://www.color.org');
    const profile = pdf.lookup(intent.get(PDFName.of('DestOutputProfile'))) as PDFRawStream;
    expect(profile.dict.get(PDFName.of('N'))?.toString()).toBe('4');
  });

  it('has the PDF/X-4 Info entries and matching, well-formed XMP', () => {
    const info = pdf.doc.context.lookup(pdf.doc.context.trailerInfo.Info) as PDFDict;
    const value = (key: string): string => String(pdf.lookup(info.get(PDFName.of(key))));
    expect(value('GTS_PDFXVersion')).toBe('(PDF/X-4)');
    expect(value('Trapped')).toBe('/False');
    expect(value('Producer')).toBe('(drukwerk)');
    expect(value('CreationDate')).toBe('(D:20260101000000Z)');
    expect(value('ModDate')).toBe('(D:20260101000000Z)');
    const xmp = pdf.xmp!;
    const parser = new SaxesParser({ xmlns: true });
    const texts: string[] = [];
    parser.on('text', (t) => texts.push(t));
    parser.write(xmp).close();
    expect(texts.join('')).toContain('Folder & <test> "Laat je niet vangen…"');
    expect(xmp).toContain('<pdfxid:GTS_PDFXVersion>PDF/X-4</pdfxid:GTS_PDFXVersion>');
    expect(xmp).toContain('<pdf:Trapped>False</pdf:Trapped>');
    expect(xmp).toContain('<xmp:CreateDate>2026-01-01T00:00:00Z</xmp:CreateDate>');
    expect(xmp).toMatch(/<xmpMM:DocumentID>uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}<\/xmpMM:DocumentID>/);
    expect(pdf.objects.find((o) => o.includes('/Type /Metadata'))).not.toContain('/Filter');
  });

  it('has no annotations, links, named destinations or structure', () => {
    for (const o of pdf.objects) {
      expect(o).not.toContain('/Annot');
      expect(o).not.toContain('/URI');
      expect(o).not.toContain('/StructTreeRoot');
    }
    for (const page of pdf.doc.getPages()) expect(page.node.get(PDFName.of('Annots'))).toBeUndefined();
  });

  it('repaints byte-identically, and another document gets another ID', async () => {
    const again = await paintDocument(sampleDocument(), opts);
    expect(again.equals(bytes)).toBe(true);
    const other = await readPdf(await paintDocument(sampleDocument('Een andere titel'), opts));
    expect(trailerId(other)).not.toBe(trailerId(pdf));
    expect(trailerId(pdf)).toMatch(/^\[ <[0-9A-F]{32}> <[0-9A-F]{32}> \]$/i);
  });

  it('refuses to paint the print edition without an output intent', async () => {
    await expect(paintDocument(sampleDocument(), { ...opts, outputIntent: undefined })).rejects.toThrow('the print edition needs an output intent (PDF/X-4)');
  });

  it('without crop marks: MediaBox = BleedBox, no registration colour', async () => {
    const plain = await readPdf(await paintDocument(sampleDocument(), { ...opts, cropMarks: false }));
    const media = pageBox(plain, 0, 'MediaBox')!;
    const bleed = pageBox(plain, 0, 'BleedBox')!;
    media.forEach((v, i) => expect(v).toBeCloseTo(bleed[i]!, 2));
    expect(media[2]).toBeCloseTo(W + 2 * mm(3), 2);
    expect(plain.objects.some((o) => o.includes('/Separation'))).toBe(false);
  });

  it('refuses to paint print without an output intent, and unknown colours', async () => {
    await expect(paintDocument(sampleDocument(), { ...opts, outputIntent: undefined })).rejects.toThrow(/output intent/);
    const doc = sampleDocument();
    doc.pages[1]!.items.push({ kind: 'line', x1: 0, y1: 0, x2: 10, y2: 0, color: 'hotpink', width: 1 });
    await expect(paintDocument(doc, opts)).rejects.toThrow(/unknown colour "hotpink"/);
  });
});
