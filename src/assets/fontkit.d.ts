// Type declarations for the part of fontkit drukwerk uses (fontkit ships none, and there is no @types/fontkit).
declare module 'fontkit' {
  export interface Glyph {
    id: number;
    advanceWidth: number;
    codePoints: number[];
    /** The glyph's outline extent, in font units. */
    bbox: { minX: number; minY: number; maxX: number; maxY: number };
    /** The outline in font units, y up: moveTo, lineTo, quadraticCurveTo, bezierCurveTo, closePath. */
    path: { commands: { command: string; args: number[] }[]; toSVG(): string };
  }

  export interface GlyphPosition {
    xAdvance: number;
    yAdvance: number;
    xOffset: number;
    yOffset: number;
  }

  export interface GlyphRun {
    glyphs: Glyph[];
    positions: GlyphPosition[];
    advanceWidth: number;
  }

  export interface Font {
    postscriptName: string;
    familyName: string;
    unitsPerEm: number;
    ascent: number;
    descent: number;
    lineGap: number;
    capHeight: number;
    xHeight: number;
    /** Shapes `text` with the font's default features (kerning included) or the given ones. */
    layout(text: string, features?: string[] | Record<string, boolean>): GlyphRun;
    glyphForCodePoint(codePoint: number): Glyph;
    /** The glyph with this id; `codePoints` are the characters it stands for (fontkit keeps those of the first request). */
    getGlyph(id: number, codePoints?: number[]): Glyph;
    hasGlyphForCodePoint(codePoint: number): boolean;
  }

  export interface FontCollection {
    fonts: Font[];
  }

  export function create(buffer: Buffer | Uint8Array, postscriptName?: string): Font | FontCollection;
  export function openSync(filename: string, postscriptName?: string): Font | FontCollection;
}
