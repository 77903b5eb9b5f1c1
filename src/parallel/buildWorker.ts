// Worker thread entry: the project files and the shared job queue from the main thread → one World (fonts parsed, templates compiled once) → each job it takes from the queue built by the pipeline and posted back, with what it computed for the store.
import { say, setMessageLanguage } from '../messages/say.js';
import { parentPort, workerData } from 'node:worker_threads';
import { sha256 } from '../write/manifest.js';
import { buildJob, openWorld } from '../pipeline.js';
import { Store } from '../world/store.js';
import { openJobQueue } from './jobQueue.js';
import { reviveFiles, transferables, type FromWorker, type WorkerData } from './messages.js';

const port = parentPort;
if (!port) throw new Error('buildWorker.js runs only as a worker thread');
const post = (message: FromWorker, transfer: ArrayBuffer[] = []): void => port.postMessage(message, transfer);

const data = workerData as WorkerData;
// what a worker says (an error it throws) in the language the build speaks
setMessageLanguage(data.lang);
// read only: what this thread computes goes back to the main thread with its results
const store = new Store(data.store);
const { world, diagnostics } = openWorld(reviveFiles(data.files), store);
if (!world) {
  // the main thread opened the same files without errors; this would be a bug
  post({ type: 'failed', message: say('parallel.workerCannotOpen', { detail: diagnostics.map((d) => d.message).join('; ') }) });
} else {
  const queue = openJobQueue(data.queue);
  let index: number | undefined;
  try {
    while ((index = queue.next(data.builder)) !== undefined) {
      // biome-ignore lint/style/noNonNullAssertion: the queue gives out indexes of data.jobs only
      const result = await buildJob(world, data.jobs[index]!, data.options);
      // hashed here, in parallel, rather than by the main thread that writes the files
      for (const f of result.files) f.sha256 = sha256(f.bytes);
      post({ type: 'result', index, result, entries: store.take() }, transferables(result));
    }
    post({ type: 'finished', entries: store.take() });
  } catch (e) {
    post({ type: 'failed', index, message: (e as Error)?.message ?? String(e), stack: (e as Error)?.stack });
  }
}
