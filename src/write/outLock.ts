// The output folder → created and locked for this build (out/.drukwerk.lock, created exclusively, holding the pid); a lock whose process is gone is taken over.
import { mkdir, open, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { OutputError, reason } from './outputError.js';

export const LOCK_FILE = '.drukwerk.lock';

/** A lock just created holds no pid yet for a moment; after this long an empty lock counts as stale. */
const EMPTY_LOCK_GRACE_MS = 10_000;

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Another build's pid when it holds the lock, undefined when the lock is stale (or gone). */
async function holder(lock: string): Promise<number | undefined> {
  let text: string;
  try {
    text = await readFile(lock, 'utf8');
  } catch {
    return undefined;
  }
  const pid = Number(text.trim());
  if (Number.isInteger(pid) && pid > 0) return isRunning(pid) ? pid : undefined;
  const age = Date.now() - (await stat(lock).then((s) => s.mtimeMs, () => 0));
  return age < EMPTY_LOCK_GRACE_MS ? -1 : undefined;
}

export function lockMessage(pid: number, outDir: string): string {
  const who = pid > 0 ? `another drukwerk build (pid ${pid})` : 'another drukwerk build';
  return `${who} is writing to ${outDir}/; wait for it to finish or remove ${path.join(outDir, LOCK_FILE)} if it crashed`;
}

/** Creates the folder and takes the lock; throws OutputError when another build holds it or the folder cannot be written. Returns the release function. */
export async function acquireLock(outDir: string): Promise<() => Promise<void>> {
  try {
    await mkdir(outDir, { recursive: true });
  } catch (e) {
    throw new OutputError(`cannot create the output folder ${outDir}: ${reason(e)}`);
  }
  const lock = path.join(outDir, LOCK_FILE);
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      const handle = await open(lock, 'wx');
      try {
        await handle.writeFile(`${process.pid}\n`);
      } finally {
        await handle.close();
      }
      return async () => {
        // only our own lock: a build that found ours stale (it cannot, we run) must not lose its own
        if ((await readFile(lock, 'utf8').catch(() => '')).trim() === String(process.pid)) await rm(lock, { force: true });
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw new OutputError(`cannot write to the output folder ${outDir}: ${reason(e)}`);
      const pid = await holder(lock);
      if (pid !== undefined) throw new OutputError(lockMessage(pid, outDir));
      // stale: the build that held it was killed; take it over
      await rm(lock, { force: true });
    }
  }
  throw new OutputError(lockMessage(-1, outDir));
}
