// Acceptance: every shipped print PDF (all materials, both regions, every language) is PDF/X-4 as a print shop checks it — boxes, CMYK only, embedded fonts, output intent, identification, ink limits — read back from the bytes, independent of our own preflight (which must agree).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFNumber, PDFRawStream, PDFRef, PDFStream, PDFString, type PDFDocument, type PDFObject } from 'pdf-lib';
import { SaxesParser } from 'saxes';
import { parse as parseYaml } from 'yaml';
import { preflightPdf } from '../../src/preflight/preflightPdf.js';
import { mm } from '../../src/units.js';
import { describeSpace, readPages, resourceColourSpaces, type PageContent } from '../support/pdfContent.js';
import { buildShipped, expectedFiles, filesOf, PROFILE, TRIM_MM } from '../support/shippedBuild.js';
import { REPO } from '../support/tempProject.js';
import type { RunBuildResult } from '../../src/commands/runBuild.js';
import { withoutOpenContacts } from '../support/openContacts.js';

const FILES = expectedFiles('print');
const STANDARD_14 = /^(Times-(Roman|Bold|Italic|BoldItalic)|Helvetica(-Bold|-Oblique|-BoldOblique)?|Courier(-Bold|-Oblique|-BoldOblique)?|Symbol|ZapfDingbats)$/;

let result: RunBuildResult;
let files: Map<string, Buffer>;
const parsed = new Map<string, { doc: PDFDocument; pages: PageContent[] }>();

async function read(file: string): Promise<{ doc: PDFDocument; pages: PageContent[] }> {
  if (!parsed.has(file)) {
    const bytes = files.get(file);
    if (!bytes) throw new Error(`${file} was not built`);
    parsed.set(file, await readPages(bytes));
  }
  return parsed.get(file)!;
}

function numbers(doc: PDFDocument, obj: PDFObject | undefined): number[] {
  const arr = obj instanceof PDFRef ? doc.context.lookup(obj) : obj;
  if (!(arr instanceof PDFArray)) return [];
  return arr.asArray().map((n) => ((n instanceof PDFRef ? doc.context.lookup(n) : n) as PDFNumber).asNumber());
}

const deref = (doc: PDFDocument, o: PDFObject | undefined): PDFObject | undefined => (o instanceof PDFRef ? doc.context.lookup(o) : o);
const text = (o: PDFObject | undefined): string | undefined => (o instanceof PDFString || o instanceof PDFHexString ? o.decodeText() : undefined);

beforeAll(async () => {
  result = await buildShipped('print');
  files = filesOf(result);
});

describe('the print edition of the shipped content', () => {
  it('builds every material for both regions in every language, with no diagnostic', () => {
    expect(withoutOpenContacts(result.diagnostics)).toEqual([]);
    expect([...files.keys()].sort()).toEqual(FILES.map((f) => f.path).sort());
  });

  describe.each(FILES.map((f) => [f.path, f] as const))('%s', (file, { material }) => {
    it('is PDF 1.6', () => {
      expect(files.get(file)!.subarray(0, 9).toString('latin1')).toBe('%PDF-1.6\n');
    });

    it('has TrimBox = trim size, BleedBox = TrimBox + 3 mm on every side and a MediaBox holding both and the crop marks, on every page', async () => {
      const { doc } = await read(file);
      const [w, h] = TRIM_MM[material]!;
      const pages = doc.getPages();
      expect(pages.length).toBeGreaterThan(0);
      for (const page of pages) {
        const trim = numbers(doc, page.node.get(PDFName.of('TrimBox')));
        const bleed = numbers(doc, page.node.get(PDFName.of('BleedBox')));
        const media = numbers(doc, page.node.get(PDFName.of('MediaBox')));
        expect(trim).toHaveLength(4);
        expect(bleed).toHaveLength(4);
        expect(trim[2]! - trim[0]!).toBeCloseTo(mm(w), 2);
        expect(trim[3]! - trim[1]!).toBeCloseTo(mm(h), 2);
        expect(bleed[0]!).toBeCloseTo(trim[0]! - mm(3), 2);
        expect(bleed[1]!).toBeCloseTo(trim[1]! - mm(3), 2);
        expect(bleed[2]!).toBeCloseTo(trim[2]! + mm(3), 2);
        expect(bleed[3]!).toBeCloseTo(trim[3]! + mm(3), 2);
        // crop marks: 1 mm gap + 5 mm mark outside the bleed, so the slug is at least 6 mm beyond the BleedBox
        expect(media[0]!).toBeLessThanOrEqual(bleed[0]! - mm(6) + 0.01);
        expect(media[1]!).toBeLessThanOrEqual(bleed[1]! - mm(6) + 0.01);
        expect(media[2]!).toBeGreaterThanOrEqual(bleed[2]! + mm(6) - 0.01);
        expect(media[3]!).toBeGreaterThanOrEqual(bleed[3]! + mm(6) - 0.01);
        // a CropBox, if any, must not cut into the bleed
        const crop = numbers(doc, page.node.get(PDFName.of('CropBox')));
        if (crop.length) expect(crop[0]! <= bleed[0]! && crop[2]! >= bleed[2]!).toBe(true);
      }
    });

    it('has no RGB anywhere: no rg/RG, no RGB colour space in any resource or content, no RGB image', async () => {
      const { doc, pages } = await read(file);
      for (const page of pages) {
        const ops = page.ops.map((o) => o.op);
        expect(ops, `page ${page.page}`).not.toContain('rg');
        expect(ops, `page ${page.page}`).not.toContain('RG');
        for (const content of page.streams) {
          expect(content).not.toContain('/DeviceRGB');
          expect(content).not.toContain('/CalRGB');
        }
        for (const res of page.resources) {
          for (const space of resourceColourSpaces(doc, res)) expect(describeSpace(doc, space).rgb, `page ${page.page}: ${describeSpace(doc, space).name}`).toBe(false);
        }
        // every colour set names a process CMYK space or a named space that is not RGB
        for (const c of page.colours) {
          if (c.space === 'DeviceCMYK' || c.space === 'DeviceGray') continue;
          const named = page.resources.map((r) => deref(doc, (deref(doc, r.get(PDFName.of('ColorSpace'))) as PDFDict | undefined)?.get(PDFName.of(c.space)))).find(Boolean);
          expect(named, `colour space ${c.space} on page ${page.page}`).toBeDefined();
          expect(describeSpace(doc, named!).rgb).toBe(false);
        }
      }
      // the whole file: no RGB space and no ICC profile with 3 components, wherever it hides
      for (const [, obj] of doc.context.enumerateIndirectObjects()) {
        const dict = obj instanceof PDFStream ? obj.dict : obj;
        const syntax = dict.toString();
        expect(syntax).not.toContain('/DeviceRGB');
        expect(syntax).not.toContain('/CalRGB');
        if (obj instanceof PDFStream && obj.dict.get(PDFName.of('Subtype'))?.toString() === '/Image') {
          const space = deref(doc, obj.dict.get(PDFName.of('ColorSpace')));
          if (space) expect(describeSpace(doc, space).rgb).toBe(false);
        }
        if (obj instanceof PDFArray && obj.size() > 1 && deref(doc, obj.get(0))?.toString() === '/ICCBased') {
          expect((deref(doc, (deref(doc, obj.get(1)) as PDFStream).dict.get(PDFName.of('N'))) as PDFNumber).asNumber()).toBe(4);
        }
      }
    });

    it('embeds every font (FontFile2/FontFile3) and uses none of the standard 14', async () => {
      const { doc } = await read(file);
      let fonts = 0;
      for (const [, obj] of doc.context.enumerateIndirectObjects()) {
        if (!(obj instanceof PDFDict) || obj.get(PDFName.of('Type'))?.toString() !== '/Font') continue;
        const subtype = obj.get(PDFName.of('Subtype'))?.toString();
        if (subtype === '/Type0') continue; // checked through its descendant
        fonts++;
        const base = (deref(doc, obj.get(PDFName.of('BaseFont'))) as PDFName | undefined)?.decodeText() ?? '';
        expect(base.replace(/^[A-Z]{6}\+/, '')).not.toMatch(STANDARD_14);
        if (subtype === '/Type3') continue;
        const descriptor = deref(doc, obj.get(PDFName.of('FontDescriptor'))) as PDFDict | undefined;
        expect(descriptor, `font ${base} has a FontDescriptor`).toBeInstanceOf(PDFDict);
        expect(descriptor!.has(PDFName.of('FontFile2')) || descriptor!.has(PDFName.of('FontFile3')), `font ${base} is embedded`).toBe(true);
      }
      expect(fonts).toBeGreaterThan(0);
    });

    it('has an OutputIntent GTS_PDFX for FOGRA39 whose profile is icc/FOGRA39-drukwerk.icc (N 4)', async () => {
      const { doc } = await read(file);
      const intents = deref(doc, doc.catalog.get(PDFName.of('OutputIntents'))) as PDFArray;
      expect(intents).toBeInstanceOf(PDFArray);
      expect(intents.size()).toBe(1);
      const intent = deref(doc, intents.get(0)) as PDFDict;
      expect(intent.get(PDFName.of('S'))?.toString()).toBe('/GTS_PDFX');
      expect(text(deref(doc, intent.get(PDFName.of('OutputConditionIdentifier'))))).toBe('FOGRA39');
      const profile = deref(doc, intent.get(PDFName.of('DestOutputProfile'))) as PDFRawStream;
      expect((deref(doc, profile.dict.get(PDFName.of('N'))) as PDFNumber).asNumber()).toBe(4);
      const filter = profile.dict.get(PDFName.of('Filter'))?.toString();
      const bytes = filter === '/FlateDecode' ? inflateSync(profile.contents) : Buffer.from(profile.contents);
      expect(bytes.equals(await readFile(path.join(REPO, PROFILE)))).toBe(true);
    });

    it('is identified as PDF/X-4 in Info (GTS_PDFXVersion, Trapped /False) and in well-formed XMP', async () => {
      const { doc } = await read(file);
      const info = deref(doc, doc.context.trailerInfo.Info) as PDFDict;
      expect(text(deref(doc, info.get(PDFName.of('GTS_PDFXVersion'))))).toBe('PDF/X-4');
      expect(deref(doc, info.get(PDFName.of('Trapped')))?.toString()).toBe('/False');
      expect(text(deref(doc, info.get(PDFName.of('CreationDate'))))).toMatch(/^D:20260101000000(Z|\+00'?00'?)?$/);
      expect(text(deref(doc, info.get(PDFName.of('Title'))))).toBeTruthy();
      const metadata = deref(doc, doc.catalog.get(PDFName.of('Metadata'))) as PDFRawStream;
      expect(metadata).toBeInstanceOf(PDFRawStream);
      expect(metadata.dict.get(PDFName.of('Subtype'))?.toString()).toBe('/XML');
      const filter = metadata.dict.get(PDFName.of('Filter'))?.toString();
      const xmp = (filter === '/FlateDecode' ? inflateSync(metadata.contents) : Buffer.from(metadata.contents)).toString('utf8');
      // well-formed XML: saxes throws on the first error
      const values = new Map<string, string>();
      let open = '';
      const parser = new SaxesParser({ xmlns: true });
      parser.on('opentag', (tag) => (open = `${tag.uri} ${tag.local}`));
      parser.on('text', (t) => {
        if (open && t.trim()) values.set(open, t.trim());
      });
      parser.on('closetag', () => (open = ''));
      parser.write(xmp).close();
      expect(values.get('http://www.npes.org/pdfx/ns/id/ GTS_PDFXVersion')).toBe('PDF/X-4');
      expect(values.get('http://ns.adobe.com/pdf/1.3/ Trapped')).toBe('False');
      expect(values.get('http://ns.adobe.com/xap/1.0/ CreateDate')).toMatch(/^2026-01-01T00:00:00(Z|\+00:00)$/);
      expect(values.get('http://ns.adobe.com/xap/1.0/mm/ DocumentID')).toMatch(/^uuid:[0-9a-f-]{36}$/);
    });

    it('has no annotations and no form', async () => {
      const { doc } = await read(file);
      expect(doc.catalog.has(PDFName.of('AcroForm'))).toBe(false);
      for (const page of doc.getPages()) expect(page.node.has(PDFName.of('Annots'))).toBe(false);
    });

    it('keeps total ink at or under 300 % for every CMYK colour, and prints no text in rich black', async () => {
      const { pages } = await read(file);
      let cmyk = 0;
      for (const page of pages) {
        for (const c of page.colours) {
          if (c.space !== 'DeviceCMYK') continue;
          cmyk++;
          expect(c.values).toHaveLength(4);
          const total = c.values.reduce((a, b) => a + b, 0) * 100;
          expect(total, `${c.op} ${c.values.join(' ')} on page ${c.page}`).toBeLessThanOrEqual(300 + 1e-6);
        }
        for (const t of page.texts) {
          if (t.fill.space !== 'DeviceCMYK') continue;
          const [c, m, y, k] = t.fill.values as [number, number, number, number];
          // black text (K 90 % or more) is 100 % K only, never rich black, whatever its size
          if (k >= 0.9) expect([c, m, y], `text of ${t.size.toFixed(1)} pt on page ${t.page}`).toEqual([0, 0, 0]);
        }
      }
      expect(cmyk).toBeGreaterThan(0);
      // the reading found the text, at sizes a print shop accepts (6 pt or more)
      const texts = pages.flatMap((p) => p.texts);
      expect(texts.length).toBeGreaterThan(0);
      expect(Math.min(...texts.map((t) => t.size))).toBeGreaterThanOrEqual(6 - 0.01);
    });

    it('passes our own preflight without a finding', async () => {
      expect(await preflightPdf(files.get(file)!, { edition: 'print' })).toEqual([]);
    });
  });

  it('prints body text in 100 % K: the theme’s ink is 0/0/0/100, and the body sizes are set in it', async () => {
    const theme = parseYaml(await readFile(path.join(REPO, 'templates/theme.yaml'), 'utf8')) as {
      colors: Record<string, { c: number; m: number; y: number; k: number }>;
      styles: Record<string, { size: number; color: string }>;
    };
    expect(theme.colors.ink).toEqual({ c: 0, m: 0, y: 0, k: 100 });
    for (const name of ['body', 'small', 'list', 'table', 'contact']) expect(theme.styles[name]?.color, `style ${name}`).toBe('ink');
    // in the PDFs: every text of a body size (≤ 10 pt) whose colour has no C, M or Y is pure K; the commonest body colour is 0 0 0 1
    for (const file of FILES.filter((f) => f.lang === 'nl' && f.material !== 'poster')) {
      const { pages } = await read(file.path);
      const counts = new Map<string, number>();
      for (const t of pages.flatMap((p) => p.texts)) {
        if (t.size > 10 || t.fill.space !== 'DeviceCMYK') continue;
        const key = t.fill.values.join(' ');
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      const commonest = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
      expect(commonest, file.path).toBe('0 0 0 1');
    }
  });
});
