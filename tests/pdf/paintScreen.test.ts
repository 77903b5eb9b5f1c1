// The screen edition read back with pdf-lib: MediaBox = trim, sRGB from the CMYK palette, tagged structure, links, destinations, bookmarks, deterministic.
import { extractText } from '../support/renderPdf.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { PDFArray, PDFDict, PDFName, PDFString } from 'pdf-lib';
import { paintDocument, type PaintOptions } from '../../src/pdf/paintDocument.js';
import { cmykToSrgb, naiveCmykToRgb } from '../../src/assets/convertColors.js';
import { catalog, pageBox, readPdf, type ReadPdf } from './readPdf.js';
import { H, W, sampleDocument, sampleOptions, testProfile } from './sampleDocument.js';

const icc = testProfile();

describe('screen edition', () => {
  let opts: PaintOptions;
  let bytes: Buffer;
  let pdf: ReadPdf;
  const get = (dict: PDFDict, key: string) => pdf.lookup(dict.get(PDFName.of(key)));
  beforeAll(async () => {
    const doc = sampleDocument();
    opts = await sampleOptions(doc, 'screen', icc, { draftMark: 'CONCEPT' });
    bytes = await paintDocument(doc, opts);
    pdf = await readPdf(bytes);
  }, 120_000);

  it('is PDF 1.7 with MediaBox = trim and no other boxes or marks', () => {
    expect(bytes.subarray(0, 8).toString('latin1')).toBe('%PDF-1.7');
    [0, 0, W, H].forEach((v, i) => expect(pageBox(pdf, 0, 'MediaBox')![i]).toBeCloseTo(v, 2));
    expect(pageBox(pdf, 0, 'TrimBox')).toBeUndefined();
    expect(pageBox(pdf, 0, 'BleedBox')).toBeUndefined();
    expect(pdf.objects.some((o) => o.includes('/Separation'))).toBe(false);
    expect(pdf.objects.some((o) => o.includes('/OutputIntents'))).toBe(false);
  });

  it('paints in sRGB derived from the CMYK palette through the profile', async () => {
    const content = pdf.streams.join('\n');
    expect(content).not.toContain('/DeviceCMYK');
    const fills = [...content.matchAll(/re\n\/DeviceRGB cs\n([\d.]+) ([\d.]+) ([\d.]+) scn/g)].map((m) => m.slice(1, 4).map((v) => Math.round(Number(v) * 255)));
    const [navy] = await cmykToSrgb([{ c: 100, m: 78, y: 0, k: 38 }], icc);
    expect(fills).toContainEqual(navy);
    // the ICC route differs from the naive formula (which makes 100/78/0/38 far too dark and saturated)
    if (icc) expect(navy).not.toEqual(naiveCmykToRgb({ c: 100, m: 78, y: 0, k: 38 }));
    expect(navy![2]).toBeGreaterThan(navy![0]);
  });

  it('is tagged: MarkInfo, Lang, a Document root with headings, paragraphs, a list and figures with alt text', () => {
    const cat = catalog(pdf);
    expect((get(cat, 'MarkInfo') as PDFDict).get(PDFName.of('Marked'))?.toString()).toBe('true');
    expect((get(cat, 'Lang') as PDFString).decodeText()).toBe('nl-BE');
    expect((get(cat, 'ViewerPreferences') as PDFDict).get(PDFName.of('DisplayDocTitle'))?.toString()).toBe('true');
    const root = get(cat, 'StructTreeRoot') as PDFDict;
    const kids = get(root, 'K') as PDFArray;
    expect(kids.size()).toBe(1);
    expect((pdf.lookup(kids.get(0)) as PDFDict).get(PDFName.of('S'))?.toString()).toBe('/Document');
    const types = pdf.objects.flatMap((o) => [...o.matchAll(/\/S \/(\w+)\n/g)].map((m) => m[1]));
    for (const t of ['Document', 'H1', 'H2', 'P', 'L', 'LI', 'Figure', 'Link']) expect(types).toContain(t);
    expect(types.filter((t) => t === 'LI')).toHaveLength(2);
    expect(types.filter((t) => t === 'L')).toHaveLength(1);
    const alts = pdf.objects.flatMap((o) => [...o.matchAll(/\/Alt \(([^)]*)\)/g)].map((m) => m[1]));
    expect(alts).toEqual(expect.arrayContaining(['QR-code naar www.vdab.be', 'Een foto', 'Logo']));
    const content = pdf.streams.join('\n');
    expect(content).toMatch(/\/Artifact <<\n?\/Type \/Layout/);
    expect(content).toMatch(/\/Artifact <<\n?\/Type \/Pagination/);
    expect(content).toMatch(/\/H1 <<\n?\/MCID 0/);
  });

  it('links: URI annotations on text and QR, a GoTo to a named destination, all in the structure', () => {
    const annots = pdf.objects.filter((o) => o.includes('/Subtype /Link'));
    expect(annots.length).toBeGreaterThanOrEqual(3);
    expect(pdf.objects.filter((o) => o.includes('/URI (https://www.vdab.be)'))).toHaveLength(2);
    expect(pdf.objects.some((o) => o.includes('/S /GoTo') && o.includes('/D (contact)'))).toBe(true);
    expect(annots.filter((a) => a.includes('/StructParent')).length).toBeGreaterThanOrEqual(3);
    const names = get(get(catalog(pdf), 'Names') as PDFDict, 'Dests') as PDFDict;
    expect(names.toString()).toMatch(/\(contact\)[\s\S]*\(opties\)[\s\S]*\(werken\)/);
  });

  it('has bookmarks nested by level', () => {
    const outlines = get(catalog(pdf), 'Outlines') as PDFDict;
    const first = get(outlines, 'First') as PDFDict;
    expect((get(first, 'Title') as PDFString).decodeText()).toBe('Je opties');
    expect((get(get(first, 'First') as PDFDict, 'Title') as PDFString).decodeText()).toBe('Werken');
    const second = get(first, 'Next') as PDFDict;
    expect((get(second, 'Title') as PDFString).decodeText()).toBe('Contact');
    expect(get(second, 'Next')).toBeUndefined();
    const dest = get(second, 'Dest') as PDFArray;
    expect(dest.get(1).toString()).toBe('/XYZ');
    expect(Number(dest.get(3).toString())).toBeCloseTo(H - 80, 2);
  });

  it('never overprints, and its draft mark is an outline artifact with no text to extract', async () => {
    for (const o of pdf.objects) expect(o).not.toMatch(/\/(OP|op) true/);
    for (const page of await extractText(bytes)) expect(page).not.toContain('CONCEPT');
  });

  it('embeds the fonts, no standard-14 font, and repaints byte-identically', async () => {
    for (const o of pdf.objects) expect(o).not.toMatch(/\/BaseFont \/(Helvetica|Courier|Times|Symbol|ZapfDingbats)/);
    expect(pdf.objects.filter((o) => /\/FontFile3 /.test(o)).length).toBeGreaterThanOrEqual(4);
    expect((await paintDocument(sampleDocument(), opts)).equals(bytes)).toBe(true);
  });
});

describe('decoration in the screen edition', () => {
  it('marks a picture with an empty alt text as an artifact, no Figure, and draws a flipped one mirrored', async () => {
    const doc = sampleDocument();
    const page = doc.pages[0]!;
    page.items = [...page.items.filter((i) => i.kind !== 'image'), { kind: 'image', x: 20, y: 20, width: 120, height: 40, src: 'images/logo.svg', alt: '', flip: true }];
    doc.pages.forEach((p, i) => {
      if (i > 0) p.items = p.items.filter((item) => item.kind !== 'image');
    });
    const opts = await sampleOptions(doc, 'screen', icc);
    const read = await readPdf(await paintDocument(doc, opts));
    const figures = read.objects.filter((o) => /\/S \/Figure\n/.test(o));
    // the QR code stays a Figure with its alt text; the decoration is none
    expect(figures.every((o) => /\/Alt \((?!\))/.test(o))).toBe(true);
    expect(read.objects.some((o) => /\/Alt \(\)/.test(o))).toBe(false);
    const content = read.streams.join('\n');
    // mirrored about the box's centre line: x' = 2·20 + 120 − x
    expect(content).toMatch(/^-1 0 0 1 160 0 cm$/m);
  });
});
