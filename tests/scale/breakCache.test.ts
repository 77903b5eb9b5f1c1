// Broken paragraphs survive the build: stored per fonts through the store, read back by the next session, which lays out with them instead of breaking again.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { breakShelf } from '../../src/incremental/breakCache.js';
import type { Broken } from '../../src/layout/storedBreaks.js';
import type { FontRole } from '../../src/vocabulary/theme.js';
import { loadProject, runBuild } from '../../src/commands/runBuild.js';
import { createWorld } from '../../src/pipeline.js';
import { Store, STORE_DIR_ENV, type StoreVersions } from '../../src/world/store.js';
import { byCodeUnits } from '../../src/vocabulary/textOrder.js';
import { extractText } from '../support/renderPdf.js';
import { tempProject } from '../support/tempProject.js';

const HASHES = { regular: 'a'.repeat(64), bold: 'b'.repeat(64) } as Record<FontRole, string>;
const BROKEN: Broken = {
  lines: [
    {
      fragments: [{ text: 'Laat je niet', font: 'regular', size: 10, color: 'ink', x: 0, width: 52.25, field: { file: 'content/nl/flyer.yaml', line: 3, column: 5, path: 'intro' } }],
      width: 52.25,
      wordSpacing: 0,
      hyphenated: false,
    },
  ],
  missing: [],
};
const V: StoreVersions = { code: 'break-cache-test', libraries: 'hyphen@1' };

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'drukwerk-breaks-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('break shelves', () => {
  it('give the next session with the same fonts, code and libraries what this one broke, and no other session', () => {
    const store = new Store({ dir, versions: V });
    const first = breakShelf(store, HASHES);
    expect(first.get('key')).toBeUndefined();
    first.put('key', BROKEN);
    store.save();
    expect(breakShelf(new Store({ dir, versions: V }), HASHES).get('key')).toEqual(BROKEN);
    expect(breakShelf(new Store({ dir, versions: V }), { ...HASHES, bold: 'c'.repeat(64) }).get('key')).toBeUndefined();
    expect(breakShelf(new Store({ dir, versions: { ...V, code: 'other-code' } }), HASHES).get('key')).toBeUndefined();
    expect(breakShelf(new Store({ dir, versions: { ...V, libraries: 'hyphen@2' } }), HASHES).get('key')).toBeUndefined();
  });

  it('a value that is not lines is no value, even with a checksum that holds', () => {
    const fonts = Object.entries(HASHES)
      .sort(([a], [b]) => byCodeUnits(a, b))
      .map(([r, h]) => `${r}=${h}`)
      .join(',');
    const writer = new Store({ dir, versions: V });
    writer.shelf('breaks', [fonts], (v: unknown): v is unknown => true, 10).put('key', { lines: [{ fragments: 1 }], missing: [] });
    writer.save();
    expect(breakShelf(new Store({ dir, versions: V }), HASHES).get('key')).toBeUndefined();
  });
});

describe('a build', () => {
  let saved: string | undefined;
  beforeEach(() => {
    saved = process.env[STORE_DIR_ENV];
    process.env[STORE_DIR_ENV] = dir;
  });
  afterEach(() => {
    if (saved === undefined) delete process.env[STORE_DIR_ENV];
    else process.env[STORE_DIR_ENV] = saved;
  });

  it('lays out with the stored lines: a word changed in the store through its own writer shows in the next PDF, one edited by hand does not', async () => {
    const project = await tempProject();
    try {
      const build = () =>
        runBuild({
          root: project.root,
          outDir: 'out',
          materials: ['poster'],
          regions: ['oostende'],
          editions: ['screen'],
          cropMarks: false,
          final: false,
          creationDate: new Date('2026-01-01T00:00:00Z'),
          jobs: 1,
          dryRun: true,
        });
      const cold = await build();
      expect(cold.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      const before = (await extractText(cold.results[0]!.files[0]!.bytes)).join('\n');
      expect(before).toContain('kwalificatie');
      const [code] = readdirSync(dir);
      const folder = path.join(dir, code!, 'breaks');
      const [file] = readdirSync(folder);
      const stored = readFileSync(path.join(folder, file!), 'utf8');
      expect(stored).toContain('kwalificatie');
      // edited by hand: every line that holds the word fails its checksum, and is broken again
      writeFileSync(path.join(folder, file!), stored.replaceAll('kwalificatie', 'kwalificatiX'));
      const edited = await build();
      expect(Buffer.compare(edited.results[0]!.files[0]!.bytes, cold.results[0]!.files[0]!.bytes)).toBe(0);
      // rewritten with checksums that hold (as only drukwerk's own writer makes them): the store is what the layout reads
      const forged = stored
        .split('\n')
        .filter(Boolean)
        .map((line) => {
          const [, key, value] = line.split('\t');
          return [JSON.parse(key!) as string, JSON.parse(value!.replaceAll('kwalificatie', 'kwalificatiX')) as Broken] as const;
        });
      writeFileSync(path.join(folder, file!), '');
      const writer = new Store({ dir });
      const loaded = await loadProject(project.root);
      const world = createWorld(loaded.project!, writer).world!;
      for (const [key, value] of forged) world.breaks!.put(key, value);
      writer.save();
      const warm = await build();
      const after = (await extractText(warm.results[0]!.files[0]!.bytes)).join('\n');
      expect(after).toContain('kwalificatiX');
      expect(after).not.toContain('kwalificatie');
    } finally {
      await project.dispose();
    }
  }, 120_000);
});
