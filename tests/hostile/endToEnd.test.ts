// Unusual but valid input end to end (BOM + CRLF, combining accents, no-break spaces, markup-like text, links inside the project) and the CLI on hostile input: exit 1, formatted diagnostics, no stack trace.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { symlink } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runBuild } from '../../src/commands/runBuild.js';
import type { JobFilter } from '../../src/variant/planJobs.js';
import { extractText } from '../support/renderPdf.js';
import { REPO, tempProject, type TempProject } from '../support/tempProject.js';
import { REGION, SVG_LOGO, withLogo, youthstartName } from './corpusCases.js';

const FLYER: JobFilter = { materials: ['flyer'], regions: ['oostende'], langs: ['nl'], editions: ['print'] };

async function build(p: TempProject, filter: JobFilter) {
  const result = await runBuild({
    root: p.root,
    outDir: 'out',
    cropMarks: true,
    final: false,
    creationDate: new Date('2026-01-01T00:00:00Z'),
    profile: 'icc/FOGRA39-drukwerk.icc',
    dryRun: true,
    ...filter,
  });
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  const files = result.results.flatMap((r) => r.files);
  return { errors, text: files.length ? (await extractText(files[0].bytes)).join('\n') : '' };
}

async function withProject(fn: (p: TempProject) => Promise<void>): Promise<void> {
  const p = await tempProject();
  try {
    await fn(p);
  } finally {
    await p.dispose();
  }
}

describe('valid but unusual text, end to end', () => {
  it('a region file with a byte-order mark and CRLF line endings builds like the original', () =>
    withProject(async (p) => {
      await p.write(REGION, `\uFEFF${(await p.read(REGION)).replace(/\n/g, '\r\n')}`);
      const { errors, text } = await build(p, FLYER);
      expect(errors).toEqual([]);
      expect(text).toContain('Vrij CLB De Havens Oostende');
      expect(text).not.toContain('\r');
    }));

  it('e + U+0301 (combining acute) is read as é (NFC), which Inter has, and printed as é', () =>
    withProject(async (p) => {
      await youthstartName(p, '"Youthstart Cafe\u0301"');
      const { errors, text } = await build(p, FLYER);
      expect(errors).toEqual([]);
      expect(text.normalize('NFC')).toContain('Youthstart Café');
      expect(text).not.toContain('\u0301');
    }));

  it('no-break spaces are kept and printed', () =>
    withProject(async (p) => {
      await youthstartName(p, '"Youth\u00A0Start\u00A0Oostende"');
      const { errors, text } = await build(p, FLYER);
      expect(errors).toEqual([]);
      expect(text.replace(/\u00A0/g, ' ')).toContain('Youth Start Oostende');
    }));

  it('content that looks like markup, Handlebars or CDATA is printed literally, never interpreted', () =>
    withProject(async (p) => {
      await youthstartName(p, '"<frame> {{content.title}} & ]]> </p>"');
      const { errors, text } = await build(p, FLYER);
      expect(errors).toEqual([]);
      expect(text).toContain('<frame> {{content.title}} & ]]> </p>');
    }));

  it('a symbolic link to a file inside the project is followed', () =>
    withProject(async (p) => {
      await p.write('images/logos/oostende.svg', SVG_LOGO);
      await symlink(path.join(p.root, 'images/logos/oostende.svg'), path.join(p.root, 'images/logo-link.svg'));
      await withLogo(p, 'images/logo-link.svg');
      const { errors } = await build(p, { ...FLYER, materials: ['poster'] });
      expect(errors).toEqual([]);
    }));
});

const execFileP = promisify(execFile);
const CLI = path.join(REPO, 'dist/cli.js');

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await execFileP(process.execPath, [CLI, ...args], { cwd: REPO });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

describe.skipIf(!existsSync(CLI))('the CLI on hostile input (dist/, built by `npm test`)', () => {
  it('validate: exit 1, the formatted diagnostics on stderr, no stack trace', () =>
    withProject(async (p) => {
      await youthstartName(p, '"Youth\\x07Start"');
      await p.write('images/bomb.svg', '<!DOCTYPE svg [<!ENTITY a "aaaaaaaa">]>\n<svg xmlns="http://www.w3.org/2000/svg">&a;</svg>\n');
      const { code, stdout, stderr } = await cli(['validate', '--project', p.root, '--material', 'poster', '--region', 'oostende']);
      expect(code).toBe(1);
      expect(stderr).toContain(
        'content/regions/oostende.yaml:33:11  error  "contacts.youthstart.name" contains the control character U+0007 (at character 6)\n    field: contacts.youthstart.name\n    hint: remove it: only tabs and line breaks are allowed in text',
      );
      expect(stderr).toContain('images/bomb.svg:1:1  error  the SVG has a DOCTYPE or entity declarations, which drukwerk does not read');
      expect(`${stdout}\n${stderr}`).not.toMatch(/^\s+at /m);
      expect(stderr).not.toContain('internal error');
    }));

  it('a file that is not UTF-8: exit 1, the file, the byte offset and its line and column', () =>
    withProject(async (p) => {
      await p.write('content/nl/poster.yaml', Buffer.concat([Buffer.from('status: concept\nheadline: "Caf'), Buffer.from([0xe9]), Buffer.from('"\n')]));
      const { code, stderr } = await cli(['validate', '--project', p.root, '--material', 'poster', '--region', 'oostende']);
      expect(code).toBe(1);
      expect(stderr).toContain('content/nl/poster.yaml:2:15  error  the file is not UTF-8 text (invalid byte 0xE9 at offset 30)\n    hint: save the file as UTF-8 in your editor');
      expect(stderr).not.toMatch(/^\s+at /m);
    }));

  it.each([[['--debug', 'validate']], [['validate', '--debug']]])('--debug is a program option, accepted before or after the command: %j', async (args) => {
    // one job (the print poster): what is tested is how the command line is read
    const { code, stderr } = await cli([...args, '--material', 'poster', '--region', 'oostende', '--lang', 'nl', '--edition', 'print']);
    expect(stderr).not.toContain("unknown option '--debug'");
    expect(code).not.toBe(2);
  });
});
