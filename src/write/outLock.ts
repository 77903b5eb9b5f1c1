// The output folder → locked for this build: out/.drukwerk.lock holds the pid and a random token, published whole with link(); a lock whose process is gone is taken over by exactly one build.
import { createHash, randomBytes } from 'node:crypto';
import { link, lstat, readFile, rename, unlink } from 'node:fs/promises';
import path from 'node:path';
import { OutputError } from './outputError.js';
import { reason } from '../messages/reason.js';
import { removeQuietly, writeTemp } from './safeFile.js';
import { say } from '../messages/say.js';

export const LOCK_FILE = '.drukwerk.lock';

/** An empty lock (written by an older drukwerk, which created it before writing its pid) counts as held this long. */
const EMPTY_LOCK_GRACE_MS = 10_000;
/** Attempts before giving up when the lock keeps changing hands (each a few milliseconds). */
const ATTEMPTS = 200;

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

interface Held {
  text: string;
  /** The holder's pid; -1 for an empty lock still within its grace. */
  pid: number;
  stale: boolean;
}

/** What a lock (or a takeover claim) file says, or undefined when it is gone. */
async function readHeld(file: string): Promise<Held | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return undefined;
  }
  const pid = Number(text.trim().split(/\s+/)[0]);
  if (Number.isInteger(pid) && pid > 0) return { text, pid, stale: !isRunning(pid) };
  const age =
    Date.now() -
    (await lstat(file).then(
      (s) => s.mtimeMs,
      () => 0,
    ));
  return { text, pid: -1, stale: age >= EMPTY_LOCK_GRACE_MS };
}

export function lockMessage(pid: number, outDir: string): string {
  return say('write.lockHeld', { pid: pid > 0 ? pid : undefined, outDir, lock: path.join(outDir, LOCK_FILE) });
}

const claimOf = (lock: string, text: string): string => `${lock}.takeover-${createHash('sha256').update(text).digest('hex').slice(0, 16)}`;

/**
 * Replaces the stale lock whose text is `staleText` by ours (`mine`, a file holding our text), if this build is the one
 * that may. Who may is decided by a claim file named after the stale lock's text, created with link() (exclusive): of any
 * number of builds that found the same stale lock, one creates the claim. Holding it, the lock cannot change under us
 * (its holder is gone and only a claim holder replaces a stale lock), so: still the stale one → rename ours over it.
 * A claim whose build died is itself claimed the same way (a claim named after it), so nothing stays stuck.
 */
async function takeOver(lock: string, staleText: string, mine: string): Promise<boolean> {
  const claims: string[] = [];
  try {
    for (let target = staleText, depth = 0; depth < 16; depth++) {
      const claim = claimOf(lock, target);
      try {
        await link(mine, claim);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') return false;
        const other = await readHeld(claim);
        // gone (that build finished), or another build is taking over right now: look again at the lock
        if (!other?.stale) return false;
        claims.push(claim);
        target = other.text;
        continue;
      }
      claims.push(claim);
      if ((await readHeld(lock))?.text !== staleText) return false;
      await rename(mine, lock);
      return true;
    }
    return false;
  } finally {
    for (const claim of claims) await removeQuietly(claim);
  }
}

/** Takes the lock of the output folder (which exists); throws OutputError when another build holds it or the folder cannot be written. Returns the release function. */
export async function acquireLock(outDir: string): Promise<() => Promise<void>> {
  const lock = path.join(outDir, LOCK_FILE);
  const text = `${process.pid} ${randomBytes(12).toString('hex')}\n`;
  let mine: string | undefined;
  const release = async (): Promise<void> => {
    // only our own lock: never one another build took over
    if ((await readHeld(lock))?.text === text) await unlink(lock).catch(() => undefined);
  };
  try {
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      // our lock, complete, under a temporary name; link() publishes it only if there is none
      mine ??= await writeTemp(lock, text);
      try {
        await link(mine, lock);
        return release;
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        // a build holding the lock removed our temporary file as a stray one: make it again
        if (code === 'ENOENT') {
          mine = undefined;
          continue;
        }
        if (code !== 'EEXIST') throw e;
      }
      const held = await readHeld(lock);
      if (!held) continue;
      if (!held.stale) throw new OutputError(lockMessage(held.pid, outDir));
      if (await takeOver(lock, held.text, mine)) {
        mine = undefined;
        return release;
      }
      if (
        !(await lstat(mine).then(
          () => true,
          () => false,
        ))
      )
        mine = undefined;
      await new Promise((resolve) => setTimeout(resolve, 2 + Math.random() * 8));
    }
    throw new OutputError(lockMessage(-1, outDir));
  } catch (e) {
    if (e instanceof OutputError) throw e;
    throw new OutputError(say('write.cannotLock', { outDir, why: reason(e) }));
  } finally {
    if (mine) await removeQuietly(mine);
  }
}
