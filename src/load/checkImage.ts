// Image bytes as read from images/ → diagnostics for what must not reach a build: unreadable files, decompression bombs, SVGs that point outside themselves.
import { loadSharp } from '../assets/loadSharp.js';
import type { Diagnostic } from '../diagnostics.js';
import { isSvg, MAX_IMAGE_PIXELS } from '../assets/prepareImage.js';

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

/** An SVG is drawn by svg-to-pdfkit, which would open any file or address an `href` names: only `#fragment` and `data:` references are allowed. */
export function checkSvg(file: string, text: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const at = (offset: number) => ({ file, ...lineColumn(text, offset) });
  const doctype = /<!(?:DOCTYPE|ENTITY)/i.exec(text);
  if (doctype) {
    diagnostics.push({ severity: 'error', message: 'the SVG has a DOCTYPE or entity declarations, which drukwerk does not read', ...at(doctype.index), hint: 'export the SVG again without a DOCTYPE (plain SVG, not "SVG 1.1 with DTD")' });
  }
  for (const m of text.matchAll(/\s((?:xlink:)?href)\s*=\s*(["'])(.*?)\2/gis)) {
    const value = m[3].trim();
    if (value.startsWith('#') || /^data:/i.test(value)) continue;
    diagnostics.push({
      severity: 'error',
      message: `the SVG refers to "${value.slice(0, 80)}" outside itself (${m[1]}); drukwerk reads nothing outside the project and fetches nothing from the network`,
      ...at(m.index! + 1),
      hint: 'embed what the SVG needs, or place the other image as an image of its own',
    });
  }
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
