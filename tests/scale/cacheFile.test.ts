// mergeCacheMap: threads merging into one cache file at the same time keep every entry; a lock left behind by a killed build is taken over.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mergeCacheMap } from '../../src/incremental/cacheFile.js';
import { REPO } from '../support/tempProject.js';

const isNumber = (v: unknown): v is number => typeof v === 'number';
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'drukwerk-cachefile-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('mergeCacheMap', () => {
  it('keeps the entries of every thread that merges into the same file at the same time', async () => {
    const file = path.join(dir, 'shaping', 'font.json');
    const go = new Int32Array(new SharedArrayBuffer(4));
    // each worker merges its own keys one at a time, as the threads of a build do when they finish, all starting together
    const source = `
      import { workerData, parentPort } from 'node:worker_threads';
      import { mergeCacheMap } from ${JSON.stringify(pathToFileURL(path.join(REPO, 'dist/incremental/cacheFile.js')).href)};
      const go = new Int32Array(workerData.go);
      parentPort.postMessage('ready');
      Atomics.wait(go, 0, 0);
      for (let i = 0; i < 40; i++) mergeCacheMap(workerData.file, [[workerData.name + i, i]], (v) => typeof v === 'number', 100000);
      parentPort.postMessage('done');`;
    const workers = ['a', 'b', 'c'].map((name) => new Worker(new URL(`data:text/javascript,${encodeURIComponent(source)}`), { workerData: { file, go: go.buffer, name } }));
    const message = (w: Worker) => new Promise<unknown>((resolve, reject) => (w.once('message', resolve), w.once('error', reject)));
    await Promise.all(workers.map(message));
    const done = Promise.all(workers.map(message));
    Atomics.store(go, 0, 1);
    Atomics.notify(go, 0);
    await done;
    const stored = JSON.parse(readFileSync(file, 'utf8')) as Record<string, number>;
    expect(Object.keys(stored)).toHaveLength(120);
    expect(existsSync(`${file}.lock`)).toBe(false);
  });

  it('takes over a lock a killed build left behind', () => {
    const file = path.join(dir, 'widths.json');
    writeFileSync(`${file}.lock`, '');
    const old = new Date(Date.now() - 60_000);
    utimesSync(`${file}.lock`, old, old);
    mergeCacheMap(file, [['x', 1]], isNumber, 10);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ x: 1 });
    expect(existsSync(`${file}.lock`)).toBe(false);
  });

  it('takes over at once the lock of a build that is no longer running', () => {
    const file = path.join(dir, 'widths.json');
    // the pid of a process that has ended
    const gone = Number(execFileSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).toString());
    writeFileSync(`${file}.lock`, String(gone));
    const started = Date.now();
    mergeCacheMap(file, [['y', 2]], isNumber, 10);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ y: 2 });
  });

  it('leaves the file alone when a running build holds the lock past the wait', () => {
    const file = path.join(dir, 'widths.json');
    writeFileSync(file, JSON.stringify({ kept: 1 }));
    // this very process holds it (as another thread of the build would)
    writeFileSync(`${file}.lock`, String(process.pid));
    mergeCacheMap(file, [['z', 3]], isNumber, 10);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ kept: 1 });
    expect(existsSync(`${file}.lock`)).toBe(true);
  }, 15_000);
});
