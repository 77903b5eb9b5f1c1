// What layout needs to know about fonts, as an interface: assets implement it with fontkit, unit tests with a fixed-width fake. Imports only the vocabulary.
import type { FontRole } from './theme.js';

/** What layout needs to know about fonts; backed by fontkit in the build, by a fixed-width fake in unit tests. */
export interface Measurer {
  /** Advance width of `text` in points, kerning included. */
  width(text: string, font: FontRole, size: number): number;
  /** Ascender and descender (negative) in points. */
  ascent(font: FontRole, size: number): number;
  descent(font: FontRole, size: number): number;
  /** Characters of `text` the font has no glyph for. */
  missingGlyphs(text: string, font: FontRole): string[];
  /**
   * How far the glyphs of `text` actually reach above the baseline (positive) and below it (negative), in points; the font's
   * ascent and descent when not known. Only asked when the ascent or descent would cross an edge (Arabic fonts' are far taller than their glyphs).
   */
  inkExtent?(text: string, font: FontRole, size: number): { ascent: number; descent: number };
}
