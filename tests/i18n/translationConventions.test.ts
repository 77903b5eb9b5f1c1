// French and Arabic editions → the names and conventions the issue asks for (issue 22, item 6): French BIS and CLB as the French-speaking side calls them; in Arabic arrows point the reading direction, « » quotes, a number never parted from its unit, no dangling dash in headings, and the edition still a draft.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuild, type RunBuildResult } from '../../src/commands/runBuild.js';
import { layoutJob, modelJob } from '../../src/pipeline.js';
import type { LaidOutDocument, TextItem } from '../../src/layout/types.js';
import type { Job } from '../../src/variant/planJobs.js';
import { projectWorld } from '../support/projectWorld.js';
import { REPO, tempProject, type TempProject } from '../support/tempProject.js';
import { extractText } from '../support/renderPdf.js';
import { withoutOpenContacts } from '../support/openContacts.js';

const options = { outDir: 'out', cropMarks: true, final: false, creationDate: new Date('2026-01-01T00:00:00Z'), profile: 'icc/FOGRA39-drukwerk.icc', dryRun: true };
const squash = (s: string): string => s.normalize('NFC').replace(/[\s\u00A0\u00AD\u200B-\u200F\u202A-\u202E]+/g, '');
const job = (material: Job['material'], lang: string, region = 'oostende'): Job => ({ material, region, lang, editions: ['print'], id: `${material}/${region}/${lang}` });

/** A page's text items grouped by baseline: the lines, each with its items from left to right. */
function lines(doc: LaidOutDocument, page: number): TextItem[][] {
  const byY = new Map<number, TextItem[]>();
  for (const item of doc.pages[page]!.items) if (item.kind === 'text') byY.set(Math.round(item.y * 10), [...(byY.get(Math.round(item.y * 10)) ?? []), item]);
  return [...byY.values()].map((line) => line.sort((a, b) => a.x - b.x));
}
/** A line as it reads: right to left in Arabic, each run's logical text. */
const reads = (line: TextItem[], rtl: boolean): string => (rtl ? [...line].reverse() : line).map((i) => i.logical ?? i.text).join('');

let result: RunBuildResult;
const pdf = (p: string): Uint8Array => result.results.flatMap((r) => r.files).find((f) => f.path === p)!.bytes;

beforeAll(async () => {
  result = await runBuild({ root: REPO, ...options, regions: ['oostende'], langs: ['fr', 'ar'], materials: ['flyer', 'brochure'], editions: ['print'] });
}, 240_000);

describe('French', () => {
  it('calls the BIS a "stage d’immersion professionnelle" (the "stage d’insertion professionnelle" is the beroepsinschakelingstijd) and the CLB a "centre d’encadrement des élèves"', async () => {
    // the words as written: a line-end hyphen of hyphenation joined back (d’inser- / tion)
    const read = async (p: string): Promise<string> => squash((await extractText(pdf(p))).join('').replace(/-\n/g, ''));
    const brochure = await read('oostende/brochure-oostende-fr-print.pdf');
    const flyer = await read('oostende/flyer-oostende-fr-print.pdf');
    expect(brochure).toContain(squash('Stage d’immersion professionnelle (BIS)'));
    expect(brochure).toContain(squash('Un stage d’immersion professionnelle est un stage payé'));
    // the one "stage d'insertion" left is the period after registering at VDAB (the beroepsinschakelingstijd)
    expect(brochure.split(squash('stage d’insertion')).length - 1).toBe(1);
    expect(brochure).toContain(squash('Ton stage d’insertion'));
    for (const text of [brochure, flyer]) {
      expect(text).toContain(squash('CLB (centre d’encadrement des élèves)'));
      expect(text).not.toContain(squash('centre d’accompagnement des élèves'));
    }
  });
});

describe('Arabic', () => {
  let ar: { flyer: LaidOutDocument; brochure: LaidOutDocument };
  beforeAll(async () => {
    const world = await projectWorld(REPO);
    const lay = (material: Job['material']) => layoutJob(world, job(material, 'ar'), modelJob(world, job(material, 'ar')).document!).laidOut;
    ar = { flyer: lay('flyer'), brochure: lay('brochure') };
  }, 120_000);

  it('builds without a diagnostic, and is still a draft: status concept in every file, which a reader of Arabic must approve', async () => {
    expect(withoutOpenContacts(result.diagnostics)).toEqual([]);
    for (const r of result.results.filter((r) => r.job.lang === 'ar')) expect(r.concept, r.job.id).toBe(true);
    for (const file of ['shared', 'flyer', 'brochure']) {
      const text = await readFile(path.join(REPO, 'content/ar', `${file}.yaml`), 'utf8');
      expect(text).toMatch(/^status: concept$/m);
      expect(text).toContain('A reader of Arabic must check and approve it before it is printed');
    }
  });

  it('arrows point the reading direction: ← before each next step and towards the QR code, never →', () => {
    const texts = ar.brochure.pages.flatMap((p) => p.items.filter((i): i is TextItem => i.kind === 'text').map((i) => i.logical ?? i.text));
    expect(texts.filter((t) => t.includes('←')).length).toBeGreaterThanOrEqual(12);
    expect(texts.filter((t) => t.includes('→'))).toEqual([]);
    // a next step reads "← …": the arrow is its first run, at the right
    const box = ar.brochure.pages.flatMap((_, n) => lines(ar.brochure, n)).find((line) => reads(line, true).includes('اسأل VDAB عن الشروط'))!;
    expect(reads(box, true).trim().startsWith('←')).toBe(true);
    expect(box.at(-1)!.text.trim()).toBe('←');
  });

  it('quotes with « », each drawn pointing outwards, its logical text kept', () => {
    const texts = [ar.flyer, ar.brochure].flatMap((d) => d.pages.flatMap((p) => p.items.filter((i): i is TextItem => i.kind === 'text').map((i) => i.logical ?? i.text)));
    expect(texts.filter((t) => /["“”]/.test(t))).toEqual([]);
    const line = ar.brochure.pages.flatMap((_, n) => lines(ar.brochure, n)).find((l) => reads(l, true).includes('«أريد الجمع بين الاثنين»'))!;
    // right to left: the opening « is the rightmost run, painted as its mirror » (pointing right, away from the quote)
    const opening = line.find((i) => i.logical?.includes('«'))!;
    const closing = line.find((i) => i.logical?.includes('»'))!;
    expect(opening.x).toBeGreaterThan(closing.x);
    expect(opening.text).toContain('»');
    expect(closing.text).toContain('«');
  });

  it('keeps "45 دقيقة" on one line, so the chat’s length never splits across lines or pages', () => {
    const all = ar.brochure.pages.flatMap((_, n) => lines(ar.brochure, n).map((l) => reads(l, true)));
    const chat = all.filter((l) => l.includes('دقيقة'));
    expect(chat).toHaveLength(1);
    expect(squash(chat[0]!)).toContain('45دقيقة');
  });
});

describe('headings with a region name', () => {
  let project: TempProject;
  let docs: Map<string, LaidOutDocument>;
  // a real municipality with a long name, so the contacts heading must break
  const NAME = 'Langemark-Poelkapelle';
  beforeAll(async () => {
    project = await tempProject();
    await project.write('content/regions/langemark-poelkapelle.yaml', `name: "${NAME}"\nextends: west-vlaanderen\nkind: municipality\n`);
    const world = await projectWorld(project.root);
    docs = new Map();
    for (const material of ['flyer', 'brochure'] as const) {
      for (const lang of ['nl', 'fr', 'en', 'ar']) {
        const j = job(material, lang, 'langemark-poelkapelle');
        docs.set(`${material}/${lang}`, layoutJob(world, j, modelJob(world, j).document!).laidOut);
      }
    }
  }, 240_000);
  afterAll(() => project?.dispose());

  it.each(['flyer/nl', 'flyer/ar', 'brochure/nl', 'brochure/fr', 'brochure/en', 'brochure/ar'])('%s: the dash before the region name stays on the name’s line, never dangling at a line end', (key) => {
    const doc = docs.get(key)!;
    const rtl = key.endsWith('/ar');
    const heading = doc.pages.flatMap((_, n) => lines(doc, n)).filter((l) => l.some((i) => i.text.includes('—')));
    expect(heading.length).toBeGreaterThanOrEqual(1);
    for (const line of heading) {
      const text = reads(line, rtl).trim();
      expect(text, `"${text}"`).not.toMatch(/—$/);
      expect(text).toContain('Langemark');
    }
  });
});
