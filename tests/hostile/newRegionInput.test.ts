// `drukwerk new-region` on hostile input: a --name with line breaks or control characters never injects YAML keys, ids Windows reserves are refused, and a name with YAML's own punctuation reads back exactly.
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isReservedOnWindows, newRegionText, regionIdProblem, regionNameProblem } from '../../src/commands/newRegion.js';
import { cli, hasCli, STACK_FRAME } from '../support/runCli.js';
import { tempProject, type TempProject } from '../support/tempProject.js';

describe('new-region: ids and names', () => {
  it.each(['con', 'CON', 'nul', 'aux', 'prn', 'com1', 'com9', 'lpt1', 'LPT9', 'com0', 'nul.yaml', 'Con.txt'])('%s is reserved on Windows', (id) => {
    expect(isReservedOnWindows(id)).toBe(true);
  });

  it.each(['console', 'nullen', 'auxerre', 'com10', 'lpt', 'con-west', 'middelkerke'])('%s is not reserved', (id) => {
    expect(isReservedOnWindows(id)).toBe(false);
    expect(regionIdProblem(id)).toBeUndefined();
  });

  it.each([
    ['Middel\nkerke', 'U+000A (a line break) at character 7'],
    ['Middelkerke\r\nstatus: final', 'U+000D (a line break) at character 12'],
    ['Mid\tdelkerke', 'U+0009 at character 4'],
    ['Middel\u2028kerke', 'U+2028 at character 7'],
    ['Middel\u202Ekerke', 'U+202E at character 7'],
    ['Middelkerke\u0000', 'U+0000 at character 12'],
    ['😀\u0085x', 'U+0085 at character 2'],
  ])('a name with a control character is refused: %j', (name, where) => {
    expect(regionNameProblem(name)).toBe(`--name contains ${where}: give the name on one line, without control characters`);
  });

  it.each([['Sint-Andries: "De #1" & {zo}, [x] *y* !z |w >v %u @t `s'], ['Oudenburg'], ["'s-Gravenwezel"], ['Déjà vu — één']])(
    'a name with YAML punctuation is written as one value and reads back exactly: %s',
    (name) => {
      expect(regionNameProblem(name)).toBeUndefined();
      const parsed = parse(newRegionText('x', 'west-vlaanderen', name)) as Record<string, unknown>;
      expect(parsed).toEqual({ name, extends: 'west-vlaanderen', status: 'concept', kind: 'municipality' });
    },
  );
});

describe.skipIf(!hasCli)('new-region on the command line', () => {
  let project: TempProject;
  beforeAll(async () => {
    project = await tempProject(['content']);
  });
  afterAll(() => project.dispose());
  const regions = () => readdir(path.join(project.root, 'content', 'regions'));

  it('a --name with a line break: exit 2, the character named, no file written', async () => {
    const before = await regions();
    const r = await cli(['new-region', 'middelkerke', '--extends', 'west-vlaanderen', '--name', 'Middelkerke\nstatus: final\nkind: province', '--project', project.root]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('error: --name contains U+000A (a line break) at character 12: give the name on one line, without control characters\n');
    expect(r.stderr).not.toMatch(STACK_FRAME);
    expect(await regions()).toEqual(before);
  });

  it.each(['con', 'nul', 'aux', 'prn', 'com1', 'lpt9'])('the id %s: exit 2, nothing written', async (id) => {
    const r = await cli(['new-region', id, '--extends', 'west-vlaanderen', '--project', project.root]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `error: "${id}" cannot be a region id: Windows reserves that name for a device, so content/regions/${id}.yaml and out/${id}/ could not exist there; choose another id, e.g. ${id}-gemeente\n`,
    );
    expect(existsSync(path.join(project.root, 'content', 'regions', `${id}.yaml`))).toBe(false);
  });
});
