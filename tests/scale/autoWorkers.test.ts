// Without --jobs, a small build runs in this thread and a big one on a worker per core.
import { describe, expect, it } from 'vitest';
import { autoWorkers, JOBS_FOR_WORKERS } from '../../src/commands/runBuild.js';

describe('autoWorkers', () => {
  it('takes one thread below the threshold and every core from it on', () => {
    expect(JOBS_FOR_WORKERS).toBe(60);
    expect(autoWorkers(1, 2)).toBe(1);
    expect(autoWorkers(59, 2)).toBe(1);
    expect(autoWorkers(60, 2)).toBe(2);
    expect(autoWorkers(630, 8)).toBe(8);
    expect(autoWorkers(630, 1)).toBe(1);
  });
});

describe('cappedJobs', () => {
  it('builds --jobs N on at most one thread per core, and at least one', async () => {
    const { cappedJobs } = await import('../../src/commands/runBuild.js');
    expect(cappedJobs(500, 2)).toBe(2);
    expect(cappedJobs(3, 2)).toBe(2);
    expect(cappedJobs(2, 8)).toBe(2);
    expect(cappedJobs(1, 8)).toBe(1);
    expect(cappedJobs(0, 8)).toBe(1);
  });
});
