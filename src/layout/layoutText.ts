// Heading or paragraph + column width + scale → one piece per line (text items at baselines), with widow/orphan and keep rules.
import { legibleScale } from './legibleScale.js';
import type { Heading, Inline, Paragraph } from '../model/types.js';
import type { Pos } from '../vocabulary/position.js';
import type { Line } from './assembleLines.js';
import type { LayoutEnv } from './layoutEnv.js';
import { plainText } from './layoutEnv.js';
import type { AnchorMark, BlockLayout, BreakRule, Piece, TagContext, TagScope } from './pieces.js';
import type { Tag, TextItem } from './types.js';
import type { TextStyle } from '../vocabulary/theme.js';

/** A style with size, leading and tracking multiplied by a copy-fit scale. */
export function scaled(style: TextStyle, scale: number): { size: number; leading: number } {
  return { size: style.size * scale, leading: style.leading * scale };
}

/** Line fragments → text items with the baseline at `baseline`, x from the column's left edge; `column` is the width they were set in (from dx), `at` where they came from. */
export function lineItems(line: Line, baseline: number, dx: number, column: number, at: Pos, tag?: Tag, goTo?: string): TextItem[] {
  return line.fragments.map((f) => {
    const item: TextItem = {
      kind: 'text',
      x: dx + f.x,
      y: baseline,
      text: f.text,
      font: f.font,
      size: f.size,
      color: f.color,
      wordSpacing: line.wordSpacing,
      width: f.width,
      columnX: dx,
      columnWidth: column,
    };
    const from = f.field ?? at;
    item.source = { file: from.file, line: from.line, column: from.column, ...(f.field ? { field: f.field.path } : {}) };
    const spacing = f.characterSpacing ?? (f as { tracking?: number }).tracking;
    if (spacing) item.tracking = spacing;
    if (f.logical !== undefined) item.logical = f.logical;
    if (f.hyphen) item.hyphen = true;
    if (f.spaceAfter) item.spaceAfter = true;
    if (f.href !== undefined) item.href = f.href;
    if (goTo !== undefined) item.goTo = goTo;
    if (tag) item.tag = tag;
    return item;
  });
}

export interface TextBlockOptions {
  inlines: Inline[];
  style: TextStyle;
  align?: TextStyle['align'];
  kind: 'heading' | 'paragraph';
  at: Pos;
  tag: Tag;
  anchor?: AnchorMark;
  width: number;
  scale: number;
}

/** Lines of one text block → pieces; breaks inside only with ≥ 2 lines on each side (headings never break). */
export function textPieces(env: LayoutEnv, scope: TagScope, o: TextBlockOptions): Piece[] {
  const scale = legibleScale(o.style, o.scale, env.ctx.theme.colors);
  const lines = env.lines(o.inlines, o.style, o.width, scale, o.at, o.align);
  const { size, leading } = scaled(o.style, scale);
  const { measurer } = env.ctx;
  let ascent = measurer.ascent(o.style.font, size);
  let descent = measurer.descent(o.style.font, size);
  // runs in another script's font (Arabic) reach higher and lower than the style's font: their glyphs must stay in the frame too
  if (measurer.inkExtent) {
    for (const line of lines) {
      for (const f of line.fragments) {
        if (f.font === o.style.font) continue;
        const extent = measurer.inkExtent(f.text, f.font, f.size);
        ascent = Math.max(ascent, extent.ascent);
        descent = Math.min(descent, extent.descent);
      }
    }
  }
  const ink = ascent - descent;
  const n = lines.length;
  return lines.map((line, k) => {
    const breakable = o.kind === 'paragraph' && k >= 2 && n - k >= 2;
    const breakBefore: BreakRule = k === 0 ? 'allow' : breakable ? 'allow' : 'avoid';
    return {
      gap: 0,
      height: leading,
      ink,
      items: lineItems(line, ascent, 0, o.width, o.at, o.tag),
      anchors: k === 0 && o.anchor ? [o.anchor] : [],
      containers: [],
      lines: 1,
      field: line.fragments.find((f) => f.field)?.field,
      breakBefore,
      scope,
      source: { kind: o.kind, at: o.at },
    };
  });
}

const tagFor = (scope: TagScope, type: Tag['type'], ctx?: TagContext): Tag =>
  ctx ? { id: ctx.id, type: ctx.type, ...(ctx.parent !== undefined ? { parent: ctx.parent } : {}) } : { id: scope.next(), type };

export function layoutHeading(b: Heading, width: number, scale: number, env: LayoutEnv, scope: TagScope, ctx?: TagContext): BlockLayout {
  const style = env.style(b.style ?? `h${b.level}`, 'body');
  const id = env.headingIds.get(b);
  const anchor: AnchorMark | undefined = id === undefined ? undefined : { id, y: 0, ...(b.outline ? { outline: { title: plainText(b.inlines), level: b.level } } : {}) };
  const pieces = textPieces(env, scope, { inlines: b.inlines, style, kind: 'heading', at: b.template, tag: tagFor(scope, `H${b.level}`, ctx), anchor, width, scale });
  return { pieces, spaceBefore: style.spaceBefore, spaceAfter: style.spaceAfter, keepWithNext: true };
}

export function layoutParagraph(b: Paragraph, width: number, scale: number, env: LayoutEnv, scope: TagScope, ctx?: TagContext): BlockLayout {
  const style = env.style(b.style, 'body');
  const anchor = b.id !== undefined ? { id: b.id, y: 0 } : undefined;
  const pieces = textPieces(env, scope, { inlines: b.inlines, style, align: b.align, kind: 'paragraph', at: b.template, tag: tagFor(scope, 'P', ctx), anchor, width, scale });
  return { pieces, spaceBefore: style.spaceBefore, spaceAfter: style.spaceAfter, keepWithNext: false };
}
