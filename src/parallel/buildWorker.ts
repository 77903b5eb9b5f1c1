// Worker thread entry: the project files from the main thread → one session (fonts parsed, templates compiled once) → each job it is sent built and posted back.
import { parentPort, workerData } from 'node:worker_threads';
import { parseProject } from '../load/parseProject.js';
import { sha256 } from '../write/manifest.js';
import { buildJob, createSession, persistSession } from '../pipeline.js';
import { reviveFiles, transferables, type FromWorker, type ToWorker, type WorkerData } from './messages.js';

const port = parentPort!;
const post = (message: FromWorker, transfer: ArrayBuffer[] = []): void => port.postMessage(message, transfer);

const data = workerData as WorkerData;
const { project, diagnostics } = parseProject(reviveFiles(data.files));
const { session, diagnostics: sessionDiagnostics } = project ? createSession(project) : { session: undefined, diagnostics: [] };
if (!session) {
  // the main thread opened the same files without errors; this would be a bug
  post({ type: 'failed', message: `the worker could not open the project: ${[...diagnostics, ...sessionDiagnostics].map((d) => d.message).join('; ')}` });
} else {
  post({ type: 'ready' });
  // the pool sends the next job before this one is done: jobs are built one after the other, in the order they came
  let previous: Promise<void> = Promise.resolve();
  port.on('message', (message: ToWorker) => {
    previous = previous.then(() => handle(message));
  });
  const handle = async (message: ToWorker): Promise<void> => {
    if (message.type === 'finish') {
      persistSession(session);
      post({ type: 'finished' });
      return;
    }
    try {
      const result = await buildJob(session, message.job, data.options);
      // hashed here, in parallel, rather than by the main thread that writes the files
      for (const f of result.files) f.sha256 = sha256(f.bytes);
      post({ type: 'result', index: message.index, result }, transferables(result));
    } catch (e) {
      post({ type: 'failed', index: message.index, message: (e as Error)?.message ?? String(e), stack: (e as Error)?.stack });
    }
  };
}
