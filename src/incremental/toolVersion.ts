// The running drukwerk → one string naming the code that makes the bytes: package version, a hash of the compiled dist/ code, the runtime dependencies' versions and Node's.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Why a hash of dist/ and not a constant bumped by hand: a forgotten bump would let a build keep PDFs
 * made by older code. Hashing the compiled JavaScript (~1 MB, a few ms) catches every code change;
 * dependency versions (pdfkit, fontkit, sharp…) and Node's version (zlib) are added because they
 * change the bytes too. The worker threads always run dist/ (see parallel/workerPool.ts), so dist/
 * is the code that made the files, also when the build is started from the sources under vitest.
 */
const here = path.dirname(fileURLToPath(import.meta.url));
/** The package root: this file is src/incremental/toolVersion.ts or dist/incremental/toolVersion.js. */
export const PACKAGE_ROOT = path.resolve(here, '../..');

let cached: string | undefined;

function hashTree(hash: ReturnType<typeof createHash>, dir: string): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true, recursive: true });
  } catch {
    return;
  }
  const files = entries
    .filter((e) => e.isFile() && e.name.endsWith('.js'))
    .map((e) => path.join(e.parentPath, e.name))
    .filter((f) => !path.relative(dir, f).startsWith(`bench${path.sep}`))
    .sort();
  for (const f of files) {
    hash.update(path.relative(dir, f).split(path.sep).join('/')).update('\0').update(readFileSync(f)).update('\0');
  }
}

/** `DRUKWERK_TOOL_VERSION` pins the version (tests and the benchmark, run in a checkout where others recompile dist/ meanwhile). */
export function toolVersion(env: NodeJS.ProcessEnv = process.env): string {
  if (env.DRUKWERK_TOOL_VERSION) return env.DRUKWERK_TOOL_VERSION;
  if (cached) return cached;
  const hash = createHash('sha256');
  let pkg: { version?: string; dependencies?: Record<string, string> } = {};
  try {
    pkg = JSON.parse(readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8'));
  } catch {
    // not installed as a package: the code hash below still names the code
  }
  hash.update(`drukwerk ${pkg.version ?? '?'}\0node ${process.versions.node} zlib ${process.versions.zlib}\0`);
  for (const dep of Object.keys(pkg.dependencies ?? {}).sort()) {
    let version = '?';
    try {
      version = JSON.parse(readFileSync(path.join(PACKAGE_ROOT, 'node_modules', dep, 'package.json'), 'utf8')).version;
    } catch {
      // hoisted elsewhere: the declared range stands in
      version = pkg.dependencies![dep];
    }
    hash.update(`${dep}@${version}\0`);
  }
  hashTree(hash, path.join(PACKAGE_ROOT, 'dist'));
  cached = `${pkg.version ?? '0.0.0'}+${hash.digest('hex').slice(0, 16)}`;
  return cached;
}
