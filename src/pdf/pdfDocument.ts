// Document settings (edition, metadata, fonts, output intent) → a pdfkit document that collects its bytes synchronously, writes our own XMP, has no default font, and an ID hashed from its content.
import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import { digest } from '../digest.js';
import PDFDocument from 'pdfkit';
import type { FontRole } from '../vocabulary/theme.js';
import type { FontkitFont } from './sharedFonts.js';
import { embedWithGlyphIds, type GlyphIdFont } from './embedGlyphIds.js';
import { markDeflated } from './markDeflated.js';
import { recentValues } from '../world/recentValues.js';
import type { Edition } from '../vocabulary/edition.js';

/** The parts of pdfkit's internals drukwerk touches (not in @types/pdfkit). */
export interface PdfRef {
  data: Record<string, unknown>;
  compress: boolean;
  write(chunk: Uint8Array | string): void;
  end(chunk?: Uint8Array | string): void;
}
export interface PdfInternals {
  _root: PdfRef;
  page: { dictionary: PdfRef; annotations: unknown[]; ext_gstates: Record<string, PdfRef>; height: number; width: number };
  ref(data?: unknown): PdfRef;
}
export type Pdf = PDFKit.PDFDocument;
export const internals = (pdf: Pdf): PdfInternals => pdf as unknown as PdfInternals;

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
  for (let i = 0; i < 6; i++) tag += String.fromCharCode(65 + (bytes[i]! % 26));
  return tag;
}

const base = PDFDocument.prototype as unknown as { _finalize(this: unknown): void };

/** The parts of pdfkit's PDFReference that collect a stream's data. */
interface StreamRef {
  write(chunk: Uint8Array | string): void;
  finalize(): void;
  buffer: Uint8Array[];
  compress: boolean;
}

/**
 * Deflate level of page content: level 3 compresses a page in half the time of zlib's default (6), for content
 * streams about a fifth larger (the whole PDF ~2 % larger, measured on the synthetic province); pages are mostly text
 * operators, which compress well at any level.
 */
const PAGE_CONTENT_LEVEL = 3;

/**
 * pdfkit turns every string written to a stream into its own byte array, char by char; a page's content is thousands of
 * such writes. They are collected as text and turned into bytes once (Buffer's latin1 keeps the low byte of each
 * character, as pdfkit does), before any bytes written in between and before the stream is finished, which compresses
 * them at PAGE_CONTENT_LEVEL.
 */
function collectPageContent(ref: StreamRef): void {
  const write = ref.write;
  const finalize = ref.finalize;
  let text: string[] = [];
  const flush = (): void => {
    if (text.length === 0) return;
    const bytes = Buffer.from(text.join(''), 'latin1');
    text = [];
    write.call(ref, bytes);
  };
  ref.write = (chunk) => {
    if (typeof chunk === 'string') text.push(chunk, '\n');
    else {
      flush();
      write.call(ref, chunk);
    }
  };
  ref.finalize = () => {
    flush();
    if (ref.compress && ref.buffer.length > 0) {
      // compressed here at our level; pdfkit then writes it as it is (Length, then the Filter its writes already set)
      ref.buffer = [deflatePage(Buffer.concat(ref.buffer))];
      ref.compress = false;
    }
    finalize.call(ref);
  };
}

/**
 * Compressed page contents by the sha1 of their bytes. With glyph ids as codes and fixed resource names, most pages of a
 * material are the same bytes in every region (three in four pages of the synthetic province); a worker builds a
 * material's variants one after another, so the pages of the last few documents are the ones that come again.
 */
const compressedPages = recentValues<Buffer>(32);

function deflatePage(content: Buffer): Buffer {
  return compressedPages.remember(digest('sha1', content, 'base64'), () => deflateSync(content, { level: PAGE_CONTENT_LEVEL }));
}

class CollectingPdf extends PDFDocument {
  declare chunks: Uint8Array[] | undefined;
  declare xmp: string;
  declare _id: Uint8Array;
  declare page: PDFKit.PDFPage & { content: StreamRef };
  declare _offset: number;
  /** Text written since the last bytes, turned into bytes by flushText (pdfkit's constructor writes before fields are set). */
  declare pendingText: string[] | undefined;

  override addPage(options?: PDFKit.PDFDocumentOptions): this {
    super.addPage(options);
    collectPageContent(this.page.content);
    return this;
  }

  /** pdfkit's _write, with strings collected and turned into bytes together (see collectPageContent); offsets count bytes as before. */
  _write(data: Uint8Array | string): void {
    if (typeof data === 'string') {
      const line = `${data}\n`;
      (this.pendingText ??= []).push(line);
      this._offset += line.length;
    } else {
      this.flushText();
      (this.chunks ??= []).push(data);
      this._offset += data.length;
    }
  }

  flushText(): void {
    if (!this.pendingText?.length) return;
    (this.chunks ??= []).push(Buffer.from(this.pendingText.join(''), 'latin1'));
    this.pendingText = [];
  }

  /** pdfkit is a Readable stream; keeping the chunks ourselves makes painting synchronous. */
  override push(chunk: unknown): boolean {
    if (chunk !== null && chunk !== undefined) (this.chunks ??= []).push(chunk as Uint8Array);
    return true;
  }

  /** Replaces pdfkit's XMP (which does not escape the title) with ours. */
  override endMetadata(): void {
    const ref = internals(this).ref({ Type: 'Metadata', Subtype: 'XML' });
    ref.compress = false;
    ref.end(Buffer.from(this.xmp, 'utf8'));
    internals(this)._root.data.Metadata = ref;
  }

  /**
   * pdfkit derives the ID from the date; ours is a digest of every byte before the trailer: same input, same ID; other
   * content, other ID. SHA-1 cut to the 16 bytes an ID has: about as fast as MD5 without the CPU's SHA instructions, 2.4×
   * faster with them (1.8 GB/s against 0.74 on the build machine).
   */
  _finalize(): void {
    this.flushText();
    const hash = createHash('sha1');
    for (const chunk of this.chunks ?? []) hash.update(chunk);
    this._id = hash.digest().subarray(0, 16);
    base._finalize.call(this);
  }
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
  const pdf = new CollectingPdf(options);
  pdf.xmp = settings.xmp;
  if (settings.rtl) {
    const root = internals(pdf)._root.data as { ViewerPreferences?: { data: Record<string, unknown> } };
    // a string in a pdfkit dictionary is written as a name
    if (root.ViewerPreferences) root.ViewerPreferences.data.Direction = 'R2L';
    else root.ViewerPreferences = internals(pdf).ref({ Direction: 'R2L' }) as unknown as { data: Record<string, unknown> };
  }
  const current = pdf as unknown as { _font: { id: string } | null };
  let fontNumber = 0;
  for (const [role, font] of Object.entries(settings.fonts)) {
    pdf.registerFont(role, font as unknown as Buffer);
    // opening is cheap (a font is embedded only when a page uses it); rename before any page refers to it
    pdf.font(role);
    // the same resource name in every document, so equal pages are equal bytes (the subset's tag tells documents apart)
    current._font!.id = `F${++fontNumber}`;
    embedWithGlyphIds(current._font as unknown as GlyphIdFont, subsetTag(settings.seed, role));
  }
  return {
    pdf,
    finish(): Buffer {
      pdf.end();
      pdf.flushText();
      const bytes = Buffer.concat(pdf.chunks ?? []);
      if (!bytes.subarray(-8).toString('latin1').includes('%%EOF')) throw new Error('pdfkit did not finish the document: an object was left open');
      return bytes;
    },
  };
}

/** The colour space an ICC profile describes (header bytes 16–19), e.g. 'CMYK'. */
export function iccColorSpace(icc: Buffer): string {
  if (icc.length < 128 || icc.toString('latin1', 36, 40) !== 'acsp') throw new Error('the output intent profile is not an ICC profile');
  return icc.toString('latin1', 16, 20).trim();
}

const compressedProfiles = new WeakMap<Buffer, Buffer>();
function compressedProfile(icc: Buffer): Buffer {
  let compressed = compressedProfiles.get(icc);
  if (!compressed) compressedProfiles.set(icc, (compressed = deflateSync(icc)));
  return compressed;
}

export function writeOutputIntent(pdf: Pdf, intent: OutputIntent): void {
  const space = iccColorSpace(intent.icc);
  if (space !== 'CMYK') throw new Error(`the output intent profile must be a CMYK profile, not ${space}`);
  const profile = internals(pdf).ref({ N: 4, Alternate: 'DeviceCMYK' });
  // the profile is the same in every print PDF: compressed once per process (the same bytes pdfkit would write)
  markDeflated(profile);
  profile.end(compressedProfile(intent.icc));
  internals(pdf)._root.data.OutputIntents = [
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
