// fontInfo: a Type0 font's widths by CID from its W array (both forms), DW for every CID the array does not name, and its code length; read once per font of a file, and within bounds however its W overlaps.
import { PDFContext } from '../../src/preflight/pdfLib.js';
import { describe, expect, it } from 'vitest';
import { fontInfo } from '../../src/preflight/fontInfo.js';
import { fileReading } from '../../src/preflight/fileReading.js';

const context = PDFContext.create();

function type0(w: (number | number[])[], dw?: number) {
  const descendant = context.obj({ Type: 'Font', Subtype: 'CIDFontType2', W: w, ...(dw === undefined ? {} : { DW: dw }) });
  return context.obj({ Type: 'Font', Subtype: 'Type0', BaseFont: 'ABCDEF+Inter-Regular', DescendantFonts: [context.register(descendant)] });
}

describe('fontInfo', () => {
  it('reads W in both forms and falls back to DW around and past them', () => {
    const font = fontInfo(type0([1, [500, 600], 5, 7, 250], 700), fileReading());
    expect(font.bytesPerCode).toBe(2);
    expect(font.displayName).toBe('Inter-Regular');
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8, 65535].map((c) => font.width(c))).toEqual([700, 500, 600, 700, 700, 250, 250, 250, 700, 700]);
  });

  it('takes 1000 when the font has no DW', () => {
    const font = fontInfo(type0([3, [410]]), fileReading());
    expect([font.width(2), font.width(3), font.width(4)]).toEqual([1000, 410, 1000]);
  });

  it('is read once per font of a file, and again for another file', () => {
    const font = type0([1, [500]]);
    const file = fileReading();
    expect(fontInfo(font, file)).toBe(fontInfo(font, file));
    expect(fontInfo(font, fileReading())).not.toBe(fontInfo(font, file));
  });

  it('reads a W whose runs overlap over and over no further than every CID twice: a third run over all of them does not count', () => {
    const font = fontInfo(type0([0, 65_535, 400, 0, 65_535, 400, 0, 65_535, 500]), fileReading());
    for (const cid of [0, 1_000, 65_535]) expect(font.width(cid)).toBe(400);
    // 5 000 such runs (327 million widths unbounded) end as the first two left them
    const flood = fontInfo(type0(Array.from({ length: 5_000 }, (_, i) => [0, 65_535, 400 + (i % 2) * 100]).flat()), fileReading());
    for (const cid of [0, 1_000, 65_535]) expect(flood.width(cid)).toBe(500);
  });
});
