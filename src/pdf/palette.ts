// Theme colours + edition (+ CMYK profile, + the sRGB colours found in SVG artwork) → the colour values pdfkit paints with: CMYK percentages in print, sRGB in screen (a colour's own `screen` value, else its CMYK converted); artwork in a theme colour's screen value prints in that colour's inks.
import { cmykToSrgb, srgbToCmyk } from '../assets/convertColors.js';
import type { Theme } from '../vocabulary/theme.js';
import type { Cmyk, Rgb } from '../vocabulary/colour.js';
import type { Edition } from '../vocabulary/edition.js';

/** pdfkit colour: 4 numbers = DeviceCMYK in percent, 3 numbers = DeviceRGB 0–255. Never a string: strings are RGB hex or names in pdfkit. */
export type PdfColor = [number, number, number] | [number, number, number, number];

export interface Palette {
  edition: Edition;
  /** A theme colour by name; throws on an unknown name. */
  color(name: string): PdfColor;
  /**
   * A colour found in SVG artwork (images, not icons): in print the CMYK of the theme colour whose screen value it is (campaign
   * artwork drawn in the palette prints in exactly its inks), else converted through the profile; kept in screen. Throws when
   * print meets a colour nobody converted.
   */
  svgColor(rgb: Rgb): PdfColor;
  /** What svgColor maps, as text: two palettes with the same key map every colour alike (drawn artwork is reused by it). */
  svgColorsKey: string;
  /** The light colour of the draft mark. */
  draft: PdfColor;
}

const key = (rgb: Rgb): string => rgb.map((v) => Math.round(v)).join(',');
const cmykArray = (c: Cmyk): PdfColor => [c.c, c.m, c.y, c.k];

/** The draft mark when the theme has no `mark` colour: 15 % K. */
const DRAFT_DEFAULT: Cmyk = { c: 0, m: 0, y: 0, k: 15 };

export async function buildPalette(theme: Theme, edition: Edition, profile: Buffer | undefined, svgColors: Rgb[] = []): Promise<Palette> {
  const names = Object.keys(theme.colors).sort();
  const unknown = (name: string): never => {
    throw new Error(`unknown colour "${name}": the theme has ${names.join(', ')}`);
  };
  const draftCmyk = theme.colors.mark ?? DRAFT_DEFAULT;
  if (edition === 'print') {
    if (svgColors.length && !profile) throw new Error('SVG colours cannot be converted to CMYK without the output profile');
    const converted = new Map<string, PdfColor>();
    if (svgColors.length && profile) {
      const cmyk = await srgbToCmyk(svgColors, profile);
      svgColors.forEach((rgb, i) => {
        const c = cmyk[i];
        if (c === undefined) throw new Error(`srgbToCmyk gave no colour for rgb(${rgb.join(', ')})`);
        converted.set(key(rgb), cmykArray(c));
      });
      // a theme colour's own screen value stands for that colour (the first by name when two share one)
      for (const name of [...names].reverse()) {
        const colour = theme.colors[name];
        if (colour === undefined) throw new Error(`the theme colour "${name}" has no value`);
        const screen = hexRgb(colour.screen);
        if (screen && converted.has(key(screen as Rgb))) converted.set(key(screen as Rgb), cmykArray(colour));
      }
    }
    return {
      edition,
      // biome-ignore lint/style/noNonNullAssertion: Object.hasOwn found the name among the theme's colours
      color: (name) => (Object.hasOwn(theme.colors, name) ? cmykArray(theme.colors[name]!) : unknown(name)),
      svgColor: (rgb) => converted.get(key(rgb)) ?? failSvg(rgb),
      svgColorsKey: JSON.stringify([...converted].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
      draft: cmykArray(draftCmyk),
    };
  }
  // biome-ignore lint/style/noNonNullAssertion: names are the keys of theme.colors
  const rgbs = await cmykToSrgb([...names.map((n) => theme.colors[n]!), draftCmyk], profile);
  // biome-ignore lint/style/noNonNullAssertion: names are the keys of theme.colors, and cmykToSrgb gives one colour per colour (rgbs[i] is names[i]'s)
  const screen = new Map<string, PdfColor>(names.map((n, i) => [n, hexRgb(theme.colors[n]!.screen) ?? [...rgbs[i]!]]));
  const draft = rgbs[names.length];
  if (draft === undefined) throw new Error('cmykToSrgb gave no colour for the draft mark');
  return {
    edition,
    color: (name) => screen.get(name) ?? unknown(name),
    svgColor: (rgb) => [rgb[0], rgb[1], rgb[2]],
    svgColorsKey: 'kept',
    draft: [...draft],
  };
}

/** `#rrggbb` → 0–255 values; undefined stays undefined. */
function hexRgb(hex: string | undefined): PdfColor | undefined {
  if (hex === undefined) return undefined;
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function failSvg(rgb: Rgb): never {
  throw new Error(`the SVG colour rgb(${rgb.join(', ')}) was not converted to CMYK`);
}
