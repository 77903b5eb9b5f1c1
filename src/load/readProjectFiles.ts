// A project folder on disk → the texts and bytes a build needs (content, regions, templates, theme, fonts, images, ICC profiles).
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from '../diagnostics.js';

export interface ProjectFiles {
  root: string;
  /** Text files by path relative to the root, forward slashes. */
  texts: Map<string, string>;
  /** Binary files (fonts, images, ICC profiles) by relative path. */
  binaries: Map<string, Buffer>;
}

const TEXT_FOLDERS = [
  { dir: 'content', ext: /\.ya?ml$/ },
  { dir: 'templates', ext: /\.(hbs|ya?ml)$/ },
];
const BINARY_FOLDERS = [
  { dir: 'fonts', ext: /\.(otf|ttf)$/i },
  { dir: 'images', ext: /\.(png|jpe?g|tiff?|webp|svg)$/i },
  { dir: 'icc', ext: /\.icc$/i },
];

async function listFiles(root: string, dir: string, ext: RegExp): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(path.join(root, dir), { withFileTypes: true, recursive: true });
  } catch {
    return [];
  }
  return entries
    .filter((e) => e.isFile() && ext.test(e.name))
    .map((e) => path.relative(root, path.join(e.parentPath ?? (e as unknown as { path: string }).path, e.name)).split(path.sep).join('/'))
    .sort();
}

/** Decodes UTF-8 strictly; the error names the byte offset of the first invalid sequence. */
export function decodeUtf8(file: string, bytes: Uint8Array): { text?: string; diagnostic?: Diagnostic } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    let lo = 0;
    let hi = bytes.length;
    const ok = (n: number): boolean => {
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, n), { stream: true });
        return true;
      } catch {
        return false;
      }
    };
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (ok(mid)) lo = mid;
      else hi = mid - 1;
    }
    return {
      diagnostic: { severity: 'error', message: `the file is not UTF-8 text (invalid byte at offset ${lo})`, file, hint: 'save the file as UTF-8 in your editor' },
    };
  }
}

export async function readProjectFiles(root: string): Promise<{ files: ProjectFiles; diagnostics: Diagnostic[] }> {
  const diagnostics: Diagnostic[] = [];
  const texts = new Map<string, string>();
  const binaries = new Map<string, Buffer>();
  for (const { dir, ext } of TEXT_FOLDERS) {
    for (const rel of await listFiles(root, dir, ext)) {
      const decoded = decodeUtf8(rel, await readFile(path.join(root, rel)));
      if (decoded.diagnostic) diagnostics.push(decoded.diagnostic);
      else texts.set(rel, decoded.text!);
    }
  }
  for (const { dir, ext } of BINARY_FOLDERS) {
    for (const rel of await listFiles(root, dir, ext)) binaries.set(rel, await readFile(path.join(root, rel)));
  }
  return { files: { root, texts, binaries }, diagnostics };
}
