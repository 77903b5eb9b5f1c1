// A thread that builds job after job (a worker's loop: one chain of promises) keeps no PDF document of a job it has finished, also when no job waits on anything (no image to prepare): memory does not grow with the number of jobs a thread builds.
import { rm } from 'node:fs/promises';
import { queryObjects } from 'node:v8';
import PDFDocument from 'pdfkit';
import { afterAll, describe, expect, it } from 'vitest';
import { syntheticProvince } from '../../src/bench/syntheticProvince.js';
import { readProjectFiles } from '../../src/load/readProjectFiles.js';
import { buildJob, openWorld } from '../../src/pipeline.js';
import { planJobs } from '../../src/variant/planJobs.js';
import { CREATION_DATE } from '../support/shippedBuild.js';
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
