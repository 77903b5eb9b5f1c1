// Typography on the real content: contents page numbers, headings never last on a page, hyphenation limits, no overflow — for every material and region.
import { beforeAll, describe, expect, it } from 'vitest';
import { layoutJob, modelJob, type World } from '../../src/pipeline.js';
import { planJobs } from '../../src/variant/planJobs.js';
import type { LaidOutDocument, TextItem } from '../../src/layout/types.js';
import { projectWorld } from '../support/projectWorld.js';
import { REPO } from '../support/tempProject.js';
import { withoutOpenContacts } from '../support/openContacts.js';

const laidOut = new Map<string, LaidOutDocument>();
let world: World;

beforeAll(async () => {
  world = await projectWorld(REPO);
  for (const job of planJobs(world.project, { editions: ['print'] })) {
    const { document, diagnostics } = modelJob(world, job);
    expect(diagnostics).toEqual([]);
    const result = layoutJob(world, job, document!);
    expect(withoutOpenContacts(result.diagnostics)).toEqual([]);
    laidOut.set(job.id, result.laidOut);
  }
});

const texts = (doc: LaidOutDocument, page: number): TextItem[] => doc.pages[page - 1].items.filter((i): i is TextItem => i.kind === 'text');

describe('typography of the shipped materials', () => {
  it('gives the leidraad a table of contents whose page numbers are where the sections landed', () => {
    for (const region of ['oostende', 'west-vlaanderen']) {
      const doc = laidOut.get(`leidraad/${region}/nl`)!;
      const entries = doc.pages.flatMap((p) => p.items).filter((i): i is TextItem => i.kind === 'text' && i.goTo !== undefined && /^\d+$/.test(i.text));
      expect(entries.length).toBeGreaterThanOrEqual(doc.outline.filter((o) => o.level <= 2).length);
      for (const entry of entries) {
        const target = doc.outline.find((o) => o.id === entry.goTo)!;
        expect(target, entry.goTo).toBeDefined();
        expect(entry.text).toBe(String(target.page));
        expect(doc.pages[target.page - 1].anchors.map((a) => a.id)).toContain(target.id);
      }
    }
  });

  it('never ends a flowing page with a heading', () => {
    for (const [id, doc] of laidOut) {
      for (const page of doc.pages) {
        const tagged = page.items.filter((i): i is TextItem => i.kind === 'text' && i.tag !== undefined);
        const last = tagged.reduce<TextItem | undefined>((a, b) => (!a || b.y >= a.y ? b : a), undefined);
        if (!last || id.startsWith('poster') || id.startsWith('flyer')) continue;
        // a designed page (the notes page: a heading over rules) is not a flow page ending in a heading
        if (page.items.some((i) => i.kind === 'line' && i.y1 > last.y)) continue;
        expect(['H1', 'H2', 'H3'], `${id} page ${page.number} ends with "${last.text}"`).not.toContain(last.tag!.type);
      }
    }
  });

  it('never hyphenates more than two lines in a row, nor inside a URL or a phone number', () => {
    for (const [id, doc] of laidOut) {
      doc.pages.forEach((page, p) => {
        const lines = new Map<string, TextItem[]>();
        for (const item of texts(doc, p + 1)) {
          const key = `${Math.round(item.x / 100)}:${item.y.toFixed(2)}`;
          lines.set(key, [...(lines.get(key) ?? []), item]);
        }
        const ends = [...lines.values()].map((items) => items.sort((a, b) => a.x - b.x).at(-1)!.text);
        let run = 0;
        for (const end of ends) {
          run = /[a-zà-ÿ]-$/.test(end) ? run + 1 : 0;
          expect(run, `${id} page ${p + 1}`).toBeLessThanOrEqual(2);
          expect(end, `${id} page ${p + 1}`).not.toMatch(/(www\.|\.be)\S*-$/);
        }
      });
    }
  });

  it('keeps phone numbers together with non-breaking spaces', () => {
    const doc = laidOut.get('flyer/oostende/nl')!;
    const phone = doc.pages.flatMap((p) => p.items).find((i): i is TextItem => i.kind === 'text' && i.text.includes('800'));
    expect(phone?.text).toContain('0800\u00a030\u00a0700');
  });
});
