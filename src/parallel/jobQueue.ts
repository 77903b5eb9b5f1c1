// Jobs + the number of workers → which job each worker builds next: a run of the same material and language per worker, then help with the others' runs.

import type { Job } from '../variant/planJobs.js';

export interface JobQueue {
  /** The index (in the job list) of the next job for this worker; undefined when every job has been given out. */
  next(worker: number): number | undefined;
}

/**
 * The jobs are ordered by material and language (regions in their planned order) and cut into one contiguous part per
 * worker: a worker builds jobs that share templates, paragraphs, shaped words and font subsets with the job before, so
 * its caches serve it and the workers do not each learn every material. A worker whose part is done takes jobs from the
 * end of the part with most jobs left, so none waits while there is work.
 */
export function createJobQueue(jobs: readonly Job[], workers: number): JobQueue {
  const order = jobs
    .map((job, index) => ({ job, index }))
    .sort((a, b) => (a.job.material < b.job.material ? -1 : a.job.material > b.job.material ? 1 : 0) || (a.job.lang < b.job.lang ? -1 : a.job.lang > b.job.lang ? 1 : 0) || a.index - b.index)
    .map(({ index }) => index);
  const count = Math.max(1, workers);
  const parts = Array.from({ length: count }, (_, w) => ({ start: Math.floor((w * order.length) / count), end: Math.floor(((w + 1) * order.length) / count) }));
  return {
    next(worker: number): number | undefined {
      const own = parts[worker % count]!;
      if (own.start < own.end) return order[own.start++];
      let fullest = own;
      for (const part of parts) if (part.end - part.start > fullest.end - fullest.start) fullest = part;
      return fullest.start < fullest.end ? order[--fullest.end] : undefined;
    },
  };
}
