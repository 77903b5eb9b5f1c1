// Acceptance: the command line in its own process — help, usage errors (exit 2), a filtered build writing exactly its files, list, validate, and a content error (exit 1, `file:line:column  error  message`, no stack trace, out/ untouched).
import { withoutOpenContactsText } from '../support/openContacts.js';
import { readFile } from 'node:fs/promises';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliResult, cli, hashTree, hasCli, STACK_FRAME } from '../support/runCli.js';
import { expectedFiles } from '../support/shippedBuild.js';
import { tempProject, type TempProject } from '../support/tempProject.js';

const REGION_FILE = 'content/regions/oostende.yaml';

describe.skipIf(!hasCli)('the drukwerk command line (dist/cli.js)', () => {
  let tmp: string;
  /**
   * `build --material poster --region oostende --out out` run once in a copy of the project (its folder as the working
   * folder, so the project is the default "."): the poster test reads what it wrote, and the content-error test starts
   * from it. Made by whichever of the two runs first.
   */
  let posterBuild: Promise<{ project: TempProject; result: CliResult }> | undefined;
  const poster = () =>
    (posterBuild ??= (async () => {
      const project = await tempProject();
      return { project, result: await cli(['build', '--material', 'poster', '--region', 'oostende', '--out', 'out'], { cwd: project.root }) };
    })());
  beforeAll(async () => {
    tmp = await mkdtemp(path.join(tmpdir(), 'drukwerk-cli-'));
  });
  afterAll(async () => {
    await rm(tmp, { recursive: true, force: true });
    if (posterBuild) await (await posterBuild).project.dispose();
  });

  it('--help: exit 0 and the commands', async () => {
    const { code, stdout } = await cli(['--help']);
    expect(code).toBe(0);
    for (const command of ['build', 'validate', 'list', 'preflight']) expect(stdout).toMatch(new RegExp(`^\\s+${command}\\b`, 'm'));
  });

  it('build --help: exit 0 and the build options', async () => {
    const { code, stdout } = await cli(['build', '--help']);
    expect(code).toBe(0);
    for (const option of ['--region', '--material', '--lang', '--edition', '--out', '--no-crop-marks', '--final']) expect(stdout).toContain(option);
  });

  it('build --region nowhere: exit 2, and stderr names the known regions; nothing is built', async () => {
    const out = path.join(tmp, 'nowhere');
    const { code, stdout, stderr } = await cli(['build', '--region', 'nowhere', '--out', out]);
    expect(code).toBe(2);
    expect(stderr.trim()).toBe('error: unknown region "nowhere"; known: oostende, west-vlaanderen');
    expect(stdout).toBe('');
    await expect(readFile(path.join(out, 'manifest.json'))).rejects.toThrow();
  });

  it.each([[['bouw']], [['build', '--colour', 'red']], [['build', '--edition', 'paper']], [['list', '--material']], [['build', '--region']]])(
    'a wrong command line %j: exit 2, no stack trace',
    async (args) => {
      const { code, stdout, stderr } = await cli(args);
      expect(code).toBe(2);
      expect(stderr).toMatch(/^error: /m);
      expect(`${stdout}${stderr}`).not.toMatch(STACK_FRAME);
    },
  );

  it('build --material poster --region oostende writes exactly the two poster PDFs and manifest.json (exit 0)', async () => {
    const { project, result } = await poster();
    const out = path.join(project.root, 'out');
    const { code, stdout, stderr } = result;
    expect(code, stderr).toBe(0);
    const written = ['oostende/poster-oostende-nl-print.pdf', 'oostende/poster-oostende-nl-screen.pdf'];
    expect([...(await hashTree(out)).keys()].sort()).toEqual(['manifest.json', ...written].sort());
    const manifest = JSON.parse(await readFile(path.join(out, 'manifest.json'), 'utf8')) as { files: Array<{ path: string; pages: number; sha256: string }> };
    expect(manifest.files.map((f) => f.path).sort()).toEqual(written);
    const hashes = await hashTree(out);
    for (const f of manifest.files) {
      expect(f.pages).toBe(1);
      expect(f.sha256).toBe(hashes.get(f.path));
    }
    expect(stdout).toMatch(/^wrote 2 PDF\(s\), 2 pages, to .+ in \d+\.\d s$/m);
    for (const p of written) expect((await readFile(path.join(out, p))).subarray(0, 5).toString()).toBe('%PDF-');
  }, 120_000);

  it('list prints one line per file of the matrix', async () => {
    const { code, stdout } = await cli(['list']);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    const expected = [...expectedFiles('print'), ...expectedFiles('screen')];
    expect(lines).toHaveLength(expected.length);
    for (const line of lines) expect(line).toMatch(/^(poster|flyer|brochure|leidraad) +[a-z-]+ +[a-z]{2} +(print|screen) +[a-z-]+\/[a-z]+-[a-z-]+-[a-z]{2}-(print|screen)\.pdf$/);
    expect(lines.map((l) => l.split(/\s+/).at(-1)).sort()).toEqual(expected.map((f) => f.path).sort());
    expect(lines).toContain('poster    oostende                 nl  print   oostende/poster-oostende-nl-print.pdf');
    const filtered = await cli(['list', '--material', 'leidraad', '--edition', 'screen']);
    expect(filtered.stdout.trimEnd().split('\n')).toEqual([
      'leidraad  oostende                 nl  screen  oostende/leidraad-oostende-nl-screen.pdf',
      'leidraad  west-vlaanderen          nl  screen  west-vlaanderen/leidraad-west-vlaanderen-nl-screen.pdf',
    ]);
  });

  // one region: every material and language, half the matrix (shippedContent lays out all of it, in the test process)
  it('validate on the shipped project: exit 0, every job valid', async () => {
    const { code, stdout, stderr } = await cli(['validate', '--region', 'oostende']);
    expect(code, stderr).toBe(0);
    expect(stdout.trim()).toBe('all 10 job(s) are valid; the content is still a concept (build with --final once it is approved)');
    expect(
      stderr
        .trim()
        .split('\n')
        .filter((l) => l.startsWith('checked ')),
    ).toHaveLength(10);
    expect(
      withoutOpenContactsText(stderr)
        .trim()
        .split('\n')
        .filter((l) => l !== '' && !l.startsWith('checked ')),
    ).toEqual(['0 error(s), 0 warning(s)']);
    expect(stderr).toMatch(/^checked    poster\/oostende\/nl  \[\d+\/10\]$/m);
  }, 300_000);

  describe('a content error in a copy of the project', () => {
    it('exit 1, `file:line:column  error  message` with the field, no stack trace, and the PDFs in out/ byte for byte unchanged', async () => {
      // the poster build above, in this copy of the project, is the first build
      const { project, result: first } = await poster();
      const args = ['build', '--project', project.root, '--material', 'poster', '--region', 'oostende', '--out', 'out'];
      expect(first.code, first.stderr).toBe(0);
      const out = path.join(project.root, 'out');
      const before = await hashTree(out);
      expect([...before.keys()]).toContain('oostende/poster-oostende-nl-print.pdf');

      const original = await project.read(REGION_FILE);
      const lines = original.split('\n');
      const at = lines.indexOf('    name: "YouthStart"');
      expect(at).toBeGreaterThan(0);
      lines.splice(at + 1, 0, '    webiste: "www.youthstart.be"');
      await project.write(REGION_FILE, lines.join('\n'));

      const failed = await cli(args);
      expect(failed.code).toBe(1);
      expect(failed.stderr).toContain(`${REGION_FILE}:${at + 2}:5  error  unknown field "webiste" in a region — did you mean "website"?\n    field: contacts.youthstart.webiste`);
      expect(failed.stderr).toMatch(/^\n?1 error\(s\), 0 warning\(s\)$/m);
      expect(failed.stderr).toContain('nothing was written');
      expect(`${failed.stdout}${failed.stderr}`).not.toMatch(STACK_FRAME);
      expect(failed.stderr).not.toContain('internal error');
      expect(await hashTree(out)).toEqual(before);

      // validate says the same, and also writes nothing
      const validate = await cli(['validate', '--project', project.root, '--material', 'poster', '--region', 'oostende']);
      expect(validate.code).toBe(1);
      expect(validate.stderr).toContain(`${REGION_FILE}:${at + 2}:5  error  unknown field "webiste"`);
      expect(await hashTree(out)).toEqual(before);
    }, 180_000);
  });
});
