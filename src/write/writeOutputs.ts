// Built files → PDFs in the output folder: each staged to a temporary file as it is built, all renamed into place once the build is clean, plus out/manifest.json, written last.
import { readdirSync, type Dirent } from 'node:fs';
import { lstat, readFile, rename, rmdir, unlink } from 'node:fs/promises';
import path from 'node:path';
import { isIntact, mapAsync, MANIFEST_FILE, manifestText, sha256, type ManifestEntry } from './manifest.js';
import { OutputError } from './outputError.js';
import { reason } from '../messages/reason.js';
import { removeQuietly, writeTemp } from './safeFile.js';
import { TEMP_SUFFIX } from '../vocabulary/tempFiles.js';
import { ensureDirInside } from './safePath.js';
import { say } from '../messages/say.js';
import { LOCK_FILE } from './outLock.js';
import type { Job } from '../variant/planJobs.js';
import type { Edition } from '../vocabulary/edition.js';

export type { ManifestEntry } from './manifest.js';

/** A PDF a job made, to be written. */
export interface BuiltFile {
  /** Relative to the output folder. */
  path: string;
  bytes: Buffer;
  job: Job;
  edition: Edition;
  pages: number;
  /** sha256 of `bytes`, when the builder already computed it (worker threads do, so the main thread need not). */
  sha256?: string;
}

/** Whether a name in the output folder is a temporary file of a build: ours, or a claim of a lock takeover (see outLock). */
const isTempName = (name: string): boolean => name.endsWith(TEMP_SUFFIX) || name.startsWith(`${LOCK_FILE}.takeover-`);

/**
 * Removes temporary files a killed build left behind, also links planted at temporary names (the link goes, never what it
 * points to). Only where a build writes them: the output folder itself (the manifest's, a lock's takeover claim) and the
 * folders of `regions` in it (the PDFs'), never deeper. Searching the whole tree removed the temporary files of other
 * builds from folders that merely sat under `--out` (`--out /tmp` reached every build running there) and walked as long
 * as that tree was big. Call it holding the lock: a running build's own temporary files are then none but ours.
 */
export async function removeStrayTemps(outDir: string, regions: Iterable<string>): Promise<string[]> {
  const removed: string[] = [];
  for (const dir of [outDir, ...new Set([...regions].map((region) => path.join(outDir, region)))]) {
    // listed synchronously: every build lists each region's folder, and 250 asynchronous listings were 50 ms of a no-op
    // build (each a round trip through the thread pool) against a few ms this way
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      if ((e.isFile() || e.isSymbolicLink()) && isTempName(e.name)) {
        const file = path.join(dir, e.name);
        await removeQuietly(file);
        removed.push(file);
      }
    }
  }
  return removed;
}

export interface CommitOptions {
  /** Outputs of this build found intact on disk and not rewritten. */
  unchanged?: readonly ManifestEntry[];
  /** The manifest found in the folder: its other entries are kept while their files are intact (a partial build keeps the rest). */
  previous?: ReadonlyMap<string, ManifestEntry>;
  /** The previous manifest's modification time: its files of the right size not modified since count as intact unread (see isIntact). */
  trustBefore?: number;
  /** Entries of the previous manifest this build answers for that the project no longer makes (a full build: every region, material, language and edition; a filtered one: those its filters cover): their files are removed. */
  prune?: (entry: ManifestEntry) => boolean;
  /** The previous manifest was read whole, every entry accepted: when this build lists exactly its entries, it is not written again. */
  previousWhole?: boolean;
}

export interface Committed {
  /** The files written by this build. */
  written: ManifestEntry[];
  /** Files removed because the project no longer makes them. */
  removed: ManifestEntry[];
  /** Files the project no longer makes that were changed since drukwerk wrote them (or are gone): left alone, and no longer listed. */
  unlisted: ManifestEntry[];
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
    sha256: f.sha256 ?? sha256(f.bytes),
    inputHash,
  };
}

/** A built file written to its temporary name in the output folder, waiting to be renamed into place. */
interface StagedFile {
  entry: ManifestEntry;
  temp: string;
  target: string;
}

export interface Staging {
  /** Writes the file to a temporary name next to where it goes; after this the bytes are no longer needed. */
  stage(file: BuiltFile, inputHash: string): Promise<ManifestEntry>;
  /** Renames every staged file into place, writes the manifest and removes what the project no longer makes: the previous PDFs are replaced only now. */
  commit(options?: CommitOptions): Promise<Committed>;
  /** Removes every staged file: the output folder is left as it was. */
  discard(): Promise<void>;
}

/** Whether `file` is a file of its own (not a link) holding exactly `text`: read only when its size says it may. */
async function holdsText(file: string, text: string): Promise<boolean> {
  const info = await lstat(file).catch(() => undefined);
  if (!info?.isFile() || info.size !== Buffer.byteLength(text)) return false;
  return (await readFile(file, 'utf8').catch(() => undefined)) === text;
}

/**
 * Output written as it is built, yet all or nothing: temporary files first, renamed into place by commit(), removed by
 * discard(). Every folder written into is checked to stay inside the output folder (a link in out/ never leads a write
 * out of it). Call it holding the lock.
 */
export function createStaging(outDir: string): Staging {
  const staged: StagedFile[] = [];
  const temps = new Set<string>();
  const checked = new Map<string, Promise<boolean>>();
  const folder = (dir: string, create = true): Promise<boolean> => {
    const key = `${create}:${dir}`;
    let done = checked.get(key);
    if (!done) checked.set(key, (done = ensureDirInside(outDir, dir, say('write.place.outDir', { dir: outDir }), create)));
    return done;
  };
  const failed = (rel: string, e: unknown): OutputError => new OutputError(say('write.cannotWrite', { file: rel, outDir, why: e instanceof OutputError ? e.message : reason(e) }));
  /** A temporary file of `bytes` next to `target`, removed by discard() until it is renamed. */
  const temp = async (target: string, rel: string, bytes: Uint8Array | string): Promise<string> => {
    try {
      await folder(path.dirname(target));
      const file = await writeTemp(target, bytes);
      temps.add(file);
      return file;
    } catch (e) {
      throw failed(rel, e);
    }
  };
  const moveIntoPlace = async (from: string, to: string, rel: string): Promise<void> => {
    try {
      await rename(from, to);
      temps.delete(from);
    } catch (e) {
      throw failed(rel, e);
    }
  };
  return {
    async stage(file, inputHash) {
      // taken now: the caller may drop the file's bytes as soon as this returns its promise
      const bytes = file.bytes;
      const entry = manifestEntry(file, inputHash);
      const target = path.join(outDir, file.path);
      staged.push({ entry, temp: await temp(target, file.path, bytes), target });
      return entry;
    },
    async commit(options = {}) {
      const previous = options.previous ?? new Map<string, ManifestEntry>();
      const unchanged = options.unchanged ?? [];
      const entries = staged.map((s) => s.entry);
      // a no-op build: nothing written, and the unchanged outputs are the very entries read from a whole manifest, which
      // then says what it would say again (at 250 regions, writing its 2 MB out only to compare them was 30 ms of such a build)
      if (!entries.length && options.previousWhole && unchanged.length === previous.size && unchanged.every((e) => previous.get(e.path) === e)) return { written: [], removed: [], unlisted: [] };
      const ours = new Set([...entries.map((e) => e.path), ...unchanged.map((e) => e.path)]);
      const others = [...previous.values()].filter((e) => !ours.has(e.path));
      const intact = await mapAsync(others, (e) => isIntact(outDir, e, options.trustBefore));
      const gone = (e: ManifestEntry): boolean => options.prune?.(e) ?? false;
      const kept = others.filter((e, i) => intact[i] && !gone(e));
      const removed = others.filter((e, i) => intact[i] && gone(e));
      const unlisted = others.filter((e, i) => !intact[i] && gone(e));
      const manifest = path.join(outDir, MANIFEST_FILE);
      const text = manifestText([...kept, ...unchanged, ...entries]);
      // nothing written, nothing removed and the same list: the manifest stays as it is, and so does its time, which
      // isIntact trusts files by (a rewrite on every no-op build moved that trust forward for files nobody checked)
      if (!staged.length && !removed.length && (await holdsText(manifest, text))) return { written: [], removed, unlisted };
      // Both manifests are written before anything is replaced: a full disk stops the build here, with the previous PDFs and manifest as they were.
      let final: string;
      let interim: string | undefined;
      try {
        final = await temp(manifest, MANIFEST_FILE, text);
        // A file about to be replaced by different bytes (or removed) leaves the manifest first, so a build killed half-way never leaves a manifest that lists a file with the wrong sha256.
        if (removed.length || entries.some((e) => previous.has(e.path) && previous.get(e.path)?.sha256 !== e.sha256)) {
          const same = entries.filter((e) => previous.get(e.path)?.sha256 === e.sha256);
          interim = await temp(manifest, MANIFEST_FILE, manifestText([...kept, ...unchanged, ...same]));
        }
      } catch (e) {
        throw new OutputError(`${(e as Error).message}\n${say('write.nothingReplaced', { outDir })}`);
      }
      if (interim) await moveIntoPlace(interim, manifest, MANIFEST_FILE);
      await removeFiles(removed);
      // several at once: one after the other, a province's 1 260 renames took ~0.35 s
      await mapAsync(staged, (s) => moveIntoPlace(s.temp, s.target, s.entry.path), 16);
      await moveIntoPlace(final, manifest, MANIFEST_FILE);
      staged.length = 0;
      return { written: entries, removed, unlisted };
    },
    async discard() {
      await Promise.all([...temps].map(removeQuietly));
      temps.clear();
      staged.length = 0;
    },
  };

  /** Removes the files of `entries` (their folders checked to be inside the output folder) and the region folders that are then empty. */
  async function removeFiles(entries: readonly ManifestEntry[]): Promise<void> {
    const dirs = new Set<string>();
    for (const e of entries) {
      const file = path.join(outDir, e.path);
      const dir = path.dirname(file);
      if (!(await folder(dir, false))) continue;
      // a link in the folder goes, never what it points to
      await unlink(file).catch(() => undefined);
      dirs.add(dir);
    }
    for (const dir of dirs) {
      if (dir !== outDir && (await lstat(dir)).isDirectory()) await rmdir(dir).catch(() => undefined);
    }
  }
}
