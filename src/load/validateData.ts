// Parsed YAML + a zod schema → the typed data, or diagnostics at the line and column of each wrong field (with did-you-mean).
import type { z } from 'zod';
import type { Diagnostic } from '../diagnostics.js';
import type { Pos } from '../vocabulary/position.js';
import { joinPath, type YamlFile } from './readYaml.js';
import { didYouMean } from './didYouMean.js';

export function pathString(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((acc, key) => joinPath(acc, typeof key === 'number' ? key : String(key)), '');
}

/** The position of a path, or of its nearest ancestor that has one. */
export function positionOf(file: YamlFile, path: string, preferKey = false): Pos {
  let p = path;
  for (;;) {
    const pos = (preferKey && file.positions.key.get(p)) || file.positions.value.get(p) || file.positions.key.get(p);
    if (pos) return pos;
    if (!p) return { file: file.file, line: 1, column: 1 };
    p = p.replace(/(\.[^.[\]]+|\[\d+\])$/, '');
    if (p === path) return { file: file.file, line: 1, column: 1 };
    path = p;
  }
}

/** The part of a zod schema's definition that the walk below reads. */
interface SchemaDef {
  def?: { type?: string; shape?: Record<string, SchemaDef>; element?: SchemaDef; valueType?: SchemaDef; innerType?: SchemaDef; in?: SchemaDef };
}
const WRAPPERS: ReadonlyArray<string | undefined> = ['optional', 'nullable', 'default', 'pipe'];

/** The keys a strict object schema at `path` allows, for did-you-mean. */
function allowedKeys(schema: z.ZodType, path: ReadonlyArray<PropertyKey>): string[] {
  let s: SchemaDef | undefined = schema as SchemaDef;
  for (const key of path) {
    s = unwrap(s);
    if (!s) return [];
    if (s.def?.type === 'object') s = s.def.shape?.[key as string];
    else if (s.def?.type === 'array') s = s.def.element;
    else if (s.def?.type === 'record') s = s.def.valueType;
    else return [];
  }
  s = unwrap(s);
  return s?.def?.type === 'object' ? Object.keys(s.def.shape ?? {}) : [];
}

function unwrap(s: SchemaDef | undefined): SchemaDef | undefined {
  while (s && WRAPPERS.includes(s.def?.type)) s = s.def?.innerType ?? s.def?.in;
  return s;
}

function describe(issue: z.core.$ZodIssue, value: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return `is required but missing`;
      return `must be ${article(issue.expected)}, not ${kindOf(value)}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
      if (issue.origin === 'array') return `needs at least ${issue.minimum} item(s)`;
      if (issue.origin === 'string') return issue.minimum === 1 ? 'must not be empty' : `needs at least ${issue.minimum} characters`;
      return `must be at least ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'array') return `may have at most ${issue.maximum} item(s)`;
      if (issue.origin === 'string') return `is longer than ${issue.maximum} characters`;
      return `must be at most ${issue.maximum}`;
    default:
      return issue.message;
  }
}

const article = (t: string): string => ({ object: 'a map of fields', array: 'a list', string: 'a text', number: 'a number', boolean: 'true or false' })[t] ?? t;
function kindOf(v: unknown): string {
  if (v === null) return 'empty';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a map of fields';
  if (typeof v === 'string') return 'a text';
  return `${typeof v === 'number' ? 'the number' : 'the value'} ${String(v)}`;
}

function valueAt(data: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let v: unknown = data;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}

/** An issue that names the character at fault (`params.index` into the text as written) points at that character's column. */
function atCharacter(pos: Pos, index: unknown, text: string | undefined): Pos {
  if (typeof index !== 'number' || text === undefined || pos.line === undefined || pos.column === undefined) return pos;
  const line = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).split('\n')[pos.line - 1] ?? '';
  const first = line[pos.column - 1];
  if (first === '|' || first === '>') return pos; // a block scalar: its text starts on the next line
  return { ...pos, column: pos.column + (first === '"' || first === "'" ? 1 : 0) + index };
}

/** `text` is the file as written, to point at a character inside a value. */
export function validateData<T>(schema: z.ZodType<T>, file: YamlFile, what: string, text?: string): { value?: T; diagnostics: Diagnostic[] } {
  const result = schema.safeParse(file.data);
  if (result.success) return { value: result.data, diagnostics: [] };
  const diagnostics: Diagnostic[] = [];
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      const allowed = allowedKeys(schema, issue.path);
      for (const key of issue.keys) {
        const field = pathString([...issue.path, key]);
        const suggestion = didYouMean(key, allowed);
        diagnostics.push({
          severity: 'error',
          message: `unknown field "${key}" in ${what}${suggestion ? ` — did you mean "${suggestion}"?` : ''}`,
          ...positionOf(file, field, true),
          field,
          hint: allowed.length ? `allowed here: ${allowed.join(', ')}` : undefined,
          code: 'diag.unknownField',
          values: { key, what, suggestion, fields: allowed.join(', ') },
          ...(allowed.length ? { hintCode: 'hint.allowedFields' as const } : {}),
        });
      }
      continue;
    }
    const field = pathString(issue.path);
    const value = valueAt(file.data, issue.path);
    const params = issue.code === 'custom' ? (issue.params as { index?: unknown; hint?: unknown } | undefined) : undefined;
    const pos = atCharacter(positionOf(file, field, value === undefined), params?.index, text);
    const name = field || what;
    const hint = typeof params?.hint === 'string' ? params.hint : undefined;
    diagnostics.push({ severity: 'error', message: `${field ? `"${name}"` : name} ${describe(issue, value)}`, ...pos, field: field || undefined, ...(hint ? { hint } : {}) });
  }
  return { diagnostics };
}
