// The parsed markup tree → the document model (Document → FixedPage | Flow → Frame → Block), with diagnostics naming template lines.
import { coded } from '../messages/coded.js';
import type { Diagnostic } from '../diagnostics.js';
import type { FieldTable } from '../template/fieldMarkers.js';
import { PAPER_MM, paperSize, type PaperName } from '../units.js';
import { buildBlocks, buildFigure, checkColor, reader, type BuildContext } from './buildBlocks.js';
import type { XmlElement } from './parseMarkup.js';
import type { Document, FixedPage, Flow, PageChild, Rect } from './types.js';
import { smartenText } from './typography.js';

export interface ModelOptions {
  fields: FieldTable;
  colors: ReadonlySet<string>;
  styles: ReadonlySet<string>;
  lang: string;
}

const PAGE_CHILDREN = ['frame', 'shape', 'image', 'qr', 'icon'];
const elements = (el: XmlElement): XmlElement[] => el.children.filter((c): c is XmlElement => typeof c !== 'string');

function rect(el: XmlElement, ctx: BuildContext, extra: string[]): { a: ReturnType<typeof reader>; rect: Rect } {
  const a = reader(el, ['x', 'y', 'width', 'height', ...extra], ctx);
  return { a, rect: { x: a.length('x'), y: a.length('y'), width: a.length('width'), height: a.length('height') } };
}

function buildPageChild(el: XmlElement, ctx: BuildContext): PageChild | undefined {
  switch (el.name) {
    case 'frame': {
      const { a, rect: r } = rect(el, ctx, ['name', 'valign', 'min-scale', 'fit-group']);
      const fitGroup = a.string('fit-group');
      return {
        kind: 'frame',
        name: a.required('name'),
        ...r,
        valign: a.oneOf('valign', ['top', 'center', 'bottom'] as const, 'top'),
        minScale: a.number('min-scale', 1, 0.5, 1),
        ...(fitGroup ? { fitGroup } : {}),
        blocks: buildBlocks(el, ctx),
        template: el.at,
      };
    }
    case 'shape': {
      const { a, rect: r } = rect(el, ctx, ['fill', 'bleed']);
      const fill = a.required('fill');
      checkColor(fill, el, ctx);
      return { kind: 'shape', ...r, fill, bleed: a.boolean('bleed', false), template: el.at };
    }
    case 'image':
    case 'qr':
    case 'icon': {
      const a = reader(el, ['x', 'y', 'src', 'width', 'height', 'alt', 'align', 'mirror', 'data', 'size', 'name', 'color', 'style'], ctx);
      const block = buildFigure({ ...el, attributes: Object.fromEntries(Object.entries(el.attributes).filter(([k]) => k !== 'x' && k !== 'y')) }, ctx);
      const size = block.kind === 'image' ? { width: block.width, height: block.height } : { width: block.size, height: block.size };
      return { kind: 'placed', x: a.length('x'), y: a.length('y'), ...size, block, template: el.at };
    }
    default:
      ctx.diagnostics.push({ severity: 'error', ...coded('model.notOnPage', { element: el.name, allowed: PAGE_CHILDREN.map((n) => `<${n}>`).join(' ') }, 'model.allowed'), ...el.at });
      return undefined;
  }
}

function buildPage(el: XmlElement, ctx: BuildContext): FixedPage {
  const a = reader(el, ['name', 'background', 'role', 'furniture'], ctx);
  const background = a.string('background');
  checkColor(background, el, ctx);
  const children = elements(el)
    .map((c) => buildPageChild(c, ctx))
    .filter((c): c is PageChild => c !== undefined);
  const furniture = a.string('furniture');
  return {
    kind: 'page',
    name: a.string('name', 'page'),
    background,
    role: a.oneOf('role', ['normal', 'filler', 'end'] as const, 'normal'),
    children,
    ...(furniture ? { furniture } : {}),
    template: el.at,
  };
}

function buildFlow(el: XmlElement, ctx: BuildContext): Flow {
  const { a, rect: area } = rect(el, ctx, ['name', 'x-even', 'running-head', 'folio', 'wide-width']);
  const xEven = a.string('x-even') === undefined ? undefined : a.length('x-even');
  const wideWidth = a.string('wide-width') === undefined ? undefined : a.length('wide-width');
  const runningHead = a.string('running-head');
  const decoration: PageChild[] = [];
  const lastPage: PageChild[] = [];
  for (const d of elements(el).filter((c) => c.name === 'decoration')) {
    const last = reader(d, ['page'], ctx).oneOf('page', ['every', 'last'] as const, 'every') === 'last';
    (last ? lastPage : decoration).push(
      ...elements(d)
        .map((c) => buildPageChild(c, ctx))
        .filter((c): c is PageChild => c !== undefined),
    );
  }
  return {
    kind: 'flow',
    name: a.string('name', 'main'),
    area,
    areaEven: xEven === undefined ? undefined : { ...area, x: xEven },
    // set by the painter as it is, not through a paragraph: smartened here as every text is (l'école → l’école)
    runningHead: runningHead === undefined ? undefined : smartenText(runningHead, ctx.lang),
    folio: a.boolean('folio', true),
    ...(wideWidth !== undefined && wideWidth > area.width ? { wideWidth } : {}),
    decoration,
    ...(lastPage.length ? { lastPage } : {}),
    blocks: buildBlocks(el, ctx, ['decoration']),
    template: el.at,
  };
}

export function buildModel(root: XmlElement, options: ModelOptions): { document?: Document; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const ctx: BuildContext = { diagnostics, fields: options.fields, colors: options.colors, styles: options.styles, lang: options.lang };
  if (root.name !== 'document') {
    diagnostics.push({ severity: 'error', ...coded('model.rootNotDocument', { element: root.name }), ...root.at });
    return { diagnostics };
  }
  const a = reader(root, ['material', 'title', 'lang', 'size', 'page-multiple', 'page-count'], ctx);
  const size = a.oneOf('size', Object.keys(PAPER_MM) as PaperName[], 'A4');
  const { width, height } = paperSize(size);
  const pageCount = a.string('page-count') === undefined ? undefined : a.number('page-count', 1, 1, 999);
  const sequence: Document['sequence'] = [];
  for (const child of elements(root)) {
    if (child.name === 'page') sequence.push(buildPage(child, ctx));
    else if (child.name === 'flow') sequence.push(buildFlow(child, ctx));
    else diagnostics.push({ severity: 'error', ...coded('model.notInDocument', { element: child.name, allowed: '<page> <flow>' }, 'model.allowed'), ...child.at });
  }
  const flows = sequence.filter((e): e is Flow => e.kind === 'flow').map((f) => f.name);
  for (const page of sequence) {
    if (page.kind === 'page' && page.furniture !== undefined && !flows.includes(page.furniture)) {
      diagnostics.push({ severity: 'error', ...coded('model.furnitureNoFlow', { furniture: page.furniture, flows: flows.join(', ') }, 'hint.furnitureFlows'), ...page.template });
    }
  }
  const document: Document = {
    material: a.required('material'),
    // the PDF's title (and XMP dc:title) in the typography of the page it names
    title: smartenText(a.required('title'), options.lang),
    lang: a.string('lang', 'nl'),
    width,
    height,
    pageMultiple: a.number('page-multiple', 1, 1, 16),
    pageCount,
    sequence,
    template: root.at,
  };
  return { document, diagnostics };
}
