// buildInWorkers with this thread as a builder: when this thread's World cannot be made the pool gives no results; when its build throws, the pool rejects with that error.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadProject } from '../../src/commands/runBuild.js';
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildInWorkers, workerEntry, type PoolOptions } from '../../src/parallel/workerPool.js';
import { CODE_ROOT, PACKAGE_ROOT } from '../../src/world/codeVersion.js';
import { planJobs } from '../../src/variant/planJobs.js';
import { REPO, tempProject, type TempProject } from '../support/tempProject.js';
import { hasCli } from '../support/runCli.js';

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

describe.skipIf(!hasCli)('a package without its compiled worker', () => {
  it('stops a build on more cores with what to do (exit 1, in Dutch when asked), not as a bug in drukwerk, and writes nothing', async () => {
    const tmp = mkdtempSync(path.join(tmpdir(), 'drukwerk-noworker-'));
    const project = await tempProject();
    try {
      // a copy of this package whose build stopped before the worker was written
      const pkg = path.join(tmp, 'pkg');
      mkdirSync(pkg);
      cpSync(path.join(REPO, 'package.json'), path.join(pkg, 'package.json'));
      cpSync(path.join(REPO, 'dist'), path.join(pkg, 'dist'), { recursive: true });
      rmSync(path.join(pkg, 'dist/parallel/buildWorker.js'));
      symlinkSync(path.join(REPO, 'node_modules'), path.join(pkg, 'node_modules'), 'dir');
      const out = path.join(tmp, 'out');
      mkdirSync(out);
      writeFileSync(path.join(out, 'keep.txt'), 'before');
      const args = ['build', '--project', project.root, '--out', out, '--region', 'oostende', '--material', 'poster,flyer', '--lang', 'nl', '--jobs', '2'];
      const env = { ...process.env, DRUKWERK_CACHE_DIR: path.join(tmp, 'store'), DRUKWERK_MESSAGES: 'nl' };
      const { code, stderr } = await new Promise<{ code: number; stderr: string }>((resolve) =>
        execFile(process.execPath, [path.join(pkg, 'dist/cli.js'), ...args], { env }, (error, _stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stderr: String(stderr) })),
      );
      expect(code).toBe(1);
      expect(stderr).toContain(`fout: drukwerk is niet volledig gebouwd: ${path.join(pkg, 'dist/parallel/buildWorker.js')} ontbreekt`);
      expect(stderr).toContain(`voer npm run build uit in ${pkg}`);
      expect(stderr).toContain('--jobs 1');
      expect(stderr).not.toMatch(/interne fout|internal error|    at /);
      expect(readdirSync(out)).toEqual(['keep.txt']);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
      await project.dispose();
    }
  });
});
