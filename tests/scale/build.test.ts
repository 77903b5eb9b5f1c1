// End to end through the CLI on a copy of the project: parallel = serial bytes, the manifest against the disk, no-op and partial builds, shards, --json, the lock, stray temporary files, an unwritable folder.
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempProject, type TempProject } from '../support/tempProject.js';
import { cli, pdfsIn } from './cliSupport.js';

const SMALL = ['--material', 'flyer', '--lang', 'nl'];

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
type Entry = { path: string; bytes: number; sha256: string; inputHash: string; pages: number; region: string };
const manifest = async (out: string): Promise<Entry[]> => JSON.parse(await readFile(path.join(out, 'manifest.json'), 'utf8')).files;

describe('building a province', () => {
  let project: TempProject;
  const out = (name: string) => path.join(project.root, name);
  const build = (name: string, ...args: string[]) => cli(['build', '--project', project.root, '--out', out(name), ...SMALL, ...args]);
  beforeAll(async () => {
    project = await tempProject();
  });
  afterAll(() => project.dispose());

  it('gives byte-identical PDFs and manifests with --jobs 2 and --jobs 1, and the manifest matches the files', async () => {
    const [parallel, serial] = [await build('par', '--jobs', '2'), await build('ser', '--jobs', '1')];
    expect(parallel.code, parallel.stderr).toBe(0);
    expect(serial.code, serial.stderr).toBe(0);
    const files = await pdfsIn(out('par'));
    expect(files).toEqual([
      'oostende/flyer-oostende-nl-print.pdf',
      'oostende/flyer-oostende-nl-screen.pdf',
      'west-vlaanderen/flyer-west-vlaanderen-nl-print.pdf',
      'west-vlaanderen/flyer-west-vlaanderen-nl-screen.pdf',
    ]);
    expect(await pdfsIn(out('ser'))).toEqual(files);
    for (const f of files) expect(sha(await readFile(path.join(out('par'), f))), f).toBe(sha(await readFile(path.join(out('ser'), f))));
    expect(await readFile(path.join(out('par'), 'manifest.json'), 'utf8')).toBe(await readFile(path.join(out('ser'), 'manifest.json'), 'utf8'));

    const entries = await manifest(out('par'));
    expect(entries.map((e) => e.path)).toEqual(files); // every PDF listed, sorted by path
    for (const e of entries) {
      const bytes = await readFile(path.join(out('par'), e.path));
      expect(bytes.length).toBe(e.bytes);
      expect(sha(bytes)).toBe(e.sha256);
      expect(e.inputHash).toMatch(/^[0-9a-f]{64}$/);
      expect(e.pages).toBe(2);
    }
  });

  it('gives the same bytes when this thread and two workers share eight jobs, each worker holding more than one at a time', async () => {
    const all = (name: string, ...args: string[]) => cli(['build', '--project', project.root, '--out', out(name), '--material', 'flyer', '--edition', 'print', ...args]);
    const [pool, serial] = [await all('pool3', '--jobs', '3'), await all('ser3', '--jobs', '1')];
    expect(pool.code, pool.stderr).toBe(0);
    expect(serial.code, serial.stderr).toBe(0);
    const files = await pdfsIn(out('pool3'));
    expect(files).toHaveLength(8);
    expect(await pdfsIn(out('ser3'))).toEqual(files);
    for (const f of files) expect(sha(await readFile(path.join(out('pool3'), f))), f).toBe(sha(await readFile(path.join(out('ser3'), f))));
  });

  it('skips unchanged outputs, rebuilds what a change touches, and --force rebuilds everything', async () => {
    const noop = await build('par', '--json');
    expect(noop.code, noop.stderr).toBe(0);
    const json = JSON.parse(noop.stdout); // stdout holds the JSON document and nothing else
    expect(json.written).toEqual([]);
    expect(json.unchanged.map((f: { path: string }) => f.path)).toHaveLength(4);

    await project.replace('content/regions/oostende.yaml', 'name: "Oostende"', 'name: "Oostende "');
    const one = JSON.parse((await build('par', '--json')).stdout);
    expect(one.written.map((f: { path: string }) => f.path).sort()).toEqual(['oostende/flyer-oostende-nl-print.pdf', 'oostende/flyer-oostende-nl-screen.pdf']);
    expect(one.unchanged).toHaveLength(2);

    const forced = JSON.parse((await build('par', '--json', '--force')).stdout);
    expect(forced.written).toHaveLength(4);
    expect(forced.unchanged).toHaveLength(0);

    // a damaged file is rebuilt, whatever the manifest says
    await writeFile(path.join(out('par'), 'west-vlaanderen/flyer-west-vlaanderen-nl-print.pdf'), 'not a pdf');
    const repaired = JSON.parse((await build('par', '--json')).stdout);
    expect(repaired.written.map((f: { path: string }) => f.path)).toEqual(['west-vlaanderen/flyer-west-vlaanderen-nl-print.pdf', 'west-vlaanderen/flyer-west-vlaanderen-nl-screen.pdf']);
  });

  /**
   * One forced partial build of oostende into par/ serves two tests: the manifest it keeps, and the temporary file a
   * killed build left there before it ran (written first). Made by whichever of the two runs first.
   */
  let partialBuild: Promise<{ before: Entry[]; code: number; stderr: string }> | undefined;
  const partial = () =>
    (partialBuild ??= (async () => {
      const before = await manifest(out('par'));
      await writeFile(path.join(out('par'), 'oostende', 'flyer-oostende-nl-print.pdf.424242.drukwerk-tmp'), 'half a pdf');
      const { code, stderr } = await build('par', '--region', 'oostende', '--force');
      return { before, code, stderr };
    })());

  it('keeps the still valid entries of the manifest on a partial build', async () => {
    const { before, code, stderr } = await partial();
    expect(code, stderr).toBe(0);
    const after = await manifest(out('par'));
    expect(after.map((e) => e.path)).toEqual(before.map((e) => e.path));
    expect(after.filter((e) => e.region === 'west-vlaanderen')).toEqual(before.filter((e) => e.region === 'west-vlaanderen'));
  });

  it('splits the matrix into shards that together make the full build, and refuses a wrong --shard', async () => {
    const first = await build('shards', '--shard', '1/2', '--json');
    const second = await build('shards', '--shard', '2/2', '--json');
    const a = JSON.parse(first.stdout).written.map((f: { path: string }) => f.path);
    const b = JSON.parse(second.stdout).written.map((f: { path: string }) => f.path);
    expect(a.filter((p: string) => b.includes(p))).toEqual([]);
    expect([...a, ...b].sort()).toEqual(await pdfsIn(out('par')));
    expect((await manifest(out('shards'))).map((e) => e.path)).toEqual(await pdfsIn(out('par')));
    for (const bad of ['3/2', 'x', '0/1']) {
      const r = await build('shards', '--shard', bad);
      expect(r.code, bad).toBe(2);
      expect(r.stderr).toMatch(/is not a shard/);
    }
  });

  it('removes the temporary files a killed build left', async () => {
    const { code } = await partial();
    expect(code).toBe(0);
    expect((await readdir(path.join(out('par'), 'oostende'))).filter((f) => f.includes('drukwerk-tmp'))).toEqual([]);
  });

  it('refuses to write while another build holds the lock, and takes over a stale lock', async () => {
    await mkdir(out('locked'), { recursive: true });
    const lock = path.join(out('locked'), '.drukwerk.lock');
    await writeFile(lock, `${process.pid}\n`); // this test process runs: the lock is held
    const held = await build('locked');
    expect(held.code).toBe(1);
    expect(held.stderr).toContain(`another drukwerk build (pid ${process.pid}) is writing to ${out('locked')}/; wait for it to finish or remove ${lock} if it crashed`);
    expect(held.stderr).not.toMatch(/\n\s+at /);
    expect(await pdfsIn(out('locked'))).toEqual([]);

    await writeFile(lock, '999999999\n'); // no such process: a crashed build's lock
    // one region is enough to see the build take the lock over and write
    const taken = await build('locked', '--region', 'oostende');
    expect(taken.code, taken.stderr).toBe(0);
    expect(await pdfsIn(out('locked'))).toEqual(['oostende/flyer-oostende-nl-print.pdf', 'oostende/flyer-oostende-nl-screen.pdf']);
    expect(await readdir(out('locked'))).not.toContain('.drukwerk.lock');
  });

  it('names the folder when the output folder cannot be written', async () => {
    await writeFile(path.join(project.root, 'a-file'), 'x');
    const r = await cli(['build', '--project', project.root, '--out', path.join(project.root, 'a-file', 'out'), ...SMALL]);
    // a wrong command line: the folder named cannot be one
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`error: --out ${path.join(project.root, 'a-file', 'out')}: ${path.join(project.root, 'a-file')} is a file, not a folder; give a folder (it is created when missing)\n`);
    expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
  });
});
