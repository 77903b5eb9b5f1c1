// The out/ lock under contention: many builds started together against a stale lock (its process gone), in this process and in 20 processes: exactly one takes it over each round.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireLock, LOCK_FILE } from '../../src/write/outLock.js';
import { OutputError } from '../../src/write/outputError.js';
import { REPO } from '../support/tempProject.js';

let out: string;
beforeEach(async () => {
  out = await mkdtemp(path.join(tmpdir(), 'drukwerk-lock-'));
});
afterEach(() => rm(out, { recursive: true, force: true }));

/** The pid of a process that has exited: a lock holding it is stale. */
function deadPid(): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' });
    child.on('exit', () => resolve(child.pid!));
  });
}

const lockFile = () => path.join(out, LOCK_FILE);

describe('the out/ lock', () => {
  it('20 attempts started together in this process against a stale lock: exactly one wins, the others are told who holds it', async () => {
    for (let round = 0; round < 5; round++) {
      await writeFile(lockFile(), `${await deadPid()}\n`);
      const attempts = await Promise.allSettled(Array.from({ length: 20 }, () => acquireLock(out)));
      const won = attempts.filter((a) => a.status === 'fulfilled');
      expect(won, `round ${round}`).toHaveLength(1);
      for (const a of attempts) {
        if (a.status === 'rejected') {
          expect(a.reason).toBeInstanceOf(OutputError);
          expect((a.reason as Error).message).toBe(`another drukwerk build (pid ${process.pid}) is writing to ${out}/; wait for it to finish or remove ${lockFile()} if it crashed`);
        }
      }
      expect((await readFile(lockFile(), 'utf8')).split(' ')[0]).toBe(String(process.pid));
      await (won[0] as PromiseFulfilledResult<() => Promise<void>>).value();
      // nothing left behind: no lock, no claim, no temporary file
      expect(await readdir(out)).toEqual([]);
    }
  });

  it.skipIf(!existsSync(path.join(REPO, 'dist/write/outLock.js')))(
    '20 processes started together against a stale lock: exactly one holds it (2 rounds)',
    async () => {
      const script = path.join(out, '..', `${path.basename(out)}-contender.mjs`);
      // the winner holds the lock until every contender has tried (a late starter must not find it released)
      await writeFile(
        script,
        `import { existsSync } from 'node:fs';
import { acquireLock } from ${JSON.stringify(pathToFileURL(path.join(REPO, 'dist/write/outLock.js')).href)};
const [dir, at, done] = process.argv.slice(2);
await new Promise((r) => setTimeout(r, Math.max(0, Number(at) - Date.now())));
try {
  const release = await acquireLock(dir);
  console.log('won');
  for (let i = 0; i < 600 && !existsSync(done); i++) await new Promise((r) => setTimeout(r, 50));
  await release();
} catch (e) {
  console.log(e.name === 'OutputError' && /^another drukwerk build \\(pid \\d+\\) is writing/.test(e.message) ? 'held' : 'other ' + e.message);
}
`,
      );
      try {
        for (let round = 0; round < 2; round++) {
          await writeFile(lockFile(), `${await deadPid()}\n`);
          const done = `${script}.done-${round}`;
          const at = Date.now() + 2500;
          const results: string[] = [];
          await Promise.all(
            Array.from(
              { length: 20 },
              () =>
                new Promise<void>((resolve) => {
                  const child = spawn(process.execPath, [script, out, String(at), done], { stdio: ['ignore', 'pipe', 'inherit'] });
                  child.stdout.once('data', (d: Buffer) => {
                    results.push(String(d).trim());
                    if (results.length === 20) void writeFile(done, '');
                  });
                  child.on('exit', () => resolve());
                }),
            ),
          );
          await rm(done, { force: true });
          expect(
            results.filter((r) => r === 'won'),
            `round ${round}: ${results.join(',')}`,
          ).toHaveLength(1);
          expect(results.filter((r) => r === 'held')).toHaveLength(19);
          expect(await readdir(out)).toEqual([]);
        }
      } finally {
        await rm(script, { force: true });
      }
    },
    120_000,
  );

  it('a build that died while taking over (its claim left behind) does not keep the lock from the next one', async () => {
    const stale = `${await deadPid()}\n`;
    await writeFile(lockFile(), stale);
    // the claim a dead build made for exactly this stale lock (named after its text), as takeOver() names it
    const { createHash } = await import('node:crypto');
    const claim = `${lockFile()}.takeover-${createHash('sha256').update(stale).digest('hex').slice(0, 16)}`;
    await writeFile(claim, `${await deadPid()} token\n`);
    const release = await acquireLock(out);
    expect((await readFile(lockFile(), 'utf8')).split(' ')[0]).toBe(String(process.pid));
    await release();
    expect(await readdir(out)).toEqual([]);
  });

  it('a lock held by a running process is never taken over', async () => {
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 20000)'], { stdio: 'ignore' });
    try {
      await writeFile(lockFile(), `${child.pid} someone\n`);
      await expect(acquireLock(out)).rejects.toThrow(`another drukwerk build (pid ${child.pid}) is writing to ${out}/`);
      expect(await readFile(lockFile(), 'utf8')).toBe(`${child.pid} someone\n`);
    } finally {
      child.kill();
    }
  });

  it('a lock planted as a link to a file outside: that file is never written', async () => {
    const outside = await mkdtemp(path.join(tmpdir(), 'drukwerk-lock-outside-'));
    try {
      const canary = path.join(outside, 'canary');
      await writeFile(canary, 'not a pid\n');
      await symlink(canary, lockFile());
      // an unreadable lock counts as held for a while (an older drukwerk wrote its pid only after creating it)
      await expect(acquireLock(out)).rejects.toThrow(/^another drukwerk build is writing to /);
      expect(await readFile(canary, 'utf8')).toBe('not a pid\n');
    } finally {
      await rm(outside, { recursive: true, force: true });
    }
  });
});
