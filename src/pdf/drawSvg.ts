// SVG text + a box + a colour mapping → vectors on the current page (svg-to-pdfkit), with no RGB left in print: colours mapped, groups in CMYK, no links, no raster.
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import type { Rgb } from '../vocabulary/colour.js';
import type { FontkitFont } from './sharedFonts.js';
import type { PdfColor } from './palette.js';
import type { Edition } from '../vocabulary/edition.js';
import { editNewObjects, filterOpacity, objectCount, pageResources, type Pdf } from './pdfkitInternals.js';
import { memo, memoTable } from '../world/memo.js';

type SvgColor = [number[], number];
interface SvgOptions {
  width: number;
  height: number;
  assumePt: boolean;
  preserveAspectRatio: string;
  colorCallback: (color: SvgColor | undefined) => SvgColor | undefined;
  fontCallback: (family: string, bold: boolean, italic: boolean) => string;
  warningCallback: (message: string) => void;
}
const SVGtoPDF = createRequire(import.meta.url)('svg-to-pdfkit') as (pdf: Pdf, svg: string, x: number, y: number, options: SvgOptions) => void;

export interface SvgBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** An SVG the checks accepted that svg-to-pdfkit or pdfkit still could not draw: an error naming the file, not a bug in drukwerk. */
export class SvgDrawFailed extends Error {
  constructor(
    readonly src: string,
    readonly detail: string,
  ) {
    super(`the SVG "${src}" could not be drawn: ${detail}`);
    this.name = 'SvgDrawFailed';
  }
}

/** Runs `draw`, turning whatever svg-to-pdfkit or pdfkit throws on the SVG `src` into SvgDrawFailed. */
export function drawingSvg<T>(src: string, draw: () => T): T {
  try {
    return draw();
  } catch (e) {
    if (e instanceof SvgDrawFailed) throw e;
    const detail = e instanceof RangeError ? 'it nests or repeats too much' : ((e as Error | undefined)?.message ?? String(e));
    throw new SvgDrawFailed(src, detail.slice(0, 160));
  }
}

/** Maps each sRGB colour the SVG asks for to the colour to paint. */
export type SvgColorMap = (rgb: Rgb) => PdfColor;

/** Draws `svg` into `box` (aspect ratio kept, centred vertically, across by `align`). In print every colour goes through `map`, transparency groups are blended in CMYK and links are dropped. */
export function drawSvg(pdf: Pdf, svg: string, box: SvgBox, map: SvgColorMap, edition: Edition, align: 'left' | 'center' | 'right' = 'center'): void {
  // svg-to-pdfkit leaves currentColor unresolved (no stroke at all) unless a colour is set: browsers default it to black
  let source = svg.replace(/currentColor/g, 'black');
  if (edition === 'print') {
    if (/<(?:\w+:)?image[\s>/]/.test(svg)) throw new Error('an SVG with an embedded raster image cannot go to print: place the raster as an image of its own');
    // links do not belong in print: <a> becomes a plain group
    source = source.replace(/<a(\s[^>]*)?>/g, '<g>').replace(/<\/a\s*>/g, '</g>');
  }
  // svg-to-pdfkit hard-codes /CS /DeviceRGB on its transparency groups (opacity, clip paths, masks)
  const restore =
    edition === 'print'
      ? editNewObjects(pdf, (data) => {
          const group = (data as { Group?: { CS?: string } } | undefined)?.Group;
          if (group?.CS === 'DeviceRGB') group.CS = 'DeviceCMYK';
          const mask = (data as { SMask?: { BC?: number[] } } | undefined)?.SMask;
          if (mask?.BC?.length === 3) mask.BC = mask.BC[0] === 0 ? [0, 0, 0, 1] : [0, 0, 0, 0];
        })
      : undefined;
  try {
    SVGtoPDF(pdf, source, box.x, box.y, {
      width: box.width,
      height: box.height,
      assumePt: true,
      preserveAspectRatio: `${align === 'left' ? 'xMin' : align === 'right' ? 'xMax' : 'xMid'}YMid meet`,
      colorCallback: (color) => (color ? [map(color[0] as Rgb), color[1]] : color),
      fontCallback: (_family, bold, italic) => (bold ? (italic ? 'boldItalic' : 'bold') : italic ? 'italic' : 'regular'),
      warningCallback: () => {
        // unsupported SVG features are skipped; the artwork is checked visually
      },
    });
  } finally {
    restore?.();
  }
}

interface ContentHost {
  addContent(data: string): unknown;
}

/** Objects and named resources in the document so far: drawing that adds none writes operators only, which can be replayed. */
function resourceCount(pdf: Pdf): number {
  let count = objectCount(pdf);
  for (const value of Object.values(pageResources(pdf).data)) if (value && typeof value === 'object' && !Array.isArray(value)) count += Object.keys(value).length;
  return count;
}

/** Operators of SVGs drawn at the origin, by SVG, size, colour and edition; null when drawing one adds resources (it is then drawn each time). */
const recorded = memoTable<string[] | null>('pdf.svgOperators', 2_000);

/** Draws, and returns the operators it wrote when they can be replayed (it named no new object or resource), else null. */
function recordDrawing(pdf: Pdf, draw: () => void): string[] | null {
  const state = pdf as unknown as ContentHost;
  const before = resourceCount(pdf);
  const captured: string[] = [];
  let replayable = true;
  const addContent = state.addContent;
  state.addContent = function (this: unknown, data: string) {
    captured.push(data);
    return addContent.call(this, data);
  };
  // svg-to-pdfkit sets the opacity of every fill and stroke, 1 included, each time naming an ExtGState; full opacity is what
  // an item starts with (drawItem saves the state), so until something is translucent it is skipped and the operators replay
  const restoreOpacity = filterOpacity(pdf, (fill, stroke) => {
    if (replayable && (fill ?? 1) === 1 && (stroke ?? 1) === 1) return false;
    replayable = false;
    return true;
  });
  try {
    draw();
  } finally {
    delete (state as Partial<ContentHost>).addContent;
    restoreOpacity();
  }
  return replayable && resourceCount(pdf) === before ? captured : null;
}

/** Runs `draw`, or replays the operators it wrote the first time for the same key when they can be replayed. */
function drawRecorded(pdf: Pdf, key: string, draw: () => void): void {
  let drawn = false;
  const ops = recorded.get(key, () => {
    drawn = true;
    return recordDrawing(pdf, draw);
  });
  if (drawn) return;
  if (ops) for (const op of ops) pdf.addContent(op);
  // drawn as the first time was (full opacity skipped until something is translucent), so no document's bytes depend on
  // whether it was the first in its process to draw this
  else recordDrawing(pdf, draw);
}

/** drawSvg in one colour, placed by a translation: the operators of the same SVG in the same size and colour are recorded once per process and replayed. */
export function drawSvgInColor(pdf: Pdf, svg: string, box: SvgBox, color: PdfColor, edition: Edition): void {
  pdf.save();
  pdf.translate(box.x, box.y);
  drawRecorded(pdf, `${edition}|${box.width}|${box.height}|${JSON.stringify(color)}|${svg}`, () => drawSvg(pdf, svg, { x: 0, y: 0, width: box.width, height: box.height }, () => color, edition));
  pdf.restore();
}

/**
 * drawSvg of artwork: the same SVG in the same box, with its colours mapped alike (`mapKey`, the palette's svgColorsKey),
 * writes the same operators in every document, so they are recorded once per process and replayed.
 */
export function drawSvgArtwork(pdf: Pdf, svg: string, box: SvgBox, map: SvgColorMap, mapKey: string, edition: Edition, align: 'left' | 'center' | 'right'): void {
  drawRecorded(pdf, `${edition}|${box.x}|${box.y}|${box.width}|${box.height}|${align}|${mapKey}|${svg}`, () => drawSvg(pdf, svg, box, map, edition, align));
}

/** Every sRGB colour svg-to-pdfkit will ask for when drawing `svg`, found by drawing it once on a scratch document (once per SVG and fonts). */
export function collectSvgColors(svg: string, fonts: Record<string, FontkitFont>): Rgb[] {
  return memo('pdf.svgColors', [svg, fonts], () => scratchSvgColors(svg, fonts), 256);
}

function scratchSvgColors(svg: string, fonts: Record<string, FontkitFont>): Rgb[] {
  const scratch = new PDFDocument({ autoFirstPage: false, font: null as unknown as string, compress: false });
  for (const [role, font] of Object.entries(fonts)) scratch.registerFont(role, font as unknown as Buffer);
  scratch.addPage({ size: [100, 100], margin: 0 });
  const seen = new Map<string, Rgb>();
  const record: SvgColorMap = (rgb) => {
    seen.set(rgb.join(','), [rgb[0], rgb[1], rgb[2]]);
    return [0, 0, 0, 100];
  };
  drawSvg(scratch, svg, { x: 0, y: 0, width: 100, height: 100 }, record, 'print');
  return [...seen.values()];
}
