// Matrices, points and boxes in PDF user space → products, transformed points, bounding boxes, positions in mm from the trim.
import { toMm } from '../units.js';
import type { Box, Matrix } from './types.js';

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** m1 × m2: first m1, then m2 (so `cm` gives multiply(cmMatrix, ctm)). */
export function multiply(m1: Matrix, m2: Matrix): Matrix {
  // indexed, not destructured: destructuring went through the array iterator, a third of the preflight's garbage
  const a = m1[0],
    b = m1[1],
    c = m1[2],
    d = m1[3],
    e = m1[4],
    f = m1[5];
  const A = m2[0],
    B = m2[1],
    C = m2[2],
    D = m2[3],
    E = m2[4],
    F = m2[5];
  return [a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F];
}

export function apply(m: Matrix, x: number, y: number): [number, number] {
  return [x * m[0] + y * m[2] + m[4], x * m[1] + y * m[3] + m[5]];
}

/** The mean scale of a matrix: √|det|. */
export function meanScale(m: Matrix): number {
  return Math.sqrt(Math.abs(m[0] * m[3] - m[1] * m[2]));
}

/**
 * The smallest scale of a matrix in any direction (its smaller singular value): how thin a stroke of width 1 gets where
 * it is thinnest. Equal to meanScale for a uniform scale; under a squeezing matrix the lines along the squeezed axis.
 */
export function minScale(m: Matrix): number {
  const a = m[0],
    b = m[1],
    c = m[2],
    d = m[3];
  const sum = a * a + b * b + c * c + d * d;
  const det = a * d - b * c;
  // σ² = (sum ± √(sum² − 4 det²)) / 2; the root is ≥ 0 up to rounding
  return Math.sqrt(Math.max(0, (sum - Math.sqrt(Math.max(0, sum * sum - 4 * det * det))) / 2));
}

/** The bounding box of the points (x, y) of a rectangle in the space of m. */
export function transformBox(m: Matrix, x0: number, y0: number, x1: number, y1: number): Box {
  const a = m[0],
    b = m[1],
    c = m[2],
    d = m[3],
    e = m[4],
    f = m[5];
  // Each corner is a sum of an x term and a y term, so the extremes pick the extreme terms.
  const xa = Math.min(a * x0, a * x1),
    xb = Math.max(a * x0, a * x1);
  const xc = Math.min(c * y0, c * y1),
    xd = Math.max(c * y0, c * y1);
  const ya = Math.min(b * x0, b * x1),
    yb = Math.max(b * x0, b * x1);
  const yc = Math.min(d * y0, d * y1),
    yd = Math.max(d * y0, d * y1);
  return { x0: xa + xc + e, y0: ya + yc + f, x1: xb + xd + e, y1: yb + yd + f };
}

export function boxFromArray(values: readonly number[] | undefined): Box | undefined {
  if (!values || values.length !== 4 || values.some((v) => !Number.isFinite(v))) return undefined;
  const [a = 0, b = 0, c = 0, d = 0] = values; // four, as checked (`= 0` only tells the compiler)
  return { x0: Math.min(a, c), y0: Math.min(b, d), x1: Math.max(a, c), y1: Math.max(b, d) };
}

/** True when the box has any area inside `outer`. */
export function overlaps(box: Box, outer: Box): boolean {
  return box.x1 > outer.x0 && box.x0 < outer.x1 && box.y1 > outer.y0 && box.y0 < outer.y1;
}

/** The top-left of `box`, in mm from the trim's top-left corner (y grows downwards), to 0.1 mm. */
export function position(box: Box, trim: Box): { x: number; y: number } {
  return { x: round1(toMm(box.x0 - trim.x0)), y: round1(toMm(trim.y1 - box.y1)) };
}

export const round1 = (v: number): number => Math.round(v * 10) / 10;
export const fmt1 = (v: number): string => round1(v).toFixed(1);
export const fmt2 = (v: number): string => (Math.round(v * 100) / 100).toFixed(2);
export const fmtMm = (points: number): string => fmt1(toMm(points));
