// An output folder with manifest.json → PNG thumbnails of every page (out/previews/<region>/<material>-<lang>-<n>.png) and out/index.html.
import { readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseProject } from '../load/parseProject.js';
import { readProjectFiles } from '../load/readProjectFiles.js';
import { previewPage, PREVIEW_PAGE, thumbKey, type PageThumb } from '../preview/previewPage.js';
import { renderThumbnails } from '../preview/renderThumbnails.js';
import { loadManifest, rejectedMessage, type ManifestEntry } from '../write/manifest.js';
import { OutputError } from '../write/outputError.js';
import { reason } from '../messages/reason.js';
import { writeFileAtomic } from '../write/safeFile.js';
import { ensureDirInside } from '../write/safePath.js';
import { isInside } from '../world/isInside.js';
import { cacheDirProblem } from '../world/storeFolder.js';
import { say } from '../messages/say.js';
import { openStore } from '../world/store.js';

export const PREVIEW_DIR = 'previews';

export interface PreviewResult {
  /** index.html, relative to the output folder. */
  page: string;
  thumbnails: number;
  /** Manifest entries whose PDF is not in the output folder. */
  missing: string[];
  /** What the user should know: entries of the manifest left out, PDFs that could not be rendered. */
  warnings: string[];
}

/** No manifest to preview: a message for the person who ran the command. */
export class PreviewError extends Error {}

async function regionNames(root: string): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  // loading writes the store of parsed files: never through a .cache that leads out of the project
  if (cacheDirProblem(root)) return names;
  try {
    const { files } = await readProjectFiles(root);
    const store = openStore(root);
    for (const [id, r] of parseProject(files, store).project?.regions ?? []) names.set(id, r.data.name);
    store.save();
  } catch {
    // names are a nicety: the page falls back to the region ids
  }
  return names;
}

/** A listed PDF that is a file in its region folder, reached without leaving the output folder. */
async function isThere(outDir: string, file: string): Promise<boolean> {
  try {
    if (!(await ensureDirInside(outDir, path.dirname(file), say('write.place.outDir', { dir: outDir }), false))) return false;
  } catch {
    return false;
  }
  return stat(file).then(
    (s) => s.isFile(),
    () => false,
  );
}

/**
 * Thumbnails and index.html of the PDFs the manifest lists, written inside the output folder only. `shownAs` is how the
 * output folder is named in messages; with `root`, an output folder inside the project must stay inside it (links followed).
 */
export interface PreviewOptions {
  root?: string;
  dpi?: number;
  log?: (line: string) => void;
  /** Render only these PDFs (manifest paths) again and keep the other thumbnails there are (drukwerk serve after a rebuild). */
  only?: ReadonlySet<string>;
  /** How the output folder is named in messages (as the user gave it). */
  shownAs?: string;
}

/** The thumbnails of one PDF as an earlier run left them, or undefined when one is missing or unreadable. Its folder must have been checked. */
async function keptThumbnails(outDir: string, stem: string): Promise<PageThumb[] | undefined> {
  const thumbs: PageThumb[] = [];
  for (let n = 1; ; n++) {
    const rel = `${stem}-${n}.png`;
    const head = await readFile(path.join(outDir, rel)).catch(() => undefined);
    if (!head) return thumbs.length ? thumbs : undefined;
    // a PNG's IHDR: width and height as big-endian words at bytes 16 and 20
    if (head.length < 24 || head.toString('latin1', 12, 16) !== 'IHDR') return undefined;
    thumbs.push({ src: rel, width: head.readUInt32BE(16), height: head.readUInt32BE(20) });
  }
}

export async function writePreviews(outDir: string, options: PreviewOptions = {}): Promise<PreviewResult> {
  const shownAs = options.shownAs ?? outDir;
  const label = say('write.place.outDir', { dir: shownAs });
  if (options.root && isInside(options.root, outDir)) await ensureDirInside(options.root, outDir, say('write.place.project', { root: options.root }), false);
  const manifestShown = path.join(shownAs, 'manifest.json');
  const read = await loadManifest(outDir, manifestShown);
  // no manifest: the command was run too early (a usage error); a damaged one: an error in the folder
  if (read.problem) throw read.missing ? new PreviewError(read.problem) : new OutputError(read.problem);
  const warnings = read.rejected.map((r) => rejectedMessage(manifestShown, r));
  const missing: string[] = [];
  const files: ManifestEntry[] = [];
  for (const f of read.entries.values()) {
    if (await isThere(outDir, path.join(outDir, f.path))) files.push(f);
    else missing.push(f.path);
  }

  // a link at previews/ goes, never what it points to
  if (!options.only) await rm(path.join(outDir, PREVIEW_DIR), { recursive: true, force: true });
  const thumbnails = new Map<string, PageThumb[]>();
  let count = 0;
  for (const f of files) {
    const key = thumbKey(f.region, f.material, f.lang);
    if (thumbnails.has(key)) continue;
    // The screen edition shows the page as a reader sees it (no bleed, no crop marks); the print edition when it is alone.
    const source = files.find((g) => thumbKey(g.region, g.material, g.lang) === key && g.edition === 'screen') ?? f;
    // region, material and language are ids (the manifest reader checks them): the path stays in previews/, whose folders are checked before anything there is read, removed or written
    const stem = `${PREVIEW_DIR}/${f.region}/${f.material}-${f.lang}`;
    await ensureDirInside(outDir, path.join(outDir, PREVIEW_DIR, f.region), label);
    const kept = options.only && !options.only.has(source.path) ? await keptThumbnails(outDir, stem) : undefined;
    if (kept) {
      thumbnails.set(key, kept);
      count += kept.length;
      continue;
    }
    let pages;
    try {
      pages = await renderThumbnails(await readFile(path.join(outDir, source.path)), options.dpi ?? 40);
    } catch (e) {
      warnings.push(say('preview.unreadable', { file: path.join(shownAs, source.path), why: reason(e) }));
      continue;
    }
    // pages beyond the new count would otherwise be shown again by a later partial run
    for (const old of (await keptThumbnails(outDir, stem)) ?? []) await rm(path.join(outDir, old.src), { force: true });
    const thumbs: PageThumb[] = [];
    for (const [i, page] of pages.entries()) {
      const rel = `${stem}-${i + 1}.png`;
      await writeOutput(path.join(outDir, rel), page.png, shownAs, rel);
      thumbs.push({ src: rel, width: page.width, height: page.height });
    }
    thumbnails.set(key, thumbs);
    count += thumbs.length;
    options.log?.(say('preview.thumbnails', { file: source.path, count: thumbs.length }));
  }
  const shown = files.filter((f) => thumbnails.has(thumbKey(f.region, f.material, f.lang)));
  const names = options.root ? await regionNames(options.root) : new Map<string, string>();
  await writeOutput(path.join(outDir, PREVIEW_PAGE), previewPage({ files: shown, thumbnails, regionNames: names }), shownAs, PREVIEW_PAGE);
  return { page: PREVIEW_PAGE, thumbnails: count, missing, warnings };
}

async function writeOutput(file: string, bytes: Uint8Array | string, shownAs: string, rel: string): Promise<void> {
  try {
    await writeFileAtomic(file, bytes);
  } catch (e) {
    throw new OutputError(say('write.cannotWrite', { file: rel, outDir: shownAs, why: reason(e) }));
  }
}
