// out/manifest.json ⇄ the list of PDFs in the output folder, each with what it is, its size, sha256 and input hash (one reader for every command); and the check that a listed file is still intact on disk.
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { lstat, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { outputPath, type Job } from '../variant/planJobs.js';
import { say } from '../messages/say.js';
import { byCodeUnits } from '../vocabulary/textOrder.js';
import { ID } from '../vocabulary/ids.js';

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

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

/**
 * An entry drukwerk could have written: its region, material and language are ids, its edition print or screen, and its
 * path is exactly where a build puts that file (so a path or region can never lead out of the folder), with a size and a sha256.
 */
function isEntry(v: unknown): v is ManifestEntry {
  if (typeof v !== 'object' || v === null) return false;
  const e = v as Record<string, unknown>;
  if (![e.material, e.region, e.lang].every((s) => typeof s === 'string' && ID.test(s))) return false;
  if (e.edition !== 'print' && e.edition !== 'screen') return false;
  if (e.path !== outputPath({ material: e.material, region: e.region, lang: e.lang } as Job, e.edition)) return false;
  return isCount(e.bytes) && isCount(e.pages) && typeof e.sha256 === 'string' && /^[0-9a-f]{64}$/.test(e.sha256);
}

export interface ManifestRead {
  /** The entries drukwerk could have written, by path. */
  entries: Map<string, ManifestEntry>;
  /** Why there is no usable manifest (missing, not JSON, no files list), said for the user; undefined when it was read. */
  problem?: string;
  missing?: boolean;
  /** Entries left out (index in the list and the path as given), each said by `rejectedMessage`. */
  rejected: { index: number; path: string }[];
  /**
   * Every entry was taken as written: no list item left out, none twice, nothing but the fields manifestText writes, in a
   * file that is no link. It then says what manifestText would say of these entries, up to spacing and order.
   */
  whole?: boolean;
}

/** The one reader of out/manifest.json, for every command: only entries at the paths a build writes are kept. */
export async function loadManifest(outDir: string, shownAs = path.join(outDir, MANIFEST_FILE)): Promise<ManifestRead> {
  const entries = new Map<string, ManifestEntry>();
  const rejected: ManifestRead['rejected'] = [];
  let text: string;
  try {
    text = await readFile(path.join(outDir, MANIFEST_FILE), 'utf8');
  } catch {
    return { entries, rejected, missing: true, problem: say('write.manifestMissing', { file: shownAs, outDir: path.dirname(shownAs) }) };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    return { entries, rejected, problem: say('write.manifestNotJson', { file: shownAs, why: (e as Error).message }) };
  }
  const files = (parsed as { files?: unknown } | null)?.files;
  if (!Array.isArray(files)) return { entries, rejected, problem: say('write.manifestNoFiles', { file: shownAs }) };
  let exact = Object.keys(parsed as object).length === 1;
  for (const [index, f] of files.entries()) {
    if (isEntry(f)) {
      entries.set(f.path, { ...f, inputHash: typeof f.inputHash === 'string' ? f.inputHash : '' });
      exact &&= typeof f.inputHash === 'string' && Object.keys(f).length === ENTRY_FIELDS;
    } else rejected.push({ index, path: JSON.stringify((f as { path?: unknown } | null)?.path ?? null).slice(0, 200) });
  }
  // a manifest that is a link is replaced by a file on the next commit, however it reads
  const file = await lstat(path.join(outDir, MANIFEST_FILE)).catch(() => undefined);
  return { entries, rejected, whole: exact && !rejected.length && entries.size === files.length && file?.isFile() === true };
}

/** The fields of a manifest entry, as manifestText writes them. */
const ENTRY_FIELDS = 9;

export const rejectedMessage = (shownAs: string, r: { index: number; path: string }): string => say('write.manifestEntryRejected', { file: shownAs, entry: r.index + 1, path: r.path });

/**
 * Whether the file an entry names is on disk with exactly that size and sha256. With `trustBefore` (the manifest's
 * modification time), a file of the right size last modified before the manifest was written counts as intact unread:
 * every file the manifest lists was written or checked before it (what make trusts, and what keeps a no-op build fast).
 */
export async function isIntact(outDir: string, entry: ManifestEntry, trustBefore?: number): Promise<boolean> {
  const file = path.join(outDir, entry.path);
  try {
    if (trustBefore !== undefined) {
      const trusted = intactUnread(outDir, entry, trustBefore);
      if (trusted !== undefined) return trusted;
    }
    const bytes = await readFile(file);
    return bytes.length === entry.bytes && sha256(bytes) === entry.sha256;
  } catch {
    return false;
  }
}

/**
 * isIntact's answer from the file's size and time alone (see there): true or false when they settle it, undefined when
 * the file must be read. Synchronous: a no-op build asks it of every file it lists, and each asynchronous stat was a round
 * trip through the thread pool (most of the time spent checking unchanged outputs).
 */
export function intactUnread(outDir: string, entry: ManifestEntry, trustBefore: number): boolean | undefined {
  const info = statSync(path.join(outDir, entry.path), { throwIfNoEntry: false });
  if (!info || info.size !== entry.bytes) return false;
  return info.mtimeMs < trustBefore ? true : undefined;
}

/** When the manifest in the folder was last written (ms), if there is one. */
export async function manifestTime(outDir: string): Promise<number | undefined> {
  return stat(path.join(outDir, MANIFEST_FILE)).then(
    (s) => s.mtimeMs,
    () => undefined,
  );
}

/** Runs `fn` over items with a few file operations in flight at once; the results in item order. */
export async function mapAsync<T, R>(items: readonly T[], fn: (item: T) => Promise<R>, concurrency = 8): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        // biome-ignore lint/style/noNonNullAssertion: i < items.length
        out[i] = await fn(items[i]!);
      }
    }),
  );
  return out;
}

export function manifestText(entries: Iterable<ManifestEntry>): string {
  const sorted = [...entries].sort((a, b) => byCodeUnits(a.path, b.path));
  const files = sorted.map((e) => ({
    path: e.path,
    material: e.material,
    region: e.region,
    lang: e.lang,
    edition: e.edition,
    pages: e.pages,
    bytes: e.bytes,
    sha256: e.sha256,
    inputHash: e.inputHash,
  }));
  return `${JSON.stringify({ files }, null, 2)}\n`;
}
