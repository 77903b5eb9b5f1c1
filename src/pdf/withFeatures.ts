// A parsed fontkit font + the theme's OpenType features → the same font whose every shaping (measuring and drawing alike) applies them.
import type { Font } from 'fontkit';
import { wrapLayout } from './pdfkitInternals.js';

type Features = Parameters<Font['layout']>[1];

/** The caller's features with the theme's added: as a list, or as a map where the caller's own settings win. */
export function mergeFeatures(given: Features, theme: readonly string[]): Features {
  if (!theme.length) return given;
  if (given === undefined) return [...theme];
  if (Array.isArray(given)) return [...given, ...theme.filter((f) => !given.includes(f))];
  return { ...Object.fromEntries(theme.map((f) => [f, true])), ...given };
}

/**
 * Layout measures with the fonts pdfkit draws with (one fontkit object per file and feature set), so wrapping `layout` here gives
 * widths, line breaks, shaped runs and embedded glyphs the same alternates: Inter's cv08 (a capital I with serifs) is measured
 * at its own width and drawn as the glyph that was measured. A font without the feature ignores it.
 */
export function withFeatures(font: Font, features: readonly string[]): Font {
  if (!features.length) return font;
  wrapLayout<ReturnType<Font['layout']>>(
    font,
    (layout) =>
      (text, given, ...rest) =>
        layout(text, mergeFeatures(given as Features, features), ...rest),
  );
  return font;
}
