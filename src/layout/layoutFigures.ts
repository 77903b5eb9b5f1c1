// Image, QR, icon, rule and space blocks → one piece each (figures left-aligned at the current position), and placed figures → items.
import type { IconBlock, ImageBlock, QrBlock, RuleBlock, SpaceBlock } from '../model/types.js';
import type { LayoutEnv } from './layoutEnv.js';
import type { BlockLayout, Piece, TagContext, TagScope } from './pieces.js';
import { qrItem } from './qrMatrix.js';
import type { PageItem, Tag } from './types.js';

/** A picture with an empty alt text is decoration: no Figure, an artifact in the tagged edition. */
export const isDecoration = (block: ImageBlock | QrBlock | IconBlock): boolean => block.kind === 'icon' || (block.kind === 'image' && block.alt.trim() === '');

/** A figure at (x, y): its item, or undefined when it cannot be drawn (an error is reported). */
export function figureItem(block: ImageBlock | QrBlock | IconBlock, x: number, y: number, env: LayoutEnv, tag?: Tag): PageItem | undefined {
  switch (block.kind) {
    case 'image':
      return {
        kind: 'image',
        x,
        y,
        width: block.width,
        height: block.height,
        src: block.src,
        alt: block.alt,
        ...(block.align ? { align: block.align } : {}),
        ...(block.mirror ? { mirror: true as const } : {}),
        ...(tag && !isDecoration(block) ? { tag: { ...tag, alt: block.alt } } : {}),
      };
    case 'icon':
      return { kind: 'icon', x, y, size: block.size, name: block.name, color: block.color };
    case 'qr':
      return qrItem(block, x, y, env, tag);
  }
}

const piece = (env: LayoutEnv, scope: TagScope, kind: Piece['source']['kind'], at: Piece['source']['at'], height: number, ink: number, items: PageItem[]): Piece => ({
  gap: 0,
  height,
  ink,
  items,
  anchors: [],
  containers: [],
  lines: 0,
  breakBefore: 'allow',
  scope,
  source: { kind, at },
});

export function layoutFigure(b: ImageBlock | QrBlock | IconBlock, env: LayoutEnv, scope: TagScope, ctx?: TagContext): BlockLayout {
  const tag: Tag | undefined = isDecoration(b) ? undefined : { id: scope.next(), type: 'Figure', ...(ctx ? { parent: ctx.id } : {}) };
  const item = figureItem(b, 0, 0, env, tag);
  const height = b.kind === 'image' ? b.height : b.size;
  const style = env.style(b.style, 'body');
  const p = piece(env, scope, b.kind, b.template, height, height, item ? [item] : []);
  if (b.id !== undefined) p.anchors.push({ id: b.id, y: 0 });
  return { pieces: [p], spaceBefore: b.style ? style.spaceBefore : 0, spaceAfter: style.spaceAfter, keepWithNext: false };
}

export function layoutRule(b: RuleBlock, width: number, env: LayoutEnv, scope: TagScope): BlockLayout {
  const y = b.weight / 2;
  const line: PageItem = { kind: 'line', x1: 0, y1: y, x2: width, y2: y, color: b.color, width: b.weight };
  return { pieces: [piece(env, scope, 'rule', b.template, b.weight, b.weight, [line])], spaceBefore: 0, spaceAfter: 0, keepWithNext: false };
}

export function layoutSpace(b: SpaceBlock, env: LayoutEnv, scope: TagScope): BlockLayout {
  const p = piece(env, scope, 'space', b.template, b.height, 0, []);
  p.dropAtTop = true;
  return { pieces: [p], spaceBefore: 0, spaceAfter: 0, keepWithNext: false, transparent: true };
}
