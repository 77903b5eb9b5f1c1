// Built files → PDFs in the output folder, each written to a temporary file and renamed into place, plus out/manifest.json.
import { createHash } from 'node:crypto';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BuiltFile } from '../pipeline.js';

const TEMP_SUFFIX = '.drukwerk-tmp';

export interface ManifestEntry {
  path: string;
  material: string;
  region: string;
  lang: string;
  edition: string;
  pages: number;
  bytes: number;
  sha256: string;
}

async function atomicWrite(target: string, bytes: Uint8Array | string): Promise<void> {
  await mkdir(path.dirname(target), { recursive: true });
  const temp = `${target}.${process.pid}${TEMP_SUFFIX}`;
  await writeFile(temp, bytes);
  await rename(temp, target);
}

/** Removes temporary files a killed build left behind. */
async function removeStrayTemps(outDir: string): Promise<void> {
  let entries;
  try {
    entries = await readdir(outDir, { withFileTypes: true, recursive: true });
  } catch {
    return;
  }
  for (const e of entries) {
    if (e.isFile() && e.name.endsWith(TEMP_SUFFIX)) await rm(path.join(e.parentPath, e.name), { force: true });
  }
}

export async function writeOutputs(outDir: string, files: readonly BuiltFile[]): Promise<ManifestEntry[]> {
  await removeStrayTemps(outDir);
  const entries: ManifestEntry[] = [];
  for (const f of files) {
    await atomicWrite(path.join(outDir, f.path), f.bytes);
    entries.push({
      path: f.path,
      material: f.job.material,
      region: f.job.region,
      lang: f.job.lang,
      edition: f.edition,
      pages: f.pages,
      bytes: f.bytes.length,
      sha256: createHash('sha256').update(f.bytes).digest('hex'),
    });
  }
  await atomicWrite(path.join(outDir, 'manifest.json'), `${JSON.stringify({ files: entries }, null, 2)}\n`);
  return entries;
}
