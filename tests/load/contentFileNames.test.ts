// Content file names: a region file is named after an id that works as a folder and a --region value; one file written as .yml and .yaml is an error, not a guess.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadProject } from '../../src/commands/runBuild.js';
import { localize } from '../../src/diagnostics.js';
import { tempProject, type TempProject } from '../support/tempProject.js';

let project: TempProject;
beforeAll(async () => {
  project = await tempProject(['content', 'templates', 'fonts', 'icc']);
});
afterAll(() => project.dispose());

const errorsOf = async (): Promise<{ file?: string; message: string; hint?: string; nl: string }[]> =>
  (await loadProject(project.root)).diagnostics.filter((d) => d.severity === 'error').map((d) => ({ file: d.file, message: d.message, hint: d.hint, nl: localize(d, 'nl').message }));

describe('region file names', () => {
  it('refuses a name that is no id (a leading or double hyphen, a space, a capital) at the file, with the id to rename it to', async () => {
    const region = await project.read('content/regions/oostende.yaml');
    const names = ['-rf', 'a--b', 'Sint Kruis'];
    for (const name of names) await project.write(`content/regions/${name}.yaml`, region.replace('name: "Oostende"', `name: "${name}"`));
    await project.write('content/fr/regions/-x.yaml', 'contacts: {}\n');
    try {
      const errors = await errorsOf();
      expect(errors.filter((e) => /regions\/(-rf|a--b|Sint Kruis|-x)\.yaml$/.test(e.file ?? ''))).toEqual([
        {
          file: 'content/fr/regions/-x.yaml',
          message: `"-x" cannot be a region's id, and a region file is named after its id: lowercase letters and digits, with single hyphens between them`,
          hint: 'rename the file to x.yaml',
          nl: '"-x" kan geen id van een regio zijn, en een regiobestand heet naar zijn id: kleine letters en cijfers, met enkele koppeltekens ertussen',
        },
        ...[
          ['-rf', 'rf'],
          ['Sint Kruis', 'sint-kruis'],
          ['a--b', 'a-b'],
        ].map(([name, id]) => ({
          file: `content/regions/${name}.yaml`,
          message: `"${name}" cannot be a region's id, and a region file is named after its id: lowercase letters and digits, with single hyphens between them`,
          hint: `rename the file to ${id}.yaml`,
          nl: `"${name}" kan geen id van een regio zijn, en een regiobestand heet naar zijn id: kleine letters en cijfers, met enkele koppeltekens ertussen`,
        })),
      ]);
    } finally {
      for (const name of names) await project.remove(`content/regions/${name}.yaml`);
      await project.remove('content/fr/regions/-x.yaml');
    }
  });

  it('refuses a file written twice, as .yml beside .yaml, instead of letting one of them win unsaid', async () => {
    await project.write('content/regions/oostende.yml', (await project.read('content/regions/oostende.yaml')).replace('name: "Oostende"', 'name: "Oostende YML"'));
    try {
      expect(await errorsOf()).toEqual([
        {
          file: 'content/regions/oostende.yml',
          message: 'content/regions/oostende.yml and content/regions/oostende.yaml are the same file twice (.yml and .yaml): drukwerk does not guess which one counts',
          hint: 'keep one of them, and remove content/regions/oostende.yml or content/regions/oostende.yaml',
          nl: 'content/regions/oostende.yml en content/regions/oostende.yaml zijn twee keer hetzelfde bestand (.yml en .yaml): drukwerk gokt niet welk van de twee telt',
        },
      ]);
    } finally {
      await project.remove('content/regions/oostende.yml');
    }
  });
});
