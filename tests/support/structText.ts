// PDF bytes → the structure elements of every page with the text of their marked content and the outline, as a reader (pdf.js) sees them.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface StructNode {
  /** 1-based page the element was found on. */
  page: number;
  role: string;
  alt?: string;
  /** The text of the element's own marked content on that page. */
  text: string;
  depth: number;
}

export interface OutlineEntry {
  title: string;
  /** 1-based page the bookmark opens. */
  page: number;
  depth: number;
}

interface PdfjsNode {
  role?: string;
  alt?: string;
  type?: string;
  id?: string;
  children?: PdfjsNode[];
}

export async function readStructure(bytes: Uint8Array): Promise<{ elements: StructNode[]; outline: OutlineEntry[]; pageTexts: string[] }> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false }).promise;
  const elements: StructNode[] = [];
  const pageTexts: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent({ includeMarkedContent: true });
    const byId = new Map<string, string>();
    const open: (string | undefined)[] = [];
    let all = '';
    for (const item of content.items as Array<{ type?: string; id?: string; str?: string }>) {
      if (item.type === 'beginMarkedContentProps' || item.type === 'beginMarkedContent') open.push(item.id);
      else if (item.type === 'endMarkedContent') open.pop();
      else if (typeof item.str === 'string') {
        all += `${item.str} `;
        const id = open.filter(Boolean).at(-1);
        if (id) byId.set(id, (byId.get(id) ?? '') + item.str);
      }
    }
    pageTexts.push(all);
    const walk = (node: PdfjsNode, depth: number): void => {
      if (node.role) {
        const text = (node.children ?? [])
          .filter((c) => c.type === 'content' && c.id)
          .map((c) => byId.get(c.id!) ?? '')
          .join('');
        elements.push({ page: n, role: node.role, alt: node.alt, text, depth });
      }
      for (const child of node.children ?? []) if (child.role !== undefined || child.children) walk(child, depth + 1);
    };
    const tree = (await page.getStructTree()) as PdfjsNode | null;
    if (tree) walk(tree, 0);
  }
  const outline: OutlineEntry[] = [];
  const visit = async (items: Array<{ title: string; dest: unknown; items: unknown[] }> | null, depth: number): Promise<void> => {
    for (const item of items ?? []) {
      const dest = typeof item.dest === 'string' ? await pdf.getDestination(item.dest) : (item.dest as unknown[] | null);
      const ref = dest?.[0] as { num: number; gen: number } | undefined;
      outline.push({ title: item.title, page: ref ? (await pdf.getPageIndex(ref)) + 1 : 0, depth });
      await visit(item.items as Array<{ title: string; dest: unknown; items: unknown[] }>, depth + 1);
    }
  };
  await visit((await pdf.getOutline()) as Array<{ title: string; dest: unknown; items: unknown[] }> | null, 0);
  await pdf.destroy();
  return { elements, outline, pageTexts };
}

/** Text compared without its spacing and line breaks (extracted lines join without a space). */
export const squash = (s: string): string => s.normalize('NFC').replace(/[\s\u00A0\u00AD]+/g, '');
