// Broken paragraphs survive the build: stored per fonts and code (<root>/.cache/breaks/), read back by the next session, which lays out with them instead of breaking again.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadBreaks, saveBreaks } from '../../src/incremental/breakCache.js';
import { addBreak, storedBreak, type Broken } from '../../src/layout/storedBreaks.js';
import type { FontRole } from '../../src/layout/types.js';
import { runBuild } from '../../src/commands/runBuild.js';
import { fakeMeasurer } from '../support/fakeMeasurer.js';
import { extractText } from '../support/renderPdf.js';
import { tempProject } from '../support/tempProject.js';

const HASHES = { regular: 'a'.repeat(64), bold: 'b'.repeat(64) } as Record<FontRole, string>;
const BROKEN: Broken = {
  lines: [{ fragments: [{ text: 'Laat je niet', font: 'regular', size: 10, color: 'ink', x: 0, width: 52.25, field: { file: 'content/nl/flyer.yaml', line: 3, column: 5, path: 'intro' } }], width: 52.25, wordSpacing: 0, hyphenated: false }],
  missing: [],
};

let dir: string;
let pinned: string | undefined;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'drukwerk-breaks-'));
  pinned = process.env.DRUKWERK_TOOL_VERSION;
  process.env.DRUKWERK_TOOL_VERSION = 'break-cache-test';
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  if (pinned === undefined) delete process.env.DRUKWERK_TOOL_VERSION;
  else process.env.DRUKWERK_TOOL_VERSION = pinned;
});

describe('break cache', () => {
  it('gives the next session with the same fonts and code what this one broke, and no other session', () => {
    const first = fakeMeasurer();
    loadBreaks(dir, HASHES, first);
    expect(storedBreak(first, 'key')).toBeUndefined();
    addBreak(first, 'key', BROKEN);
    saveBreaks(dir, HASHES, first);
    const [file] = readdirSync(path.join(dir, 'breaks'));
    const written = readFileSync(path.join(dir, 'breaks', file!), 'utf8');
    expect(written.split('\n')).toHaveLength(2);
    // stored once: a second save has nothing new
    saveBreaks(dir, HASHES, first);
    expect(readFileSync(path.join(dir, 'breaks', file!), 'utf8')).toBe(written);

    const next = fakeMeasurer();
    loadBreaks(dir, HASHES, next);
    expect(storedBreak(next, 'key')).toEqual(BROKEN);
    const otherFont = fakeMeasurer();
    loadBreaks(dir, { ...HASHES, bold: 'c'.repeat(64) }, otherFont);
    expect(storedBreak(otherFont, 'key')).toBeUndefined();
    process.env.DRUKWERK_TOOL_VERSION = 'other-code';
    const otherCode = fakeMeasurer();
    loadBreaks(dir, HASHES, otherCode);
    expect(storedBreak(otherCode, 'key')).toBeUndefined();
  });

  it('takes a damaged value for no value', () => {
    const first = fakeMeasurer();
    loadBreaks(dir, HASHES, first);
    addBreak(first, 'key', BROKEN);
    saveBreaks(dir, HASHES, first);
    const [file] = readdirSync(path.join(dir, 'breaks'));
    writeFileSync(path.join(dir, 'breaks', file!), '"key"\t{"lines": [{"fragments": 1}], "missing": []}\n');
    const next = fakeMeasurer();
    loadBreaks(dir, HASHES, next);
    expect(storedBreak(next, 'key')).toBeUndefined();
  });

  it('keeps the files of the three newest other code versions', () => {
    const folder = path.join(dir, 'breaks');
    const measurer = fakeMeasurer();
    loadBreaks(dir, HASHES, measurer);
    addBreak(measurer, 'key', BROKEN);
    saveBreaks(dir, HASHES, measurer);
    const [current] = readdirSync(folder);
    for (let i = 0; i < 5; i++) {
      const old = path.join(folder, `old${i}.lines`);
      writeFileSync(old, '');
      const time = new Date(Date.UTC(2026, 0, 1 + i));
      utimesSync(old, time, time);
    }
    addBreak(measurer, 'other', BROKEN);
    saveBreaks(dir, HASHES, measurer);
    expect(readdirSync(folder).sort()).toEqual([current, 'old2.lines', 'old3.lines', 'old4.lines'].sort());
    expect(statSync(path.join(folder, current!)).size).toBeGreaterThan(0);
  });

  it('a build lays out with the stored lines: a word changed in the store shows in the next PDF', async () => {
    const project = await tempProject();
    try {
      const build = () =>
        runBuild({ root: project.root, outDir: 'out', materials: ['poster'], regions: ['oostende'], editions: ['screen'], cropMarks: false, final: false, creationDate: new Date('2026-01-01T00:00:00Z'), jobs: 1 });
      const cold = await build();
      expect(cold.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      const before = (await extractText(cold.results[0]!.files[0]!.bytes)).join('\n');
      expect(before).toContain('kwalificatie');
      const folder = path.join(project.root, '.cache', 'breaks');
      const [file] = readdirSync(folder);
      const stored = readFileSync(path.join(folder, file!), 'utf8');
      expect(stored).toContain('kwalificatie');
      writeFileSync(path.join(folder, file!), stored.replaceAll('kwalificatie', 'kwalificatiX'));
      const warm = await build();
      const after = (await extractText(warm.results[0]!.files[0]!.bytes)).join('\n');
      expect(after).toContain('kwalificatiX');
      expect(after).not.toContain('kwalificatie');
    } finally {
      await project.dispose();
    }
  }, 60_000);
});
