// runBuild with a kept World (drukwerk watch): a job whose model an edit left as it was takes the PDFs made from that model before, and a job whose model or other inputs changed (the draft mark's label, the date) is built again; either way the bytes are those a fresh build makes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuild } from '../../src/commands/runBuild.js';
import { inMemoryBuild } from '../support/inMemoryBuild.js';
import type { KeptWorld } from '../../src/pipeline.js';
import { memoStats } from '../../src/world/memo.js';
import { tempProject, type TempProject } from '../support/tempProject.js';

const reused = (): number => memoStats().find((m) => m.name === 'pipeline.afterModel')?.hits ?? 0;

describe('what a job made after its model, reused under watch', () => {
  let project: TempProject;
  beforeAll(async () => {
    project = await tempProject();
  });
  afterAll(() => project.dispose());

  const build = (kept: KeptWorld | undefined, creationDate = new Date('2026-01-01T00:00:00Z')) =>
    runBuild(inMemoryBuild(project.root, { materials: ['flyer'], regions: ['oostende'], langs: ['nl', 'fr'], editions: ['print'], creationDate, keepWorld: kept }));
  /** The PDF of each language, after checking the build had no errors. */
  const bytesOf = (result: Awaited<ReturnType<typeof build>>): Record<string, Buffer> => {
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    return Object.fromEntries(result.results.flatMap((r) => r.files.map((f) => [r.job.lang, f.bytes])));
  };

  it('reuses the French flyer when only the Dutch text its translation replaces changed, and builds the Dutch one again', async () => {
    const kept: KeptWorld = {};
    const before = bytesOf(await build(kept));
    const hits = reused();
    // the French flyer prints the French description of this contact (content/fr/regions/oostende.yaml)
    await project.replace('content/regions/oostende.yaml', 'Gratis studieadvies vanaf 18', 'Gratis studie- en loopbaanadvies vanaf 18');
    const after = bytesOf(await build(kept));
    expect(reused()).toBe(hits + 1);
    expect(after.fr?.equals(before.fr!)).toBe(true);
    expect(after.nl?.equals(before.nl!)).toBe(false);
    const fresh = bytesOf(await build(undefined));
    expect(after.fr?.equals(fresh.fr!)).toBe(true);
    expect(after.nl?.equals(fresh.nl!)).toBe(true);
  });

  it('builds again what reads more than the model: the draft mark in the French label, and the date', async () => {
    const kept: KeptWorld = {};
    const before = bytesOf(await build(kept));
    const hits = reused();
    await project.replace('content/fr/shared.yaml', 'concept: "PROJET"', 'concept: "BROUILLON"');
    const relabelled = bytesOf(await build(kept));
    // the Dutch flyer is the same model with the same label: reused; the French one has a new mark
    expect(reused()).toBe(hits + 1);
    expect(relabelled.fr?.equals(before.fr!)).toBe(false);
    expect(relabelled.fr?.equals(bytesOf(await build(undefined)).fr!)).toBe(true);

    const later = new Date('2026-02-01T00:00:00Z');
    const redated = bytesOf(await build(kept, later));
    expect(reused()).toBe(hits + 1);
    const fresh = bytesOf(await build(undefined, later));
    expect(redated.nl?.equals(fresh.nl!)).toBe(true);
    expect(redated.fr?.equals(fresh.fr!)).toBe(true);
    expect(redated.nl?.equals(relabelled.nl!)).toBe(false);
  });
});
