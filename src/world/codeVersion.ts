// The running drukwerk → the hash of its own code (dist/**/*.js, or src/**/*.ts when run from the sources) and the versions of the libraries and runtime it runs on; each computed once per thread.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(import.meta.url);

/**
 * The package root: the nearest folder above this code with a package.json. This code may run from src/world/codeVersion.ts
 * (vitest), dist/world/codeVersion.js (tsc's output) or a chunk of the bundled CLI (dist/chunks/…), so no fixed depth holds.
 */
function packageRoot(from: string): string {
  for (let dir = path.dirname(from); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(path.dirname(from), '../..');
  }
}

export const PACKAGE_ROOT = packageRoot(here);
/** The folder of the code that runs: dist/ (the CLI and every worker thread) or src/ (vitest imports the sources). */
export const CODE_ROOT = path.join(PACKAGE_ROOT, here.endsWith('.ts') ? 'src' : 'dist');

/**
 * The sha256 of every code file under `dir` (its relative path and bytes, in sorted order); the benchmark's own files are
 * left out, as they make no output. Files of the other kind (source maps beside dist/, .d.ts beside src/) are not code.
 */
export function hashCode(dir: string, ext: string): string {
  const hash = createHash('sha256');
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true, recursive: true });
  } catch {
    return hash.update(`no code at ${dir}`).digest('hex');
  }
  const files = entries
    .filter((e) => e.isFile() && e.name.endsWith(ext) && !e.name.endsWith('.d.ts'))
    .map((e) => path.join(e.parentPath, e.name))
    .filter((f) => !path.relative(dir, f).startsWith(`bench${path.sep}`))
    .sort();
  for (const f of files) hash.update(path.relative(dir, f).split(path.sep).join('/')).update('\0').update(readFileSync(f)).update('\0');
  return hash.digest('hex');
}

let code: string | undefined;

/**
 * The code that fills the store, hashed (~2 MB, a few ms, once per thread): a changed line anywhere makes every entry of the
 * older code stale, with nothing to bump by hand. From src/ (vitest) that is the sources; worker threads always run dist/
 * (parallel/workerPool.ts) and hash dist/, so the entries each thread fills are named after the code that filled them.
 */
export function codeVersion(): string {
  code ??= hashCode(CODE_ROOT, here.endsWith('.ts') ? '.ts' : '.js');
  return code;
}

/** A dependency's installed version, found as Node finds the package (node_modules beside the package or above it, when hoisted). */
function installedVersion(name: string): string | undefined {
  for (let dir = PACKAGE_ROOT; ; dir = path.dirname(dir)) {
    const file = path.join(dir, 'node_modules', name, 'package.json');
    if (existsSync(file)) {
      try {
        return String((JSON.parse(readFileSync(file, 'utf8')) as { version?: unknown }).version);
      } catch {
        return undefined;
      }
    }
    if (path.dirname(dir) === dir) return undefined;
  }
}

let libraries: string | undefined;

/**
 * Every runtime dependency's installed version (fontkit shapes, pdfkit writes, sharp converts, yaml parses, hyphen's patterns
 * break…), Node's and its zlib's (which compresses the streams): all of them, since naming fewer than those that change the
 * bytes would let an upgrade reuse what an older library made, and naming more only costs one cold build after an upgrade.
 */
export function libraryVersions(): string {
  if (libraries !== undefined) return libraries;
  let pkg: { dependencies?: Record<string, string> } = {};
  try {
    pkg = JSON.parse(readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8'));
  } catch {
    // no package.json: the runtime's versions and the code hash still name what runs
  }
  const deps = Object.keys(pkg.dependencies ?? {})
    .filter((name) => name !== 'drukwerk')
    .sort()
    .map((name) => `${name}@${installedVersion(name) ?? pkg.dependencies?.[name]}`);
  libraries = [`node@${process.versions.node}`, `zlib@${process.versions.zlib}`, ...deps].join(' ');
  return libraries;
}
