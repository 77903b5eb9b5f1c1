// Layout and partial sources → an isolated, strict Handlebars environment compiled once, rendering a context to markup or diagnostics.
import { coded } from '../messages/coded.js';
import Handlebars from 'handlebars';
import type { Diagnostic } from '../diagnostics.js';
import { annotateWithMap, type ColumnMap } from './annotateTemplate.js';
import { registerHelpers } from './helpers.js';
import type { TemplateSource } from '../load/parseProject.js';

export interface Templates {
  names: string[];
  render(name: string, context: object): { markup?: string; diagnostics: Diagnostic[] };
}

const COMPILE_OPTIONS: CompileOptions = { strict: true, noEscape: false, preventIndent: true };

/** Handlebars reports `- line:column` at the end of its messages; file comes from the template or partial that threw. */
function templateError(e: unknown, file: string, kind: 'template.syntaxError' | 'template.error', columns: ReadonlyMap<string, ColumnMap>): Diagnostic {
  const err = e as Error & { partialFile?: string; lineNumber?: number; column?: number };
  const where = err.partialFile ?? file;
  const toOriginal = columns.get(where) ?? ((_l: number, c: number) => c);
  const message = String(err.message ?? e);
  let line = err.lineNumber;
  let column = err.column !== undefined ? err.column + 1 : undefined;
  const m = / - (\d+):(\d+)\s*$/.exec(message) ?? /on line (\d+)/.exec(message);
  if (m) {
    line = Number(m[1]);
    column = m[2] !== undefined ? Number(m[2]) + 1 : undefined;
  }
  const missing = /^"([^"]+)" not defined in/.exec(message)?.[1];
  const text =
    missing !== undefined ? coded('template.missingField', { field: missing }, 'template.missingFieldHint') : coded(kind, { detail: (message.split('\n')[0] ?? '').replace(/ - \d+:\d+\s*$/, '') });
  return {
    severity: 'error',
    ...text,
    file: where,
    line: line ?? 1,
    column: line !== undefined && column !== undefined ? toOriginal(line, column) : (column ?? 1),
  };
}

export function createTemplates(layouts: TemplateSource[], partials: TemplateSource[]): { templates: Templates; diagnostics: Diagnostic[] } {
  const env = Handlebars.create();
  registerHelpers(env);
  const diagnostics: Diagnostic[] = [];
  const columns = new Map<string, ColumnMap>();
  const compile = (src: TemplateSource): HandlebarsTemplateDelegate | undefined => {
    const annotated = annotateWithMap(src.text, src.file);
    columns.set(src.file, annotated.column);
    try {
      // parse first: syntax errors surface now, not at the first render
      const ast = env.parse(annotated.text);
      return env.compile(ast, COMPILE_OPTIONS);
    } catch (e) {
      diagnostics.push(templateError(e, src.file, 'template.syntaxError', columns));
      return undefined;
    }
  };
  for (const p of partials) {
    const fn = compile(p);
    if (!fn) continue;
    env.registerPartial(p.name, ((context: unknown, options: RuntimeOptions) => {
      try {
        return fn(context, options);
      } catch (e) {
        const err = e as { partialFile?: string };
        err.partialFile ??= p.file;
        throw e;
      }
    }) as unknown as HandlebarsTemplateDelegate);
  }
  const compiled = new Map<string, { fn: HandlebarsTemplateDelegate; file: string }>();
  for (const l of layouts) {
    const fn = compile(l);
    if (fn) compiled.set(l.name, { fn, file: l.file });
  }
  const templates: Templates = {
    names: [...compiled.keys()],
    render(name, context) {
      const t = compiled.get(name);
      if (!t) return { diagnostics: [{ severity: 'error', ...coded('template.none', { name }), file: `templates/${name}.hbs` }] };
      try {
        return { markup: t.fn(context), diagnostics: [] };
      } catch (e) {
        return { diagnostics: [templateError(e, t.file, 'template.error', columns)] };
      }
    },
  };
  return { templates, diagnostics };
}
