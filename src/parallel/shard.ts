// The planned jobs and `--shard i/n` → the jobs of that shard, balanced by the pages they are expected to make.
import { say } from '../messages/say.js';

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

/** Parses `i/n` (1 ≤ i ≤ n); returns an error message for anything else. */
export function parseShard(text: string): { shard?: Shard; error?: string } {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  if (!m) return { error: say('cli.notAShard', { text }) };
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1 || index < 1 || index > count) return { error: say('cli.shardOutOfRange', { text }) };
  return { shard: { index, count } };
}

/**
 * Pages a job of each material is expected to make per edition. A constant and not the last build's page counts:
 * every CI machine must split the matrix the same way without seeing the others' output.
 */
export const EXPECTED_PAGES: Readonly<Record<string, number>> = { poster: 1, flyer: 2, brochure: 12, leidraad: 10 };

export interface ShardableJob {
  id: string;
  material: string;
  editions: readonly string[];
}

const expectedPages = (job: ShardableJob): number => (EXPECTED_PAGES[job.material] ?? 1) * Math.max(1, job.editions.length);

/**
 * The jobs of one shard, in their given order. Largest first onto the lightest shard (LPT), ties by id, so the
 * parts are balanced by expected pages and every machine that plans the same matrix splits it the same way.
 */
export function jobsOfShard<T extends ShardableJob>(jobs: readonly T[], shard: Shard | undefined): T[] {
  if (!shard) return [...jobs];
  // the command line parses shards (parseShard); a caller of runBuild may pass any object
  const { index, count } = shard;
  if (!Number.isInteger(index) || !Number.isInteger(count) || count < 1 || index < 1 || index > count) throw new Error(`not a shard: ${index}/${count} (1 ≤ i ≤ n)`);
  const loads = new Array<number>(shard.count).fill(0);
  const shardById = new Map<string, number>();
  const bySize = [...jobs].sort((a, b) => expectedPages(b) - expectedPages(a) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const job of bySize) {
    let lightest = 0;
    // biome-ignore lint/style/noNonNullAssertion: i < loads.length, and lightest is 0 or an earlier i
    for (let i = 1; i < loads.length; i++) if (loads[i]! < loads[lightest]!) lightest = i;
    // biome-ignore lint/style/noNonNullAssertion: lightest is an index of loads (count ≥ 1, checked above)
    loads[lightest]! += expectedPages(job);
    shardById.set(job.id, lightest + 1);
  }
  return jobs.filter((job) => shardById.get(job.id) === shard.index);
}
