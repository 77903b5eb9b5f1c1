// Screen edition: link items + anchors + outline → URI and GoTo link annotations, named destinations and nested bookmarks.
import type { LaidOutDocument, LaidOutPage, QrItem, TextItem } from '../layout/types.js';
import { pageRefs, type Pdf } from './pdfkitInternals.js';
import type { SharedFonts } from './sharedFonts.js';

/** A link annotation over the item's box: the text's ascender-to-descender band, or the whole QR code. */
export function addLink(pdf: Pdf, fonts: SharedFonts, item: TextItem | QrItem, structParent?: PDFKit.PDFStructureElement): void {
  if (item.href === undefined && (item.kind === 'qr' || item.goTo === undefined)) return;
  let box: [number, number, number, number];
  if (item.kind === 'text') {
    const font = fonts.fontkit[item.font];
    const ascent = (font.ascent / font.unitsPerEm) * item.size;
    const descent = (font.descent / font.unitsPerEm) * item.size;
    box = [item.x, item.y - ascent, item.width, ascent - descent];
  } else {
    box = [item.x, item.y, item.size, item.size];
  }
  const label = item.kind === 'text' ? item.text : item.alt;
  const options = { structParent, Contents: new String(label) } as unknown as PDFKit.Mixins.AnnotationOption;
  if (item.href !== undefined) pdf.link(...box, item.href, options);
  else if (item.kind === 'text' && item.goTo !== undefined) pdf.goTo(...box, item.goTo, options);
}

/** Every anchor of the page becomes a named destination at its y (XYZ, left and zoom unchanged). */
export function addDestinations(pdf: Pdf, page: LaidOutPage): void {
  for (const anchor of page.anchors) {
    (pdf.addNamedDestination as (name: string, fit: string, ...args: Array<number | null>) => void).call(pdf, anchor.id, 'XYZ', null, anchor.y, null);
  }
}

interface OutlineNode {
  addItem(title: string, options?: { pageNumber?: number; expanded?: boolean }): OutlineNode;
  outlineData: Record<string, unknown>;
}

/** Bookmarks from `doc.outline`, nested by level; each opens its page at the heading's y. Call after the last page was added. */
export function addOutline(pdf: Pdf, doc: LaidOutDocument): void {
  const kids = pageRefs(pdf);
  const stack: Array<{ level: number; node: OutlineNode }> = [{ level: 0, node: pdf.outline as unknown as OutlineNode }];
  doc.outline.forEach((entry, i) => {
    const page = kids[entry.page - 1];
    if (!page) throw new Error(`the outline entry "${entry.title}" points to page ${entry.page}, but the document has ${kids.length}`);
    // biome-ignore lint/style/noNonNullAssertion: stack.length > 1
    while (stack.length > 1 && stack[stack.length - 1]!.level >= entry.level) stack.pop();
    const next = doc.outline[i + 1];
    const parent = stack[stack.length - 1];
    if (parent === undefined) throw new Error('the outline lost its root: the loop above never pops it');
    const node = parent.node.addItem(entry.title, { pageNumber: entry.page - 1, expanded: next !== undefined && next.level > entry.level });
    node.outlineData.Dest = [page, 'XYZ', null, doc.height - entry.y, null];
    stack.push({ level: entry.level, node });
  });
}
