// Lengths and paper sizes: millimetres ↔ PostScript points, named sizes → trim size in points.

export const PT_PER_MM = 72 / 25.4;

export const mm = (value: number): number => value * PT_PER_MM;
export const toMm = (points: number): number => points / PT_PER_MM;

export interface Size {
  width: number;
  height: number;
}

/** Trim sizes in millimetres, portrait. */
export const PAPER_MM = {
  A3: { width: 297, height: 420 },
  A4: { width: 210, height: 297 },
  A5: { width: 148, height: 210 },
} as const satisfies Record<string, Size>;

export type PaperName = keyof typeof PAPER_MM;

export function paperSize(name: PaperName): Size {
  const p = PAPER_MM[name];
  return { width: mm(p.width), height: mm(p.height) };
}

/** Parses `12mm`, `12pt` or a bare number (millimetres) into points; undefined if not a length. */
export function parseLength(text: string): number | undefined {
  const m = /^\s*(-?\d+(?:\.\d+)?)\s*(mm|pt)?\s*$/.exec(text);
  if (!m) return undefined;
  const value = Number(m[1]);
  return m[2] === 'pt' ? value : mm(value);
}

export const BLEED_MM = 3;
export const SAFE_ZONE_MM = 5;
