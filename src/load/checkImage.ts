// Image bytes as read from images/ → diagnostics for what must not reach a build: unreadable files, decompression bombs, SVGs that point outside themselves.
import { loadSharp } from './loadSharp.js';
import type { Diagnostic } from '../diagnostics.js';

/** Images with more pixels are refused (decompression bombs): 100 megapixels is an A0 poster at 300 ppi and a half. */
export const MAX_IMAGE_PIXELS = 100_000_000;

/** True for SVG text (optionally after a BOM, XML declaration or comments). */
export function isSvg(input: Buffer): boolean {
  const head = input.subarray(0, 4096).toString('utf8').replace(/^\uFEFF/, '').trimStart();
  return head.startsWith('<') && /<svg[\s>]/.test(head) && !head.startsWith('\x89PNG');
}

const megapixels = (n: number): string => `${Math.round(n / 1e5) / 10} megapixels`;

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
  tooDeep: () => `the SVG nests elements more than ${SVG_LIMITS.depth} levels deep; not drawn`,
  tooDeepHint: 'export the artwork again with groups flattened',
  tooMuchPath: (n: number) => `the SVG holds ${Math.round(n / 1024)} kB of path data; at most ${SVG_LIMITS.pathData / (1024 * 1024)} MB is drawn`,
  tooMuchPathHint: 'simplify the paths (fewer points) or place the artwork as a raster image',
  badSize: (name: string, value: string) => `the SVG's ${name}="${value.slice(0, 40)}" is not a size drukwerk can draw (a positive number up to ${SVG_LIMITS.size})`,
  badSizeHint: 'give the SVG a width, height and viewBox in ordinary numbers',
} as const;

/** Depth, path data and the root's size: svg-to-pdfkit recurses per level and holds every path in memory (a 15 MB path took 3.1 GB). */
function svgBounds(text: string, at: (offset: number) => { file: string; line: number; column: number }): Diagnostic[] {
  const out: Diagnostic[] = [];
  let depth = 0;
  for (const m of text.matchAll(/<(\/?)[A-Za-z][^>]*?(\/?)>/g)) {
    if (m[1]) depth--;
    else if (!m[2] && ++depth > SVG_LIMITS.depth) {
      out.push({ severity: 'error', message: SVG_MESSAGES.tooDeep(), ...at(m.index!), hint: SVG_MESSAGES.tooDeepHint });
      break;
    }
  }
  let pathData = 0;
  let first = -1;
  // a group of these patterns that is not optional always matches: the `!` on m[1] and m[3]
  for (const m of text.matchAll(/\s(?:d|points)\s*=\s*(["'])/g)) {
    const end = text.indexOf(m[1]!, m.index! + m[0].length);
    pathData += (end < 0 ? text.length : end) - (m.index! + m[0].length);
    if (first < 0) first = m.index! + 1;
  }
  if (pathData > SVG_LIMITS.pathData) out.push({ severity: 'error', message: SVG_MESSAGES.tooMuchPath(pathData), ...at(first), hint: SVG_MESSAGES.tooMuchPathHint });
  const root = /<svg\b[^>]*>/i.exec(text);
  if (root) {
    for (const m of root[0].matchAll(/\s(width|height|viewBox)\s*=\s*(["'])(.*?)\2/g)) {
      const numbers = m[3]!.trim().replace(/(px|pt|mm|cm|in|%)$/, '').split(/[\s,]+/).map(Number);
      const sizes = m[1] === 'viewBox' ? numbers.slice(2) : numbers;
      const ok = numbers.every((n) => Number.isFinite(n) && Math.abs(n) <= SVG_LIMITS.size) && sizes.every((n) => n > 0) && (m[1] !== 'viewBox' || numbers.length === 4);
      if (!ok) out.push({ severity: 'error', message: SVG_MESSAGES.badSize(m[1]!, m[3]!), ...at(root.index + m.index! + 1), hint: SVG_MESSAGES.badSizeHint });
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
    diagnostics.push({ severity: 'error', message: 'the SVG has a DOCTYPE or entity declarations, which drukwerk does not read', ...at(doctype.index), hint: 'export the SVG again without a DOCTYPE (plain SVG, not "SVG 1.1 with DTD")' });
  }
  for (const m of text.matchAll(/\s((?:xlink:)?href)\s*=\s*(["'])(.*?)\2/gis)) {
    const value = m[3]!.trim(); // the group is not optional: it always matches
    if (value.startsWith('#') || /^data:/i.test(value)) continue;
    diagnostics.push({
      severity: 'error',
      message: `the SVG refers to "${value.slice(0, 80)}" outside itself (${m[1]}); drukwerk reads nothing outside the project and fetches nothing from the network`,
      ...at(m.index! + 1),
      hint: 'embed what the SVG needs, or place the other image as an image of its own',
    });
  }
  diagnostics.push(...svgBounds(text, at));
  const raster = /<(?:\w+:)?image[\s>/]/.exec(text);
  if (raster && !diagnostics.length) {
    diagnostics.push({ severity: 'error', message: 'the SVG embeds a raster image, which cannot go to print', ...at(raster.index), hint: 'place the raster as an image of its own' });
  }
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
    return [{ severity: 'error', message: 'the file is not an image drukwerk can read (png, jpg, tif, webp or svg)', file, hint: 'open it in an image editor and save it again' }];
  }
  if (!width || !height) return [{ severity: 'error', message: 'the image has no size', file }];
  if (width * height > MAX_IMAGE_PIXELS) {
    return [
      {
        severity: 'error',
        message: `the image is too large: ${width} × ${height} pixels (${megapixels(width * height)}), the limit is ${megapixels(MAX_IMAGE_PIXELS)}`,
        file,
        hint: 'save the image at the size it is printed (300 ppi is enough)',
      },
    ];
  }
  return [];
}
