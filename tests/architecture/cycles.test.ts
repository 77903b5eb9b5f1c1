// The import lines of src/ → every import circle between its files (a plain depth-first search); there may be none.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../support/tempProject.js';

const SRC = path.join(REPO, 'src');
const files = (readdirSync(SRC, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts')).map((f) => f.split(path.sep).join('/'));

/**
 * The src/ files a file imports. Type-only imports count: a circle of types still means neither file can be read, tested or
 * moved without the other, and it is where a circle of values starts.
 */
function importsOf(file: string): string[] {
  const text = readFileSync(path.join(SRC, file), 'utf8');
  const specs = [...text.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+'([^']+)'/gm), ...text.matchAll(/^\s*import\s+'([^']+)'/gm), ...text.matchAll(/import\(\s*'([^']+)'\s*\)/g)].map((m) => m[1]!);
  return specs.filter((s) => s.startsWith('.')).map((s) => path.posix.normalize(path.posix.join(path.posix.dirname(file), s)).replace(/\.js$/, '.ts'));
}

/** Each circle once, as the files along it, starting from its first file in sorted order. */
function circles(graph: Map<string, string[]>): string[][] {
  const found = new Map<string, string[]>();
  const state = new Map<string, 'open' | 'done'>();
  const trail: string[] = [];
  const visit = (file: string): void => {
    state.set(file, 'open');
    trail.push(file);
    for (const next of graph.get(file) ?? []) {
      if (!graph.has(next)) continue;
      if (state.get(next) === 'open') {
        const circle = trail.slice(trail.indexOf(next));
        const start = circle.indexOf([...circle].sort()[0]!);
        const turned = [...circle.slice(start), ...circle.slice(0, start)];
        found.set(turned.join(' → '), turned);
      } else if (!state.has(next)) visit(next);
    }
    trail.pop();
    state.set(file, 'done');
  };
  for (const file of [...graph.keys()].sort()) if (!state.has(file)) visit(file);
  return [...found.values()];
}

/** Circles still to undo, each with what undoes it; the list only shrinks (the paint circle ended when markDeflated and PdfRef moved into the pdfkit adapter). */
const KNOWN: Record<string, string> = {};

describe('import circles', () => {
  const graph = new Map(files.map((f) => [f, importsOf(f)]));

  it('reads the import lines', () => {
    expect(graph.get('pipeline.ts')).toContain('layout/layoutDocument.ts');
    expect([...graph.values()].flat().every((f) => graph.has(f))).toBe(true);
  });

  it('finds a circle, types included', () => {
    const g = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts', 'd.ts']],
      ['d.ts', []],
    ]);
    expect(circles(g)).toEqual([['a.ts', 'b.ts', 'c.ts']]);
    expect(circles(new Map([['a.ts', []]]))).toEqual([]);
  });

  it('src/ has no import circle', () => {
    expect(
      circles(graph)
        .map((c) => c.join(' → '))
        .filter((c) => !(c in KNOWN)),
    ).toEqual([]);
  });

  it('lists no circle that is gone (the list only shrinks)', () => {
    const found = new Set(circles(graph).map((c) => c.join(' → ')));
    expect(Object.keys(KNOWN).filter((c) => !found.has(c))).toEqual([]);
  });
});
