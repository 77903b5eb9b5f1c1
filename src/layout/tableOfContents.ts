// Outlined headings (levels 1–2) + page numbers of the previous pass → contents entries: title, dot leaders, right-aligned page number, links.
import type { Inline, TocBlock } from '../model/types.js';
import type { LayoutEnv } from './layoutEnv.js';
import { lineItems } from './layoutText.js';
import type { BlockLayout, Piece, TagContext, TagScope } from './pieces.js';
import type { Tag, TextItem } from './types.js';

/** Room kept for the page number, as wide as this: numbers never change how titles break, so passes agree on the height. */
const NUMBER_ROOM = '000';

export function layoutToc(b: TocBlock, width: number, scale: number, env: LayoutEnv, scope: TagScope, ctx?: TagContext): BlockLayout {
  const { measurer } = env.ctx;
  const style = env.style(b.style, env.ctx.theme.styles.toc ? 'toc' : 'body');
  const size = style.size * scale;
  const leading = style.leading * scale;
  const ascent = measurer.ascent(style.font, size);
  const ink = ascent - measurer.descent(style.font, size);
  const room = measurer.width(NUMBER_ROOM, style.font, size);
  const space = size * 0.5;
  const dot = measurer.width('.', style.font, size);
  const leaderEnd = width - room - space;
  const tocId = scope.next();
  const tocTag: Tag = { id: tocId, type: 'TOC', ...(ctx ? { parent: ctx.id } : {}) };

  const pieces: Piece[] = env.toc.map((entry, i) => {
    const tag: Tag = { id: scope.next(), type: 'TOCI', parent: tocId };
    const indent = entry.level > 1 ? size * 1.5 : 0;
    const inlines: Inline[] = [{ kind: 'text', text: entry.title, bold: entry.level === 1, italic: false }];
    const lines = env.lines(inlines, style, leaderEnd - space - indent, scale, b.template, 'left');
    const items: TextItem[] = lines.flatMap((line, k) => lineItems(line, ascent + k * leading, indent, leaderEnd - space - indent, b.template, tag, entry.id));
    const lastBaseline = ascent + Math.max(0, lines.length - 1) * leading;
    const last = lines[lines.length - 1];
    const titleEnd = indent + (last ? Math.max(...last.fragments.map((f) => f.x + f.width)) : 0);
    // leaders: dots on a fixed pitch ending at a common right edge, so they line up from entry to entry; untagged (an artifact)
    const pitch = dot * 2;
    const dots = Math.floor((leaderEnd - titleEnd - space) / pitch);
    if (dots > 0) {
      items.push({
        kind: 'text',
        x: leaderEnd - dots * pitch,
        y: lastBaseline,
        text: '.'.repeat(dots),
        font: style.font,
        size,
        color: style.color,
        wordSpacing: 0,
        tracking: pitch - dot,
        width: dots * pitch,
      });
    }
    const number = String(env.pageOf.get(entry.id) ?? 0);
    const numberWidth = measurer.width(number, style.font, size);
    items.push({ kind: 'text', x: width - numberWidth, y: lastBaseline, text: number, font: style.font, size, color: style.color, wordSpacing: 0, width: numberWidth, goTo: entry.id, tag });
    const n = Math.max(1, lines.length);
    return {
      gap: i > 0 && entry.level === 1 ? style.spaceBefore : 0,
      height: n * leading,
      ink: (n - 1) * leading + ink,
      items,
      anchors: [],
      containers: i === 0 ? [tocTag] : [],
      lines: n,
      breakBefore: 'allow',
      scope,
      source: { kind: 'toc', at: b.template },
    };
  });
  return { pieces, spaceBefore: style.spaceBefore, spaceAfter: style.spaceAfter, keepWithNext: false };
}
