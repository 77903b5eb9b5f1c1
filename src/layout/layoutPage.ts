// Fixed page (or a flow's decoration) + page number → a laid-out page: background, shapes, placed figures, fitted frames; overflow errors and copy-fits.
import type { Diagnostic } from '../diagnostics.js';
import type { FixedPage, Frame, PageChild } from '../model/types.js';
import type { LayoutEnv } from './layoutEnv.js';
import { figureItem, isDecoration } from './layoutFigures.js';
import { fitFrame, fitFrameAt, frameOverflow, placeFrame, type FittedFrame } from './layoutFrame.js';
import { PageBuilder, type PassState, type PlaceOptions } from './pageBuilder.js';
import type { CopyFit, Tag } from './types.js';

export interface ChildrenResult {
  diagnostics: Diagnostic[];
  copyFits: CopyFit[];
}

/**
 * Each frame copy-fitted on its own; then the frames of a fit group are all set at the smallest scale any of them needed, so
 * sibling frames (the flyer's four statement cards) never show their text at different sizes.
 */
function fitFrames(children: PageChild[], env: LayoutEnv): Map<Frame, FittedFrame> {
  const fits = new Map<Frame, FittedFrame>();
  const groups = new Map<string, number>();
  for (const child of children) {
    if (child.kind !== 'frame') continue;
    const fitted = fitFrame(child, env);
    fits.set(child, fitted);
    if (child.fitGroup !== undefined) groups.set(child.fitGroup, Math.min(groups.get(child.fitGroup) ?? 1, fitted.scale));
  }
  for (const [frame, fitted] of fits) {
    const shared = frame.fitGroup === undefined ? undefined : groups.get(frame.fitGroup);
    if (shared !== undefined && shared < fitted.scale) fits.set(frame, fitFrameAt(frame, shared, env));
  }
  return fits;
}

/** Page children in order onto a page; frames are copy-fitted (fit groups at one scale), and their overflow reported with the page number. */
export function placeChildren(children: PageChild[], builder: PageBuilder, pass: PassState, env: LayoutEnv, opts: PlaceOptions = {}): ChildrenResult {
  const result: ChildrenResult = { diagnostics: [], copyFits: [] };
  const page = builder.page.number;
  const fits = fitFrames(children, env);
  for (const child of children) {
    switch (child.kind) {
      case 'shape':
        builder.add({ kind: 'rect', x: child.x, y: child.y, width: child.width, height: child.height, fill: child.fill, bleed: child.bleed, artifact: true });
        break;
      case 'placed': {
        const tag: Tag | undefined = isDecoration(child.block) || opts.untagged ? undefined : { id: pass.newId(), type: 'Figure' };
        const item = figureItem(child.block, child.x, child.y, env, tag);
        if (item) builder.add(item);
        break;
      }
      case 'frame': {
        const fitted = fits.get(child);
        if (!fitted) throw new Error('fitFrames fits every frame among the children');
        placeFrame(child, fitted, builder, opts);
        if (fitted.scale < 1) result.copyFits.push({ page, frame: child.name, scale: fitted.scale });
        const error = frameOverflow(child, fitted, page, env);
        if (error) result.diagnostics.push(error);
        break;
      }
    }
  }
  return result;
}

export interface PageSize {
  width: number;
  height: number;
}

export function layoutFixedPage(page: FixedPage, number: number, size: PageSize, pass: PassState, env: LayoutEnv, repeated = false): ChildrenResult & { page: PageBuilder['page'] } {
  // a repeated page (filler) gets its own tag ids, so they stay unique in the document
  const builder = new PageBuilder(number, pass, repeated ? new Map() : pass.ids);
  if (page.background !== undefined) builder.add({ kind: 'rect', x: 0, y: 0, width: size.width, height: size.height, fill: page.background, bleed: true, artifact: true });
  const result = placeChildren(page.children, builder, pass, env, { repeated });
  return { page: builder.page, ...result };
}
