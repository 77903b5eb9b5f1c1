// A build in this thread writes each PDF while it builds the next: the staged files reach the disk during the build, not after its last job.
import { readdirSync, type Dirent } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuild } from '../../src/commands/runBuild.js';
import { TEMP_SUFFIX } from '../../src/vocabulary/tempFiles.js';
import { tempProject, type TempProject } from '../support/tempProject.js';

describe('an in-process build', () => {
  let project: TempProject;
  beforeAll(async () => {
    project = await tempProject();
  });
  afterAll(() => project.dispose());

  it('has the first PDFs staged on disk before the last job is built', async () => {
    const out = path.join(project.root, 'out');
    const stagedWhenBuilt: number[] = [];
    const result = await runBuild({
      root: project.root,
      outDir: 'out',
      materials: ['flyer'],
      editions: ['print'],
      cropMarks: true,
      final: false,
      creationDate: new Date('2026-01-01T00:00:00Z'),
      jobs: 1,
      retainBytes: false,
      onProgress: () => {
        // synchronous on purpose: what is on disk at the moment each job is reported
        stagedWhenBuilt.push(stagedFiles(out));
      },
    });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.written).toHaveLength(8);
    // without yielding between jobs nothing is written until the loop ends: every count would be 0
    expect(stagedWhenBuilt).toHaveLength(8);
    expect(stagedWhenBuilt.at(-1)).toBeGreaterThanOrEqual(3);
    expect(await readdir(out)).toContain('manifest.json');
  });
});

function stagedFiles(out: string): number {
  let count = 0;
  const walk = (dir: string): void => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.isDirectory()) walk(path.join(dir, e.name));
      else if (e.name.endsWith(TEMP_SUFFIX)) count++;
    }
  };
  walk(out);
  return count;
}
