// The Arabic screen flyer: Latin runs inside Arabic text ("VDAB", web addresses) are Spans with a /Lang of their own, so a screen reader switches voice; Arabic runs carry none.
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef, PDFString, type PDFObject } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { runBuild } from '../../src/commands/runBuild.js';
import { REPO } from '../support/tempProject.js';

const options = { outDir: 'out', cropMarks: true, final: false, creationDate: new Date('2026-01-01T00:00:00Z'), profile: 'icc/FOGRA39-drukwerk.icc', dryRun: true };

/** Every structure element under the root: its type and /Lang. */
function elements(doc: PDFDocument): { type: string; lang?: string }[] {
  const out: { type: string; lang?: string }[] = [];
  const deref = (o: PDFObject | undefined) => (o instanceof PDFRef ? doc.context.lookup(o) : o);
  const walk = (node: PDFObject | undefined, depth: number): void => {
    const value = deref(node);
    if (depth > 200 || !value) return;
    if (value instanceof PDFArray) return value.asArray().forEach((k) => walk(k, depth + 1));
    if (!(value instanceof PDFDict)) return;
    const type = value.get(PDFName.of('S'));
    if (type instanceof PDFName) {
      const lang = deref(value.get(PDFName.of('Lang')));
      out.push({ type: type.decodeText(), ...(lang instanceof PDFString ? { lang: lang.decodeText() } : {}) });
    }
    walk(value.get(PDFName.of('K')), depth + 1);
  };
  walk(doc.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict).get(PDFName.of('K')), 0);
  return out;
}

describe('Latin words in the Arabic screen edition', () => {
  it('are Spans in Dutch (the names of Flemish organisations and their sites); the document is Arabic', async () => {
    const built = await runBuild({ root: REPO, ...options, regions: ['oostende'], langs: ['ar'], materials: ['flyer'], editions: ['screen'] });
    const doc = await PDFDocument.load(built.results[0]!.files[0]!.bytes);
    expect((doc.catalog.lookup(PDFName.of('Lang'), PDFString) as PDFString).decodeText()).toBe('ar');
    const spans = elements(doc).filter((e) => e.type === 'Span');
    expect(spans.length).toBeGreaterThan(3);
    expect(new Set(spans.map((s) => s.lang))).toEqual(new Set(['nl-BE']));
  });

  it('the Dutch flyer has no such Spans: its Latin text is the document language', async () => {
    const built = await runBuild({ root: REPO, ...options, regions: ['oostende'], langs: ['nl'], materials: ['flyer'], editions: ['screen'] });
    const doc = await PDFDocument.load(built.results[0]!.files[0]!.bytes);
    expect(elements(doc).filter((e) => e.lang !== undefined)).toEqual([]);
  });
});
