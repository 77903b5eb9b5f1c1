// Rendered markup (XML text) → a tree of elements with attributes, text and the template position of every element.
import { coded } from '../messages/coded.js';
import { SaxesParser } from 'saxes';
import { memoTable } from '../world/memo.js';
import type { Diagnostic } from '../diagnostics.js';
import type { Pos } from '../vocabulary/position.js';

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: Array<XmlElement | string>;
  /** Template position (from the `_at` attribute), or the position in the rendered markup. */
  at: Pos;
}

const AT = '_at';

/**
 * A copy of a string that does not point into the markup: V8 keeps substrings of 13 or more characters as
 * slices of their parent, and the model (kept in caches between jobs) would hold every job's whole markup alive.
 */
function ownString(s: string): string {
  return s.length < 13 ? s : Buffer.from(s, 'utf8').toString('utf8');
}

/** Template file names, one string each however many elements name them (a project has a few dozen templates and partials). */
const templateFiles = memoTable<string>('model.templateFile', 256);
function templateFile(name: string): string {
  const known = templateFiles.peek(name);
  if (known !== undefined) return known;
  // kept under its own copy too: the name found is a slice of the markup, and a key holds what it slices
  const own = ownString(name);
  return templateFiles.get(own, () => own);
}

function parseAt(value: string | undefined): Pos | undefined {
  const [, file, line, column] = (value ? /^(.*):(\d+):(\d+)$/.exec(value) : null) ?? [];
  return file !== undefined ? { file: templateFile(file), line: Number(line), column: Number(column) } : undefined;
}

/** The template position of the element that encloses offset `index` of the markup. */
function templatePosBefore(markup: string, index: number): Pos | undefined {
  const before = markup.slice(0, index);
  const i = before.lastIndexOf(`${AT}="`);
  return i < 0 ? undefined : parseAt(before.slice(i + AT.length + 2, before.indexOf('"', i + AT.length + 2)));
}

export function parseMarkup(markup: string, fallbackFile: string): { root?: XmlElement; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const parser = new SaxesParser({ position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  parser.on('error', (e) => {
    const pos = templatePosBefore(markup, parser.position) ?? { file: fallbackFile, line: parser.line, column: parser.column };
    diagnostics.push({ severity: 'error', ...coded('model.brokenMarkup', { detail: e.message.replace(/^.*?:\d+:\d+: /, '') }), ...pos });
  });
  parser.on('opentag', (tag) => {
    const attributes: Record<string, string> = {};
    for (const [k, v] of Object.entries(tag.attributes)) if (k !== AT) attributes[k] = ownString(String(v));
    const at = parseAt(tag.attributes[AT] as string | undefined) ?? { file: fallbackFile, line: parser.line, column: parser.column };
    const el: XmlElement = { name: tag.name, attributes, children: [], at };
    const parent = stack.at(-1);
    if (parent) parent.children.push(el);
    else root ??= el;
    stack.push(el);
  });
  parser.on('closetag', () => void stack.pop());
  parser.on('text', (text) => {
    stack.at(-1)?.children.push(ownString(text));
  });
  parser.write(markup).close();
  if (!root && diagnostics.length === 0) diagnostics.push({ severity: 'error', ...coded('model.noDocument'), file: fallbackFile, line: 1, column: 1 });
  return { root, diagnostics };
}
