// LaidOutDocument + paint options → PDF bytes: the print edition (PDF/X-4, CMYK, boxes, crop marks) or the screen edition (sRGB, tagged, links, bookmarks). Same input, same bytes.
import { createHash } from 'node:crypto';
import { digest } from '../digest.js';
import { SAFE_ZONE_MM } from '../units.js';
import type { LaidOutDocument } from '../layout/types.js';
import type { Theme } from '../vocabulary/theme.js';
import { imageKey, type PreparedImage } from '../assets/prepareImage.js';
import type { Rgb } from '../vocabulary/colour.js';
import { bufferHash } from '../assets/bufferHash.js';
import { drawItem, type DrawContext } from './drawItems.js';
import { collectSvgColors, drawingSvg } from './drawSvg.js';
import { addDestinations, addLink, addOutline } from './links.js';
import { drawCropMarks, pageGeometry, setPageBoxes } from './pageGeometry.js';
import { buildPalette, type Palette } from './palette.js';
import { createPdfDocument, madeOnce, pdfRaw, writeOutputIntent, type OutputIntent, type Pdf } from './pdfDocument.js';
import { nameGraphicsState, newRef } from './pdfkitInternals.js';
import { memo } from '../world/memo.js';
import type { SharedFonts } from './sharedFonts.js';
import { createStructureTree, untagged } from './structureTree.js';
import { uuidFromHash, xmpMetadata } from './xmpMetadata.js';
import { decodePngImages, type RawImage } from './rawImages.js';
import { pdfLanguage } from './pdfLanguage.js';
import { splitAddedHyphen } from './splitAddedHyphen.js';
import { glyphOutlines } from './glyphOutlines.js';
import type { Edition } from '../vocabulary/edition.js';

export type { OutputIntent };

export interface PaintOptions {
  edition: Edition;
  theme: Theme;
  fonts: SharedFonts;
  /** key = imageKey(src, edition, placed size) */
  images: Map<string, PreparedImage>;
  /** icon name or .svg path → SVG source text */
  svgs: Map<string, string>;
  /** print only */
  cropMarks: boolean;
  bleedMm: number;
  /** print: required */
  outputIntent?: OutputIntent;
  /** The CMYK profile that derives the screen edition's sRGB palette (defaults to outputIntent.icc; without either, a documented approximation). */
  colorProfile?: Buffer;
  creationDate: Date;
  /** Text rendered as a diagonal mark on every page when content is not final. */
  draftMark?: string;
  subject?: string;
  author?: string;
  keywords?: string[];
}

export const PRODUCER = 'drukwerk';

/** Converts the colours this document needs (one sharp call per edition), then paints synchronously. */
export async function paintDocument(doc: LaidOutDocument, opts: PaintOptions): Promise<Buffer> {
  // checked before the colours are converted
  printIntent(opts);
  if (!doc.pages.length) throw new Error(`"${doc.title}" has no pages to paint`);
  const profile = opts.edition === 'print' ? opts.outputIntent?.icc : (opts.colorProfile ?? opts.outputIntent?.icc);
  const palette = await buildPalette(opts.theme, opts.edition, profile, opts.edition === 'print' ? svgArtworkColors(doc, opts) : []);
  const keys = doc.pages.flatMap((page) => page.items.flatMap((item) => (item.kind === 'image' ? [imageKey(item.src, opts.edition, item)] : [])));
  return paintWithPalette(doc, opts, palette, await decodePngImages(opts.images, keys));
}

/** The sRGB colours of every SVG placed as an image (icons are painted in their item's colour instead). */
function svgArtworkColors(doc: LaidOutDocument, opts: PaintOptions): Rgb[] {
  const seen = new Map<string, Rgb>();
  for (const page of doc.pages) {
    for (const item of page.items) {
      if (item.kind !== 'image') continue;
      const prepared = opts.images.get(imageKey(item.src, opts.edition, item));
      const svg = prepared ? (prepared.format === 'svg' ? prepared.data.toString('utf8') : undefined) : opts.svgs.get(item.src);
      if (svg !== undefined) for (const rgb of drawingSvg(item.src, () => collectSvgColors(svg, opts.fonts.fontkit))) seen.set(rgb.join(','), rgb);
    }
  }
  return [...seen.values()];
}

/** Everything that shapes the output, hashed: the XMP document ID. */
export function contentHash(doc: LaidOutDocument, opts: PaintOptions): string {
  const sha = (data: Buffer | string): string => (typeof data === 'string' ? digest('sha256', data, 'hex') : bufferHash(data));
  const used = new Map<string, string>();
  for (const page of doc.pages) {
    for (const item of page.items) {
      if (item.kind === 'image') {
        const prepared = opts.images.get(imageKey(item.src, opts.edition, item));
        used.set(item.src, prepared ? sha(prepared.data) : sha(opts.svgs.get(item.src) ?? ''));
      }
      if (item.kind === 'icon') used.set(`icon:${item.name}`, sha(opts.svgs.get(item.name) ?? ''));
    }
  }
  const { theme, fonts, outputIntent, images: _images, svgs: _svgs, colorProfile, creationDate, ...rest } = opts;
  // the JSON of { doc, rest, … } written piece by piece, with the laid-out document as the hash of its JSON
  const fields: [string, unknown][] = [
    ['rest', rest],
    ['date', creationDate.toISOString()],
    ['colors', theme.colors],
    ['fonts', fonts.hashes],
    ['intent', outputIntent && { ...outputIntent, icc: bufferHash(outputIntent.icc) }],
    ['profile', colorProfile && bufferHash(colorProfile)],
    ['assets', [...used].sort(([a], [b]) => (a < b ? -1 : 1))],
  ];
  let json = `{"doc":${JSON.stringify(documentHash(doc))}`;
  for (const [key, value] of fields) if (value !== undefined) json += `,${JSON.stringify(key)}:${JSON.stringify(value)}`;
  return sha(`${json}}`);
}

/** The laid-out document's JSON, hashed once for both editions (the JSON itself is not kept). */
const documentHash = (doc: LaidOutDocument): string => memo('pdf.documentHash', [doc], () => createHash('sha256').update(JSON.stringify(doc)).digest('hex'), 64);

/** The output intent the print edition embeds (a print edition without one is the caller's mistake); none for the screen edition. */
function printIntent(opts: PaintOptions): OutputIntent | undefined {
  if (opts.edition !== 'print') return undefined;
  if (!opts.outputIntent) throw new Error('the print edition needs an output intent (PDF/X-4)');
  return opts.outputIntent;
}

function paintWithPalette(doc: LaidOutDocument, opts: PaintOptions, palette: Palette, raw: Map<string, RawImage> = new Map()): Buffer {
  const print = opts.edition === 'print';
  const hash = contentHash(doc, opts);
  const date = opts.creationDate;
  const info: Record<string, string | Date | object> = { Title: doc.title, Creator: PRODUCER, Producer: PRODUCER, CreationDate: date, ModDate: date };
  if (opts.author) info.Author = opts.author;
  if (opts.subject) info.Subject = opts.subject;
  if (opts.keywords?.length) info.Keywords = opts.keywords.join(', ');
  if (print) Object.assign(info, { Trapped: pdfRaw('/False'), GTS_PDFXVersion: 'PDF/X-4' });
  const xmp = xmpMetadata({
    title: doc.title,
    author: opts.author,
    subject: opts.subject,
    keywords: opts.keywords,
    lang: pdfLanguage(doc.lang),
    creatorTool: PRODUCER,
    producer: PRODUCER,
    date,
    documentId: uuidFromHash(hash),
    instanceId: uuidFromHash(createHash('sha256').update(`${hash}|${opts.edition}`).digest('hex')),
    pdfxVersion: print ? 'PDF/X-4' : undefined,
    trapped: print ? false : undefined,
    pdfuaPart: print ? undefined : 1,
  });
  const { pdf, finish } = createPdfDocument({ edition: opts.edition, info, lang: pdfLanguage(doc.lang), fonts: opts.fonts.fontkit, xmp, seed: hash, rtl: doc.direction === 'rtl' });
  const intent = printIntent(opts);
  if (intent) writeOutputIntent(pdf, intent);

  const g = pageGeometry(doc.width, doc.height, opts.edition, opts.bleedMm, print && opts.cropMarks);
  const ctx: DrawContext = {
    pdf,
    edition: opts.edition,
    palette,
    fonts: opts.fonts,
    images: opts.images,
    svgs: opts.svgs,
    trimWidth: g.trimWidth,
    trimHeight: g.trimHeight,
    bleed: g.bleed,
    opened: new Map(),
    raw,
    textState: {},
  };
  // Latin runs in a right-to-left edition are the source's names and addresses (VDAB, Leerwinkel): Dutch
  const tree = print ? untagged : createStructureTree(pdf, doc.pages, doc.direction === 'rtl' ? { latinLang: pdfLanguage('nl') } : {});
  const draft = opts.draftMark ? draftMarkOutlines(opts.draftMark, ctx) : undefined;
  for (const page of doc.pages) {
    pdf.addPage({ size: [g.mediaWidth, g.mediaHeight], margin: 0 });
    ctx.textState = {};
    setPageBoxes(pdf, g, opts.edition);
    drawCropMarks(pdf, g);
    pdf.save().translate(g.offset, g.offset);
    if (!print) addDestinations(pdf, page);
    for (const whole of page.items) {
      // a hyphen added at a line end is drawn as an artifact of its own, so the word reads whole in the tagged text
      const split = print || whole.kind !== 'text' ? undefined : splitAddedHyphen(whole, opts.fonts);
      const item = split ? split[0] : whole;
      const link = tree.mark(item, () => drawItem(ctx, item));
      if (split) tree.mark(split[1], () => drawItem(ctx, split[1]));
      if (!print && (item.kind === 'text' || item.kind === 'qr')) addLink(pdf, opts.fonts, item, link);
      // end the Link element now: pdfkit writes its OBJR with the page current when the element is flushed
      link?.end();
    }
    if (draft) tree.artifact(() => drawDraftMark(pdf, draft, ctx));
    pdf.restore();
  }
  if (!print) addOutline(pdf, doc);
  tree.end();
  return finish();
}

interface DraftMark {
  /** The glyph outlines, in font units, then how to place them: scale, rotation and the box's centre. */
  path: string;
  scale: number;
  degrees: number;
  cx: number;
  cy: number;
}

/**
 * The draft mark as glyph outlines, not text: nothing to select, copy or find ("CO", "NC"), and its real ink, not an em
 * box, is what must stay inside the safe zone. Its size is the largest at which the outlines, turned along the page's
 * diagonal, stay SAFE_ZONE_MM + 1 mm inside the trim (and at most 0.3 of the short side).
 */
function draftMarkOutlines(text: string, ctx: DrawContext): DraftMark | undefined {
  const { trimWidth: w, trimHeight: h } = ctx;
  // the mark in the document's own script: a label in Arabic takes the Arabic font
  const font = ctx.fonts.fontkit[/[\u0600-\u06FF]/.test(text) ? 'arabicBold' : 'display'];
  const { path, box } = glyphOutlines(font, text);
  if (!box) return undefined;
  const angle = Math.atan2(h, w);
  const cos = Math.cos(angle),
    sin = Math.sin(angle);
  const bw = box.x1 - box.x0,
    bh = box.y1 - box.y0;
  const safe = (SAFE_ZONE_MM + 1) * (72 / 25.4);
  const scale = Math.min((w - 2 * safe) / (bw * cos + bh * sin), (h - 2 * safe) / (bw * sin + bh * cos), (0.3 * Math.min(w, h)) / font.unitsPerEm);
  if (!(scale > 0)) return undefined;
  return { path, scale, degrees: (-angle * 180) / Math.PI, cx: (box.x0 + box.x1) / 2, cy: (box.y0 + box.y1) / 2 };
}

/** The draft mark: large, diagonal, light, multiplied over the page so it hides nothing; an artifact (a watermark) in either edition. */
function drawDraftMark(pdf: Pdf, mark: DraftMark, ctx: DrawContext): void {
  const print = ctx.edition === 'print';
  const gs = madeOnce(pdf, 'draft', () => {
    // never overprinting, whatever the text before it did
    const made = newRef(pdf, { Type: 'ExtGState', BM: 'Multiply', ...(print ? { OP: false, op: false, OPM: 0 } : {}) });
    made.end();
    return made;
  });
  nameGraphicsState(pdf, 'DwDraft', gs);
  // the print edition is not tagged: the mark says what it is itself (the screen edition's structure tree marks it)
  if (print) pdf.addContent('/Artifact <</Type /Pagination /Subtype /Watermark>> BDC');
  pdf.save();
  pdf.addContent('/DwDraft gs');
  pdf.fillColor(ctx.palette.draft);
  // onto the page's centre, along its diagonal, then font units (y up) onto our y-down page, centred on the box
  pdf.translate(ctx.trimWidth / 2, ctx.trimHeight / 2).rotate(mark.degrees);
  const s = mark.scale;
  pdf.transform(s, 0, 0, -s, -s * mark.cx, s * mark.cy);
  pdf.addContent(`${mark.path}\nf`);
  pdf.restore();
  if (print) pdf.addContent('EMC');
}
