// LaidOutDocument + paint options → PDF bytes: the print edition (PDF/X-4, CMYK, boxes, crop marks) or the screen edition (sRGB, tagged, links, bookmarks). Same input, same bytes.
import { createHash } from 'node:crypto';
import { digest } from '../digest.js';
import { SAFE_ZONE_MM } from '../units.js';
import type { LaidOutDocument, Theme } from '../layout/types.js';
import { imageKey, type PreparedImage } from '../assets/prepareImage.js';
import type { Rgb } from '../assets/convertColors.js';
import { bufferHash } from '../assets/bufferHash.js';
import { drawItem, type DrawContext } from './drawItems.js';
import { collectSvgColors } from './drawSvg.js';
import { addDestinations, addLink, addOutline } from './links.js';
import { drawCropMarks, pageGeometry, setPageBoxes } from './pageGeometry.js';
import { buildPalette, type Palette } from './palette.js';
import { createPdfDocument, internals, pdfRaw, writeOutputIntent, type OutputIntent, type Pdf, type PdfRef } from './pdfDocument.js';
import type { SharedFonts } from './sharedFonts.js';
import { createStructureTree, untagged } from './structureTree.js';
import { uuidFromHash, xmpMetadata } from './xmpMetadata.js';
import { decodePngImages, type RawImage } from './rawImages.js';
import { pdfLanguage } from './pdfLanguage.js';
import { writeText } from './writeText.js';
import { splitAddedHyphen } from './splitAddedHyphen.js';

export type { OutputIntent };

export interface PaintOptions {
  edition: 'print' | 'screen';
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
  if (opts.edition === 'print' && !opts.outputIntent) throw new Error('the print edition needs an output intent (PDF/X-4)');
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
      if (svg !== undefined) for (const rgb of collectSvgColors(svg, opts.fonts.fontkit)) seen.set(rgb.join(','), rgb);
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
const documentHashes = new WeakMap<LaidOutDocument, string>();
function documentHash(doc: LaidOutDocument): string {
  let hash = documentHashes.get(doc);
  if (hash === undefined) documentHashes.set(doc, (hash = createHash('sha256').update(JSON.stringify(doc)).digest('hex')));
  return hash;
}

export function paintWithPalette(doc: LaidOutDocument, opts: PaintOptions, palette: Palette, raw: Map<string, RawImage> = new Map()): Buffer {
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
  const { pdf, finish } = createPdfDocument({ edition: opts.edition, info, lang: pdfLanguage(doc.lang), fonts: opts.fonts.fontkit, xmp, seed: hash });
  if (print) writeOutputIntent(pdf, opts.outputIntent!);

  const g = pageGeometry(doc.width, doc.height, opts.edition, opts.bleedMm, print && opts.cropMarks);
  const ctx: DrawContext = { pdf, edition: opts.edition, palette, fonts: opts.fonts, images: opts.images, svgs: opts.svgs, trimWidth: g.trimWidth, trimHeight: g.trimHeight, bleed: g.bleed, opened: new Map(), raw, textState: {} };
  // Latin runs in a right-to-left edition are the source's names and addresses (VDAB, Leerwinkel): Dutch
  const tree = print ? untagged : createStructureTree(pdf, doc.pages, doc.direction === 'rtl' ? { latinLang: pdfLanguage('nl') } : {});
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
    if (opts.draftMark) tree.artifact(() => drawDraftMark(pdf, opts.draftMark!, ctx));
    pdf.restore();
  }
  if (!print) addOutline(pdf, doc);
  tree.end();
  return finish();
}

const multiply = new WeakMap<Pdf, PdfRef>();

/** The draft mark: large, diagonal, light, multiplied over the page so it hides nothing, clipped to the trim. */
function drawDraftMark(pdf: Pdf, text: string, ctx: DrawContext): void {
  const { trimWidth: w, trimHeight: h } = ctx;
  // the mark in the document's own script: a label in Arabic takes the Arabic font
  const role = /[\u0600-\u06FF]/.test(text) ? 'arabicBold' : 'display';
  const font = ctx.fonts.fontkit[role];
  const perPoint = font.layout(text).advanceWidth / font.unitsPerEm;
  if (!(perPoint > 0)) return;
  // the whole rotated em box stays inside the safe zone, so the mark never trips the safe-zone check
  const angle = Math.atan2(h, w);
  const safe = (SAFE_ZONE_MM + 1) * (72 / 25.4);
  const fitsWidth = (w - 2 * safe) / (perPoint * Math.cos(angle) + Math.sin(angle));
  const fitsHeight = (h - 2 * safe) / (perPoint * Math.sin(angle) + Math.cos(angle));
  const size = Math.min(fitsWidth, fitsHeight, 0.3 * Math.min(w, h));
  let gs = multiply.get(pdf);
  if (!gs) {
    gs = internals(pdf).ref({ Type: 'ExtGState', BM: 'Multiply' });
    gs.end();
    multiply.set(pdf, gs);
  }
  internals(pdf).page.ext_gstates.DwDraft = gs;
  pdf.save();
  pdf.rect(0, 0, w, h).clip();
  pdf.addContent('/DwDraft gs');
  pdf.translate(w / 2, h / 2).rotate((-Math.atan2(h, w) * 180) / Math.PI);
  pdf.font(role).fontSize(size).fillColor(ctx.palette.draft);
  // the em box (baseline to baseline + size) is centred, as the size above assumes; Arabic is shaped as one run
  writeText(pdf, text, (-size * perPoint) / 2, size / 2, role === 'arabicBold' ? { features: [] } : {});
  pdf.restore();
}
