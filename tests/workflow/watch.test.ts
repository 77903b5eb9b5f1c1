// `drukwerk watch` end to end: the first build, a region edit rebuilding exactly that region's outputs, a broken file reported and then fixed, Ctrl-C, and a second start that finds everything built.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { cp, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempProject, type TempProject } from '../support/tempProject.js';
import { CLI } from './cli.js';

describe('drukwerk watch', () => {
  let project: TempProject;
  let child: ChildProcessWithoutNullStreams | undefined;
  let output = '';
  let exited: Promise<number | null>;
  /** The PDFs of the first build (the Dutch flyer of every region, both editions). */
  let outputs: string[] = [];

  /** Resolves with the output written after `from` once it matches; fails the test if the process ends first. */
  async function waitFor(pattern: RegExp, from: number): Promise<string> {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const tail = output.slice(from);
      if (pattern.test(tail)) return tail;
      if (child?.exitCode !== null) throw new Error(`watch ended before printing ${pattern}:\n${output}`);
      if (Date.now() > deadline) throw new Error(`watch did not print ${pattern} within 60 s:\n${tail}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  const mtimes = async (): Promise<number[]> => Promise.all(outputs.map(async (f) => (await stat(path.join(project.root, 'out', f))).mtimeMs));

  beforeAll(async () => {
    project = await tempProject();
  });
  afterAll(async () => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    await project.dispose();
  });

  it('builds once, rebuilds only what an edit touches, survives a broken file and stops on Ctrl-C', async () => {
    child = spawn(process.execPath, [CLI, 'watch', '--project', project.root, '--out', path.join(project.root, 'out'), '--material', 'flyer', '--lang', 'nl'], {
      env: { ...process.env, SOURCE_DATE_EPOCH: '1767225600' },
    });
    child.stdout.on('data', (b: Buffer) => (output += b.toString()));
    child.stderr.on('data', (b: Buffer) => (output += b.toString()));
    exited = new Promise((resolve) => child!.on('exit', (code) => resolve(code)));

    // 1. The first build: every Dutch flyer of every region, then the watch starts (one language: each rebuild below lays out a region's flyer in both editions).
    const first = await waitFor(/^watching content\/, templates\/, fonts\/, images\/, icc\//m, 0);
    outputs = [...first.matchAll(/^wrote (\S+\.pdf) /gm)].map((m) => m[1]).sort();
    for (const f of ['oostende/flyer-oostende-nl-print.pdf', 'oostende/flyer-oostende-nl-screen.pdf', 'west-vlaanderen/flyer-west-vlaanderen-nl-print.pdf']) expect(outputs).toContain(f);
    expect(outputs.every((f) => /^[a-z-]+\/flyer-/.test(f))).toBe(true);
    const local = outputs.map((f, i) => [f, i] as const).filter(([f]) => f.startsWith('oostende/'));
    const others = outputs.map((f, i) => [f, i] as const).filter(([f]) => !f.startsWith('oostende/'));
    expect(others.length).toBeGreaterThan(0);
    const before = await mtimes();

    // 2. A region edit rebuilds that region's flyer (both editions) and nothing else.
    let mark = output.length;
    await project.replace('content/regions/oostende.yaml', 'Begeleiding op maat', 'Begeleiding helemaal op maat');
    const second = await waitFor(/^rebuilt \d+ PDF\(s\)/m, mark);
    expect(second).toMatch(/^changed: content\/regions\/oostende\.yaml$/m);
    expect(second).toMatch(/^building region oostende · material flyer · language nl …$/m);
    expect([...second.matchAll(/^wrote (\S+\.pdf) /gm)].map((m) => m[1]).sort()).toEqual(local.map(([f]) => f));
    expect(second).toContain('wrote oostende/flyer-oostende-nl-print.pdf (2 pages)');
    expect(second).toMatch(new RegExp(`^rebuilt ${local.length} PDF\\(s\\)`, 'm'));
    const after = await mtimes();
    for (const [f, i] of local) expect(after[i], f).toBeGreaterThan(before[i]);
    for (const [f, i] of others) expect(after[i], f).toBe(before[i]);

    // 3. A broken YAML file prints the diagnostic and keeps watching; the PDFs stay as they were.
    mark = output.length;
    const good = await project.read('content/regions/oostende.yaml');
    await project.write('content/regions/oostende.yaml', good.replace('kind: municipality', 'kind: municipality\ncontacts: [unclosed'));
    const broken = await waitFor(/^not rebuilt: fix the errors above/m, mark);
    expect(broken).toMatch(/content\/regions\/oostende\.yaml:\d+:\d+ +error/);
    expect(await mtimes()).toEqual(after);

    // 4. Fixing it, back to what was built last, builds again and finds the PDFs already made of that: none is written.
    mark = output.length;
    await project.write('content/regions/oostende.yaml', good);
    const fixed = await waitFor(/^rebuilt \d+ PDF\(s\)/m, mark);
    expect(fixed).toMatch(new RegExp(`^rebuilt 0 PDF\\(s\\) in [\\d.]+ s; unchanged: ${local.length}$`, 'm'));
    expect(fixed).not.toContain('wrote ');
    expect(await mtimes()).toEqual(after);

    // 5. A save that replaces the file (an editor's write-and-rename, sed -i, git checkout) is seen, and so is every save after it.
    for (const edit of ['helemaal op maat', 'volledig op maat']) {
      mark = output.length;
      const text = (await project.read('content/regions/oostende.yaml')).replace(/Begeleiding \S+ op maat|Begeleiding op maat/, `Begeleiding ${edit}`);
      await project.write('content/regions/.oostende.yaml.tmp', text);
      await rename(path.join(project.root, 'content/regions/.oostende.yaml.tmp'), path.join(project.root, 'content/regions/oostende.yaml'));
      const replaced = await waitFor(/^rebuilt \d+ PDF\(s\)/m, mark);
      expect(replaced).toMatch(/^changed: content\/regions\/oostende\.yaml$/m);
      mark = output.length;
      await project.replace('content/regions/oostende.yaml', `Begeleiding ${edit}`, 'Begeleiding op maat');
      expect(await waitFor(/^rebuilt \d+ PDF\(s\)/m, mark)).toContain('wrote oostende/flyer-oostende-nl-print.pdf');
    }

    // 6. content/ removed (a branch switch) is said; put back, it is rebuilt, and a later save is seen.
    await cp(path.join(project.root, 'content'), path.join(project.root, 'content-backup'), { recursive: true });
    mark = output.length;
    await rm(path.join(project.root, 'content'), { recursive: true });
    await waitFor(/^content\/ was removed: waiting for it to come back$/m, mark);
    await waitFor(/^not rebuilt: /m, mark);
    mark = output.length;
    await cp(path.join(project.root, 'content-backup'), path.join(project.root, 'content'), { recursive: true });
    const back = await waitFor(/^built \d+ PDF\(s\)/m, mark);
    expect(back).toMatch(/^content\/ is back: rebuilding everything$/m);
    expect(back).toMatch(/^building material flyer · language nl …$/m);
    mark = output.length;
    await project.replace('content/regions/oostende.yaml', 'Begeleiding op maat', 'Begeleiding na het terugzetten');
    const restored = await waitFor(/^rebuilt \d+ PDF\(s\)/m, mark);
    expect(restored).toMatch(/^changed: content\/regions\/oostende\.yaml$/m);
    expect(restored).toContain('wrote oostende/flyer-oostende-nl-print.pdf');

    // 7. Ctrl-C stops it cleanly.
    mark = output.length;
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(output.slice(mark)).toMatch(/^stopped watching$/m);

    // 8. Started again on the same output folder, its first build writes nothing: every PDF there is intact and current.
    const settled = await mtimes();
    output = '';
    child = spawn(process.execPath, [CLI, 'watch', '--project', project.root, '--out', path.join(project.root, 'out'), '--material', 'flyer', '--lang', 'nl'], {
      env: { ...process.env, SOURCE_DATE_EPOCH: '1767225600' },
    });
    child.stdout.on('data', (b: Buffer) => (output += b.toString()));
    child.stderr.on('data', (b: Buffer) => (output += b.toString()));
    exited = new Promise((resolve) => child!.on('exit', (code) => resolve(code)));
    const again = await waitFor(/^watching content\//m, 0);
    expect(again).toMatch(new RegExp(`^built 0 PDF\\(s\\) in [\\d.]+ s; unchanged: ${outputs.length}$`, 'm'));
    expect(again).not.toContain('wrote ');
    expect(await mtimes()).toEqual(settled);
    child.kill('SIGINT');
    expect(await exited).toBe(0);
  }, 180_000);
});
