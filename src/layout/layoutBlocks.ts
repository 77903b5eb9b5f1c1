// Model blocks + column width + copy-fit scale → block layouts (pieces with spacing and keep rules), memoised per top-level block.
import type { Block } from '../model/types.js';
import type { LayoutEnv } from './layoutEnv.js';
import { layoutFigure, layoutRule, layoutSpace } from './layoutFigures.js';
import { layoutHeading, layoutParagraph } from './layoutText.js';
import { layoutList } from './layoutList.js';
import { layoutTable } from './layoutTable.js';
import { layoutBox, layoutGrid } from './layoutContainers.js';
import { layoutFill } from './layoutFill.js';
import { layoutToc } from './tableOfContents.js';
import { sequenceBlocks, TagScope, type BlockLayout, type Piece, type TagContext } from './pieces.js';
import type { LayoutColumn } from './layoutColumn.js';

export function layoutBlock(b: Block, width: number, scale: number, env: LayoutEnv, scope: TagScope, ctx?: TagContext): BlockLayout {
  switch (b.kind) {
    case 'heading':
      return layoutHeading(b, width, scale, env, scope, ctx);
    case 'paragraph':
      return layoutParagraph(b, width, scale, env, scope, ctx);
    case 'list':
      return layoutList(b, width, scale, env, scope, layoutColumn, ctx);
    case 'table':
      return layoutTable(b, width, scale, env, scope, layoutColumn, ctx);
    case 'image':
    case 'qr':
    case 'icon':
      return layoutFigure(b, env, scope, ctx);
    case 'rule':
      return layoutRule(b, width, env, scope);
    case 'space':
      return layoutSpace(b, env, scope);
    case 'box':
      return layoutBox(b, width, scale, env, scope, layoutColumn, ctx);
    case 'fill':
      return layoutFill(b, width, scale, env, scope, layoutColumn, ctx);
    case 'grid':
      return layoutGrid(b, width, scale, env, scope, layoutColumn, ctx);
    case 'toc':
      return layoutToc(b, width, scale, env, scope, ctx);
    case 'pagebreak':
      return { pieces: [], spaceBefore: 0, spaceAfter: 0, keepWithNext: false, pageBreak: true };
  }
}

/** Blocks inside a container (box, cell, list item) → their piece sequence, sharing the container's tag scope. */
const layoutColumn: LayoutColumn = (blocks, width, scale, env, scope, ctx) => sequenceBlocks(blocks.map((b) => layoutBlock(b, width, scale, env, scope, ctx)));

/**
 * Does the block (or anything inside it) list the contents? Its layout then depends on page numbers and is not memoised.
 * Asked again on every pass rather than kept: most blocks answer at once, and a walk over a container is nothing beside laying it out.
 */
function hasToc(b: Block): boolean {
  if (b.kind === 'toc') return true;
  if (b.kind === 'box' || b.kind === 'fill') return b.blocks.some(hasToc);
  if (b.kind === 'grid') return b.cells.some((c) => c.some(hasToc));
  if (b.kind === 'list') return b.items.some((i) => i.blocks.some(hasToc));
  if (b.kind === 'table') return b.rows.some((r) => r.cells.some((c) => c.blocks.some(hasToc)));
  return false;
}

/** A block of a frame or flow, with its own tag scope; the same block, width and scale are laid out once per document. */
export function layoutTopBlock(b: Block, width: number, scale: number, env: LayoutEnv): BlockLayout {
  if (hasToc(b)) return layoutBlock(b, width, scale, env, new TagScope());
  let byKey = env.blockMemo.get(b);
  if (!byKey) env.blockMemo.set(b, (byKey = new Map()));
  const key = `${width.toFixed(3)}|${scale}`;
  let layout = byKey.get(key);
  if (!layout) byKey.set(key, (layout = layoutBlock(b, width, scale, env, new TagScope())));
  return layout;
}

/** The blocks of a frame or flow → one piece sequence; with `wideWidth` (a flow's), blocks marked wide are set that wide. */
export function layoutBlocks(blocks: Block[], width: number, scale: number, env: LayoutEnv, wideWidth?: number): Piece[] {
  return sequenceBlocks(
    blocks.map((b) => {
      if (!b.wide || wideWidth === undefined || wideWidth <= width) return layoutTopBlock(b, width, scale, env);
      const layout = layoutTopBlock(b, wideWidth, scale, env);
      return { ...layout, pieces: layout.pieces.map((p) => ({ ...p, wide: true, ...(p.repeat ? { repeat: p.repeat.map((r) => ({ ...r, wide: true })) } : {}) })) };
    }),
  ).pieces;
}
