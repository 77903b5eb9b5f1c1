// poolPdfValues: pdf-lib's numbers and names, one instance per spelling, reading and writing exactly as before.
import { PDFName, PDFNumber } from '../../src/preflight/pdfLib.js';
import { describe, expect, it } from 'vitest';
import { poolPdfValues } from '../../src/preflight/poolPdfValues.js';

describe('poolPdfValues', () => {
  poolPdfValues();

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
