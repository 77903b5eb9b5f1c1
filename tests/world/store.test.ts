// The store: one key scheme (code, libraries, kind, inputs), entries read back only when their checksum holds (a hand edit, a cut-short line, a line or file moved from another key are misses, replaced when stored again), written only by the thread that saves, never outside its folder, older code's entries removed.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { currentVersions, openStore, Store, storeKey, storeLocation, type StoreVersions } from '../../src/world/store.js';
import { hashCode } from '../../src/world/codeVersion.js';
import { REPO } from '../support/tempProject.js';

const isNumber = (v: unknown): v is number => typeof v === 'number';
const COMPILED = path.join(REPO, 'dist/world/store.js');
const run = promisify(execFile);
const V: StoreVersions = { code: 'code-a', libraries: 'fontkit@2.0.4 sharp@0.35.5' };

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'drukwerk-store-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const store = (versions: StoreVersions = V, root = dir) => new Store({ dir: root, versions });
const widths = (s: Store, font = 'font-a') => s.shelf('widths', [font], isNumber, 100);

describe('the key', () => {
  it('names the code, the libraries, the kind and every input, each input apart from the next', () => {
    const key = storeKey('widths', ['font-a', 'x'], V);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(storeKey('widths', ['font-a', 'x'], V)).toBe(key);
    expect(storeKey('widths', ['font-a', 'x'], { ...V, code: 'code-b' })).not.toBe(key);
    expect(storeKey('widths', ['font-a', 'x'], { ...V, libraries: 'fontkit@2.0.5 sharp@0.35.5' })).not.toBe(key);
    expect(storeKey('shaping', ['font-a', 'x'], V)).not.toBe(key);
    expect(storeKey('widths', ['font-b', 'x'], V)).not.toBe(key);
    expect(storeKey('widths', ['font-ax'], V)).not.toBe(key);
    expect(storeKey('widths', ['font-a', 'x', ''], V)).not.toBe(key);
    expect(storeKey('widths', [Buffer.from('font-a'), 'x'], V)).not.toBe(key);
  });

  it('the code version is the hash of every code file: one changed byte changes it', () => {
    const code = path.join(dir, 'code');
    mkdirSync(path.join(code, 'pdf'), { recursive: true });
    writeFileSync(path.join(code, 'cli.js'), 'export const a = 1;\n');
    writeFileSync(path.join(code, 'pdf', 'paint.js'), 'export const b = 2;\n');
    const before = hashCode(code, '.js');
    expect(hashCode(code, '.js')).toBe(before);
    writeFileSync(path.join(code, 'pdf', 'paint.js'), 'export const b = 3;\n');
    expect(hashCode(code, '.js')).not.toBe(before);
    // source maps and the benchmark make no output
    writeFileSync(path.join(code, 'pdf', 'paint.js'), 'export const b = 2;\n');
    writeFileSync(path.join(code, 'pdf', 'paint.js.map'), '{}');
    mkdirSync(path.join(code, 'bench'));
    writeFileSync(path.join(code, 'bench', 'bench.js'), 'x');
    expect(hashCode(code, '.js')).toBe(before);
  });

  it("this code's versions name the installed libraries and the runtime", () => {
    const { code, libraries } = currentVersions();
    expect(code).toMatch(/^[0-9a-f]{64}$/);
    for (const name of ['fontkit@', 'pdfkit@', 'sharp@', 'yaml@', 'hyphen@', `node@${process.versions.node}`, `zlib@${process.versions.zlib}`]) expect(libraries).toContain(name);
    expect(libraries).not.toMatch(/@\^/);
  });
});

describe('shelves', () => {
  it('reads back what was saved, in lines with a checksum each; a second save adds only what is new', () => {
    const first = store();
    const shelf = widths(first);
    expect(shelf.get('Oostende')).toBeUndefined();
    shelf.put('Oostende', 4321);
    shelf.put('tab\tand\nnewline "quoted"', 12);
    expect(shelf.get('Oostende')).toBe(4321);
    first.save();
    const file = path.join(dir, first.shelfFile('widths', ['font-a']));
    const text = readFileSync(file, 'utf8');
    expect(text.split('\n')).toHaveLength(3);
    expect(text).toMatch(/^[A-Za-z0-9_-]{22}\t"Oostende"\t4321\n/);
    const next = store();
    expect(widths(next).get('Oostende')).toBe(4321);
    expect(widths(next).get('tab\tand\nnewline "quoted"')).toBe(12);
    expect(widths(next).size).toBe(2);
    widths(next).put('Brugge', 1234);
    next.save();
    expect(readFileSync(file, 'utf8').startsWith(text)).toBe(true);
    expect(readFileSync(file, 'utf8').split('\n')).toHaveLength(4);
    // nothing new, nothing written
    const mtime = statSync(file).mtimeMs;
    store().save();
    expect(statSync(file).mtimeMs).toBe(mtime);
  });

  it('a value edited by hand fails its checksum: a miss, and the line is replaced when the value is stored again', () => {
    const first = store();
    widths(first).put('Oostende', 5000);
    widths(first).put('Brugge', 4000);
    first.save();
    const file = path.join(dir, first.shelfFile('widths', ['font-a']));
    // +4 % on one width, the checksum left as it was
    writeFileSync(file, readFileSync(file, 'utf8').replace('\t5000\n', '\t5200\n'));
    const next = store();
    expect(widths(next).get('Oostende')).toBeUndefined();
    expect(widths(next).get('Brugge')).toBe(4000);
    widths(next).put('Oostende', 5000);
    next.save();
    const repaired = readFileSync(file, 'utf8');
    expect(repaired).not.toContain('5200');
    expect(repaired.split('\n').filter((l) => l.includes('"Oostende"'))).toHaveLength(1);
    expect(widths(store()).get('Oostende')).toBe(5000);
  });

  it('a line of another shelf, another code or other libraries fails its checksum in this one', () => {
    const other = store({ ...V, code: 'code-b' });
    widths(other, 'font-a').put('Oostende', 9999);
    widths(other, 'font-b').put('Brugge', 8888);
    other.save();
    const mine = store();
    const target = path.join(dir, mine.shelfFile('widths', ['font-a']));
    mkdirSync(path.dirname(target), { recursive: true });
    // the other code's file for the same font, and another font's file, copied over this shelf's name
    writeFileSync(target, readFileSync(path.join(dir, other.shelfFile('widths', ['font-a']))));
    expect(widths(mine).get('Oostende')).toBeUndefined();
    const again = store();
    writeFileSync(
      target,
      readFileSync(path.join(dir, other.shelfFile('widths', ['font-b'])))
        .toString()
        .replace('"Brugge"', '"Oostende"'),
    );
    expect(widths(again).get('Oostende')).toBeUndefined();
    const libs = store({ ...V, libraries: 'fontkit@9.9.9 sharp@0.35.5' });
    writeFileSync(target, readFileSync(path.join(dir, other.shelfFile('widths', ['font-a']))));
    expect(widths(libs).get('Oostende')).toBeUndefined();
  });

  it('a shape the reader does not accept is a miss; a line cut short is no entry and the file is written again without it', () => {
    const first = store();
    const shelf = first.shelf('breaks', ['fonts'], (v: unknown): v is string => typeof v === 'string', 100);
    shelf.put('a', 'lines');
    shelf.put('b', 12 as unknown as string);
    first.save();
    const file = path.join(dir, first.shelfFile('breaks', ['fonts']));
    const next = store();
    const reread = next.shelf('breaks', ['fonts'], (v: unknown): v is string => typeof v === 'string', 100);
    expect(reread.get('a')).toBe('lines');
    expect(reread.get('b')).toBeUndefined();
    // a build stopped in the middle of an append: the last line lost its end
    writeFileSync(file, readFileSync(file, 'utf8').slice(0, -3));
    const cut = store();
    const shelf3 = cut.shelf('breaks', ['fonts'], (v: unknown): v is string => typeof v === 'string', 100);
    expect(shelf3.size).toBe(1);
    shelf3.put('c', 'more');
    cut.save();
    const text = readFileSync(file, 'utf8');
    expect(text.endsWith('\n')).toBe(true);
    expect(
      text
        .split('\n')
        .map((l) => l.split('\t')[1])
        .filter(Boolean),
    ).toEqual(['"a"', '"c"']);
  });

  it('keeps the newest half of the limit when a save would pass it', () => {
    const first = store();
    const shelf = first.shelf('widths', ['font-a'], isNumber, 10);
    for (let i = 0; i < 10; i++) shelf.put(`k${i}`, i);
    first.save();
    const next = store();
    next.shelf('widths', ['font-a'], isNumber, 10).put('k10', 10);
    next.save();
    const kept = store().shelf('widths', ['font-a'], isNumber, 10);
    expect(kept.size).toBe(5);
    expect(['k5', 'k6', 'k10'].map((k) => kept.get(k))).toEqual([undefined, 6, 10]);
  });
});

describe('a large build', () => {
  it('appends what workers hand over to the shelves as the build goes, past a bound, and ends a line cut short before it appends', () => {
    const main = new Store({ dir, versions: V, appendPast: 200 });
    const worker = store();
    const file = path.join(dir, main.shelfFile('widths', ['font-a']));
    for (let i = 0; i < 3; i++) widths(worker).put(`word ${i}`, i);
    main.add(worker.take());
    // 3 lines of ~40 characters: held until more comes
    expect(existsSync(file)).toBe(false);
    for (let i = 3; i < 8; i++) widths(worker).put(`word ${i}`, i);
    main.add(worker.take());
    expect(readFileSync(file, 'utf8').split('\n').filter(Boolean)).toHaveLength(8);
    // a build stopped in the middle of an append left half a line
    writeFileSync(file, `${readFileSync(file, 'utf8')}AAAAAAAAAAAAAAAAAAAAAA\t"half`);
    for (let i = 8; i < 14; i++) widths(worker).put(`word ${i}`, i);
    main.add(worker.take());
    widths(main).put('own', 99);
    main.save();
    const next = widths(store());
    expect(Array.from({ length: 14 }, (_, i) => next.get(`word ${i}`))).toEqual(Array.from({ length: 14 }, (_, i) => i));
    expect(next.get('own')).toBe(99);
    expect(next.size).toBe(15);
  });
});

describe('what a thread keeps', () => {
  it('keeps the entries it handed over up to a bound, and computes the rest again when asked after that', () => {
    const s = new Store({ dir, versions: V, keepTaken: 70 });
    for (let i = 0; i < 5; i++) widths(s).put(`word ${i}`, i);
    s.take();
    // 33 characters a line: the first two fit the bound
    expect(Array.from({ length: 5 }, (_, i) => widths(s).get(`word ${i}`))).toEqual([0, 1, undefined, undefined, undefined]);
  });
});

describe('single entries', () => {
  it('read back whole; a changed byte, or an entry of another key under this name, is a miss; stored again over it', () => {
    const first = store();
    const body = Buffer.from([0, 1, 2, 255, 10, 13]);
    first.write('images', ['a.png', 'print'], '{"format":"png"}', body);
    first.write('images', ['b.png', 'print'], '{"format":"jpeg"}', Buffer.from('other'));
    first.save();
    expect(store().read('images', ['a.png', 'print'])).toEqual({ meta: '{"format":"png"}', body });
    const file = path.join(dir, first.entryFile('images', ['a.png', 'print']));
    const bytes = readFileSync(file);
    bytes[bytes.length - 1] ^= 1;
    writeFileSync(file, bytes);
    expect(store().read('images', ['a.png', 'print'])).toBeUndefined();
    writeFileSync(file, readFileSync(path.join(dir, first.entryFile('images', ['b.png', 'print']))));
    expect(store().read('images', ['a.png', 'print'])).toBeUndefined();
    writeFileSync(file, 'not an entry');
    expect(store().read('images', ['a.png', 'print'])).toBeUndefined();
    const again = store();
    again.write('images', ['a.png', 'print'], '{"format":"png"}', body);
    again.save();
    expect(store().read('images', ['a.png', 'print'])).toEqual({ meta: '{"format":"png"}', body });
  });
});

describe('threads', () => {
  it("a worker's entries are written by the store that saves; a worker writes nothing itself", () => {
    const worker = store();
    widths(worker).put('Oostende', 4321);
    worker.write('yaml', ['content/nl/poster.yaml', 'hash'], '', Buffer.from('{}'));
    worker.save = () => {
      throw new Error('a worker never saves');
    };
    const handed = structuredClone(worker.take());
    expect(readdirSync(dir)).toEqual([]);
    const main = store();
    main.add(handed);
    main.add({ shelves: [{ file: '../../outside.lines', key: 'k', limit: 10, lines: ['x\n'], repair: false }], files: [{ file: '../outside.entry', bytes: new Uint8Array(1) }] });
    main.save();
    expect(widths(store()).get('Oostende')).toBe(4321);
    expect(store().read('yaml', ['content/nl/poster.yaml', 'hash'])?.body.toString()).toBe('{}');
    expect(existsSync(path.join(dir, '..', 'outside.entry'))).toBe(false);
  });

  it("a worker given the main thread's entries not yet written reads them as stored", () => {
    const main = store();
    main.write('yaml', ['content/nl/poster.yaml', 'hash'], '', Buffer.from('{"parsed":true}'));
    widths(main).put('Oostende', 4321);
    const worker = new Store({ dir, versions: V, seed: structuredClone(main.seed()) });
    expect(worker.read('yaml', ['content/nl/poster.yaml', 'hash'])?.body.toString()).toBe('{"parsed":true}');
    expect(widths(worker).get('Oostende')).toBe(4321);
    expect(worker.take()).toEqual({ shelves: [], files: [] });
  });

  it.skipIf(!existsSync(COMPILED))('three processes saving the same shelf at once leave a file whose every line holds', async () => {
    // as parallel builds of one project do: no lock, whole lines appended
    const source = `
      import { Store } from ${JSON.stringify(pathToFileURL(COMPILED).href)};
      const s = new Store({ dir: process.argv[1], versions: { code: 'code-a', libraries: 'libs' } });
      const shelf = s.shelf('widths', ['font-a'], (v) => typeof v === 'number', 100000);
      for (let i = 0; i < 2000; i++) shelf.put(process.argv[2] + i, i);
      s.save();`;
    await Promise.all(['a', 'b', 'c'].map((name) => run(process.execPath, ['--input-type=module', '-e', source, dir, name])));
    const shelf = new Store({ dir, versions: { code: 'code-a', libraries: 'libs' } }).shelf('widths', ['font-a'], isNumber, 100000);
    let found = 0;
    for (const name of ['a', 'b', 'c']) for (let i = 0; i < 2000; i++) if (shelf.get(name + i) === i) found++;
    expect(found).toBe(shelf.size);
    expect(found).toBeGreaterThanOrEqual(2000);
  });
});

describe('the folder', () => {
  it("is DRUKWERK_CACHE_DIR when set, else the project's .cache", () => {
    expect(storeLocation('/p', {})).toEqual({ dir: '/p/.cache', base: '/p' });
    expect(storeLocation('/p', { DRUKWERK_CACHE_DIR: '/tmp/s' })).toEqual({ dir: '/tmp/s', base: '/tmp/s' });
    expect(openStore('/p', {}).dir).toBe('/p/.cache');
  });

  it('never writes through a link that leads out of the project, nor through a link planted at an entry', () => {
    const root = path.join(dir, 'project');
    const outside = path.join(dir, 'outside');
    mkdirSync(root);
    mkdirSync(outside);
    const project = new Store({ dir: path.join(root, '.cache'), base: root, versions: V });
    const rel = project.shelfFile('widths', ['font-a']);
    // the code version's folder is a link out of the project
    mkdirSync(path.join(root, '.cache'), { recursive: true });
    symlinkSync(outside, path.join(root, '.cache', rel.split('/')[0]!));
    widths(project).put('Oostende', 1);
    project.save();
    expect(readdirSync(outside)).toEqual([]);
    rmSync(path.join(root, '.cache'), { recursive: true });
    // a link at the shelf's own name, to a file outside
    const victim = path.join(outside, 'victim.txt');
    writeFileSync(victim, 'untouched\n');
    mkdirSync(path.join(root, '.cache', path.dirname(rel)), { recursive: true });
    symlinkSync(victim, path.join(root, '.cache', rel));
    const next = new Store({ dir: path.join(root, '.cache'), base: root, versions: V });
    widths(next).put('Oostende', 1);
    next.save();
    expect(readFileSync(victim, 'utf8')).toBe('untouched\n');
  });

  it('a store that cannot be written is no error', () => {
    const file = path.join(dir, 'a-file');
    writeFileSync(file, '');
    const s = new Store({ dir: file, versions: V });
    widths(s).put('x', 1);
    expect(() => s.save()).not.toThrow();
    expect(widths(s).get('x')).toBe(1);
  });

  it('removes the temporary files of a build stopped while it saved, and past 4 000 single entries of a kind the oldest half', () => {
    const first = store();
    first.write('yaml', ['a.yaml', '1'], '', Buffer.from('{}'));
    first.save();
    const folder = path.dirname(path.join(dir, first.entryFile('yaml', ['a.yaml', '1'])));
    const stale = path.join(folder, 'x.entry.0123456789abcdef.drukwerk-tmp');
    const fresh = path.join(folder, 'y.entry.fedcba9876543210.drukwerk-tmp');
    writeFileSync(stale, 'half');
    writeFileSync(fresh, 'half');
    const old = new Date(Date.now() - 3_600_000);
    utimesSync(stale, old, old);
    for (let i = 0; i < 4_100; i++) {
      const name = path.join(folder, `${String(i).padStart(32, '0')}.entry`);
      writeFileSync(name, '');
      const time = new Date(Date.UTC(2026, 0, 1, 0, 0, i));
      utimesSync(name, time, time);
    }
    const next = store();
    next.write('yaml', ['b.yaml', '2'], '', Buffer.from('{}'));
    next.save();
    const names = readdirSync(folder);
    expect(names).not.toContain(path.basename(stale));
    expect(names).toContain(path.basename(fresh));
    expect(names.filter((n) => n.endsWith('.entry'))).toHaveLength(2_000);
    // the newest stay: the entry just written among them
    expect(store().read('yaml', ['b.yaml', '2'])?.body.toString()).toBe('{}');
    expect(names).toContain(`${String(4_099).padStart(32, '0')}.entry`);
  });

  it('keeps the code versions just written and the four newest others; in a project removes the stores before this one, and touches nothing else', () => {
    const root = path.join(dir, 'project');
    const cache = path.join(root, '.cache');
    mkdirSync(root);
    for (let i = 0; i < 6; i++) {
      const s = new Store({ dir: cache, base: root, versions: { ...V, code: `old-${i}` } });
      widths(s).put('x', i);
      s.save();
      const folder = path.join(cache, s.shelfFile('widths', ['font-a']).split('/')[0]!);
      const time = new Date(Date.UTC(2026, 0, 1 + i));
      utimesSync(folder, time, time);
    }
    mkdirSync(path.join(cache, 'widths'));
    writeFileSync(path.join(cache, 'widths', 'abc-fontkit2.0.4.lines'), '"x"\t1\n');
    mkdirSync(path.join(cache, 'notes'));
    mkdirSync(path.join(cache, '0123456789abcdef'));
    writeFileSync(path.join(cache, '0123456789abcdef', 'mine.txt'), "not the store's");
    const now = new Store({ dir: cache, base: root, versions: V });
    widths(now).put('x', 1);
    now.save();
    const kept = readdirSync(cache).sort();
    const folderOf = (code: string) => new Store({ dir: cache, versions: { ...V, code } }).shelfFile('widths', ['font-a']).split('/')[0]!;
    expect(kept).toEqual([folderOf('code-a'), folderOf('old-2'), folderOf('old-3'), folderOf('old-4'), folderOf('old-5'), '0123456789abcdef', 'notes'].sort());
    // a folder named DRUKWERK_CACHE_DIR keeps what is not the store's
    const shared = path.join(dir, 'shared');
    mkdirSync(path.join(shared, 'widths'), { recursive: true });
    const s = new Store({ dir: shared, versions: V });
    widths(s).put('x', 1);
    s.save();
    expect(existsSync(path.join(shared, 'widths'))).toBe(true);
  });
});
