// The command line in its own process, with a module hook that records every module it loads: the commands that lay nothing out (list, a build that finds everything unchanged, --help) never load the PDF, font or image libraries.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, hasCli } from '../support/runCli.js';
import { execFile } from 'node:child_process';
import { REPO, tempProject, type TempProject } from '../support/tempProject.js';

/** What costs most of a process's start (about 0.6 s of module loading on a 2-core machine) and is needed only to lay out or write. */
const HEAVY = ['pdfkit', 'fontkit', 'pdf-lib', 'sharp', 'pdfjs-dist', 'handlebars', 'svg-to-pdfkit'];

const HOOKS = `
import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context);
  appendFileSync(process.env.LOADED_LOG, resolved.url + '\\n');
  return resolved;
}
`;

/** require() from CommonJS code (pdf-lib is loaded so) does not pass the hooks above: Module._resolveFilename records it. */
const REQUIRES = `
import { appendFileSync } from 'node:fs';
import { createRequire } from 'node:module';
const Module = createRequire(import.meta.url)('node:module');
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (...args) {
  const resolved = resolveFilename.apply(this, args);
  appendFileSync(process.env.LOADED_LOG, resolved + '\\n');
  return resolved;
};
`;

/** The package a file belongs to (the folder after the last node_modules/ in its path), or undefined. */
function packageOf(file: string): string | undefined {
  const at = file.lastIndexOf('node_modules/');
  if (at < 0) return undefined;
  const [scope = '', name = ''] = file.slice(at + 'node_modules/'.length).split('/');
  return scope.startsWith('@') ? `${scope}/${name}` : scope;
}

/** The bundled CLI (scripts/bundle.mjs): each of its files (relative to the package) → the sources esbuild put into it. */
const META = path.join(REPO, 'dist/chunks/meta.json');
const bundled = new Map<string, string[]>(
  existsSync(META)
    ? Object.entries((JSON.parse(readFileSync(META, 'utf8')) as { outputs: Record<string, { inputs: Record<string, unknown> }> }).outputs).map(([out, o]) => [out, Object.keys(o.inputs)])
    : [],
);

describe.skipIf(!hasCli)('what the command line loads', () => {
  let project: TempProject;
  let tmp: string;
  let register: string;
  beforeAll(async () => {
    project = await tempProject();
    tmp = await mkdtemp(path.join(tmpdir(), 'drukwerk-loading-'));
    await writeFile(path.join(tmp, 'hooks.mjs'), HOOKS);
    register = path.join(tmp, 'register.mjs');
    await writeFile(register, `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(path.join(tmp, 'hooks.mjs')).href)});\n${REQUIRES}`);
  });
  afterAll(async () => {
    await project.dispose();
    await rm(tmp, { recursive: true, force: true });
  });

  /** Runs the CLI with the hook: its exit code and the packages it loaded, by name. */
  async function loaded(name: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string; packages: string[] }> {
    const log = path.join(tmp, `${name}.log`);
    await writeFile(log, '');
    const { code, stdout, stderr } = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) =>
      execFile(process.execPath, ['--import', pathToFileURL(register).href, CLI, ...args], { cwd: project.root, env: { ...process.env, LOADED_LOG: log } }, (error, stdout, stderr) =>
        resolve({ code: error ? Number((error as { code?: unknown }).code ?? 1) : 0, stdout: String(stdout), stderr: String(stderr) }),
      ),
    );
    const packages = new Set<string>();
    for (const line of (await readFile(log, 'utf8')).split('\n')) {
      const file = line.startsWith('file:') ? fileURLToPath(line) : line;
      // a file of the bundled CLI holds the packages its metafile names; any other file is one package's own
      const sources = bundled.get(path.relative(REPO, file).split(path.sep).join('/')) ?? [file];
      for (const source of sources) {
        const name = packageOf(source);
        if (name) packages.add(name);
      }
    }
    return { code, stdout, stderr, packages: [...packages].sort() };
  }

  const POSTER = ['build', '--material', 'poster', '--region', 'oostende', '--edition', 'print', '--out', 'out'];
  /** The poster built once into the copy's out/: the first test reads what it loaded, the no-op build finds its output. */
  let firstBuild: ReturnType<typeof loaded> | undefined;
  const built = () => (firstBuild ??= loaded('build', POSTER));

  it('the hook sees what a build loads (else the tests below would prove nothing)', async () => {
    const first = await built();
    expect(first.code, first.stderr).toBe(0);
    expect(first.packages).toEqual(expect.arrayContaining(['pdfkit', 'fontkit', 'pdf-lib', 'handlebars']));
  });

  it('runs the bundle npm run build makes, whose libraries the hook sees through its metafile', () => {
    expect(bundled.get('dist/cli.js')).toContain('src/cli.ts');
    const withPdfkit = [...bundled].filter(([, sources]) => sources.some((s) => packageOf(s) === 'pdfkit'));
    expect(withPdfkit.length).toBeGreaterThan(0);
    expect(withPdfkit.every(([file]) => file.startsWith('dist/chunks/'))).toBe(true);
  });

  it.each([
    ['list', ['list']],
    ['a build that finds its outputs unchanged', POSTER],
    ['--help', ['--help']],
  ])('%s loads none of the layout and PDF libraries', async (_, args) => {
    if (args === POSTER) expect((await built()).code).toBe(0);
    const { code, stdout, stderr, packages } = await loaded(`${args[0]!.replace(/^-+/, '')}-again`, args);
    expect(code, stderr).toBe(0);
    if (args === POSTER) expect(stdout).toMatch(/^wrote 0 PDF\(s\), 0 pages, .*; unchanged: 1$/m);
    expect(packages.filter((p) => HEAVY.includes(p))).toEqual([]);
  });
});
