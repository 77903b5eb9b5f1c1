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
  if (!spec.startsWith('.')) return spec.startsWith('node:') ? spec : spec.split('/').slice(0, spec.startsWith('@') ? 2 : 1).join('/');
  const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(file), spec));
  return resolved.includes('/') ? resolved.split('/')[0] + '/' : resolved;
}

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
    for (const file of ['model/types.ts', 'layout/types.ts', ...files.filter((f) => f.startsWith('vocabulary/'))]) expect(imports(file).filter((spec) => target(file, spec) !== 'vocabulary/'), file).toEqual([]);
  });

  it('only the CLI imports commander', () => {
    expect(files.filter((f) => imports(f).includes('commander'))).toEqual(['cli.ts']);
  });

  it('nothing in src/ talks to the network; only drukwerk serve listens, on 127.0.0.1', () => {
    const net = files.flatMap((f) => imports(f).filter((s) => /^(node:)?(http|https|net|tls|dgram|dns|http2)$/.test(s)).map((s) => `${f}: ${s}`));
    expect(net).toEqual(['commands/serve.ts: node:http']);
    const serve = readFileSync(path.join(SRC, 'commands/serve.ts'), 'utf8');
    expect(serve).toMatch(/SERVE_HOST = '127\.0\.0\.1'/);
    const hosts = [...serve.matchAll(/\.listen\(\s*\w+\s*,\s*(\w+)/g)].map((m) => m[1]);
    expect(hosts.length).toBeGreaterThan(0);
    expect(hosts.every((h) => h === 'SERVE_HOST')).toBe(true);
  });
});
