// A page laid out left to right + the page width → the same page mirrored for right-to-left reading: every item's x reflected (x' = width − x − itemWidth), nothing flipped.
import type { LaidOutPage, PageItem } from './types.js';

/**
 * Right-to-left documents share the templates of left-to-right ones: they are laid out as usual and mirrored here. Frames and
 * shapes move to the other side, grids put their first cell on the right, list markers and icons go right, and a flow's
 * `x` / `x-even` margins swap sides (the binding moves to the right). Text lines were put in mirrored visual order by the line
 * breaker, so after this they read right to left; glyphs and images are moved, never flipped.
 */
export function mirrorPage(page: LaidOutPage, width: number): LaidOutPage {
  return { ...page, items: page.items.map((item) => mirrorItem(item, width)) };
}

function mirrorItem(item: PageItem, width: number): PageItem {
  switch (item.kind) {
    case 'line':
      return { ...item, x1: width - item.x1, x2: width - item.x2 };
    case 'qr':
    case 'icon':
      return { ...item, x: width - item.x - item.size };
    default:
      return { ...item, x: width - item.x - item.width };
  }
}
