// Font file bytes per role → fontkit fonts parsed once per process and shared by every PDF document (each document still embeds its own subset).
import { createHash } from 'node:crypto';
import { create, type Font } from 'fontkit';
import type { FontRole } from '../layout/types.js';
import { memoizeShaping } from './memoizeShaping.js';
import { exactGlyphCodePoints } from './glyphCodePoints.js';

/** A parsed font: the same fontkit instance (ES module) pdfkit itself uses, so pdfkit takes it as is. */
export type FontkitFont = Font;

export interface SharedFonts {
  /** The parsed font per role; pdfkit accepts these directly (`doc.registerFont(role, font)`). */
  fontkit: Record<FontRole, FontkitFont>;
  /** sha256 of each font file: part of the content hash behind the document ID. */
  hashes: Record<FontRole, string>;
}

/** Parsed fonts by the sha256 of their bytes: the same file is parsed once per process, whatever role or session asks for it. */
const parsed = new Map<string, FontkitFont>();

export const FONT_ROLES: readonly FontRole[] = ['regular', 'italic', 'semibold', 'bold', 'boldItalic', 'display', 'arabic', 'arabicBold'];

/** A script role a theme leaves out falls back to this role's font (which then reports the glyphs it lacks). */
const FALLBACK: Partial<Record<FontRole, FontRole>> = { arabic: 'regular', arabicBold: 'bold' };

export function loadSharedFonts(given: Partial<Record<FontRole, Buffer>>): SharedFonts {
  const buffers: Partial<Record<FontRole, Buffer>> = { ...given };
  for (const [role, fallback] of Object.entries(FALLBACK) as [FontRole, FontRole][]) buffers[role] ??= buffers[fallback];
  const fonts = {} as Record<FontRole, FontkitFont>;
  const hashes = {} as Record<FontRole, string>;
  for (const role of FONT_ROLES) {
    const buffer = buffers[role];
    if (!buffer) throw new Error(`no font file for the role "${role}"`);
    const hash = createHash('sha256').update(buffer).digest('hex');
    let font = parsed.get(hash);
    if (!font) {
      const opened = create(buffer);
      if (!('layout' in opened)) throw new Error(`the font for "${role}" is a collection, not a single font`);
      font = memoizeShaping(exactGlyphCodePoints(opened));
      parsed.set(hash, font);
    }
    fonts[role] = font;
    hashes[role] = hash;
  }
  return { fontkit: fonts, hashes };
}
