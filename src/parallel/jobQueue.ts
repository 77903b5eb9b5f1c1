// Jobs + the number of builders → which job each builder takes next: a run of the same material and language per builder, then help with the others' runs; one queue in shared memory that every thread takes from.

import type { Job } from '../variant/planJobs.js';

export interface JobQueue {
  /** The index (in the job list) of the next job for this builder; undefined when every job has been given out. */
  next(builder: number): number | undefined;
  /** The queue's state, for openJobQueue in another thread (a worker takes its jobs without waiting for the main thread). */
  readonly shared: SharedArrayBuffer;
}

// layout of the shared Int32Array: the lock, the number of builders, a start and end per builder's part, then the job order
const LOCK = 0;
const COUNT = 1;
const PARTS = 2;

/**
 * The jobs are ordered by material and language (regions in their planned order) and cut into one contiguous part per
 * builder: a builder takes jobs that share templates, paragraphs, shaped words and font subsets with the job before, so
 * its caches serve it and the builders do not each learn every material. A builder whose part is done takes jobs from
 * the end of the part with most jobs left, so none waits while there is work.
 */
export function createJobQueue(jobs: readonly Job[], builders: number): JobQueue {
  const order = jobs
    .map((job, index) => ({ job, index }))
    .sort((a, b) => (a.job.material < b.job.material ? -1 : a.job.material > b.job.material ? 1 : 0) || (a.job.lang < b.job.lang ? -1 : a.job.lang > b.job.lang ? 1 : 0) || a.index - b.index)
    .map(({ index }) => index);
  const count = Math.max(1, builders);
  const shared = new SharedArrayBuffer((PARTS + 2 * count + order.length) * Int32Array.BYTES_PER_ELEMENT);
  const state = new Int32Array(shared);
  state[COUNT] = count;
  for (let b = 0; b < count; b++) {
    state[PARTS + 2 * b] = Math.floor((b * order.length) / count);
    state[PARTS + 2 * b + 1] = Math.floor(((b + 1) * order.length) / count);
  }
  state.set(order, PARTS + 2 * count);
  return openJobQueue(shared);
}

/** The queue createJobQueue made, seen from any thread: each job is given out once, whichever thread asks. */
export function openJobQueue(shared: SharedArrayBuffer): JobQueue {
  const state = new Int32Array(shared);
  // biome-ignore lint/style/noNonNullAssertion: createJobQueue makes the state longer than its header
  const count = state[COUNT]!;
  const orderAt = PARTS + 2 * count;
  const take = (builder: number): number | undefined => {
    const own = PARTS + 2 * (builder % count);
    // every index here is inside the state: a part's start and end, or the order between them
    // biome-ignore lint/style/noNonNullAssertion: a part's start and end, and an order index before its end
    if (state[own]! < state[own + 1]!) return state[orderAt + state[own]!++]!;
    let fullest = own;
    // biome-ignore lint/style/noNonNullAssertion: p and fullest are starts of parts, each followed by its end
    for (let p = PARTS; p < orderAt; p += 2) if (state[p + 1]! - state[p]! > state[fullest + 1]! - state[fullest]!) fullest = p;
    // biome-ignore lint/style/noNonNullAssertion: a part's start and end, and an order index at or after its start
    return state[fullest]! < state[fullest + 1]! ? state[orderAt + --state[fullest + 1]!]! : undefined;
  };
  return {
    shared,
    next(builder: number): number | undefined {
      // a few reads and writes under the lock; a thread that finds it taken waits for the holder's notify
      while (Atomics.compareExchange(state, LOCK, 0, 1) !== 0) Atomics.wait(state, LOCK, 1, 1);
      try {
        return take(builder);
      } finally {
        Atomics.store(state, LOCK, 0);
        Atomics.notify(state, LOCK, 1);
      }
    },
  };
}
