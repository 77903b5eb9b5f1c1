// Output staged as it is built: nothing replaces the previous PDFs until commit(); discard() and a failed write leave the folder as it was.
import { lstat, mkdir, mkdtemp, readdir, readFile, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createStaging, type BuiltFile } from '../../src/write/writeOutputs.js';
import { loadManifest } from '../../src/write/manifest.js';
import { OutputError } from '../../src/write/outputError.js';
import type { Job } from '../../src/variant/planJobs.js';

let out: string;
beforeEach(async () => {
  out = await mkdtemp(path.join(tmpdir(), 'drukwerk-staging-'));
});
afterEach(async () => {
  await rm(out, { recursive: true, force: true });
});

const job = { id: 'flyer/oostende/nl', material: 'flyer', region: 'oostende', lang: 'nl', editions: ['print'] } as unknown as Job;
const built = (file: string, text: string): BuiltFile => ({ path: file, bytes: Buffer.from(text), job, edition: 'print', pages: 1 });
/** Where a build puts the print flyer of `job`: the manifest keeps only entries at such paths. */
const FLYER = 'oostende/flyer-oostende-nl-print.pdf';
const tree = async (): Promise<string[]> => ((await readdir(out, { recursive: true })) as string[]).map((f) => f.split(path.sep).join('/')).sort();

describe('createStaging', () => {
  it('replaces the previous file only on commit, and writes the manifest', async () => {
    await mkdir(path.join(out, 'oostende'));
    await writeFile(path.join(out, 'oostende/a.pdf'), 'old');
    const staging = createStaging(out);
    const entry = await staging.stage(built('oostende/a.pdf', 'new'), 'h1');
    expect(entry).toMatchObject({ path: 'oostende/a.pdf', bytes: 3, inputHash: 'h1' });
    expect(await readFile(path.join(out, 'oostende/a.pdf'), 'utf8')).toBe('old');
    expect((await staging.commit()).written).toEqual([entry]);
    expect(await readFile(path.join(out, 'oostende/a.pdf'), 'utf8')).toBe('new');
    expect(await tree()).toEqual(['manifest.json', 'oostende', 'oostende/a.pdf']);
  });

  it('discard removes what was staged and leaves the previous files', async () => {
    await mkdir(path.join(out, 'oostende'));
    await writeFile(path.join(out, 'oostende/a.pdf'), 'old');
    const staging = createStaging(out);
    await staging.stage(built('oostende/a.pdf', 'new'), 'h1');
    await staging.stage(built('brugge/b.pdf', 'new'), 'h2');
    await staging.discard();
    expect(await readFile(path.join(out, 'oostende/a.pdf'), 'utf8')).toBe('old');
    expect((await tree()).filter((f) => f.endsWith('.pdf') || f.includes('tmp'))).toEqual(['oostende/a.pdf']);
  });

  it('a file that cannot be written is an OutputError naming it and the folder', async () => {
    await writeFile(path.join(out, 'oostende'), 'a file where the region folder goes');
    const staging = createStaging(out);
    const error = await staging.stage(built('oostende/a.pdf', 'new'), 'h1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutputError);
    expect((error as Error).message).toMatch(new RegExp(`^cannot write oostende/a\\.pdf in the output folder ${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `));
    await staging.discard();
    expect(await tree()).toEqual(['oostende']);
  });
  it('a commit that changes nothing leaves the manifest as it was, to its time; one that changes its list rewrites it', async () => {
    const first = createStaging(out);
    await first.stage(built(FLYER, 'one'), 'h1');
    await first.commit();
    const manifest = path.join(out, 'manifest.json');
    const old = new Date('2026-01-01T00:00:00Z');
    await utimes(manifest, old, old);
    const previous = (await loadManifest(out)).entries;
    const unchanged = [...previous.values()];
    expect(await createStaging(out).commit({ unchanged, previous })).toEqual({ written: [], removed: [], unlisted: [] });
    expect((await lstat(manifest)).mtimeMs).toBe(old.getTime());
    // the same entries with another input hash: a list that differs is written
    await createStaging(out).commit({ unchanged: unchanged.map((e) => ({ ...e, inputHash: 'h2' })), previous });
    expect((await lstat(manifest)).mtimeMs).not.toBe(old.getTime());
    expect([...(await loadManifest(out)).entries.values()].map((e) => e.inputHash)).toEqual(['h2']);
  });

  it('a commit of exactly the entries of a whole manifest leaves it as it was; one read with more than those entries say is written again', async () => {
    const first = createStaging(out);
    await first.stage(built(FLYER, 'one'), 'h1');
    await first.commit();
    const manifest = path.join(out, 'manifest.json');
    const written = await readFile(manifest, 'utf8');
    const old = new Date('2026-01-01T00:00:00Z');
    const commitAsRead = async (): Promise<void> => {
      await utimes(manifest, old, old);
      const read = await loadManifest(out);
      await createStaging(out).commit({ unchanged: [...read.entries.values()], previous: read.entries, previousWhole: read.whole });
    };
    await commitAsRead();
    expect((await lstat(manifest)).mtimeMs).toBe(old.getTime());
    const files = (JSON.parse(written) as { files: Record<string, unknown>[] }).files;
    const entry = files[0]!;
    // a field drukwerk does not write, the same entry twice, a key beside the list: each is written away by the next commit
    for (const odd of [{ files: [{ ...entry, note: 'x' }] }, { files: [entry, entry] }, { files, generator: 'x' }]) {
      await writeFile(manifest, JSON.stringify(odd));
      expect((await loadManifest(out)).whole).toBe(false);
      await commitAsRead();
      expect(await readFile(manifest, 'utf8')).toBe(written);
    }
  });

  it('a manifest that is a link is replaced by a file even when it reads the same', async () => {
    const first = createStaging(out);
    await first.stage(built(FLYER, 'one'), 'h1');
    await first.commit();
    const manifest = path.join(out, 'manifest.json');
    const elsewhere = path.join(out, 'elsewhere.json');
    await writeFile(elsewhere, await readFile(manifest));
    await rm(manifest);
    await symlink(elsewhere, manifest);
    const read = await loadManifest(out);
    expect(read.whole).toBe(false);
    await createStaging(out).commit({ unchanged: [...read.entries.values()], previous: read.entries, previousWhole: read.whole });
    expect((await lstat(manifest)).isFile()).toBe(true);
    expect(await readFile(manifest, 'utf8')).toBe(await readFile(elsewhere, 'utf8'));
  });
});
