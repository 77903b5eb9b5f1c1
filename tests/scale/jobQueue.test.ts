// createJobQueue: every job given out once, each worker a run of one material and language, idle workers taking from the fullest run's end.
import { describe, expect, it } from 'vitest';
import { createJobQueue } from '../../src/parallel/jobQueue.js';
import type { Job } from '../../src/variant/planJobs.js';

const job = (material: Job['material'], region: string, lang: string): Job => ({ material, region, lang, editions: ['print', 'screen'], id: `${material}/${region}/${lang}` });

// planned region by region, as planJobs does
const jobs: Job[] = [];
for (const region of ['brugge', 'ieper', 'oostende']) {
  for (const [material, lang] of [['poster', 'nl'], ['flyer', 'nl'], ['flyer', 'fr'], ['brochure', 'nl']] as const) jobs.push(job(material, region, lang));
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
});
