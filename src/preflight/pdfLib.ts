// pdf-lib's one-file build → the pdf-lib classes and functions the preflight uses (values and types under one name); its private members and patches are pdfLibPatches.ts's.
import { createRequire } from 'node:module';
import type * as PdfLib from 'pdf-lib';

/**
 * pdf-lib's package entry is ~300 CommonJS files: importing it from an ES module read, scanned and compiled each of them,
 * ~0.1 s of every build's start, in every thread (a one-region rebuild is ~2 s). Its one-file build of the same version
 * loads in a third of that. Every module of drukwerk takes pdf-lib from here, so all `instanceof` checks see one set of
 * classes; the types are the package's own.
 */
const pdfLib = createRequire(import.meta.url)('pdf-lib/dist/pdf-lib.js') as typeof PdfLib;

export const {
  PDFArray,
  PDFBool,
  PDFContext,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFPageLeaf,
  PDFParser,
  PDFRawStream,
  PDFRef,
  PDFStream,
  PDFString,
  ParseSpeeds,
  decodePDFRawStream,
} = pdfLib;
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
