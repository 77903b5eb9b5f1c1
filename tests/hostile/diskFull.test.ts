// A full disk during a build (ENOSPC injected into the CLI's writes by tests/support/diskFull.cjs): exit 1, the message says the disk is full and where, no stack trace, no temporary file left, the previous PDFs and manifest as they were.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, hasCli, hashTree, STACK_FRAME } from '../support/runCli.js';
import { REPO, tempProject, type TempProject } from '../support/tempProject.js';

const ARGS = ['--material', 'poster', '--region', 'oostende', '--lang', 'nl', '--edition', 'screen'];
const PRELOAD = path.join(REPO, 'tests/support/diskFull.cjs');

describe.skipIf(!hasCli)('a full disk', () => {
  let project: TempProject;
  let out: string;
  let before: Map<string, string>;

  beforeAll(async () => {
    project = await tempProject();
    out = path.join(project.root, 'out');
    const first = await cli(['build', '--project', project.root, ...ARGS]);
    expect(first.code, first.stderr).toBe(0);
    before = await hashTree(out);
    expect([...before.keys()]).toEqual(['manifest.json', 'oostende/poster-oostende-nl-screen.pdf']);
  }, 120_000);
  afterAll(() => project.dispose());

  it.each([
    ['while a PDF is written', { DISKFULL_BYTES: '10000' }, 'oostende/poster-oostende-nl-screen.pdf'],
    ['when the manifest is written, after every PDF', { DISKFULL_MATCH: 'manifest.json' }, 'manifest.json'],
  ])(
    '%s',
    async (_when, env, file) => {
      // a change, so the build must replace the PDF
      await project.replace('content/regions/oostende.yaml', /name: "?Oostende[^"\n]*"?/, `name: "Oostende ${file.length}"`);
      const r = await cli(['build', '--project', project.root, ...ARGS], { env: { NODE_OPTIONS: `--require ${PRELOAD}`, ...env } });
      expect(r.code, r.stderr).toBe(1);
      expect(r.stderr).toContain(`error: cannot write ${file} in the output folder ${out}: the disk is full\nnothing was replaced: the PDFs and manifest in ${out} are as before\n`);
      expect(`${r.stdout}${r.stderr}`).not.toMatch(STACK_FRAME);
      expect(r.stderr).not.toContain('internal error');
      // no temporary file, no lock: the same two files, byte for byte
      expect(await hashTree(out)).toEqual(before);
    },
    120_000,
  );
});
