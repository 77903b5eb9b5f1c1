// Fixed page (or a flow's decoration) + page number → a laid-out page: background, shapes, placed figures, fitted frames; overflow errors and copy-fits.
import type { Diagnostic } from '../diagnostics.js';
import type { FixedPage, PageChild } from '../model/types.js';
import type { LayoutEnv } from './layoutEnv.js';
import { figureItem } from './layoutFigures.js';
import { fitFrame, frameOverflow, placeFrame } from './layoutFrame.js';
import { PageBuilder, type PassState, type PlaceOptions } from './pageBuilder.js';
import type { CopyFit, Tag } from './types.js';

export interface ChildrenResult {
  diagnostics: Diagnostic[];
  copyFits: CopyFit[];
}

/** Page children in order onto a page; frames are copy-fitted, and their overflow reported with the page number. */
export function placeChildren(children: PageChild[], builder: PageBuilder, pass: PassState, env: LayoutEnv, opts: PlaceOptions = {}): ChildrenResult {
  const result: ChildrenResult = { diagnostics: [], copyFits: [] };
  const page = builder.page.number;
  for (const child of children) {
    switch (child.kind) {
      case 'shape':
        builder.add({ kind: 'rect', x: child.x, y: child.y, width: child.width, height: child.height, fill: child.fill, bleed: child.bleed, artifact: true });
        break;
      case 'placed': {
        const tag: Tag | undefined = child.block.kind === 'icon' || opts.untagged ? undefined : { id: pass.newId(), type: 'Figure' };
        const item = figureItem(child.block, child.x, child.y, env, tag);
        if (item) builder.add(item);
        break;
      }
      case 'frame': {
        const fitted = fitFrame(child, env);
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
