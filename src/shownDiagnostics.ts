// Sorted diagnostics → the lines a terminal shows: at most a few per file and per run, then "… and N more" for the rest.
import { formatDiagnostic, type Diagnostic, type FormatOptions } from './diagnostics.js';
import { say } from './messages/say.js';

/** Enough to see a mistake's pattern; 30 000 wrong contacts printed 60 000 lines. */
export const SHOWN_PER_FILE = 50;
export const SHOWN_PER_RUN = 200;

/** `format`: the language and the excerpt of the line each diagnostic points at. */
export function shownDiagnostics(
  sorted: readonly Diagnostic[],
  format: Omit<FormatOptions, 'sourceLine'> & { sourceLine?: (file: string | undefined, line: number | undefined) => string | undefined } = {},
  perFile = SHOWN_PER_FILE,
  perRun = SHOWN_PER_RUN,
): string[] {
  const lines: string[] = [];
  const hidden = new Map<string, number>();
  const shownIn = new Map<string, number>();
  let shown = 0;
  let beyondRun = 0;
  for (const d of sorted) {
    const file = d.file ?? '';
    const inFile = shownIn.get(file) ?? 0;
    if (inFile >= perFile) hidden.set(file, (hidden.get(file) ?? 0) + 1);
    else if (shown >= perRun) beyondRun++;
    else {
      lines.push(formatDiagnostic(d, { lang: format.lang, verbose: format.verbose, sourceLine: format.sourceLine?.(d.file, d.line) }));
      shownIn.set(file, inFile + 1);
      shown++;
    }
  }
  for (const [file, n] of hidden) lines.push(say('summary.moreInFile', { count: n, file: file || undefined }, format.lang));
  if (beyondRun) lines.push(say('summary.moreInRun', { count: beyondRun }, format.lang));
  return lines;
}
