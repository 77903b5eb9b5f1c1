// Content strings ↔ marked text: each content value is wrapped in private-use markers naming its field, so the model knows where every word came from.
import type { FieldRef, Pos } from '../vocabulary/position.js';
import { joinPath } from '../load/readYaml.js';

export const FIELD_START = '\uE000';
export const FIELD_MID = '\uE001';
export const FIELD_END = '\uE002';
export const MARKER_CHARS = /[\uE000-\uE002]/g;

export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c);
}

/** The fields of one render: marker id → field. */
export class FieldTable {
  readonly fields: FieldRef[] = [];
  add(ref: FieldRef): number {
    this.fields.push(ref);
    return this.fields.length - 1;
  }
  get(id: number): FieldRef | undefined {
    return this.fields[id];
  }
}

/** A content string that remembers its field; Handlebars calls toHTML() when it is output. */
export class SourcedText {
  constructor(
    readonly value: string,
    readonly ref: FieldRef,
    private readonly table: FieldTable,
  ) {}
  toString(): string {
    return this.value;
  }
  /** Escaped for XML and wrapped in field markers. */
  toHTML(): string {
    return this.marked(escapeXml(this.value));
  }
  marked(markup: string): string {
    return `${FIELD_START}${this.table.add(this.ref).toString(36)}${FIELD_MID}${markup}${FIELD_END}`;
  }
}

/** Wraps every string of `data` as SourcedText, with positions looked up by field path (prefixed by `root`). */
export function sourceData(data: unknown, positions: (path: string) => Pos | undefined, table: FieldTable, root: string, path = ''): unknown {
  if (typeof data === 'string') {
    const pos = positions(path) ?? { file: '?', line: 0, column: 0 };
    return new SourcedText(data, { ...pos, path: root ? joinPath(root, path).replace(/^\./, '') : path }, table);
  }
  if (Array.isArray(data)) return data.map((v, i) => sourceData(v, positions, table, root, joinPath(path, i)));
  if (data && typeof data === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(data)) out[k] = sourceData(v, positions, table, root, joinPath(path, k));
    return out;
  }
  return data;
}

export interface MarkedSegment {
  text: string;
  field?: FieldRef;
}

/** Splits text with markers into segments with their fields. */
export function splitMarked(text: string, table: FieldTable): MarkedSegment[] {
  const out: MarkedSegment[] = [];
  let field: FieldRef | undefined;
  let i = 0;
  while (i < text.length) {
    const next = text.slice(i).search(/[\uE000\uE002]/);
    if (next < 0) {
      out.push({ text: text.slice(i), field });
      break;
    }
    if (next > 0) out.push({ text: text.slice(i, i + next), field });
    i += next;
    if (text[i] === FIELD_START) {
      const mid = text.indexOf(FIELD_MID, i);
      field = table.get(parseInt(text.slice(i + 1, mid), 36));
      i = mid + 1;
    } else {
      field = undefined;
      i += 1;
    }
  }
  return out.filter((s) => s.text.length > 0);
}

/** Strips markers, returning the plain text and the first field in it. */
export function unmark(text: string, table: FieldTable): { text: string; field?: FieldRef } {
  const segments = splitMarked(text, table);
  return { text: segments.map((s) => s.text).join(''), field: segments.find((s) => s.field)?.field };
}
