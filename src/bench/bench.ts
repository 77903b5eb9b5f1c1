// `npm run bench`: a synthetic province (the project + 62 municipalities) → timings of a cold full build, a no-op rebuild and a one-region rebuild, PDFs and pages per second, peak memory.
// `npm run bench -- --scale`: the same province at 62 and at 250 municipalities, cold, side by side (throughput and memory must not degrade with the matrix).
import { spawn } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { syntheticProvince } from './syntheticProvince.js';

const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CLI = path.join(PACKAGE_ROOT, 'dist', 'cli.js');

interface BuildJson {
  ok: boolean;
  written: { pages: number; bytes: number }[];
  unchanged: unknown[];
  jobs: number;
  seconds: number;
  peakRssBytes: number;
  diagnostics: { severity: string; message: string; variant?: string }[];
}

/** Runs the CLI as a user would (`node dist/cli.js build … --json`); wall time includes Node's start-up. */
function build(root: string, extra: string[] = []): Promise<{ wall: number; json: BuildJson }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [CLI, 'build', '--project', root, '--out', path.join(root, 'out'), '--json', ...extra], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, DRUKWERK_TOOL_VERSION: process.env.DRUKWERK_TOOL_VERSION ?? `bench-${process.pid}` },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const wall = (performance.now() - started) / 1000;
      try {
        const json = JSON.parse(out) as BuildJson;
        if (!json.ok)
          reject(
            new Error(
              `the build failed (exit ${code}):\n${json.diagnostics
                .filter((d) => d.severity === 'error')
                .slice(0, 5)
                .map((d) => `${d.variant ?? ''} ${d.message}`)
                .join('\n')}`,
            ),
          );
        else resolve({ wall, json });
      } catch {
        reject(new Error(`the build printed no JSON (exit ${code}):\n${err.slice(0, 2000)}`));
      }
    });
  });
}

/** A real change to one region's content (not a comment): the first contact description gets a word more. */
async function changeRegion(root: string, region: string, word: string): Promise<void> {
  const file = path.join(root, 'content', 'regions', `${region}.yaml`);
  const text = await readFile(file, 'utf8');
  if (!text.includes('description: "')) throw new Error(`${file} has no description to change`);
  await writeFile(file, text.replace('description: "', `description: "${word} `));
}

interface WatchedRebuild {
  wall: number;
  build: number;
  written: number;
}

/**
 * `drukwerk watch` on the built province: as soon as its first (incremental) build reports, one region's content changes
 * (`change(0)`: the first save, on a World still cold), and once that is rebuilt, again (`change(1)`: a save while the watch
 * is warm); resolves with the time from saving the file to the rebuild's report (the watcher's debounce included) and the
 * rebuild's own time, for each.
 */
function watchRebuild(root: string, change: (n: number) => Promise<void>): Promise<[WatchedRebuild, WatchedRebuild]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, 'watch', '--project', root, '--out', path.join(root, 'out')], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, DRUKWERK_TOOL_VERSION: process.env.DRUKWERK_TOOL_VERSION ?? `bench-${process.pid}` },
    });
    let saved = 0;
    let buffered = '';
    let settled = false;
    const rebuilds: WatchedRebuild[] = [];
    const finish = (error?: Error, result?: [WatchedRebuild, WatchedRebuild]): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timeout);
      // settled once the watcher has stopped: the caller removes the province next, and a watcher still writing into it
      // made that fail (ENOTEMPTY) and hid the error that ended the run
      const settle = (): void => {
        if (error) reject(error);
        // biome-ignore lint/style/noNonNullAssertion: every call of finish passes an error or a result
        else resolve(result!);
      };
      if (!running || child.exitCode !== null || child.signalCode !== null) return settle();
      child.once('exit', settle);
      child.kill('SIGINT');
    };
    const timeout = setTimeout(() => finish(new Error('drukwerk watch did not report a rebuild within 120 s')), 120_000);
    // a process that could not start never exits
    let running = true;
    child.on('error', (e) => {
      running = false;
      finish(e);
    });
    child.stdout.on('data', (d) => {
      buffered += d;
      let nl: number;
      while ((nl = buffered.indexOf('\n')) >= 0) {
        const line = buffered.slice(0, nl);
        buffered = buffered.slice(nl + 1);
        const save = (): void => {
          change(rebuilds.length).then(
            () => (saved = performance.now()),
            (e: Error) => finish(e),
          );
        };
        if (/^built \d+ PDF/.test(line)) save();
        const rebuilt = /^rebuilt (\d+) PDF\(s\) in ([\d.]+) s/.exec(line);
        if (rebuilt && saved) {
          rebuilds.push({ wall: (performance.now() - saved) / 1000, build: Number(rebuilt[2]), written: Number(rebuilt[1]) });
          saved = 0;
          const [first, next] = rebuilds;
          if (first && next) finish(undefined, [first, next]);
          else save();
        }
        if (/^not rebuilt/.test(line)) finish(new Error(`drukwerk watch: ${line}`));
      }
    });
  });
}

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/** A step that takes a while: said on stderr before it starts (the results go to stdout), so a run is never silent for minutes. */
async function step<T>(what: string, run: () => Promise<T>): Promise<T> {
  const started = performance.now();
  process.stderr.write(`… ${what}\n`);
  const result = await run();
  process.stderr.write(`  done in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  return result;
}

/** Cold builds of the province at 62 and at 250 municipalities: pages per second and peak memory side by side, and a no-op rebuild at 250. */
async function scale(extra: string[]): Promise<void> {
  const rows: [string, string][] = [];
  const measured: { pagesPerSecond: number; peak: number }[] = [];
  for (const count of [62, 250]) {
    const { root } = await step(`making a province of ${count} municipalities`, () => syntheticProvince(PACKAGE_ROOT, count));
    try {
      const cold = await step(`cold full build at ${count} municipalities (several minutes on 2 cores)`, () => build(root, extra));
      const pages = cold.json.written.reduce((n, f) => n + f.pages, 0);
      measured.push({ pagesPerSecond: pages / cold.wall, peak: cold.json.peakRssBytes });
      rows.push([
        `${count} municipalities, cold`,
        `${cold.wall.toFixed(1)} s — ${cold.json.written.length} PDFs, ${pages} pages, ${(pages / cold.wall).toFixed(0)} pages/s, peak ${mb(cold.json.peakRssBytes)}`,
      ]);
      const noop = await step(`no-op rebuild at ${count} municipalities`, () => build(root, extra));
      rows.push([`${count} municipalities, no-op rebuild`, `${noop.wall.toFixed(2)} s wall (${noop.json.seconds.toFixed(2)} s in the build)`]);
    } finally {
      if (!process.argv.includes('--keep')) await rm(root, { recursive: true, force: true });
    }
  }
  const [small, large] = measured as [{ pagesPerSecond: number; peak: number }, { pagesPerSecond: number; peak: number }];
  rows.push(['pages/s at 250 ÷ at 62', (large.pagesPerSecond / small.pagesPerSecond).toFixed(2)], ['peak memory at 250 ÷ at 62', (large.peak / small.peak).toFixed(2)]);
  const width = Math.max(...rows.map(([k]) => k.length));
  for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
}

async function main(): Promise<void> {
  const jobsArg = process.argv.find((a) => a.startsWith('--jobs='));
  const extra = jobsArg ? ['--jobs', jobsArg.slice('--jobs='.length)] : [];
  if (process.argv.includes('--scale')) return scale(extra);
  const { root, regions } = await syntheticProvince(PACKAGE_ROOT);
  try {
    console.log(
      `synthetic province in ${root}: ${regions.length} municipalities, ${availableParallelism()} core(s), threads: ${jobsArg ? jobsArg.slice(7) : 'default (one per core from 60 jobs, else one)'}`,
    );
    const cold = await step('cold full build (about 2 minutes on 2 cores)', () => build(root, extra));
    const pdfs = cold.json.written.length;
    const pages = cold.json.written.reduce((n, f) => n + f.pages, 0);
    const bytes = cold.json.written.reduce((n, f) => n + f.bytes, 0);
    const noop = await step('no-op rebuild', () => build(root, extra));
    // biome-ignore lint/style/noNonNullAssertion: the province has one region per name in MUNICIPALITIES, dozens
    await changeRegion(root, regions[0]!, 'Nieuw:');
    const one = await step('rebuild after one region changed', () => build(root, extra));
    // biome-ignore lint/style/noNonNullAssertion: as above, regions has more than two
    const [watched, warm] = await step('the same change picked up by drukwerk watch, then another', () => watchRebuild(root, (n) => changeRegion(root, regions[1]!, `Gewijzigd${n}:`)));
    const rows: [string, string][] = [
      ['cold full build', `${cold.wall.toFixed(2)} s — ${cold.json.jobs} jobs, ${pdfs} PDFs, ${pages} pages, ${mb(bytes)}`],
      ['  PDFs per second', (pdfs / cold.wall).toFixed(1)],
      ['  pages per second', (pages / cold.wall).toFixed(0)],
      ['  peak memory (process incl. workers)', mb(cold.json.peakRssBytes)],
      ['no-op rebuild', `${noop.wall.toFixed(2)} s wall (${noop.json.seconds.toFixed(2)} s in the build) — ${noop.json.unchanged.length} unchanged, ${noop.json.written.length} written`],
      ['one region changed', `${one.wall.toFixed(2)} s wall (${one.json.seconds.toFixed(2)} s in the build) — ${one.json.written.length} written, ${one.json.unchanged.length} unchanged`],
      ['one region changed, drukwerk watch', `${watched.wall.toFixed(2)} s from saving to done (${watched.build.toFixed(1)} s in the build) — ${watched.written} written`],
      ['  and saved again, watch warm', `${warm.wall.toFixed(2)} s from saving to done (${warm.build.toFixed(1)} s in the build) — ${warm.written} written`],
    ];
    const width = Math.max(...rows.map(([k]) => k.length));
    for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
  } finally {
    if (!process.argv.includes('--keep')) await rm(root, { recursive: true, force: true });
  }
}

await main();
