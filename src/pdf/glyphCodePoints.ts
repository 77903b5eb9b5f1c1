// A parsed fontkit font → the same font whose glyphs always carry the code points they were asked for, so shaping never depends on what the process shaped before.
import type { Font } from 'fontkit';
import { wrapGetGlyph } from './pdfkitInternals.js';

type Glyph = { id: number; codePoints: number[] };

const same = (a: readonly number[], b: readonly number[]): boolean => a.length === b.length && a.every((v, i) => v === b[i]);

/**
 * fontkit caches one glyph object per glyph id with the code points of the *first* request (`getGlyph(id, codePoints)`), and
 * its shapers read those code points back (the Arabic joining classes, mark detection; pdfkit's ToUnicode map). Two characters
 * that share a glyph, or a glyph first met through a ligature, then shape differently depending on which text came first in the
 * process — and with worker threads that history differs between two builds of the same project. Here each request gets the
 * cached glyph (its outline and metrics) seen through an object that has exactly the code points asked for, as a fresh process would.
 */
export function exactGlyphCodePoints(font: Font): Font {
  wrapGetGlyph<Glyph | null>(font, (getGlyph) => (id, characters = []) => {
    const glyph = getGlyph(id, characters);
    if (!glyph || same(glyph.codePoints, characters)) return glyph;
    return Object.create(glyph, { codePoints: { value: characters, enumerable: true, writable: true, configurable: true } }) as Glyph;
  });
  return font;
}
