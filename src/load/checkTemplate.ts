// A template source → diagnostics for unescaped output (`{{{…}}}`, `{{& …}}`): templates are code, content is data, and content must never become markup.
import Handlebars from 'handlebars';
import type { Diagnostic } from '../diagnostics.js';
import { coded } from '../messages/coded.js';

interface Loc {
  start: { line: number; column: number };
}

/** Every `{{{…}}}` or `{{& …}}` of a template, at its line and column. Syntax errors are left to the template compiler. */
export function checkTemplate(file: string, text: string): Diagnostic[] {
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
