// A template source (+ the store) → diagnostics for unescaped output (`{{{…}}}`, `{{& …}}`): templates are code, content is data, and content must never become markup.
import { createRequire } from 'node:module';
import type HandlebarsModule from 'handlebars';
import type { Diagnostic } from '../diagnostics.js';
import { digest } from '../digest.js';
import { coded } from '../messages/coded.js';
import type { Store } from '../world/store.js';

interface Loc {
  start: { line: number; column: number };
}

const isDiagnostics = (v: unknown): v is Diagnostic[] =>
  Array.isArray(v) && v.every((d) => typeof d === 'object' && d !== null && typeof (d as Diagnostic).message === 'string' && typeof (d as Diagnostic).severity === 'string');

/**
 * Every `{{{…}}}` or `{{& …}}` of a template, at its line and column. Syntax errors are left to the template compiler.
 * Through the store (kind `checks`, keyed by the file's name and text): a template checked before is not parsed again.
 */
export function checkTemplate(file: string, text: string, store?: Store): Diagnostic[] {
  if (!store) return findUnescaped(file, text);
  const shelf = store.shelf('checks', ['templates'], isDiagnostics, 1_000);
  const key = `${file}\0${digest('sha256', text, 'hex')}`;
  const stored = shelf.get(key);
  if (stored) return stored;
  const diagnostics = findUnescaped(file, text);
  shelf.putJson(key, JSON.stringify(diagnostics));
  return diagnostics;
}

/** Loaded only when a template is checked: a build whose templates were all checked before never loads Handlebars here. */
const loadHandlebars = (): typeof HandlebarsModule => createRequire(import.meta.url)('handlebars') as typeof HandlebarsModule;

function findUnescaped(file: string, text: string): Diagnostic[] {
  const Handlebars = loadHandlebars();
  let ast: hbs.AST.Program;
  try {
    ast = Handlebars.parse(text);
  } catch {
    return [];
  }
  const diagnostics: Diagnostic[] = [];
  const visitor = new Handlebars.Visitor();
  visitor.MustacheStatement = function (this: Handlebars.Visitor, node: hbs.AST.MustacheStatement) {
    if (!node.escaped) {
      const loc = (node as unknown as { loc: Loc }).loc;
      const source = text.split('\n')[loc.start.line - 1]?.slice(loc.start.column) ?? '';
      const what = /^\{\{~?\s*&/.test(source) ? '{{& …}}' : '{{{…}}}';
      diagnostics.push({
        severity: 'error',
        ...coded('template.unescaped', { what }, 'template.unescapedHint'),
        file,
        line: loc.start.line,
        column: loc.start.column + 1,
      });
    }
    Handlebars.Visitor.prototype.MustacheStatement.call(this, node);
  };
  visitor.accept(ast);
  return diagnostics;
}
