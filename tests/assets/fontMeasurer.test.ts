import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { createFontkitMeasurer, openFonts } from '../../src/assets/fontMeasurer.js';
import { breakParagraph } from '../../src/layout/breakParagraph.js';
import { createHyphenator } from '../../src/layout/hyphenator.js';
import type { FontRole, TextStyle } from '../../src/vocabulary/theme.js';

const FILES: Record<FontRole, string> = {
  regular: 'Inter-Regular.otf',
  italic: 'Inter-Italic.otf',
  semibold: 'Inter-SemiBold.otf',
  bold: 'Inter-Bold.otf',
  boldItalic: 'Inter-BoldItalic.otf',
  display: 'InterDisplay-ExtraBold.otf',
  arabic: 'NotoSansArabic-Regular.ttf',
  arabicBold: 'NotoSansArabic-Bold.ttf',
};
const fontsDir = fileURLToPath(new URL('../../fonts/', import.meta.url));
const buffers = Object.fromEntries(Object.entries(FILES).map(([role, file]) => [role, readFileSync(fontsDir + file)])) as Record<FontRole, Buffer>;
const fonts = openFonts(buffers);
const measurer = createFontkitMeasurer(fonts);

describe('openFonts', () => {
  it('parses every role', () => {
    expect(fonts.regular.postscriptName).toBe('Inter-Regular');
    expect(fonts.display.postscriptName).toBe('InterDisplay-ExtraBold');
    expect(fonts.boldItalic.postscriptName).toBe('Inter-BoldItalic');
  });

  it('refuses a missing role', () => {
    expect(() => openFonts({ ...buffers, bold: undefined } as unknown as Record<FontRole, Buffer>)).toThrow(/bold/);
  });
});

describe('createFontkitMeasurer', () => {
  it('measures "Oostende" at 10 pt in Inter Regular as fontkit lays it out', () => {
    const own = fontkit.create(buffers.regular) as fontkit.Font;
    const expected = (own.layout('Oostende').advanceWidth * 10) / own.unitsPerEm;
    expect(measurer.width('Oostende', 'regular', 10)).toBeCloseTo(expected, 2);
    expect(measurer.width('Oostende', 'regular', 10)).toBeCloseTo(46.094, 2);
    // cached: the same answer again, and scaled linearly with the size
    expect(measurer.width('Oostende', 'regular', 10)).toBe(measurer.width('Oostende', 'regular', 10));
    expect(measurer.width('Oostende', 'regular', 20)).toBeCloseTo(2 * measurer.width('Oostende', 'regular', 10), 9);
    expect(measurer.width('', 'regular', 10)).toBe(0);
  });

  it('includes kerning', () => {
    const pair = measurer.width('AV', 'regular', 10);
    const apart = measurer.width('A', 'regular', 10) + measurer.width('V', 'regular', 10);
    expect(pair).toBeLessThan(apart);
  });

  it('measures per font', () => {
    expect(measurer.width('Oostende', 'bold', 10)).toBeGreaterThan(measurer.width('Oostende', 'regular', 10));
  });

  it('gives ascent and descent from the font metrics', () => {
    const f = fonts.regular;
    expect(measurer.ascent('regular', 10)).toBeCloseTo((f.ascent * 10) / f.unitsPerEm, 9);
    expect(measurer.descent('regular', 10)).toBeCloseTo((f.descent * 10) / f.unitsPerEm, 9);
    expect(measurer.ascent('regular', 10)).toBeGreaterThan(0);
    expect(measurer.descent('regular', 10)).toBeLessThan(0);
  });

  it('reports the characters the font has no glyph for, once each', () => {
    expect(measurer.missingGlyphs('Łódź, café, € 38\u00A0%, ‘’ “” – …', 'regular')).toEqual([]);
    expect(measurer.missingGlyphs('Georgisch: ქართული ა', 'regular')).toEqual(['ქ', 'ა', 'რ', 'თ', 'უ', 'ლ', 'ი']);
    expect(measurer.missingGlyphs('emoji 🎓🎓', 'bold')).toEqual(['🎓']);
    expect(measurer.missingGlyphs('soft\u00ADhyphen\u200Bzwsp\n', 'regular')).toEqual([]);
  });
});

describe('breakParagraph with the real fonts and Dutch patterns', () => {
  const style: TextStyle = {
    font: 'regular',
    size: 9.5,
    leading: 13.5,
    color: 'ink',
    align: 'left',
    spaceBefore: 0,
    spaceAfter: 5,
    hyphenate: true,
    tracking: 0,
    uppercase: false,
  };
  const text =
    'Het CLB begeleidt leerlingen en ouders bij vragen over leren, studiekeuze, welbevinden en gezondheid. ' +
    'Ongekwalificeerde schoolverlaters kunnen bij de VDAB terecht voor levensloopbaanactiviteiten, ' +
    'opleidingen en begeleiding door onderwijsprofessionals. Bel gratis 0800\u00A030\u00A0700 of surf naar www.vdab.be.';
  const nl = createHyphenator('nl');

  for (const align of ['left', 'justify'] as const) {
    it(`sets a ${align} paragraph within the column`, () => {
      const width = 160;
      const { lines, missing } = breakParagraph([{ kind: 'text', text, bold: false, italic: false }], { width, style, measurer, hyphenator: nl, align });
      expect(missing).toEqual([]);
      expect(lines.length).toBeGreaterThan(5);
      for (const [i, line] of lines.entries()) {
        const last = line.fragments[line.fragments.length - 1]!;
        const right = last.x + last.width;
        const spaced = line.fragments.some((f) => /\s/.test(f.text));
        // justified lines reach the right edge; a line without spaces (one long word) stays flush left
        if (align === 'justify' && i < lines.length - 1 && spaced) expect(right).toBeCloseTo(width, 6);
        else expect(right).toBeLessThanOrEqual(width + 1e-6);
      }
      const words = lines.map((l) => l.fragments.map((f) => f.text).join('')).join(' ');
      expect(words).toContain('0800\u00A030\u00A0700');
      expect(words).toContain('www.vdab.be.');
    });
  }
});
