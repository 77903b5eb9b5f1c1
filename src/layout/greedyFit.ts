// Box/glue/penalty items + column width → the item indices to break at, first fit: the fallback when total fit finds nothing.
import type { Item } from './textItems.js';
import { breakpoints, EPSILON, prefixSums, type FitOptions } from './knuthPlass.js';

/** First fit: the last break that fits, else an overfull line up to the next break. Keeps the hyphen limit where it can. */
export function greedyFit(items: Item[], opts: FitOptions): number[] {
  const sums = prefixSums(items, opts.justify);
  const points = breakpoints(items);
  const out: number[] = [];
  let start = -1;
  let streak = 0;
  let lastFit = -1;
  for (let i = 0; i < points.length; i++) {
    // biome-ignore lint/style/noNonNullAssertion: i < points.length
    const b = points[i]!;
    const item = items[b];
    const penalty = item?.kind === 'penalty' ? item : undefined;
    const s = start + 1;
    const avail = start < 0 ? opts.firstWidth : opts.width;
    // biome-ignore lint/style/noNonNullAssertion: s <= b <= items.length, and the sums have items.length + 1 entries
    const natural = sums.width[b]! - sums.width[s]! + (penalty?.width ?? 0) - (sums.shrink[b]! - sums.shrink[s]!);
    if (natural <= avail + EPSILON) {
      if (b === items.length) {
        out.push(b);
        break;
      }
      if (!(penalty?.flagged && streak >= opts.maxConsecutiveHyphens)) lastFit = b;
      continue;
    }
    const at = lastFit >= 0 ? lastFit : b;
    out.push(at);
    if (at === items.length) break;
    const atItem = items[at];
    streak = atItem?.kind === 'penalty' && atItem.flagged ? streak + 1 : 0;
    start = at;
    lastFit = -1;
    if (at !== b) i--; // try the same break again from the new line start
  }
  return out;
}
