// Font file bytes per role → fontkit fonts parsed once per process and shared by every PDF document (each document still embeds its own subset).
import { createHash } from 'node:crypto';
import { create, type Font } from 'fontkit';
import type { FontRole } from '../vocabulary/theme.js';
import { memoizeShaping } from './memoizeShaping.js';
import { exactGlyphCodePoints } from './glyphCodePoints.js';
import { withFeatures } from './withFeatures.js';
import { memo } from '../world/memo.js';

/** A parsed font: the same fontkit instance (ES module) pdfkit itself uses, so pdfkit takes it as is. */
export type FontkitFont = Font;

export interface SharedFonts {
  /** The parsed font per role; pdfkit accepts these directly (`doc.registerFont(role, font)`). */
  fontkit: Record<FontRole, FontkitFont>;
  /**
   * sha256 of each font file, and of the OpenType features applied when there are any: part of the content hash behind the
   * document ID and the name of every disk cache of widths, shaped runs and line breaks, so none made without the features is reused.
   */
  hashes: Record<FontRole, string>;
}

/** Parsed fonts kept by the sha256 of their bytes (and features): the same file is parsed once per process, whatever role or World asks for it. */
const PARSED_KEPT = 64;

export const FONT_ROLES: readonly FontRole[] = ['regular', 'italic', 'semibold', 'bold', 'boldItalic', 'display', 'arabic', 'arabicBold'];

/** A script role a theme leaves out falls back to this role's font (which then reports the glyphs it lacks). */
const FALLBACK: Partial<Record<FontRole, FontRole>> = { arabic: 'regular', arabicBold: 'bold' };

/** A font file and the features it is shaped with → the hash every cache and the document ID know it by (without features: the file's own sha256). */
export function fontHash(buffer: Uint8Array, features: readonly string[] = []): string {
  const sha = createHash('sha256').update(buffer);
  // a font shaped with other features is another font to every cache
  if (features.length) sha.update(`\0features:${[...features].sort().join(',')}`);
  return sha.digest('hex');
}

/** `features`: OpenType features every role is shaped with (the theme's `fontFeatures`, e.g. cv08). */
export function loadSharedFonts(given: Partial<Record<FontRole, Buffer>>, features: readonly string[] = []): SharedFonts {
  const buffers: Partial<Record<FontRole, Buffer>> = { ...given };
  for (const [role, fallback] of Object.entries(FALLBACK) as [FontRole, FontRole][]) buffers[role] ??= buffers[fallback];
  const fonts = {} as Record<FontRole, FontkitFont>;
  const hashes = {} as Record<FontRole, string>;
  for (const role of FONT_ROLES) {
    const buffer = buffers[role];
    if (!buffer) throw new Error(`no font file for the role "${role}"`);
    const hash = fontHash(buffer, features);
    fonts[role] = memo(
      'pdf.parsedFont',
      [hash],
      () => {
        const opened = create(buffer);
        if (!('layout' in opened)) throw new Error(`the font for "${role}" is a collection, not a single font`);
        return memoizeShaping(withFeatures(exactGlyphCodePoints(opened), features));
      },
      PARSED_KEPT,
    );
    hashes[role] = hash;
  }
  return { fontkit: fonts, hashes };
}
