// One laid-out item + the paint context → pdfkit drawing calls; a table from item kind to draw function. Coordinates are trim coordinates (the caller translates).
import type { IconItem, ImageItem, LineItem, PageItem, QrItem, RectItem, TextItem } from '../layout/types.js';
import { imageKey, type PreparedImage } from '../assets/prepareImage.js';
import { drawingSvg, drawSvgArtwork, drawSvgInColor } from './drawSvg.js';
import { fitImage } from '../assets/fitImage.js';
import { writeText } from './writeText.js';
import { rawImageObject, type RawImage } from './rawImages.js';
import { isPureK, setOverprint } from './overprint.js';
import type { Palette } from './palette.js';
import type { Pdf } from './pdfDocument.js';
import type { SharedFonts } from './sharedFonts.js';
import type { Edition } from '../vocabulary/edition.js';

export interface DrawContext {
  pdf: Pdf;
  edition: Edition;
  palette: Palette;
  fonts: SharedFonts;
  images: Map<string, PreparedImage>;
  svgs: Map<string, string>;
  trimWidth: number;
  trimHeight: number;
  /** Bleed in points; rectangles marked `bleed` grow into it where they touch the trim. */
  bleed: number;
  /** Images opened in this document, so one picture placed twice is embedded once. */
  opened: Map<string, unknown>;
  /** PNG pictures decoded ahead (see rawImages.ts). */
  raw: Map<string, RawImage>;
  /**
   * The fill colour and font the page's graphics state has from the text drawn so far (empty at each page's start):
   * text is drawn without save/restore and every other item inside one, so a line in the colour and font of the line
   * before sets neither again.
   */
  textState: { fill?: string; font?: string; overprint?: boolean };
}

/** Right-to-left script: Hebrew and Arabic blocks and their presentation forms. */
const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;

/** Arabic letters (and their presentation forms): shaped as one run, never given ActualText. */
const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;

/** How close (pt) to the trim a bleed rectangle's side must be to be extended. */
export const BLEED_SNAP = 0.5;

function text(ctx: DrawContext, item: TextItem): void {
  const { pdf, textState } = ctx;
  pdf.font(item.font).fontSize(item.size);
  const fill = ctx.palette.color(item.color);
  const fillKey = String(fill);
  if (textState.fill !== fillKey) pdf.fillColor(fill);
  // print: 100 % K text overprints, other text knocks out (set only when it changes: text keeps the page's state)
  const overprint = ctx.edition === 'print' && isPureK(fill);
  if (overprint !== (textState.overprint ?? false)) setOverprint(pdf, overprint);
  textState.overprint = overprint;
  const fontKey = `${item.font} ${item.size}`;
  const fontIsSet = textState.font === fontKey;
  textState.fill = fillKey;
  textState.font = fontKey;
  writeText(pdf, item.text, item.x, item.y, {
    fontIsSet,
    wordSpacing: item.wordSpacing || undefined,
    characterSpacing: item.tracking || undefined,
    ...(item.spaceAfter && !RTL.test(item.text) ? { trailingSpace: true } : {}),
    // right-to-left text is shaped as one run (shaped word by word, the words would be set in logical order)
    ...(RTL.test(item.text) ? { features: [] } : {}),
    // Arabic runs: glyphs in visual order whose ToUnicode (ligatures in visual order too, see writeText) lets pdftotext,
    // MuPDF, pdf.js and Acrobat reorder them to logical text; an ActualText there made poppler and MuPDF set the
    // logical string left to right and read it back reversed. Other right-to-left runs (brackets, dashes reversed and
    // mirrored for painting) say what they read as
    ...(ARABIC.test(item.text) ? {} : item.logical !== undefined ? { actualText: item.logical } : RTL.test(item.text) ? { actualText: item.text } : {}),
  });
}

function rect(ctx: DrawContext, item: RectItem): void {
  let { x, y, width, height } = item;
  if (item.bleed && ctx.bleed > 0) {
    const b = ctx.bleed;
    if (Math.abs(x) <= BLEED_SNAP) [x, width] = [-b, width + x + b];
    if (Math.abs(y) <= BLEED_SNAP) [y, height] = [-b, height + y + b];
    if (Math.abs(x + width - ctx.trimWidth) <= BLEED_SNAP) width = ctx.trimWidth + b - x;
    if (Math.abs(y + height - ctx.trimHeight) <= BLEED_SNAP) height = ctx.trimHeight + b - y;
  }
  const { pdf, palette } = ctx;
  if (item.radius) pdf.roundedRect(x, y, width, height, item.radius);
  else pdf.rect(x, y, width, height);
  if (item.fill !== undefined) pdf.fillColor(palette.color(item.fill));
  if (item.stroke !== undefined) pdf.strokeColor(palette.color(item.stroke)).lineWidth(item.strokeWidth ?? 0.25);
  if (item.fill !== undefined && item.stroke !== undefined) pdf.fillAndStroke();
  else if (item.fill !== undefined) pdf.fill();
  else if (item.stroke !== undefined) pdf.stroke();
}

function line(ctx: DrawContext, item: LineItem): void {
  ctx.pdf.moveTo(item.x1, item.y1).lineTo(item.x2, item.y2).lineWidth(item.width).lineCap('butt').strokeColor(ctx.palette.color(item.color)).stroke();
}

/** Dark modules as vector rectangles, one per horizontal run, filled once in the item's colour. */
function qr(ctx: DrawContext, item: QrItem): void {
  const count = item.modules.length;
  if (!count) return;
  const unit = item.size / (count + 2 * item.quietZone);
  const left = item.x + item.quietZone * unit;
  const top = item.y + item.quietZone * unit;
  let any = false;
  item.modules.forEach((row, r) => {
    for (let c = 0; c < row.length; c++) {
      if (!row[c]) continue;
      const start = c;
      while (c + 1 < row.length && row[c + 1]) c++;
      ctx.pdf.rect(left + start * unit, top + r * unit, (c - start + 1) * unit, unit);
      any = true;
    }
  });
  if (any) ctx.pdf.fillColor(ctx.palette.color(item.color)).fill('nonzero');
}

function icon(ctx: DrawContext, item: IconItem): void {
  const svg = ctx.svgs.get(item.name);
  if (svg === undefined) throw new Error(`no SVG for the icon "${item.name}"`);
  drawSvgInColor(ctx.pdf, svg, { x: item.x, y: item.y, width: item.size, height: item.size }, ctx.palette.color(item.color), ctx.edition);
}

function image(ctx: DrawContext, item: ImageItem): void {
  // mirrored about the box's vertical centre line (drawItem saves and restores the state around this)
  if (item.flip) ctx.pdf.transform(-1, 0, 0, 1, 2 * item.x + item.width, 0);
  const key = imageKey(item.src, ctx.edition, item);
  const prepared = ctx.images.get(key);
  const box = { x: item.x, y: item.y, width: item.width, height: item.height };
  const svg = prepared?.format === 'svg' ? prepared.data.toString('utf8') : prepared ? undefined : ctx.svgs.get(item.src);
  if (svg !== undefined) {
    drawingSvg(item.src, () => drawSvgArtwork(ctx.pdf, svg, box, ctx.palette.svgColor, ctx.palette.svgColorsKey, ctx.edition, item.align ?? 'center'));
    return;
  }
  if (!prepared) throw new Error(`the image "${item.src}" was not prepared for the ${ctx.edition} edition at ${item.width} × ${item.height} pt`);
  if (ctx.edition === 'print' && prepared.colorSpace === 'rgb') throw new Error(`the image "${item.src}" is RGB: the print edition takes CMYK or grey images only`);
  let opened = ctx.opened.get(key);
  if (!opened) {
    const raw = ctx.raw.get(key);
    if (prepared.format === 'png' && !raw) throw new Error(`the PNG image "${item.src}" was not decoded before painting`);
    opened = raw ? rawImageObject(ctx.pdf, raw, ctx.opened.size + 1) : (ctx.pdf as unknown as { openImage(data: Buffer): unknown }).openImage(prepared.data);
    ctx.opened.set(key, opened);
  }
  // the whole picture in its proportions (prepareImage sized it for this rectangle)
  const fitted = fitImage(box, prepared.pixelWidth, prepared.pixelHeight, item.align);
  ctx.pdf.image(opened as Buffer, fitted.x, fitted.y, { width: fitted.width, height: fitted.height });
}

/** A rule or an outline in 100 % K (and no fill in another colour). */
function overprints(ctx: DrawContext, item: PageItem): boolean {
  const k = (name: string | undefined) => name !== undefined && isPureK(ctx.palette.color(name));
  if (item.kind === 'line') return k(item.color);
  if (item.kind === 'rect') return item.stroke !== undefined && k(item.stroke) && (item.fill === undefined || k(item.fill));
  return false;
}

const DRAW: { [K in PageItem['kind']]: (ctx: DrawContext, item: Extract<PageItem, { kind: K }>) => void } = { text, rect, line, qr, icon, image };

/**
 * Draws one item inside save/restore, so colours, line widths and opacity never leak to the next item; text needs none:
 * it only sets the fill colour, which every item that fills sets for itself (see writeText).
 */
export function drawItem(ctx: DrawContext, item: PageItem): void {
  if (item.kind === 'text') return text(ctx, item);
  ctx.pdf.save();
  try {
    // print: a 100 % K rule overprints; anything else knocks out, also after text that overprinted (restored after)
    const overprint = ctx.edition === 'print' && overprints(ctx, item);
    if (overprint !== (ctx.textState.overprint ?? false)) setOverprint(ctx.pdf, overprint);
    (DRAW[item.kind] as (ctx: DrawContext, item: PageItem) => void)(ctx, item);
  } finally {
    ctx.pdf.restore();
  }
}
