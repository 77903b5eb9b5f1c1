// Theme CMYK and SVG sRGB → the colours pdfkit paints with, through the ICC profile; SVG artwork in print keeps no RGB, no links, no raster.
import { describe, expect, it } from 'vitest';
import { cmykToSrgb, naiveCmykToRgb, srgbToCmyk } from '../../src/assets/convertColors.js';
import { buildPalette } from '../../src/pdf/palette.js';
import { collectSvgColors, drawSvg } from '../../src/pdf/drawSvg.js';
import { createPdfDocument } from '../../src/pdf/pdfDocument.js';
import { readPdf } from './readPdf.js';
import { sharedFonts, testProfile, theme } from './sampleDocument.js';

const icc = testProfile();

describe('colour conversion', () => {
  it('derives sRGB without a profile by the documented approximation', async () => {
    expect(
      await cmykToSrgb([
        { c: 0, m: 0, y: 0, k: 0 },
        { c: 100, m: 0, y: 0, k: 0 },
        { c: 0, m: 0, y: 0, k: 50 },
      ]),
    ).toEqual([
      [255, 255, 255],
      [0, 255, 255],
      [128, 128, 128],
    ]);
    expect(naiveCmykToRgb({ c: 0, m: 0, y: 0, k: 100 })).toEqual([0, 0, 0]);
  });

  it.skipIf(!icc)('converts CMYK → sRGB through the profile (paper white stays white, 100 % K is not pure black)', async () => {
    const [white, black, coral] = await cmykToSrgb(
      [
        { c: 0, m: 0, y: 0, k: 0 },
        { c: 0, m: 0, y: 0, k: 100 },
        { c: 0, m: 68, y: 72, k: 0 },
      ],
      icc,
    );
    white!.forEach((v) => expect(v).toBeGreaterThanOrEqual(250));
    black!.forEach((v) => expect(v).toBeGreaterThan(10));
    expect(coral![0]).toBeGreaterThan(200);
    expect(coral![2]).toBeLessThan(120);
    expect(await cmykToSrgb([{ c: 0, m: 68, y: 72, k: 0 }], icc)).toEqual([coral]);
  });

  it.skipIf(!icc)('converts sRGB → CMYK through the profile in whole percents; neutral greys become K only', async () => {
    const [red, black, grey] = await srgbToCmyk(
      [
        [227, 6, 19],
        [0, 0, 0],
        [51, 51, 51],
      ],
      icc!,
    );
    expect(red!.c).toBeLessThan(15);
    expect(red!.m).toBeGreaterThan(85);
    expect(red!.y).toBeGreaterThan(80);
    for (const v of Object.values(red!)) expect(Number.isInteger(v)).toBe(true);
    expect(black).toEqual({ c: 0, m: 0, y: 0, k: 100 });
    expect(grey).toEqual({ c: 0, m: 0, y: 0, k: 80 });
  });
});

describe('palette', () => {
  it('print: CMYK arrays from the theme; unknown names throw', async () => {
    const palette = await buildPalette(theme, 'print', icc, []);
    expect(palette.color('navy')).toEqual([100, 78, 0, 38]);
    expect(palette.draft).toEqual([0, 0, 0, 12]);
    expect(() => palette.color('red')).toThrow(/unknown colour "red"/);
    expect(() => palette.color('#ff0000')).toThrow(/unknown colour/);
    expect(() => palette.svgColor([1, 2, 3])).toThrow(/not converted/);
  });

  it.skipIf(!icc)('print: artwork in a theme colour\u2019s screen value takes that colour\u2019s own inks; other artwork colours go through the profile', async () => {
    const art = { ...theme, colors: { ...theme.colors, net: { c: 85, m: 60, y: 0, k: 18, screen: '#2d5696' }, coral: { ...theme.colors.coral!, screen: '#ee6e4a' } } };
    const palette = await buildPalette(art, 'print', icc, [
      [0x2d, 0x56, 0x96],
      [0xee, 0x6e, 0x4a],
      [0x2d, 0x56, 0x97],
    ]);
    expect(palette.svgColor([0x2d, 0x56, 0x96])).toEqual([85, 60, 0, 18]);
    expect(palette.svgColor([0xee, 0x6e, 0x4a])).toEqual([0, 68, 72, 0]);
    // one step off the screen value: converted, and so not the net's inks
    expect(palette.svgColor([0x2d, 0x56, 0x97])).not.toEqual([85, 60, 0, 18]);
    expect(palette.svgColor([0x2d, 0x56, 0x97])).toHaveLength(4);
    // the screen edition shows the artwork as drawn
    expect((await buildPalette(art, 'screen', icc)).svgColor([0x2d, 0x56, 0x96])).toEqual([0x2d, 0x56, 0x96]);
  });

  it('screen: sRGB triples for every theme colour', async () => {
    const palette = await buildPalette(theme, 'screen', icc);
    for (const name of Object.keys(theme.colors)) expect(palette.color(name)).toHaveLength(3);
    expect(palette.svgColor([1, 2, 3])).toEqual([1, 2, 3]);
  });
});

const ARTWORK = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">
  <g opacity="0.5"><rect width="50" height="50" fill="#e30613"/></g>
  <a href="https://example.org"><circle cx="70" cy="70" r="20" fill="steelblue" stroke="currentColor"/></a>
  <text x="10" y="90" font-family="Inter" font-weight="bold">Logo</text>
</svg>`;

describe.skipIf(!icc)('SVG artwork in print', () => {
  it('finds every colour it will paint, and paints them as CMYK without RGB groups or links', async () => {
    const fonts = sharedFonts();
    const colors = collectSvgColors(ARTWORK, fonts.fontkit);
    expect(colors).toEqual(
      expect.arrayContaining([
        [227, 6, 19],
        [70, 130, 180],
        [0, 0, 0],
      ]),
    );
    const palette = await buildPalette(theme, 'print', icc, colors);
    const { pdf, finish } = createPdfDocument({ edition: 'print', info: { Title: 't' }, lang: 'nl', fonts: fonts.fontkit, xmp: '<x/>', seed: 's' });
    pdf.addPage({ size: [200, 200], margin: 0 });
    drawSvg(pdf, ARTWORK, { x: 10, y: 10, width: 100, height: 100 }, palette.svgColor, 'print');
    const read = await readPdf(finish());
    for (const text of [...read.objects, ...read.streams]) {
      expect(text).not.toContain('DeviceRGB');
      expect(text).not.toMatch(/(^|\s)(rg|RG)(\s|$)/m);
      expect(text).not.toContain('/Annot');
      expect(text).not.toMatch(/Helvetica/);
    }
    expect(read.objects.some((o) => o.includes('/CS /DeviceCMYK'))).toBe(true);
    expect(read.objects.some((o) => o.includes('/FontFile3'))).toBe(true);
  });

  it('refuses SVG artwork with an embedded raster in print', () => {
    const { pdf } = createPdfDocument({ edition: 'print', info: {}, lang: 'nl', fonts: sharedFonts().fontkit, xmp: '<x/>', seed: 's' });
    pdf.addPage({ size: [200, 200], margin: 0 });
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><image href="data:image/png;base64,AAAA" width="10" height="10"/></svg>';
    expect(() => drawSvg(pdf, svg, { x: 0, y: 0, width: 10, height: 10 }, () => [0, 0, 0, 100], 'print')).toThrow(/raster/);
  });
});
