// Flow + first page number → its pages: paginated blocks in the (odd/even) text area, decoration, running head and folio; errors for blocks too tall.
// What stands on the last page (`<decoration page="last">`) is placed by the document, on its own last page: pages may follow the flow.
import { ARABIC, arabicRole } from './bidi.js';
import type { Diagnostic } from '../diagnostics.js';
import { coded } from '../messages/coded.js';
import type { Flow, Rect } from '../model/types.js';
import { toMm } from '../units.js';
import type { LayoutEnv } from './layoutEnv.js';
import { layoutBlocks } from './layoutBlocks.js';
import { placeChildren } from './layoutPage.js';
import { paginate } from './paginateFlow.js';
import { PageBuilder, type PassState } from './pageBuilder.js';
import type { CopyFit, LaidOutPage, TextItem } from './types.js';
import type { TextStyle } from '../vocabulary/theme.js';

const KIND_NAMES: Record<string, string> = { list: 'list item', table: 'table row', grid: 'grid row' };

export function layoutFlow(flow: Flow, first: number, pass: PassState, env: LayoutEnv): { pages: LaidOutPage[]; diagnostics: Diagnostic[]; copyFits: CopyFit[] } {
  const even = flow.areaEven ?? flow.area;
  const width = Math.min(flow.area.width, even.width);
  const height = Math.min(flow.area.height, even.height);
  const pieces = layoutBlocks(flow.blocks, width, 1, env, flow.wideWidth);
  const { pages: plan, overfull } = paginate(pieces, height);
  const diagnostics: Diagnostic[] = [];
  const copyFits: CopyFit[] = [];
  const mirrored = flow.areaEven !== undefined;

  const pages = plan.map((placed, k) => {
    const number = first + k;
    const area = number % 2 === 0 ? even : flow.area;
    const builder = new PageBuilder(number, pass);
    // decoration: drawn on every page as artifacts; its problems reported on the flow's first page only
    const deco = placeChildren(flow.decoration, builder, pass, env, { untagged: true });
    if (k === 0) {
      diagnostics.push(...deco.diagnostics);
      copyFits.push(...deco.copyFits);
    }
    const box = { name: flow.name, x: area.x, y: area.y, width: area.width, height: area.height };
    // wide blocks reach into the outer margin: to the left on the even pages of a mirrored flow, else to the right
    const extra = Math.max(0, (flow.wideWidth ?? width) - width);
    const wideX = mirrored && number % 2 === 0 ? area.x - extra : area.x;
    const wideBox = { ...box, x: wideX, width: area.width + extra };
    for (const { piece, top, repeat } of placed) {
      if (piece.wide) builder.place(piece, wideX, area.y + top, { untagged: repeat, frame: wideBox });
      else builder.place(piece, area.x, area.y + top, { untagged: repeat, frame: box });
    }
    for (const item of flowFurniture(flow, number, env)) builder.add(item);
    return builder.page;
  });

  for (const o of overfull) {
    const name = KIND_NAMES[o.piece.source.kind] ?? o.piece.source.kind;
    const at = o.piece.field ?? o.piece.source.at;
    diagnostics.push({
      severity: 'error',
      ...coded(
        'layout.blockTooTall',
        { name, flow: flow.name, page: first + o.page, where: env.where, mm: toMm(o.amount).toFixed(1), source: `${o.piece.source.at.file}:${o.piece.source.at.line}` },
        'layout.blockTooTallHint',
      ),
      file: at.file,
      line: at.line,
      column: at.column,
      ...(o.piece.field ? { field: o.piece.field.path } : {}),
      variant: env.ctx.variant,
    });
  }
  return { pages, diagnostics, copyFits };
}

/**
 * The running head above and the folio below the flow's text area on page `number` (odd and even pages as the flow sets them),
 * also for a fixed page that takes the flow's furniture (`<page furniture="main">`: the contacts or notes page between the flow's pages).
 */
export function flowFurniture(flow: Flow, number: number, env: LayoutEnv): TextItem[] {
  const area = number % 2 === 0 ? (flow.areaEven ?? flow.area) : flow.area;
  const mirrored = flow.areaEven !== undefined;
  const out: TextItem[] = [];
  if (flow.runningHead) {
    const baseline = area.y - furnitureStyle(env, 'running-head').leading;
    out.push(furniture(flow.runningHead, 'running-head', area, baseline, number, mirrored ? 'outside' : 'left', env));
  }
  if (flow.folio) {
    const style = furnitureStyle(env, 'folio');
    const baseline = area.y + area.height + style.leading + env.ctx.measurer.ascent(style.font, style.size);
    out.push(furniture(String(number), 'folio', area, baseline, number, mirrored ? 'outside' : 'center', env));
  }
  return out;
}

/** `running-head` and `folio` styles when the theme has them, else body text at 7 pt. */
export function furnitureStyle(env: LayoutEnv, name: 'running-head' | 'folio'): TextStyle {
  const own = env.ctx.theme.styles[name];
  if (own) return own;
  const body = env.style('body', 'body');
  return { ...body, size: 7, leading: (body.leading * 7) / body.size };
}

/** One line of page furniture (untagged: an artifact), cut with an ellipsis when wider than the area. */
function furniture(text: string, name: 'running-head' | 'folio', area: Rect, baseline: number, page: number, place: 'left' | 'center' | 'outside', env: LayoutEnv): TextItem {
  const own = furnitureStyle(env, name);
  // a running head in Arabic script takes the Arabic font (one line of one script: no bidi reordering needed)
  const style = ARABIC.test(text) ? { ...own, font: arabicRole(own.font) } : own;
  const { measurer } = env.ctx;
  const measure = (t: string): number => measurer.width(t, style.font, style.size) + style.tracking * Array.from(t).length;
  for (const char of measurer.missingGlyphs(text, style.font)) {
    env.report(
      { severity: 'error', ...coded('layout.noGlyphFurniture', { char, name, where: env.where, font: style.font }, 'layout.noGlyphHint'), variant: env.ctx.variant },
      `furniture|${name}|${char}`,
    );
  }
  let shown = style.uppercase ? text.toUpperCase() : text;
  if (measure(shown) > area.width) {
    const words = shown.split(' ');
    while (words.length > 1 && measure(`${words.join(' ')}\u2026`) > area.width) words.pop();
    shown = `${words.join(' ')}\u2026`;
  }
  const width = measure(shown);
  const x = place === 'center' ? area.x + (area.width - width) / 2 : place === 'outside' && page % 2 === 1 ? area.x + area.width - width : area.x;
  return { kind: 'text', x, y: baseline, text: shown, font: style.font, size: style.size, color: style.color, wordSpacing: 0, width, ...(style.tracking ? { tracking: style.tracking } : {}) };
}
