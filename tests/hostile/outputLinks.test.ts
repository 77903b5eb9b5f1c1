// Links and hostile names on the output side: links planted at temporary names, out/, out/<region>/, .cache/ and content/regions/ leading out of the project, a hostile manifest for preview, --report over the build's output, schema --out on a file, --out /proc/x. Nothing outside the project or --out changes.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { lstat, mkdir, mkdtemp, readdir, readFile, realpath, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runBuild } from '../../src/commands/runBuild.js';
import { OutputError } from '../../src/write/outputError.js';
import { cli, hasCli, STACK_FRAME } from '../support/runCli.js';
import { tempProject, type TempProject } from '../support/tempProject.js';

const POSTER = { materials: ['poster'], regions: ['oostende'], langs: ['nl'], editions: ['screen' as const] };
const POSTER_ARGS = ['--material', 'poster', '--region', 'oostende', '--lang', 'nl', '--edition', 'screen'];
const PDF = 'oostende/poster-oostende-nl-screen.pdf';

let project: TempProject;
let outside: string;
let before: Map<string, string>;

/** Every entry under a folder (links not followed) → its kind, bytes' sha256 and modification time. */
async function snapshot(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const walk = async (d: string): Promise<void> => {
    for (const name of (await readdir(d)).sort()) {
      const abs = path.join(d, name);
      const info = await lstat(abs);
      if (info.isDirectory()) {
        out.set(abs, `dir ${info.mtimeMs}`);
        await walk(abs);
      } else
        out.set(
          abs,
          `${info.isSymbolicLink() ? 'link' : 'file'} ${info.mtimeMs} ${
            info.isFile()
              ? createHash('sha256')
                  .update(await readFile(abs))
                  .digest('hex')
              : ''
          }`,
        );
    }
  };
  await walk(dir);
  return out;
}

beforeAll(async () => {
  project = await tempProject();
  outside = await realpath(await mkdtemp(path.join(tmpdir(), 'drukwerk-outside-')));
  await writeFile(path.join(outside, 'canary.pdf'), 'a file outside the project that no build may touch\n');
  await mkdir(path.join(outside, 'folder'));
  await writeFile(path.join(outside, 'folder', 'canary.txt'), 'also outside\n');
});
afterAll(async () => {
  await project.dispose();
  await rm(outside, { recursive: true, force: true });
});
beforeEach(async () => {
  before = await snapshot(outside);
});
afterEach(async () => {
  // the promise of every case: nothing outside the project or --out is created or changed
  expect(await snapshot(outside)).toEqual(before);
});

const build = (outDir: string) => runBuild({ root: project.root, outDir, cropMarks: true, final: false, creationDate: new Date('2026-01-01T00:00:00Z'), ...POSTER });

describe('writes never follow links', () => {
  it('links planted at temporary names (also the old predictable ones) and at the output names: replaced or removed, their targets untouched', async () => {
    const out = path.join(project.root, 'out-planted');
    await mkdir(path.join(out, 'oostende'), { recursive: true });
    const canary = path.join(outside, 'canary.pdf');
    const planted = [`${PDF}.${process.pid}.drukwerk-tmp`, `manifest.json.${process.pid}.drukwerk-tmp`, 'oostende/anything.drukwerk-tmp', PDF, 'manifest.json'];
    for (const rel of planted) await symlink(canary, path.join(out, rel));
    await symlink(path.join(outside, 'folder'), path.join(out, 'oostende', 'folder.drukwerk-tmp'));
    const result = await build(out);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    for (const rel of [PDF, 'manifest.json']) expect((await lstat(path.join(out, rel))).isFile(), rel).toBe(true);
    expect((await readFile(path.join(out, PDF))).subarray(0, 5).toString()).toBe('%PDF-');
    expect(JSON.parse(await readFile(path.join(out, 'manifest.json'), 'utf8')).files.map((f: { path: string }) => f.path)).toEqual([PDF]);
    const left = (await readdir(out, { recursive: true })).map(String).filter((f) => f.endsWith('.drukwerk-tmp'));
    expect(left).toEqual([]);
  });

  it('removes the temporary files a killed build left only where a build writes them: other builds’ under --out stay', async () => {
    // --out names a folder that holds more than drukwerk's output (a shared /tmp, a home folder): another build is writing below it
    const out = path.join(project.root, 'out-shared');
    const others = [
      'elsewhere/out/oostende/flyer-oostende-nl-print.pdf.0123456789abcdef.drukwerk-tmp',
      'elsewhere/.cache/x/widths.lines.0123456789abcdef.drukwerk-tmp',
      'oostende/deeper/a.pdf.0123456789abcdef.drukwerk-tmp',
    ];
    const ours = [`${PDF}.0123456789abcdef.drukwerk-tmp`, 'manifest.json.0123456789abcdef.drukwerk-tmp'];
    for (const rel of [...others, ...ours]) {
      await mkdir(path.dirname(path.join(out, rel)), { recursive: true });
      await writeFile(path.join(out, rel), 'half a file');
    }
    const result = await build(out);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const left = (await readdir(out, { recursive: true })).map(String).filter((f) => f.endsWith('.drukwerk-tmp'));
    expect(left.sort()).toEqual([...others].sort());
  });

  it.skipIf(!hasCli)('out/ as a link to a folder outside the project: the build refuses, naming both, and writes nothing there', async () => {
    await symlink(path.join(outside, 'folder'), path.join(project.root, 'out'));
    try {
      const r = await cli(['build', '--project', project.root, ...POSTER_ARGS]);
      expect(r.code).toBe(1);
      expect(r.stderr).toBe(
        `error: the output folder ${path.join(project.root, 'out')} leads to ${path.join(outside, 'folder')}, outside the project ${project.root}: replace the link by a folder, or pass --out ${path.join(outside, 'folder')} to write there\n`,
      );
    } finally {
      await rm(path.join(project.root, 'out'));
    }
  });

  it('out/<region>/ as a link outside: refused before anything is built', async () => {
    const out = path.join(project.root, 'out-region');
    await mkdir(out);
    await symlink(path.join(outside, 'folder'), path.join(out, 'oostende'));
    const error = await build(out).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutputError);
    expect((error as Error).message).toBe(
      `${path.join(out, 'oostende')} is a link to ${path.join(outside, 'folder')}, outside the output folder ${out}: drukwerk writes only inside the project and the output folder you choose; replace the link by a folder`,
    );
    expect(existsSync(path.join(out, 'manifest.json'))).toBe(false);
  });

  it.skipIf(!hasCli)('.cache as a link outside: build and validate refuse before reading the project', async () => {
    const cache = path.join(project.root, '.cache');
    await rm(cache, { recursive: true, force: true });
    await symlink(path.join(outside, 'folder'), cache);
    try {
      for (const command of ['build', 'validate']) {
        const r = await cli([command, '--project', project.root, ...POSTER_ARGS.slice(0, 6)]);
        expect(r.code, command).toBe(1);
        expect(r.stderr).toBe(
          `error: ${cache} is a link to ${path.join(outside, 'folder')}, outside the project: drukwerk keeps its cache only inside the project; remove the link (.cache is safe to delete)\n`,
        );
      }
    } finally {
      await rm(cache);
    }
  });

  it.skipIf(!hasCli)('new-region with content/regions/ a link outside: refused, nothing written there', async () => {
    const regions = path.join(project.root, 'content', 'regions');
    const copy = path.join(outside, 'regions');
    await rm(copy, { recursive: true, force: true });
    await mkdir(copy);
    for (const f of await readdir(regions)) await writeFile(path.join(copy, f), await readFile(path.join(regions, f)));
    await rm(regions, { recursive: true });
    await symlink(copy, regions);
    const snap = await snapshot(outside);
    try {
      const r = await cli(['new-region', 'middelkerke', '--extends', 'west-vlaanderen', '--project', project.root]);
      expect(r.code).toBe(1);
      expect(r.stderr).toBe(
        `error: ${regions} is a link to ${copy}, outside the project ${project.root}: drukwerk writes only inside the project and the output folder you choose; replace the link by a folder\n`,
      );
      expect(await snapshot(outside)).toEqual(snap);
    } finally {
      await rm(regions);
      await mkdir(regions);
      for (const f of await readdir(copy)) await writeFile(path.join(regions, f), await readFile(path.join(copy, f)));
      await rm(copy, { recursive: true });
      before = await snapshot(outside);
    }
  });
});

describe('preview reads the manifest with the one checked reader', () => {
  async function fakeOutput(out: string, files: unknown[] | string): Promise<void> {
    await mkdir(path.join(out, 'oostende'), { recursive: true });
    await writeFile(path.join(out, 'manifest.json'), typeof files === 'string' ? files : JSON.stringify({ files }));
  }

  it.skipIf(!hasCli)('entries whose path or region leads out of the folder are left out with a warning; nothing is read or written outside', async () => {
    const out = path.join(project.root, 'out-preview');
    const doc = await PDFDocument.create();
    doc.addPage([200, 300]);
    const bytes = await doc.save();
    await mkdir(path.join(out, 'oostende'), { recursive: true });
    await writeFile(path.join(out, PDF), bytes);
    const good = {
      path: PDF,
      material: 'poster',
      region: 'oostende',
      lang: 'nl',
      edition: 'screen',
      pages: 1,
      bytes: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      inputHash: '',
    };
    // a name of this run's own three levels up (the temporary folder's parent), so another process's folder cannot be taken for an escape
    const escaping = `../../../${path.basename(project.root)}-escape`;
    await fakeOutput(out, [good, { ...good, path: '../../canary.pdf' }, { ...good, region: escaping }, { ...good, path: `oostende/../../${path.relative(project.root, outside)}/canary.pdf` }, null]);
    const r = await cli(['preview', '--project', project.root, '--out', 'out-preview']);
    expect(r.stderr).not.toMatch(STACK_FRAME);
    expect(r.code, r.stderr).toBe(0);
    const manifest = path.join('out-preview', 'manifest.json');
    expect(r.stderr).toContain(`warning: ${manifest}: entry 2 (path "../../canary.pdf") is not a PDF drukwerk writes in this folder; left out\n`);
    expect(r.stderr).toContain(`warning: ${manifest}: entry 3 (path "${PDF}") is not a PDF drukwerk writes in this folder; left out\n`);
    expect(r.stderr).toContain(`warning: ${manifest}: entry 5 (path null) is not a PDF drukwerk writes in this folder; left out\n`);
    expect(existsSync(path.join(out, 'previews', 'oostende', 'poster-nl-1.png'))).toBe(true);
    expect(existsSync(path.resolve(out, 'previews', escaping))).toBe(false);
    const html = await readFile(path.join(out, 'index.html'), 'utf8');
    expect(html).not.toContain('canary');
  });

  it.skipIf(!hasCli)('a manifest that is not JSON: exit 1, the file named, no stack trace, nothing written', async () => {
    const out = path.join(project.root, 'out-notjson');
    await fakeOutput(out, '{"files": [ {"path": ');
    const r = await cli(['preview', '--project', project.root, '--out', 'out-notjson']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: out-notjson\/manifest\.json is not a manifest drukwerk wrote \(.+\): build the PDFs again\n$/);
    expect(await readdir(out)).toEqual(['manifest.json', 'oostende']);
  });
});

describe.skipIf(!hasCli)('command-line paths that would write where they must not', () => {
  it('--report into a folder that does not exist: refused before anything is built; out/ is not even made', async () => {
    const r = await cli(['build', '--project', project.root, '--out', 'out-report', ...POSTER_ARGS, '--report', path.join(project.root, 'no-such-folder', 'report.txt')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `error: --report ${path.join(project.root, 'no-such-folder', 'report.txt')}: the folder ${path.join(project.root, 'no-such-folder')} does not exist; create it first, or write the report elsewhere\n`,
    );
    expect(existsSync(path.join(project.root, 'out-report'))).toBe(false);
  });

  it.each([[PDF], ['manifest.json'], ['index.html'], ['oostende'], ['report.PDF']])('--report over what the build writes in out/ (%s): refused before anything is built', async (rel) => {
    const out = path.join(project.root, 'out-report2');
    const given = path.join(out, rel);
    await mkdir(path.dirname(given), { recursive: true });
    const r = await cli(['build', '--project', project.root, '--out', out, ...POSTER_ARGS, '--report', given]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`error: --report ${given} would overwrite what the build writes in ${out}: put the report outside the output folder`);
    expect((await readdir(out, { recursive: true })).filter((f) => String(f).endsWith('.pdf') || f === 'manifest.json')).toEqual([]);
  });

  it('schema --out given a file: a wrong command line (exit 2), a clear message, the file unchanged', async () => {
    const file = path.join(project.root, 'notes.txt');
    await writeFile(file, 'mine\n');
    const r = await cli(['schema', '--out', file], { cwd: project.root });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`error: schema --out ${file}: ${file} is a file, not a folder; give a folder (it is created when missing)\n`);
    expect(await readFile(file, 'utf8')).toBe('mine\n');
  });

  it('--out /proc/x: a clear error at once, not a hang', async () => {
    const r = await cli(['build', '--project', project.root, '--out', '/proc/drukwerk-x', ...POSTER_ARGS]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('error: cannot create the folder /proc/drukwerk-x: the system does not allow a folder there\n');
    const schema = await cli(['schema', '--out', '/proc/drukwerk-x/schema']);
    expect(schema.code).toBe(1);
    expect(schema.stderr).toBe('error: cannot create the folder /proc/drukwerk-x: the system does not allow a folder there\n');
  }, 60_000);

  it('--out under a file: a wrong command line (exit 2), a clear error', async () => {
    await writeFile(path.join(project.root, 'a-file'), 'x');
    const r = await cli(['build', '--project', project.root, '--out', 'a-file/out', ...POSTER_ARGS]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`error: --out a-file/out: ${path.join(project.root, 'a-file')} is a file, not a folder; give a folder (it is created when missing)\n`);
    expect((await stat(path.join(project.root, 'a-file'))).isFile()).toBe(true);
  });
});
