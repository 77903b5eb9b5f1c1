// fontkit fonts per role → the Measurer layout uses: kerned advance widths (cached per font and text), ascent, descent, missing glyphs.
import * as fontkit from 'fontkit';
import type { Measurer } from '../vocabulary/measurer.js';
import type { FontRole } from '../vocabulary/theme.js';
import type { WidthShelves } from './widthCache.js';

const ROLES: readonly FontRole[] = ['regular', 'italic', 'semibold', 'bold', 'boldItalic', 'display', 'arabic', 'arabicBold'];

/** Widths cached per font; a cache is cleared when it grows past this many strings. */
const CACHE_LIMIT = 200_000;

/** Code points that are never drawn and need no glyph: controls, soft hyphen, zero-width characters, BOM. */
function isInvisible(cp: number): boolean {
  return cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || cp === 0xad || (cp >= 0x200b && cp <= 0x200f) || cp === 0x2060 || cp === 0xfeff;
}

/** Font file bytes per role → parsed fontkit fonts (a collection file is refused). */
export function openFonts(buffers: Partial<Record<FontRole, Buffer>>): Record<FontRole, fontkit.Font> {
  const fonts = {} as Record<FontRole, fontkit.Font>;
  for (const role of ROLES) {
    const buffer = buffers[role] ?? (role === 'arabic' ? buffers.regular : role === 'arabicBold' ? buffers.bold : undefined);
    if (!buffer) throw new Error(`no font file for the role "${role}"`);
    const font = fontkit.create(buffer);
    if (!('layout' in font)) throw new Error(`the font for "${role}" is a collection, not a single font`);
    fonts[role] = font;
  }
  return fonts;
}

/** `widths`: advance widths in font units per role and text, known ahead; the measurer adds to it. `stored`: the widths of earlier builds (widthCache.ts), given what this one measures. */
export function createFontkitMeasurer(fonts: Record<FontRole, fontkit.Font>, widths: Map<FontRole, Map<string, number>> = new Map(), stored: WidthShelves = {}): Measurer {
  const fontOf = (role: FontRole): fontkit.Font => {
    const font = fonts[role];
    if (!font) throw new Error(`no font for the role "${role}"`);
    return font;
  };

  /** Ink extents (font units above and below the baseline) per role and text: asked for the lines of script fonts, which repeat from region to region. */
  const inks = new Map<FontRole, Map<string, [number, number]>>();

  return {
    width(text: string, role: FontRole, size: number): number {
      if (text === '') return 0;
      const font = fontOf(role);
      let cache = widths.get(role);
      if (!cache) widths.set(role, (cache = new Map()));
      let units = cache.get(text);
      if (units === undefined) {
        const shelf = stored[role];
        units = shelf?.get(text);
        if (units === undefined) {
          units = font.layout(text).advanceWidth;
          shelf?.put(text, units);
        }
        if (cache.size >= CACHE_LIMIT) cache.clear();
        cache.set(text, units);
      }
      return (units * size) / font.unitsPerEm;
    },
    ascent(role: FontRole, size: number): number {
      const font = fontOf(role);
      return (font.ascent * size) / font.unitsPerEm;
    },
    descent(role: FontRole, size: number): number {
      const font = fontOf(role);
      return (font.descent * size) / font.unitsPerEm;
    },
    inkExtent(text: string, role: FontRole, size: number): { ascent: number; descent: number } {
      const font = fontOf(role);
      let cache = inks.get(role);
      if (!cache || cache.size >= CACHE_LIMIT) inks.set(role, (cache = new Map()));
      let units = cache.get(text);
      if (!units) cache.set(text, (units = inkUnits(font, text)));
      return { ascent: (units[0] * size) / font.unitsPerEm, descent: (units[1] * size) / font.unitsPerEm };
    },
    missingGlyphs(text: string, role: FontRole): string[] {
      const font = fontOf(role);
      const out: string[] = [];
      for (const char of text) {
        // biome-ignore lint/style/noNonNullAssertion: for…of over a string gives characters, never an empty string
        const cp = char.codePointAt(0)!;
        if (isInvisible(cp) || out.includes(char)) continue;
        if (!font.hasGlyphForCodePoint(cp)) out.push(char);
      }
      return out;
    },
  };
}

/** How far the glyphs of `text`, as shaped (marks lifted by their offsets), reach above and below the baseline, in font units. */
function inkUnits(font: fontkit.Font, text: string): [number, number] {
  const run = font.layout(text);
  let top = 0;
  let bottom = 0;
  run.glyphs.forEach((glyph, i) => {
    const box = glyph.bbox;
    const lift = run.positions[i]?.yOffset ?? 0;
    if (box.maxY + lift > top) top = box.maxY + lift;
    if (box.minY + lift < bottom) bottom = box.minY + lift;
  });
  return [top, bottom];
}
