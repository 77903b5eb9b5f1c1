// List block + width → one piece per item (≤ 6 lines) or per line with ≥ 2 lines on each side of a break; markers on a hanging indent.
import type { List } from '../model/types.js';
import type { LayoutEnv } from './layoutEnv.js';
import { blockSpacing } from './blockSpacing.js';
import type { LayoutColumn } from './layoutColumn.js';
import { mergeColumn, sequenceBlocks, translate, type BlockLayout, type Piece, type TagContext, type TagScope } from './pieces.js';
import type { Tag, TextItem } from './types.js';

/** Items with at most this many lines are never split across pages. */
export const KEEP_ITEM_LINES = 6;
/** Lines on each side of a break inside an item. */
const MIN_SPLIT_LINES = 2;

export function layoutList(b: List, width: number, scale: number, env: LayoutEnv, scope: TagScope, layoutColumn: LayoutColumn, ctx?: TagContext): BlockLayout {
  const { measurer } = env.ctx;
  const style = env.style(b.style, env.ctx.theme.styles.list ? 'list' : 'body');
  const size = style.size * scale;
  const markers = b.items.map((_, i) => (b.ordered ? `${i + 1}.` : '\u2022'));
  const markerWidth = Math.max(0, ...markers.map((m) => measurer.width(m, style.font, size)));
  const gutter = size * 0.6;
  const indent = markerWidth + gutter;
  const listId = scope.next();
  const listTag: Tag = { id: listId, type: 'L', ...(ctx ? { parent: ctx.id } : {}) };

  const items: BlockLayout[] = b.items.map((item, i) => {
    const itemId = scope.next();
    // LI holds Lbl (the marker) and LBody (the text), as PDF/UA asks
    const itemTag: Tag = { id: itemId, type: 'LI', parent: listId };
    const bodyCtx: TagContext = { type: 'LBody', id: scope.next(), parent: itemId };
    const content = layoutColumn(item.blocks, width - indent, scale, env, scope, bodyCtx);
    const first = content.pieces[0];
    if (first === undefined) return { pieces: [], spaceBefore: 0, spaceAfter: 0, keepWithNext: false };
    // the marker sits on the first baseline of the item
    const firstText = first.items.find((it): it is TextItem => it.kind === 'text');
    const baseline = firstText?.y ?? measurer.ascent(style.font, size);
    const label = markers[i];
    if (label === undefined) throw new Error('markers has one entry per list item');
    const mw = measurer.width(label, style.font, size);
    const marker: TextItem = {
      kind: 'text',
      x: b.ordered ? markerWidth - mw : 0,
      y: baseline,
      text: label,
      font: style.font,
      size,
      color: style.color,
      wordSpacing: 0,
      width: mw,
      tag: { id: scope.next(), type: 'Lbl', parent: itemId },
    };
    const lines = content.pieces.reduce((a, p) => a + p.lines, 0);
    const base = { gap: 0, breakBefore: 'allow' as const, scope, source: { kind: 'list' as const, at: item.template } };
    let pieces: Piece[];
    if (lines <= KEEP_ITEM_LINES) {
      const merged = mergeColumn(content.pieces, base, indent);
      pieces = [{ ...merged, items: [marker, ...merged.items] }];
    } else {
      let before = 0;
      pieces = content.pieces.map((p, k) => {
        const shifted: Piece = { ...p, items: p.items.map((it) => translate(it, indent, 0)), breakBefore: k === 0 ? 'allow' : p.breakBefore };
        if (k > 0 && (before < MIN_SPLIT_LINES || lines - before < MIN_SPLIT_LINES)) shifted.breakBefore = 'avoid';
        before += p.lines;
        return shifted;
      });
      // biome-ignore lint/style/noNonNullAssertion: pieces maps content.pieces, which is not empty
      pieces[0] = { ...pieces[0]!, items: [marker, ...pieces[0]!.items] };
    }
    // biome-ignore lint/style/noNonNullAssertion: both branches above give at least one piece
    pieces[0] = { ...pieces[0]!, containers: [itemTag, ...pieces[0]!.containers] };
    return { pieces, spaceBefore: content.spaceBefore, spaceAfter: content.spaceAfter, keepWithNext: false };
  });

  const seq = sequenceBlocks(items);
  const head = seq.pieces[0];
  if (head) seq.pieces[0] = { ...head, containers: [listTag, ...head.containers] };
  const spacing = blockSpacing(env);
  return { pieces: seq.pieces, spaceBefore: Math.max(spacing.spaceBefore, seq.spaceBefore), spaceAfter: Math.max(spacing.spaceAfter, seq.spaceAfter), keepWithNext: false };
}
