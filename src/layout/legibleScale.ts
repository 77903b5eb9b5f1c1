// Text style + copy-fit scale + theme colours → the scale for that style, so copy-fitting never sets text in a colour of several inks under 12 pt.
import type { TextStyle, ThemeColor } from './types.js';

/** Text under this size is printed in one ink (a hair of misregistration blurs it otherwise); preflight's small-text-inks checks the same. */
export const SINGLE_INK_TEXT_PT = 12;

/** Process inks with coverage in a theme colour. */
export function inkCount(color: ThemeColor): number {
  return [color.c, color.m, color.y, color.k].filter((v) => v > 0).length;
}

/**
 * The copy-fit scale for text in `style`: as given, except that text in a colour of several inks shrinks no further than
 * 12 pt (or its own size when the template sets it smaller: preflight reports that one). The frame's other text takes the rest.
 */
export function legibleScale(style: Pick<TextStyle, 'size' | 'color'>, scale: number, colors: Record<string, ThemeColor>): number {
  if (scale >= 1 || style.size * scale >= SINGLE_INK_TEXT_PT) return scale;
  const color = colors[style.color];
  if (!color || inkCount(color) <= 1) return scale;
  return Math.max(scale, Math.min(1, SINGLE_INK_TEXT_PT / style.size));
}
