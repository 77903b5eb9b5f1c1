// Box/glue/penalty items + column width → the item indices to break at, by total fit (Knuth–Plass).
import type { Item } from './textItems.js';

export interface FitOptions {
  /** Width of every line but the first. */
  width: number;
  /** Width of the first line (the column minus the first-line indent). */
  firstWidth: number;
  /** Justified: spaces stretch and shrink. Ragged: spaces are fixed and every line end has `raggedStretch`. */
  justify: boolean;
  raggedStretch: number;
  /** The line-end stretch of a justified line without spaces (set flush left): small, so such lines stay rare. */
  loneWordStretch: number;
  maxConsecutiveHyphens: number;
}

/** Knuth–Plass constants (TeX's defaults where TeX has one). */
const LINE_PENALTY = 10;
const DOUBLE_HYPHEN_DEMERITS = 3000;
const FINAL_HYPHEN_DEMERITS = 5000;
const ADJ_DEMERITS = 10000;
/**
 * A runt: a last line of one word (or the end of a hyphenated one) in a paragraph of 2+ lines. Words joined by a no-break
 * space (`19 uur.`) count as two. As bad as a ragged line three times as short as its stretch (r ≈ 3.2, about 9 ems
 * at body size): a ragged line ends that much shorter rather than leave a word alone below it.
 */
const RUNT_DEMERITS = 10_000_000;
const STRETCH = 1 / 2;
const SHRINK = 1 / 3;
/** Badness of a line that cannot stretch at all. */
const INFINITE_BADNESS = 1e7;
/** An overfull line forced by the rescue. */
const OVERFULL_DEMERITS = 1e8;
export const EPSILON = 1e-6;

interface Node {
  /** Index of the break item; −1 for the paragraph start. */
  pos: number;
  line: number;
  fitness: number;
  streak: number;
  total: number;
  prev: Node | undefined;
}

interface Sums {
  width: Float64Array;
  stretch: Float64Array;
  shrink: Float64Array;
  breakableSpaces: Int32Array;
  /** Every space, no-break spaces too. */
  spaces: Int32Array;
}

export function prefixSums(items: Item[], justify: boolean): Sums {
  const n = items.length + 1;
  const s: Sums = { width: new Float64Array(n), stretch: new Float64Array(n), shrink: new Float64Array(n), breakableSpaces: new Int32Array(n), spaces: new Int32Array(n) };
  items.forEach((item, i) => {
    const glue = item.kind === 'glue';
    // biome-ignore lint/style/noNonNullAssertion: i < items.length < n
    s.width[i + 1] = s.width[i]! + (item.kind === 'penalty' ? 0 : item.width);
    // biome-ignore lint/style/noNonNullAssertion: i < items.length < n
    s.stretch[i + 1] = s.stretch[i]! + (glue && justify ? item.width * STRETCH : 0);
    // biome-ignore lint/style/noNonNullAssertion: i < items.length < n
    s.shrink[i + 1] = s.shrink[i]! + (glue && justify ? item.width * SHRINK : 0);
    // biome-ignore lint/style/noNonNullAssertion: i < items.length < n
    s.breakableSpaces[i + 1] = s.breakableSpaces[i]! + (glue && item.breakable ? 1 : 0);
    // biome-ignore lint/style/noNonNullAssertion: i < items.length < n
    s.spaces[i + 1] = s.spaces[i]! + (glue ? 1 : 0);
  });
  return s;
}

/** Indices of the items a line may end at; the last one is the paragraph end (items.length). */
export function breakpoints(items: Item[]): number[] {
  const out: number[] = [];
  items.forEach((item, i) => {
    if (item.kind === 'glue' ? item.breakable && items[i - 1]?.kind === 'box' : item.kind === 'penalty') out.push(i);
  });
  out.push(items.length);
  return out;
}

function fitnessOf(r: number): number {
  return r < -0.5 ? 0 : r <= 0.5 ? 1 : r <= 1 ? 2 : 3;
}

/**
 * The total fit, or undefined when no set of breaks stays within `tolerance` (badness).
 * With `rescue`, a break no line can reach without being overfull (a word wider than the column) is reached anyway
 * from the latest line start that was dropped there, as TeX does: that line alone overflows, the rest is still a total fit.
 */
export function totalFit(items: Item[], opts: FitOptions, tolerance: number, rescue = false): number[] | undefined {
  const sums = prefixSums(items, opts.justify);
  const points = breakpoints(items);
  const end = items.length;
  const maxStreak = opts.maxConsecutiveHyphens;
  const active: Node[] = [{ pos: -1, line: 0, fitness: 1, streak: 0, total: 0, prev: undefined }];
  const states = 4 * (maxStreak + 1);
  const best: Array<Node | undefined> = new Array(states);
  const { width: W, stretch: Y, shrink: Z, spaces: SP } = sums;

  for (const b of points) {
    const item = items[b];
    const isLast = b === end;
    const penalty = item?.kind === 'penalty' ? item : undefined;
    const flagged = penalty?.flagged ?? false;
    const penaltyWidth = penalty?.width ?? 0;
    const p = penalty?.penalty ?? 0;
    const penaltyDemerits = p >= 0 ? p * p : -p * p;
    best.fill(undefined);
    let kept = 0;
    let dropped: Node | undefined;
    for (let i = 0; i < active.length; i++) {
      // biome-ignore lint/style/noNonNullAssertion: i < active.length
      const a = active[i]!;
      const s = a.pos + 1;
      const avail = a.pos < 0 ? opts.firstWidth : opts.width;
      // biome-ignore lint/style/noNonNullAssertion: s <= b <= items.length, and the sums have items.length + 1 entries
      const base = W[b]! - W[s]!;
      // biome-ignore lint/style/noNonNullAssertion: s <= b <= items.length, and the sums have items.length + 1 entries
      const shrink = Z[b]! - Z[s]!;
      if (base - shrink > avail + EPSILON) {
        // overfull now and at every later break: drop
        if (!dropped || a.pos > dropped.pos || (a.pos === dropped.pos && a.total < dropped.total)) dropped = a;
        continue;
      }
      if (!isLast) active[kept++] = a;
      const natural = base + penaltyWidth;
      let r: number;
      if (natural > avail + EPSILON) r = shrink > 0 ? (avail - natural) / shrink : -Infinity;
      else if (isLast) r = 0;
      else {
        // a justified line without spaces cannot stretch: it is set flush left, and judged like a ragged line
        // biome-ignore lint/style/noNonNullAssertion: s <= b <= items.length, and the sums have items.length + 1 entries
        const stretch = opts.justify ? Y[b]! - Y[s]! || opts.loneWordStretch : opts.raggedStretch;
        r = stretch > 0 ? (avail - natural) / stretch : Infinity;
      }
      if (r < -1) continue;
      const ar = r < 0 ? -r : r;
      // not capped at 10000 as in TeX: among bad lines, the less bad one still wins (a lone syllable on a justified line loses)
      const badness = r === Infinity ? INFINITE_BADNESS : 100 * ar * ar * ar;
      if (badness > tolerance) continue;
      const streak = flagged ? a.streak + 1 : 0;
      if (streak > maxStreak) continue;
      let d = (LINE_PENALTY + badness) * (LINE_PENALTY + badness) + penaltyDemerits;
      if (flagged && a.streak > 0) d += DOUBLE_HYPHEN_DEMERITS;
      if (isLast && a.streak > 0) d += FINAL_HYPHEN_DEMERITS;
      const fitness = fitnessOf(r);
      if (a.pos >= 0 && Math.abs(fitness - a.fitness) > 1) d += ADJ_DEMERITS;
      // biome-ignore lint/style/noNonNullAssertion: s <= b <= items.length, and the sums have items.length + 1 entries
      if (isLast && a.line >= 1 && SP[b]! - SP[s]! === 0) d += RUNT_DEMERITS;
      const total = a.total + d;
      const k = fitness * (maxStreak + 1) + streak;
      const current = best[k];
      if (!current || total < current.total) best[k] = { pos: b, line: a.line + 1, fitness, streak, total, prev: a };
    }
    active.length = kept;
    if (rescue && kept === 0 && dropped && !best.some(Boolean)) {
      const streak = flagged ? Math.min(dropped.streak + 1, maxStreak) : 0;
      best[1 * (maxStreak + 1) + streak] = { pos: b, line: dropped.line + 1, fitness: 1, streak, total: dropped.total + OVERFULL_DEMERITS, prev: dropped };
    }
    if (isLast) {
      let winner: Node | undefined;
      for (const node of best) if (node && (!winner || node.total < winner.total)) winner = node;
      return winner ? trace(winner) : undefined;
    }
    for (const node of best) if (node && !dominated(node, best)) active.push(node);
    if (active.length === 0) return undefined;
  }
  return undefined;
}

/**
 * A node is never better than another one at the same break with no longer hyphen streak whose total is lower
 * by the most a fitness change can cost: every continuation of it is open to the other one, for less.
 */
function dominated(node: Node, others: Array<Node | undefined>): boolean {
  for (const other of others) {
    if (!other || other === node || other.streak > node.streak) continue;
    if (other.total + (other.fitness === node.fitness ? 0 : ADJ_DEMERITS) <= node.total) return true;
  }
  return false;
}

function trace(node: Node): number[] {
  const out: number[] = [];
  for (let n: Node | undefined = node; n && n.pos >= 0; n = n.prev) out.push(n.pos);
  return out.reverse();
}
