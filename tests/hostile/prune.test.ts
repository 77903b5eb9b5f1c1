// out/ matches the project: the PDFs of a region whose file was deleted leave out/ and the manifest on the next build that covers them (and the build says so); a build filtered to other regions keeps them; files drukwerk did not write, or that were changed since, are never removed.
import { existsSync } from 'node:fs';
import { appendFile, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, hasCli } from '../support/runCli.js';
import { tempProject, type TempProject } from '../support/tempProject.js';

const POSTERS = ['--material', 'poster', '--edition', 'screen'];
const region = (name: string) => `name: "${name}"\nextends: west-vlaanderen\nstatus: concept\nkind: municipality\n`;
const pdf = (id: string) => `${id}/poster-${id}-nl-screen.pdf`;

describe.skipIf(!hasCli)('pruning what the project no longer makes', () => {
  let project: TempProject;
  let out: string;
  const listed = async (): Promise<string[]> => (JSON.parse(await readFile(path.join(out, 'manifest.json'), 'utf8')) as { files: { path: string }[] }).files.map((f) => f.path);
  const build = async (...args: string[]) => {
    const r = await cli(['build', '--project', project.root, ...POSTERS, ...args]);
    expect(r.code, r.stderr).toBe(0);
    return r;
  };

  beforeAll(async () => {
    project = await tempProject();
    out = path.join(project.root, 'out');
    for (const [id, name] of [
      ['brugge', 'Brugge'],
      ['damme', 'Damme'],
      ['ieper', 'Ieper'],
    ])
      await project.write(`content/regions/${id}.yaml`, region(name));
    await build();
    expect(await listed()).toEqual([pdf('brugge'), pdf('damme'), pdf('ieper'), pdf('oostende'), pdf('west-vlaanderen')]);
  }, 300_000);
  afterAll(() => project.dispose());

  it('a build filtered to other regions keeps the PDFs of deleted regions; a build that covers them removes them and says so', async () => {
    await writeFile(path.join(out, 'brugge', 'notes.txt'), 'not written by drukwerk\n');
    for (const id of ['brugge', 'damme', 'ieper']) await project.remove(`content/regions/${id}.yaml`);

    const partial = await build('--region', 'oostende');
    expect(partial.stdout).not.toContain('removed');
    expect(await listed()).toEqual([pdf('brugge'), pdf('damme'), pdf('ieper'), pdf('oostende'), pdf('west-vlaanderen')]);
    expect(existsSync(path.join(out, pdf('ieper')))).toBe(true);

    const changed = path.join(out, pdf('damme'));
    await appendFile(changed, '% changed by hand\n');
    const changedBytes = await readFile(changed);

    const full = await build();
    expect(full.stdout).toContain(`removed 2 PDF(s) the project no longer makes from out/ and its manifest:\n  out/${pdf('brugge')}\n  out/${pdf('ieper')}\n`);
    expect(full.stdout).toContain(`1 PDF(s) the project no longer makes were changed since drukwerk wrote them: left in place, no longer in manifest.json:\n  out/${pdf('damme')}\n`);
    expect(await listed()).toEqual([pdf('oostende'), pdf('west-vlaanderen')]);
    // only what the manifest says drukwerk wrote, unchanged, is removed; a folder left empty goes too
    expect(await readdir(path.join(out, 'brugge'))).toEqual(['notes.txt']);
    expect(existsSync(path.join(out, 'ieper'))).toBe(false);
    expect(await readFile(changed)).toEqual(changedBytes);
    expect(existsSync(path.join(out, pdf('oostende')))).toBe(true);

    // said once: the next build has nothing to remove
    const again = await build();
    expect(again.stdout).not.toMatch(/removed|no longer makes/);
  }, 300_000);
});
