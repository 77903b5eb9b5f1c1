// The design rules of ARCHITECTURE.md, read from the import lines of src/.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../support/tempProject.js';

const SRC = path.join(REPO, 'src');
const files = (readdirSync(SRC, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts')).map((f) => f.split(path.sep).join('/'));

function imports(file: string): string[] {
  const text = readFileSync(path.join(SRC, file), 'utf8');
  return [...text.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+'([^']+)'/gm), ...text.matchAll(/import\(\s*'([^']+)'\s*\)/g)].map((m) => m[1]);
}

/** The stage folder an import resolves to, or the package name. */
function target(file: string, spec: string): string {
  if (!spec.startsWith('.'))
    return spec.startsWith('node:')
      ? spec
      : spec
          .split('/')
          .slice(0, spec.startsWith('@') ? 2 : 1)
          .join('/');
  const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(file), spec));
  return resolved.includes('/') ? resolved.split('/')[0] + '/' : resolved;
}

/**
 * The stages from the bottom up. A unit is a folder of src/ (`load/`) or a top-level file (`pipeline.ts`); a file listed here
 * by its path is a unit of its own. Each unit may import only the units its row names, and those must come before it.
 */
const ORDER = [
  'vocabulary/',
  'units.ts',
  'digest.ts',
  'messages/',
  'diagnostics.ts',
  'shownDiagnostics.ts',
  'world/',
  'load/',
  'variant/',
  'template/',
  'model/',
  'layout/',
  'assets/',
  'pdf/',
  'preflight/',
  'write/',
  'incremental/',
  'world/world.ts',
  'pipeline.ts',
  'parallel/',
  'preview/',
  'commands/',
  'cli.ts',
  'bench/',
];

/** The vocabulary (types and constants every stage shares, importing nothing else) and the world (memo, store). */
const BASE = ['vocabulary/', 'units.ts', 'digest.ts', 'messages/', 'diagnostics.ts', 'world/'];

const MAY_IMPORT: Record<string, string[]> = {
  'vocabulary/': [],
  'units.ts': [],
  'digest.ts': [],
  'messages/': [],
  'diagnostics.ts': ['messages/', 'vocabulary/'],
  // its "… and N more" lines come from the catalogue
  'shownDiagnostics.ts': ['diagnostics.ts', 'messages/'],
  'world/': ['vocabulary/', 'digest.ts', 'messages/'],
  'load/': BASE,
  'variant/': [...BASE, 'load/'],
  // the render context: the project as loaded, the job and its region's texts in the job's language
  'template/': [...BASE, 'load/', 'variant/'],
  // the field markers: templates wrap every content string in marks naming its field, the model reads them back
  'model/': [...BASE, 'template/'],
  'layout/': [...BASE, 'model/'],
  // sharp and the image limits, as load checks images with them; the model's list of images to prepare
  'assets/': [...BASE, 'load/', 'model/'],
  'pdf/': [...BASE, 'load/', 'layout/', 'assets/'],
  // the one single-ink size limit (legibleScale), which layout keeps and preflight checks
  'preflight/': [...BASE, 'layout/'],
  // the manifest names each output by its job
  'write/': [...BASE, 'variant/'],
  // what decides a job's output (the project, the job) and the line breaks kept between builds
  'incremental/': [...BASE, 'load/', 'variant/', 'layout/'],
  // the World: the inputs of a build made once, from what load read, compiled (templates) and opened (fonts, their measurer and store shelves)
  'world/world.ts': [...BASE, 'load/', 'template/', 'layout/', 'assets/', 'pdf/', 'incremental/'],
  'pipeline.ts': [...BASE, 'load/', 'variant/', 'template/', 'model/', 'layout/', 'assets/', 'pdf/', 'preflight/', 'write/', 'incremental/', 'world/world.ts'],
  'parallel/': [...BASE, 'load/', 'variant/', 'write/', 'pipeline.ts'],
  'preview/': [...BASE, 'write/'],
  'commands/': [...BASE, 'load/', 'variant/', 'preflight/', 'write/', 'incremental/', 'pipeline.ts', 'parallel/', 'preview/'],
  'cli.ts': [...BASE, 'shownDiagnostics.ts', 'load/', 'variant/', 'preflight/', 'write/', 'parallel/', 'commands/'],
  // the synthetic province records its translations as made from the Dutch text it generates
  'bench/': [...BASE, 'load/'],
};

/** The unit a src/ file belongs to. */
function unitOf(file: string): string {
  if (ORDER.includes(file)) return file;
  return file.includes('/') ? `${file.split('/')[0]}/` : file;
}

/** Every import between two units: the importing file, the imported file, their units. */
const crossings = () =>
  files.flatMap((file) =>
    imports(file)
      .filter((spec) => spec.startsWith('.'))
      .map((spec) => {
        const to = path.posix.normalize(path.posix.join(path.posix.dirname(file), spec)).replace(/\.js$/, '.ts');
        return { file, to, from: unitOf(file), into: unitOf(to) };
      })
      .filter(({ from, into }) => from !== into),
  );

const importsOf = (prefix: string) => files.filter((f) => f.startsWith(prefix)).flatMap((f) => imports(f).map((spec) => ({ file: f, to: target(f, spec) })));

describe('architecture rules', () => {
  it('finds the source files', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it('layout imports no pdfkit, sharp, fs, nor paint, load or template code', () => {
    const bad = importsOf('layout/').filter(({ to }) => ['pdfkit', 'sharp', 'node:fs', 'node:fs/promises', 'fs', 'pdf/', 'load/', 'template/', 'commands/'].includes(to));
    expect(bad).toEqual([]);
  });

  it('model imports nothing from the other stages', () => {
    const bad = importsOf('model/').filter(({ to }) => ['layout/', 'pdf/', 'preflight/', 'commands/', 'load/', 'variant/', 'write/'].includes(to) || ['pdfkit', 'sharp', 'node:fs'].includes(to));
    expect(bad).toEqual([]);
  });

  it('the named trees import only the vocabulary, and the vocabulary imports nothing else', () => {
    for (const file of ['model/types.ts', 'layout/types.ts', ...files.filter((f) => f.startsWith('vocabulary/'))])
      expect(
        imports(file).filter((spec) => target(file, spec) !== 'vocabulary/'),
        file,
      ).toEqual([]);
  });

  it('every file of src/ belongs to a stage of the table', () => {
    expect(files.map(unitOf).filter((u) => !(u in MAY_IMPORT) || !ORDER.includes(u))).toEqual([]);
    expect(Object.keys(MAY_IMPORT).sort()).toEqual([...ORDER].sort());
  });

  it('the table runs one way: each stage may import only stages before it', () => {
    const later = Object.entries(MAY_IMPORT).flatMap(([unit, allowed]) => allowed.filter((a) => ORDER.indexOf(a) >= ORDER.indexOf(unit)).map((a) => `${unit} → ${a}`));
    expect(later).toEqual([]);
  });

  it('each stage imports only what its row of the table allows', () => {
    const bad = crossings()
      .filter(({ from, into }) => !MAY_IMPORT[from]?.includes(into))
      .map(({ file, to }) => `${file} → ${to}`);
    expect(bad).toEqual([]);
  });

  it('only the edges touch the file system: load, write, commands, the World (its store), the CLI and the benchmark', () => {
    const edges = ['load/', 'write/', 'commands/', 'world/', 'bench/', 'cli.ts'];
    const fs = files
      .filter((f) => !edges.some((e) => f === e || f.startsWith(e)))
      .flatMap((f) =>
        imports(f)
          .filter((s) => /^(node:)?fs(\/promises)?$/.test(s))
          .map((s) => `${f}: ${s}`),
      );
    expect(fs).toEqual([]);
  });

  it('the stage order is known to pipeline.ts alone: the build and its worker threads reach the stages through it', () => {
    // the entry of each stage after load: only the pipeline calls them in order
    const entries = ['template/buildContext', 'model/buildModel', 'layout/layoutDocument', 'pdf/paintDocument'];
    const callers = files.flatMap((f) =>
      imports(f)
        .filter((s) => s.startsWith('.'))
        .map((s) => ({ f, to: path.posix.normalize(path.posix.join(path.posix.dirname(f), s)).replace(/\.js$/, '') })),
    );
    for (const entry of entries)
      expect(
        callers.filter(({ to }) => to === entry).map(({ f }) => f),
        entry,
      ).toEqual(['pipeline.ts']);
    // the in-process build plans, distributes and writes; a worker receives jobs; neither imports a stage of its own
    const stages = ['template/', 'model/', 'layout/', 'pdf/', 'preflight/', 'assets/'];
    const builders = ['commands/runBuild.ts', 'commands/watch.ts', ...files.filter((f) => f.startsWith('parallel/'))];
    const bad = builders.flatMap((f) => imports(f).map((spec) => ({ f, to: target(f, spec) }))).filter(({ to }) => stages.includes(to));
    expect(bad).toEqual([]);
    expect(imports('parallel/buildWorker.ts').filter((s) => s.includes('/load/') || s.startsWith('../load/'))).toEqual([]);
    for (const f of ['commands/runBuild.ts', 'parallel/buildWorker.ts']) expect(imports(f), f).toContain('../pipeline.js');
  });

  it('only the CLI imports commander', () => {
    expect(files.filter((f) => imports(f).includes('commander'))).toEqual(['cli.ts']);
  });

  it('nothing in src/ talks to the network; only drukwerk serve listens, on 127.0.0.1', () => {
    const net = files.flatMap((f) =>
      imports(f)
        .filter((s) => /^(node:)?(http|https|net|tls|dgram|dns|http2)$/.test(s))
        .map((s) => `${f}: ${s}`),
    );
    expect(net).toEqual(['commands/serve.ts: node:http']);
    const serve = readFileSync(path.join(SRC, 'commands/serve.ts'), 'utf8');
    expect(serve).toMatch(/SERVE_HOST = '127\.0\.0\.1'/);
    const hosts = [...serve.matchAll(/\.listen\(\s*\w+\s*,\s*(\w+)/g)].map((m) => m[1]);
    expect(hosts.length).toBeGreaterThan(0);
    expect(hosts.every((h) => h === 'SERVE_HOST')).toBe(true);
  });

  it('V8 flags are set by the build command only (process-wide: never from a stage or the worker pool)', () => {
    expect(files.filter((f) => imports(f).includes('node:v8'))).toEqual(['commands/v8Flags.ts']);
  });
});
