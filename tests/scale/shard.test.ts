// --shard i/n: disjoint, complete, the same on every machine, and balanced by expected pages.
import { describe, expect, it } from 'vitest';
import { EXPECTED_PAGES, jobsOfShard, parseShard, type ShardableJob } from '../../src/parallel/shard.js';
import { openProject } from '../../src/commands/openProject.js';
import { planJobs } from '../../src/variant/planJobs.js';
import { tempProject } from '../support/tempProject.js';

const LANGS: Record<string, string[]> = { poster: ['nl'], flyer: ['nl', 'fr', 'en', 'ar'], brochure: ['nl', 'fr', 'en', 'ar'], leidraad: ['nl'] };
const matrix = (regions: string[]): ShardableJob[] =>
  regions.flatMap((r) => Object.entries(LANGS).flatMap(([m, langs]) => langs.map((l) => ({ id: `${m}/${r}/${l}`, material: m, editions: ['print', 'screen'] }))));
const REGIONS = ['west-vlaanderen', ...Array.from({ length: 62 }, (_, i) => `gemeente-${i}`)];
const pagesOf = (jobs: readonly ShardableJob[]) => jobs.reduce((n, j) => n + EXPECTED_PAGES[j.material]! * j.editions.length, 0);
const parts = (jobs: readonly ShardableJob[], n: number) => Array.from({ length: n }, (_, i) => jobsOfShard(jobs, { index: i + 1, count: n }));
const spread = (ps: ShardableJob[][]) => Math.max(...ps.map(pagesOf)) / Math.min(...ps.map(pagesOf));

describe('shards', () => {
  it('are disjoint and together complete, keep the planned order, and none is empty on a real matrix', () => {
    const all = matrix(REGIONS);
    for (const n of [1, 2, 3, 4, 7]) {
      const ps = parts(all, n);
      expect(
        ps
          .flat()
          .map((j) => j.id)
          .sort(),
      ).toEqual(all.map((j) => j.id).sort());
      expect(new Set(ps.flat().map((j) => j.id)).size).toBe(all.length);
      for (const p of ps) {
        expect(p.length).toBeGreaterThan(0);
        expect(p).toEqual(all.filter((j) => p.includes(j)));
      }
    }
  });

  it('are the same whatever order the jobs were planned in (every CI machine splits alike)', () => {
    const all = matrix(REGIONS);
    const reversed = [...all].reverse();
    for (const n of [2, 3])
      for (let i = 1; i <= n; i++)
        expect(
          jobsOfShard(reversed, { index: i, count: n })
            .map((j) => j.id)
            .sort(),
        ).toEqual(
          jobsOfShard(all, { index: i, count: n })
            .map((j) => j.id)
            .sort(),
        );
  });

  it('are balanced by expected pages: at most 1.2 between the largest and the smallest, for the province and for the shipped project', async () => {
    for (const n of [2, 3, 4]) expect(spread(parts(matrix(REGIONS), n)), `${n} shards of the province`).toBeLessThanOrEqual(1.2);
    const copy = await tempProject();
    const { project } = await openProject(copy.root).finally(() => copy.dispose());
    const shipped = planJobs(project!, {});
    expect(shipped.length).toBeGreaterThan(10);
    expect(spread(parts(shipped, 2))).toBeLessThanOrEqual(1.2);
  });

  it('are asked for only as i/n with 1 ≤ i ≤ n, also by a caller that did not parse them', () => {
    const all = matrix(['west-vlaanderen']);
    for (const [index, count] of [
      [1, 0],
      [0, 2],
      [3, 2],
      [1.5, 2],
      [1, Number.NaN],
    ] as const)
      expect(() => jobsOfShard(all, { index, count }), `${index}/${count}`).toThrow(`not a shard: ${index}/${count}`);
  });

  it('parses i/n and refuses anything else', () => {
    expect(parseShard('2/3').shard).toEqual({ index: 2, count: 3 });
    for (const bad of ['3/2', '0/2', 'x', '1/0', '1-2', '']) expect(parseShard(bad).error).toMatch(/is not a shard/);
  });
});
