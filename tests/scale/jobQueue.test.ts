// createJobQueue: every job given out once, each worker a run of one material and language, idle workers taking from the fullest run's end.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { createJobQueue, openJobQueue } from '../../src/parallel/jobQueue.js';
import type { Job } from '../../src/variant/planJobs.js';
import { REPO } from '../support/tempProject.js';

const job = (material: Job['material'], region: string, lang: string): Job => ({ material, region, lang, editions: ['print', 'screen'], id: `${material}/${region}/${lang}` });

// planned region by region, as planJobs does
const jobs: Job[] = [];
for (const region of ['brugge', 'ieper', 'oostende']) {
  for (const [material, lang] of [
    ['poster', 'nl'],
    ['flyer', 'nl'],
    ['flyer', 'fr'],
    ['brochure', 'nl'],
  ] as const)
    jobs.push(job(material, region, lang));
}

describe('createJobQueue', () => {
  it('gives each worker jobs of one material and language in a row, in region order', () => {
    const queue = createJobQueue(jobs, 2);
    const first = [0, 1, 2].map(() => jobs[queue.next(0)!]!.id);
    const second = [0, 1, 2].map(() => jobs[queue.next(1)!]!.id);
    expect(first).toEqual(['brochure/brugge/nl', 'brochure/ieper/nl', 'brochure/oostende/nl']);
    expect(second).toEqual(['flyer/brugge/nl', 'flyer/ieper/nl', 'flyer/oostende/nl']);
  });

  it('gives out every job exactly once, however the workers take turns, the idle one helping from the end of the fullest part', () => {
    const queue = createJobQueue(jobs, 3);
    const taken: number[] = [];
    // worker 2 is slow: it takes one job while the others take everything else
    taken.push(queue.next(2)!);
    for (let i = queue.next(0); i !== undefined; i = queue.next(i % 2 === 0 ? 0 : 1)) taken.push(i);
    expect(queue.next(2)).toBeUndefined();
    expect([...taken].sort((a, b) => a - b)).toEqual(jobs.map((_, i) => i));
  });

  it('takes from the end of the part with most jobs left once its own part is done', () => {
    const queue = createJobQueue(jobs, 2);
    const own = Array.from({ length: 6 }, () => queue.next(0)!);
    expect(own.map((i) => jobs[i]!.id)).toEqual(['brochure/brugge/nl', 'brochure/ieper/nl', 'brochure/oostende/nl', 'flyer/brugge/fr', 'flyer/ieper/fr', 'flyer/oostende/fr']);
    // worker 1 has not started: worker 0 helps from the end of its part (the last poster)
    expect(jobs[queue.next(0)!]!.id).toBe('poster/oostende/nl');
    expect(jobs[queue.next(1)!]!.id).toBe('flyer/brugge/nl');
  });

  it('is one queue for every thread that opens its shared state', () => {
    const queue = createJobQueue(jobs, 2);
    const other = openJobQueue(queue.shared);
    const taken = [queue.next(1)!, other.next(1)!, other.next(0)!];
    expect(taken.map((i) => jobs[i]!.id)).toEqual(['flyer/brugge/nl', 'flyer/ieper/nl', 'brochure/brugge/nl']);
    for (let i = other.next(0); i !== undefined; i = (taken.length % 2 ? queue : other).next(taken.length % 2)) taken.push(i);
    expect([...taken].sort((a, b) => a - b)).toEqual(jobs.map((_, i) => i));
  });

  it('gives each job once to threads taking from it at the same time', async () => {
    const many: Job[] = Array.from({ length: 100_000 }, (_, i) => job('flyer', `r${i}`, 'nl'));
    // one part for all: every thread takes from the same end, the most contention there can be
    const queue = createJobQueue(many, 1);
    const go = new Int32Array(new SharedArrayBuffer(4));
    // two workers (running the compiled queue, as the build's workers do) and this thread start together and drain the queue
    const source = `
      import { workerData, parentPort } from 'node:worker_threads';
      import { openJobQueue } from ${JSON.stringify(pathToFileURL(path.join(REPO, 'dist/parallel/jobQueue.js')).href)};
      const q = openJobQueue(workerData.shared);
      const go = new Int32Array(workerData.go);
      parentPort.postMessage('ready');
      Atomics.wait(go, 0, 0);
      const got = [];
      for (let i = q.next(0); i !== undefined; i = q.next(0)) got.push(i);
      parentPort.postMessage(got);`;
    const workers = [0, 1].map(() => new Worker(new URL(`data:text/javascript,${encodeURIComponent(source)}`), { workerData: { shared: queue.shared, go: go.buffer } }));
    const message = (w: Worker) => new Promise<unknown>((resolve, reject) => (w.once('message', resolve), w.once('error', reject)));
    await Promise.all(workers.map(message));
    const results = Promise.all(workers.map(message)) as Promise<number[][]>;
    Atomics.store(go, 0, 1);
    Atomics.notify(go, 0);
    const here: number[] = [];
    for (let i = queue.next(0); i !== undefined; i = queue.next(0)) here.push(i);
    const theirs = await results;
    const all = [...here, ...theirs.flat()];
    // each thread got a share, so they really took turns
    expect(theirs.every((got) => got.length > 0)).toBe(true);
    expect(all).toHaveLength(many.length);
    expect(new Set(all).size).toBe(many.length);
  });
});
