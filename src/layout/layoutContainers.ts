// Box and grid blocks + width → unbreakable pieces: a padded panel around its blocks; grid rows of equal columns, as tall as their tallest cell.
import type { BoxBlock, GridBlock } from '../model/types.js';
import type { LayoutEnv } from './layoutEnv.js';
import { blockSpacing } from './blockSpacing.js';
import type { LayoutColumn } from './layoutColumn.js';
import { mergePieces, stack, type BlockLayout, type Piece, type TagContext, type TagScope } from './pieces.js';
import type { PageItem } from './types.js';

export const BOX_STROKE_WIDTH = 0.5;
const EPSILON = 1e-6;

export function layoutBox(b: BoxBlock, width: number, scale: number, env: LayoutEnv, scope: TagScope, layoutColumn: LayoutColumn, ctx?: TagContext): BlockLayout {
  const p = b.padding;
  const content = layoutColumn(b.blocks, width - 2 * p, scale, env, scope, ctx).pieces;
  const s = stack(content);
  const height = s.bottom + 2 * p;
  const panel: PageItem[] =
    b.fill !== undefined || b.stroke !== undefined
      ? [
          {
            kind: 'rect',
            x: 0,
            y: 0,
            width,
            height,
            ...(b.fill !== undefined ? { fill: b.fill } : {}),
            ...(b.stroke !== undefined ? { stroke: b.stroke, strokeWidth: BOX_STROKE_WIDTH } : {}),
            bleed: false,
            artifact: true,
          },
        ]
      : [];
  const merged = mergePieces(
    // biome-ignore lint/style/noNonNullAssertion: stack gives one top per piece
    content.map((piece, i) => ({ piece, dx: p, dy: p + s.tops[i]! })),
    {
      gap: 0,
      height,
      ink: height,
      breakBefore: 'allow',
      scope,
      source: { kind: 'box', at: b.template },
    },
  );
  if (b.id !== undefined) merged.anchors.unshift({ id: b.id, y: 0 });
  return { pieces: [{ ...merged, items: [...panel, ...merged.items] }], ...blockSpacing(env, b.style), keepWithNext: false };
}

export function layoutGrid(b: GridBlock, width: number, scale: number, env: LayoutEnv, scope: TagScope, layoutColumn: LayoutColumn, ctx?: TagContext): BlockLayout {
  const n = Math.max(1, Math.floor(b.columns));
  const column = (width - (n - 1) * b.gap) / n;
  const pieces: Piece[] = [];
  for (let start = 0; start < b.cells.length; start += n) {
    const cells = b.cells.slice(start, start + n).map((blocks, c) => {
      const content = layoutColumn(blocks, column, scale, env, scope, ctx).pieces;
      return { content, stacked: stack(content), x: c * (column + b.gap) };
    });
    const height = Math.max(0, ...cells.map((c) => c.stacked.bottom));
    // biome-ignore lint/style/noNonNullAssertion: stack gives one top per piece
    const parts = cells.flatMap(({ content, stacked, x }) => content.map((piece, i) => ({ piece, dx: x, dy: stacked.tops[i]! })));
    const lines = Math.max(0, ...cells.map((c) => c.content.reduce((a, p) => a + p.lines, 0)));
    const row = mergePieces(parts, { gap: start === 0 ? 0 : b.gap, height, ink: height, breakBefore: 'allow', scope, source: { kind: 'grid', at: b.template } }, lines);
    // the row is as tall as its tallest cell, so when the row does not fit it is that cell that overflows: blame its field, not the first cell's
    const tallest = cells.filter((c) => c.stacked.bottom >= height - EPSILON);
    pieces.push({ ...row, field: tallest.map((c) => c.content.find((p) => p.field)?.field).find((f) => f !== undefined) });
  }
  if (b.id !== undefined && pieces[0]) pieces[0].anchors.unshift({ id: b.id, y: 0 });
  return { pieces, ...blockSpacing(env, b.style), keepWithNext: false };
}
