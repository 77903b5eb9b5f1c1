// The campaign identity as a theme file names it: font roles, CMYK colours, paragraph styles. Imports only the vocabulary.
import type { Cmyk } from './colour.js';

export type FontRole = 'regular' | 'italic' | 'semibold' | 'bold' | 'boldItalic' | 'display' | 'arabic' | 'arabicBold';

/** The roles a theme may leave out: the per-script fallbacks (Arabic script runs); without them the Latin roles are used. */
export type ScriptFontRole = 'arabic' | 'arabicBold';

/** A paragraph style of the theme. Sizes and spacing in points. */
export interface TextStyle {
  font: FontRole;
  size: number;
  leading: number;
  color: string;
  align: 'left' | 'right' | 'center' | 'justify';
  spaceBefore: number;
  spaceAfter: number;
  hyphenate: boolean;
  /** Extra spacing between letters, in points (display type). */
  tracking: number;
  uppercase: boolean;
}

/** A theme colour: CMYK for print, and the sRGB the screen edition uses instead of the converted CMYK where that fails contrast. */
export interface ThemeColor extends Cmyk {
  /** `#rrggbb`. */
  screen?: string;
}

/** The campaign identity: fonts, CMYK palette, paragraph styles. Loaded from templates/theme.yaml. */
export interface Theme {
  /** Font file per role, relative to the project root; the script roles (arabic, arabicBold) are optional. */
  fonts: Record<Exclude<FontRole, ScriptFontRole>, string> & Partial<Record<ScriptFontRole, string>>;
  /** OpenType features every font is measured and drawn with (cv08: Inter's capital I with serifs). */
  fontFeatures?: string[];
  /** CMYK in percent (0–100); the screen edition derives sRGB from these. */
  colors: Record<string, ThemeColor>;
  styles: Record<string, TextStyle>;
}
