// .github/workflows/build.yml is valid YAML with the jobs and steps the publishing relies on, and every CLI call in it is a command the CLI has.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
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
  const runs = (job: string): string => steps(job).map((s) => s.run ?? '').join('\n');
  const uses = (job: string): string[] => steps(job).map((s) => s.uses ?? '').filter(Boolean);

  it('runs on push and pull request touching the project’s inputs', () => {
    for (const event of ['push', 'pull_request']) {
      expect(workflow.on[event]?.paths).toEqual(expect.arrayContaining(['content/**', 'templates/**', 'fonts/**', 'images/**', 'icc/**', 'src/**', 'package.json', 'package-lock.json']));
    }
    expect(workflow.permissions).toEqual({ contents: 'read' });
  });

  it('validates and tests on Node 20 after npm ci', () => {
    expect(steps('check').find((s) => s.uses?.startsWith('actions/setup-node@'))?.with?.['node-version']).toBe(20);
    expect(runs('check')).toMatch(/npm ci[\s\S]*dist\/cli\.js validate[\s\S]*npm test/);
  });

  it('builds in a matrix of shards, preflights the print PDFs and uploads each shard', () => {
    const build = workflow.jobs.build;
    expect(build.needs).toBe('check');
    expect(build.strategy?.matrix?.shard).toEqual(Array.from({ length: Number(workflow.env.SHARDS) }, (_, i) => i + 1));
    expect(runs('build')).toContain('dist/cli.js build --shard ${{ matrix.shard }}/${{ env.SHARDS }} --out out');
    expect(runs('build')).toMatch(/shopt -s globstar[\s\S]*out\/\*\*\/\*-print\.pdf[\s\S]*dist\/cli\.js preflight/);
    expect(uses('build')).toContain('actions/upload-artifact@v4');
  });

  it('merges the shards, writes the previews and uploads out/', () => {
    expect(workflow.jobs.site.needs).toBe('build');
    expect(uses('site')).toEqual(expect.arrayContaining(['actions/download-artifact@v4', 'actions/upload-artifact@v4', 'actions/upload-pages-artifact@v3']));
    expect(runs('site')).toContain('out/manifest.json');
    expect(runs('site')).toContain('dist/cli.js preview --out out');
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
    const script = steps('comment').find((s) => s.uses === 'actions/github-script@v7')!.with!.script as string;
    expect(script).toContain('createComment');
    expect(script).toContain('#artifacts');
  });

  it('calls only commands and options the CLI has', async () => {
    const cli = await readFile(path.join(REPO, 'src/cli.ts'), 'utf8');
    for (const [, command] of text.matchAll(/dist\/cli\.js (\w[\w-]*)/g)) expect(cli, command).toContain(`.command('${command}')`);
    for (const [, option] of text.matchAll(/dist\/cli\.js [^\n]*?(--[a-z-]+)/g)) expect(cli, option).toContain(`'${option} `);
  });
});
