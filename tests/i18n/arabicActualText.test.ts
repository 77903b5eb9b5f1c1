// Arabic text extraction (issues #9, #21): Arabic runs are glyphs in visual order whose ToUnicode (ligatures in visual order too) every
// reader turns into logical text, with no ActualText (poppler and MuPDF read an ActualText left to right, reversed); brackets and
// dashes painted reversed and mirrored say what they read as in an ActualText; Latin runs carry none.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBuild, type RunBuildResult } from '../../src/commands/runBuild.js';
import { layoutJob, modelJob } from '../../src/pipeline.js';
import { preflightPdf } from '../../src/preflight/preflightPdf.js';
import type { LaidOutDocument, TextItem } from '../../src/layout/types.js';
import type { Job } from '../../src/variant/planJobs.js';
import { projectWorld } from '../support/projectWorld.js';
import { REPO } from '../support/tempProject.js';
import { parseContent, readPages } from '../support/pdfContent.js';
import { extractText } from '../support/renderPdf.js';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { withoutOpenContacts } from '../support/openContacts.js';

const options = { outDir: 'out', cropMarks: true, final: false, creationDate: new Date('2026-01-01T00:00:00Z'), profile: 'icc/FOGRA39-drukwerk.icc', dryRun: true };
const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
const squeeze = (s: string): string => s.replace(/[\s\u00A0]+/g, ' ').trim();

/** One BT … ET of a page, with the /ActualText of the marked content it sits in (if any). */
interface TextObject {
  actualText?: string;
}

/** `<FEFF…>` (a UTF-16BE text string with its byte order mark, as a hex string) → the text. */
function decodeHexText(hex: string): string {
  const digits = hex.replace(/[<>\s]/g, '');
  expect(digits.slice(0, 4).toUpperCase(), 'byte order mark').toBe('FEFF');
  let out = '';
  for (let i = 4; i + 4 <= digits.length; i += 4) out += String.fromCharCode(parseInt(digits.slice(i, i + 4), 16));
  return out;
}

/** Every text object of every page, in content order, with the ActualText in force (marked content nests: BDC/BMC … EMC). */
async function textObjects(bytes: Uint8Array): Promise<TextObject[][]> {
  const { pages } = await readPages(bytes);
  return pages.map((page) => {
    const out: TextObject[] = [];
    const marked: Array<string | undefined> = [];
    for (const { op, args } of parseContent(page.streams[0]!)) {
      if (op === 'BDC') {
        const props = args[1];
        const dict = typeof props === 'object' && props !== null && 'dict' in props ? props.dict : '';
        const hex = /\/ActualText\s*(<[0-9A-Fa-f\s]*>)/.exec(dict)?.[1];
        if (dict.includes('/ActualText')) expect(hex, `ActualText as a hex string: ${dict}`).toBeDefined();
        marked.push(hex === undefined ? undefined : decodeHexText(hex));
      } else if (op === 'BMC') marked.push(undefined);
      else if (op === 'EMC') marked.pop();
      else if (op === 'BT') {
        const actualText = [...marked].reverse().find((t) => t !== undefined);
        out.push(actualText === undefined ? {} : { actualText });
      }
    }
    expect(marked, `page ${page.page}: marked content balanced`).toEqual([]);
    return out;
  });
}

const job = (material: Job['material']): Job => ({ material, region: 'oostende', lang: 'ar', editions: ['print', 'screen'], id: `${material}/oostende/ar` });

describe('Arabic ActualText', () => {
  let built: RunBuildResult;
  let laidOut: { flyer: LaidOutDocument; brochure: LaidOutDocument };
  const pdf = (p: string) => built.results.flatMap((r) => r.files).find((f) => f.path === p)!.bytes;

  beforeAll(async () => {
    built = await runBuild({ root: REPO, ...options, regions: ['oostende'], langs: ['ar'] });
    const world = await projectWorld(REPO);
    const lay = (material: Job['material']) => layoutJob(world, job(material), modelJob(world, job(material)).document!).laidOut;
    laidOut = { flyer: lay('flyer'), brochure: lay('brochure') };
  });

  it('builds preflight clean, without a diagnostic', async () => {
    expect(withoutOpenContacts(built.diagnostics)).toEqual([]);
    const files = built.results.flatMap((r) => r.files);
    expect(files).toHaveLength(4);
    for (const file of files) expect(await preflightPdf(file.bytes, { edition: file.edition }), file.path).toEqual([]);
  });

  for (const material of ['flyer', 'brochure'] as const) {
    for (const edition of ['print', 'screen'] as const) {
      it(`${material}, ${edition}: Arabic runs have no ActualText, mirrored brackets and dashes their logical text, Latin runs none`, async () => {
        const objects = await textObjects(pdf(`oostende/${material}-oostende-ar-${edition}.pdf`));
        const pages = laidOut[material].pages;
        expect(objects).toHaveLength(pages.length);
        let spans = 0;
        pages.forEach((page, p) => {
          const items = page.items.filter((i): i is TextItem => i.kind === 'text');
          // one text object per item, in paint order (the draft mark is outlines, no text)
          expect(objects[p]!.length, `page ${p + 1}`).toBe(items.length);
          items.forEach((item, k) => {
            const got = objects[p]![k]!.actualText;
            // right-to-left runs: Arabic ones keep their text logical; brackets and dashes in the Latin font are painted reversed and mirrored
            const want = ARABIC.test(item.text) ? undefined : item.logical;
            expect(got, `page ${p + 1}: ${item.text}`).toBe(want);
            // Latin words and numbers are never right to left
            if (/[\p{Script=Latin}\p{N}]/u.test(item.text)) expect(got, `page ${p + 1}: ${item.text}`).toBeUndefined();
            if (got !== undefined) spans++;
          });
        });
        expect(spans).toBeGreaterThan(material === 'flyer' ? 5 : 20);
      });
    }
  }

  it('pdf.js (and pdftotext) read the Arabic text in logical order, ligatures and words in place', async () => {
    const flyer = await extractText(pdf('oostende/flyer-oostende-ar-screen.pdf'));
    // the flyer's first heading
    expect(flyer[0]).toContain('هل تترك المدرسة');
    const all = squeeze((await Promise.all(['flyer', 'brochure'].map((m) => extractText(pdf(`oostende/${m}-oostende-ar-screen.pdf`))))).flat().join(' '));
    // runs with lam-alef and lam-yeh ligatures: one glyph each, read as their letters in order
    expect(all).toContain('أو عن طريق لجنة الامتحانات');
    expect(all).toContain('الحصول على');
    expect(all).toContain('لاحقا');
    let pdftotext: string | undefined;
    try {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'drukwerk-ar-'));
      writeFileSync(path.join(dir, 'flyer.pdf'), pdf('oostende/flyer-oostende-ar-screen.pdf'));
      pdftotext = execFileSync('pdftotext', ['-f', '1', '-l', '1', path.join(dir, 'flyer.pdf'), '-'], { encoding: 'utf8' });
    } catch {
      pdftotext = undefined; // poppler-utils not installed: pdf.js above is the check
    }
    if (pdftotext !== undefined) {
      // the heading may break after its third word: each line must read in logical order
      expect(pdftotext).toContain('هل تترك المدرسة');
      expect(pdftotext).toContain('أريد الحصول على مؤهل');
    }
  });

  it('a line mixing Arabic with Latin names, numbers and brackets reads back as written, brackets the right way round', async () => {
    // "في JAC (من 12 إلى 25 سنة) وعند Awel (اتصل": right to left on the mirrored page, one item (one text object) per run
    const page = laidOut.flyer.pages.findIndex((p) => p.items.some((i) => i.kind === 'text' && i.text === 'Awel'));
    expect(page).toBeGreaterThanOrEqual(0);
    const items = laidOut.flyer.pages[page]!.items.filter((i): i is TextItem => i.kind === 'text');
    const awel = items.findIndex((i) => i.text === 'Awel');
    // the runs of Awel's line in its column: on its baseline, each abutting the next
    const line = [{ item: items[awel]!, k: awel }];
    const abutting = (a: TextItem, b: TextItem) => a.y === b.y && (Math.abs(a.x + a.width - b.x) < 0.5 || Math.abs(b.x + b.width - a.x) < 0.5);
    for (let grew = true; grew; ) {
      grew = false;
      items.forEach((item, k) => {
        if (line.some((l) => l.k === k) || !line.some((l) => abutting(l.item, item))) return;
        line.push({ item, k });
        grew = true;
      });
    }
    line.sort((a, b) => a.k - b.k);
    const objects = (await textObjects(pdf('oostende/flyer-oostende-ar-screen.pdf')))[page]!;
    const runs = line.map(({ item, k }) => [item.text, objects[k]!.actualText ?? null]);
    // the brackets are in the Latin font (the Arabic one has none), painted mirrored: ") " on the page reads " ("
    expect(runs).toEqual(
      expect.arrayContaining([
        [') ', ' ('],
        [' (', ') '],
      ]),
    );
    // right to left, each run as it reads: the line as written
    expect(squeeze(line.map(({ item, k }) => objects[k]!.actualText ?? item.text).join(''))).toBe('في JAC (من 12 إلى 25 سنة) وعند Awel (اتصل');
    expect(runs).toEqual(
      expect.arrayContaining([
        ['في ', null],
        ['JAC', null],
        ['من ', null],
        ['12', null],
        // the range and its unit are glued (no-break spaces), so "12 إلى 25 سنة" never breaks apart
        ['\u00A0إلى\u00A0', null],
        ['25', null],
        ['\u00A0سنة', null],
        ['وعند ', null],
        ['Awel', null],
        ['اتصل', null],
      ]),
    );
  });

  it('a contact line: neither "الهاتف" nor the Belgian phone number carries an ActualText', async () => {
    const objects = await textObjects(pdf('oostende/flyer-oostende-ar-print.pdf'));
    const pages = laidOut.flyer.pages;
    const found: Array<[string, string | null]> = [];
    pages.forEach((page, p) => {
      const items = page.items.filter((i): i is TextItem => i.kind === 'text');
      items.forEach((item, k) => {
        // the number is set with no-break spaces
        if (item.text === 'الهاتف ' || squeeze(item.text) === '0800 30 700') found.push([squeeze(item.text), objects[p]![k]!.actualText ?? null]);
      });
    });
    expect(found).toEqual(
      expect.arrayContaining([
        ['الهاتف', null],
        ['0800 30 700', null],
      ]),
    );
  });

  it('Dutch PDFs carry no ActualText', async () => {
    const dutch = await runBuild({ root: REPO, ...options, regions: ['oostende'], langs: ['nl'], materials: ['flyer'] });
    expect(withoutOpenContacts(dutch.diagnostics)).toEqual([]);
    for (const file of dutch.results.flatMap((r) => r.files)) {
      const objects = (await textObjects(file.bytes)).flat();
      expect(objects.length).toBeGreaterThan(50);
      expect(
        objects.filter((o) => o.actualText !== undefined),
        file.path,
      ).toEqual([]);
    }
  });
});
