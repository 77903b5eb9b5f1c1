import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * Test files that replace a module (vi.mock, vi.doMock) or count what the process's heap holds (queryObjects): they run
 * each in a process of their own. Every other file shares its fork's loaded modules with the files before it
 * (isolate: false), which spares loading pdfkit, fontkit, pdf.js and sharp once per file;
 * tests/architecture/testIsolation.test.ts keeps this list complete.
 */
export const ISOLATED = ['tests/e2e/lineOverflow.test.ts', 'tests/layout/auditLayout.test.ts', 'tests/load/loadSharp.test.ts', 'tests/scale/documentsFreed.test.ts'];

export default defineConfig({
  test: {
    // builds keep their store in a temporary folder, and the run fails when a test wrote into the checkout
    globalSetup: ['tests/support/hermeticRun.ts'],
    testTimeout: 180_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // a fork per core: vitest's default keeps one core for its own process, which idles while the tests run; on two cores
    // that ran every file in one fork (the full run: 441 s on one fork, 400 s on two, with another build busy beside it)
    maxWorkers: availableParallelism(),
    // a larger young generation: the files that build in their fork allocate a lot that dies young (~5–8 % less CPU for
    // the in-process builds of the shipped project; nothing a test checks depends on it)
    execArgv: ['--max-semi-space-size=64'],
    projects: [
      { extends: true, test: { name: 'shared', include: ['tests/**/*.test.ts'], exclude: ISOLATED, isolate: false } },
      { extends: true, test: { name: 'isolated', include: ISOLATED, isolate: true } },
    ],
  },
});
