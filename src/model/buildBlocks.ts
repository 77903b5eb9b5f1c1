// Block-level markup elements (<p>, <h1>, <list>, <table>, <box>, <grid>, …) → model blocks with inline runs and their fields.
import { coded } from '../messages/coded.js';
import type { Diagnostic } from '../diagnostics.js';
import { splitMarked, type FieldTable } from '../template/fieldMarkers.js';
import { mm } from '../units.js';
import { smartenText } from './typography.js';
import type { XmlElement } from './parseMarkup.js';
import { AttributeReader } from './readAttributes.js';
import type { Block, IconBlock, ImageBlock, Inline, ListItem, QrBlock, TableRow } from './types.js';

export interface BuildContext {
  diagnostics: Diagnostic[];
  fields: FieldTable;
  colors: ReadonlySet<string>;
  styles: ReadonlySet<string>;
  /** Content language: typographic quotes, dashes and non-breaking spaces follow its rules. */
  lang: string;
}

export const BLOCK_ELEMENTS = ['h1', 'h2', 'h3', 'p', 'list', 'table', 'image', 'qr', 'icon', 'rule', 'space', 'box', 'fill', 'grid', 'toc', 'pagebreak'];
const INLINE_ELEMENTS = ['b', 'i', 'link', 'nobr'];

const elements = (el: XmlElement): XmlElement[] => el.children.filter((c): c is XmlElement => typeof c !== 'string');

export function reader(el: XmlElement, allowed: readonly string[], ctx: BuildContext): AttributeReader {
  return new AttributeReader(el, allowed, ctx.diagnostics, ctx.fields);
}

/** `where`: in the text of an element, in an element, or (neither) in a text area. */
function unknownElement(el: XmlElement, where: { textOf?: string; parent?: string }, allowed: readonly string[], ctx: BuildContext): void {
  ctx.diagnostics.push({ severity: 'error', ...coded('model.notAllowedIn', { element: el.name, ...where, allowed: allowed.map((a) => `<${a}>`).join(' ') }, 'model.allowed'), ...el.at });
}

export function checkColor(name: string | undefined, el: XmlElement, ctx: BuildContext): void {
  if (name !== undefined && !ctx.colors.has(name)) {
    ctx.diagnostics.push({ severity: 'error', ...coded('model.unknownColour', { element: el.name, name, known: [...ctx.colors].join(', ') }, 'model.themeColours'), ...el.at });
  }
}

function checkStyle(name: string | undefined, el: XmlElement, ctx: BuildContext): string | undefined {
  if (name !== undefined && !ctx.styles.has(name)) {
    ctx.diagnostics.push({ severity: 'error', ...coded('model.unknownStyle', { element: el.name, name, known: [...ctx.styles].join(', ') }, 'model.themeStyles'), ...el.at });
  }
  return name;
}

/** Inline content of a paragraph-like element → runs, whitespace collapsed as in HTML. */
export function buildInlines(el: XmlElement, ctx: BuildContext, state = { bold: false, italic: false, href: undefined as string | undefined, nobreak: false }): Inline[] {
  const runs: Inline[] = [];
  for (const child of el.children) {
    if (typeof child === 'string') {
      for (const seg of splitMarked(child, ctx.fields)) {
        runs.push({
          kind: 'text',
          text: smartenText(seg.text.replace(/[ \t\r\n]+/g, ' '), ctx.lang),
          bold: state.bold,
          italic: state.italic,
          href: state.href,
          nobreak: state.nobreak || undefined,
          field: seg.field,
        });
      }
      continue;
    }
    if (!INLINE_ELEMENTS.includes(child.name)) {
      unknownElement(child, { textOf: el.name }, INLINE_ELEMENTS, ctx);
      continue;
    }
    const a = reader(child, child.name === 'link' ? ['href'] : [], ctx);
    const next = { ...state };
    if (child.name === 'b') next.bold = true;
    if (child.name === 'i') next.italic = true;
    if (child.name === 'nobr') next.nobreak = true;
    if (child.name === 'link') next.href = a.required('href');
    runs.push(...buildInlines(child, ctx, next));
  }
  return runs;
}

/** Trims the outer whitespace of a paragraph's runs. */
function trimRuns(runs: Inline[]): Inline[] {
  const out = runs.filter((r) => r.text.length > 0);
  const first = out[0];
  if (first) out[0] = { ...first, text: first.text.replace(/^ +/, '') };
  const last = out.at(-1); // after the line above: one run is both
  if (last) out[out.length - 1] = { ...last, text: last.text.replace(/ +$/, '') };
  return out.filter((r) => r.text.length > 0);
}

const hasBlockChildren = (el: XmlElement): boolean => elements(el).some((c) => BLOCK_ELEMENTS.includes(c.name));

/** Children of a container: blocks, or inline text wrapped in one paragraph of `style`. */
function containerBlocks(el: XmlElement, ctx: BuildContext, style?: string): Block[] {
  if (hasBlockChildren(el)) return buildBlocks(el, ctx);
  const inlines = trimRuns(buildInlines(el, ctx));
  return inlines.length ? [{ kind: 'paragraph', inlines, style, template: el.at }] : [];
}

export function buildFigure(el: XmlElement, ctx: BuildContext, extra: string[] = []): ImageBlock | QrBlock | IconBlock {
  if (el.name === 'image') {
    const a = reader(el, ['src', 'width', 'height', 'alt', 'align', 'style', 'mirror', ...extra], ctx);
    const src = a.textWithField('src');
    const align = a.string('align') === undefined ? undefined : a.oneOf('align', ['left', 'center', 'right'] as const, 'center');
    // alt="" marks decoration: an artifact in the tagged edition, not a Figure
    return {
      kind: 'image',
      src: src?.text ?? '',
      field: src?.field,
      width: a.length('width'),
      height: a.length('height'),
      alt: a.required('alt'),
      ...(align ? { align } : {}),
      ...(a.boolean('mirror', false) ? { mirror: true } : {}),
      template: el.at,
    };
  }
  if (el.name === 'qr') {
    const a = reader(el, ['data', 'size', 'color', 'style', ...extra], ctx);
    const data = a.textWithField('data');
    if (!data) a.required('data');
    return { kind: 'qr', data: data?.text ?? '', field: data?.field, size: a.length('size', mm(20)), template: el.at };
  }
  const a = reader(el, ['name', 'size', 'color', ...extra], ctx);
  const color = a.string('color', 'ink');
  checkColor(color, el, ctx);
  return { kind: 'icon', name: a.required('name'), size: a.length('size', mm(8)), color, template: el.at };
}

/** `wide="true"`: the block takes the flow's wide measure (in a frame it keeps the frame's width). */
const wide = (a: AttributeReader): { wide?: true } => (a.boolean('wide', false) ? { wide: true } : {});

function buildBlock(el: XmlElement, ctx: BuildContext): Block | undefined {
  const at = el.at;
  switch (el.name) {
    case 'h1':
    case 'h2':
    case 'h3': {
      const a = reader(el, ['id', 'style', 'outline'], ctx);
      const level = Number(el.name[1]) as 1 | 2 | 3;
      return {
        kind: 'heading',
        level,
        id: a.string('id'),
        style: checkStyle(a.string('style'), el, ctx),
        outline: a.boolean('outline', level < 3),
        inlines: trimRuns(buildInlines(el, ctx)),
        template: at,
      };
    }
    case 'p': {
      const a = reader(el, ['style', 'align', 'id'], ctx);
      return {
        kind: 'paragraph',
        style: checkStyle(a.string('style'), el, ctx),
        id: a.string('id'),
        align: a.string('align') === undefined ? undefined : a.oneOf('align', ['left', 'right', 'center', 'justify'] as const, 'left'),
        inlines: trimRuns(buildInlines(el, ctx)),
        template: at,
      };
    }
    case 'list': {
      const a = reader(el, ['ordered', 'style'], ctx);
      const style = checkStyle(a.string('style'), el, ctx);
      const items: ListItem[] = [];
      for (const child of elements(el)) {
        if (child.name !== 'item') unknownElement(child, { parent: 'list' }, ['item'], ctx);
        else reader(child, [], ctx), items.push({ blocks: containerBlocks(child, ctx, style ?? 'list'), template: child.at });
      }
      return { kind: 'list', ordered: a.boolean('ordered', false), style, items, template: at };
    }
    case 'table': {
      const a = reader(el, ['widths', 'style', 'wide'], ctx);
      const rows: TableRow[] = [];
      for (const rowEl of elements(el)) {
        if (rowEl.name !== 'row') {
          unknownElement(rowEl, { parent: 'table' }, ['row'], ctx);
          continue;
        }
        const header = reader(rowEl, ['header'], ctx).boolean('header', false);
        const cells = elements(rowEl).flatMap((cellEl) => {
          if (cellEl.name !== 'cell') return (unknownElement(cellEl, { parent: 'row' }, ['cell'], ctx), []);
          reader(cellEl, [], ctx);
          return [{ blocks: containerBlocks(cellEl, ctx, header ? 'table-head' : 'table'), template: cellEl.at }];
        });
        rows.push({ header, cells, template: rowEl.at });
      }
      const count = Math.max(1, ...rows.map((r) => r.cells.length));
      const widths = a.string('widths')?.trim().split(/\s+/).map(Number) ?? Array(count).fill(1);
      if (widths.length !== count || widths.some((w) => !(w > 0))) ctx.diagnostics.push({ severity: 'error', ...coded('model.tableWidths', { widths: a.string('widths'), count }), ...at });
      return { kind: 'table', columns: widths, rows, style: checkStyle(a.string('style'), el, ctx), ...wide(a), template: at };
    }
    case 'image':
    case 'qr':
    case 'icon':
      return buildFigure(el, ctx);
    case 'rule': {
      const a = reader(el, ['color', 'weight'], ctx);
      const color = a.string('color', 'ink');
      checkColor(color, el, ctx);
      return { kind: 'rule', color, weight: a.number('weight', 0.5, 0.25, 20), template: at };
    }
    case 'space':
      return { kind: 'space', height: reader(el, ['height'], ctx).length('height'), template: at };
    case 'box': {
      const a = reader(el, ['fill', 'stroke', 'padding', 'style', 'wide'], ctx);
      const fill = a.string('fill');
      const stroke = a.string('stroke');
      checkColor(fill, el, ctx);
      checkColor(stroke, el, ctx);
      return { kind: 'box', fill, stroke, padding: a.length('padding', mm(4)), style: checkStyle(a.string('style'), el, ctx), ...wide(a), blocks: buildBlocks(el, ctx), template: at };
    }
    case 'fill': {
      const a = reader(el, ['fill', 'padding', 'valign', 'ruled', 'rule-color', 'rule-weight', 'min-height', 'style'], ctx);
      const fill = a.string('fill');
      const ruleColor = a.string('rule-color', 'line');
      checkColor(fill, el, ctx);
      checkColor(ruleColor, el, ctx);
      return {
        kind: 'fill',
        fill,
        padding: a.length('padding', 0),
        valign: a.oneOf('valign', ['top', 'center', 'bottom'] as const, 'top'),
        ...(a.string('ruled') !== undefined ? { ruled: a.length('ruled') } : {}),
        ruleColor,
        ruleWeight: a.number('rule-weight', 0.5, 0.25, 5),
        ...(a.string('min-height') !== undefined ? { minHeight: a.length('min-height') } : {}),
        style: checkStyle(a.string('style'), el, ctx),
        blocks: buildBlocks(el, ctx),
        template: at,
      };
    }
    case 'grid': {
      const a = reader(el, ['columns', 'gap', 'wide'], ctx);
      const cells = elements(el).flatMap((c) => {
        if (c.name !== 'cell') return (unknownElement(c, { parent: 'grid' }, ['cell'], ctx), []);
        reader(c, [], ctx);
        return [containerBlocks(c, ctx)];
      });
      return { kind: 'grid', columns: a.number('columns', 2, 1, 6), gap: a.length('gap', mm(4)), cells, ...wide(a), template: at };
    }
    case 'toc':
      return (reader(el, [], ctx), { kind: 'toc', template: at });
    case 'pagebreak':
      return (reader(el, [], ctx), { kind: 'pagebreak', template: at });
    default:
      unknownElement(el, {}, BLOCK_ELEMENTS, ctx);
      return undefined;
  }
}

/** The block children of a frame, flow, box, item or cell. Stray text outside a block is an error. */
export function buildBlocks(parent: XmlElement, ctx: BuildContext, skip: readonly string[] = []): Block[] {
  const blocks: Block[] = [];
  for (const child of parent.children) {
    if (typeof child === 'string') {
      const text = splitMarked(child, ctx.fields)
        .map((s) => s.text)
        .join('')
        .trim();
      if (text) ctx.diagnostics.push({ severity: 'error', ...coded('model.looseText', { text: text.slice(0, 40), parent: parent.name }), ...parent.at });
      continue;
    }
    if (skip.includes(child.name)) continue;
    const block = buildBlock(child, ctx);
    if (block) blocks.push(block);
  }
  return blocks;
}
