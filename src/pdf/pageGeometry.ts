// Trim size + edition + bleed + crop marks → the page boxes (MediaBox, BleedBox, TrimBox), the offset of the trim inside the media, and the crop marks.
import { mm } from '../units.js';
import type { Edition } from '../vocabulary/edition.js';
import { pageDictionary, spotColors, type Pdf } from './pdfkitInternals.js';

/** Crop marks start this far outside the bleed… */
export const MARK_GAP_MM = 1;
/** …are this long… */
export const MARK_LENGTH_MM = 5;
/** …and this thick, in registration colour (Separation /All). */
export const MARK_WIDTH_PT = 0.25;
/** Paper kept beyond the end of the marks. */
export const SLUG_MARGIN_MM = 1;

export interface PageGeometry {
  trimWidth: number;
  trimHeight: number;
  /** Bleed in points (0 in the screen edition). */
  bleed: number;
  /** Distance from the media's left (and top) edge to the trim's. */
  offset: number;
  mediaWidth: number;
  mediaHeight: number;
  /** PDF boxes [llx lly urx ury], origin bottom-left of the media. */
  trimBox: number[];
  bleedBox: number[];
  cropMarks: boolean;
}

export function pageGeometry(width: number, height: number, edition: Edition, bleedMm: number, cropMarks: boolean): PageGeometry {
  if (edition === 'screen') {
    const box = [0, 0, width, height];
    return { trimWidth: width, trimHeight: height, bleed: 0, offset: 0, mediaWidth: width, mediaHeight: height, trimBox: box, bleedBox: box, cropMarks: false };
  }
  const bleed = mm(bleedMm);
  const offset = cropMarks ? mm(bleedMm + MARK_GAP_MM + MARK_LENGTH_MM + SLUG_MARGIN_MM) : bleed;
  return {
    trimWidth: width,
    trimHeight: height,
    bleed,
    offset,
    mediaWidth: width + 2 * offset,
    mediaHeight: height + 2 * offset,
    trimBox: [offset, offset, offset + width, offset + height],
    bleedBox: [offset - bleed, offset - bleed, offset + width + bleed, offset + height + bleed],
    cropMarks,
  };
}

/** The eight crop-mark lines in media coordinates (top-left origin, as pdfkit draws): [x1, y1, x2, y2]. */
export function cropMarkLines(g: PageGeometry): Array<[number, number, number, number]> {
  const near = g.bleed + mm(MARK_GAP_MM);
  const far = near + mm(MARK_LENGTH_MM);
  const left = g.offset;
  const right = g.offset + g.trimWidth;
  const top = g.offset;
  const bottom = g.offset + g.trimHeight;
  const lines: Array<[number, number, number, number]> = [];
  for (const y of [top, bottom]) {
    lines.push([left - far, y, left - near, y], [right + near, y, right + far, y]);
  }
  for (const x of [left, right]) {
    lines.push([x, top - far, x, top - near], [x, bottom + near, x, bottom + far]);
  }
  return lines;
}

/** Draws the crop marks in registration colour; call with the media's coordinate system (before the trim offset). */
export function drawCropMarks(pdf: Pdf, g: PageGeometry): void {
  if (!g.cropMarks) return;
  if (!spotColors(pdf).All) (pdf as unknown as { addSpotColor(name: string, c: number, m: number, y: number, k: number): void }).addSpotColor('All', 100, 100, 100, 100);
  pdf.save();
  pdf.lineWidth(MARK_WIDTH_PT).lineCap('butt');
  for (const [x1, y1, x2, y2] of cropMarkLines(g)) pdf.moveTo(x1, y1).lineTo(x2, y2);
  pdf.strokeColor('All').stroke();
  pdf.restore();
}

/** Sets TrimBox and BleedBox on the current page (print only; the screen edition has MediaBox = trim and nothing else). */
export function setPageBoxes(pdf: Pdf, g: PageGeometry, edition: Edition): void {
  if (edition !== 'print') return;
  const data = pageDictionary(pdf).data;
  data.TrimBox = g.trimBox;
  data.BleedBox = g.bleedBox;
}
