// A thread that builds job after job (a worker's loop: one chain of promises) keeps no PDF document of a job it has finished, also when no job waits on anything (no image to prepare); a process that builds again and again keeps nothing of a finished build's World: memory does not grow with the number of jobs a thread builds, nor with the builds a process makes.
import { rm } from 'node:fs/promises';
import { queryObjects } from 'node:v8';
import PDFDocument from 'pdfkit';
import { afterAll, describe, expect, it } from 'vitest';
import { syntheticProvince } from '../../src/bench/syntheticProvince.js';
import { readProjectFiles } from '../../src/load/readProjectFiles.js';
import { runBuild } from '../../src/commands/runBuild.js';
import { buildJob, openWorld } from '../../src/pipeline.js';
import { Store } from '../../src/world/store.js';
import { planJobs } from '../../src/variant/planJobs.js';
import { CREATION_DATE, PROFILE } from '../support/shippedBuild.js';
import { REPO } from '../support/tempProject.js';

let root: string | undefined;
afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

describe('documents of finished jobs', () => {
  it('are freed when buildJob resolves, though the caller never yields to the event loop between jobs', async () => {
    // a municipality of the synthetic province places no logo: its jobs paint and check without waiting on sharp or the disk
    const province = await syntheticProvince(REPO, 1);
    root = province.root;
    const { files } = await readProjectFiles(root);
    const { world } = openWorld(files);
    if (!world) throw new Error('the synthetic province does not open');
    const jobs = planJobs(world.project, { regions: province.regions, materials: ['brochure', 'flyer'], langs: ['nl'] });
    expect(jobs).toHaveLength(2);
    const options = { cropMarks: false, final: false, creationDate: CREATION_DATE };
    // the first build of a process loads what it uses lazily (and so waits on the disk); a worker's later jobs do not
    for (const job of jobs) await buildJob(world, job, options);
    const held = queryObjects(PDFDocument, { format: 'count' });
    let ticked = false;
    process.nextTick(() => {
      ticked = true;
    });
    let painted = 0;
    // as the worker loop does: each job awaited straight after the other
    for (const job of jobs) painted += (await buildJob(world, job, options)).files.length;
    expect(painted).toBe(4);
    // pdfkit's documents leave ticks behind that hold them (and every chunk of their bytes) until the event loop runs
    expect(ticked).toBe(true);
    // every pdfkit document (the PDFs, and the scratch documents that find an SVG's colours); queryObjects collects garbage first, so what it counts is still held
    expect(queryObjects(PDFDocument, { format: 'count' })).toBe(held);
  }, 120_000);
});

describe('the World of a finished build', () => {
  it('is freed when runBuild resolves: no store of an earlier build stays on the heap', async () => {
    // each build opens its own World and store; a memo that kept what was made with them (a closure over the World) kept all of it
    for (const lang of ['nl', 'fr', 'nl']) {
      const result = await runBuild({
        root: REPO,
        outDir: 'out',
        cropMarks: true,
        final: false,
        creationDate: CREATION_DATE,
        profile: PROFILE,
        dryRun: true,
        materials: ['flyer'],
        regions: ['oostende'],
        langs: [lang],
        editions: ['print'],
      });
      expect(result.results.flatMap((r) => r.files)).toHaveLength(1);
    }
    // queryObjects collects garbage first: what it counts is still held
    expect(queryObjects(Store, { format: 'count' })).toBe(0);
  }, 120_000);
});
