// README.md's terminal sessions, run in order on a fresh copy of the project: each command's output is what the README shows (seconds and sizes aside).
// UPDATE_README=1 writes what the commands printed into README.md instead (then read the diff before committing it).
import { execFile } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, hasCli } from '../support/runCli.js';
import { normaliseOutput, readmeSessions, withOutputs, type ReadmeStep } from '../support/readmeSessions.js';
import { REPO, tempProject, type TempProject } from '../support/tempProject.js';
import { STORE_DIR_ENV } from '../../src/world/store.js';

const README = path.join(REPO, 'README.md');
const allSteps = readmeSessions(await readFile(README, 'utf8'));
type SessionStep = Extract<ReadmeStep, { kind: 'command' | 'append' | 'replace' }>;
type ExampleStep = Extract<ReadmeStep, { kind: 'example' | 'valid' }>;
const steps = allSteps.filter((s): s is SessionStep => s.kind === 'command' || s.kind === 'append' || s.kind === 'replace');
const examples = allSteps.filter((s): s is ExampleStep => s.kind === 'example' || s.kind === 'valid');
const UPDATE = process.env.UPDATE_README === '1';
const printed = new Map<number, string>();

/** `npx drukwerk …` as `node dist/cli.js …` (what npx runs after npm install), stdout and stderr in one stream as a terminal shows them. */
function run(command: string, cwd: string, env: Record<string, string> = {}): Promise<string> {
  if (!command.startsWith('npx drukwerk')) throw new Error(`the README's sessions run drukwerk only, not: ${command}`);
  const shell = `${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)}${command.slice('npx drukwerk'.length)} 2>&1`;
  return new Promise((resolve) => {
    // a clean environment: no locale or message language of the machine running the tests, no CI markers; only the
    // test run's store (DRUKWERK_CACHE_DIR, made by tests/support/hermeticRun.ts), so that every fresh copy of the project
    // reads back the widths, shaped runs and broken paragraphs the earlier commands measured, as a user's second build does
    const store = process.env[STORE_DIR_ENV];
    const base = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', SOURCE_DATE_EPOCH: '1767225600', NO_COLOR: '1', ...(store ? { [STORE_DIR_ENV]: store } : {}) };
    execFile('/bin/sh', ['-c', shell], { cwd, env: { ...base, ...env }, maxBuffer: 16 * 1024 * 1024 }, (_error, stdout) => resolve(String(stdout)));
  });
}

describe.skipIf(!hasCli)('README.md', () => {
  let project: TempProject;
  beforeAll(async () => {
    project = await tempProject();
  });
  afterAll(async () => {
    await project.dispose();
    if (UPDATE && printed.size) await writeFile(README, withOutputs(await readFile(README, 'utf8'), printed));
  });

  it('has terminal sessions to check', () => {
    expect(steps.filter((s) => s.kind === 'command').length).toBeGreaterThan(3);
  });

  // one test per step, in README order, on the same project copy: a later command sees what the earlier ones did
  it.each(steps.map((s): [string, SessionStep] => [`README.md:${s.line} ${s.kind === 'command' ? `$ ${s.command}` : `${s.kind} ${s.file}`}`, s]))('%s', async (_, step) => {
    const file = step.kind === 'command' ? '' : path.join(project.root, step.file);
    if (step.kind === 'append') {
      // a file the README creates (a translation) starts empty
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, (await readFile(file, 'utf8').catch(() => '')) + step.text);
    } else if (step.kind === 'replace') {
      const text = await readFile(file, 'utf8');
      expect(text, `${step.file} has no "${step.from}"`).toContain(step.from);
      await writeFile(file, text.replace(step.from, step.to));
    } else {
      const output = await run(step.command, project.root, step.env);
      printed.set(step.line, output);
      if (!UPDATE) expect(normaliseOutput(output)).toBe(normaliseOutput(step.expected));
    }
  });
});

// The examples between the sessions (a region file, an error message): each on a fresh copy of the project, checked by `drukwerk validate` in English.
describe.skipIf(!hasCli)('README.md examples', () => {
  it('has examples to check', () => {
    expect(examples.filter((s) => s.kind === 'example').length).toBeGreaterThan(1);
    expect(examples.filter((s) => s.kind === 'valid').length).toBeGreaterThan(1);
  });

  it.each(examples.map((s): [string, ExampleStep] => [`README.md:${s.line} ${s.kind} ${s.file}`, s]))('%s', async (_, step) => {
    const project = await tempProject();
    try {
      const file = path.join(project.root, step.file);
      await mkdir(path.dirname(file), { recursive: true });
      const text = await readFile(file, 'utf8').catch(() => '');
      if (step.kind === 'example') {
        expect(text, `${step.file} has no "${step.from}"`).toContain(step.from);
        await writeFile(file, text.replace(step.from, step.to));
        // the shown lines, in this order, among what validate prints
        expect(normaliseOutput(await run('npx drukwerk validate', project.root))).toContain(normaliseOutput(step.expected));
      } else {
        await writeFile(file, text + step.text);
        // Dutch only: a new region's text is translated in a later step (README, Languages). A region file's example
        // changes only that region's jobs (no shipped region extends another municipality's file), so only those are laid out
        const region = /^content\/regions\/([a-z0-9-]+)\.yaml$/.exec(step.file)?.[1];
        const output = await run(`npx drukwerk validate --lang nl${region ? ` --region ${region}` : ''}`, project.root);
        expect(output).toMatch(/^0 error\(s\)/m);
      }
    } finally {
      await project.dispose();
    }
  });
});
