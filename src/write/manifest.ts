// out/manifest.json ⇄ the list of PDFs in the output folder, each with what it is, its size, sha256 and input hash; and the check that a listed file is still intact on disk.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

export const MANIFEST_FILE = 'manifest.json';

export interface ManifestEntry {
  path: string;
  material: string;
  region: string;
  lang: string;
  edition: string;
  pages: number;
  bytes: number;
  sha256: string;
  /** sha256 over everything that went into the file (see incremental/inputHash.ts). */
  inputHash: string;
}

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
export { sha256 };

function isEntry(v: unknown): v is ManifestEntry {
  const e = v as Record<string, unknown>;
  return (
    typeof e === 'object' && e !== null &&
    typeof e.path === 'string' && !e.path.includes('..') && !path.isAbsolute(e.path) &&
    typeof e.sha256 === 'string' && typeof e.bytes === 'number' && typeof e.pages === 'number' &&
    typeof e.material === 'string' && typeof e.region === 'string' && typeof e.lang === 'string' && typeof e.edition === 'string'
  );
}

/** The entries of an existing manifest by path; a missing or damaged manifest is simply empty (everything is rebuilt). */
export async function readManifest(outDir: string): Promise<Map<string, ManifestEntry>> {
  const entries = new Map<string, ManifestEntry>();
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(path.join(outDir, MANIFEST_FILE), 'utf8'));
  } catch {
    return entries;
  }
  const files = (parsed as { files?: unknown })?.files;
  if (!Array.isArray(files)) return entries;
  for (const f of files) if (isEntry(f)) entries.set(f.path, { ...f, inputHash: typeof f.inputHash === 'string' ? f.inputHash : '' });
  return entries;
}

/**
 * Whether the file an entry names is on disk with exactly that size and sha256. With `trustBefore` (the manifest's
 * modification time), a file of the right size last modified before the manifest was written counts as intact unread:
 * every file the manifest lists was written or checked before it (what make trusts, and what keeps a no-op build fast).
 */
export async function isIntact(outDir: string, entry: ManifestEntry, trustBefore?: number): Promise<boolean> {
  const file = path.join(outDir, entry.path);
  try {
    if (trustBefore !== undefined) {
      const info = await stat(file);
      if (info.size !== entry.bytes) return false;
      if (info.mtimeMs < trustBefore) return true;
    }
    const bytes = await readFile(file);
    return bytes.length === entry.bytes && sha256(bytes) === entry.sha256;
  } catch {
    return false;
  }
}

/** When the manifest in the folder was last written (ms), if there is one. */
export async function manifestTime(outDir: string): Promise<number | undefined> {
  return stat(path.join(outDir, MANIFEST_FILE)).then((s) => s.mtimeMs, () => undefined);
}

/** Runs `fn` over items with a few file operations in flight at once; the results in item order. */
export async function mapAsync<T, R>(items: readonly T[], fn: (item: T) => Promise<R>, concurrency = 8): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await fn(items[i]);
      }
    }),
  );
  return out;
}

export function manifestText(entries: Iterable<ManifestEntry>): string {
  const sorted = [...entries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const files = sorted.map((e) => ({ path: e.path, material: e.material, region: e.region, lang: e.lang, edition: e.edition, pages: e.pages, bytes: e.bytes, sha256: e.sha256, inputHash: e.inputHash }));
  return `${JSON.stringify({ files }, null, 2)}\n`;
}
