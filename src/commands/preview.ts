// An output folder with manifest.json → PNG thumbnails of every page (out/previews/<region>/<material>-<lang>-<n>.png) and out/index.html.
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseProject } from '../load/parseProject.js';
import { readProjectFiles } from '../load/readProjectFiles.js';
import { previewPage, thumbKey, type PageThumb } from '../preview/previewPage.js';
import { renderThumbnails } from '../preview/renderThumbnails.js';
import type { ManifestEntry } from '../write/writeOutputs.js';

export const PREVIEW_DIR = 'previews';

export interface PreviewResult {
  /** index.html, relative to the output folder. */
  page: string;
  thumbnails: number;
  /** Manifest entries whose PDF is not in the output folder. */
  missing: string[];
}

export class PreviewError extends Error {}

export async function readManifest(outDir: string): Promise<ManifestEntry[]> {
  const file = path.join(outDir, 'manifest.json');
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new PreviewError(`${path.relative(process.cwd(), file) || file} does not exist: build the PDFs first (npm start, or drukwerk build --out ${path.relative(process.cwd(), outDir) || '.'})`);
  }
  const parsed = JSON.parse(text) as { files?: ManifestEntry[] };
  if (!Array.isArray(parsed.files)) throw new PreviewError(`${file} has no "files" list: build the PDFs again`);
  return parsed.files;
}

async function regionNames(root: string): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  try {
    const { files } = await readProjectFiles(root);
    for (const [id, r] of parseProject(files).project?.regions ?? []) names.set(id, r.data.name);
  } catch {
    // names are a nicety: the page falls back to the region ids
  }
  return names;
}

const exists = (file: string): Promise<boolean> => stat(file).then((s) => s.isFile(), () => false);

export interface PreviewOptions {
  root?: string;
  dpi?: number;
  log?: (line: string) => void;
  /** Render only these PDFs (manifest paths) again and keep the other thumbnails there are (drukwerk serve after a rebuild). */
  only?: ReadonlySet<string>;
}

/** The thumbnails of one PDF as an earlier run left them, or undefined when one is missing or unreadable. */
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
  const all = await readManifest(outDir);
  const missing: string[] = [];
  const files: ManifestEntry[] = [];
  for (const f of all) {
    if (await exists(path.join(outDir, f.path))) files.push(f);
    else missing.push(f.path);
  }

  if (!options.only) await rm(path.join(outDir, PREVIEW_DIR), { recursive: true, force: true });
  const thumbnails = new Map<string, PageThumb[]>();
  let count = 0;
  for (const f of files) {
    const key = thumbKey(f.region, f.material, f.lang);
    if (thumbnails.has(key)) continue;
    // The screen edition shows the page as a reader sees it (no bleed, no crop marks); the print edition when it is alone.
    const source = files.find((g) => thumbKey(g.region, g.material, g.lang) === key && g.edition === 'screen') ?? f;
    const stem = `${PREVIEW_DIR}/${f.region}/${f.material}-${f.lang}`;
    const kept = options.only && !options.only.has(source.path) ? await keptThumbnails(outDir, stem) : undefined;
    if (kept) {
      thumbnails.set(key, kept);
      count += kept.length;
      continue;
    }
    const pages = await renderThumbnails(await readFile(path.join(outDir, source.path)), options.dpi ?? 40);
    // pages beyond the new count would otherwise be shown again by a later partial run
    for (const old of (await keptThumbnails(outDir, stem)) ?? []) await rm(path.join(outDir, old.src), { force: true });
    const thumbs: PageThumb[] = [];
    for (const [i, page] of pages.entries()) {
      const rel = `${stem}-${i + 1}.png`;
      await mkdir(path.dirname(path.join(outDir, rel)), { recursive: true });
      await writeFile(path.join(outDir, rel), page.png);
      thumbs.push({ src: rel, width: page.width, height: page.height });
    }
    thumbnails.set(key, thumbs);
    count += thumbs.length;
    options.log?.(`${source.path}: ${thumbs.length} thumbnail(s)`);
  }
  const names = options.root ? await regionNames(options.root) : new Map<string, string>();
  await writeFile(path.join(outDir, 'index.html'), previewPage({ files, thumbnails, regionNames: names }));
  return { page: 'index.html', thumbnails: count, missing };
}
