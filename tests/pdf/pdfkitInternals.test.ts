// The pdfkit and fontkit internals the adapter relies on, checked on real objects: a pdfkit or fontkit update that renames, retypes or stops calling one fails here, naming it.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { create } from 'fontkit';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import {
  catalog,
  cidsAsGlyphIds,
  CollectingPdf,
  currentFont,
  currentFontSize,
  editNewObjects,
  filterOpacity,
  newRef,
  objectCount,
  pageDictionary,
  pageFonts,
  pageRefs,
  pageResources,
  PRIVATE_MEMBERS,
  runExtras,
  spotColors,
  wrapGetGlyph,
  wrapLayout,
} from '../../src/pdf/pdfkitInternals.js';
import { REPO } from '../support/tempProject.js';

const INTER = readFileSync(path.join(REPO, 'fonts/Inter-Regular.otf'));
const ARABIC = readFileSync(path.join(REPO, 'fonts/NotoSansArabic-Regular.ttf'));

type Kind = 'function' | 'object' | 'number' | 'string' | 'boolean' | 'array' | 'bytes';

/** Fails with the member's name and what the adapter expects of it. */
function expectMember(owner: string, holder: unknown, name: string, kind: Kind): void {
  const value = (holder as Record<string, unknown> | null | undefined)?.[name];
  const actual = Array.isArray(value) ? 'array' : value instanceof Uint8Array ? 'bytes' : value === null ? 'null' : typeof value;
  const ok = kind === 'object' ? actual === 'object' || actual === 'array' || actual === 'bytes' : actual === kind;
  expect(
    ok,
    `${owner}.${name} should be ${kind === 'array' || kind === 'object' ? 'an' : 'a'} ${kind} (src/pdf/pdfkitInternals.ts relies on it), but is ${actual}: pdfkit or fontkit changed its internals`,
  ).toBe(true);
}

/** A plain pdfkit document with a font set and a page: what painting works on. */
function plainDocument(font: Buffer = INTER): PDFKit.PDFDocument {
  const doc = new PDFDocument({ compress: false, autoFirstPage: false, font: null as unknown as string });
  doc.registerFont('f', font);
  doc.addPage({ size: 'A5', margin: 0 });
  doc.font('f').fontSize(11);
  return doc;
}

describe('pdfkit internals the adapter uses', () => {
  it('the document has every private member named in PRIVATE_MEMBERS, of the kind the adapter expects', () => {
    const doc = plainDocument();
    const kinds: Record<(typeof PRIVATE_MEMBERS)[number], Kind> = {
      _root: 'object',
      _font: 'object',
      _fontSize: 'number',
      _offsets: 'array',
      _offset: 'number',
      _id: 'object',
      _write: 'function',
      _finalize: 'function',
      _doOpacity: 'function',
    };
    for (const name of PRIVATE_MEMBERS) expectMember('PDFDocument', doc, name, kinds[name]);
    for (const name of ['ref', 'endMetadata', 'addContent', 'push']) expectMember('PDFDocument', doc, name, 'function');
    expectMember('PDFDocument', doc, 'spotColors', 'object');
  });

  it('the catalog, the page list and the current page have the shape the adapter reads', () => {
    const doc = plainDocument();
    expectMember('PDFDocument._root', catalog(doc), 'data', 'object');
    expectMember('PDFDocument._root.data', catalog(doc).data, 'Pages', 'object');
    expect(pageRefs(doc), 'PDFDocument._root.data.Pages.data.Kids: one page object per page').toHaveLength(1);
    const page = (doc as unknown as { page: unknown }).page;
    for (const name of ['dictionary', 'resources', 'ext_gstates', 'fonts', 'content']) expectMember('PDFPage', page, name, 'object');
    expectMember('PDFPage.dictionary', pageDictionary(doc), 'data', 'object');
    expectMember('PDFPage.resources', pageResources(doc), 'data', 'object');
    expect(pageFonts(doc), 'PDFPage.fonts').toBeTypeOf('object');
    expect(spotColors(doc), 'PDFDocument.spotColors').toEqual({});
    const content = (page as { content: unknown }).content;
    for (const [name, kind] of [
      ['write', 'function'],
      ['finalize', 'function'],
      ['buffer', 'array'],
      ['compress', 'boolean'],
    ] as const)
      expectMember('PDFPage.content', content, name, kind);
  });

  it('a new object is a PDFReference with data, compress, write and end, and counts in _offsets', () => {
    const doc = plainDocument();
    const before = objectCount(doc);
    const ref = newRef(doc, { Type: 'ExtGState' });
    expect(objectCount(doc), 'PDFDocument._offsets grows by one per ref()').toBe(before + 1);
    for (const [name, kind] of [
      ['data', 'object'],
      ['compress', 'boolean'],
      ['write', 'function'],
      ['end', 'function'],
      ['finalize', 'function'],
      ['buffer', 'array'],
    ] as const) {
      expectMember('PDFReference', ref, name, kind);
    }
    ref.end();
  });

  it('the current font is an EmbeddedFont with the members embedWithGlyphIds and writeText use; _fontSize is the size set', () => {
    const doc = plainDocument();
    const font = currentFont<Record<string, unknown>>(doc);
    for (const name of ['id']) expectMember('EmbeddedFont', font, name, 'string');
    for (const name of ['scale', 'ascender', 'descender']) expectMember('EmbeddedFont', font, name, 'number');
    for (const name of ['font', 'subset', 'document', 'unicode']) expectMember('EmbeddedFont', font, name, 'object');
    for (const name of ['layoutRun', 'layout', 'encode', 'embed', 'ref']) expectMember('EmbeddedFont', font, name, 'function');
    for (const name of ['includeGlyph', 'encode']) expectMember('EmbeddedFont.subset', font.subset, name, 'function');
    expectMember('EmbeddedFont.subset', font.subset, 'glyphs', 'array');
    expect(currentFontSize(doc), 'PDFDocument._fontSize').toBe(11);
    (font.ref as () => unknown)();
    expectMember('EmbeddedFont (after ref())', font, 'dictionary', 'object');
  });

  it('fillOpacity goes through _doOpacity, and ref() is looked up on the document (svg-to-pdfkit paths)', () => {
    const doc = plainDocument();
    const seen: [number | undefined, number | undefined][] = [];
    const restore = filterOpacity(doc, (fill, stroke) => {
      seen.push([fill, stroke]);
      return false;
    });
    doc.fillOpacity(0.5);
    restore();
    expect(seen, 'PDFDocument.fillOpacity calls this._doOpacity(fill, stroke)').toEqual([[0.5, null]]);
    const edited: unknown[] = [];
    const stop = editNewObjects(doc, (data) => edited.push(data));
    doc.opacity(0.4);
    stop();
    expect(edited.length, 'PDFDocument.opacity makes its ExtGState through this.ref()').toBeGreaterThan(0);
  });

  it('a collecting document writes through _write, is finished by _finalize, and its ID is the digest of its bytes', () => {
    const pdf = new CollectingPdf({ autoFirstPage: false, font: null as unknown as string, compress: true }, { xmp: '<x:xmpmeta xmlns:x="adobe:ns:meta/"/>', deflatePage: (c) => c });
    pdf.addPage({ size: 'A5', margin: 0 });
    pdf.addContent('0 0 m 10 10 l S');
    const bytes = pdf.finish();
    const text = bytes.toString('latin1');
    const trailer = text.lastIndexOf('\nxref\n');
    const id = createHash('sha1')
      .update(bytes.subarray(0, trailer + 1))
      .digest()
      .subarray(0, 16)
      .toString('hex');
    expect(text, 'PDFDocument._finalize writes the trailer with this._id').toContain(`/ID [<${id}> <${id}>]`);
    expect(text, 'PDFDocument.endMetadata is where the XMP is written').toContain('adobe:ns:meta/');
    expect(text.endsWith('%%EOF\n'), 'PDFDocument._finalize ends the file').toBe(true);
  });
});

describe('fontkit internals the adapter uses', () => {
  it('a CFF subset calls createCIDFontdict or subsetFontdict with its top dict, so the CIDs can be the glyph ids', () => {
    const font = create(INTER) as unknown as { createSubset(): Record<string, unknown> & { includeGlyph(id: number): void; encode(): Uint8Array } };
    const subset = font.createSubset();
    expectMember('fontkit CFFSubset', subset, 'cff', 'object');
    for (const name of ['createCIDFontdict', 'subsetFontdict']) expectMember('fontkit CFFSubset', subset, name, 'function');
    const ids = [0, 36, 37];
    for (const id of ids) subset.includeGlyph(id);
    cidsAsGlyphIds(subset, ids);
    const topDicts: Record<string, unknown>[] = [];
    for (const name of ['createCIDFontdict', 'subsetFontdict']) {
      const patched = subset[name] as (topDict: Record<string, unknown>) => unknown;
      subset[name] = function (this: unknown, topDict: Record<string, unknown>) {
        const result = patched.call(this, topDict);
        topDicts.push(topDict);
        return result;
      };
    }
    expect(subset.encode().length, 'the subset encodes').toBeGreaterThan(0);
    expect(topDicts, 'fontkit CFFSubset.encode calls createCIDFontdict or subsetFontdict once, with the top dict it then writes').toHaveLength(1);
    expect(topDicts[0]).toMatchObject({ charset: { version: 0, glyphs: [36, 37] }, CIDCount: 38 });
  });

  it('a TrueType subset lists its glyphs in subset order', () => {
    const font = create(ARABIC) as unknown as { createSubset(): Record<string, unknown> & { includeGlyph(id: number): void } };
    const subset = font.createSubset();
    subset.includeGlyph(5);
    expectMember('fontkit TTFSubset', subset, 'glyphs', 'array');
    expect(subset.glyphs, 'fontkit TTFSubset.glyphs: glyph 0 first, then in order of includeGlyph').toEqual([0, 5]);
  });

  it('fontkit keeps one glyph object per id, and its shapers fetch glyphs through the instance’s getGlyph (what glyphCodePoints wraps)', () => {
    const font = create(ARABIC) as unknown as { getGlyph(id: number, codePoints?: number[]): object; layout(text: string): unknown };
    expect(font.getGlyph(5, [0x627]), 'fontkit Font.getGlyph caches a glyph per id').toBe(font.getGlyph(5, [0x628]));
    let calls = 0;
    wrapGetGlyph<object>(font, (getGlyph) => (id, codePoints) => {
      calls++;
      return getGlyph(id, codePoints);
    });
    font.layout('لا الامتحانات');
    expect(calls, 'fontkit shaping calls this.font.getGlyph, so a wrapper on the instance sees its glyphs').toBeGreaterThan(0);
  });

  it('pdfkit shapes through the font instance’s layout (what withFeatures and memoizeShaping wrap), and a run carries script, language, direction and features', () => {
    const font = create(INTER) as unknown as { layout(text: string, features?: unknown): object };
    expect(runExtras(font.layout('Oostende'))).toMatchObject({ script: expect.any(String), direction: expect.any(String), features: expect.any(Object) });
    expect(Object.keys(font.layout('Oostende')), 'fontkit GlyphRun has script, language, direction and features').toEqual(expect.arrayContaining(['script', 'language', 'direction', 'features']));
    let calls = 0;
    wrapLayout<object>(font, (layout) => (text, features, ...rest) => {
      calls++;
      return layout(text, features, ...rest);
    });
    const doc = new PDFDocument({ autoFirstPage: false, font: null as unknown as string });
    doc.registerFont('f', font as unknown as Buffer);
    doc.addPage({ size: 'A5' }).font('f');
    currentFont<{ layoutRun(text: string): unknown }>(doc).layoutRun('Oostende');
    expect(calls, 'pdfkit EmbeddedFont.layoutRun calls this.font.layout').toBe(1);
  });
});
