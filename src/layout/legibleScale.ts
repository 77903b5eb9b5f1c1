// Text style + copy-fit scale + theme colours → the scale for that style, so copy-fitting never sets text under 8 pt, nor text in a colour of several inks under 12 pt.
import type { TextStyle, ThemeColor } from '../vocabulary/theme.js';

/** Text under this size is printed in one ink (a hair of misregistration blurs it otherwise); preflight's small-text-inks checks the same. */
export const SINGLE_INK_TEXT_PT = 12;

/** Copy-fitting sets no text under this size: reading text in print stays 8 pt or more (furniture the theme sets smaller keeps its own size). */
export const MIN_FITTED_TEXT_PT = 8;

/** Process inks with coverage in a theme colour. */
export function inkCount(color: ThemeColor): number {
  return [color.c, color.m, color.y, color.k].filter((v) => v > 0).length;
}

/**
 * The copy-fit scale for text in `style`: as given, except that no text shrinks under 8 pt, and text in a colour of several
 * inks no further than 12 pt (each stops at its own size when the template sets it smaller: preflight reports a multi-ink one).
 * The frame's other text takes the rest.
 */
export function legibleScale(style: Pick<TextStyle, 'size' | 'color'>, scale: number, colors: Record<string, ThemeColor>): number {
  if (scale >= 1) return scale;
  const color = colors[style.color];
  const floor = color && inkCount(color) > 1 ? SINGLE_INK_TEXT_PT : MIN_FITTED_TEXT_PT;
  if (style.size * scale >= floor) return scale;
  return Math.max(scale, Math.min(1, floor / style.size));
}
