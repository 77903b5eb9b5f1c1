// The regions of a build + their files → an error for every v.u. (responsible publisher) without a name or an address, at the field that should hold it: `--final` prints none without one.
import type { Diagnostic } from '../diagnostics.js';
import { coded } from '../messages/coded.js';
import type { Pos } from '../vocabulary/position.js';
import type { RegionFile, ResolvedRegion } from '../load/resolveRegions.js';

type Publisher = { name?: string | null; address?: string | null } | null | undefined;

/** One error per place that lacks a v.u., naming every region of the build that inherits the gap. */
export function checkImprint(regionIds: Iterable<string>, regions: ReadonlyMap<string, ResolvedRegion>, files: ReadonlyMap<string, RegionFile>): Diagnostic[] {
  const built = new Set(regionIds);
  const gaps = new Map<string, { pos: Pos; field: string; missing: string[]; owner: string; regions: string[] }>();
  for (const id of built) {
    const region = regions.get(id);
    if (!region) continue;
    const publisher = region.data.responsible_publisher as Publisher;
    const missing = (['name', 'address'] as const).filter((k) => !publisher?.[k]);
    if (!missing.length) continue;
    // the v.u. is whole per region: the nearest region in the chain that gives one owns the gap, else the chain's root
    const owner = region.chain.map((r) => files.get(r)).find((f) => f && 'responsible_publisher' in f.data) ?? files.get(region.chain.at(-1) ?? id);
    if (!owner) continue;
    const field = `responsible_publisher.${missing[0]}`;
    const positions = owner.file.positions;
    const pos = positions.key.get(field) ?? positions.key.get('responsible_publisher') ?? { file: owner.file.file, line: 1, column: 1 };
    const key = `${owner.id}|${field}`;
    const gap = gaps.get(key) ?? { pos, field, missing, owner: owner.id, regions: [] };
    gap.regions.push(id);
    gaps.set(key, gap);
  }
  return [...gaps.values()].map((g) => ({
    severity: 'error',
    ...coded(
      'imprint.missing',
      // biome-ignore lint/style/noNonNullAssertion: a gap is made with the region that found it
      { missing: g.missing.join(' '), regions: g.regions.map((r) => `"${r}"`).join(', '), file: g.pos.file, own: files.get(g.regions[0]!)?.file.file },
      built.has(g.owner) ? 'imprint.ownHint' : 'imprint.networkHint',
    ),
    ...g.pos,
    field: g.field,
  }));
}
