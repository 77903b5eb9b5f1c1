// PDF bytes → pdf-lib's view of it plus every object as text and every Flate stream decoded, for assertions on what was painted.
import { inflateSync } from 'node:zlib';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRawStream, PDFRef, type PDFObject } from 'pdf-lib';

export interface ReadPdf {
  doc: PDFDocument;
  /** Each indirect object's dictionary (or value) as PDF syntax. */
  objects: string[];
  /** Every decodable stream that is not an image, font program or ICC profile, decoded (content streams, ToUnicode maps, forms). */
  streams: string[];
  /** The XMP packet. */
  xmp?: string;
  lookup(obj: PDFObject | undefined): PDFObject | undefined;
}

export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const objects: string[] = [];
  const streams: string[] = [];
  let xmp: string | undefined;
  for (const [, obj] of doc.context.enumerateIndirectObjects()) {
    if (obj instanceof PDFRawStream) {
      const dict = obj.dict;
      objects.push(dict.toString());
      if (dict.get(PDFName.of('Subtype'))?.toString() === '/Image') continue;
      if (dict.has(PDFName.of('N'))) continue; // ICC profile
      if (dict.has(PDFName.of('FontFile3')) || dict.get(PDFName.of('Subtype'))?.toString() === '/CIDFontType0C') continue;
      const filter = dict.get(PDFName.of('Filter'))?.toString();
      const data = filter === '/FlateDecode' ? inflateSync(obj.contents) : filter ? undefined : Buffer.from(obj.contents);
      if (!data) continue;
      const text = data.toString('latin1');
      if (dict.get(PDFName.of('Type'))?.toString() === '/Metadata') xmp = data.toString('utf8');
      else streams.push(text);
    } else {
      objects.push(obj.toString());
    }
  }
  const lookup = (obj: PDFObject | undefined): PDFObject | undefined => (obj instanceof PDFRef ? doc.context.lookup(obj) : obj);
  return { doc, objects, streams, xmp, lookup };
}

/** A page box as numbers, or undefined when the page has none. */
export function pageBox(pdf: ReadPdf, pageIndex: number, name: 'MediaBox' | 'TrimBox' | 'BleedBox' | 'CropBox'): number[] | undefined {
  const node = pdf.doc.getPages()[pageIndex]!.node;
  const box = pdf.lookup(node.get(PDFName.of(name)));
  if (!(box instanceof PDFArray)) return undefined;
  return box.asArray().map((n) => (pdf.lookup(n) as PDFNumber).asNumber());
}

export function catalog(pdf: ReadPdf): PDFDict {
  return pdf.doc.catalog;
}

/** The trailer's /ID as text. */
export function trailerId(pdf: ReadPdf): string {
  return String(pdf.doc.context.trailerInfo.ID ?? '');
}
