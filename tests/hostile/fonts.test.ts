// Broken font files the theme names (cut short, not a font, a collection, scrambled tables) → one positioned error at the theme's line, exit 1, nothing written.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadProject } from '../../src/commands/runBuild.js';
import { fontProblem } from '../../src/load/checkFont.js';
import { REPO, tempProject, type TempProject } from '../support/tempProject.js';
import { cli } from '../support/runCli.js';

const BOLD = 'fonts/Inter-Bold.otf';
const ARABIC = 'fonts/NotoSansArabic-Regular.ttf';

/** The shipped font with `edit` applied to a copy of its bytes. */
async function broken(file: string, edit: (b: Buffer) => Buffer): Promise<Buffer> {
  return edit(Buffer.from(await readFile(path.join(REPO, file))));
}

const scramble = (from: number, to: number) => (b: Buffer) => {
  for (let i = from; i < Math.min(to, b.length); i++) b[i] = (i * 7919) & 255;
  return b;
};

describe('fonts the theme names', () => {
  let project: TempProject;
  beforeEach(async () => {
    project = await tempProject();
  });
  afterEach(() => project.dispose());

  const themeLine = async (role: string) => (await project.read('templates/theme.yaml')).split('\n').findIndex((l) => l.trimStart().startsWith(`${role}:`)) + 1;

  it.each([
    ['cut short', BOLD, (b: Buffer) => b.subarray(0, 20_000), 'bold', /^it is cut short: its "CFF" table ends at byte \d+, but the file has 20000 bytes$/],
    ['cut inside its header', BOLD, (b: Buffer) => b.subarray(0, 2_000), 'bold', /^it is cut short: its "\w+" table ends at byte \d+, but the file has 2000 bytes$/],
    ['a text file named .otf', BOLD, () => Buffer.from('not a font\n'), 'bold', /^it is not an OpenType \(\.otf\) or TrueType \(\.ttf\) font$/],
    ['an empty file', BOLD, () => Buffer.alloc(0), 'bold', /^it is not an OpenType \(\.otf\) or TrueType \(\.ttf\) font$/],
    ['CFF outlines overwritten', BOLD, scramble(28_100, 60_000), 'bold', /^its tables cannot be read \(.+\)$/],
    ['TrueType tables overwritten', ARABIC, scramble(2_000, 400_000), 'arabic', /^its tables cannot be read \(.+\)$/],
  ])('%s: one error at the theme line that names it', async (_, file, edit, role, why) => {
    await project.write(file, await broken(file, edit));
    const { project: loaded, diagnostics } = await loadProject(project.root);
    expect(loaded).toBeUndefined();
    const errors = diagnostics.filter((d) => d.severity === 'error');
    expect(errors).toHaveLength(1);
    const [error] = errors;
    expect(error).toMatchObject({
      file: 'templates/theme.yaml',
      line: await themeLine(role),
      field: `fonts.${role}`,
      hint: 'put the original font file back (fonts must be .otf or .ttf files inside fonts/)',
    });
    const prefix = `the ${role} font "${file}" cannot be used: `;
    expect(error!.message.startsWith(prefix), error!.message).toBe(true);
    expect(error!.message.slice(prefix.length)).toMatch(why);
  });

  it('the shipped fonts are all usable', async () => {
    for (const file of [BOLD, ARABIC, 'fonts/Inter-Regular.otf', 'fonts/InterDisplay-ExtraBold.otf', 'fonts/NotoSansArabic-Bold.ttf']) {
      expect(fontProblem(await readFile(path.join(REPO, file))), file).toBeUndefined();
    }
  });

  it('a font collection header is refused, not taken for a font', () => {
    const ttc = Buffer.alloc(64);
    ttc.write('ttcf', 0, 'latin1');
    expect(fontProblem(ttc)?.message).toMatch(/^it is (a font collection|not an OpenType)/);
  });

  it('build: exit 1, the error, no stack trace, nothing written', async () => {
    await project.write(BOLD, await broken(BOLD, (b) => b.subarray(0, 20_000)));
    const r = await cli(['build', '--project', project.root, '--material', 'poster', '--region', 'oostende', '--lang', 'nl', '--jobs', '1']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`templates/theme.yaml:${await themeLine('bold')}:9  error  the bold font "${BOLD}" cannot be used: it is cut short`);
    expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
    expect(existsSync(path.join(project.root, 'out'))).toBe(false);
  });
});
