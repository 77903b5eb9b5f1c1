// Output staged as it is built: nothing replaces the previous PDFs until commit(); discard() and a failed write leave the folder as it was.
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createStaging, type BuiltFile } from '../../src/write/writeOutputs.js';
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
});
