// Document settings (edition, metadata, fonts, output intent) → a pdfkit document that collects its bytes synchronously, writes our own XMP, has no default font, and an ID hashed from its content.
import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import { digest } from '../digest.js';
import type { FontRole } from '../vocabulary/theme.js';
import type { FontkitFont } from './sharedFonts.js';
import { embedWithGlyphIds, type GlyphIdFont } from './embedGlyphIds.js';
import { catalog, CollectingPdf, currentFont, markDeflated, newRef, type Pdf, type PdfRef } from './pdfkitInternals.js';
import { memo, memoTable } from '../world/memo.js';
import type { Edition } from '../vocabulary/edition.js';

export type { Pdf, PdfRef };

/** A value written verbatim into a PDF object (pdfkit prints objects it does not recognise with toString): e.g. the name `/False`. */
export function pdfRaw(text: string): object {
  return { [Symbol.toStringTag]: 'PdfRaw', toString: () => text };
}

/** The PDF/X output condition: the CMYK profile and how to name it. */
export interface OutputIntent {
  icc: Buffer;
  /** e.g. "FOGRA39" */
  identifier: string;
  condition: string;
  /** "http://www.color.org" */
  registryName: string;
  info: string;
}

export interface PdfSettings {
  edition: Edition;
  info: Record<string, string | Date | object>;
  lang: string;
  fonts: Record<FontRole, FontkitFont>;
  /** The complete XMP packet, written uncompressed as the catalog's /Metadata. */
  xmp: string;
  /** A right-to-left document says so (/ViewerPreferences /Direction /R2L): pages in right-to-left order, bound on the right. */
  rtl?: boolean;
  /** Content hash: seeds the font subset tags, so subsets of different documents never share a name (pdfkit would tag every file BZZZZZ+…). */
  seed: string;
}

/**
 * The six capital letters that tag a font subset's name (`ABCDEF+Inter-Regular`), from the content hash and the role:
 * the same document gets the same tags, another document other ones (pdfkit would tag every subset alike).
 */
export function subsetTag(seed: string, role: string): string {
  const bytes = createHash('sha256').update(`${seed}|${role}`).digest();
  let tag = '';
  for (let i = 0; i < 6; i++) tag += String.fromCharCode(65 + (bytes.readUInt8(i) % 26));
  return tag;
}

/**
 * Deflate level of page content: level 3 compresses a page in half the time of zlib's default (6), for content
 * streams about a fifth larger (the whole PDF ~2 % larger, measured on the synthetic province); pages are mostly text
 * operators, which compress well at any level.
 */
const PAGE_CONTENT_LEVEL = 3;

/**
 * Compressed page contents by the sha1 of their bytes. With glyph ids as codes and fixed resource names, most pages of a
 * material are the same bytes in every region (three in four pages of the synthetic province); a worker builds a
 * material's variants one after another, so the pages of the last few documents are the ones that come again. Bounded
 * above one region's pages (about 140, some 6 KB each): a watch session rebuilding a region deflates only its changed pages.
 */
const compressedPages = memoTable<Buffer>('pdf.compressedPage', 512);

function deflatePage(content: Buffer): Buffer {
  return compressedPages.get(digest('sha1', content, 'base64'), () => deflateSync(content, { level: PAGE_CONTENT_LEVEL }));
}

const MADE = Symbol('made once per document');

/**
 * `make()` once per document: objects a document shares between its pages (its graphics states) are state of that
 * document, kept with it.
 */
export function madeOnce<T>(pdf: Pdf, name: string, make: () => T): T {
  const made = ((pdf as unknown as { [MADE]?: Map<string, unknown> })[MADE] ??= new Map<string, unknown>());
  if (!made.has(name)) made.set(name, make());
  return made.get(name) as T;
}

export interface OpenPdf {
  pdf: Pdf;
  /** Ends the document and returns its bytes. */
  finish(): Buffer;
}

export function createPdfDocument(settings: PdfSettings): OpenPdf {
  const screen = settings.edition === 'screen';
  const options = {
    pdfVersion: screen ? '1.7' : '1.6',
    autoFirstPage: false,
    // null: no default font, so pdfkit never loads Helvetica
    font: null as unknown as string,
    compress: true,
    lang: settings.lang,
    tagged: screen,
    displayTitle: screen,
    info: settings.info as PDFKit.DocumentInfo,
  } satisfies PDFKit.PDFDocumentOptions;
  const pdf = new CollectingPdf(options, { xmp: settings.xmp, deflatePage });
  if (settings.rtl) {
    const root = catalog(pdf).data as { ViewerPreferences?: { data: Record<string, unknown> } };
    // a string in a pdfkit dictionary is written as a name
    if (root.ViewerPreferences) root.ViewerPreferences.data.Direction = 'R2L';
    else root.ViewerPreferences = newRef(pdf, { Direction: 'R2L' }) as unknown as { data: Record<string, unknown> };
  }
  let fontNumber = 0;
  for (const [role, font] of Object.entries(settings.fonts)) {
    pdf.registerFont(role, font as unknown as Buffer);
    // opening is cheap (a font is embedded only when a page uses it); rename before any page refers to it
    pdf.font(role);
    // the same resource name in every document, so equal pages are equal bytes (the subset's tag tells documents apart)
    const opened = currentFont<GlyphIdFont>(pdf);
    opened.id = `F${++fontNumber}`;
    embedWithGlyphIds(opened, subsetTag(settings.seed, role));
  }
  return { pdf, finish: () => pdf.finish() };
}

/** The colour space an ICC profile describes (header bytes 16–19), e.g. 'CMYK'. */
export function iccColorSpace(icc: Buffer): string {
  if (icc.length < 128 || icc.toString('latin1', 36, 40) !== 'acsp') throw new Error('the output intent profile is not an ICC profile');
  return icc.toString('latin1', 16, 20).trim();
}

/** The profile compressed, per profile buffer (a build has one or two). */
const compressedProfile = (icc: Buffer): Buffer => memo('pdf.compressedProfile', [icc], () => deflateSync(icc), 8);

export function writeOutputIntent(pdf: Pdf, intent: OutputIntent): void {
  const space = iccColorSpace(intent.icc);
  if (space !== 'CMYK') throw new Error(`the output intent profile must be a CMYK profile, not ${space}`);
  const profile = newRef(pdf, { N: 4, Alternate: 'DeviceCMYK' });
  // the profile is the same in every print PDF: compressed once per process (the same bytes pdfkit would write)
  markDeflated(profile);
  profile.end(compressedProfile(intent.icc));
  catalog(pdf).data.OutputIntents = [
    {
      Type: 'OutputIntent',
      S: 'GTS_PDFX',
      OutputConditionIdentifier: new String(intent.identifier),
      OutputCondition: new String(intent.condition),
      RegistryName: new String(intent.registryName),
      Info: new String(intent.info),
      DestOutputProfile: profile,
    },
  ];
}

/** Sets a structure element's attribute dictionary (/A); string values are written as names (pdfkit's own API has no attributes). */
export function setAttributes(element: PDFKit.PDFStructureElement, attributes: Record<string, string>): void {
  (element as unknown as { dictionary: PdfRef }).dictionary.data.A = attributes;
}
