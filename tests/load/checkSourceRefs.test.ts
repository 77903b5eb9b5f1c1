// Content and region files whose `sources: [id]` name a source nobody lists → an error at that id, with the known ids and a did-you-mean; ids a region inherits from the regions it extends are known; an id listed twice is an error.
import { afterEach, describe, expect, it } from 'vitest';
import { openProject } from '../../src/commands/openProject.js';
import { REPO, tempProject, type TempProject } from '../support/tempProject.js';
import { withoutCodes } from '../support/withoutCodes.js';

const REGION = 'content/regions/oostende.yaml';
const OOSTENDE_IDS =
  'awel-hln, clbchat, deboterham-leerwinkel, jac-bijdehand, jac-wiki, leerwinkel-geschiedenis, multitrajecten, onderwijskiezer, sts-uitstroom, sts-wvl, vdab-tel, vrijclb-clbchat, youthstart';

let project: TempProject | undefined;
afterEach(() => project?.dispose());

const errors = async (root: string) => withoutCodes((await openProject(root)).diagnostics.filter((d) => d.severity === 'error'));

describe('a source id that names no source', () => {
  it('is an error at the id in a contact’s list, with the sources the region knows and a did-you-mean', async () => {
    project = await tempProject(['content', 'templates', 'fonts']);
    await project.replace(REGION, '    sources: [multitrajecten]\n', '    sources: [multitrajecten, youthstrat, bestaat-niet]\n');
    const line = (await project.read(REGION)).split('\n').findIndex((l) => l.includes('youthstrat')) + 1;
    const hint = `sources known here: ${OOSTENDE_IDS} (the sources: lists of content/regions/oostende.yaml, content/regions/west-vlaanderen.yaml); a new source goes in this file's sources: list, with its id, title and url`;
    expect(await errors(project.root)).toEqual([
      { severity: 'error', message: 'source "youthstrat" is not in the sources list — did you mean "youthstart"?', file: REGION, line, column: 31, field: 'contacts.multitrajecten.sources[1]', hint },
      { severity: 'error', message: 'source "bestaat-niet" is not in the sources list', file: REGION, line, column: 43, field: 'contacts.multitrajecten.sources[2]', hint },
    ]);
  });

  it('is known when a region it extends lists it (a municipality that keeps no list of its own)', async () => {
    project = await tempProject(['content', 'templates', 'fonts']);
    const text = await project.read(REGION);
    // without its own list, Oostende's contacts name the province's sources (deboterham-leerwinkel, sts-wvl, vdab-tel)
    await project.write(REGION, text.slice(0, text.indexOf('\n# Lists replace')).replace('[multitrajecten]', '[sts-wvl]').replace('[youthstart]', '[vdab-tel]'));
    expect(await errors(project.root)).toEqual([]);
  });

  it('is an error in a content file’s block, at the id', async () => {
    project = await tempProject(['content', 'templates', 'fonts']);
    await project.replace('content/nl/brochure.yaml', 'sources: [examencommissie]', 'sources: [examencomissie]');
    const [problem, ...rest] = await errors(project.root);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ file: 'content/nl/brochure.yaml', message: 'source "examencomissie" is not in the sources list — did you mean "examencommissie"?' });
    expect(problem!.field).toMatch(/^statements\[0\]\.routes\[\d\]\.sources\[0\]$/);
    expect((await project.read('content/nl/brochure.yaml')).split('\n')[problem!.line! - 1]!.slice(problem!.column! - 1)).toBe('examencomissie]');
  });

  it('is an error in a file without a sources: list, saying so', async () => {
    project = await tempProject(['content', 'templates', 'fonts']);
    await project.replace('content/regions/west-vlaanderen.yaml', /\nsources:\n[\s\S]*$/, '\n');
    const problems = (await errors(project.root)).filter((d) => d.file === 'content/regions/west-vlaanderen.yaml');
    expect(problems.map((d) => d.message)).toContain('source "vdab-tel" is not in the sources list');
    expect(new Set(problems.map((d) => d.hint))).toEqual(new Set(["content/regions/west-vlaanderen.yaml has no sources: list; add one to this file, with the source's id, title and url"]));
  });

  it('an id listed twice is an error at the second', async () => {
    project = await tempProject(['content', 'templates', 'fonts']);
    await project.replace(REGION, '  - id: youthstart\n', '  - id: multitrajecten\n    title: "Dubbel"\n    url: "https://www.example.org/"\n  - id: youthstart\n');
    const text = await project.read(REGION);
    const lines = text.split('\n');
    const second = lines.lastIndexOf('  - id: multitrajecten') + 1;
    const first = lines.indexOf('  - id: multitrajecten') + 1;
    expect(await errors(project.root)).toEqual([
      {
        severity: 'error',
        message: `source id "multitrajecten" is listed twice (first on line ${first}): a reference to it could mean either`,
        file: REGION,
        line: second,
        column: 9,
        field: 'sources[12].id',
      },
    ]);
  });
});

it('the shipped content names only sources it lists', async () => {
  const { diagnostics } = await openProject(REPO);
  expect(diagnostics.filter((d) => d.code?.startsWith('sources.'))).toEqual([]);
});
