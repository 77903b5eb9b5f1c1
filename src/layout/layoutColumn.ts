// The type of the function that lays out the blocks inside a container: containers are handed it, as importing layoutBlocks back would make a circle.
import type { Block } from '../model/types.js';
import type { LayoutEnv } from './layoutEnv.js';
import type { Piece, TagContext, TagScope } from './pieces.js';

/** Blocks inside a container (box, cell, list item) → their piece sequence, sharing the container's tag scope. */
export type LayoutColumn = (blocks: Block[], width: number, scale: number, env: LayoutEnv, scope: TagScope, ctx?: TagContext) => { pieces: Piece[]; spaceBefore: number; spaceAfter: number };
