// The shipped project laid out job by job, checked as a designer reads the pages: the campaign line and motif on every cover,
// furniture on every inner page, the leidraad's measure, the serifed capital I, copy-fits no smaller than 92 %, no text under
// 8 pt, and inner pages that do not end half-way.
import { beforeAll, describe, expect, it } from 'vitest';
import { create, type Font } from 'fontkit';
import { readProjectFiles } from '../../src/load/readProjectFiles.js';
import { parseProject } from '../../src/load/parseProject.js';
import { createWorld, layoutJob, modelJob, type World } from '../../src/pipeline.js';
import { planJobs, type Job } from '../../src/variant/planJobs.js';
import type { LaidOutDocument, PageItem, TextItem } from '../../src/layout/types.js';
import { mm } from '../../src/units.js';
import { tempProject } from '../support/tempProject.js';

interface Laid {
  job: Job;
  doc: LaidOutDocument;
}
const laid: Laid[] = [];
let world: World;

beforeAll(async () => {
  // a copy: the World's caches are written next to the content it laid out, never into the checkout
  const p = await tempProject();
  try {
    const { files } = await readProjectFiles(p.root);
    const { project } = parseProject(files);
    world = createWorld(project!).world!;
    for (const job of planJobs(project!, {})) {
      const modelled = modelJob(world, job);
      if (!modelled.document) throw new Error(`${job.id}: ${modelled.diagnostics.map((d) => d.message).join('; ')}`);
      laid.push({ job, doc: layoutJob(world, job, modelled.document).laidOut });
    }
  } finally {
    await p.dispose();
  }
}, 300_000);

const of = (material: string): Laid[] => laid.filter((l) => l.job.material === material);
/** Page furniture: text placed outside every frame and flow area (running heads, folios). */
const furniture = (items: PageItem[]): TextItem[] => items.filter((i): i is TextItem => i.kind === 'text' && i.frame === undefined);

describe('the shipped design', () => {
  it('lays out every material, region and language', () => {
    expect(laid.length).toBe(2 * (1 + 4 + 4 + 1));
  });

  it('shapes Inter with its serifed capital I (cv08), so "Ieper" never reads "leper"', () => {
    const fonts = world.fonts.fontkit;
    for (const role of ['regular', 'semibold', 'bold', 'display'] as const) {
      const drawn = fonts[role].layout('Ieper').glyphs[0]!.id;
      const plain = (create(world.project.binaries.get(world.project.theme.fonts[role])!) as Font).layout('I').glyphs[0]!.id;
      expect(drawn, role).not.toBe(plain);
    }
  });

  it('copy-fits no frame of any material, region or language below 92 %, and the frames of a fit group (the flyer\u2019s statement cards) at one scale', () => {
    const fits = laid.flatMap(({ job, doc }) => doc.copyFits.map((f) => ({ job: job.id, ...f })));
    expect(fits.filter((f) => f.scale < 0.92)).toEqual([]);
    for (const { job, doc } of of('flyer')) {
      const cards = doc.copyFits.filter((f) => f.frame.startsWith('statement-'));
      expect(cards.length === 0 || cards.length === 4, job.id).toBe(true);
      expect(new Set(cards.map((c) => c.scale)).size, job.id).toBeLessThanOrEqual(1);
    }
  });

  it('sets no text under 8 pt but the furniture the theme itself sets smaller (folio, colophon, labels)', () => {
    const themed = new Set(Object.values(world.project.theme.styles).map((s) => s.size));
    const small = laid.flatMap(({ job, doc }) =>
      doc.pages.flatMap((page) =>
        page.items.filter((i): i is TextItem => i.kind === 'text' && i.size < 8 - 1e-9 && !themed.has(i.size)).map((i) => `${job.id} p${page.number}: ${i.size.toFixed(2)} pt "${i.text}"`),
      ),
    );
    expect(small).toEqual([]);
  });

  it('puts the campaign line ("Laat je niet vangen…") large on every cover, over the campaign motif, in every language', () => {
    for (const { job, doc } of laid) {
      const shared = world.project.languages.get(job.lang)!.data.shared as { campaign: { catch: string } };
      const norm = (t: string) =>
        t
          .replace(/[\s\u00a0\u202f]+/g, ' ')
          .replace(/[\u2018\u2019]/g, "'")
          .trim();
      const cover = doc.pages[0]!;
      const large = cover.items.filter((i): i is TextItem => i.kind === 'text' && i.size >= 20);
      const lines = new Map<number, TextItem[]>();
      for (const t of large) lines.set(Math.round(t.y), [...(lines.get(Math.round(t.y)) ?? []), t]);
      const texts = [...lines.values()].map((runs) =>
        norm(
          runs
            .sort((a, b) => a.x - b.x)
            .map((r) => r.logical ?? r.text)
            .join(''),
        ),
      );
      const line = norm(shared.campaign.catch);
      expect(
        texts.some((t) => t === line || (job.lang === 'ar' && [...t].sort().join('') === [...line].sort().join(''))),
        `${job.id}: ${texts.join(' | ')}`,
      ).toBe(true);
      const motif = cover.items.filter((i) => i.kind === 'image' && i.src.startsWith('images/campaign/'));
      expect(motif.length, job.id).toBe(1);
      const art = motif[0]!;
      // decoration: no Figure (an artifact in the tagged edition); mirrored with the page right to left
      expect(art.kind === 'image' && art.tag, job.id).toBeFalsy();
      expect(art.kind === 'image' && art.flip === true, job.id).toBe(doc.direction === 'rtl');
    }
  });

  it('ends no inner page of the brochure or the leidraad (nor the leidraad\u2019s last page) above 60 % of its height', () => {
    const short: string[] = [];
    for (const { job, doc } of [...of('brochure'), ...of('leidraad')]) {
      const pages = job.material === 'leidraad' ? doc.pages.slice(1) : doc.pages.slice(1, -1);
      for (const page of pages) {
        let bottom = 0;
        for (const item of page.items) {
          // the running head, folio and colophon stand outside the page's text
          if (item.kind === 'text' && (item.frame === undefined || item.frame.name === 'colophon')) continue;
          const b =
            item.kind === 'text'
              ? item.y + 0.25 * item.size
              : item.kind === 'line'
                ? Math.max(item.y1, item.y2)
                : item.kind === 'icon' || item.kind === 'qr'
                  ? item.y + item.size
                  : item.y + item.height;
          bottom = Math.max(bottom, b);
        }
        if (bottom < 0.6 * doc.height) short.push(`${job.id} p${page.number}: ends at ${Math.round((100 * bottom) / doc.height)} %`);
      }
    }
    expect(short).toEqual([]);
  });

  it('gives every inner page of the brochure and the leidraad its running head and folio (the contacts and notes pages too)', () => {
    const missing: string[] = [];
    for (const { job, doc } of [...of('brochure'), ...of('leidraad')]) {
      for (const page of doc.pages.slice(1, -1)) {
        const texts = furniture(page.items);
        const head = texts.some((t) => t.y < mm(25) && !/^\d+$/.test(t.text) && t.text.length > 10);
        const folio = texts.some((t) => t.y > doc.height - mm(25) && t.text === String(page.number));
        if (!head || !folio) missing.push(`${job.id} p${page.number}:${head ? '' : ' no running head'}${folio ? '' : ' no folio'}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('sets the leidraad\u2019s reading text at 60\u201380 characters a line (it ran to 110 across 166 mm)', () => {
    for (const { job, doc } of of('leidraad')) {
      const lines = new Map<string, TextItem[]>();
      for (const page of doc.pages) {
        for (const item of page.items) {
          if (item.kind !== 'text' || item.frame?.name !== 'main' || item.columnWidth === undefined || item.size > 11) continue;
          // a line of the column itself (not a table cell or list item)
          if (item.columnWidth < item.frame.width - 1) continue;
          const key = `${page.number}|${item.y.toFixed(2)}`;
          lines.set(key, [...(lines.get(key) ?? []), item]);
        }
      }
      const counts: number[] = [];
      for (const runs of lines.values()) {
        runs.sort((a, b) => a.x - b.x);
        const last = runs[runs.length - 1]!;
        // full lines only: a paragraph's last line stops where its text does
        if (last.x + last.width - runs[0]!.x < 0.95 * runs[0]!.columnWidth!) continue;
        counts.push(runs.map((r) => r.text).join('').length);
      }
      expect(counts.length, job.id).toBeGreaterThan(50);
      const mean = counts.reduce((a, b) => a + b, 0) / counts.length;
      expect(mean, job.id).toBeGreaterThanOrEqual(60);
      expect(mean, job.id).toBeLessThanOrEqual(80);
      const outside = counts.filter((n) => n < 60 || n > 80);
      expect(outside.length / counts.length, `${job.id}: ${outside.join(' ')}`).toBeLessThanOrEqual(0.05);
    }
  });
});
