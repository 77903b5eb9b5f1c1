// --json output: every diagnostic carries its catalogue code and values; its message and hint are in the language chosen for messages, at the same file, line and column in both.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../src/messages/catalogue.js';
import type { Diagnostic } from '../../src/diagnostics.js';
import { cli, hasCli } from '../support/runCli.js';
import { tempProject, type TempProject } from '../support/tempProject.js';

describe.skipIf(!hasCli)('--json diagnostics (dist/cli.js)', () => {
  let project: TempProject;
  beforeAll(async () => {
    project = await tempProject();
    const file = path.join('content', 'regions', 'oostende.yaml');
    const text = await project.read(file);
    // a misspelt field and a kind that is not one of the allowed values
    await project.write(file, text.replace('kind: municipality', 'kind: gemeente\nwebiste: www.oostende.be'));
  });
  afterAll(() => project.dispose());

  const validate = async (lang: 'en' | 'nl'): Promise<Diagnostic[]> => {
    const { code, stdout } = await cli(['validate', '--project', project.root, '--region', 'oostende', '--material', 'poster', '--json'], { env: { DRUKWERK_MESSAGES: lang } });
    expect(code).toBe(1);
    return (JSON.parse(stdout) as { diagnostics: Diagnostic[] }).diagnostics;
  };

  it('gives every diagnostic a code from the catalogue, the same codes and places in English and Dutch, the words in the language chosen', async () => {
    const [en, nl] = [await validate('en'), await validate('nl')];
    expect(en.length).toBeGreaterThanOrEqual(2);
    for (const d of [...en, ...nl]) expect(Object.keys(CATALOGUE), d.message).toContain(d.code);
    const place = (d: Diagnostic) => [d.code, d.file, d.line, d.column, d.field];
    expect(nl.map(place)).toEqual(en.map(place));
    const unknown = (ds: Diagnostic[]) => ds.find((d) => d.code === 'diag.unknownField')!;
    expect(unknown(en).message).toMatch(/^unknown field "webiste" in a region/);
    expect(unknown(nl).message).toMatch(/^onbekend veld "webiste" in een regio/);
    expect(unknown(nl).hintCode).toBe('hint.allowedFields');
    expect(unknown(nl).hint).toMatch(/^mogelijke velden hier: /);
    const kind = (ds: Diagnostic[]) => ds.find((d) => d.field === 'kind')!;
    expect(kind(en)).toMatchObject({ code: 'field.problem', values: { problemCode: 'field.oneOf' } });
    expect(kind(en).message).toMatch(/^"kind" must be one of /);
    expect(kind(nl).message).toMatch(/^"kind" moet een van deze zijn: /);
  });
});
