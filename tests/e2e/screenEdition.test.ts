// Acceptance: every shipped screen PDF is a tagged sRGB document with MediaBox = trim, document language, links, bookmarks that match the headings, and internal links from the leidraad's contents to its sections.
import { beforeAll, describe, expect, it } from 'vitest';
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFNumber, PDFRef, PDFStream, PDFString, type PDFDocument, type PDFObject } from 'pdf-lib';
import { preflightPdf } from '../../src/preflight/preflightPdf.js';
import { mm } from '../../src/units.js';
import { describeSpace, readPages, resourceColourSpaces, type PageContent } from '../support/pdfContent.js';
import { readStructure, squash, type OutlineEntry, type StructNode } from '../support/structText.js';
import { buildShipped, expectedFiles, filesOf, TRIM_MM } from '../support/shippedBuild.js';
import type { RunBuildResult } from '../../src/commands/runBuild.js';
import { withoutOpenContacts } from '../support/openContacts.js';

const FILES = expectedFiles('screen');
const LANG: Record<string, string> = { nl: 'nl-BE', fr: 'fr-BE', en: 'en', ar: 'ar' };

let result: RunBuildResult;
let files: Map<string, Buffer>;
const cache = new Map<string, Promise<{ doc: PDFDocument; pages: PageContent[] }>>();
const structures = new Map<string, Promise<{ elements: StructNode[]; outline: OutlineEntry[]; pageTexts: string[] }>>();
const read = (file: string) => {
  if (!cache.has(file)) cache.set(file, readPages(files.get(file)!));
  return cache.get(file)!;
};
const structure = (file: string) => {
  if (!structures.has(file)) structures.set(file, readStructure(files.get(file)!));
  return structures.get(file)!;
};

const deref = (doc: PDFDocument, o: PDFObject | undefined): PDFObject | undefined => (o instanceof PDFRef ? doc.context.lookup(o) : o);
const text = (o: PDFObject | undefined): string | undefined => (o instanceof PDFString || o instanceof PDFHexString ? o.decodeText() : undefined);
const numbers = (doc: PDFDocument, o: PDFObject | undefined): number[] => {
  const arr = deref(doc, o);
  return arr instanceof PDFArray ? arr.asArray().map((n) => (deref(doc, n) as PDFNumber).asNumber()) : [];
};

interface Annotation {
  page: number;
  ref: PDFRef;
  dict: PDFDict;
}

function annotations(doc: PDFDocument): Annotation[] {
  return doc.getPages().flatMap((page, i) => {
    const annots = deref(doc, page.node.get(PDFName.of('Annots')));
    if (!(annots instanceof PDFArray)) return [];
    return annots.asArray().map((ref) => ({ page: i + 1, ref: ref as PDFRef, dict: deref(doc, ref) as PDFDict }));
  });
}

/** The catalog's /Names /Dests tree, flattened: name → [page ref, …]. */
function namedDestinations(doc: PDFDocument): Map<string, PDFArray> {
  const out = new Map<string, PDFArray>();
  const names = deref(doc, doc.catalog.get(PDFName.of('Names'))) as PDFDict | undefined;
  const walk = (node: PDFDict | undefined): void => {
    if (!node) return;
    const pairs = deref(doc, node.get(PDFName.of('Names')));
    if (pairs instanceof PDFArray) {
      for (let i = 0; i + 1 < pairs.size(); i += 2) {
        let dest = deref(doc, pairs.get(i + 1));
        if (dest instanceof PDFDict) dest = deref(doc, dest.get(PDFName.of('D')));
        out.set(text(deref(doc, pairs.get(i)))!, dest as PDFArray);
      }
    }
    const kids = deref(doc, node.get(PDFName.of('Kids')));
    if (kids instanceof PDFArray) for (const kid of kids.asArray()) walk(deref(doc, kid) as PDFDict);
  };
  walk(deref(doc, names?.get(PDFName.of('Dests'))) as PDFDict | undefined);
  return out;
}

const pageNumberOf = (doc: PDFDocument, ref: PDFObject | undefined): number => doc.getPages().findIndex((p) => p.ref === ref) + 1;

beforeAll(async () => {
  result = await buildShipped('screen');
  files = filesOf(result);
});

describe('the screen edition of the shipped content', () => {
  it('builds every material for both regions in every language, with no diagnostic', () => {
    expect(withoutOpenContacts(result.diagnostics)).toEqual([]);
    expect([...files.keys()].sort()).toEqual(FILES.map((f) => f.path).sort());
  });

  describe.each(FILES.map((f) => [f.path, f] as const))('%s', (file, { material, lang }) => {
    it('has MediaBox = trim size, and no TrimBox or BleedBox beyond it', async () => {
      const { doc } = await read(file);
      const [w, h] = TRIM_MM[material]!;
      for (const page of doc.getPages()) {
        const media = numbers(doc, page.node.get(PDFName.of('MediaBox')));
        expect(media[0]).toBeCloseTo(0, 2);
        expect(media[1]).toBeCloseTo(0, 2);
        expect(media[2]! - media[0]!).toBeCloseTo(mm(w), 2);
        expect(media[3]! - media[1]!).toBeCloseTo(mm(h), 2);
        for (const name of ['TrimBox', 'BleedBox', 'CropBox']) {
          const box = numbers(doc, page.node.get(PDFName.of(name)));
          if (box.length) box.forEach((v, i) => expect(v, name).toBeCloseTo(media[i]!, 2));
        }
      }
    });

    it(`is tagged: a Document root, MarkInfo /Marked true, /Lang ${LANG[lang]}, DisplayDocTitle, a title`, async () => {
      const { doc } = await read(file);
      const root = deref(doc, doc.catalog.get(PDFName.of('StructTreeRoot'))) as PDFDict;
      expect(root).toBeInstanceOf(PDFDict);
      expect(root.get(PDFName.of('Type'))?.toString()).toBe('/StructTreeRoot');
      const k = deref(doc, root.get(PDFName.of('K')));
      const top = k instanceof PDFArray ? k.asArray().map((e) => deref(doc, e) as PDFDict) : [k as PDFDict];
      expect(top).toHaveLength(1);
      expect(top[0]!.get(PDFName.of('S'))?.toString()).toBe('/Document');
      const markInfo = deref(doc, doc.catalog.get(PDFName.of('MarkInfo'))) as PDFDict;
      expect(deref(doc, markInfo.get(PDFName.of('Marked')))?.toString()).toBe('true');
      expect(text(deref(doc, doc.catalog.get(PDFName.of('Lang'))))).toBe(LANG[lang]);
      const prefs = deref(doc, doc.catalog.get(PDFName.of('ViewerPreferences'))) as PDFDict;
      expect(deref(doc, prefs.get(PDFName.of('DisplayDocTitle')))?.toString()).toBe('true');
      const info = deref(doc, doc.context.trailerInfo.Info) as PDFDict;
      const title = text(deref(doc, info.get(PDFName.of('Title'))));
      expect(title).toBeTruthy();
      // in the typography of the pages it names (the content writes a straight apostrophe; the cover printed l’école, the title l'école)
      expect(title).not.toMatch(/['"]/);
      if (lang === 'fr') expect(title).toMatch(/^Quitter l’école sans qualification\u202F\?/);
      // every page belongs to the structure tree
      for (const page of doc.getPages()) expect(page.node.has(PDFName.of('StructParents'))).toBe(true);
    });

    it('gives every figure an alternative text, and the QR code a figure with its address and a link', async () => {
      const { elements } = await structure(file);
      const figures = elements.filter((e) => e.role === 'Figure');
      for (const f of figures) expect(f.alt?.trim(), `figure on page ${f.page}`).toBeTruthy();
      if (material !== 'leidraad') {
        const qr = figures.filter((f) => /^QR code: https:\/\/\S+$/.test(f.alt ?? ''));
        expect(qr.length).toBeGreaterThanOrEqual(1);
        const { doc } = await read(file);
        const uris = annotations(doc).map((a) => text(deref(doc, (deref(doc, a.dict.get(PDFName.of('A'))) as PDFDict | undefined)?.get(PDFName.of('URI')))));
        for (const f of qr) expect(uris).toContain(f.alt!.replace('QR code: ', ''));
      }
    });

    it('links web addresses and phone numbers with URI actions, each joined to the structure tree on its own page', async () => {
      const { doc } = await read(file);
      const links = annotations(doc);
      expect(links.length).toBeGreaterThan(0);
      const uris: string[] = [];
      for (const { dict, page } of links) {
        expect(dict.get(PDFName.of('Subtype'))?.toString()).toBe('/Link');
        const action = deref(doc, dict.get(PDFName.of('A'))) as PDFDict;
        expect(action, `a link on page ${page} has an action`).toBeInstanceOf(PDFDict);
        const s = action.get(PDFName.of('S'))?.toString();
        expect(['/URI', '/GoTo']).toContain(s);
        if (s === '/URI') uris.push(text(deref(doc, action.get(PDFName.of('URI'))))!);
        expect(text(deref(doc, dict.get(PDFName.of('Contents')))), `link on page ${page} has a description`).toBeTruthy();
        expect(dict.has(PDFName.of('StructParent'))).toBe(true);
      }
      for (const uri of uris) expect(uri).toMatch(/^(https:\/\/[a-z0-9.-]+\.[a-z]{2,}(\/\S*)?|tel:\+?\d+|mailto:\S+@\S+)$/);
      if (material !== 'poster') {
        expect(uris).toContain('https://www.vdab.be');
        expect(uris).toContain('tel:080030700');
      }
      // each link annotation is the object of exactly one OBJR, whose /Pg is the page the annotation is on
      const pageOfAnnot = new Map(links.map((l) => [l.ref.toString(), l.page]));
      const objrs: Array<{ obj: string; pg: number }> = [];
      for (const [, obj] of doc.context.enumerateIndirectObjects()) {
        if (!(obj instanceof PDFDict) || obj.get(PDFName.of('S'))?.toString() !== '/Link') continue;
        const kids = deref(doc, obj.get(PDFName.of('K')));
        for (const kid of kids instanceof PDFArray ? kids.asArray() : [kids]) {
          const d = deref(doc, kid);
          if (d instanceof PDFDict && d.get(PDFName.of('Type'))?.toString() === '/OBJR') {
            objrs.push({ obj: d.get(PDFName.of('Obj'))!.toString(), pg: pageNumberOf(doc, d.get(PDFName.of('Pg')) ?? obj.get(PDFName.of('Pg'))) });
          }
        }
      }
      expect(objrs.map((o) => o.obj).sort()).toEqual([...pageOfAnnot.keys()].sort());
      for (const o of objrs) expect(o.pg, `OBJR ${o.obj}: page of the annotation`).toBe(pageOfAnnot.get(o.obj));
    });

    it('paints in sRGB only: no DeviceCMYK, no CMYK profile or image, no output intent', async () => {
      const { doc, pages } = await read(file);
      expect(doc.catalog.has(PDFName.of('OutputIntents'))).toBe(false);
      for (const page of pages) {
        const ops = page.ops.map((o) => o.op);
        expect(ops).not.toContain('k');
        expect(ops).not.toContain('K');
        for (const content of page.streams) expect(content).not.toContain('/DeviceCMYK');
        for (const c of page.colours) expect(c.space, `page ${page.page}`).not.toBe('DeviceCMYK');
        for (const res of page.resources) for (const space of resourceColourSpaces(doc, res)) expect(describeSpace(doc, space).name).not.toMatch(/CMYK|N 4/);
      }
      for (const [, obj] of doc.context.enumerateIndirectObjects()) {
        if (obj instanceof PDFStream && obj.dict.get(PDFName.of('Subtype'))?.toString() === '/Image') {
          const space = deref(doc, obj.dict.get(PDFName.of('ColorSpace')));
          if (space) expect(describeSpace(doc, space).name).not.toMatch(/CMYK|N 4/);
        }
      }
    });

    it('passes our own preflight for the screen without a finding', async () => {
      expect(await preflightPdf(files.get(file)!, { edition: 'screen' })).toEqual([]);
    });
  });

  describe.each(FILES.filter((f) => f.material === 'brochure' || f.material === 'leidraad').map((f) => [f.path, f] as const))('%s: bookmarks', (file, { lang }) => {
    it('has one bookmark per section heading (H1 after the cover), in order, each opening the heading’s page', async () => {
      const { elements, outline } = await structure(file);
      const sections = elements.filter((e) => e.role === 'H1' && e.page > 1);
      expect(sections.length).toBeGreaterThan(3);
      expect(outline.map((o) => o.page)).toEqual(sections.map((s) => s.page));
      // pdf.js reads Arabic back with its presentation forms decomposed differently: compare titles in the Latin scripts
      if (lang !== 'ar') expect(outline.map((o) => squash(o.title))).toEqual(sections.map((s) => squash(s.text)));
      else for (const o of outline) expect(o.title.trim()).not.toBe('');
    });
  });

  describe.each(FILES.filter((f) => f.material === 'leidraad').map((f) => [f.path] as const))('%s', (file) => {
    it('has headings, a table of TR/TD and a TOC', async () => {
      const { elements } = await structure(file);
      const roles = new Set(elements.map((e) => e.role));
      for (const role of ['H1', 'Table', 'TR', 'TD', 'TOC', 'TOCI', 'Link', 'P']) expect(roles, role).toContain(role);
      // a TR belongs to a table, a TD to a row
      const order = elements.map((e) => e.role);
      expect(order.indexOf('Table')).toBeLessThan(order.indexOf('TR'));
    });

    it('links every entry of its contents to the section, through named destinations on the heading’s page', async () => {
      const { doc } = await read(file);
      const { elements } = await structure(file);
      const dests = namedDestinations(doc);
      const goTos = annotations(doc).filter((a) => (deref(doc, a.dict.get(PDFName.of('A'))) as PDFDict).get(PDFName.of('S'))?.toString() === '/GoTo');
      expect(goTos.length).toBeGreaterThan(3);
      const headings = elements.filter((e) => e.role === 'H1' && e.page > 1);
      const linkedTitles = new Set<string>();
      for (const link of goTos) {
        const action = deref(doc, link.dict.get(PDFName.of('A'))) as PDFDict;
        const d = deref(doc, action.get(PDFName.of('D')));
        const name = text(d) ?? (d instanceof PDFName ? d.decodeText() : undefined);
        expect(name, 'a named destination').toBeTruthy();
        const dest = dests.get(name!);
        expect(dest, `destination "${name}"`).toBeInstanceOf(PDFArray);
        const target = pageNumberOf(doc, dest!.get(0));
        expect(target).toBeGreaterThan(link.page - 1);
        const label = text(deref(doc, link.dict.get(PDFName.of('Contents'))))!;
        if (/^\d+$/.test(label)) {
          // the page number printed in the contents is the page the link opens
          expect(Number(label), `the contents entry for "${name}"`).toBe(target);
        } else {
          const heading = headings.find((h) => squash(h.text) === squash(label));
          expect(heading, `a section heading "${label}"`).toBeDefined();
          expect(target).toBe(heading!.page);
          linkedTitles.add(squash(label));
        }
      }
      // every section is in the contents
      expect([...linkedTitles].sort()).toEqual(headings.map((h) => squash(h.text)).sort());
    });
  });
});
