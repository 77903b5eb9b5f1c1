// Table block + width → one unbreakable piece per row (relative column widths, cell padding, thin rules), header rows repeated after a break.
import type { Table } from '../model/types.js';
import type { LayoutEnv } from './layoutEnv.js';
import { blockSpacing } from './blockSpacing.js';
import type { LayoutColumn } from './layoutColumn.js';
import { mergePieces, stack, type BlockLayout, type Piece, type TagContext, type TagScope } from './pieces.js';
import type { PageItem, Tag, TextItem } from './types.js';

export const CELL_PADDING_X = 4;
export const CELL_PADDING_Y = 3;
export const TABLE_RULE_WIDTH = 0.5;

/** A copy of header pieces for a continuation page: no tags (the tagged edition marks them as artifacts), no anchors. */
function untagged(p: Piece): Piece {
  const bare = (it: PageItem): PageItem => {
    if (!('tag' in it) || !it.tag) return it;
    const copy = { ...it };
    delete copy.tag;
    return copy;
  };
  return { ...p, items: p.items.map(bare), anchors: [], containers: [] };
}

export function layoutTable(b: Table, width: number, scale: number, env: LayoutEnv, scope: TagScope, layoutColumn: LayoutColumn, ctx?: TagContext): BlockLayout {
  const count = Math.max(1, b.columns.length, ...b.rows.map((r) => r.cells.length));
  const weights = b.columns.length === count && b.columns.every((w) => w > 0) ? b.columns : Array<number>(count).fill(1);
  const total = weights.reduce((a, w) => a + w, 0);
  const widths = weights.map((w) => (w / total) * width);
  const xs = widths.map((_, i) => widths.slice(0, i).reduce((a, w) => a + w, 0));
  const tableId = scope.next();
  const tableTag: Tag = { id: tableId, type: 'Table', ...(ctx ? { parent: ctx.id } : {}) };
  const rule = env.ruleColor;

  const rows: Piece[] = b.rows.map((row, r) => {
    const rowId = scope.next();
    const cells = row.cells.slice(0, count).map((cell, c) => {
      const cellCtx: TagContext = { type: row.header ? 'TH' : 'TD', id: scope.next(), parent: rowId };
      // biome-ignore lint/style/noNonNullAssertion: the cells are cut to count, the length of widths
      const content = layoutColumn(cell.blocks, widths[c]! - 2 * CELL_PADDING_X, scale, env, scope, cellCtx).pieces;
      return { content, stacked: stack(content), c };
    });
    const height = Math.max(0, ...cells.map((x) => x.stacked.bottom)) + 2 * CELL_PADDING_Y;
    const fill = row.header
      ? headerFill(
          env,
          cells.flatMap((x) => x.content.flatMap((p) => p.items)),
        )
      : undefined;
    const decoration: PageItem[] = [];
    if (fill) decoration.push({ kind: 'rect', x: 0, y: 0, width, height, fill, bleed: false, artifact: true });
    if (r === 0 && !fill) decoration.push({ kind: 'line', x1: 0, y1: 0, x2: width, y2: 0, color: rule, width: TABLE_RULE_WIDTH });
    decoration.push({ kind: 'line', x1: 0, y1: height, x2: width, y2: height, color: rule, width: TABLE_RULE_WIDTH });
    // biome-ignore lint/style/noNonNullAssertion: c < count, the length of xs; stack gives one top per piece
    const parts = cells.flatMap(({ content, stacked, c }) => content.map((piece, i) => ({ piece, dx: xs[c]! + CELL_PADDING_X, dy: CELL_PADDING_Y + stacked.tops[i]! })));
    const lines = Math.max(0, ...cells.map((x) => x.content.reduce((a, p) => a + p.lines, 0)));
    const first = r === 0;
    // biome-ignore lint/style/noNonNullAssertion: r > 0 is tested first
    const afterHeader = !row.header && r > 0 && b.rows[r - 1]!.header;
    const merged = mergePieces(
      parts,
      {
        gap: 0,
        height,
        ink: height,
        breakBefore: first ? 'allow' : row.header || afterHeader ? 'avoid' : 'allow',
        scope,
        source: { kind: 'table', at: row.template },
      },
      lines,
    );
    const rowTag: Tag = { id: rowId, type: 'TR', parent: tableId };
    return { ...merged, items: [...decoration, ...merged.items], containers: first ? [tableTag, rowTag, ...merged.containers] : [rowTag, ...merged.containers] };
  });

  // biome-ignore lint/style/noNonNullAssertion: rows maps b.rows, so r is an index of b.rows
  const header = rows.filter((_, r) => b.rows[r]!.header && b.rows.slice(0, r).every((x) => x.header)).map(untagged);
  // biome-ignore lint/style/noNonNullAssertion: rows maps b.rows, so r is an index of b.rows
  const pieces = rows.map((p, r) => (header.length && !b.rows[r]!.header ? { ...p, repeat: header } : p));
  return { pieces, ...blockSpacing(env), keepWithNext: false };
}

/**
 * Header rows get the theme's `table-head` colour when it has one; else a fill when their text is light (white on the
 * campaign colour): the h2 style's colour, else the darkest colour.
 */
function headerFill(env: LayoutEnv, items: PageItem[]): string | undefined {
  const colors = env.ctx.theme.colors;
  if (colors['table-head']) return 'table-head';
  const text = items.find((it): it is TextItem => it.kind === 'text');
  const ink = (name: string): number => {
    const c = colors[name];
    return c ? c.c + c.m + c.y + c.k : 400;
  };
  if (!text || ink(text.color) >= 40) return undefined;
  const h2 = env.ctx.theme.styles.h2?.color;
  if (h2 && ink(h2) >= 100) return h2;
  return Object.keys(colors).sort((a, b) => ink(b) - ink(a))[0];
}
