// The YAML entries of the store give exactly what readYaml gives, are read back instead of parsing again, and never stand in the way of a build.
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readYaml } from '../../src/load/readYaml.js';
import { readYamlCached, yamlShelf } from '../../src/load/readYamlCached.js';
import { Store } from '../../src/world/store.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'drukwerk-yaml-cache-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const TEXT = 'name: "Oostende"\ncontacts:\n  vdab:\n    phone: "0800 30 700"\nlist: [a, b]\n';
const VERSIONS = { code: 'yaml-test', libraries: 'yaml@2' };

/** A store of its own per test, read as the next build would. */
const open = (name: string) => new Store({ dir: path.join(dir, name), versions: VERSIONS });
/** The entries stored: the lines of the one shelf of parses (its only file). */
const entries = async (name: string): Promise<string[]> => {
  const store = path.join(dir, name);
  const [code] = await readdir(store).catch(() => [] as string[]);
  if (!code) return [];
  const files = await readdir(path.join(store, code, 'yaml'));
  expect(files).toHaveLength(1);
  return (await readFile(path.join(store, code, 'yaml', files[0] ?? ''), 'utf8')).split('\n').filter(Boolean);
};

describe('readYamlCached', () => {
  it('gives what readYaml gives, fresh and from the store, and stores one entry per text in one file', async () => {
    const expected = readYaml('content/regions/x.yaml', TEXT);
    const first = open('a');
    expect(readYamlCached('content/regions/x.yaml', TEXT, first)).toEqual(expected);
    first.save();
    expect(await entries('a')).toHaveLength(1);
    const second = open('a');
    expect(readYamlCached('content/regions/x.yaml', TEXT, second)).toEqual(expected);
    second.save();
    expect(await entries('a')).toHaveLength(1);
    // diagnostics are stored too
    const broken = 'name: A\nname: B\n';
    const third = open('a');
    expect(readYamlCached('a.yaml', broken, third)).toEqual(readYaml('a.yaml', broken));
    third.save();
    expect(await entries('a')).toHaveLength(2);
    expect(readYamlCached('a.yaml', broken, open('a'))).toEqual(readYaml('a.yaml', broken));
  });

  it('never hands two reads the same data, even of an entry not stored yet', () => {
    const store = open('d');
    const first = readYamlCached('a.yaml', TEXT, store);
    (first.value?.data as { name: string }).name = 'changed by its reader';
    const second = readYamlCached('a.yaml', TEXT, store);
    (second.value?.data as { name: string }).name = 'changed again';
    expect(readYamlCached('a.yaml', TEXT, store).value?.data).toEqual(readYaml('a.yaml', TEXT).value?.data);
  });

  it('reads an entry back instead of parsing again, and only while its checksum holds', async () => {
    const text = 'name: A\n';
    const key = `a.yaml\0${createHash('sha256').update(text).digest('hex')}`;
    const stored = { diagnostics: [], value: { file: 'a.yaml', data: { name: 'from the store' }, value: [], key: [] } };
    // an entry put through the store under this file's key is what the next read gives
    const forged = open('b');
    yamlShelf(forged, 1).put(key, stored);
    forged.save();
    expect(readYamlCached('a.yaml', text, open('b')).value?.data).toEqual({ name: 'from the store' });
    // the same entry edited by hand, its checksum left as it was: parsed again, and replaced
    const full = path.join(dir, 'b', forged.shelfFile('yaml', ['parses']));
    const line = await readFile(full, 'utf8');
    await writeFile(full, line.replace('from the store', 'edited by hand'));
    const next = open('b');
    expect(readYamlCached('a.yaml', text, next).value?.data).toEqual({ name: 'A' });
    next.save();
    expect(readYamlCached('a.yaml', text, open('b')).value?.data).toEqual({ name: 'A' });
  });

  it('does not store numbers JSON cannot hold (.inf), and builds without a writable store', async () => {
    const store = open('c');
    expect(readYamlCached('a.yaml', 'size: .inf\n', store).value?.data).toEqual({ size: Infinity });
    store.save();
    expect(await entries('c')).toHaveLength(0);
    const file = path.join(dir, 'not-a-folder');
    await writeFile(file, '');
    const unwritable = new Store({ dir: file, versions: VERSIONS });
    expect(readYamlCached('a.yaml', TEXT, unwritable)).toEqual(readYaml('a.yaml', TEXT));
    expect(() => unwritable.save()).not.toThrow();
  });
});
