// The plan of a build is kept in the store under the hash of every file, the options and the code: a no-op build reads it back and parses nothing; any changed byte, refused file or option plans again; a damaged entry is planned again, never trusted.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filesFingerprint } from '../../src/commands/storedPlan.js';
import { runBuild, type RunBuildOptions, type RunBuildResult } from '../../src/commands/runBuild.js';
import { readProjectFiles } from '../../src/load/readProjectFiles.js';
import { STORE_DIR_ENV } from '../../src/world/store.js';
import { tempProject, type TempProject } from '../support/tempProject.js';

let project: TempProject;
let tmp: string;

beforeAll(async () => {
  tmp = mkdtempSync(path.join(tmpdir(), 'drukwerk-plan-'));
  project = await tempProject();
}, 60_000);
afterAll(async () => {
  await project?.dispose();
  rmSync(tmp, { recursive: true, force: true });
});

/** The posters of two regions in Dutch, both editions, built incrementally into `out` with the store in `store`. */
async function build(store: string, out: string, change: Partial<RunBuildOptions> = {}): Promise<RunBuildResult> {
  const saved = process.env[STORE_DIR_ENV];
  process.env[STORE_DIR_ENV] = store;
  try {
    return await runBuild({
      root: project.root,
      outDir: out,
      regions: ['oostende', 'west-vlaanderen'],
      materials: ['poster'],
      langs: ['nl'],
      cropMarks: false,
      final: false,
      creationDate: new Date('2026-01-01T00:00:00Z'),
      incremental: true,
      jobs: 1,
      ...change,
    });
  } finally {
    if (saved === undefined) delete process.env[STORE_DIR_ENV];
    else process.env[STORE_DIR_ENV] = saved;
  }
}

/** The store's files of one kind (every code version's folder). */
const entriesOf = (store: string, kind: string): string[] =>
  readdirSync(store).flatMap((code) => {
    try {
      return readdirSync(path.join(store, code, kind)).map((f) => path.join(store, code, kind, f));
    } catch {
      return [];
    }
  });

const said = (r: RunBuildResult): string[] => r.diagnostics.map((d) => `${d.severity} ${d.code ?? ''} ${d.file ?? ''}:${d.line ?? ''} ${d.message}`);

describe('a build whose files did not change', () => {
  it('reads its plan back and parses no YAML: every output is unchanged, and it says what the cold build said', async () => {
    const store = path.join(tmp, 'noop-store');
    const out = path.join(tmp, 'noop-out');
    const cold = await build(store, out);
    expect(cold.written.map((e) => e.path).sort()).toEqual([
      'oostende/poster-oostende-nl-print.pdf',
      'oostende/poster-oostende-nl-screen.pdf',
      'west-vlaanderen/poster-west-vlaanderen-nl-print.pdf',
      'west-vlaanderen/poster-west-vlaanderen-nl-screen.pdf',
    ]);
    expect(entriesOf(store, 'plans')).toHaveLength(1);
    // the parses gone: a build that parsed a file would store its parse again
    for (const shelf of entriesOf(store, 'yaml')) rmSync(shelf);
    const noop = await build(store, out);
    expect(noop.written).toEqual([]);
    expect(noop.unchanged).toHaveLength(4);
    expect(noop.jobs.map((j) => j.id)).toEqual(cold.jobs.map((j) => j.id));
    expect(entriesOf(store, 'yaml')).toEqual([]);
    expect(said(noop)).toEqual(said(cold));
    expect(said(cold).some((s) => s.startsWith('warning'))).toBe(true);
  }, 120_000);

  it('a plan entry with a changed byte is planned again (the files parsed), and the outputs stay unchanged', async () => {
    const store = path.join(tmp, 'damaged-store');
    const out = path.join(tmp, 'damaged-out');
    const cold = await build(store, out);
    const [plan] = entriesOf(store, 'plans');
    const bytes = readFileSync(plan!);
    // a job's region renamed inside the entry: a plan trusted as it is would build another region
    const text = bytes.toString('utf8').replace('"region":"oostende"', '"region":"oostendx"');
    expect(text).not.toBe(bytes.toString('utf8'));
    writeFileSync(plan!, text);
    for (const shelf of entriesOf(store, 'yaml')) rmSync(shelf);
    const again = await build(store, out);
    expect(again.jobs.map((j) => j.id)).toEqual(cold.jobs.map((j) => j.id));
    expect(again.unchanged).toHaveLength(4);
    // planned from the files: their parses are stored again, and the plan is whole again
    expect(entriesOf(store, 'yaml').length).toBeGreaterThan(0);
    expect(readFileSync(plan!, 'utf8')).toBe(bytes.toString('utf8'));
  }, 120_000);

  it('an option the outputs depend on plans again: another creation date rebuilds every output', async () => {
    const store = path.join(tmp, 'option-store');
    const out = path.join(tmp, 'option-out');
    await build(store, out);
    const later = await build(store, out, { creationDate: new Date('2026-02-01T00:00:00Z') });
    expect(later.written).toHaveLength(4);
    expect(entriesOf(store, 'plans')).toHaveLength(2);
  }, 120_000);

  it('one region file changed: planned again, and only that region is rebuilt (not the region it extends)', async () => {
    const store = path.join(tmp, 'region-store');
    const out = path.join(tmp, 'region-out');
    await build(store, out);
    const rel = 'content/regions/oostende.yaml';
    const original = await project.read(rel);
    await project.write(rel, `${original}\n# een opmerking\n`);
    try {
      const after = await build(store, out);
      // a comment changes no output's bytes, but it changes the file: planned again, the input hashes of that region's outputs change
      expect(after.written.map((e) => e.path).sort()).toEqual(['oostende/poster-oostende-nl-print.pdf', 'oostende/poster-oostende-nl-screen.pdf']);
      expect(after.unchanged.map((e) => e.path).sort()).toEqual(['west-vlaanderen/poster-west-vlaanderen-nl-print.pdf', 'west-vlaanderen/poster-west-vlaanderen-nl-screen.pdf']);
    } finally {
      await project.write(rel, original);
    }
  }, 120_000);
});

describe('filesFingerprint', () => {
  it('is the same for the same files, and changes with a byte of any file, a name, a file refused or unread', async () => {
    const { files } = await readProjectFiles(project.root);
    const base = filesFingerprint(files);
    expect(filesFingerprint({ ...files, texts: new Map([...files.texts].reverse()) })).toBe(base);
    const font = [...files.binaries.keys()].find((k) => k.startsWith('fonts/'))!;
    const flipped = Buffer.from(files.binaries.get(font)!);
    flipped[flipped.length - 1] ^= 1;
    expect(filesFingerprint({ ...files, binaries: new Map([...files.binaries, [font, flipped]]) })).not.toBe(base);
    const [rel, text] = [...files.texts].find(([k]) => k.startsWith('content/regions/'))!;
    expect(filesFingerprint({ ...files, texts: new Map([...files.texts, [rel, `${text} `]]) })).not.toBe(base);
    const renamed = new Map(files.texts);
    renamed.delete(rel);
    renamed.set(rel.replace('.yaml', '.yml'), text);
    expect(filesFingerprint({ ...files, texts: renamed })).not.toBe(base);
    expect(filesFingerprint({ ...files, unread: new Set(['content/regions/x.yaml']) })).not.toBe(base);
    const refused = { severity: 'error' as const, message: 'not an image', file: 'images/x.png' };
    expect(filesFingerprint({ ...files, rejected: new Map([['images/x.png', refused]]) })).not.toBe(base);
  }, 60_000);
});
