// Colour values shared by the theme, the colour conversions and paint. Imports nothing.

/** Process colour in percent (0–100) per ink. */
export interface Cmyk {
  c: number;
  m: number;
  y: number;
  k: number;
}

/** sRGB, 0–255 per channel. */
export type Rgb = [number, number, number];
