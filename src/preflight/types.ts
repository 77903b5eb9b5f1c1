// The preflight vocabulary: options, findings, the parsed PDF (pages, boxes, resources, marks) the checks read, and what reading one file keeps (budget, fonts, colour spaces, forms).
import type { MessageId, Values } from '../messages/catalogue.js';
import type { Operation } from './contentStream.js';
import type { FileBudget } from './limits.js';
import type { PDFArray, PDFDict, PDFDocument, PDFObject, PDFStream } from './pdfLib.js';
import type { Edition } from '../vocabulary/edition.js';

export interface PreflightOptions {
  edition: Edition;
  /** Bleed around the trim, in mm (default 3). */
  bleedMm?: number;
  /** No text this close to the trim, in mm (default 5). */
  safeZoneMm?: number;
  /** Effective resolution an image needs at its placed size (default 300 print, 150 screen). */
  minImagePpi?: number;
  /** Below minImagePpi down to this value is a warning, below it an error (default 250 print; screen: none). */
  warnImagePpi?: number;
  /** Smallest effective text size in pt (default 6). */
  minTextPt?: number;
  /** Thinnest stroke in pt (default 0.25). */
  minLineWidthPt?: number;
  /** Highest total ink of a CMYK colour in % (default 300). */
  maxInk?: number;
  /**
   * The page count must be a multiple of this (4 for a saddle-stitched brochure, 2 for a duplex document, 1 for a
   * single-sided one). Default 0: not known, and an odd count above one page is a warning (print is mostly duplex).
   */
  pageMultiple?: number;
}

export type ResolvedOptions = Required<PreflightOptions>;

export interface Finding {
  severity: 'error' | 'warning';
  /** Which check found it, e.g. `page-boxes`. */
  check: string;
  /** The English text; `code` and `values` give it in the language chosen for messages. */
  message: string;
  code?: MessageId;
  values?: Values;
  /** 1-based page number, when the finding belongs to a page. */
  page?: number;
  /** Position in mm from the trim's top-left corner, when known. */
  x?: number;
  y?: number;
}

/** One small pure check over the parsed PDF. */
export interface Check {
  id: string;
  editions: readonly Edition[];
  run(pdf: ParsedPdf, opts: ResolvedOptions): Finding[];
}

/** a b c d e f, as in the PDF `cm` operator: [x y 1] × M. */
export type Matrix = [number, number, number, number, number, number];

/** A rectangle in default user space (pt), normalised so x0 ≤ x1 and y0 ≤ y1. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface ColourSpaceInfo {
  /** e.g. `DeviceRGB`, `ICCBased`, `Indexed`, `Separation`, `Pattern`. */
  family: string;
  /** Number of colour components of a colour value in this space. */
  n: number;
  /** Process RGB: DeviceRGB, CalRGB, ICCBased N 3 (and Indexed over one of those). */
  rgb: boolean;
  /** Process CMYK: DeviceCMYK or ICCBased N 4, whose values are ink percentages / 100. */
  cmyk: boolean;
  /** For messages: `DeviceRGB`, `ICCBased RGB`, `Indexed DeviceRGB`, … */
  label: string;
  /** Separation and DeviceN: the alternate space, used where the colorant is not printed. */
  alternate?: ColourSpaceInfo;
}

export interface Colour {
  space: ColourSpaceInfo;
  values: number[];
}

/** What marked content says about the text inside it (the innermost sequence, with what it inherits from the outer ones). */
export interface MarkedContent {
  /** The marked-content id that ties the text to its structure element. */
  mcid?: number;
  /** Inside an `/Artifact` sequence: decoration or page furniture, not content. */
  artifact: boolean;
  /** The `/ActualText` of the sequence: what the text reads as instead of its glyphs. */
  actualText?: string;
}

/** The overprint parameters of the graphics state a mark was painted in (ExtGState /OP, /op, /OPM). */
export interface Overprint {
  stroke: boolean;
  fill: boolean;
  mode: number;
}

export interface TextMark {
  kind: 'text';
  /** Baseline origin of the run, default user space. */
  x: number;
  y: number;
  /** From the origin to the end of the run, baseline to baseline + font size. */
  box: Box;
  /** Font size × the vertical scale of text matrix and CTM, in pt. */
  size: number;
  fontName: string;
  text: string;
  renderMode: number;
  fill: Colour;
  stroke: Colour;
  /** The marked content the run is shown in (none in an untagged file). */
  marked?: MarkedContent;
  overprint?: Overprint;
}

export interface ImageMark {
  kind: 'image';
  /** Resource name (`Im1`); empty for an inline image. */
  name: string;
  widthPx: number;
  heightPx: number;
  bitsPerComponent: number;
  imageMask: boolean;
  space?: ColourSpaceInfo;
  /** Placed size along the image's own axes, in pt. */
  placedWidth: number;
  placedHeight: number;
  box: Box;
}

export interface PathMark {
  kind: 'path';
  fill?: Colour;
  stroke?: Colour;
  /** Line width as set (`w`), and scaled by the CTM to pt on the page. */
  lineWidth: number;
  effectiveLineWidth: number;
  /** The line width where the CTM makes it thinnest (its smallest scale), in pt on the page. */
  thinnestLineWidth: number;
  box: Box;
  overprint?: Overprint;
}

export interface ShadingMark {
  kind: 'shading';
  name: string;
  space: ColourSpaceInfo;
  box?: Box;
}

export type Mark = TextMark | ImageMark | PathMark | ShadingMark;

export interface PdfPage {
  /** 1-based. */
  number: number;
  dict: PDFDict;
  mediaBox: Box;
  cropBox?: Box;
  trimBox?: Box;
  bleedBox?: Box;
  /** TrimBox, else CropBox, else MediaBox: what positions are measured from. */
  trim: Box;
  /** Every resource dictionary reachable from the page: its own, form XObjects', patterns', Type 3 fonts'. */
  resources: PDFDict[];
  annotations: PDFDict[];
  marks: Mark[];
}

export interface ParsedPdf {
  doc: PDFDocument;
  /** From the `%PDF-x.y` header, e.g. `1.6`; undefined when there is none. */
  headerVersion?: string;
  catalog: PDFDict;
  info?: PDFDict;
  trailer: { ID?: PDFObject; Encrypt?: PDFObject };
  pages: PdfPage[];
  /** Problems met while reading (undecodable streams, bad operators), as warnings. */
  readProblems: Finding[];
  /** The file's reading: checks that decode a stream charge it to `file.budget`. */
  file: FileReading;
}

/**
 * One file being read (made by fileReading()): the budget its decodes and parses are charged to, and what is read once
 * per object of that file. A file names the same font on every text run, the same colour space on every colour change,
 * and draws the same form again and again. Kept here rather than in memo(): an object of one file is never met in
 * another, so these die with the file, and a bounded table would read a file with more fonts than its bound again on
 * every text run (the file's own bounds, limits.ts, are what bound these).
 */
export interface FileReading {
  readonly budget: FileBudget;
  readonly fonts: Map<PDFDict, FontInfo>;
  readonly colourSpaces: Map<PDFArray, ColourSpaceInfo>;
  /** The operations of form XObjects, parsed and charged to the budget once per stream. */
  readonly forms: Map<PDFStream, Operation[]>;
}

export interface FontInfo {
  name: string;
  /** The name without the subset tag (`ABCDEF+`), as a reader would name the font. */
  displayName: string;
  /** Type0 fonts use 2-byte codes (Identity-H and most CMaps); simple fonts 1 byte. */
  bytesPerCode: 1 | 2;
  /** Advance of a code in thousandths of the font size. */
  width(code: number): number;
  /** Unicode text of a code, or undefined when the font does not say. */
  toUnicode(code: number): string | undefined;
}
