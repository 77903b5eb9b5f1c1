// buildInWorkers with this thread as a builder: when this thread's World cannot be made the pool gives no results; when its build throws, the pool rejects with that error.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadProject } from '../../src/commands/runBuild.js';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { buildInWorkers, workerEntry, type PoolOptions } from '../../src/parallel/workerPool.js';
import { CODE_ROOT, PACKAGE_ROOT } from '../../src/world/codeVersion.js';
import { planJobs } from '../../src/variant/planJobs.js';
import { REPO, tempProject, type TempProject } from '../support/tempProject.js';

describe('a pool with this thread as a builder', () => {
  let project: TempProject;
  let pool: Omit<PoolOptions, 'here'>;
  let jobs: ReturnType<typeof planJobs>;
  const reported: number[] = [];
  beforeAll(async () => {
    project = await tempProject();
    const { files, project: parsed } = await loadProject(project.root);
    jobs = planJobs(parsed!, { materials: ['flyer'], editions: ['print'] });
    pool = { files, options: { cropMarks: true, final: false, creationDate: new Date('2026-01-01T00:00:00Z') }, workers: 2, onResult: (_, index) => reported.push(index) };
  });
  afterAll(() => project.dispose());

  it('gives no results when this thread cannot make its World', async () => {
    reported.length = 0;
    expect(jobs.length).toBeGreaterThan(2);
    expect(await buildInWorkers(jobs, { ...pool, here: async () => undefined })).toBeUndefined();
    expect(reported).toEqual([]);
  });

  it("rejects with this thread's error once its workers have ended", async () => {
    const here = async () => ({
      build: async () => {
        throw new Error('the local build broke');
      },
      finish: () => undefined,
    });
    await expect(buildInWorkers(jobs, { ...pool, here })).rejects.toThrow('the local build broke');
  });
});

describe('where the worker is', () => {
  it('is the compiled worker of this package, found from the package root (the code may run from src/, dist/ or a chunk of the bundle)', () => {
    expect(PACKAGE_ROOT).toBe(REPO);
    expect(CODE_ROOT).toBe(path.join(REPO, 'src'));
    expect(workerEntry()).toBe(path.join(REPO, 'dist/parallel/buildWorker.js'));
    expect(existsSync(workerEntry())).toBe(true);
  });
});
