// A job id and `--shard i/n` → whether the job belongs to that shard: a hash of `material/region/lang` mod n, so adding a region moves no other job.
import { createHash } from 'node:crypto';

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

/** Parses `i/n` (1 ≤ i ≤ n); returns an error message for anything else. */
export function parseShard(text: string): { shard?: Shard; error?: string } {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  if (!m) return { error: `"${text}" is not a shard: write i/n, e.g. --shard 1/4 for the first of four shards` };
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1 || index < 1 || index > count) return { error: `"${text}" is not a shard: i/n needs 1 ≤ i ≤ n, e.g. --shard 1/4 … 4/4` };
  return { shard: { index, count } };
}

/** The shard (1-based) a job id falls in: depends on the id alone. */
export function shardOf(id: string, count: number): number {
  const digest = createHash('sha256').update(id).digest();
  return (digest.readUInt32BE(0) % count) + 1;
}

export function inShard(id: string, shard: Shard | undefined): boolean {
  return !shard || shardOf(id, shard.count) === shard.index;
}
