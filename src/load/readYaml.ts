// YAML text → plain data plus the line and column of every field, and diagnostics for syntax errors and duplicate keys.
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { Diagnostic } from '../diagnostics.js';
import type { Pos } from '../model/types.js';

export interface FieldPositions {
  /** Where the value of each field path starts (`contacts.vdab.phone`, `statements[2]`). */
  value: Map<string, Pos>;
  /** Where the key of each map field starts. */
  key: Map<string, Pos>;
}

export interface YamlFile {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  data: unknown;
  positions: FieldPositions;
}

export function joinPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  return parent ? `${parent}.${key}` : key;
}

const MAX_ALIASES = 100;

export function readYaml(file: string, text: string): { value?: YamlFile; diagnostics: Diagnostic[] } {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
  const at = (offset: number): Pos => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col };
  };
  const diagnostics: Diagnostic[] = [];
  for (const e of doc.errors) {
    const message =
      e.code === 'DUPLICATE_KEY'
        ? 'this key appears twice in the same map; keep one'
        : `YAML syntax error: ${e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`;
    diagnostics.push({ severity: 'error', message, ...at(e.pos[0]) });
  }
  if (diagnostics.length > 0) return { diagnostics };

  const positions: FieldPositions = { value: new Map(), key: new Map() };
  const walk = (node: Node | null | undefined, path: string): void => {
    if (!node) return;
    if (node.range) positions.value.set(path, at(node.range[0]));
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const keyNode = pair.key as Node | null;
        const key = isScalar(keyNode) ? String(keyNode.value) : String(keyNode);
        const child = joinPath(path, key);
        if (keyNode && keyNode.range) positions.key.set(child, at(keyNode.range[0]));
        walk(pair.value as Node | null, child);
        if (!positions.value.has(child) && keyNode?.range) positions.value.set(child, at(keyNode.range[0]));
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => walk(item as Node, joinPath(path, i)));
    }
  };
  walk(doc.contents as Node | null, '');

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (e) {
    diagnostics.push({
      severity: 'error',
      message: `the YAML uses too many aliases (more than ${MAX_ALIASES} expansions); write the values out`,
      file,
      line: 1,
      column: 1,
    });
    return { diagnostics };
  }
  return { value: { file, data: data ?? {}, positions }, diagnostics };
}
