// runBuild with a kept session (drukwerk watch): the next build takes the session with the new content while templates, fonts, images and profiles stay, and makes a new one when they change; the PDFs are those a fresh build makes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuild, type RunBuildOptions } from '../../src/commands/runBuild.js';
import type { KeptSession } from '../../src/pipeline.js';
import { tempProject, type TempProject } from '../support/tempProject.js';

describe('a kept session', () => {
  let project: TempProject;
  beforeAll(async () => {
    project = await tempProject();
  });
  afterAll(() => project.dispose());

  const build = (kept?: KeptSession) => {
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
      keepSession: kept,
    };
    return runBuild(options);
  };
  const bytesOf = (result: Awaited<ReturnType<typeof build>>) => {
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    return Buffer.concat(result.results.flatMap((r) => r.files.map((f) => f.bytes)));
  };

  it('is taken with the new content, and gives the bytes a fresh build gives', async () => {
    const kept: KeptSession = {};
    const before = bytesOf(await build(kept));
    const first = kept.session;
    expect(first).toBeDefined();

    await project.replace('content/regions/oostende.yaml', 'Gratis studieadvies vanaf 18', 'Gratis studie- en loopbaanadvies vanaf 18');
    const again = bytesOf(await build(kept));
    expect(kept.session).toBe(first);
    expect(again.equals(before)).toBe(false);
    expect(again.equals(bytesOf(await build()))).toBe(true);
  });

  it('is made again when a template changes', async () => {
    const kept: KeptSession = {};
    bytesOf(await build(kept));
    const first = kept.session;
    await project.replace('templates/theme.yaml', /\n/, '\n# a comment\n');
    bytesOf(await build(kept));
    expect(kept.session).toBeDefined();
    expect(kept.session).not.toBe(first);
  });

  it('is dropped when the templates do not compile, and made again once they do', async () => {
    const kept: KeptSession = {};
    bytesOf(await build(kept));
    const first = kept.session;
    const flyer = await project.read('templates/flyer.hbs');
    await project.write('templates/flyer.hbs', flyer.replace('{{#with (lookup statements 0)}}', '{{#with (lookup statements 0)}}{{#if broken}}'));
    const broken = await build(kept);
    expect(broken.diagnostics.filter((d) => d.severity === 'error')).toEqual([expect.objectContaining({ file: 'templates/flyer.hbs', message: expect.stringMatching(/^template syntax error: /) })]);
    expect(kept.session).toBeUndefined();
    await project.write('templates/flyer.hbs', flyer);
    bytesOf(await build(kept));
    expect(kept.session).toBeDefined();
    expect(kept.session).not.toBe(first);
  });
});
