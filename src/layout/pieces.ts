// Laid-out blocks → pieces: unbreakable vertical slices with relative items, the spacing and keep rules between them, and stacking.
import type { Block } from '../model/types.js';
import type { FieldRef, Pos } from '../vocabulary/position.js';
import type { PageItem, Tag } from './types.js';

/** Local structure-tag ids of one top-level block; the page builder maps them to document-wide ids. */
export class TagScope {
  private n = 0;
  next(): number {
    return ++this.n;
  }
}

/** The structure element text and figures of a container belong to (a list item, a table cell, a TOC entry). */
export interface TagContext {
  type: Tag['type'];
  id: number;
  parent?: number;
}

export interface AnchorMark {
  id: string;
  /** Relative to the piece's top. */
  y: number;
  outline?: { title: string; level: number };
}

export type BreakRule = 'allow' | 'avoid' | 'force';

export interface Piece {
  /** Space above the piece; dropped at the top of a page, frame or cell. */
  gap: number;
  /** Advance: from this piece's top to where the next piece's gap starts. */
  height: number;
  /** How far the piece reaches below its top; this is what must fit. */
  ink: number;
  /** Items relative to the column's left edge and the piece's top; tag ids local to `scope`. */
  items: PageItem[];
  anchors: AnchorMark[];
  /** Structure elements the items point to but do not carry (local ids). */
  containers: Tag[];
  /** Lines of text in the piece (for overflow reports). */
  lines: number;
  /** The content field of the piece's first text, if known. */
  field?: FieldRef;
  /** May a page break fall just before this piece? */
  breakBefore: BreakRule;
  /** Pieces repeated at the top of a page that starts with this one (a table's header rows). */
  repeat?: Piece[];
  /** Dropped at the top of a page after a natural break (space blocks). */
  dropAtTop?: boolean;
  /** Laid out across the flow's wide measure: placed from the inner edge into the outer margin. */
  wide?: boolean;
  /**
   * A fill (`<fill>`): placed only where the room left on the page or frame is at least its `ink`, then drawn `grow(room)` tall
   * to the foot; elsewhere left out (it never starts a page).
   */
  grow?: (height: number) => Piece;
  scope: TagScope;
  source: { kind: Block['kind']; at: Pos };
}

/** One block laid out: its pieces and the spacing and keep rules it has towards its neighbours. */
export interface BlockLayout {
  pieces: Piece[];
  spaceBefore: number;
  spaceAfter: number;
  /** The next block's first piece may not start a page (headings). */
  keepWithNext: boolean;
  /** Passes its neighbours' keep rule through (space blocks). */
  transparent?: boolean;
  /** The next piece starts a new page (pagebreak). */
  pageBreak?: boolean;
}

/** A fill piece drawn `height` tall, keeping its place in the sequence (the gap above it, its break rule). */
export function grown(piece: Piece, height: number): Piece {
  return piece.grow ? { ...piece.grow(height), gap: piece.gap, breakBefore: piece.breakBefore } : piece;
}

export function translate(item: PageItem, dx: number, dy: number): PageItem {
  if (item.kind === 'line') return { ...item, x1: item.x1 + dx, x2: item.x2 + dx, y1: item.y1 + dy, y2: item.y2 + dy };
  if (item.kind === 'text' && item.columnX !== undefined) return { ...item, x: item.x + dx, y: item.y + dy, columnX: item.columnX + dx };
  return { ...item, x: item.x + dx, y: item.y + dy };
}

/** Block layouts in order → one piece sequence: collapsed spacing on each block's first piece, keeps and forced breaks. */
export function sequenceBlocks(layouts: BlockLayout[]): { pieces: Piece[]; spaceBefore: number; spaceAfter: number } {
  const pieces: Piece[] = [];
  let prevAfter = 0;
  let keep = false;
  let force = false;
  let spaceBefore = 0;
  for (const layout of layouts) {
    if (layout.pageBreak) {
      force = pieces.length > 0;
      continue;
    }
    if (!layout.pieces.length) continue;
    const [first, ...rest] = layout.pieces as [Piece, ...Piece[]];
    if (!pieces.length) spaceBefore = layout.spaceBefore;
    const gap = pieces.length ? Math.max(prevAfter, layout.spaceBefore) : 0;
    const breakBefore: BreakRule = force ? 'force' : keep ? 'avoid' : first.breakBefore;
    pieces.push({ ...first, gap, breakBefore }, ...rest);
    prevAfter = layout.spaceAfter;
    keep = layout.keepWithNext || (layout.transparent === true && keep);
    force = false;
  }
  return { pieces, spaceBefore, spaceAfter: prevAfter };
}

export interface Stacked {
  /** Each piece's top, relative to the first piece's top. */
  tops: number[];
  /** Advance of the whole stack. */
  height: number;
  /** The lowest ink. */
  bottom: number;
}

/** Pieces one below the other in a column; the first piece's gap is dropped. */
export function stack(pieces: Piece[]): Stacked {
  const tops: number[] = [];
  let y = 0;
  let bottom = 0;
  pieces.forEach((p, i) => {
    const top = i === 0 ? 0 : y + p.gap;
    tops.push(top);
    y = top + p.height;
    bottom = Math.max(bottom, top + p.ink);
  });
  return { tops, height: y, bottom };
}

/** Pieces at offsets → one unbreakable piece (tags stay local to the shared scope). */
export function mergePieces(parts: Array<{ piece: Piece; dx: number; dy: number }>, base: Omit<Piece, 'items' | 'anchors' | 'containers' | 'lines' | 'field'>, lines?: number): Piece {
  const items: PageItem[] = [];
  const anchors: AnchorMark[] = [];
  const containers: Tag[] = [];
  let count = 0;
  let field: FieldRef | undefined;
  for (const { piece, dx, dy } of parts) {
    for (const item of piece.items) items.push(dx === 0 && dy === 0 ? item : translate(item, dx, dy));
    for (const a of piece.anchors) anchors.push({ ...a, y: a.y + dy });
    containers.push(...piece.containers);
    count += piece.lines;
    field ??= piece.field;
  }
  return { ...base, items, anchors, containers, lines: lines ?? count, field };
}

/** A column of pieces, shifted by (dx, dy) → one piece with the column's advance and lowest ink. */
export function mergeColumn(pieces: Piece[], base: Omit<Piece, 'items' | 'anchors' | 'containers' | 'lines' | 'field' | 'height' | 'ink'>, dx = 0, dy = 0): Piece {
  const s = stack(pieces);
  return mergePieces(
    pieces.map((piece, i) => {
      const top = s.tops[i];
      if (top === undefined) throw new Error('stack gives every piece a top');
      return { piece, dx, dy: dy + top };
    }),
    { ...base, height: s.height + dy, ink: s.bottom + dy },
  );
}
