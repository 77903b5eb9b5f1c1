// Problems found by any stage → one Diagnostic type, a collector and the `file:line:column  error  message` formatter.

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
}

/** Where something came from in a source file. */
export interface SourcePos {
  file: string;
  line: number;
  column: number;
}

export class Diagnostics {
  readonly items: Diagnostic[] = [];

  add(d: Diagnostic): void {
    this.items.push(d);
  }
  error(message: string, at?: Partial<SourcePos> & { field?: string; hint?: string; variant?: string }): void {
    this.add({ severity: 'error', message, ...at });
  }
  warning(message: string, at?: Partial<SourcePos> & { field?: string; hint?: string; variant?: string }): void {
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

export function formatDiagnostic(d: Diagnostic): string {
  const where = location(d);
  const head = [where, d.severity, d.message].filter(Boolean).join('  ');
  const lines = [head];
  if (d.field) lines.push(`    field: ${d.field}`);
  if (d.variant) lines.push(`    in: ${d.variant}`);
  if (d.hint) lines.push(`    hint: ${d.hint}`);
  return lines.join('\n');
}

/** Stable order: by file, line, column, then message — so output does not depend on stage scheduling. */
export function sortDiagnostics(ds: readonly Diagnostic[]): Diagnostic[] {
  return [...ds].sort(
    (a, b) =>
      (a.file ?? '').localeCompare(b.file ?? '') ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      a.message.localeCompare(b.message),
  );
}
