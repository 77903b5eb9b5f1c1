// Document model + layout context → laid-out pages (fixed pages, paginated flows, filler padding, end pages), outline, copy-fits and diagnostics.
import type { Diagnostic } from '../diagnostics.js';
import { coded } from '../messages/coded.js';
import type { Block, Document, FixedPage, Flow } from '../model/types.js';
import { createEnv, type LayoutContext, type LayoutEnv } from './layoutEnv.js';
import { flowFurniture, layoutFlow } from './layoutFlow.js';
import { layoutFixedPage, placeChildren } from './layoutPage.js';
import { PageBuilder, PassState } from './pageBuilder.js';
import type { CopyFit, LaidOutDocument, LaidOutPage, OutlineEntry } from './types.js';
import { mirrorPage } from './mirrorPage.js';

export type { LayoutContext } from './layoutEnv.js';

/** At most this many passes settle the page numbers of a table of contents. */
export const MAX_PASSES = 3;

interface PassResult {
  pages: LaidOutPage[];
  outline: OutlineEntry[];
  copyFits: CopyFit[];
  diagnostics: Diagnostic[];
}

export function layoutDocument(doc: Document, ctx: LayoutContext): { document: LaidOutDocument; diagnostics: Diagnostic[] } {
  const env = createEnv(doc, ctx);
  let result = runPass(doc, env);
  const settling = env.toc.length > 0 && documentHasToc(doc);
  let settled = true;
  if (settling) {
    // pass 1 printed placeholder numbers in a fixed-width column; every later pass prints the previous pass's pages
    for (let pass = 2; pass <= MAX_PASSES; pass++) {
      const found = anchorPages(result.pages);
      if (pass > 2 && samePages(found, env.pageOf, env)) break;
      env.pageOf = found;
      result = runPass(doc, env);
    }
    settled = samePages(anchorPages(result.pages), env.pageOf, env);
  }
  const diagnostics = [...env.diagnostics, ...result.diagnostics];
  if (!settled) {
    diagnostics.push({
      severity: 'warning',
      ...coded('layout.tocUnsettled', { where: env.where, passes: MAX_PASSES }, 'layout.tocUnsettledHint'),
      ...doc.template,
      variant: ctx.variant,
    });
  }
  const document: LaidOutDocument = {
    material: doc.material,
    title: doc.title,
    lang: doc.lang,
    width: doc.width,
    height: doc.height,
    pages: env.direction === 'rtl' ? result.pages.map((p) => mirrorPage(p, doc.width)) : result.pages,
    outline: result.outline,
    copyFits: result.copyFits,
    ...(env.direction === 'rtl' ? { direction: env.direction } : {}),
  };
  return { document, diagnostics };
}

function runPass(doc: Document, env: LayoutEnv): PassResult {
  const pass = new PassState();
  const out: PassResult = { pages: [], outline: pass.outline, copyFits: [], diagnostics: [] };
  const size = { width: doc.width, height: doc.height };
  const addFixed = (page: FixedPage, repeated = false): void => {
    const r = layoutFixedPage(page, out.pages.length + 1, size, pass, env, repeated);
    const flow = doc.sequence.find((e): e is Flow => e.kind === 'flow' && e.name === page.furniture);
    if (flow) r.page.items.push(...flowFurniture(flow, r.page.number, env));
    out.pages.push(r.page);
    out.copyFits.push(...r.copyFits);
    if (!repeated) out.diagnostics.push(...r.diagnostics);
  };

  const fixed = (role: FixedPage['role']): FixedPage[] => doc.sequence.filter((e): e is FixedPage => e.kind === 'page' && e.role === role);
  for (const entry of doc.sequence) {
    if (entry.kind === 'flow') {
      const r = layoutFlow(entry, out.pages.length + 1, pass, env);
      out.pages.push(...r.pages);
      out.copyFits.push(...r.copyFits);
      out.diagnostics.push(...r.diagnostics);
    } else if (entry.role === 'normal') addFixed(entry);
  }

  const ends = fixed('end');
  const fillers = fixed('filler');
  const multiple = Math.max(1, Math.floor(doc.pageMultiple));
  const total = out.pages.length + ends.length;
  const missing = (multiple - (total % multiple)) % multiple;
  // biome-ignore lint/style/noNonNullAssertion: fillers is not empty, so k % fillers.length is an index of it
  if (missing > 0 && fillers.length) for (let k = 0; k < missing; k++) addFixed(fillers[k % fillers.length]!, k >= fillers.length);
  else if (missing > 0) {
    out.diagnostics.push({
      severity: 'error',
      ...coded('layout.notMultiple', { where: env.where, total, multiple, missing }, 'layout.notMultipleHint'),
      ...doc.template,
      variant: env.ctx.variant,
    });
  }
  for (const page of ends) addFixed(page);
  placeOnLastPage(doc, out, pass, env);

  if (doc.pageCount !== undefined && out.pages.length !== doc.pageCount) {
    const more = out.pages.length > doc.pageCount;
    out.diagnostics.push({
      severity: 'error',
      ...coded('layout.pageCount', { where: env.where, count: out.pages.length, expected: doc.pageCount }, more ? 'layout.pageCountTooManyHint' : 'layout.pageCountTooFewHint'),
      ...doc.template,
      variant: env.ctx.variant,
    });
  }
  return out;
}

/** The flows' last-page children (the colophon) on the document's last page, which may be a notes page or back cover after the flow. */
function placeOnLastPage(doc: Document, out: PassResult, pass: PassState, env: LayoutEnv): void {
  const last = out.pages[out.pages.length - 1];
  if (!last) return;
  for (const entry of doc.sequence) {
    if (entry.kind !== 'flow' || !entry.lastPage) continue;
    const builder = new PageBuilder(last.number, pass);
    const placed = placeChildren(entry.lastPage, builder, pass, env);
    last.items.push(...builder.page.items);
    last.anchors.push(...builder.page.anchors);
    out.diagnostics.push(...placed.diagnostics);
    out.copyFits.push(...placed.copyFits);
  }
}

function anchorPages(pages: LaidOutPage[]): Map<string, number> {
  const found = new Map<string, number>();
  for (const page of pages) for (const a of page.anchors) if (!found.has(a.id)) found.set(a.id, page.number);
  return found;
}

function samePages(a: Map<string, number>, b: Map<string, number>, env: LayoutEnv): boolean {
  return env.toc.every((e) => a.get(e.id) === b.get(e.id));
}

function documentHasToc(doc: Document): boolean {
  const has = (blocks: Block[]): boolean =>
    blocks.some(
      (b) =>
        b.kind === 'toc' ||
        ((b.kind === 'box' || b.kind === 'fill') && has(b.blocks)) ||
        (b.kind === 'grid' && b.cells.some(has)) ||
        (b.kind === 'list' && b.items.some((i) => has(i.blocks))) ||
        (b.kind === 'table' && b.rows.some((r) => r.cells.some((c) => has(c.blocks)))),
    );
  return doc.sequence.some((e) => (e.kind === 'flow' ? has(e.blocks) || e.decoration.some((d) => d.kind === 'frame' && has(d.blocks)) : e.children.some((c) => c.kind === 'frame' && has(c.blocks))));
}
