// YAML text → plain data (text in NFC) plus the line and column of every field, and diagnostics for syntax errors, duplicate keys, alias bombs, deep nesting, control characters and text cut short by a ` #` comment.
import { CATALOGUE, type MessageId } from '../messages/catalogue.js';
import { coded } from '../messages/coded.js';
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { Diagnostic } from '../diagnostics.js';
import type { Pos } from '../vocabulary/position.js';

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
/** Lists and maps nested deeper than this are refused before validation (no content needs more than a handful). */
export const MAX_DEPTH = 32;

/** C0 controls except tab and line feed, DEL and the C1 controls: never typed on purpose, and invisible in print. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is what this pattern is for
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;

/** Half of a UTF-16 surrogate pair without its other half (only a \u escape in a quoted text makes one). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Characters a text may not hold, each said at its field: half a surrogate pair ("\uDC00" in a quoted text: no font has
 * a glyph for it, and it turned up as a template's broken markup or as U+FFFD, a character nobody wrote), then controls.
 */
const REFUSED_CHARACTERS: readonly { pattern: RegExp; id: MessageId; hint: MessageId }[] = [
  { pattern: LONE_SURROGATE, id: 'yaml.loneSurrogate', hint: 'yaml.loneSurrogateHint' },
  { pattern: CONTROL, id: 'yaml.controlChar', hint: 'yaml.controlCharHint' },
];

/** Explicit tags that still give plain data: text, numbers, true/false, empty, lists and maps. Any other tag is refused. */
const PLAIN_TAGS: ReadonlySet<string> = new Set(['str', 'int', 'float', 'bool', 'null', 'seq', 'map'].map((t) => `tag:yaml.org,2002:${t}`));
/** Keys that JavaScript objects inherit: a map holding one would lose it (or worse) on the way to the schema. */
const RESERVED_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

const tagName = (tag: string): string => (tag.startsWith('tag:yaml.org,2002:') ? `!!${tag.slice('tag:yaml.org,2002:'.length)}` : tag);

const codePoint = (c: string): string => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

export function readYaml(file: string, text: string): { value?: YamlFile; diagnostics: Diagnostic[] } {
  try {
    return readYamlUnsafe(file, text);
  } catch (e) {
    if (e instanceof RangeError) return { diagnostics: [{ severity: 'error', ...coded('yaml.tooDeep', { max: MAX_DEPTH }, 'yaml.tooDeepHint'), file, line: 1, column: 1 }] };
    // the YAML library should not throw on any input; if it does, the user still gets a diagnostic, not a crash
    return { diagnostics: [{ severity: 'error', ...coded('yaml.unreadable', { detail: String((e as Error)?.message ?? e).split('\n')[0] }), file, line: 1, column: 1 }] };
  }
}

/**
 * Every key written a second time in its map, in the order of the file: the key, the map it is in (as a field path) and
 * where the second one starts. Keys are the same as the YAML library counts them: equal scalar values (1 and "1" differ).
 */
function duplicateKeys(root: Node | null, at: (offset: number) => Pos): Diagnostic[] {
  const found: { offset: number; diagnostic: Diagnostic }[] = [];
  const visit = (node: Node | null | undefined, path: string, depth: number): void => {
    if (!node || depth > MAX_DEPTH) return;
    if (isMap(node)) {
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const keyNode = pair.key as Node | null;
        if (isScalar(keyNode)) {
          const key = String(keyNode.value);
          if (seen.has(keyNode.value)) {
            const offset = keyNode.range?.[0] ?? 0;
            found.push({ offset, diagnostic: { severity: 'error', ...coded('yaml.duplicateKey', { key, parent: path || undefined }), ...at(offset), field: joinPath(path, key) } });
          }
          seen.add(keyNode.value);
          visit(pair.value as Node | null, joinPath(path, key), depth + 1);
        }
      }
    } else if (isSeq(node)) {
      for (const [i, item] of node.items.entries()) visit(item as Node | null, joinPath(path, i), depth + 1);
    }
  };
  visit(root, '', 0);
  return found.sort((a, b) => a.offset - b.offset).map((f) => f.diagnostic);
}

function readYamlUnsafe(file: string, text: string): { value?: YamlFile; diagnostics: Diagnostic[] } {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lineCounter = new LineCounter();
  // duplicate keys are found below, once per map: the library compares each key with every key before it, so a map of 20 000 keys took 7.5 s
  const doc = parseDocument(source, { lineCounter, uniqueKeys: false, prettyErrors: false, strict: true });
  const at = (offset: number): Pos => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col };
  };
  const diagnostics: Diagnostic[] = [];
  for (const e of doc.errors) {
    // the parser itself recurses per level of a flow collection ({a: {a: …}}): some 780 levels overflow its stack before the depth check below can say so
    if (/Maximum call stack size exceeded/.test(e.message)) {
      if (!diagnostics.some((d) => d.code === 'yaml.tooDeep')) diagnostics.push({ severity: 'error', ...coded('yaml.tooDeep', { max: MAX_DEPTH }, 'yaml.tooDeepHint'), ...at(e.pos[0]) });
      continue;
    }
    const detail = (e.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
    // the YAML mistakes people make when they edit a file by hand have a hint of their own
    const hintCode = `hint.yaml.${e.code}`;
    const hint = hintCode in CATALOGUE ? (hintCode as MessageId) : undefined;
    // one mistake (a tab, a bad indent) makes the parser trip over the next lines too: report the first, say there is more
    const previous = diagnostics[diagnostics.length - 1];
    if (hint && previous?.hint && at(e.pos[0]).line <= (previous.line ?? 0) + 1) continue;
    const values = { detail, code: e.code };
    diagnostics.push({ severity: 'error', ...(hint ? coded('diag.yamlSyntax', values, hint) : coded('diag.yamlSyntax', values)), ...at(e.pos[0]) });
  }
  diagnostics.push(...duplicateKeys(doc.contents as Node | null, at));
  if (diagnostics.length > 0) return { diagnostics };

  const positions: FieldPositions = { value: new Map(), key: new Map() };
  /** Warnings that do not stop the file being read: they follow its errors, if any. */
  const notes: Diagnostic[] = [];
  const fail = (message: Pick<Diagnostic, 'message' | 'code' | 'values' | 'hint' | 'hintCode'>, node: Node | null | undefined, field: string): void => {
    diagnostics.push({ severity: 'error', ...message, ...(node?.range ? at(node.range[0]) : { file, line: 1, column: 1 }), field: field || undefined });
  };
  const walk = (node: Node | null | undefined, path: string, depth: number): void => {
    if (!node) return;
    if (node.range) positions.value.set(path, at(node.range[0]));
    if (node.tag && !PLAIN_TAGS.has(node.tag)) {
      // at the tag itself, written before the value: `key: !!js/function "…"`
      let tagAt = node.range ? source.lastIndexOf('!', node.range[0]) : -1;
      for (let k = 0; tagAt > 0 && k < 1024 && !/[\s[{,]/.test(source.charAt(tagAt - 1)); k++) tagAt--;
      diagnostics.push({
        severity: 'error',
        ...coded('yaml.unknownTag', { tag: tagName(node.tag) }, 'yaml.unknownTagHint'),
        ...(tagAt >= 0 ? at(tagAt) : node.range ? at(node.range[0]) : { file, line: 1, column: 1 }),
        field: path || undefined,
      });
      return;
    }
    if (depth > MAX_DEPTH && (isMap(node) || isSeq(node))) {
      fail(coded('yaml.tooDeep', { max: MAX_DEPTH }, 'yaml.tooDeepHint'), node, path);
      return;
    }
    if (isScalar(node) && node.type === 'PLAIN' && node.comment !== undefined && node.range) {
      // `address: Voorbeeldstraat 1 #2e verdieping, 8000 Brugge` is the text "Voorbeeldstraat 1": YAML reads the rest as a
      // comment, and the PDF would print the address cut short without a word. A # written right against what follows
      // (#2e, #1, #wvl) is text that got cut; `kind: municipality   # province, …` (new-region writes such) is a comment
      const hash = source.indexOf('#', node.range[1]);
      const lineEnd = source.indexOf('\n', node.range[1]);
      if (hash >= 0 && (lineEnd < 0 || hash < lineEnd) && /[^\s]/.test(source.charAt(hash + 1))) {
        const cut = source.slice(hash + 1, lineEnd < 0 ? undefined : lineEnd).trim();
        notes.push({
          severity: 'warning',
          ...coded('yaml.commentAfterText', { field: path || undefined, text: String(node.value).slice(0, 60), cut: cut.slice(0, 60) }, 'yaml.commentAfterTextHint'),
          ...at(hash),
          field: path || undefined,
        });
      }
    }
    if (isAlias(node)) {
      const target = node.resolve(doc);
      if (!target) fail(coded('yaml.aliasNoAnchor', { name: node.source }), node, path);
      else if (target.range && node.range && target.range[0] <= node.range[0] && node.range[0] < target.range[2]) {
        fail(coded('yaml.aliasInside', { name: node.source }, 'yaml.aliasInsideHint'), node, path);
      }
      return;
    }
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const keyNode = pair.key as Node | null;
        if (keyNode && !isScalar(keyNode)) {
          fail(coded('yaml.keyNotPlain'), keyNode, path);
          continue;
        }
        const key = isScalar(keyNode) ? String(keyNode.value) : String(keyNode);
        const child = joinPath(path, key);
        if (RESERVED_KEYS.has(key)) {
          fail(coded('yaml.reservedKey', { key }, 'yaml.reservedKeyHint'), keyNode, child);
          continue;
        }
        if (keyNode && keyNode.range) positions.key.set(child, at(keyNode.range[0]));
        walk(pair.value as Node | null, child, depth + 1);
        if (!positions.value.has(child) && keyNode?.range) positions.value.set(child, at(keyNode.range[0]));
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => walk(item as Node, joinPath(path, i), depth + 1));
    }
  };
  walk(doc.contents as Node | null, '', 1);
  if (diagnostics.length > 0) return { diagnostics: [...diagnostics, ...notes] };

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch {
    diagnostics.push({ severity: 'error', ...coded('yaml.tooManyAliases', { max: MAX_ALIASES }), file, line: 1, column: 1 });
    return { diagnostics };
  }
  data = cleanText(data, '', 1, { file, positions, diagnostics });
  if (diagnostics.length > 0) return { diagnostics: [...diagnostics, ...notes] };
  return { value: { file, data: data ?? {}, positions }, diagnostics: notes };
}

interface CleanContext {
  file: string;
  positions: FieldPositions;
  diagnostics: Diagnostic[];
}

/**
 * Every text to NFC (so e + U+0301 becomes é, which the fonts have) and refused when it holds half a character or a control character;
 * the depth is checked again because aliases can stack lists deeper than the file shows.
 */
function cleanText(value: unknown, path: string, depth: number, ctx: CleanContext): unknown {
  const where = (p: string): Pos => ctx.positions.value.get(p) ?? ctx.positions.key.get(p) ?? { file: ctx.file, line: 1, column: 1 };
  if (typeof value === 'string') {
    for (const { pattern, id, hint } of REFUSED_CHARACTERS) {
      const found = pattern.exec(value);
      if (!found) continue;
      ctx.diagnostics.push({
        severity: 'error',
        ...coded(id, { path: path || undefined, char: codePoint(found[0]), at: found.index + 1 }, hint),
        ...where(path),
        field: path || undefined,
      });
      return value;
    }
    return value.normalize('NFC');
  }
  if (value === null || typeof value !== 'object') return value;
  if (depth > MAX_DEPTH) {
    ctx.diagnostics.push({ severity: 'error', ...coded('yaml.tooDeep', { max: MAX_DEPTH }, 'yaml.tooDeepHint'), ...where(path), field: path || undefined });
    return value;
  }
  if (Array.isArray(value)) return value.map((v, i) => cleanText(v, joinPath(path, i), depth + 1, ctx));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    const child = joinPath(path, k);
    const key = cleanText(k, child, depth, ctx) as string;
    Object.defineProperty(out, key, { value: cleanText(v, child, depth + 1, ctx), enumerable: true, writable: true, configurable: true });
  }
  return out;
}
