// Build progress events → on a terminal one line rewritten in place (counts, time left); elsewhere (CI logs) one line per finished output.
import { say } from '../messages/say.js';
import type { ProgressEvent } from './runBuild.js';

export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

const kb = (bytes: number): string => `${Math.round(bytes / 1024)} kB`;

function duration(seconds: number): string {
  if (seconds < 60) return `${Math.ceil(seconds)} s`;
  return `${Math.floor(seconds / 60)} min ${Math.ceil(seconds % 60)} s`;
}

/** `verb`: what happens to a job, "built" (build) or "checked" (validate: laid out, nothing written). */
export function createProgress(stream: ProgressStream, now: () => number = () => performance.now(), verb: 'built' | 'checked' = 'built'): { update(event: ProgressEvent): void; finish(): void } {
  const started = now();
  let built = 0;
  let pdfs = 0;
  let pages = 0;
  let unchanged = 0;
  let shown = false;
  let lastDraw = 0;
  return {
    update(event) {
      if (event.kind === 'unchanged') unchanged += event.files.length;
      else {
        built++;
        pdfs += event.files.length;
        pages += event.files.reduce((n, f) => n + f.pages, 0);
      }
      if (!stream.isTTY) {
        if (event.kind !== 'built') return;
        if (verb === 'built') for (const f of event.files) stream.write(`${say('progress.built', { path: f.path, pages: f.pages, size: kb(f.bytes) })}\n`);
        else stream.write(`${say('progress.checked', { job: event.job.id, done: event.done, total: event.total })}\n`);
        return;
      }
      const t = now();
      if (event.done < event.total && t - lastDraw < 100) return;
      lastDraw = t;
      const elapsed = (t - started) / 1000;
      const left = built > 0 && built < event.toBuild ? duration((elapsed / built) * (event.toBuild - built)) : undefined;
      const line = say('progress.line', { done: event.done, total: event.total, pdfs, pages, verb, unchanged, left });
      stream.write(`\r\x1b[K${line.slice(0, Math.max(20, (stream.columns ?? 120) - 1))}`);
      shown = true;
    },
    finish() {
      if (shown) stream.write('\r\x1b[K');
      shown = false;
    },
  };
}
