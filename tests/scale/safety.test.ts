// Nothing lost: a build killed at any moment leaves only complete PDFs that match the manifest, the next build cleans up; two builds at once do not corrupt out/.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO, tempProject, type TempProject } from '../support/tempProject.js';
import { cli, pdfsIn } from './cliSupport.js';

const CLI = path.join(REPO, 'dist/cli.js');
const SMALL = ['--material', 'flyer', '--lang', 'nl'];
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

function killAfter(args: string[], ms: number): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn('node', [CLI, ...args], { stdio: 'ignore', env: { ...process.env, DRUKWERK_TOOL_VERSION: 'test-pinned' } });
    const timer = setTimeout(() => child.kill('SIGKILL'), ms);
    child.on('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

async function checkIntact(out: string): Promise<void> {
  const listed = new Map<string, { sha256: string; bytes: number }>();
  try {
    for (const e of JSON.parse(await readFile(path.join(out, 'manifest.json'), 'utf8')).files) listed.set(e.path, e);
  } catch {
    // no manifest yet: a first build killed before the end
  }
  for (const f of await pdfsIn(out)) {
    const bytes = await readFile(path.join(out, f));
    await expect(PDFDocument.load(bytes, { updateMetadata: false }), f).resolves.toBeDefined();
    const entry = listed.get(f);
    if (entry) {
      expect(sha(bytes), f).toBe(entry.sha256);
      expect(bytes.length, f).toBe(entry.bytes);
    }
  }
  for (const p of listed.keys()) expect(await pdfsIn(out), p).toContain(p);
}

describe('nothing lost', () => {
  let project: TempProject;
  beforeAll(async () => {
    project = await tempProject();
  });
  afterAll(() => project.dispose());

  it('leaves only complete PDFs matching the manifest when a build is killed, and the next build cleans up', async () => {
    const out = path.join(project.root, 'out');
    const args = ['build', '--project', project.root, '--out', out, ...SMALL, '--force'];
    for (const ms of [150, 700, 1500, 3000, 5000]) {
      // a change every round, so a build killed while writing replaces files with different bytes
      await project.replace('content/regions/oostende.yaml', /name: "Oostende[^"]*"/, `name: "Oostende ${ms}"`);
      await killAfter(args, ms);
      await checkIntact(out);
    }
    const next = await cli(['build', '--project', project.root, '--out', out, ...SMALL]);
    expect(next.code, next.stderr).toBe(0);
    const all = await readdir(out, { recursive: true });
    expect(all.filter((f) => f.endsWith('.drukwerk-tmp') || f.endsWith('.lock'))).toEqual([]);
    expect(await pdfsIn(out)).toHaveLength(4);
    await checkIntact(out);
  });

  it('two builds at once: one writes, the other waits its turn or stops with the lock message; the PDFs stay intact', async () => {
    const out = path.join(project.root, 'out-twice');
    const args = ['build', '--project', project.root, '--out', out, ...SMALL, '--force'];
    const [a, b] = await Promise.all([cli(args), cli(args)]);
    const codes = [a.code, b.code].sort();
    expect(codes[0]).toBe(0);
    for (const r of [a, b]) if (r.code !== 0) expect(r.stderr).toMatch(/another drukwerk build \(pid \d+\) is writing to .*; wait for it to finish or remove .*\.drukwerk\.lock if it crashed/);
    await checkIntact(out);
    expect(await pdfsIn(out)).toHaveLength(4);
  });
});
