// Jobs + the project files → every job built on worker threads (each worker takes its next job from createJobQueue); results come back in job order.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import type { ProjectFiles } from '../load/readProjectFiles.js';
import type { BuildOptions, JobResult } from '../pipeline.js';
import type { Job } from '../variant/planJobs.js';
import { createJobQueue } from './jobQueue.js';
import { reviveResult, type FromWorker, type ToWorker, type WorkerData } from './messages.js';

/**
 * The worker always runs the compiled file dist/parallel/buildWorker.js. From dist/ (the CLI) that is the
 * file next to this one; from src/ (vitest imports the .ts sources) it is ../../dist/parallel/buildWorker.js,
 * which `npm test` compiles first (`tsc && vitest run`). A worker cannot load .ts sources without a loader,
 * and one compiled entry means the bytes a worker makes never depend on who started the build.
 */
export function workerEntry(): string {
  const here = fileURLToPath(import.meta.url);
  const dir = path.dirname(here);
  const entry = here.endsWith('.ts') ? path.resolve(dir, '../../dist/parallel/buildWorker.js') : path.join(dir, 'buildWorker.js');
  if (!existsSync(entry)) throw new Error(`the worker ${entry} does not exist: run \`npx tsc -p .\` (or \`npm run build\`) first`);
  return entry;
}

export interface PoolOptions {
  files: ProjectFiles;
  options: BuildOptions;
  workers: number;
  /** Called as each job finishes, in the order they finish. */
  onResult?: (result: JobResult, index: number) => void;
}

/**
 * How far V8 lets a heap grow past what survived its last full collection, in percent: by default it grows up to 4×
 * when it can afford to, and two workers peaked near 1 GB with ~80 MB live each. Doubling at most took the peak of the
 * synthetic province from 966 to 642 MB for ~4 % more time; capping the heap (resourceLimits) cost 15–30 %.
 * A V8 flag is process-wide: it is set before the first worker's heap is made.
 */
const HEAP_GROWING_PERCENT = 100;

/**
 * How much bytecode TurboFan inlines into one optimised function (V8's default 920). Every worker compiles the same
 * hot code for itself on V8's background threads, and on two cores those compete with the workers: two workers spent
 * ~13 s of a 39 s CPU total there on the synthetic province. A quarter of the default took that to ~10 s and the
 * build from ~22 to ~20 s; one thread, which compiles once, gains nothing from it, so it is set for workers only.
 */
const INLINED_BYTECODE_CUMULATIVE = 230;

export async function buildInWorkers(jobs: readonly Job[], pool: PoolOptions): Promise<JobResult[]> {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  setFlagsFromString(`--max-inlined-bytecode-size-cumulative=${INLINED_BYTECODE_CUMULATIVE}`);
  const results: JobResult[] = new Array(jobs.length);
  if (jobs.length === 0) return results;
  const entry = workerEntry();
  const count = Math.max(1, Math.min(pool.workers, jobs.length));
  const data: WorkerData = { files: pool.files, options: pool.options };
  const workers: Worker[] = [];
  const queue = createJobQueue(jobs, count);
  let done = 0;
  let finished = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      let failed = false;
      const fail = (error: Error): void => {
        if (failed) return;
        failed = true;
        reject(error);
      };
      const dispatch = (worker: Worker, number: number): void => {
        const index = queue.next(number);
        if (index === undefined) return;
        worker.postMessage({ type: 'job', index, job: jobs[index] } satisfies ToWorker);
      };
      for (let i = 0; i < count; i++) {
        const worker = new Worker(entry, { workerData: data });
        workers.push(worker);
        worker.on('message', (message: FromWorker) => {
          if (message.type === 'ready') dispatch(worker, i);
          else if (message.type === 'finished') {
            if (++finished === workers.length) resolve();
          }
          else if (message.type === 'failed') {
            const where = message.index === undefined ? '' : ` while building ${jobs[message.index].id}`;
            const error = new Error(`${message.message}${where}`);
            if (message.stack) error.stack = message.stack;
            fail(error);
          } else {
            results[message.index] = reviveResult(message.result);
            done++;
            pool.onResult?.(results[message.index], message.index);
            // all built: each worker stores what it learned for the next build, then the pool ends
            if (done === jobs.length) for (const w of workers) w.postMessage({ type: 'finish' } satisfies ToWorker);
            else dispatch(worker, i);
          }
        });
        worker.on('error', (e) => fail(e));
        worker.on('exit', (code) => {
          if (done < jobs.length) fail(new Error(`a build worker stopped (exit code ${code}) before the build was done`));
        });
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}
