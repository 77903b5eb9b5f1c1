// The messages between the build and its worker threads, and the helpers that move PDF bytes across without copying them twice.
import type { BuildOptions, JobResult } from '../pipeline.js';
import type { ProjectFiles } from '../load/readProjectFiles.js';
import type { Job } from '../variant/planJobs.js';
import type { MessageLanguage } from '../messages/say.js';
import type { StoreEntries } from '../world/store.js';

export interface WorkerData {
  /** The very files the main thread read and hashed, so a worker never sees a file changed mid-build. */
  files: ProjectFiles;
  options: BuildOptions;
  jobs: readonly Job[];
  /** The job queue's shared state (openJobQueue): the worker takes its next job itself. */
  queue: SharedArrayBuffer;
  /** This worker's number in the queue. */
  builder: number;
  /** The language chosen for messages in the main thread. */
  lang: MessageLanguage;
  /** The store the worker reads (it never writes it), and what the main thread computed that is not written yet. */
  store: { dir?: string; base?: string; seed: StoreEntries };
}

/**
 * `finished`: the queue is empty. With each message the worker hands over what it computed for the store since the last
 * (`entries`): the main thread writes the store once, when the build is done.
 */
export type FromWorker =
  | { type: 'finished'; entries?: StoreEntries }
  | { type: 'result'; index: number; result: JobResult; entries?: StoreEntries }
  | { type: 'failed'; index?: number; message: string; stack?: string };

/** The PDF bytes of a result as standalone ArrayBuffers to transfer (a pooled Buffer's slab is copied out first, never detached). */
export function transferables(result: JobResult): ArrayBuffer[] {
  const list: ArrayBuffer[] = [];
  for (const f of result.files) {
    let bytes: Uint8Array = f.bytes;
    if (bytes.byteOffset !== 0 || bytes.byteLength !== bytes.buffer.byteLength || !(bytes.buffer instanceof ArrayBuffer)) bytes = new Uint8Array(bytes);
    f.bytes = bytes as Buffer;
    list.push(bytes.buffer as ArrayBuffer);
  }
  return list;
}

/** Structured clone turns Buffers into Uint8Arrays; the pipeline and the writers expect Buffers. */
export function reviveResult(result: JobResult): JobResult {
  for (const f of result.files) f.bytes = Buffer.from(f.bytes.buffer, f.bytes.byteOffset, f.bytes.byteLength);
  return result;
}

export function reviveFiles(files: ProjectFiles): ProjectFiles {
  const binaries = new Map<string, Buffer>();
  for (const [rel, bytes] of files.binaries) binaries.set(rel, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  return { ...files, binaries };
}
