// The project's files + the build options → their plan's key in the store, and the plan kept there: a build whose files did not change reads its plan back without loading the parser (buildPlan.ts computes a plan that is not stored).
import { createHash } from 'node:crypto';
import type { Diagnostic } from '../diagnostics.js';
import type { ProjectFiles } from '../load/readProjectFiles.js';
import type { Shard } from '../parallel/shard.js';
import type { BuildOptions } from '../pipeline.js';
import type { Job, JobFilter } from '../variant/planJobs.js';
import type { Store } from '../world/store.js';
import { byCodeUnits } from '../vocabulary/textOrder.js';

/** The options a plan depends on: which jobs, and what goes into their outputs' bytes and checks. */
export interface PlanOptions extends JobFilter, BuildOptions {
  shard?: Shard;
}

export interface BuildPlan {
  /** What parsing and checking the files found, and the contacts nobody can reach (said while the content is a concept). */
  diagnostics: Diagnostic[];
  /** Set when these diagnostics stop the build before anything is laid out: the project does not load, a text is untranslated, the output profile is wrong. */
  stopped: boolean;
  /** The jobs of this build (after filters and shard); none when the project does not load. */
  jobs: Job[];
  /** Each output's input hash, by its path in the output folder. */
  inputHashes: Record<string, string>;
  /** The hash of what every output shares (templates, fonts, images, profiles, options): a kept World is reused while it holds. */
  shared: string;
  /** With --final: the review's findings (unreachable contacts included) and the imprint's, said after the jobs' own. */
  finalFindings: Diagnostic[];
}

/**
 * The sha256 of everything the plan reads: every file's path and bytes, and what the reading refused (too large, not
 * UTF-8, not an image), so two folders that read alike plan alike.
 */
export function filesFingerprint(files: ProjectFiles): string {
  const hash = createHash('sha256');
  const sorted = <T>(m: ReadonlyMap<string, T>): [string, T][] => [...m].sort(([a], [b]) => byCodeUnits(a, b));
  for (const [rel, text] of sorted(files.texts)) hash.update(`t${rel}\0${createHash('sha256').update(text).digest('hex')}\0`);
  for (const [rel, bytes] of sorted(files.binaries)) hash.update(`b${rel}\0${createHash('sha256').update(bytes).digest('hex')}\0`);
  for (const [rel, refused] of sorted(files.rejected ?? new Map())) hash.update(`r${rel}\0${JSON.stringify(refused)}\0`);
  for (const rel of [...(files.unread ?? [])].sort()) hash.update(`u${rel}\0`);
  return hash.digest('hex');
}

/** The store's inputs for the plan of these files under these options, made by this tool. */
export function planInputs(files: ProjectFiles, options: PlanOptions, tool: string): string[] {
  const { materials, regions, langs, editions, shard, cropMarks, final, creationDate, profile } = options;
  return [filesFingerprint(files), JSON.stringify({ materials, regions, langs, editions, shard, cropMarks, final, creationDate: creationDate.toISOString(), profile }), tool];
}

const isPlan = (v: unknown): v is BuildPlan => {
  const p = v as BuildPlan;
  return (
    !!p &&
    Array.isArray(p.diagnostics) &&
    typeof p.stopped === 'boolean' &&
    Array.isArray(p.jobs) &&
    !!p.inputHashes &&
    typeof p.inputHashes === 'object' &&
    typeof p.shared === 'string' &&
    Array.isArray(p.finalFindings)
  );
};

/** The plan kept for these inputs (planInputs), when there is one and it is whole; a damaged entry fails its checksum and a foreign one this check. */
export function storedPlan(store: Store, inputs: readonly string[]): BuildPlan | undefined {
  const stored = store.read('plans', inputs);
  if (!stored) return undefined;
  try {
    const plan: unknown = JSON.parse(stored.body.toString('utf8'));
    return isPlan(plan) ? plan : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps the plan for the next build of the same files. */
export function keepPlan(store: Store, inputs: readonly string[], plan: BuildPlan): void {
  store.write('plans', inputs, 'plan', Buffer.from(JSON.stringify(plan), 'utf8'));
}
