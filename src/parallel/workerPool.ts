// Jobs + the project files → every job built by this thread and worker threads, each taking its next job from one shared queue (createJobQueue); results come back in job order.
import { messageLanguage } from '../messages/say.js';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ProjectFiles } from '../load/readProjectFiles.js';
import type { BuildOptions, JobResult } from '../pipeline.js';
import type { Job } from '../variant/planJobs.js';
import type { Store } from '../world/store.js';
import { PACKAGE_ROOT } from '../world/codeVersion.js';
import { createJobQueue } from './jobQueue.js';
import { reviveResult, type FromWorker, type WorkerData } from './messages.js';

/**
 * The worker always runs the compiled file dist/parallel/buildWorker.js (the bundle `npm run build` makes, or tsc's module
 * when only tsc ran), whoever starts the build: the CLI from dist/ (this code may sit in one of the bundle's chunks), or
 * vitest from src/, which `npm test` compiles first. A worker cannot load .ts sources without a loader, and one compiled
 * entry means the bytes a worker makes never depend on who started the build. Whether it is there is the caller's to
 * check (runBuild), as this module reads no files.
 */
export function workerEntry(): string {
  return path.join(PACKAGE_ROOT, 'dist/parallel/buildWorker.js');
}

export interface PoolOptions {
  files: ProjectFiles;
  options: BuildOptions;
  /** Threads building at once, this one included when `here` is given. */
  workers: number;
  /** Called as each job finishes, in the order they finish. */
  onResult?: (result: JobResult, index: number) => void;
  /** The build's store: the workers read it, and what they compute is added to it (the main thread writes it when the build is done). */
  store?: Store;
  /**
   * This thread as one of the builders: the pool starts one worker fewer, and this thread builds its share between
   * handling the workers' messages. One V8 heap fewer, and the first jobs start at once instead of after a worker has
   * loaded its modules and fonts. Opened once the workers are started, so both start together; undefined when this
   * thread's World could not be made (its diagnostics say why): then the pool stops and gives no results.
   */
  here?: () => Promise<LocalBuilder | undefined>;
}

export interface LocalBuilder {
  build(job: Job): Promise<JobResult>;
  /** The queue is empty: hand what this thread computed to the store (as each worker does with its messages). */
  finish(): void;
}

export async function buildInWorkers(jobs: readonly Job[], pool: PoolOptions): Promise<JobResult[] | undefined> {
  const results: JobResult[] = new Array(jobs.length);
  if (jobs.length === 0) return results;
  const builders = Math.max(1, Math.min(pool.workers, jobs.length));
  const count = pool.here ? builders - 1 : builders;
  const entry = count > 0 ? workerEntry() : '';
  // builder numbers: the workers 0 … count-1, this thread the last; each takes its jobs from the shared queue
  const queue = createJobQueue(jobs, builders);
  // what loading computed (the parsed YAML) is given to every worker rather than computed again by each
  const storeData: WorkerData['store'] = pool.store ? { dir: pool.store.dir, base: pool.store.base, seed: pool.store.seed() } : { seed: { shelves: [], files: [] } };
  const workers: Worker[] = [];
  let finished = 0;
  let opened = true;
  try {
    await new Promise<void>((resolve, reject) => {
      let failed = false;
      let hereDone = !pool.here;
      const fail = (error: Error): void => {
        if (failed) return;
        failed = true;
        reject(error);
      };
      const settle = (): void => {
        if (finished === workers.length && hereDone) resolve();
      };
      const accept = (index: number, result: JobResult): void => {
        // once the pool has failed, a result still on its way is not written
        if (failed) return;
        results[index] = result;
        // a result that cannot be taken (the disk is full) stops the pool like a failed job
        try {
          pool.onResult?.(result, index);
        } catch (e) {
          fail(e as Error);
        }
      };
      for (let i = 0; i < count; i++) {
        const data: WorkerData = { files: pool.files, options: pool.options, jobs, queue: queue.shared, builder: i, lang: messageLanguage(), store: storeData };
        const worker = new Worker(entry, { workerData: data });
        workers.push(worker);
        let workerFinished = false;
        worker.on('message', (message: FromWorker) => {
          if (message.type !== 'failed') pool.store?.add(message.entries);
          if (message.type === 'finished') {
            workerFinished = true;
            finished++;
            settle();
          } else if (message.type === 'failed') {
            const job = message.index === undefined ? undefined : jobs[message.index];
            const where = job ? ` while building ${job.id}` : '';
            const error = new Error(`${message.message}${where}`);
            if (message.stack) error.stack = message.stack;
            fail(error);
          } else accept(message.index, reviveResult(message.result));
        });
        worker.on('error', (e) => fail(e));
        worker.on('exit', (code) => {
          if (!workerFinished) fail(new Error(`a build worker stopped (exit code ${code}) before the build was done`));
        });
      }
      if (pool.here) {
        const buildHere = async (): Promise<void> => {
          // biome-ignore lint/style/noNonNullAssertion: buildHere is made only under `if (pool.here)`
          const here = await pool.here!();
          if (!here) {
            opened = false;
            failed = true;
            return resolve();
          }
          for (let index = queue.next(count); index !== undefined && !failed; index = queue.next(count)) {
            // biome-ignore lint/style/noNonNullAssertion: the queue gives out indexes of jobs only
            const result = await here.build(jobs[index]!);
            if (failed) return;
            accept(index, result);
            // the workers' results and the staged writes are handled between this thread's jobs
            await new Promise((next) => setImmediate(next));
          }
          if (failed) return;
          here.finish();
          hereDone = true;
          settle();
        };
        buildHere().then(
          () => undefined,
          (e: unknown) => fail(e as Error),
        );
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return opened ? results : undefined;
}
