// How many threads a build uses: one per core at most, this thread alone for a small build. Light to import: the command line's help names these numbers.
import { availableParallelism } from 'node:os';

export const defaultJobs = (): number => availableParallelism();

/**
 * Below this many jobs one thread is faster than a pool: a worker starts cold (modules, fonts, compiled code) and slows the
 * thread beside it while it warms up (measured on 2 cores: one region's 20 jobs take 2.3 s in this thread alone, 3.0 s with
 * a worker beside it; the province is 1.5× faster on two threads).
 */
export const JOBS_FOR_WORKERS = 60;

/** `--jobs N` as built: at least 1, at most one thread per core. */
export const cappedJobs = (jobs: number, cores = defaultJobs()): number => Math.min(cores, Math.max(1, Math.floor(jobs)));

/** `--jobs` not given: one thread per core for a big build (this one and a worker per other core), this thread alone for a small one. */
export function autoWorkers(jobs: number, cores = defaultJobs()): number {
  return jobs >= JOBS_FOR_WORKERS ? cores : 1;
}
