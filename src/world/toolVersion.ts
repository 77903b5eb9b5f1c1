// The running drukwerk → one string naming the code that makes the bytes of out/: package version, a hash of the compiled dist/ code, the libraries' and Node's versions.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CODE_ROOT, codeVersion, hashCode, libraryVersions, PACKAGE_ROOT } from './codeVersion.js';
import { memo } from './memo.js';

/**
 * `DRUKWERK_TOOL_VERSION` pins the version (tests and the benchmark, run in a checkout where others recompile dist/ meanwhile).
 * Why a hash of dist/ and not a constant bumped by hand: a forgotten bump would let a build keep PDFs made by older code.
 * dist/ and not the code that runs: the worker threads always run dist/ (see parallel/workerPool.ts), so dist/ is the
 * code that made the files, also when the build is started from the sources under vitest.
 */
export function toolVersion(env: NodeJS.ProcessEnv = process.env): string {
  if (env.DRUKWERK_TOOL_VERSION) return env.DRUKWERK_TOOL_VERSION;
  // hashing dist/ reads ~2 MB: once per process
  return memo('incremental.toolVersion', [], computeToolVersion, 1);
}

function computeToolVersion(): string {
  let version = '0.0.0';
  try {
    version = String((JSON.parse(readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version?: unknown }).version ?? version);
  } catch {
    // not installed as a package: the code hash below still names the code
  }
  const dist = path.join(PACKAGE_ROOT, 'dist');
  // run from dist/, the store's code version is that very hash
  const code = CODE_ROOT === dist ? codeVersion() : hashCode(dist, '.js');
  const hash = createHash('sha256').update(`drukwerk ${version}\0${libraryVersions()}\0${code}`);
  return `${version}+${hash.digest('hex').slice(0, 16)}`;
}
