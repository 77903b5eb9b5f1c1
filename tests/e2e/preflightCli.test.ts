// Acceptance: `drukwerk preflight FILE…` in its own process — one line per finding with the exact text and exit 1 on broken PDFs, "ok" and exit 0 on a shipped print PDF.
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { at, cmykJpeg, makePdf, mm, rgbPng } from '../preflight/fixtures.js';
import { formBomb, inflateBomb, pageTreeBomb } from '../preflight/hostilePdfs.js';
import { LIMITS } from '../../src/preflight/limits.js';
import { runBuild } from '../../src/commands/runBuild.js';
import { REPO } from '../support/tempProject.js';
import { cli, hasCli, STACK_FRAME } from '../support/runCli.js';

let tmp: string;
const file = (name: string) => path.join(tmp, name);

describe.skipIf(!hasCli)('drukwerk preflight (dist/cli.js)', () => {
  beforeAll(async () => {
    tmp = await mkdtemp(path.join(tmpdir(), 'drukwerk-preflight-'));
    await writeFile(file('rgb-image.pdf'), await makePdf(async (doc) => void doc.image(await rgbPng(400, 400), ...at(20, 60), { width: mm(25.4) })));
    await writeFile(
      file('helvetica.pdf'),
      await makePdf(
        (doc) =>
          void doc
            .font('Helvetica')
            .fontSize(10)
            .fillColor([0, 0, 0, 100])
            .text('Niet ingebed', ...at(20, 60), { lineBreak: false }),
      ),
    );
    await writeFile(file('no-trimbox.pdf'), await makePdf(undefined, { trimBox: false }));
    await writeFile(file('150-ppi.pdf'), await makePdf(async (doc) => void doc.image(await cmykJpeg(150, 150), ...at(20, 60), { width: mm(25.4) })));
    await writeFile(file('clean.pdf'), await makePdf());
    // a shipped poster in both editions, built and written by the pipeline `drukwerk build` runs (in this process: what is tested here is the preflight command)
    const built = await runBuild({
      root: REPO,
      outDir: file('out'),
      cropMarks: true,
      final: false,
      creationDate: new Date('2026-01-01T00:00:00Z'),
      materials: ['poster'],
      regions: ['oostende'],
      editions: ['print', 'screen'],
    });
    expect(built.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(built.written.map((w) => w.path).sort()).toEqual(['oostende/poster-oostende-nl-print.pdf', 'oostende/poster-oostende-nl-screen.pdf']);
  }, 300_000);
  afterAll(() => rm(tmp, { recursive: true, force: true }));

  it('reports each broken PDF with one exact line per finding, and exits 1', async () => {
    const names = ['rgb-image.pdf', 'helvetica.pdf', 'no-trimbox.pdf', '150-ppi.pdf'];
    const { code, stdout, stderr } = await cli(['preflight', ...names.map(file)]);
    expect(code).toBe(1);
    expect(stdout.trimEnd().split('\n')).toEqual([
      `${file('rgb-image.pdf')}  page 1 at 20.0, 60.0 mm  error  colour-space  image "I1" is DeviceRGB; print needs CMYK`,
      `${file('helvetica.pdf')}  page 1  error  fonts-embedded  font "Helvetica" (F1, Type1) is one of the standard 14 PDF fonts and is not embedded; print needs every font embedded`,
      `${file('no-trimbox.pdf')}  page 1  error  page-boxes  the page has no TrimBox; print needs a TrimBox on every page`,
      `${file('150-ppi.pdf')}  page 1 at 20.0, 60.0 mm  error  image-resolution  image "I1" is 150 ppi at its placed size (150 × 150 px placed at 25.4 × 25.4 mm); print needs 300 ppi`,
      '4 files: 0 ok, 4 with 4 errors',
    ]);
    expect(stderr).not.toMatch(STACK_FRAME);
  });

  it.each([
    ['rgb-image.pdf', 'colour-space'],
    ['helvetica.pdf', 'fonts-embedded'],
    ['no-trimbox.pdf', 'page-boxes'],
    ['150-ppi.pdf', 'image-resolution'],
  ])('%s alone: exit 1, its one finding', async (name, check) => {
    const { code, stdout } = await cli(['preflight', file(name)]);
    expect(code).toBe(1);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain(`  error  ${check}  `);
    expect(lines[1]).toBe('1 file: 0 ok, 1 with 1 error');
  });

  it('says "ok" and exits 0 for a shipped print PDF and a clean fixture', async () => {
    const shipped = file('out/oostende/poster-oostende-nl-print.pdf');
    const { code, stdout, stderr } = await cli(['preflight', shipped, file('clean.pdf')]);
    expect(stderr).toBe('');
    expect(stdout.trimEnd().split('\n')).toEqual([`${shipped}  ok`, `${file('clean.pdf')}  ok`, '2 files: 2 ok']);
    expect(code).toBe(0);
  });

  it('a clean file next to a broken one: the broken one decides the exit code, the clean one still says ok', async () => {
    const { code, stdout } = await cli(['preflight', file('clean.pdf'), file('no-trimbox.pdf')]);
    expect(code).toBe(1);
    expect(stdout).toContain(`${file('clean.pdf')}  ok`);
    expect(stdout).toContain(`${file('no-trimbox.pdf')}  page 1  error  page-boxes`);
  });

  it('a file that is missing or not a PDF: exit 1, a one-line error, no stack trace', async () => {
    await writeFile(file('not-a.pdf'), 'hello');
    const missing = await cli(['preflight', file('missing.pdf')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim()).toBe(`${file('missing.pdf')}  error  cannot read the file`);
    const garbage = await cli(['preflight', file('not-a.pdf')]);
    expect(garbage.code).toBe(1);
    expect(garbage.stdout).toMatch(new RegExp(`^${file('not-a.pdf').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}  error  pdf-syntax  the file cannot be read as a PDF`));
    expect(`${garbage.stdout}${garbage.stderr}`).not.toMatch(STACK_FRAME);
  });

  it('picks the rules from the file: screen rules for a tagged screen PDF, print rules for a PDF/X file; --edition overrides', async () => {
    const screen = file('out/oostende/poster-oostende-nl-screen.pdf');
    const print = file('out/oostende/poster-oostende-nl-print.pdf');
    const auto = await cli(['preflight', '--json', screen, print]);
    const report = JSON.parse(auto.stdout) as { ok: boolean; summary: string; files: { file: string; edition: string; editionReason: string; errors: number }[] };
    expect(report.files.map((f) => [f.file, f.edition, f.editionReason, f.errors])).toEqual([
      [screen, 'screen', 'tagged, no output intent', 0],
      [print, 'print', 'PDF/X output intent', 0],
    ]);
    expect([auto.code, report.ok, report.summary]).toEqual([0, true, '2 files: 2 ok']);
    // told to apply print rules, the screen file fails them (no bleed, no output intent, RGB)
    const forced = await cli(['preflight', '--edition', 'print', screen]);
    expect(forced.code).toBe(1);
    expect(forced.stdout).toContain('  error  output-intent  ');
    expect(forced.stdout.trimEnd().split('\n').at(-1)).toMatch(/^1 file: 0 ok, 1 with \d+ errors$/);
  }, 120_000);

  it('a named pipe, /dev/zero and a folder are refused without reading them, hostile PDFs get their one finding, and the run goes on', async () => {
    execFileSync('mkfifo', [file('pipe.pdf')]);
    await mkdir(file('folder.pdf'));
    await writeFile(file('forms.pdf'), formBomb(12, 10));
    await writeFile(file('tree.pdf'), pageTreeBomb(4, 1000));
    await writeFile(file('inflate.pdf'), inflateBomb(LIMITS.streamBytes + 1024 * 1024));
    const names = [file('pipe.pdf'), '/dev/zero', file('folder.pdf'), file('forms.pdf'), file('inflate.pdf'), file('tree.pdf'), file('clean.pdf')];
    const { code, stdout, stderr } = await cli(['preflight', ...names]);
    expect(code).toBe(1);
    expect(stderr.trimEnd().split('\n')).toEqual([
      `${file('pipe.pdf')}  error  this is a named pipe, not a file; preflight reads PDF files`,
      `/dev/zero  error  this is a device, not a file; preflight reads PDF files`,
      `${file('folder.pdf')}  error  this is a folder, not a file; preflight reads PDF files`,
    ]);
    const lines = stdout.trimEnd().split('\n');
    expect(lines.slice(0, 2)).toEqual([
      `${file('forms.pdf')}  page 1  error  pdf-limits  the form XObjects the page draws (each time counted) exceed 20 000; not checked further`,
      `${file('inflate.pdf')}  page 1  error  pdf-limits  a stream's decoded data exceeds 64 MB; not checked further`,
    ]);
    expect(lines).toContain(`${file('tree.pdf')}  warning  pdf-syntax  the page tree refers to a node it already holds (3 996 time(s)); each node was read once`);
    expect(lines.at(-2)).toBe(`${file('clean.pdf')}  ok`);
  });

  it('no file at all is a wrong command line: exit 2', async () => {
    expect((await cli(['preflight'])).code).toBe(2);
  });
});
