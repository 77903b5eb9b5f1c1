// --json on build, validate, list and preflight: one JSON document on stdout, the concept status included, nothing else there.
import type { Diagnostic } from '../../src/diagnostics.js';
import { withoutOpenContacts } from '../support/openContacts.js';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempProject, type TempProject } from '../support/tempProject.js';
import { cli } from '../support/runCli.js';

describe('--json', () => {
  let project: TempProject;
  beforeAll(async () => {
    project = await tempProject();
  });
  afterAll(() => project.dispose());

  it('list: every output with its path and whether it is still a concept', async () => {
    const { code, stdout } = await cli(['list', '--json', '--project', project.root, '--material', 'poster']);
    expect(code).toBe(0);
    const { ok, outputs } = JSON.parse(stdout) as { ok: boolean; outputs: { material: string; region: string; lang: string; edition: string; path: string; concept: boolean }[] };
    expect(ok).toBe(true);
    expect(outputs).toContainEqual({ material: 'poster', region: 'oostende', lang: 'nl', edition: 'print', path: 'oostende/poster-oostende-nl-print.pdf', concept: true });
    expect(outputs.every((o) => o.material === 'poster')).toBe(true);
  });

  it('validate: ok, the concept status, each job; after a mistake ok is false and the diagnostic has its position', async () => {
    const good = await cli(['validate', '--json', '--project', project.root, '--material', 'poster', '--region', 'oostende']);
    expect(good.code).toBe(0);
    const goodReport = JSON.parse(good.stdout) as { diagnostics: Diagnostic[] };
    expect({ ...goodReport, diagnostics: withoutOpenContacts(goodReport.diagnostics) }).toEqual({
      ok: true,
      concept: true,
      jobs: [{ id: 'poster/oostende/nl', concept: true, ok: true }],
      diagnostics: [],
    });

    await project.replace('content/regions/oostende.yaml', /^name: (.*)$/m, 'naam: $1');
    const bad = await cli(['validate', '--json', '--project', project.root, '--material', 'poster', '--region', 'oostende']);
    expect(bad.code).toBe(1);
    const report = JSON.parse(bad.stdout) as { ok: boolean; diagnostics: { severity: string; file: string; line: number; column: number }[] };
    expect(report.ok).toBe(false);
    expect(report.diagnostics.find((d) => d.severity === 'error')).toMatchObject({ file: 'content/regions/oostende.yaml', line: expect.any(Number), column: 1 });
    await project.replace('content/regions/oostende.yaml', /^naam: (.*)$/m, 'name: $1');
  });

  it('build: the files written and that the content is still a concept', async () => {
    const { code, stdout } = await cli(['build', '--json', '--project', project.root, '--out', path.join(project.root, 'out'), '--material', 'poster', '--region', 'oostende']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { ok: boolean; concept: boolean; written: { path: string }[] };
    expect([report.ok, report.concept]).toEqual([true, true]);
    expect(report.written.map((f) => f.path).sort()).toEqual(['oostende/poster-oostende-nl-print.pdf', 'oostende/poster-oostende-nl-screen.pdf']);
  });
});
