// The environment, the project's git history or its files' times → the date written into every PDF (and printed as the edition), so rebuilds are byte-identical.
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** The folders whose changes make a new edition (the same git asks about). */
const SOURCES = ['content', 'templates', 'fonts', 'images'];

/** Entries looked at, at most, outside git: a project is a few hundred files; a folder planted with millions stops the walk, not the build. */
const MAX_ENTRIES = 100_000;

/** When nothing says otherwise (no files at all). */
const FALLBACK = new Date('2026-01-01T00:00:00Z');

/**
 * Outside a git checkout (a copy, a ZIP a municipality downloaded) the edition is the month of the newest file of the
 * project: a fixed date printed "editie januari 2026" on every imprint whatever the content's age. The first of that
 * month (UTC) and not the file's own time: a save in `drukwerk watch` would otherwise change every PDF's date and so
 * rebuild every PDF, where now only a new month does; and the imprint names the month only.
 */
function newestFileMonth(root: string): Date | undefined {
  let newest = -1;
  let seen = 0;
  for (const dir of SOURCES) {
    let entries;
    try {
      entries = readdirSync(path.join(root, dir), { withFileTypes: true, recursive: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      if (++seen > MAX_ENTRIES) break;
      if (!e.isFile()) continue;
      const time = statSync(path.join(e.parentPath, e.name), { throwIfNoEntry: false })?.mtimeMs;
      if (time !== undefined && time > newest) newest = time;
    }
  }
  if (newest < 0) return undefined;
  const at = new Date(newest);
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), 1));
}

export function creationDate(root: string, env: NodeJS.ProcessEnv = process.env): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && /^\d+$/.test(epoch.trim())) return new Date(Number(epoch.trim()) * 1000);
  try {
    const out = execFileSync('git', ['log', '-1', '--format=%ct', '--', ...SOURCES], { cwd: root, stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
    if (/^\d+$/.test(out)) return new Date(Number(out) * 1000);
  } catch {
    // not a git checkout: the files' own times
  }
  return newestFileMonth(root) ?? FALLBACK;
}
