// The shipped project laid out job by job: the layout audit finds no glyph outside its column, frame or safe zone, and no capitalised word (a name) is hyphenated at a line end.
import { beforeAll, describe, expect, it } from 'vitest';
import { readProjectFiles } from '../../src/load/readProjectFiles.js';
import { parseProject } from '../../src/load/parseProject.js';
import { createWorld, layoutJob, modelJob } from '../../src/pipeline.js';
import { planJobs } from '../../src/variant/planJobs.js';
import type { Diagnostic } from '../../src/diagnostics.js';
import type { TextItem } from '../../src/layout/types.js';
import { tempProject } from '../support/tempProject.js';

interface Laid {
  job: string;
  diagnostics: Diagnostic[];
  lines: Array<{ page: number; items: TextItem[] }>;
}
const laid: Laid[] = [];

beforeAll(async () => {
  // a copy: the World's break cache is written next to the content it laid out, never into the checkout
  const p = await tempProject();
  try {
    const { files } = await readProjectFiles(p.root);
    const { project } = parseProject(files);
    const { world } = createWorld(project!);
    for (const job of planJobs(project!, {})) {
      const modelled = modelJob(world!, job);
      if (!modelled.document) throw new Error(`${job.id}: ${modelled.diagnostics.map((d) => d.message).join('; ')}`);
      const { laidOut, diagnostics } = layoutJob(world!, job, modelled.document);
      laid.push({ job: job.id, diagnostics, lines: laidOut.pages.map((pg) => ({ page: pg.number, items: pg.items.filter((i): i is TextItem => i.kind === 'text') })) });
    }
  } finally {
    await p.dispose();
  }
}, 300_000);

describe('the shipped layout', () => {
  it('lays out every material, region and language (flyer and brochure in four languages)', () => {
    expect(laid.length).toBe(2 * (1 + 4 + 4 + 1));
  });

  it('has no glyph outside its column, frame or the safe zone, and no layout error', () => {
    expect(laid.flatMap((l) => l.diagnostics.filter((d) => d.severity === 'error').map((d) => `${l.job}: ${d.message}`))).toEqual([]);
  });

  it('hyphenates no capitalised word (Houtland, Leerwinkel, Examencommissie) and breaks no hyphenated name (Knokke-Heist)', () => {
    const found: string[] = [];
    for (const l of laid) {
      for (const { page, items } of l.lines) {
        items.forEach((item, k) => {
          const word = item.text.match(/(\S+)-$/u)?.[1];
          if (!word) return;
          // the continuation is the next item below it; a word broken across a page goes on on the next page, and the
          // item after it here (the running head at the top) is no continuation
          const following = items[k + 1];
          const next = following && following.y > item.y ? (following.text.match(/^\S+/u)?.[0] ?? '') : '';
          // a line-end hyphen after a capitalised word part, or before a capitalised continuation (Knokke- | Heist)
          if (/^[^\p{L}]*\p{Lu}[\p{Ll}]/u.test(word.split(/[-\u2010]/).pop()!) || /^\p{Lu}/u.test(next)) found.push(`${l.job} p${page}: ${word}- | ${next}`);
        });
      }
    }
    expect(found).toEqual([]);
  });
});
