// A flow's piece sequence + the text area's height → pieces per page (keeps, widows/orphans, forced breaks, repeated table headers).
import { grown, type Piece } from './pieces.js';

const EPSILON = 1e-6;

export interface PlacedPiece {
  piece: Piece;
  /** From the text area's top. */
  top: number;
  /** A repeated table header row (drawn untagged). */
  repeat?: boolean;
}

export interface Overfull {
  /** 0-based page index within the flow. */
  page: number;
  piece: Piece;
  /** Points beyond the area's bottom. */
  amount: number;
}

/**
 * Greedy filling with backtracking: when a piece does not fit, the page ends at the last piece boundary where a break is
 * allowed (not inside a heading's keep, a paragraph's first or last two lines, a short list item, a table header); when the
 * page has none, it ends before the piece that did not fit. A piece that does not fit on an empty page stays there: overfull.
 * A fill (`grow`) takes the rest of its page when that is room enough, and is left out otherwise.
 */
export function paginate(pieces: Piece[], height: number): { pages: PlacedPiece[][]; overfull: Overfull[] } {
  const pages: PlacedPiece[][] = [];
  const overfull: Overfull[] = [];
  let i = 0;
  while (i < pieces.length) {
    // spaces after a natural break do not push the next page's text down
    // biome-ignore lint/style/noNonNullAssertion: i < pieces.length, tested by both loops
    if (pages.length > 0 && pieces[i]!.breakBefore !== 'force') while (i < pieces.length && pieces[i]!.dropAtTop) i++;
    if (i >= pieces.length) break;
    const placed: PlacedPiece[] = [];
    let y = 0;
    // biome-ignore lint/style/noNonNullAssertion: i < pieces.length, tested just above
    for (const h of (pages.length > 0 && pieces[i]!.repeat) || []) {
      const top = placed.length ? y + h.gap : 0;
      placed.push({ piece: h, top, repeat: true });
      y = top + h.height;
    }
    const repeats = placed.length;
    /** The piece index of each entry placed after the repeated ones: a fill left out has none. */
    const from: number[] = [];
    while (i < pieces.length) {
      // biome-ignore lint/style/noNonNullAssertion: i < pieces.length
      const p = pieces[i]!;
      const empty = placed.length === repeats;
      if (!empty && p.breakBefore === 'force') break;
      const top = placed.length ? y + p.gap : 0;
      if (p.grow) {
        // a fill takes the room left when that is enough, and never a page of its own; else it is left out
        if (!empty && top + p.ink <= height + EPSILON) {
          placed.push({ piece: grown(p, height - top), top });
          from.push(i);
          y = height;
        }
        i++;
        continue;
      }
      if (empty || top + p.ink <= height + EPSILON) {
        if (top + p.ink > height + EPSILON) overfull.push({ page: pages.length, piece: p, amount: top + p.ink - height });
        placed.push({ piece: p, top });
        from.push(i);
        y = top + p.height;
        i++;
        continue;
      }
      const first = from[0] ?? i;
      let j = i;
      // biome-ignore lint/style/noNonNullAssertion: first < j <= i < pieces.length
      while (j > first && pieces[j]!.breakBefore === 'avoid') j--;
      if (j === first) j = i;
      placed.length = repeats + from.filter((k) => k < j).length;
      i = j;
      break;
    }
    // a flow that ends in fills left out ends on the page before
    if (placed.length > repeats) pages.push(placed);
  }
  return { pages, overfull };
}
