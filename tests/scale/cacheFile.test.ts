// Cache line files: entries appended, never written twice, read back lazily; a line cut short is no entry; past the limit the oldest half goes; threads appending at once keep every entry; a lock left behind by a killed build is taken over.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendCacheEntries, readCacheLines, readCacheMap } from '../../src/incremental/cacheFile.js';
import { REPO } from '../support/tempProject.js';

const isNumber = (v: unknown): v is number => typeof v === 'number';
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'drukwerk-cachefile-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('appendCacheEntries', () => {
  it('keeps the entries of every thread that merges into the same file at the same time', async () => {
    const file = path.join(dir, 'shaping', 'font.json');
    const go = new Int32Array(new SharedArrayBuffer(4));
    // each worker merges its own keys one at a time, as the threads of a build do when they finish, all starting together
    const source = `
      import { workerData, parentPort } from 'node:worker_threads';
      import { appendCacheEntries } from ${JSON.stringify(pathToFileURL(path.join(REPO, 'dist/incremental/cacheFile.js')).href)};
      const go = new Int32Array(workerData.go);
      parentPort.postMessage('ready');
      Atomics.wait(go, 0, 0);
      for (let i = 0; i < 40; i++) appendCacheEntries(workerData.file, [[workerData.name + i, i], ['shared' + i, i]], 100000);
      parentPort.postMessage('done');`;
    const workers = ['a', 'b', 'c'].map((name) => new Worker(new URL(`data:text/javascript,${encodeURIComponent(source)}`), { workerData: { file, go: go.buffer, name } }));
    const message = (w: Worker) => new Promise<unknown>((resolve, reject) => (w.once('message', resolve), w.once('error', reject)));
    await Promise.all(workers.map(message));
    const done = Promise.all(workers.map(message));
    Atomics.store(go, 0, 1);
    Atomics.notify(go, 0);
    await done;
    // every thread's own keys, and the keys all of them add only once
    expect(readCacheLines(file).size).toBe(160);
    expect(readFileSync(file, 'utf8').split('\n')).toHaveLength(161);
    expect(existsSync(`${file}.lock`)).toBe(false);
  });

  it('takes over a lock a killed build left behind', () => {
    const file = path.join(dir, 'widths.json');
    writeFileSync(`${file}.lock`, '');
    const old = new Date(Date.now() - 60_000);
    utimesSync(`${file}.lock`, old, old);
    appendCacheEntries(file, [['x', 1]], 10);
    expect(Object.fromEntries(readCacheMap(file, isNumber))).toEqual({ x: 1 });
    expect(existsSync(`${file}.lock`)).toBe(false);
  });

  it('takes over at once the lock of a build that is no longer running', () => {
    const file = path.join(dir, 'widths.json');
    // the pid of a process that has ended
    const gone = Number(execFileSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).toString());
    writeFileSync(`${file}.lock`, String(gone));
    const started = Date.now();
    appendCacheEntries(file, [['y', 2]], 10);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(Object.fromEntries(readCacheMap(file, isNumber))).toEqual({ y: 2 });
  });

  it('leaves the file alone when a running build holds the lock past the wait', () => {
    const file = path.join(dir, 'widths.json');
    writeFileSync(file, '"kept"\t1\n');
    // this very process holds it (as another thread of the build would)
    writeFileSync(`${file}.lock`, String(process.pid));
    appendCacheEntries(file, [['z', 3]], 10);
    expect(readFileSync(file, 'utf8')).toBe('"kept"\t1\n');
    expect(existsSync(`${file}.lock`)).toBe(true);
  }, 15_000);

  it('appends only the entries the file does not hold, leaving what it holds byte for byte', () => {
    const file = path.join(dir, 'shaping', 'font.lines');
    appendCacheEntries(file, [['Oostende', [1, 2]], ['tab\tand\nnewline "quoted"', 3]], 100);
    const first = readFileSync(file, 'utf8');
    expect(first).toBe('"Oostende"\t[1,2]\n"tab\\tand\\nnewline \\"quoted\\""\t3\n');
    appendCacheEntries(file, [['Oostende', [9]], ['Brugge', 4]], 100);
    expect(readFileSync(file, 'utf8')).toBe(`${first}"Brugge"\t4\n`);
    // values stay JSON until asked for
    expect(readCacheLines(file)).toEqual(new Map([['Oostende', '[1,2]'], ['tab\tand\nnewline "quoted"', '3'], ['Brugge', '4']]));
  });

  it('reads no entry from a line cut short, and writes the file again without it before adding', () => {
    const file = path.join(dir, 'widths.lines');
    // a build stopped in the middle of an append: the last value lost digits and its newline
    writeFileSync(file, '"a"\t1\n"b"\t12');
    expect(Object.fromEntries(readCacheMap(file, isNumber))).toEqual({ a: 1 });
    appendCacheEntries(file, [['c', 3]], 100);
    expect(readFileSync(file, 'utf8')).toBe('"a"\t1\n"c"\t3\n');
  });

  it('skips damaged lines and values', () => {
    const file = path.join(dir, 'widths.lines');
    writeFileSync(file, 'no tab here\n{"not": "a key"}\t1\n"ok"\t2\n"bad"\t[3\n"text"\t"x"\n');
    expect(Object.fromEntries(readCacheMap(file, isNumber))).toEqual({ ok: 2 });
    expect([...readCacheLines(file).keys()]).toEqual(['ok', 'bad', 'text']);
  });

  it('keeps the newest half of the limit when an append would pass it', () => {
    const file = path.join(dir, 'widths.lines');
    appendCacheEntries(file, Array.from({ length: 10 }, (_, i) => [`k${i}`, i] as [string, number]), 10);
    expect(readCacheLines(file).size).toBe(10);
    appendCacheEntries(file, [['k10', 10]], 10);
    expect([...readCacheMap(file, isNumber).keys()]).toEqual(['k6', 'k7', 'k8', 'k9', 'k10']);
  });
});
