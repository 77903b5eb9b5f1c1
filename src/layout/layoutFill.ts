// A fill block + column width → one piece that grows to the room left at the foot of a page or frame: a panel, its blocks set to valign, ruled lines to the foot.
import type { FillBlock } from '../model/types.js';
import type { LayoutEnv } from './layoutEnv.js';
import { blockSpacing } from './blockSpacing.js';
import type { LayoutColumn } from './layoutColumn.js';
import { mergePieces, stack, type BlockLayout, type Piece, type TagContext, type TagScope } from './pieces.js';
import type { PageItem } from './types.js';

export function layoutFill(b: FillBlock, width: number, scale: number, env: LayoutEnv, scope: TagScope, layoutColumn: LayoutColumn, ctx?: TagContext): BlockLayout {
  const p = b.padding;
  const content = layoutColumn(b.blocks, width - 2 * p, scale, env, scope, ctx).pieces;
  const s = stack(content);
  const natural = Math.max(s.bottom + 2 * p + (b.ruled !== undefined ? b.ruled : 0), b.minHeight ?? 0);

  const grow = (height: number): Piece => {
    const h = Math.max(height, natural);
    const free = h - 2 * p - s.bottom - (b.ruled !== undefined ? b.ruled : 0);
    const dy = p + (b.valign === 'bottom' ? free : b.valign === 'center' ? free / 2 : 0);
    const panel: PageItem[] = b.fill !== undefined ? [{ kind: 'rect', x: 0, y: 0, width, height: h, fill: b.fill, bleed: false, artifact: true }] : [];
    const rules: PageItem[] = [];
    if (b.ruled !== undefined && b.ruled > 0) {
      // writing lines from a line's pitch under the blocks down to the foot, across the panel
      for (let y = dy + s.bottom + b.ruled; y <= h - p + 1e-6; y += b.ruled) {
        rules.push({ kind: 'line', x1: p, x2: width - p, y1: y, y2: y, color: b.ruleColor, width: b.ruleWeight });
      }
    }
    const merged = mergePieces(
      // biome-ignore lint/style/noNonNullAssertion: stack gives one top per piece
      content.map((piece, i) => ({ piece, dx: p, dy: dy + s.tops[i]! })),
      {
        gap: 0,
        height: h,
        ink: h,
        breakBefore: 'allow',
        scope,
        source: { kind: 'fill', at: b.template },
      },
    );
    return { ...merged, items: [...panel, ...rules, ...merged.items] };
  };

  const piece: Piece = { ...grow(natural), grow };
  if (b.id !== undefined) piece.anchors.unshift({ id: b.id, y: 0 });
  return { pieces: [piece], ...blockSpacing(env, b.style), keepWithNext: false };
}
