// A page laid out left to right + the page width → the same page mirrored for right-to-left reading: every item's x reflected (x' = width − x − itemWidth), nothing flipped.
import type { FrameBox, LaidOutPage, PageItem, TextItem } from './types.js';

/**
 * Right-to-left documents share the templates of left-to-right ones: they are laid out as usual and mirrored here. Frames and
 * shapes move to the other side, grids put their first cell on the right, list markers and icons go right, and a flow's
 * `x` / `x-even` margins swap sides (the binding moves to the right). Text lines were put in mirrored visual order by the line
 * breaker, so after this they read right to left; glyphs and images are moved, never flipped, except artwork its template
 * marks `mirror` (the campaign motif's route then breaks out towards the reading direction).
 */
export function mirrorPage(page: LaidOutPage, width: number): LaidOutPage {
  const frames = new Map<FrameBox, FrameBox>();
  const mirrorFrame = (f: FrameBox): FrameBox => {
    let m = frames.get(f);
    if (!m) frames.set(f, (m = { ...f, x: width - f.x - f.width }));
    return m;
  };
  return { ...page, items: page.items.map((item) => mirrorItem(item, width, mirrorFrame)) };
}

function mirrorItem(item: PageItem, width: number, mirrorFrame: (f: FrameBox) => FrameBox): PageItem {
  switch (item.kind) {
    case 'text': {
      const out: TextItem = { ...item, x: width - item.x - item.width };
      if (item.columnX !== undefined && item.columnWidth !== undefined) out.columnX = width - item.columnX - item.columnWidth;
      if (item.frame) out.frame = mirrorFrame(item.frame);
      return out;
    }
    case 'line':
      return { ...item, x1: width - item.x1, x2: width - item.x2 };
    case 'qr':
    case 'icon':
      return { ...item, x: width - item.x - item.size };
    case 'image':
      // a picture set against the start of its box keeps to the start, which is now on the right
      // artwork that leans in the reading direction turns with the page (its alignment with it); logos and photos never do
      if (item.mirror) return { ...item, x: width - item.x - item.width, flip: true };
      return { ...item, x: width - item.x - item.width, ...(item.align && item.align !== 'center' ? { align: item.align === 'left' ? 'right' : 'left' } : {}) };
    default:
      return { ...item, x: width - item.x - item.width };
  }
}
