// The shipped flyer, both editions → the text as its content streams say it: a line that ends at a space carries that space, so the tags and the text in content order read "verlaten zonder", never "verlatenzonder".
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRef, type PDFObject } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBuild, type RunBuildResult } from '../../src/commands/runBuild.js';
import { readPdf } from '../../src/preflight/readPdf.js';
import type { TextMark } from '../../src/preflight/types.js';
import { REPO } from '../support/tempProject.js';

const options = { outDir: 'out', cropMarks: true, final: false, creationDate: new Date('2026-01-01T00:00:00Z'), profile: 'icc/FOGRA39-drukwerk.icc', dryRun: true };

let result: RunBuildResult;
const pdf = (edition: string): Uint8Array => result.results.flatMap((r) => r.files).find((f) => f.path === `oostende/flyer-oostende-nl-${edition}.pdf`)!.bytes;

beforeAll(async () => {
  result = await runBuild({ root: REPO, ...options, regions: ['oostende'], langs: ['nl'], materials: ['flyer'], editions: ['print', 'screen'] });
}, 240_000);

/** Structure elements of page `n` (type → the text of their marked content, every glyph through ToUnicode, spaces included), in tree order. */
async function taggedText(bytes: Uint8Array, n: number): Promise<{ type: string; text: string }[]> {
  const parsed = await readPdf(bytes);
  const byMcid = new Map<number, string>();
  for (const mark of parsed.pages[n - 1]!.marks) {
    if (mark.kind !== 'text' || mark.marked?.artifact || mark.marked?.mcid === undefined) continue;
    byMcid.set(mark.marked.mcid, (byMcid.get(mark.marked.mcid) ?? '') + (mark as TextMark).text);
  }
  const doc = await PDFDocument.load(bytes);
  const pageRef = doc.getPages()[n - 1]!.ref;
  const deref = (o: PDFObject | undefined) => (o instanceof PDFRef ? doc.context.lookup(o) : o);
  const out: { type: string; text: string }[] = [];
  const walk = (node: PDFObject | undefined, depth: number): void => {
    const value = deref(node);
    if (depth > 200 || !(value instanceof PDFDict || value instanceof PDFArray)) return;
    if (value instanceof PDFArray) return value.asArray().forEach((k) => walk(k, depth + 1));
    const type = value.get(PDFName.of('S'));
    const kids = deref(value.get(PDFName.of('K')));
    const list = kids instanceof PDFArray ? kids.asArray() : kids ? [kids] : [];
    const onPage = value.get(PDFName.of('Pg')) === pageRef;
    if (type instanceof PDFName && onPage) {
      const text = list.map((k) => (k instanceof PDFNumber ? (byMcid.get(k.asNumber()) ?? '') : '')).join('');
      out.push({ type: type.decodeText(), text });
    }
    for (const k of list) if (!(k instanceof PDFNumber)) walk(k, depth + 1);
  };
  walk(doc.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict).get(PDFName.of('K')), 0);
  return out;
}

/** Every text run of page `n`, in content order, joined without anything between them (what a reader that trusts the glyphs gets). */
async function contentText(bytes: Uint8Array, n: number): Promise<string> {
  const parsed = await readPdf(bytes);
  return parsed.pages[n - 1]!.marks.flatMap((m) => (m.kind === 'text' && !m.marked?.artifact ? [(m as TextMark).text] : [])).join('');
}

describe('line ends in the text', () => {
  it('screen: a heading and paragraphs broken at spaces read with those spaces, from their tags', async () => {
    const elements = await taggedText(pdf('screen'), 1);
    const texts = elements.map((e) => `${e.type}: ${e.text}`);
    expect(texts).toContain('H1: De school verlaten zonder kwalificatie?');
    const all = elements.map((e) => e.text).join('\n');
    for (const joined of ['verlatenzonder', 'ofgetuigschrift', 'kanje', 'viade', 'joupast', 'eenkwalificatie']) expect(all).not.toContain(joined);
    for (const e of elements) {
      // the space is the line's own, never doubled, and no element ends in one (a paragraph's last line ends at no break)
      expect(e.text, e.type).not.toMatch(/ {2}|\s$/);
    }
  });

  it('print: the text in content order has the spaces too (print PDFs are searched and copied)', async () => {
    const text = await contentText(pdf('print'), 1);
    expect(text).toContain('De school verlaten zonder kwalificatie?');
    expect(text).toContain('diploma of getuigschrift?');
  });
});
