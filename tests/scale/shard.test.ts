// --shard i/n: disjoint, complete, and stable when a region is added.
import { describe, expect, it } from 'vitest';
import { inShard, parseShard, shardOf } from '../../src/parallel/shard.js';

const ids = (regions: string[]) => regions.flatMap((r) => ['poster', 'flyer', 'brochure', 'leidraad'].flatMap((m) => ['nl', 'fr'].map((l) => `${m}/${r}/${l}`)));
const REGIONS = Array.from({ length: 40 }, (_, i) => `gemeente-${i}`);

describe('shards', () => {
  it('are disjoint and together complete, and none is empty on a real matrix', () => {
    const all = ids(REGIONS);
    for (const n of [1, 2, 3, 4, 7]) {
      const parts = Array.from({ length: n }, (_, i) => all.filter((id) => inShard(id, { index: i + 1, count: n })));
      expect(parts.flat().sort()).toEqual([...all].sort());
      expect(new Set(parts.flat()).size).toBe(all.length);
      for (const p of parts) expect(p.length).toBeGreaterThan(0);
    }
  });

  it('depend on the job id alone: adding a region moves no other job', () => {
    const before = new Map(ids(REGIONS).map((id) => [id, shardOf(id, 4)]));
    const after = new Map(ids([...REGIONS, 'nieuwe-gemeente']).map((id) => [id, shardOf(id, 4)]));
    for (const [id, shard] of before) expect(after.get(id)).toBe(shard);
  });

  it('parses i/n and refuses anything else', () => {
    expect(parseShard('2/3').shard).toEqual({ index: 2, count: 3 });
    for (const bad of ['3/2', '0/2', 'x', '1/0', '1-2', '']) expect(parseShard(bad).error).toMatch(/is not a shard/);
  });
});
