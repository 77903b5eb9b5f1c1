// The terminal shows at most 50 diagnostics per file and 200 per run, then "… and N more": 30 000 wrong contacts no longer print 60 000 lines.
import { describe, expect, it } from 'vitest';
import { shownDiagnostics } from '../../src/shownDiagnostics.js';
import { formatDiagnostic, type Diagnostic } from '../../src/diagnostics.js';

const error = (file: string, line: number): Diagnostic => ({ severity: 'error', message: `"contacts.c${line}.phone" is wrong`, file, line, column: 5 });

describe('shownDiagnostics', () => {
  it('shows every diagnostic when there are few', () => {
    const ds = [error('a.yaml', 1), error('b.yaml', 2)];
    expect(shownDiagnostics(ds)).toEqual(ds.map((d) => formatDiagnostic(d)));
  });

  it('shows the first 50 of a file, then how many more', () => {
    const ds = Array.from({ length: 30_000 }, (_, i) => error('content/regions/groot.yaml', i + 1));
    const lines = shownDiagnostics(ds);
    expect(lines).toHaveLength(51);
    expect(lines.slice(0, 50)).toEqual(ds.slice(0, 50).map((d) => formatDiagnostic(d)));
    expect(lines[50]).toBe('… and 29950 more in content/regions/groot.yaml (fix these first, or see them all with --json)');
  });

  it('shows at most 200 in a run, then how many more in other files', () => {
    const ds = Array.from({ length: 10 }, (_, f) => Array.from({ length: 30 }, (_, i) => error(`f${f}.yaml`, i + 1))).flat();
    const lines = shownDiagnostics(ds);
    expect(lines).toHaveLength(201);
    expect(lines[200]).toBe('… and 100 more in other files (see them all with --json)');
  });
});
