// The CLI run as a user runs it (node dist/cli.js), with the tool version pinned, and the PDFs found in a folder: helpers of the scale tests.
import { execFile } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { REPO } from '../support/tempProject.js';

const exec = promisify(execFile);
const CLI = path.join(REPO, 'dist/cli.js');

export async function cli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec('node', [CLI, ...args], { env: { ...process.env, DRUKWERK_TOOL_VERSION: 'test-pinned', ...env }, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

export async function pdfsIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true }).catch(() => [] as string[]);
  return entries
    .filter((e) => e.endsWith('.pdf'))
    .map((e) => e.split(path.sep).join('/'))
    .sort();
}
