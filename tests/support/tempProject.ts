// The shipped project (content, templates, fonts, icc, images) → a copy in a temporary folder, optionally changed, for end-to-end tests.
import { cp, mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface TempProject {
  root: string;
  read(rel: string): Promise<string>;
  write(rel: string, text: string | Uint8Array): Promise<void>;
  /** Replaces `from` by `to` in a file; fails when `from` is not there, so a fixture cannot silently stop testing anything. */
  replace(rel: string, from: string | RegExp, to: string): Promise<void>;
  remove(rel: string): Promise<void>;
  dispose(): Promise<void>;
}

export async function tempProject(parts: readonly string[] = ['content', 'templates', 'fonts', 'icc', 'images']): Promise<TempProject> {
  const root = await mkdtemp(path.join(tmpdir(), 'drukwerk-test-'));
  for (const part of parts) await cp(path.join(REPO, part), path.join(root, part), { recursive: true }).catch(() => undefined);
  // a fresh clone has no empty folders: make every part exist, as in a working project
  for (const part of parts) await mkdir(path.join(root, part), { recursive: true });
  const abs = (rel: string) => path.join(root, rel);
  return {
    root,
    read: (rel) => readFile(abs(rel), 'utf8'),
    async write(rel, text) {
      await mkdir(path.dirname(abs(rel)), { recursive: true });
      await writeFile(abs(rel), text);
    },
    async replace(rel, from, to) {
      const text = await readFile(abs(rel), 'utf8');
      const next = text.replace(from, to);
      if (next === text) throw new Error(`fixture: "${String(from)}" not found in ${rel}`);
      await writeFile(abs(rel), next);
    },
    remove: (rel) => rm(abs(rel), { recursive: true, force: true }),
    dispose: () => rm(root, { recursive: true, force: true }),
  };
}
