// Parsed YAML + a zod schema → the typed data, or diagnostics at the line and column of each wrong field (with did-you-mean).
import type { z } from 'zod';
import type { Diagnostic } from '../diagnostics.js';
import { CATALOGUE, type MessageId, type Values } from '../messages/catalogue.js';
import { coded, nested, type Coded, type CodedWithHint } from '../messages/coded.js';
import type { Pos } from '../vocabulary/position.js';
import { joinPath, type YamlFile } from './readYaml.js';
import { didYouMean } from './didYouMean.js';
import { idFrom } from '../vocabulary/ids.js';

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

/** The rules of ids, by the message the schema gives its pattern: `field.nameId` (theme colours and styles) also starts with a letter. */
const ID_MESSAGES: ReadonlySet<string> = new Set(['field.id', 'field.nameId']);

/** The pattern of a failed `regex` check, back from the text the validator keeps of it. */
function patternOf(issue: { pattern?: unknown }): RegExp | undefined {
  const m = typeof issue.pattern === 'string' ? /^\/(.*)\/([a-z]*)$/s.exec(issue.pattern) : null;
  return m ? new RegExp(m[1] ?? '', m[2]) : undefined;
}

/** An id like the one written ("Jeugddienst Brugge" → jeugddienst-brugge), when that one fits the rule. */
function idLike(written: string, rule: RegExp | undefined): string | undefined {
  const id = idFrom(written);
  return id && id !== written && rule?.test(id) ? id : undefined;
}

/** A wrong id (a key under contacts:, a section's id): the rule, and an id like it as the hint. */
function idProblem(issue: z.core.$ZodIssue, written: string, id: 'field.id' | 'field.badId', values: Values = {}): Coded {
  const suggestion = idLike(written, patternOf(issue as { pattern?: unknown }));
  const all = { ...values, letterFirst: issue.message === 'field.nameId' ? 1 : undefined, suggestion };
  return suggestion ? coded(id, all, 'hint.idLike') : coded(id, all);
}

/**
 * What is wrong with a field's value, as a coded message (the schema's own messages are catalogue ids, or a coded
 * message in `params.coded`). Every issue the validator can raise gets words of the catalogue: its own English text
 * ("Invalid key in record", "Invalid URL") never reaches the user.
 */
function describe(issue: z.core.$ZodIssue, value: unknown): Coded {
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return coded('field.required');
      return coded('field.wrongType', { expected: issue.expected, actual: kindOf(value), value: typeof value === 'object' ? undefined : String(value) });
    case 'invalid_value':
      return coded('field.oneOf', { values: issue.values.map((v) => JSON.stringify(v)).join(', ') });
    case 'too_small':
      if (issue.origin === 'array') return issue.exact ? coded('field.exactItems', { count: Number(issue.minimum) }) : coded('field.tooFewItems', { min: Number(issue.minimum) });
      if (issue.origin === 'string') return issue.minimum === 1 ? coded('field.empty') : coded('field.tooFewChars', { min: Number(issue.minimum) });
      return issue.inclusive === false ? coded('field.greaterThan', { min: Number(issue.minimum) }) : coded('field.atLeast', { min: Number(issue.minimum) });
    case 'too_big':
      if (issue.origin === 'array') return issue.exact ? coded('field.exactItems', { count: Number(issue.maximum) }) : coded('field.tooManyItems', { max: Number(issue.maximum) });
      if (issue.origin === 'string') return coded('field.tooLong', { max: Number(issue.maximum) });
      return issue.inclusive === false ? coded('field.lessThan', { max: Number(issue.maximum) }) : coded('field.atMost', { max: Number(issue.maximum) });
    case 'invalid_format':
      if (ID_MESSAGES.has(issue.message) && typeof value === 'string') return idProblem(issue, value, 'field.id');
      return issue.message in CATALOGUE ? coded(issue.message as MessageId) : coded('field.badFormat', { format: issue.format });
    case 'not_multiple_of':
      return coded('field.multipleOf', { divisor: Number(issue.divisor) });
    default: {
      const given = (issue as { params?: { coded?: Coded } }).params?.coded;
      if (given) return given;
      return issue.message in CATALOGUE ? coded(issue.message as MessageId) : coded('field.invalid', { detail: issue.message });
    }
  }
}

/** A key of a record (contacts:, colors:, translates:) that the record refuses: said at the key, with an id like it. */
function describeKey(issue: z.core.$ZodIssueInvalidKey, key: string, parent: string): Coded {
  const inner = issue.issues[0];
  if (inner?.code === 'invalid_format' && ID_MESSAGES.has(inner.message)) return idProblem(inner, key, 'field.badId', { key, parent: parent || undefined });
  const problem = inner ? describe(inner, key) : coded('field.invalid', {});
  return coded('field.badKey', { ...nested('problem', problem), key, parent: parent || undefined });
}

/** The kind of a value, as `field.wrongType` names it. */
function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'object') return 'object';
  if (typeof v === 'string') return 'string';
  return typeof v === 'number' ? 'numberValue' : 'value';
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
        const values = { key, what, suggestion, fields: allowed.join(', ') };
        diagnostics.push({
          severity: 'error',
          ...(allowed.length ? coded('diag.unknownField', values, 'hint.allowedFields') : coded('diag.unknownField', values)),
          ...positionOf(file, field, true),
          field,
        });
      }
      continue;
    }
    const field = pathString(issue.path);
    if (issue.code === 'invalid_key') {
      const key = String(issue.path[issue.path.length - 1] ?? '');
      const problem = describeKey(issue, key, pathString(issue.path.slice(0, -1)));
      diagnostics.push({ severity: 'error', ...problem, ...positionOf(file, field, true), field: field || undefined });
      continue;
    }
    const value = valueAt(file.data, issue.path);
    const params = issue.code === 'custom' ? (issue.params as { index?: unknown } | undefined) : undefined;
    const pos = atCharacter(positionOf(file, field, value === undefined), params?.index, text);
    const problem = describe(issue, value);
    const values = { ...nested('problem', problem), field: field || undefined, what };
    // a text where fields were expected: nearly always a line indented too little under its parent
    const hintCode =
      ('hintCode' in problem ? (problem as CodedWithHint).hintCode : undefined) ??
      (problem.code === 'field.wrongType' && problem.values.expected === 'object' && typeof value === 'string' ? 'hint.mapNotText' : undefined);
    diagnostics.push({ severity: 'error', ...(hintCode ? coded('field.problem', values, hintCode) : coded('field.problem', values)), ...pos, field: field || undefined });
  }
  return { diagnostics };
}
