// The YAML cache gives exactly what readYaml gives, reads back what it stored, and never stands in the way of a build.
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readYaml } from '../../src/load/readYaml.js';
import { readYamlCached } from '../../src/load/readYamlCached.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'drukwerk-yaml-cache-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const TEXT = 'name: "Oostende"\ncontacts:\n  vdab:\n    phone: "0800 30 700"\nlist: [a, b]\n';

describe('readYamlCached', () => {
  it('gives what readYaml gives, fresh and from the cache, and stores one entry per text', async () => {
    const cache = path.join(dir, 'a');
    const expected = readYaml('content/regions/x.yaml', TEXT);
    expect(readYamlCached('content/regions/x.yaml', TEXT, cache)).toEqual(expected);
    expect(await readdir(path.join(cache, 'yaml'))).toHaveLength(1);
    expect(readYamlCached('content/regions/x.yaml', TEXT, cache)).toEqual(expected);
    expect(await readdir(path.join(cache, 'yaml'))).toHaveLength(1);
    // diagnostics are cached too
    const broken = 'name: A\nname: B\n';
    expect(readYamlCached('a.yaml', broken, cache)).toEqual(readYaml('a.yaml', broken));
    expect(readYamlCached('a.yaml', broken, cache)).toEqual(readYaml('a.yaml', broken));
  });

  it('reads an entry back instead of parsing again', async () => {
    const cache = path.join(dir, 'b');
    readYamlCached('a.yaml', 'name: A\n', cache);
    const [entry] = await readdir(path.join(cache, 'yaml'));
    await writeFile(path.join(cache, 'yaml', entry!), JSON.stringify({ diagnostics: [], value: { file: 'a.yaml', data: { name: 'from the cache' }, value: [], key: [] } }));
    expect(readYamlCached('a.yaml', 'name: A\n', cache).value?.data).toEqual({ name: 'from the cache' });
  });

  it('does not cache numbers JSON cannot hold (.inf), and builds without a writable cache', async () => {
    const cache = path.join(dir, 'c');
    expect(readYamlCached('a.yaml', 'size: .inf\n', cache).value?.data).toEqual({ size: Infinity });
    expect(await readdir(path.join(cache, 'yaml')).catch(() => [])).toHaveLength(0);
    const file = path.join(dir, 'not-a-folder');
    await writeFile(file, '');
    expect(readYamlCached('a.yaml', TEXT, file)).toEqual(readYaml('a.yaml', TEXT));
  });
});
