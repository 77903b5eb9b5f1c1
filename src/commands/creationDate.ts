// The environment and the project's git history → the date written into every PDF, so rebuilds are byte-identical.
import { execFileSync } from 'node:child_process';

const FALLBACK = new Date('2026-01-01T00:00:00Z');

export function creationDate(root: string, env: NodeJS.ProcessEnv = process.env): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && /^\d+$/.test(epoch.trim())) return new Date(Number(epoch.trim()) * 1000);
  try {
    const out = execFileSync('git', ['log', '-1', '--format=%ct', '--', 'content', 'templates', 'fonts', 'images'], { cwd: root, stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
    if (/^\d+$/.test(out)) return new Date(Number(out) * 1000);
  } catch {
    // not a git checkout: the fixed date keeps builds reproducible
  }
  return FALLBACK;
}
