// Options that name a path, given hostile values: `--report` over the project's sources or a user's file, `--out` at the filesystem root, the project, its inputs (also through a link) or a file, `--project` that is not a folder, `schema --out` over a file it did not write. Each is a wrong command line (exit 2, one message) and nothing is touched.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, hasCli, hashTree, STACK_FRAME } from '../support/runCli.js';
import { tempProject, type TempProject } from '../support/tempProject.js';

// an unknown region stops every build below at the filters even if the path were let through: nothing is ever built or written by a refusal test
const NOWHERE = ['--region', 'nowhere', '--material', 'poster', '--lang', 'nl'];
const POSTER = ['--region', 'oostende', '--material', 'poster', '--lang', 'nl', '--edition', 'screen'];

let project: TempProject;
let root: string;
let before: Map<string, string>;

describe.skipIf(!hasCli)('options that name a path', () => {
  beforeAll(async () => {
    project = await tempProject();
    root = project.root;
    await project.write('notes.txt', 'mine\n');
    await symlink(path.join(root, 'content'), path.join(root, 'content-link'));
    before = await hashTree(path.join(root, 'content'));
  });
  afterAll(() => project.dispose());

  const refused = async (args: string[], message: string, options: { cwd?: string; env?: Record<string, string> } = {}): Promise<void> => {
    const r = await cli(args, options);
    expect(r.stderr).toBe(`${message}\n`);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(STACK_FRAME);
    expect(await hashTree(path.join(root, 'content'))).toEqual(before);
  };

  it.each([
    ['content/regions/oostende.yaml', 'content'],
    ['templates/flyer.hbs', 'templates'],
    ['icc/new-report.txt', 'icc'],
    ['content-link/regions/oostende.yaml', 'content'],
  ])('--report %s: inside an input of the project, refused and the file untouched', async (rel, input) => {
    const given = path.join(root, rel);
    const file = await readFile(given).catch(() => undefined);
    await refused(
      ['build', '--project', root, '--out', 'out', ...POSTER, '--report', given],
      `error: --report ${given} is, or lies in, ${input} of the project, which drukwerk reads: write the report outside the project's inputs, e.g. ${path.join(root, 'out', 'report.txt')}`,
    );
    expect(await readFile(given).catch(() => undefined)).toEqual(file);
    expect(existsSync(path.join(root, 'out'))).toBe(false);
  });

  it('--report over a file that is not a report drukwerk wrote: refused, the file unchanged', async () => {
    const given = path.join(root, 'notes.txt');
    await refused(
      ['build', '--project', root, '--out', 'out', ...POSTER, '--report', given],
      `error: --report ${given}: the file already exists and is not a report drukwerk wrote (its first line is not "# drukwerk build --report…"), so it is left as it is: choose another name, or move the file away yourself`,
    );
    expect(await readFile(given, 'utf8')).toBe('mine\n');
  });

  it('--report at a link or a pipe: refused, never followed or read', async () => {
    await symlink(path.join(root, 'notes.txt'), path.join(root, 'notes-link.txt'));
    execFileSync('mkfifo', [path.join(root, 'pipe')]);
    for (const name of ['notes-link.txt', 'pipe'])
      await refused(
        ['build', '--project', root, '--out', 'out', ...POSTER, '--report', path.join(root, name)],
        `error: --report ${path.join(root, name)} is not a regular file (a link, a device or a pipe), so it is left as it is: choose another name`,
      );
    expect(await readFile(path.join(root, 'notes.txt'), 'utf8')).toBe('mine\n');
  });

  it('--report: a new file begins with the report line, and the next build replaces it', async () => {
    const given = path.join(root, 'report.txt');
    const first = await cli(['build', '--project', root, '--out', 'out-report', ...POSTER, '--report', given]);
    expect(first.code, first.stderr).toBe(0);
    expect((await readFile(given, 'utf8')).split('\n')[0]).toBe('# drukwerk build --report: frames set smaller to fit their text, and text that does not fit');
    await writeFile(given, `${(await readFile(given, 'utf8')).split('\n')[0]}\nold line\n`);
    const second = await cli(['build', '--project', root, '--out', 'out-report', ...POSTER, '--report', given]);
    expect(second.code, second.stderr).toBe(0);
    expect(await readFile(given, 'utf8')).not.toContain('old line');
  }, 120_000);

  it.each([
    ['/', 'error: --out / is the root of the filesystem: drukwerk writes its output only into a folder of its own; give one, e.g. --out out'],
    ['.', 'error: --out . is the project folder {root} itself: drukwerk writes its output into a folder of its own, e.g. --out out'],
    ['content', "error: --out content is, or lies in, content of the project {root}, which drukwerk reads: give a folder outside the project's inputs, e.g. --out out"],
    ['templates/out', "error: --out templates/out is, or lies in, templates of the project {root}, which drukwerk reads: give a folder outside the project's inputs, e.g. --out out"],
    ['content-link/out', "error: --out content-link/out is, or lies in, content of the project {root}, which drukwerk reads: give a folder outside the project's inputs, e.g. --out out"],
    ['.cache', "error: --out .cache is, or lies in, .cache of the project {root}, which drukwerk reads: give a folder outside the project's inputs, e.g. --out out"],
    ['notes.txt', 'error: --out notes.txt: {root}/notes.txt is a file, not a folder; give a folder (it is created when missing)'],
  ])(
    '--out %s: refused by build, watch, serve and preview before anything is read or written',
    async (out, message) => {
      for (const command of ['build', 'watch', 'serve']) await refused([command, '--project', root, '--out', out, ...NOWHERE], message.replaceAll('{root}', root));
      // preview has no filters to stop it: it is never run with --out / (on a drukwerk that let it through it would write there)
      if (out !== '/') await refused(['preview', '--project', root, '--out', out], message.replaceAll('{root}', root));
      expect(existsSync(path.join(root, 'content', 'manifest.json'))).toBe(false);
      expect(existsSync('/manifest.json')).toBe(false);
    },
    60_000,
  );

  it('--out refused in Dutch when the project says messages: nl', async () => {
    await project.write('drukwerk.yaml', 'messages: nl\n');
    try {
      await refused(
        ['build', '--project', root, '--out', 'content', ...NOWHERE],
        `fout: --out content is, of ligt in, content van het project ${root}, dat drukwerk leest: geef een map buiten wat het project leest, bv. --out out`,
        { env: { DRUKWERK_MESSAGES: '' } },
      );
    } finally {
      await project.remove('drukwerk.yaml');
    }
  });

  it.each([['validate'], ['list'], ['build'], ['translation-done']])('%s --project that does not exist, or is a file: one message', async (command) => {
    const args = command === 'translation-done' ? [command, 'fr'] : [command];
    const missing = path.join(root, 'nowhere');
    await refused([...args, '--project', missing], `error: --project ${missing}: the folder ${missing} does not exist; give the folder that holds content/ and templates/`);
    const file = path.join(root, 'notes.txt');
    await refused([...args, '--project', file], `error: --project ${file}: ${file} is a file, not a folder; give the folder that holds content/ and templates/`);
  });

  it('schema --out never replaces a file it did not write, and refuses the inputs of the project it runs in', async () => {
    const dir = path.join(root, 'schemas');
    await mkdir(dir);
    await writeFile(path.join(dir, 'theme.schema.json'), '{"title": "my own theme schema"}\n');
    await refused(
      ['schema', '--out', 'schemas'],
      `error: schema --out schemas: ${path.join('schemas', 'theme.schema.json')} already exists and is not a schema drukwerk wrote, so nothing was written: choose another folder, or move the file away yourself`,
      { cwd: root },
    );
    expect(await readFile(path.join(dir, 'theme.schema.json'), 'utf8')).toBe('{"title": "my own theme schema"}\n');
    expect(existsSync(path.join(dir, 'region.schema.json'))).toBe(false);
    await refused(
      ['schema', '--out', 'content'],
      `error: schema --out content is, or lies in, content of the project ${root}, which drukwerk reads: give a folder outside the project's inputs, e.g. schema --out out`,
      { cwd: root },
    );
    // its own files it replaces
    const fresh = await cli(['schema', '--out', 'schemas2'], { cwd: root });
    const again = await cli(['schema', '--out', 'schemas2'], { cwd: root });
    expect([fresh.code, again.code]).toEqual([0, 0]);
  });
});
