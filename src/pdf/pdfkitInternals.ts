// pdfkit's and fontkit's private members → small typed functions: the one file that reaches into them (tests/pdf/pdfkitInternals.test.ts checks each on a real document, so an update that changes them fails there, by name).
import { createHash } from 'node:crypto';
import PDFDocument from 'pdfkit';

export type Pdf = PDFKit.PDFDocument;

/** pdfkit's PDFReference: an indirect object, a stream once data is written to it. */
export interface PdfRef {
  data: Record<string, unknown>;
  compress: boolean;
  write(chunk: Uint8Array | string): void;
  end(chunk?: Uint8Array | string): void;
}

/** A page's content stream, as pdfkit collects it. */
interface StreamRef {
  write(chunk: Uint8Array | string): void;
  finalize(): void;
  buffer: Uint8Array[];
  compress: boolean;
}

interface PdfPage {
  dictionary: PdfRef;
  resources: PdfRef;
  ext_gstates: Record<string, PdfRef>;
  fonts: Record<string, unknown>;
  content: StreamRef;
}

/** The members of pdfkit's PDFDocument that @types/pdfkit leaves out and drukwerk uses. */
interface Internals {
  _root: PdfRef;
  _font: unknown;
  _fontSize: number;
  _offsets: unknown[];
  _offset: number;
  _id: Uint8Array;
  _write(data: Uint8Array | string): void;
  _finalize(): void;
  _doOpacity(fill?: number, stroke?: number): unknown;
  page: PdfPage;
  spotColors: Record<string, unknown>;
  ref(data?: unknown): PdfRef;
}
const internals = (pdf: Pdf): Internals => pdf as unknown as Internals;

/** Names of the private members used here: the adapter test checks each on a real document. */
export const PRIVATE_MEMBERS = ['_root', '_font', '_fontSize', '_offsets', '_offset', '_id', '_write', '_finalize', '_doOpacity'] as const;

/** A new indirect object (ended by the caller). */
export const newRef = (pdf: Pdf, data?: unknown): PdfRef => internals(pdf).ref(data);

/** The document catalog (/Root). */
export const catalog = (pdf: Pdf): PdfRef => internals(pdf)._root;

/** The page objects so far, in page order (the catalog's /Pages /Kids). */
export const pageRefs = (pdf: Pdf): unknown[] => (internals(pdf)._root.data.Pages as { data: { Kids: unknown[] } }).data.Kids;

/** The current page's dictionary (boxes are set here). */
export const pageDictionary = (pdf: Pdf): PdfRef => internals(pdf).page.dictionary;

/** The current page's resource dictionary. */
export const pageResources = (pdf: Pdf): PdfRef => internals(pdf).page.resources;

/** Names a graphics state on the current page, so its content may set it with `/name gs`. */
export function nameGraphicsState(pdf: Pdf, name: string, state: PdfRef): void {
  internals(pdf).page.ext_gstates[name] = state;
}

/** The current page's fonts by resource name (a font drawn on the page must be there). */
export const pageFonts = (pdf: Pdf): Record<string, unknown> => internals(pdf).page.fonts;

/** The spot colours the document defined (`addSpotColor`), by name. */
export const spotColors = (pdf: Pdf): Record<string, unknown> => internals(pdf).spotColors;

/** The font `pdf.font()` chose last: pdfkit's EmbeddedFont (shape checked by the adapter test), null before any. */
export const currentFont = <F>(pdf: Pdf): F => internals(pdf)._font as F;

/** The size `pdf.fontSize()` set last. */
export const currentFontSize = (pdf: Pdf): number => internals(pdf)._fontSize;

/** Indirect objects made so far. */
export const objectCount = (pdf: Pdf): number => internals(pdf)._offsets.length;

/**
 * Routes pdfkit's opacity setting (every fill and stroke of svg-to-pdfkit) through `decide` until the returned function
 * is called: `decide` returns true to let pdfkit set it (it names an ExtGState), false to skip it.
 */
export function filterOpacity(pdf: Pdf, decide: (fill: number | undefined, stroke: number | undefined) => boolean): () => void {
  const state = internals(pdf);
  const doOpacity = state._doOpacity;
  state._doOpacity = function (this: unknown, fill?: number, stroke?: number) {
    if (decide(fill, stroke)) return doOpacity.call(this, fill, stroke);
    return undefined;
  };
  return () => {
    delete (state as Partial<Internals>)._doOpacity;
  };
}

/** Lets `edit` change the data of every object the document makes until the returned function is called. */
export function editNewObjects(pdf: Pdf, edit: (data: unknown) => void): () => void {
  const host = internals(pdf);
  const ref = host.ref;
  Object.defineProperty(host, 'ref', {
    configurable: true,
    value(this: unknown, data?: unknown) {
      edit(data);
      return ref.call(this, data);
    },
  });
  return () => {
    delete (host as Partial<Internals>).ref;
  };
}

/**
 * Marks a stream object as holding bytes deflated already, so pdfkit writes them as they are: its dictionary as pdfkit
 * writes it for a stream it compresses itself (Length, then Filter).
 */
export function markDeflated(ref: PdfRef): void {
  ref.compress = false;
  ref.data.Length = 0;
  ref.data.Filter = 'FlateDecode';
}

/**
 * pdfkit turns every string written to a stream into its own byte array, char by char; a page's content is thousands of
 * such writes. They are collected as text and turned into bytes once (Buffer's latin1 keeps the low byte of each
 * character, as pdfkit does), before any bytes written in between and before the stream is finished, which compresses
 * them with `deflate`.
 */
function collectContent(ref: StreamRef, deflate: (content: Buffer) => Buffer): void {
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
      // compressed here; pdfkit then writes it as it is (Length, then the Filter its writes already set)
      ref.buffer = [deflate(Buffer.concat(ref.buffer))];
      ref.compress = false;
    }
    finalize.call(ref);
  };
}

const base = PDFDocument.prototype as unknown as Pick<Internals, '_finalize'>;

/** What a collecting document does its own way. */
export interface CollectingOptions {
  /** The complete XMP packet, written uncompressed as the catalog's /Metadata instead of pdfkit's (which does not escape the title). */
  xmp: string;
  /** Compresses a page's content stream. */
  deflatePage(content: Buffer): Buffer;
}

/**
 * A pdfkit document that keeps its bytes (painting is synchronous), turns its many small string writes into bytes in
 * batches, writes our XMP and takes as ID a digest of every byte before the trailer: same input, same ID; other content,
 * other ID. SHA-1 cut to the 16 bytes an ID has: about as fast as MD5 without the CPU's SHA instructions, 2.4× faster
 * with them.
 */
export class CollectingPdf extends PDFDocument {
  declare chunks: Uint8Array[] | undefined;
  /** Text written since the last bytes, turned into bytes by flushText (pdfkit's constructor writes before fields are set). */
  declare pendingText: string[] | undefined;
  declare collecting: CollectingOptions;
  declare _id: Uint8Array;
  declare _offset: number;
  declare page: PDFKit.PDFPage & { content: StreamRef };

  constructor(options: PDFKit.PDFDocumentOptions, collecting: CollectingOptions) {
    super(options);
    this.collecting = collecting;
  }

  override addPage(options?: PDFKit.PDFDocumentOptions): this {
    super.addPage(options);
    collectContent(this.page.content, this.collecting.deflatePage);
    return this;
  }

  /** pdfkit's _write, with strings collected and turned into bytes together; offsets count bytes as before. */
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

  override endMetadata(): void {
    const ref = newRef(this, { Type: 'Metadata', Subtype: 'XML' });
    ref.compress = false;
    ref.end(Buffer.from(this.collecting.xmp, 'utf8'));
    catalog(this).data.Metadata = ref;
  }

  _finalize(): void {
    this.flushText();
    const hash = createHash('sha1');
    for (const chunk of this.chunks ?? []) hash.update(chunk);
    this._id = hash.digest().subarray(0, 16);
    base._finalize.call(this);
  }

  /** Ends the document and returns its bytes. */
  finish(): Buffer {
    this.end();
    this.flushText();
    const bytes = Buffer.concat(this.chunks ?? []);
    if (!bytes.subarray(-8).toString('latin1').includes('%%EOF')) throw new Error('pdfkit did not finish the document: an object was left open');
    return bytes;
  }
}

/** fontkit's CFF subset: methods called after it set the charset and before the top dict is written. */
type CffSubset = Record<'createCIDFontdict' | 'subsetFontdict', (topDict: Record<string, unknown>) => unknown>;

/**
 * Makes a fontkit CFF subset give each glyph its id as CID (fontkit numbers them 1, 2, 3…): its charset lists `ids`
 * (sorted, starting with 0) and CIDCount covers the last.
 */
export function cidsAsGlyphIds(subset: object, ids: readonly number[]): void {
  const cff = subset as CffSubset;
  const last = ids[ids.length - 1] ?? 0;
  for (const method of ['createCIDFontdict', 'subsetFontdict'] as const) {
    const original = cff[method];
    cff[method] = function (this: unknown, topDict: Record<string, unknown>) {
      topDict.charset = { version: 0, glyphs: ids.slice(1) };
      topDict.CIDCount = last + 1;
      return original.call(this, topDict);
    };
  }
}

/** fontkit's glyph lookup, with the code points the glyph stands for (its shapers and pdfkit call it on the font instance). */
export type GetGlyph<G> = (id: number, codePoints?: number[]) => G;

/**
 * Replaces a fontkit font's getGlyph on the instance: fontkit's shapers and substitutions call `this.font.getGlyph`, so the
 * replacement sees every glyph a shaping makes. `wrap` gets the original, bound.
 */
export function wrapGetGlyph<G>(font: object, wrap: (getGlyph: GetGlyph<G>) => GetGlyph<G>): void {
  const f = font as { getGlyph: GetGlyph<G> };
  f.getGlyph = wrap(f.getGlyph.bind(f));
}

/** fontkit's layout with the arguments it takes (features as a list or a map; script, language, direction after them). */
export type Layout<R> = (text: string, features?: unknown, ...rest: unknown[]) => R;

/**
 * Replaces a fontkit font's layout on the instance: pdfkit's EmbeddedFont shapes through `this.font.layout` and layout
 * measures through the same font, so both get the replacement. `wrap` gets the original, bound.
 */
export function wrapLayout<R>(font: object, wrap: (layout: Layout<R>) => Layout<R>): void {
  const f = font as { layout: Layout<R> };
  f.layout = wrap(f.layout.bind(f));
}

/** What a fontkit GlyphRun carries besides glyphs and positions (its types leave them out). */
export interface RunExtras {
  script?: unknown;
  language?: unknown;
  direction?: unknown;
  features?: unknown;
}
export function runExtras(run: object): RunExtras {
  const { script, language, direction, features } = run as RunExtras;
  return { script, language, direction, features };
}
