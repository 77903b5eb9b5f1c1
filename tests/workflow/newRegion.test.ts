// `drukwerk new-region` end to end on a temp project: the file validates and builds at once, inherits everything, and the command refuses what it must.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openProject } from '../../src/commands/openProject.js';
import { runBuild, type RunBuildOptions } from '../../src/commands/runBuild.js';
import { tempProject, type TempProject } from '../support/tempProject.js';
import { runCli } from './cli.js';

describe('drukwerk new-region', () => {
  let project: TempProject;
  beforeAll(async () => {
    project = await tempProject();
  });
  afterAll(() => project.dispose());

  it('writes a region that validates, builds at once and inherits everything from its parent', async () => {
    const made = await runCli(['new-region', 'middelkerke', '--extends', 'west-vlaanderen', '--name', 'Middelkerke', '--project', project.root]);
    expect(made.stderr).toBe('');
    expect(made.code).toBe(0);
    expect(made.stdout).toContain('wrote content/regions/middelkerke.yaml');
    const text = await project.read('content/regions/middelkerke.yaml');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../../schema/region.schema.json');
    expect(text).toContain('name: "Middelkerke"');
    // where the region's text goes in each language the flyer and brochure are made in
    expect(made.stdout).toContain(
      'the flyer and the brochure are also made in ar, en, fr: every description, hours and local text you write goes, translated, in content/<language>/regions/middelkerke.yaml too',
    );
    for (const lang of ['ar', 'en', 'fr']) expect(text).toContain(`\n#   content/${lang}/regions/middelkerke.yaml\n`);
    expect(text).toContain('"drukwerk translation-done <taal> regions/middelkerke"');

    const { project: opened, diagnostics } = await openProject(project.root);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const child = opened!.regions.get('middelkerke')!;
    const parent = opened!.regions.get('west-vlaanderen')!;
    expect(child.chain).toEqual(['middelkerke', 'west-vlaanderen']);
    expect(child.data.contacts).toEqual(parent.data.contacts);
    expect(child.data.partners).toEqual(parent.data.partners);
    expect(child.data.name).toBe('Middelkerke');

    // validated and built in this process, with the options `validate` and `build` give (this test is about the file new-region writes, not about those commands' printing)
    const options = (extra: Partial<RunBuildOptions>): RunBuildOptions => ({
      root: project.root,
      outDir: 'out',
      regions: ['middelkerke'],
      langs: ['nl'],
      cropMarks: true,
      final: false,
      creationDate: new Date('2026-01-01T00:00:00Z'),
      ...extra,
    });
    const validated = await runBuild(options({ dryRun: true }));
    expect(validated.results.length).toBeGreaterThan(0);
    // no error; the only warning (the same one in every material and edition is printed once) is the inherited contact the network has yet to make reachable (content/OPEN-QUESTIONS.md)
    expect(validated.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const warnings = new Set(validated.diagnostics.filter((d) => d.severity === 'warning').map((d) => [d.file, d.line, d.column, d.field, d.message].join('\u0000')));
    expect(warnings.size, [...warnings].join('\n')).toBe(1);
    expect([...warnings][0]).toContain('contact "leerwinkel" (Leerwinkel West-Vlaanderen) gives no way to reach it');

    const out = path.join(project.root, 'out');
    const built = await runBuild(options({ outDir: out, materials: ['flyer'] }));
    expect(built.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(built.written).toHaveLength(2);
    const manifest = JSON.parse(await readFile(path.join(out, 'manifest.json'), 'utf8')) as { files: { path: string }[] };
    expect(manifest.files.map((f) => f.path).sort()).toEqual(['middelkerke/flyer-middelkerke-nl-print.pdf', 'middelkerke/flyer-middelkerke-nl-screen.pdf']);
  });

  it('every commented example in the file is valid once uncommented, but for the phone number: a placeholder, refused until a real one replaces it', async () => {
    await runCli(['new-region', 'de-haan', '--extends', 'west-vlaanderen', '--project', project.root]);
    const text = await project.read('content/regions/de-haan.yaml');
    expect(text).toContain('name: "De-Haan"');
    const uncommented = text
      .split('\n')
      .map((line) => (/^# ?( *)(- )?[a-z_-]+:( |$)/.test(line) && !line.startsWith('# yaml-language-server') ? line.replace(/^# ?/, '') : line))
      .join('\n');
    expect(uncommented).toMatch(/^contacts:$/m);
    expect(uncommented).toMatch(/^local:$/m);
    await project.write('images/logos/de-haan.svg', '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>');
    await project.write('content/regions/de-haan.yaml', uncommented);
    const { diagnostics } = await openProject(project.root);
    expect(diagnostics.filter((d) => d.severity === 'error').map((d) => [d.file, d.field, d.message])).toEqual([
      ['content/regions/de-haan.yaml', 'contacts.jeugddienst.phone', '"contacts.jeugddienst.phone" is not a phone number: "000 00 00 00" looks like a placeholder, not a real number'],
    ]);
    await project.write('content/regions/de-haan.yaml', uncommented.replace(/\n *phone: 000 00 00 00.*\n/, '\n'));
    const filled = await openProject(project.root);
    expect(filled.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    await project.remove('content/regions/de-haan.yaml');
  });

  it('refuses to overwrite an existing region (exit 2) and leaves the file alone', async () => {
    const before = await project.read('content/regions/oostende.yaml');
    const again = await runCli(['new-region', 'oostende', '--extends', 'west-vlaanderen', '--project', project.root]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('region "oostende" already exists (content/regions/oostende.yaml)');
    expect(await project.read('content/regions/oostende.yaml')).toBe(before);
  });

  it('a bad id, an unknown parent or a missing --extends is a usage error (exit 2) that says what to do', async () => {
    const badId = await runCli(['new-region', 'Middel Kerke', '--extends', 'west-vlaanderen', '--project', project.root]);
    expect(badId.code).toBe(2);
    expect(badId.stderr).toContain('"Middel Kerke" is not a region id: use lower-case letters, digits and dashes');

    const typo = await runCli(['new-region', 'koksijde', '--extends', 'west-vlanderen', '--project', project.root]);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('there is no region "west-vlanderen" to extend — did you mean "west-vlaanderen"?');

    const noParent = await runCli(['new-region', 'koksijde', '--project', project.root]);
    expect(noParent.code).toBe(2);
    expect(noParent.stderr).toContain("required option '--extends <region>' not specified");

    const nowhere = await runCli(['new-region', 'koksijde', '--extends', 'west-vlaanderen', '--project', path.join(project.root, 'content')]);
    expect(nowhere.code).toBe(2);
    expect(nowhere.stderr).toContain('there is no content/regions/ folder');

    await expect(project.read('content/regions/koksijde.yaml')).rejects.toThrow();
  });
});
