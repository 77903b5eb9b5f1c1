// runBuild with a kept World (drukwerk watch): the next build's World takes the kept base (templates, fonts, store) with the new content while templates, fonts, images and profiles stay, and a new base is made when they change; the PDFs are those a fresh build makes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuild, type RunBuildOptions } from '../../src/commands/runBuild.js';
import type { KeptWorld } from '../../src/pipeline.js';
import { tempProject, type TempProject } from '../support/tempProject.js';

describe('a kept World', () => {
  let project: TempProject;
  beforeAll(async () => {
    project = await tempProject();
  });
  afterAll(() => project.dispose());

  const build = (kept?: KeptWorld) => {
    const options: RunBuildOptions = {
      root: project.root,
      outDir: 'out',
      materials: ['flyer'],
      regions: ['oostende'],
      langs: ['nl'],
      editions: ['print'],
      cropMarks: true,
      final: false,
      creationDate: new Date('2026-01-01T00:00:00Z'),
      dryRun: true,
      keepWorld: kept,
    };
    return runBuild(options);
  };
  const bytesOf = (result: Awaited<ReturnType<typeof build>>) => {
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    return Buffer.concat(result.results.flatMap((r) => r.files.map((f) => f.bytes)));
  };

  it('is taken with the new content, and gives the bytes a fresh build gives', async () => {
    const kept: KeptWorld = {};
    const before = bytesOf(await build(kept));
    const first = kept.world;
    expect(first).toBeDefined();

    await project.replace('content/regions/oostende.yaml', 'Gratis studieadvies vanaf 18', 'Gratis studie- en loopbaanadvies vanaf 18');
    const again = bytesOf(await build(kept));
    // a new World (the content changed, and a World never changes) on the same base: nothing compiled or opened again
    expect(kept.world).not.toBe(first);
    expect(kept.world!.base).toBe(first!.base);
    expect(kept.world!.project).not.toBe(first!.project);
    expect(Object.isFrozen(kept.world)).toBe(true);
    expect(again.equals(before)).toBe(false);
    expect(again.equals(bytesOf(await build()))).toBe(true);
  });

  it('is made again when a template changes', async () => {
    const kept: KeptWorld = {};
    bytesOf(await build(kept));
    const first = kept.world;
    await project.replace('templates/theme.yaml', /\n/, '\n# a comment\n');
    bytesOf(await build(kept));
    expect(kept.world).toBeDefined();
    expect(kept.world!.base).not.toBe(first!.base);
  });

  it('is dropped when the templates do not compile, and made again once they do', async () => {
    const kept: KeptWorld = {};
    bytesOf(await build(kept));
    const first = kept.world;
    const flyer = await project.read('templates/flyer.hbs');
    await project.write('templates/flyer.hbs', flyer.replace('{{#with (lookup statements 0)}}', '{{#with (lookup statements 0)}}{{#if broken}}'));
    const broken = await build(kept);
    expect(broken.diagnostics.filter((d) => d.severity === 'error')).toEqual([expect.objectContaining({ file: 'templates/flyer.hbs', message: expect.stringMatching(/^template syntax error: /) })]);
    expect(kept.world).toBeUndefined();
    await project.write('templates/flyer.hbs', flyer);
    bytesOf(await build(kept));
    expect(kept.world).toBeDefined();
    expect(kept.world!.base).not.toBe(first!.base);
  });
});
