// A painted colour → the inks it prints with on a CMYK press (undefined when it cannot tell: RGB, Lab, patterns), and whether it is paper white or 100 % K.
import type { Colour } from './types.js';

/** Below this a component counts as no ink (0.5 %). */
const NONE = 0.005;
const PROCESS = ['C', 'M', 'Y', 'K'];

/** The inks of a colour, e.g. ['C', 'M', 'K'] for navy; [] for paper white. */
export function inksOf(colour: Colour): string[] | undefined {
  const { space, values } = colour;
  if (space.cmyk && values.length === 4) return PROCESS.filter((_, i) => (values[i] ?? 0) > NONE);
  if (space.family === 'DeviceGray' || (space.family === 'ICCBased' && space.n === 1) || space.family === 'CalGray') {
    return (values[0] ?? 0) < 1 - NONE ? ['K'] : [];
  }
  if (space.family === 'Separation') {
    const name = space.label.replace(/^Separation /, '');
    if ((values[0] ?? 0) <= NONE || name === 'None') return [];
    // "All" is registration colour: every plate
    return name === 'All' ? [...PROCESS] : [name];
  }
  if (space.family === 'DeviceN') {
    const names = space.label.replace(/^DeviceN /, '').split('+');
    return names.filter((n, i) => n !== 'None' && (values[i] ?? 0) > NONE);
  }
  return undefined;
}

/** Registration colour (Separation /All): every plate at once, for crop and registration marks, not a colour of the design. */
export const isRegistration = (colour: Colour): boolean => colour.space.family === 'Separation' && colour.space.label === 'Separation All';

/** Paper white: a colour that prints no ink. */
export const isPaperWhite = (colour: Colour): boolean => inksOf(colour)?.length === 0;

/** 100 % K and nothing else: the black that overprints. */
export function isPureBlack(colour: Colour): boolean {
  const { space, values } = colour;
  if (space.cmyk && values.length === 4) return (values[3] ?? 0) >= 1 - NONE && values.slice(0, 3).every((v) => v <= NONE);
  return false;
}

const pct = (v: number) => Math.round(v * 100);

/** For messages: `C100 M78 Y0 K38`, `Separation PANTONE 072 C 100 %`, or the values. */
export function colourLabel(colour: Colour): string {
  const { space, values } = colour;
  if (space.cmyk && values.length === 4) return PROCESS.map((ink, i) => `${ink}${pct(values[i] ?? 0)}`).join(' ');
  if (space.family === 'DeviceGray') return `K${pct(1 - (values[0] ?? 0))} (grey)`;
  return `${space.label} ${values.map((v) => `${pct(v)} %`).join(' ')}`;
}

/** Text render modes that fill the glyphs, and those that stroke them. */
export const FILLS_TEXT: ReadonlySet<number> = new Set([0, 2, 4, 6]);
export const STROKES_TEXT: ReadonlySet<number> = new Set([1, 2, 5, 6]);
