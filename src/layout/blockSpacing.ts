// The environment's styles + a block's style name → the space before and after a block without a text style of its own.
import type { LayoutEnv } from './layoutEnv.js';

/** Block spacing for blocks without a text style of their own (lists, tables, grids, boxes, figures): the body style's. */
export function blockSpacing(env: LayoutEnv, style?: string): { spaceBefore: number; spaceAfter: number } {
  const s = env.style(style, 'body');
  return { spaceBefore: s.spaceBefore, spaceAfter: s.spaceAfter };
}
