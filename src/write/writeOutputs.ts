// Built files → PDFs in the output folder, each written to a temporary file and renamed into place, plus out/manifest.json, written last.
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BuiltFile } from '../pipeline.js';
import { filterAsync, isIntact, MANIFEST_FILE, manifestText, sha256, type ManifestEntry } from './manifest.js';
import { OutputError, reason } from './outputError.js';

export type { ManifestEntry } from './manifest.js';

export const TEMP_SUFFIX = '.drukwerk-tmp';

async function atomicWrite(outDir: string, target: string, bytes: Uint8Array | string): Promise<void> {
  const temp = `${target}.${process.pid}${TEMP_SUFFIX}`;
  try {
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(temp, bytes);
    await rename(temp, target);
  } catch (e) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw new OutputError(`cannot write ${path.relative(outDir, target) || target} in the output folder ${outDir}: ${reason(e)}`);
  }
}

/** Removes temporary files a killed build left behind (call it holding the lock: a running build's own temporary files are then none but ours). */
export async function removeStrayTemps(outDir: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(outDir, { withFileTypes: true, recursive: true });
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const e of entries) {
    if (e.isFile() && e.name.endsWith(TEMP_SUFFIX)) {
      const file = path.join(e.parentPath, e.name);
      await rm(file, { force: true });
      removed.push(file);
    }
  }
  return removed;
}

export interface WriteOptions {
  /** The input hash of each built file (incremental builds); empty when not known. */
  inputHash?: (file: BuiltFile) => string;
  /** Outputs of this build found intact on disk and not rewritten. */
  unchanged?: readonly ManifestEntry[];
  /** The manifest found in the folder: its other entries are kept while their files are intact (a partial build keeps the rest). */
  previous?: ReadonlyMap<string, ManifestEntry>;
}

export function manifestEntry(f: BuiltFile, inputHash: string): ManifestEntry {
  return {
    path: f.path,
    material: f.job.material,
    region: f.job.region,
    lang: f.job.lang,
    edition: f.edition,
    pages: f.pages,
    bytes: f.bytes.length,
    sha256: sha256(f.bytes),
    inputHash,
  };
}

export async function writeOutputs(outDir: string, files: readonly BuiltFile[], options: WriteOptions = {}): Promise<ManifestEntry[]> {
  await removeStrayTemps(outDir);
  const previous = options.previous ?? new Map<string, ManifestEntry>();
  const unchanged = options.unchanged ?? [];
  const entries = files.map((f) => manifestEntry(f, options.inputHash?.(f) ?? ''));
  const ours = new Set([...entries.map((e) => e.path), ...unchanged.map((e) => e.path)]);
  const others = [...previous.values()].filter((e) => !ours.has(e.path));
  const intact = await filterAsync(others, (e) => isIntact(outDir, e));
  const kept = others.filter((_, i) => intact[i]);
  // A file about to be replaced by different bytes leaves the manifest first, so a build killed half-way never leaves a manifest that lists a file with the wrong sha256.
  if (entries.some((e) => previous.has(e.path) && previous.get(e.path)!.sha256 !== e.sha256)) {
    const same = entries.filter((e) => previous.get(e.path)?.sha256 === e.sha256);
    await atomicWrite(outDir, path.join(outDir, MANIFEST_FILE), manifestText([...kept, ...unchanged, ...same]));
  }
  for (let i = 0; i < files.length; i++) await atomicWrite(outDir, path.join(outDir, files[i].path), files[i].bytes);
  await atomicWrite(outDir, path.join(outDir, MANIFEST_FILE), manifestText([...kept, ...unchanged, ...entries]));
  return entries;
}
