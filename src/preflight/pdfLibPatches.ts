// pdf-lib as loaded → the same library with its decoding and loading bounded and its numbers and names shared: every use of a pdf-lib private member, and every patch, in this one file.
import { memoTable } from '../world/memo.js';
import { LIMIT_MESSAGES, LIMITS, LimitExceeded } from './limits.js';
import { PDFContext, PDFName, PDFNumber, PDFParser, decodePDFRawStream, type PDFObject, type PDFRawStream, type PDFRef } from './pdfLib.js';

/*
 * What this file relies on that pdf-lib (1.17.1) does not document; tests/preflight/pdfLibPatches.test.ts reads a real PDF
 * through each of them, so an update that changes one fails there, not silently in a user's preflight:
 * - DecodeStream, what decodePDFRawStream returns for a filtered stream: readBlock(), eof, buffer, bufferLength;
 * - ByteStream, the class of a PDFParser's `bytes`: of(), and fromPDFRawStream(), which decodes object and cross-reference
 *   streams while a file loads;
 * - PDFContext.prototype.assign, through which every object the parser reads is stored;
 * - PDFNumber.of and PDFName.of (public, replaced by pooled ones).
 */

/** A DecodeStream's members: `readBlock` grows `buffer` up to `bufferLength` until `eof`. */
interface DecodeStreamInternals {
  eof?: boolean;
  bufferLength?: number;
  buffer?: Uint8Array;
  readBlock?: () => void;
  decode(): Uint8Array;
}

/** The ByteStream class, reached through a parser instance (pdf-lib does not export it). */
interface ByteStreamClass {
  of(bytes: Uint8Array): unknown;
  fromPDFRawStream(stream: PDFRawStream): unknown;
}

const changed = (member: string) => new Error(`pdf-lib has changed: ${member} is not what the preflight's bounds rely on (src/preflight/pdfLibPatches.ts)`);

export interface PdfLibInternals {
  byteStream: ByteStreamClass;
  /** The class decodePDFRawStream answers with for a stream without filters (the others are DecodeStreams). */
  plainStream: unknown;
}

/** The library's members this file uses, each checked: a missing one throws when this module loads, at once. */
export function pdfLibInternals(): PdfLibInternals {
  const byteStream = (new PDFParser(new Uint8Array(0)) as unknown as { bytes?: { constructor?: Partial<ByteStreamClass> } }).bytes?.constructor;
  if (typeof byteStream?.of !== 'function' || typeof byteStream.fromPDFRawStream !== 'function') throw changed('ByteStream.of/fromPDFRawStream');
  if (typeof PDFContext.prototype.assign !== 'function') throw changed('PDFContext.prototype.assign');
  const plainStream = (decodePDFRawStream(PDFContext.create().stream(new Uint8Array(0))) as object).constructor;
  return { byteStream: byteStream as ByteStreamClass, plainStream };
}

const internals = pdfLibInternals();

/**
 * A raw stream decoded by pdf-lib's filters (LZW, ASCII85, ASCIIHex, RunLength, Flate with a predictor), block by block,
 * throwing `tooLarge()` as soon as it exceeds `limit` bytes: its own `decode()` grows the buffer without end.
 */
export function decodeBounded(stream: PDFRawStream, limit: number, tooLarge: () => Error): Uint8Array {
  const decoder = decodePDFRawStream(stream) as unknown as DecodeStreamInternals;
  // without a filter pdf-lib hands back the stored bytes as they are: nothing to bound
  if (decoder.constructor === internals.plainStream) return decoder.decode();
  if (typeof decoder.readBlock !== 'function' || typeof decoder.eof !== 'boolean') throw changed('DecodeStream.readBlock/eof');
  while (!decoder.eof) {
    decoder.readBlock();
    if ((decoder.bufferLength ?? 0) > limit) throw tooLarge();
  }
  if (!decoder.buffer) throw changed('DecodeStream.buffer');
  return decoder.buffer.subarray(0, decoder.bufferLength);
}

/**
 * What loading one file has counted and met, kept on its PDFContext: it is that file's and lives exactly as long. A bound
 * exceeded is noted because pdf-lib's parser catches every error of an object and goes on.
 */
interface Loading {
  objects: number;
  exceeded?: Error;
}
const LOADING = Symbol('drukwerk.preflight.loading');
type WithLoading = PDFContext & { [LOADING]?: Loading };

const loading = (context: PDFContext): Loading => ((context as WithLoading)[LOADING] ??= { objects: 0 });
const noteExceeded = (context: PDFContext, e: Error): void => void (loading(context).exceeded ??= e);

/** The first bound exceeded (or decoding error met) while pdf-lib loaded the file of `context`, if any. */
export const loadingError = (context: PDFContext): Error | undefined => (context as WithLoading)[LOADING]?.exceeded;
/** The objects pdf-lib has stored in `context`, as counted against LIMITS.objects. */
export const objectsLoaded = (context: PDFContext): number => (context as WithLoading)[LOADING]?.objects ?? 0;

/** Replaced functions keep what they replaced here, so applying the patches again wraps pdf-lib's own, never a patch. */
const ORIGINAL = Symbol.for('drukwerk.pdf-lib.original');
type Patchable = { [ORIGINAL]?: unknown };

function replace<O extends object, K extends keyof O>(owner: O, key: K, make: (original: O[K]) => O[K]): void {
  const current = owner[key] as O[K] & Patchable;
  const original = (current[ORIGINAL] ?? current) as O[K];
  const patched = make(original) as O[K] & Patchable;
  patched[ORIGINAL] = original;
  owner[key] = patched;
}

/** Instances pdf-lib makes per number and per name: a few thousand spellings cover every drukwerk PDF. */
const POOLED = 20_000;

/**
 * Applied once, when this module is first imported (every reader of PDFs imports it):
 * - pdf-lib decodes object streams and cross-reference streams while it loads a file: bounded like every other decode,
 *   or a 1 MB object stream could inflate to gigabytes before any check runs;
 * - it parses every object of a file while loading it, each a few hundred bytes of memory: a file of millions of tiny
 *   objects (200 MB of `[1 2 3]`) took minutes and gigabytes before any check ran. Every object goes through
 *   PDFContext.assign, so counting there bounds them all, object streams included;
 * - it parses every number into a new PDFNumber that formats its own text at once, and decodes every name's `#xx`
 *   escapes with a regular expression before it looks the name up in its pool: together about a tenth of reading a
 *   drukwerk PDF, whose width arrays and structure repeat the same few values thousands of times. Both are immutable
 *   values (pdf-lib pools names itself), so one instance per number or spelling serves every reader.
 */
function patchPdfLib(): void {
  const { byteStream } = internals;
  const tooLarge = () => new LimitExceeded(LIMIT_MESSAGES.streamBytes());
  replace(byteStream, 'fromPDFRawStream', () => (stream: PDFRawStream) => {
    try {
      return byteStream.of(decodeBounded(stream, LIMITS.streamBytes, tooLarge));
    } catch (e) {
      noteExceeded(stream.dict.context, e as Error);
      throw e;
    }
  });
  replace(
    PDFContext.prototype,
    'assign',
    (assign) =>
      function (this: PDFContext, ref: PDFRef, object: PDFObject) {
        const counted = loading(this);
        if (++counted.objects > LIMITS.objects) {
          const e = new LimitExceeded(LIMIT_MESSAGES.objects());
          noteExceeded(this, e);
          throw e;
        }
        assign.call(this, ref, object);
      },
  );
  const numbers = memoTable<PDFNumber>('pdf-lib.PDFNumber', POOLED);
  replace(PDFNumber, 'of', (of) => (value: number) => numbers.get(String(value), () => of.call(PDFNumber, value)));
  const names = memoTable<PDFName>('pdf-lib.PDFName', POOLED);
  replace(PDFName, 'of', (of) => (name: string) => names.get(name, () => of.call(PDFName, name)));
}

patchPdfLib();
