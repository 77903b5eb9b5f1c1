// Nothing in src/ depends on the machine's locale: orders by code units, dates and numbers in a named locale.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sortDiagnostics, type Diagnostic } from '../../src/diagnostics.js';
import { REPO } from '../support/tempProject.js';

const SRC = path.join(REPO, 'src');
const files = (readdirSync(SRC, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts')).map((f) => f.split(path.sep).join('/'));

/** Calls whose result follows the locale of the machine they run on (LANG), unless a locale is named. */
const LOCALE_DEPENDENT = [/\.localeCompare\(/, /\.toLocale(?:String|DateString|TimeString|UpperCase|LowerCase)\(\s*\)/, /new Intl\.\w+\(\s*(?:\)|undefined)/, /Intl\.\w+\(\s*(?:\)|undefined)/];

describe('the locale of the machine', () => {
  it('changes nothing drukwerk sorts or prints: no localeCompare, no Intl or toLocale… without a named locale', () => {
    const found = files.flatMap((f) =>
      readFileSync(path.join(SRC, f), 'utf8')
        .split('\n')
        .flatMap((line, i) => (LOCALE_DEPENDENT.some((re) => re.test(line)) ? [`${f}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(found).toEqual([]);
  });

  it('diagnostics are sorted by file, line, column and message in code-unit order, not a dictionary’s', () => {
    const at = (file: string, line: number, message = 'm'): Diagnostic => ({ severity: 'warning', message, file, line, column: 1 });
    const sorted = sortDiagnostics([
      at('content/regions/ä.yaml', 1),
      at('content/regions/a.yaml', 2),
      at('content/regions/Z.yaml', 3),
      at('content/regions/a.yaml', 1, 'b'),
      at('content/regions/a.yaml', 1, 'B'),
    ]);
    expect(sorted.map((d) => `${d.file}:${d.line}:${d.message}`)).toEqual([
      'content/regions/Z.yaml:3:m',
      'content/regions/a.yaml:1:B',
      'content/regions/a.yaml:1:b',
      'content/regions/a.yaml:2:m',
      'content/regions/ä.yaml:1:m',
    ]);
  });
});
