// A document model → the images and icons it uses, with the template or content position of each use.
import type { Block, Document } from './types.js';
import type { FieldRef, Pos } from '../vocabulary/position.js';

export interface AssetUse {
  kind: 'image' | 'icon';
  name: string;
  at: Pos;
  field?: FieldRef;
  /** An image's box (pt), which the picture fills in its proportions. */
  box?: { width: number; height: number };
}

function fromBlocks(blocks: readonly Block[], out: AssetUse[]): void {
  for (const b of blocks) {
    if (b.kind === 'image') out.push({ kind: 'image', name: b.src, at: b.field ?? b.template, field: b.field, box: { width: b.width, height: b.height } });
    else if (b.kind === 'icon') out.push({ kind: 'icon', name: b.name, at: b.template });
    else if (b.kind === 'box' || b.kind === 'fill') fromBlocks(b.blocks, out);
    else if (b.kind === 'grid') b.cells.forEach((c) => fromBlocks(c, out));
    else if (b.kind === 'list') b.items.forEach((i) => fromBlocks(i.blocks, out));
    else if (b.kind === 'table') b.rows.forEach((r) => r.cells.forEach((c) => fromBlocks(c.blocks, out)));
  }
}

export function collectAssets(doc: Document): AssetUse[] {
  const out: AssetUse[] = [];
  for (const part of doc.sequence) {
    const children = part.kind === 'page' ? part.children : [...part.decoration, ...(part.lastPage ?? [])];
    for (const c of children) {
      if (c.kind === 'frame') fromBlocks(c.blocks, out);
      else if (c.kind === 'placed') fromBlocks([c.block], out);
    }
    if (part.kind === 'flow') fromBlocks(part.blocks, out);
  }
  return out;
}
