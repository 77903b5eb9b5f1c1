// Arabic: the flyer and the brochure build clean in both editions with Noto Sans Arabic embedded, shaped and in logical text order; bidi reorders mixed lines; RTL pages mirror (binding on the right); one visual reference.
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PDFDocument, PDFName, PDFString, PDFDict } from 'pdf-lib';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { runBuild, type RunBuildResult } from '../../src/commands/runBuild.js';
import { layoutJob, modelJob } from '../../src/pipeline.js';
import { visualSegments, directionOf } from '../../src/layout/bidi.js';
import { preflightPdf } from '../../src/preflight/preflightPdf.js';
import { mm } from '../../src/units.js';
import { projectWorld } from '../support/projectWorld.js';
import { REPO } from '../support/tempProject.js';
import { extractText, renderPages } from '../support/renderPdf.js';
import type { Job } from '../../src/variant/planJobs.js';
import type { TextItem } from '../../src/layout/types.js';
import { withoutOpenContacts } from '../support/openContacts.js';

const options = { outDir: 'out', cropMarks: true, final: false, creationDate: new Date('2026-01-01T00:00:00Z'), profile: 'icc/FOGRA39-drukwerk.icc', dryRun: true };
const squeeze = (s: string): string => s.replace(/\s+/g, '');

describe('bidi', () => {
  it('an Arabic sentence with "VDAB 0800 30 700" reorders right to left, the Latin runs keeping their own order', () => {
    const segments = visualSegments(
      [
        { text: 'اتصل بـ ', source: 'a' },
        { text: 'VDAB', source: 'b' },
        { text: ' على 0800\u00A030\u00A0700 الآن.', source: 'c' },
      ],
      'rtl',
    );
    // left to right on the page; each Arabic segment stays in logical order (the shaper draws it right to left)
    expect(segments.map((s) => [s.text, s.level])).toEqual([
      [' الآن.', 1],
      ['0800\u00A030\u00A0700', 2],
      [' على ', 1],
      ['VDAB', 2],
      ['اتصل بـ ', 1],
    ]);
  });

  it('mirrors brackets in right-to-left text and reads the direction from the language', () => {
    // as the line breaker gives them: the brackets in the Latin font (the Arabic one has none), apart from the Arabic run
    const pieces = [
      { text: 'سن ', source: 0 },
      { text: '(', source: 1 },
      { text: '18', source: 2 },
      { text: ')', source: 1 },
    ];
    // "سن (18)" right to left: the closing bracket, mirrored, comes first from the left
    expect(visualSegments(pieces, 'rtl').map((s) => s.text)).toEqual(['(', '18', ')', 'سن ']);
    expect([directionOf('ar'), directionOf('nl'), directionOf('fr-BE')]).toEqual(['rtl', 'ltr', 'ltr']);
  });
});

describe('Arabic', () => {
  let result: RunBuildResult;
  const pdf = (p: string) => result.results.flatMap((r) => r.files).find((f) => f.path === p)!.bytes;
  beforeAll(async () => {
    result = await runBuild({ root: REPO, ...options, regions: ['oostende'], langs: ['ar'] });
  });

  it('builds the flyer and the brochure, both editions, preflight clean, without a diagnostic', async () => {
    expect(withoutOpenContacts(result.diagnostics)).toEqual([]);
    const files = result.results.flatMap((r) => r.files);
    expect(files.map((f) => f.path).sort()).toEqual(['brochure', 'flyer'].flatMap((m) => ['print', 'screen'].map((e) => `oostende/${m}-oostende-ar-${e}.pdf`)));
    for (const file of files) expect(await preflightPdf(file.bytes, { edition: file.edition }), file.path).toEqual([]);
  });

  it('embeds Noto Sans Arabic (and Inter for the Latin runs); the screen edition says /Lang (ar)', async () => {
    const doc = await PDFDocument.load(pdf('oostende/flyer-oostende-ar-screen.pdf'));
    const names = new Set<string>();
    for (const page of doc.getPages()) {
      const fonts = page.node.Resources()!.lookup(PDFName.of('Font'), PDFDict);
      for (const key of fonts.keys()) names.add(String(fonts.lookup(key, PDFDict).get(PDFName.of('BaseFont'))).replace(/^\/[A-Z]{6}\+/, ''));
    }
    expect([...names]).toEqual(expect.arrayContaining(['NotoSansArabic-Bold', 'NotoSansArabic-Regular', 'Inter-Bold']));
    expect((doc.catalog.lookup(PDFName.of('Lang'), PDFString) as PDFString).decodeText()).toBe('ar');
  });

  it('the text reads back in logical order, also a line mixing Arabic with "VDAB" and "0800 30 700"', async () => {
    const flyer = await extractText(pdf('oostende/flyer-oostende-ar-print.pdf'));
    // the heading may break after its third word: each line must read in logical order
    expect(flyer[0]).toContain('هل تترك المدرسة');
    expect(flyer[0]).toContain('بدون مؤهل؟');
    expect(flyer[0]).toContain('اكتشف خياراتك');
    const brochure = (await extractText(pdf('oostende/brochure-oostende-ar-print.pdf'))).map(squeeze).join('');
    expect(brochure).toContain(squeeze('اتصل مجاناً بالرقم 0800 30 700'));
    expect(brochure).toContain(squeeze('زُر www.vdab.be أو اتصل'));
    expect(brochure).toContain(squeeze('بـ VDAB'));
  });
});

describe('right-to-left pages', () => {
  const job = (lang: string): Job => ({ material: 'brochure', region: 'oostende', lang, editions: ['print'], id: `brochure/oostende/${lang}` });
  it('mirror the brochure: the binding is on the right, so the inside and outside margins swap', async () => {
    const world = await projectWorld(REPO);
    const area = (lang: string, page: number) => {
      const { document } = modelJob(world, job(lang));
      const { laidOut } = layoutJob(world, job(lang), document!);
      const texts = laidOut.pages[page - 1]!.items.filter((i): i is TextItem => i.kind === 'text' && i.y > mm(20) && i.y < mm(190));
      return { left: Math.min(...texts.map((t) => t.x)), right: Math.max(...texts.map((t) => t.x + t.width)) };
    };
    // Dutch: text area from x-even = 14 mm on page 2, x = 16 mm on page 3 (binding on the left)
    expect(area('nl', 2).left).toBeCloseTo(mm(14), 1);
    expect(area('nl', 3).left).toBeCloseTo(mm(16), 1);
    // Arabic: the same area mirrored, right-aligned text starting at 148 − 14 and 148 − 16 mm
    expect(area('ar', 2).right).toBeCloseTo(mm(148 - 14), 1);
    expect(area('ar', 3).right).toBeCloseTo(mm(148 - 16), 1);
  });
});

describe('visual reference', () => {
  const reference = path.join(REPO, 'tests/i18n/references/flyer-oostende-ar-1.png');
  it('the Arabic flyer’s front page looks as approved (UPDATE_VISUAL=1 rewrites the reference)', async () => {
    const built = await runBuild({ root: REPO, ...options, regions: ['oostende'], langs: ['ar'], materials: ['flyer'], editions: ['screen'] });
    const [page] = await renderPages(built.results[0]!.files[0]!.bytes, 36);
    if (process.env.UPDATE_VISUAL === '1' || !existsSync(reference)) {
      await writeFile(reference, page!);
      return;
    }
    const want = PNG.sync.read(await readFile(reference));
    const got = PNG.sync.read(page!);
    expect([got.width, got.height]).toEqual([want.width, want.height]);
    const differing = pixelmatch(want.data, got.data, null, want.width, want.height, { threshold: 0.1 });
    expect(differing / (want.width * want.height)).toBeLessThan(0.005);
  });
});
