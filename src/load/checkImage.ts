// Image bytes as read from images/ → diagnostics for what must not reach a build: unreadable files, decompression bombs, SVGs that point outside themselves.
import { loadSharp } from './loadSharp.js';
import type { Diagnostic } from '../diagnostics.js';
import { coded } from '../messages/coded.js';
import { digest } from '../digest.js';
import type { Store } from '../world/store.js';

/** Images with more pixels are refused (decompression bombs): 100 megapixels is an A0 poster at 300 ppi and a half. */
export const MAX_IMAGE_PIXELS = 100_000_000;

/** True for SVG text (optionally after a BOM, XML declaration or comments). */
export function isSvg(input: Buffer): boolean {
  const head = input
    .subarray(0, 4096)
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart();
  return head.startsWith('<') && /<svg[\s>]/.test(head) && !head.startsWith('\x89PNG');
}

const megapixels = (n: number): number => Math.round(n / 1e5) / 10;

function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

/** Far above any logo or artwork (a detailed map is a few hundred kB of path data, a dozen levels deep). */
export const SVG_LIMITS = { depth: 100, pathData: 2 * 1024 * 1024, size: 100_000 } as const;

const SVG_MESSAGES = {
  tooDeep: () => coded('svg.tooDeep', { max: SVG_LIMITS.depth }, 'svg.tooDeepHint'),
  tooMuchPath: (n: number) => coded('svg.tooMuchPath', { kb: Math.round(n / 1024), mb: SVG_LIMITS.pathData / (1024 * 1024) }, 'svg.tooMuchPathHint'),
  badSize: (name: string, value: string) => coded('svg.badSize', { name, value: value.slice(0, 40), max: SVG_LIMITS.size }, 'svg.badSizeHint'),
} as const;

/** Depth, path data and the root's size: svg-to-pdfkit recurses per level and holds every path in memory (a 15 MB path took 3.1 GB). */
function svgBounds(text: string, at: (offset: number) => { file: string; line: number; column: number }): Diagnostic[] {
  const out: Diagnostic[] = [];
  let depth = 0;
  for (const m of text.matchAll(/<(\/?)[A-Za-z][^>]*?(\/?)>/g)) {
    if (m[1]) depth--;
    else if (!m[2] && ++depth > SVG_LIMITS.depth) {
      out.push({ severity: 'error', ...SVG_MESSAGES.tooDeep(), ...at(m.index) });
      break;
    }
  }
  let pathData = 0;
  let first = -1;
  for (const m of text.matchAll(/\s(?:d|points)\s*=\s*(["'])/g)) {
    // biome-ignore lint/style/noNonNullAssertion: group 1 is not optional, so it always matches
    const end = text.indexOf(m[1]!, m.index + m[0].length);
    pathData += (end < 0 ? text.length : end) - (m.index + m[0].length);
    if (first < 0) first = m.index + 1;
  }
  if (pathData > SVG_LIMITS.pathData) out.push({ severity: 'error', ...SVG_MESSAGES.tooMuchPath(pathData), ...at(first) });
  const root = /<svg\b[^>]*>/i.exec(text);
  if (root) {
    for (const m of root[0].matchAll(/\s(width|height|viewBox)\s*=\s*(["'])(.*?)\2/g)) {
      // biome-ignore lint/style/noNonNullAssertion: group 3 is not optional, so it always matches
      const numbers = m[3]!
        .trim()
        .replace(/(px|pt|mm|cm|in|%)$/, '')
        .split(/[\s,]+/)
        .map(Number);
      const sizes = m[1] === 'viewBox' ? numbers.slice(2) : numbers;
      const ok = numbers.every((n) => Number.isFinite(n) && Math.abs(n) <= SVG_LIMITS.size) && sizes.every((n) => n > 0) && (m[1] !== 'viewBox' || numbers.length === 4);
      // biome-ignore lint/style/noNonNullAssertion: groups 1 and 3 are not optional, so they always match
      if (!ok) out.push({ severity: 'error', ...SVG_MESSAGES.badSize(m[1]!, m[3]!), ...at(root.index + m.index + 1) });
    }
  }
  return out;
}

/** An SVG is drawn by svg-to-pdfkit, which would open any file or address an `href` names: only `#fragment` and `data:` references are allowed. */
export function checkSvg(file: string, text: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const at = (offset: number) => ({ file, ...lineColumn(text, offset) });
  const doctype = /<!(?:DOCTYPE|ENTITY)/i.exec(text);
  if (doctype) {
    diagnostics.push({ severity: 'error', ...coded('svg.doctype', {}, 'svg.doctypeHint'), ...at(doctype.index) });
  }
  for (const m of text.matchAll(/\s((?:xlink:)?href)\s*=\s*(["'])(.*?)\2/gis)) {
    // biome-ignore lint/style/noNonNullAssertion: group 3 is not optional, so it always matches
    const value = m[3]!.trim();
    if (value.startsWith('#') || /^data:/i.test(value)) continue;
    diagnostics.push({
      severity: 'error',
      ...coded('svg.outside', { value: value.slice(0, 80), attribute: m[1] }, 'svg.outsideHint'),
      ...at(m.index + 1),
    });
  }
  diagnostics.push(...svgBounds(text, at));
  const raster = /<(?:\w+:)?image[\s>/]/.exec(text);
  if (raster && !diagnostics.length) {
    diagnostics.push({ severity: 'error', ...coded('svg.raster', {}, 'svg.rasterHint'), ...at(raster.index) });
  }
  // svg-to-pdfkit sets an SVG's text in drukwerk's own font (never the logo's), as live text the print preflight then
  // checks glyph by glyph: a logo with its name in 4 pt type failed the build with dozens of errors about single letters
  const type = /<(?:\w+:)?(text|tspan|textPath)[\s>/]/.exec(text);
  if (type) diagnostics.push({ severity: 'error', ...coded('svg.text', { element: type[1] }, 'svg.textHint'), ...at(type.index) });
  return diagnostics;
}

/** Reads only the header of a raster image: its size is checked before a single pixel is decoded. */
export async function checkImage(file: string, bytes: Buffer): Promise<Diagnostic[]> {
  if (isSvg(bytes)) return checkSvg(file, bytes.toString('utf8'));
  let width: number | undefined;
  let height: number | undefined;
  // loaded outside the try: a broken installation is not a broken image
  const sharp = await loadSharp();
  try {
    // no pixel limit here: the header is read, not the pixels, and the size is reported below
    const meta = await sharp(bytes, { limitInputPixels: false }).metadata();
    width = meta.width;
    height = meta.height;
  } catch {
    return [{ severity: 'error', ...coded('image.unreadable', {}, 'image.unreadableHint'), file }];
  }
  if (!width || !height) return [{ severity: 'error', ...coded('image.noSize'), file }];
  if (width * height > MAX_IMAGE_PIXELS) {
    return [
      {
        severity: 'error',
        ...coded('image.tooLarge', { width, height, megapixels: megapixels(width * height), limit: megapixels(MAX_IMAGE_PIXELS) }, 'image.atPrintedSizeHint'),
        file,
      },
    ];
  }
  return [];
}

const isFindings = (v: unknown): v is { findings: Diagnostic[] } => {
  const findings = (v as { findings?: unknown } | null)?.findings;
  return Array.isArray(findings) && findings.every((d) => !!d && typeof d === 'object' && typeof (d as Diagnostic).message === 'string' && typeof (d as Diagnostic).severity === 'string');
};

/**
 * checkImage through the store (kind `checks`): the answer depends on nothing but the file's name and bytes (and the
 * code and sharp, which every key names), and reading a raster header meant loading sharp (~0.1–0.2 s) in every build,
 * a no-op build included.
 */
export async function checkImageCached(file: string, bytes: Buffer, store?: Store): Promise<Diagnostic[]> {
  if (!store) return checkImage(file, bytes);
  const shelf = store.shelf('checks', ['images'], isFindings, 10_000);
  const key = `${file}\0${digest('sha256', bytes, 'hex')}`;
  const stored = shelf.get(key);
  if (stored) return stored.findings;
  const findings = await checkImage(file, bytes);
  shelf.put(key, { findings });
  return findings;
}
