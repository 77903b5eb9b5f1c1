// Catalog → the structure elements of a tagged PDF in reading order: role (through the RoleMap), attributes, and kids (elements, marked-content ids, annotation references).
import { PDFArray, PDFDict, PDFNumber, type PDFObject } from './pdfLib.js';
import { asDict, get, getDict, getName, items, textOf } from './pdfObjects.js';

export type StructKid = { kind: 'element'; element: StructElement } | { kind: 'mcid'; mcid: number; page?: PDFDict } | { kind: 'objr'; object?: PDFDict; page?: PDFDict };

export interface StructElement {
  dict: PDFDict;
  /** The standard type the element maps to (its /S through the RoleMap). */
  role: string;
  /** The element's own /S. */
  type: string;
  parent?: StructElement;
  depth: number;
  kids: StructKid[];
  /** The page the element names (/Pg), which its marked-content ids refer to unless a kid names its own. */
  page?: PDFDict;
  lang?: string;
  alt?: string;
  actualText?: string;
}

/** Deeper than this, a structure tree is broken (or hostile): elements below it are not read. */
const MAX_DEPTH = 200;
const MAX_ELEMENTS = 200_000;

/** Every structure element in document (reading) order; empty when the document is not tagged. */
export function structureElements(catalog: PDFDict): StructElement[] {
  const root = getDict(catalog, 'StructTreeRoot');
  if (!root) return [];
  const roleMap = getDict(root, 'RoleMap');
  const out: StructElement[] = [];
  const seen = new Set<PDFObject>();
  const role = (type: string): string => {
    // a role maps to a role that may map on: follow a few steps, never a cycle
    let current = type;
    for (let i = 0; i < 8; i++) {
      const next = getName(roleMap, current);
      if (!next || next === current) break;
      current = next;
    }
    return current;
  };

  const visitKids = (kids: PDFObject | undefined, parent: StructElement | undefined, depth: number, into: StructKid[]): void => {
    const list = kids instanceof PDFArray ? items(kids) : kids !== undefined ? [kids] : [];
    for (const kid of list) {
      if (kid instanceof PDFNumber) {
        into.push({ kind: 'mcid', mcid: kid.asNumber(), page: parent?.page });
        continue;
      }
      const dict = asDict(kid);
      if (!dict || seen.has(dict) || out.length >= MAX_ELEMENTS) continue;
      const type = getName(dict, 'Type');
      if (type === 'MCR') {
        const mcid = get(dict, 'MCID');
        if (mcid instanceof PDFNumber) into.push({ kind: 'mcid', mcid: mcid.asNumber(), page: getDict(dict, 'Pg') ?? parent?.page });
        continue;
      }
      if (type === 'OBJR') {
        into.push({ kind: 'objr', object: getDict(dict, 'Obj'), page: getDict(dict, 'Pg') ?? parent?.page });
        continue;
      }
      seen.add(dict);
      const s = getName(dict, 'S');
      if (!s) continue;
      const element: StructElement = {
        dict,
        type: s,
        role: role(s),
        parent,
        depth,
        kids: [],
        page: getDict(dict, 'Pg') ?? parent?.page,
        lang: textOf(get(dict, 'Lang')),
        alt: textOf(get(dict, 'Alt')),
        actualText: textOf(get(dict, 'ActualText')),
      };
      out.push(element);
      into.push({ kind: 'element', element });
      if (depth < MAX_DEPTH) visitKids(get(dict, 'K'), element, depth + 1, element.kids);
    }
  };
  visitKids(get(root, 'K'), undefined, 0, []);
  return out;
}

/** The attribute dictionaries of an element (/A: one dictionary or an array of them, with revision numbers between). */
export function attributes(element: StructElement): PDFDict[] {
  const a = get(element.dict, 'A');
  const list = a instanceof PDFArray ? items(a) : a ? [a] : [];
  return list.map(asDict).filter((d): d is PDFDict => !!d);
}

/** Whether the element, or an element inside it, holds marked content. */
export function holdsContent(element: StructElement): boolean {
  return element.kids.some((k) => k.kind === 'mcid' || (k.kind === 'element' && holdsContent(k.element)));
}
