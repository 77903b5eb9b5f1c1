// Laid-out items + their tags → the screen edition's structure tree: one Document root, one element per tag id (nested by `parent`), links, figures with alt text, decoration as artifacts.
import type { LaidOutPage, PageItem, Tag } from '../layout/types.js';
import { setAttributes, type Pdf } from './pdfDocument.js';

type Element = PDFKit.PDFStructureElement;

/** The element a child's parent must be when no item carries the parent's own tag. */
const PARENT_TYPE: Partial<Record<Tag['type'], string>> = { LI: 'L', Lbl: 'LI', LBody: 'LI', TR: 'Table', TH: 'TR', TD: 'TR', TOCI: 'TOC' };

export interface StructureTree {
  /** Draws the item inside the marked content it belongs to; returns the Link element its annotation must join, if it is a link. */
  mark(item: PageItem, draw: () => void): Element | undefined;
  /** Draws page furniture (draft mark) as an artifact. */
  artifact(draw: () => void): void;
  /** Ends every element; call once after the last page. */
  end(): void;
}

/** The print edition is not tagged: draw, nothing else. */
export const untagged: StructureTree = {
  mark: (_item, draw) => {
    draw();
    return undefined;
  },
  artifact: (draw) => draw(),
  end: () => undefined,
};

export interface StructureOptions {
  /** The language of Latin-script runs in a document of another script (Dutch names in the Arabic edition): each gets a Span, or its Link, with this /Lang. */
  latinLang?: string;
}

const LATIN = /\p{Script=Latin}/u;
const ARABIC_SCRIPT = /\p{Script=Arabic}/u;

export function createStructureTree(pdf: Pdf, pages: LaidOutPage[], options: StructureOptions = {}): StructureTree {
  const root = pdf.struct('Document');
  pdf.addStructure(root);
  const tags = new Map<number, Tag>();
  for (const page of pages) {
    // parents that no item carries (L, Table, TR, TOC) are listed by layout with their own parents
    for (const tag of page.structure ?? []) tags.set(tag.id, tag);
    for (const item of page.items) if ('tag' in item && item.tag) tags.set(item.tag.id, item.tag);
  }
  const elements = new Map<number, { element: Element; type: string }>();

  const element = (id: number, inferredType: string, alt?: string): { element: Element; type: string } => {
    const known = elements.get(id);
    if (known) return known;
    const tag = tags.get(id);
    const type = tag?.type ?? inferredType;
    const text = tag?.alt ?? alt;
    const created = { element: pdf.struct(type, text ? { alt: text } : {}), type };
    // header cells head their column (tables have header rows only), as PDF/UA asks of every TH
    if (type === 'TH') setAttributes(created.element, { O: 'Table', Scope: 'Column' });
    const parent = tag?.parent !== undefined ? element(tag.parent, PARENT_TYPE[type as Tag['type']] ?? 'Div').element : root;
    parent.add(created.element);
    elements.set(id, created);
    return created;
  };

  const content = (target: Element, type: string, draw: () => void): void => {
    const marked = pdf.markStructureContent(type);
    draw();
    pdf.endMarkedContent();
    target.add(marked);
  };

  const artifact = (type: 'Layout' | 'Pagination', draw: () => void): void => {
    pdf.markContent('Artifact', { type });
    draw();
    pdf.endMarkedContent();
  };

  const link = (parent: Element, lang?: string): Element => {
    const created = pdf.struct('Link', lang ? { lang } : {});
    parent.add(created);
    return created;
  };

  return {
    mark(item, draw) {
      switch (item.kind) {
        case 'rect':
        case 'line':
        case 'icon':
          artifact('Layout', draw);
          return undefined;
        case 'text': {
          if (!item.tag) {
            artifact('Pagination', draw);
            return undefined;
          }
          const { element: parent, type } = element(item.tag.id, item.tag.type);
          const lang = options.latinLang !== undefined && LATIN.test(item.text) && !ARABIC_SCRIPT.test(item.text) ? options.latinLang : undefined;
          if (item.href === undefined && item.goTo === undefined) {
            if (lang === undefined) {
              content(parent, type, draw);
              return undefined;
            }
            const span = pdf.struct('Span', { lang });
            parent.add(span);
            content(span, 'Span', draw);
            span.end();
            return undefined;
          }
          const target = link(parent, lang);
          content(target, 'Link', draw);
          return target;
        }
        case 'image':
        case 'qr': {
          if (item.kind === 'image' && !item.tag && item.alt.trim() === '') {
            artifact('Layout', draw);
            return undefined;
          }
          if (item.kind === 'qr' && item.href !== undefined) {
            // a linked figure: the Link holds the figure (its content, with the alt text) and, next, the annotation
            const parent = item.tag?.parent !== undefined ? element(item.tag.parent, 'Div').element : root;
            const target = link(parent);
            const figure = pdf.struct('Figure', { alt: item.alt });
            target.add(figure);
            content(figure, 'Figure', draw);
            figure.end();
            return target;
          }
          const figure = item.tag ? element(item.tag.id, item.tag.type, item.alt).element : pdf.struct('Figure', { alt: item.alt });
          if (!item.tag) root.add(figure);
          content(figure, 'Figure', draw);
          return undefined;
        }
      }
    },
    artifact: (draw) => artifact('Pagination', draw),
    end: () => root.end(),
  };
}
