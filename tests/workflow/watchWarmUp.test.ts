// drukwerk watch started on an output folder that is already complete: while nobody saves it builds the first planned region once in memory, writing nothing, so the first save is served by a warm World and reuses the PDFs whose model the save left as it was.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuild, type RunBuildOptions } from '../../src/commands/runBuild.js';
import { watchProject } from '../../src/commands/watch.js';
import { memoStats } from '../../src/world/memo.js';
import { inMemoryBuild } from '../support/inMemoryBuild.js';
import { tempProject, type TempProject } from '../support/tempProject.js';

const afterModel = (): { hits: number; misses: number } => memoStats().find((m) => m.name === 'pipeline.afterModel') ?? { hits: 0, misses: 0 };

async function until(condition: () => boolean | Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`not within 60 s: ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('drukwerk watch warming up', () => {
  let project: TempProject;
  beforeAll(async () => {
    project = await tempProject();
  });
  afterAll(() => project.dispose());

  it('builds the first region in memory while nobody saves, writes nothing, and the first save reuses what it made', async () => {
    const options: RunBuildOptions = {
      root: project.root,
      outDir: path.join(project.root, 'out'),
      materials: ['flyer'],
      regions: ['oostende'],
      langs: ['nl', 'fr'],
      editions: ['print'],
      cropMarks: true,
      final: false,
      creationDate: new Date('2026-01-01T00:00:00Z'),
    };
    const built = await runBuild({ ...options, incremental: true });
    expect(built.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const files = built.written.map((f) => f.path).sort();
    expect(files).toEqual(['oostende/flyer-oostende-fr-print.pdf', 'oostende/flyer-oostende-nl-print.pdf']);
    const read = (f: string) => readFile(path.join(project.root, 'out', f));
    const mtimes = () => Promise.all(files.map(async (f) => (await stat(path.join(project.root, 'out', f))).mtimeMs));
    const before = await Promise.all(files.map(read));
    const times = await mtimes();

    const log: string[] = [];
    const stop = new AbortController();
    const start = afterModel();
    const watching = watchProject(options, { log: (line) => log.push(line), printDiagnostics: () => undefined }, stop.signal);
    try {
      await until(() => log.some((l) => l.startsWith('watching ')), 'the watch started');
      expect(log).toContainEqual(expect.stringMatching(/^built 0 PDF\(s\) in [\d.]+ s; unchanged: 2$/));
      // both jobs of the region, built in memory
      await until(() => afterModel().misses >= start.misses + 2, 'the warm-up built the region');
      expect(await mtimes()).toEqual(times);

      const warm = afterModel();
      // the French flyer prints the French description of this contact: its model stays as it was
      await project.replace('content/regions/oostende.yaml', 'Gratis studieadvies vanaf 18', 'Gratis studie- en loopbaanadvies vanaf 18');
      await until(() => log.some((l) => l.startsWith('rebuilt ')), 'the save was rebuilt');
      expect(log).toContainEqual(expect.stringMatching(/^rebuilt 2 PDF\(s\)/));
      expect(afterModel().hits).toBe(warm.hits + 1);
      const [fr, nl] = await Promise.all(files.map(read));
      expect(fr?.equals(before[0]!)).toBe(true);
      expect(nl?.equals(before[1]!)).toBe(false);
    } finally {
      stop.abort();
      await watching;
    }
  }, 120_000);

  it('a dry run told to stop builds no job after that, and a build that writes refuses to stop part-way', async () => {
    const options: RunBuildOptions = { ...inMemoryBuild(project.root), materials: ['flyer'], regions: ['oostende'], langs: ['nl', 'fr'], editions: ['print'] };
    let asked = 0;
    // asked before each job: go on for the first, stop before the second
    const stopped = await runBuild({ ...options, stopWhen: () => asked++ > 0 });
    expect(stopped.jobs).toHaveLength(2);
    expect(stopped.results.map((r) => r.job.id)).toEqual([stopped.jobs[0]?.id]);
    await expect(runBuild({ ...options, dryRun: false, outDir: path.join(project.root, 'never'), stopWhen: () => true })).rejects.toThrow('stopWhen is for a dry run only');
  });
});
