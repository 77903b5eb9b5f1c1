// Review status: concept content is marked on every page; --final refuses it and lists every fact flagged `verify` with its place.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuild, type RunBuildOptions } from '../../src/commands/runBuild.js';
import { extractText } from '../support/renderPdf.js';
import { REPO, tempProject, type TempProject } from '../support/tempProject.js';

const options = (root: string, final: boolean): RunBuildOptions => ({
  root,
  outDir: 'out',
  cropMarks: true,
  final,
  creationDate: new Date('2026-01-01T00:00:00Z'),
  profile: 'icc/FOGRA39-drukwerk.icc',
  dryRun: true,
  materials: ['flyer'],
  editions: ['print'],
  // the Dutch source: translations carry their own review status and are checked the same way
  langs: ['nl'],
});

const FILES = ['content/nl/shared.yaml', 'content/nl/flyer.yaml', 'content/regions/west-vlaanderen.yaml', 'content/regions/oostende.yaml'];

async function verifyLines(root: string): Promise<string[]> {
  const out: string[] = [];
  for (const file of FILES) {
    const lines = (await readFile(path.join(root, file), 'utf8')).split('\n');
    lines.forEach((line, i) => {
      if (/^\s*verify:/.test(line)) out.push(`${file}:${i + 1}`);
    });
  }
  return out;
}

describe('review status', () => {
  let project: TempProject;
  beforeAll(async () => {
    project = await tempProject();
  });
  afterAll(() => project.dispose());

  it('prints a CONCEPT mark on every page while the content is a concept', async () => {
    const result = await runBuild(options(REPO, false));
    expect(result.diagnostics).toEqual([]);
    for (const file of result.results.flatMap((r) => r.files)) {
      for (const page of await extractText(file.bytes)) expect(page).toContain('CONCEPT');
    }
  });

  it('--final refuses concept content and lists every flagged fact with its file and line', async () => {
    const result = await runBuild(options(REPO, true));
    const messages = result.diagnostics.map((d) => `${d.file}:${d.line}`);
    const concept = result.diagnostics.filter((d) => d.message === 'this file is still a concept (status: concept)');
    expect(concept.map((d) => d.file).sort()).toEqual([...FILES].sort());
    const flagged = result.diagnostics.filter((d) => d.message.startsWith('check this fact before printing: '));
    expect(flagged.map((d) => `${d.file}:${d.line}`).sort()).toEqual((await verifyLines(REPO)).sort());
    expect(result.diagnostics.every((d) => d.severity === 'error')).toBe(true);
    expect(messages.length).toBe(concept.length + flagged.length);
    expect(result.written).toEqual([]);
  });

  it('builds final content without a mark once every file is final and no fact is flagged', async () => {
    for (const file of FILES) {
      const text = await project.read(file);
      await project.write(file, text.replace(/^status: concept$/m, 'status: final').replace(/^(\s*)verify: .*$/gm, ''));
    }
    const result = await runBuild(options(project.root, true));
    expect(result.diagnostics).toEqual([]);
    for (const file of result.results.flatMap((r) => r.files)) {
      for (const page of await extractText(file.bytes)) expect(page).not.toContain('CONCEPT');
    }
  });
});
