// Font file bytes → why layout and the PDF writer could not use it (not a font, a collection, cut short, unreadable tables), or undefined.
import * as fontkit from 'fontkit';
import { coded, type Coded } from '../messages/coded.js';

interface TableEntry {
  offset: number;
  length: number;
}

/**
 * A few letters of each script the materials set: their glyphs, outlines and a subset read the tables measuring and
 * subsetting use. Not shaped: reading the shaping tables costs about half a second per load for every command, and a
 * build shapes with them anyway.
 */
const TRIAL_TEXT = 'Ag0 شهادة';

export function fontProblem(bytes: Buffer): Coded | undefined {
  let font: ReturnType<typeof fontkit.create>;
  try {
    font = fontkit.create(bytes);
  } catch {
    return coded('font.notOpenType');
  }
  if (!('layout' in font)) return coded('font.collection');
  const tables = (font as unknown as { directory?: { tables?: Record<string, TableEntry> } }).directory?.tables ?? {};
  for (const [tag, { offset, length }] of Object.entries(tables)) {
    if (offset + length > bytes.length) return coded('font.cutShort', { table: tag.trim(), end: offset + length, size: bytes.length });
  }
  try {
    if (!(font.unitsPerEm > 0)) return coded('font.noUnitsPerEm');
    const glyphs = (font as unknown as { glyphsForString(text: string): { path: unknown; advanceWidth: number }[] }).glyphsForString(TRIAL_TEXT);
    const subset = (font as unknown as { createSubset(): { includeGlyph(g: unknown): void; encode(): Uint8Array } }).createSubset();
    for (const glyph of glyphs) {
      void glyph.advanceWidth;
      void glyph.path;
      subset.includeGlyph(glyph);
    }
    subset.encode();
  } catch (e) {
    return coded('font.unreadableTables', { detail: e instanceof Error ? e.message : String(e) });
  }
  return undefined;
}
