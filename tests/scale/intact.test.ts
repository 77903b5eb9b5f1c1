// When an output counts as intact: its size and sha256, or — given the manifest's time — its size and a modification before the manifest was written.
import { mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isIntact, sha256, type ManifestEntry } from '../../src/write/manifest.js';

let dir: string;
const entry = (bytes: string): ManifestEntry => ({
  path: 'a.pdf',
  material: 'flyer',
  region: 'oostende',
  lang: 'nl',
  edition: 'print',
  pages: 1,
  bytes: bytes.length,
  sha256: sha256(Buffer.from(bytes)),
  inputHash: '',
});
const at = (seconds: number): Date => new Date(seconds * 1000);

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'drukwerk-intact-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('isIntact', () => {
  it('without a manifest time: reads the file and compares size and sha256', async () => {
    await writeFile(path.join(dir, 'a.pdf'), 'first');
    expect(await isIntact(dir, entry('first'))).toBe(true);
    expect(await isIntact(dir, entry('other'))).toBe(false);
    expect(await isIntact(dir, entry('longer text'))).toBe(false);
    expect(await isIntact(dir, { ...entry('first'), path: 'missing.pdf' })).toBe(false);
  });

  it('with a manifest time: a file of the right size modified before it is trusted unread; one modified after it is read', async () => {
    const file = path.join(dir, 'a.pdf');
    await writeFile(file, 'first');
    await utimes(file, at(1000), at(1000));
    // same size, other bytes: trusted, because it was not touched after the manifest was written
    expect(await isIntact(dir, entry('other'), 2000_000)).toBe(true);
    // touched after the manifest: read, and found different
    await utimes(file, at(3000), at(3000));
    expect(await isIntact(dir, entry('other'), 2000_000)).toBe(false);
    expect(await isIntact(dir, entry('first'), 2000_000)).toBe(true);
    // a different size is never trusted
    await utimes(file, at(1000), at(1000));
    expect(await isIntact(dir, entry('longer text'), 2000_000)).toBe(false);
  });
});
