// pdf-lib's one-file build → the pdf-lib classes and functions the preflight uses (values and types under one name), its decoders bounded.
import { createRequire } from 'node:module';
import type * as PdfLib from 'pdf-lib';

/**
 * pdf-lib's package entry is ~300 CommonJS files: importing it from an ES module read, scanned and compiled each of them,
 * ~0.1 s of every build's start, in every thread (a one-region rebuild is ~2 s). Its one-file build of the same version
 * loads in a third of that. Every module of drukwerk takes pdf-lib from here, so all `instanceof` checks see one set of
 * classes; the types are the package's own.
 */
const pdfLib = createRequire(import.meta.url)('pdf-lib/dist/pdf-lib.js') as typeof PdfLib;

export const { PDFArray, PDFBool, PDFContext, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFPageLeaf, PDFRawStream, PDFRef, PDFStream, PDFString, ParseSpeeds, decodePDFRawStream } = pdfLib;
export type PDFArray = PdfLib.PDFArray;
export type PDFBool = PdfLib.PDFBool;
export type PDFContext = PdfLib.PDFContext;
export type PDFDict = PdfLib.PDFDict;
export type PDFDocument = PdfLib.PDFDocument;
export type PDFHexString = PdfLib.PDFHexString;
export type PDFName = PdfLib.PDFName;
export type PDFNumber = PdfLib.PDFNumber;
export type PDFPageLeaf = PdfLib.PDFPageLeaf;
export type PDFRawStream = PdfLib.PDFRawStream;
export type PDFRef = PdfLib.PDFRef;
export type PDFStream = PdfLib.PDFStream;
export type PDFString = PdfLib.PDFString;
export type PDFObject = PdfLib.PDFObject;

/** pdf-lib's decoders as it builds them (its DecodeStream: `readBlock` grows `buffer` up to `bufferLength` until `eof`). */
interface DecodeStreamInternals {
  eof?: boolean;
  bufferLength?: number;
  buffer?: Uint8Array;
  readBlock?: () => void;
  decode(): Uint8Array;
}

/**
 * A raw stream decoded by pdf-lib's filters (LZW, ASCII85, ASCIIHex, RunLength, Flate with a predictor), block by block,
 * throwing `tooLarge()` as soon as it exceeds `limit` bytes: its own `decode()` grows the buffer without end.
 */
export function decodeBounded(stream: PDFRawStream, limit: number, tooLarge: () => Error): Uint8Array {
  const decoder = pdfLib.decodePDFRawStream(stream) as unknown as DecodeStreamInternals;
  if (typeof decoder.readBlock !== 'function' || decoder.eof === undefined) return decoder.decode();
  while (!decoder.eof) {
    decoder.readBlock();
    if ((decoder.bufferLength ?? 0) > limit) throw tooLarge();
  }
  return decoder.buffer!.subarray(0, decoder.bufferLength);
}

let boundedParser = false;
/** A bound exceeded while pdf-lib loaded a file: its parser catches every error of an object and goes on, so it is kept here. */
const exceededWhileLoading = new WeakMap<PDFContext, Error>();
export const loadingError = (context: PDFContext): Error | undefined => exceededWhileLoading.get(context);

/**
 * pdf-lib decodes object streams and cross-reference streams while it loads a file (ByteStream.fromPDFRawStream, not
 * exported): bounded like every other decode, or a 1 MB object stream could inflate to gigabytes before any check runs.
 * The class is reached through a parser instance; installed once per process.
 */
export function boundPdfLibDecoding(limit: number, tooLarge: () => Error): void {
  if (boundedParser) return;
  boundedParser = true;
  const byteStream = (new pdfLib.PDFParser(new Uint8Array(0)) as unknown as { bytes: object }).bytes.constructor as unknown as {
    of(bytes: Uint8Array): unknown;
    fromPDFRawStream(stream: PDFRawStream): unknown;
  };
  byteStream.fromPDFRawStream = (stream) => {
    try {
      return byteStream.of(decodeBounded(stream, limit, tooLarge));
    } catch (e) {
      if (!exceededWhileLoading.has(stream.dict.context)) exceededWhileLoading.set(stream.dict.context, e as Error);
      throw e;
    }
  };
}

let countedObjects = false;

/**
 * pdf-lib parses every object of a file while it loads it, each a few hundred bytes of memory: a file of millions of
 * tiny objects (200 MB of `[1 2 3]`) took minutes and gigabytes before any check ran. Every object it reads goes through
 * PDFContext.assign, so counting there bounds them all, object streams included; installed once per process.
 */
export function boundPdfLibObjects(limit: number, tooMany: () => Error): void {
  if (countedObjects) return;
  countedObjects = true;
  const counts = new WeakMap<PDFContext, number>();
  const assign = pdfLib.PDFContext.prototype.assign;
  pdfLib.PDFContext.prototype.assign = function (this: PDFContext, ref, object) {
    const n = (counts.get(this) ?? 0) + 1;
    counts.set(this, n);
    if (n > limit) {
      const e = tooMany();
      if (!exceededWhileLoading.has(this)) exceededWhileLoading.set(this, e);
      throw e;
    }
    assign.call(this, ref, object);
  };
}
