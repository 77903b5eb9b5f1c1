// pdfLibPatches: every pdf-lib private member the preflight relies on is there and used, read through a real PDF; numbers and names pooled, written as before.
import { beforeAll, describe, expect, it } from 'vitest';
import { PDFDocument, PDFName, PDFNumber, PDFRawStream, decodePDFRawStream } from '../../src/preflight/pdfLib.js';
import { decodeBounded, loadingError, objectsLoaded, pdfLibInternals } from '../../src/preflight/pdfLibPatches.js';
import { readPdf } from '../../src/preflight/readPdf.js';
import { makePdf } from './fixtures.js';

const tooLarge = () => new Error('too large');

/** A drukwerk-like print PDF (pdfkit), saved again by pdf-lib with object streams and a cross-reference stream. */
async function realPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.load(await makePdf(), { updateMetadata: false });
  return doc.save({ useObjectStreams: true });
}

describe('pdf-lib, as the preflight patches it', () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await realPdf();
  });

  it('reaches ByteStream through a parser, with the members the patch replaces and calls', () => {
    const { byteStream } = pdfLibInternals();
    expect(typeof byteStream.of).toBe('function');
    expect(typeof byteStream.fromPDFRawStream).toBe('function');
  });

  it('decodes object and cross-reference streams through the bounded ByteStream.fromPDFRawStream while loading', async () => {
    const { byteStream } = pdfLibInternals();
    const patched = byteStream.fromPDFRawStream;
    let calls = 0;
    byteStream.fromPDFRawStream = (stream) => (calls++, patched(stream));
    let doc: PDFDocument;
    try {
      doc = await PDFDocument.load(bytes, { updateMetadata: false, throwOnInvalidObject: false });
    } finally {
      byteStream.fromPDFRawStream = patched;
    }
    expect(calls).toBeGreaterThanOrEqual(2); // one object stream at least, and the cross-reference stream
    expect(loadingError(doc.context)).toBeUndefined();
  });

  it('counts every object pdf-lib stores through PDFContext.prototype.assign, object streams included', async () => {
    const { doc } = await readPdf(bytes);
    const stored = doc.context.enumerateIndirectObjects().length;
    expect(stored).toBeGreaterThan(10);
    expect(objectsLoaded(doc.context)).toBe(stored);
  });

  it('reads DecodeStream block by block: readBlock, eof, buffer and bufferLength are there on a real stream', async () => {
    const { doc } = await readPdf(bytes);
    const content = doc.context
      .enumerateIndirectObjects()
      .map(([, o]) => o)
      .find((o): o is PDFRawStream => o instanceof PDFRawStream && o.dict.has(PDFName.of('Filter')));
    expect(content).toBeDefined();
    const decoder = decodePDFRawStream(content!) as unknown as Record<string, unknown>;
    expect([typeof decoder.readBlock, typeof decoder.eof, decoder.buffer instanceof Uint8Array, typeof decoder.bufferLength]).toEqual(['function', 'boolean', true, 'number']);
    const whole = (decodePDFRawStream(content!) as unknown as { decode(): Uint8Array }).decode();
    expect(Buffer.from(decodeBounded(content!, whole.length, tooLarge))).toEqual(Buffer.from(whole));
    expect(() => decodeBounded(content!, whole.length - 1, tooLarge)).toThrow('too large');
  });

  it('hands an unfiltered stream back as it is stored', async () => {
    const { doc } = await readPdf(bytes);
    const plain = doc.context.stream(new Uint8Array([1, 2, 3]));
    expect([...decodeBounded(plain, 0, tooLarge)]).toEqual([1, 2, 3]);
  });

  it('gives one PDFNumber per value, with the text pdf-lib writes for it', () => {
    expect(PDFNumber.of(0.25)).toBe(PDFNumber.of(0.25));
    expect([PDFNumber.of(-3).toString(), PDFNumber.of(1e21).toString(), PDFNumber.of(0.000001).toString(), PDFNumber.of(-0).toString()]).toEqual(['-3', '1000000000000000000000', '0.000001', '0']);
    expect(PDFNumber.of(612).asNumber()).toBe(612);
  });

  it('gives one PDFName per spelling, escapes decoded as pdf-lib decodes them', () => {
    expect(PDFName.of('A#20B')).toBe(PDFName.of('A B'));
    expect(PDFName.of('A#20B').decodeText()).toBe('A B');
    expect(PDFName.of('Type')).toBe(PDFName.Type);
  });
});
