// .github/workflows/build.yml is valid YAML with the jobs and steps the publishing relies on, and every CLI call in it is a command the CLI has.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { cli, hasCli } from '../support/runCli.js';
import { REPO } from '../support/tempProject.js';

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
}
interface Job {
  needs?: string | string[];
  if?: string;
  permissions?: Record<string, string>;
  strategy?: { matrix?: Record<string, unknown[]> };
  environment?: { name: string };
  steps: Step[];
}

describe('the CI workflow', async () => {
  const text = await readFile(path.join(REPO, '.github/workflows/build.yml'), 'utf8');
  const workflow = parse(text) as { on: Record<string, { paths?: string[] } | null>; env: Record<string, unknown>; jobs: Record<string, Job>; permissions: Record<string, string> };
  const steps = (job: string): Step[] => workflow.jobs[job].steps;
  const runs = (job: string): string =>
    steps(job)
      .map((s) => s.run ?? '')
      .join('\n');
  const uses = (job: string): string[] =>
    steps(job)
      .map((s) => s.uses ?? '')
      .filter(Boolean);

  it('runs on push and pull request touching the project’s inputs', () => {
    for (const event of ['push', 'pull_request']) {
      expect(workflow.on[event]?.paths).toEqual(
        expect.arrayContaining(['content/**', 'templates/**', 'fonts/**', 'images/**', 'icc/**', 'src/**', 'tests/**', 'schema/**', '.ci/**', 'package.json', 'package-lock.json']),
      );
    }
    expect(workflow.permissions).toEqual({ contents: 'read' });
  });

  it('runs when any of the checks’ own settings changes (TypeScript, Biome, vitest)', async () => {
    const settings = (await readdir(REPO)).filter((f) => /^(tsconfig.*\.json|biome\.jsonc|vitest\.config\.ts)$/.test(f));
    expect(settings).toContain('tsconfig.tests.json');
    for (const event of ['push', 'pull_request']) expect(workflow.on[event]?.paths).toEqual(expect.arrayContaining(settings));
  });

  it('tests in parts on the current LTS and validates and builds on Node 20, after npm ci', () => {
    const check = workflow.jobs.check;
    const matrix = check.strategy?.matrix as { node: number[]; part: number[]; include: { node: number; part: number }[] };
    expect(matrix.part).toEqual([1, 2]);
    expect(matrix.include).toEqual([{ node: 20, part: 0 }]);
    expect(steps('check').find((s) => s.uses?.startsWith('actions/setup-node@'))?.with?.['node-version']).toBe('${{ matrix.node }}');
    expect(runs('check')).toMatch(/npm ci[\s\S]*npx drukwerk validate[\s\S]*npx drukwerk build[\s\S]*npx vitest run --shard \$\{\{ matrix\.part \}\}\/2/);
  });

  it('checks formatting, lint rules and types once, after npm ci, and so does .ci/run before the tests', async () => {
    const lint = steps('check').find((s) => s.run === 'npm run lint');
    expect(lint?.if).toBe('matrix.part == 0');
    expect(runs('check')).toMatch(/npm ci[\s\S]*npm run lint/);
    const pkg = JSON.parse(await readFile(path.join(REPO, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    // a warning fails the check as an error does: warnings left standing are how a rule stops being read
    expect(pkg.scripts.lint).toMatch(/^biome check --error-on-warnings src tests scripts[^&]*&& tsc -p tsconfig\.json --noEmit[^&]*&& tsc -p tsconfig\.tests\.json$/);
    expect(await readFile(path.join(REPO, '.ci/run'), 'utf8')).toMatch(/npm ci[^\n]*\nnpm run lint\nnpm test\n/);
  });

  it('builds in a matrix of shards without waiting for the tests, preflights the print PDFs and uploads each shard', () => {
    const build = workflow.jobs.build;
    expect(build.needs).toBeUndefined();
    expect(build.strategy?.matrix?.shard).toEqual(Array.from({ length: Number(workflow.env.SHARDS) }, (_, i) => i + 1));
    expect(runs('build')).toContain('npx drukwerk build --shard ${{ matrix.shard }}/${{ env.SHARDS }} --out out');
    expect(runs('build')).toMatch(/shopt -s globstar[\s\S]*out\/\*\*\/\*-print\.pdf[\s\S]*npx drukwerk preflight/);
    expect(uses('build')).toContain('actions/upload-artifact@v6');
  });

  it('merges the shards, writes the previews and uploads out/ only when the tests passed too', () => {
    expect(workflow.jobs.site.needs).toEqual(['check', 'build']);
    expect(uses('site')).toEqual(expect.arrayContaining(['actions/download-artifact@v7', 'actions/upload-artifact@v6', 'actions/upload-pages-artifact@v4']));
    expect(runs('site')).toContain('out/manifest.json');
    expect(runs('site')).toContain('npx drukwerk preview --out out');
    const pages = steps('site').find((s) => s.uses?.startsWith('actions/upload-pages-artifact@'))!;
    expect(pages.if).toBe("github.event_name == 'push' && github.ref == 'refs/heads/main'");
    expect(pages.with?.path).toBe('out/');
    const previews = steps('site').find((s) => s.name === 'upload the previews (pull request)')!;
    expect(previews.if).toBe("github.event_name == 'pull_request'");
  });

  it('publishes to GitHub Pages from main only, with the permissions deploy-pages needs', () => {
    const deploy = workflow.jobs.deploy;
    expect(deploy.needs).toBe('site');
    expect(deploy.if).toBe("github.event_name == 'push' && github.ref == 'refs/heads/main'");
    expect(deploy.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(deploy.environment?.name).toBe('github-pages');
    expect(uses('deploy')).toEqual(['actions/deploy-pages@v4']);
  });

  it('comments on a pull request with a summary and a link to the previews', () => {
    const comment = workflow.jobs.comment;
    expect(comment.if).toBe("github.event_name == 'pull_request'");
    expect(comment.permissions).toEqual({ 'pull-requests': 'write' });
    const script = steps('comment').find((s) => s.uses === 'actions/github-script@v8')!.with!.script as string;
    expect(script).toContain('createComment');
    expect(script).toContain('#artifacts');
  });

  it.skipIf(!hasCli)('calls only commands and options the CLI has (as its help lists them)', async () => {
    const calls = [...text.matchAll(/npx drukwerk (\w[\w-]*)([^\n]*)/g)];
    expect(calls.length).toBeGreaterThan(2);
    for (const [, command = '', rest = ''] of calls) {
      const help = await cli([command, '--help'], { env: { LANG: 'C', DRUKWERK_MESSAGES: 'en' } });
      expect(help.code, `drukwerk ${command} --help`).toBe(0);
      for (const [option] of rest.matchAll(/--[a-z][a-z-]*/g)) expect(help.stdout, `drukwerk ${command} ${option}`).toMatch(new RegExp(`^\\s+(?:-\\w, )?${option}(?=[\\s,=]|$)`, 'm'));
    }
  });
});
