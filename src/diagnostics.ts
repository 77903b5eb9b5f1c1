// Problems found by any stage → one Diagnostic type, a collector and the `file:line:column  error  message` formatter.
import type { MessageId, Values } from './messages/catalogue.js';
import { say, type MessageLanguage } from './messages/say.js';
import type { Pos } from './vocabulary/position.js';
import { byCodeUnits } from './vocabulary/textOrder.js';

export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  severity: Severity;
  message: string;
  file?: string;
  line?: number;
  column?: number;
  /** Content field path, e.g. `contacts.vdab.phone` or `statements[2].title`. */
  field?: string;
  /** The build job it belongs to, e.g. `flyer/oostende/nl/print`. */
  variant?: string;
  hint?: string;
  /** A message from the catalogue: printed in the language chosen for messages; `message` and `hint` stay the English text (JSON, logs). */
  code?: MessageId;
  values?: Values;
  hintCode?: MessageId;
  /** For whoever edits the templates: printed with --verbose only (the English text; `designerHintCode` says it in the language chosen). */
  designerHint?: string;
  designerHintCode?: MessageId;
}

export class Diagnostics {
  readonly items: Diagnostic[] = [];

  add(d: Diagnostic): void {
    this.items.push(d);
  }
  error(message: string, at?: Partial<Pos> & { field?: string; hint?: string; variant?: string }): void {
    this.add({ severity: 'error', message, ...at });
  }
  warning(message: string, at?: Partial<Pos> & { field?: string; hint?: string; variant?: string }): void {
    this.add({ severity: 'warning', message, ...at });
  }
  addAll(ds: readonly Diagnostic[]): void {
    for (const d of ds) this.items.push(d);
  }
  get hasErrors(): boolean {
    return this.items.some((d) => d.severity === 'error');
  }
  get errors(): Diagnostic[] {
    return this.items.filter((d) => d.severity === 'error');
  }
}

/** Thrown between stages when a stage found errors; carries every diagnostic of the run so far. */
export class BuildFailed extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    super(`${diagnostics.filter((d) => d.severity === 'error').length} error(s)`);
  }
}

export function location(d: Diagnostic): string {
  if (!d.file) return '';
  let s = d.file;
  if (d.line !== undefined) s += `:${d.line}`;
  if (d.line !== undefined && d.column !== undefined) s += `:${d.column}`;
  return s;
}

export interface FormatOptions {
  lang?: MessageLanguage;
  /** Also the designer's hint. */
  verbose?: boolean;
  /** The text of the line the diagnostic points at: shown under it with a caret at the column. */
  sourceLine?: string;
}

/** The message and hint in the language asked for (the English text where the diagnostic has no code). */
export function localize(d: Diagnostic, lang: MessageLanguage): { message: string; hint?: string; designerHint?: string } {
  return {
    message: d.code ? say(d.code, d.values, lang) : d.message,
    hint: d.hintCode ? say(d.hintCode, d.values, lang) : d.hint,
    designerHint: d.designerHintCode ? say(d.designerHintCode, d.values, lang) : d.designerHint,
  };
}

/**
 * A diagnostic as --json prints it: `message` and `hint` in the language chosen for messages (as the terminal shows
 * them), with its stable `code` (and `hintCode`, `values`), which CI matches instead of the words.
 */
export function jsonDiagnostic(d: Diagnostic, lang: MessageLanguage): Diagnostic {
  const { message, hint, designerHint } = localize(d, lang);
  return { ...d, message, ...(hint !== undefined ? { hint } : {}), ...(designerHint !== undefined ? { designerHint } : {}) };
}

export function formatDiagnostic(d: Diagnostic, opts: FormatOptions = {}): string {
  const lang = opts.lang ?? 'en';
  const { message, hint, designerHint } = localize(d, lang);
  const where = location(d);
  const head = [where, say(`label.${d.severity}`, {}, lang), message].filter(Boolean).join('  ');
  const lines = [head];
  if (d.field) lines.push(`    ${say('label.field', {}, lang)}: ${d.field}`);
  if (d.variant) lines.push(`    ${say('label.in', {}, lang)}: ${d.variant}`);
  if (hint) lines.push(`    ${say('label.hint', {}, lang)}: ${hint}`);
  if (designerHint && opts.verbose) lines.push(`    ${say('label.designer', {}, lang)}: ${designerHint}`);
  if (opts.sourceLine !== undefined && d.line !== undefined) {
    const number = String(d.line);
    const pad = ' '.repeat(number.length);
    const text = opts.sourceLine.replace(/\t/g, ' ').replace(/\r$/, '');
    lines.push(`    ${number} | ${text}`);
    if (d.column !== undefined && d.column >= 1) lines.push(`    ${pad} | ${' '.repeat(Math.min(d.column - 1, text.length))}^`);
  }
  return lines.join('\n');
}

/** Stable order: by file, line, column, then message — so output does not depend on stage scheduling. */
export function sortDiagnostics(ds: readonly Diagnostic[]): Diagnostic[] {
  return [...ds].sort((a, b) => byCodeUnits(a.file ?? '', b.file ?? '') || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || byCodeUnits(a.message, b.message));
}
