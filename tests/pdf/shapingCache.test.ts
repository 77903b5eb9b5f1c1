// Shaped runs stored by one build and read back by the next give what fontkit gives: glyphs, code points and positions; a damaged file is ignored.
import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { create, type Font } from 'fontkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exactGlyphCodePoints } from '../../src/pdf/glyphCodePoints.js';
import { addStoredRuns, knownRuns, memoizeShaping, storedRuns } from '../../src/pdf/memoizeShaping.js';
import { loadShaping, saveShaping } from '../../src/pdf/shapingCache.js';
import type { SharedFonts } from '../../src/pdf/sharedFonts.js';
import type { FontRole } from '../../src/layout/types.js';
import { REPO } from '../support/tempProject.js';

const INTER = readFileSync(path.join(REPO, 'fonts/Inter-Regular.otf'));
const ARABIC = readFileSync(path.join(REPO, 'fonts/NotoSansArabic-Regular.ttf'));
const open = (bytes: Buffer): Font => memoizeShaping(exactGlyphCodePoints(create(bytes) as Font));
const plain = (bytes: Buffer): Font => exactGlyphCodePoints(create(bytes) as Font);
const shaped = (font: Font, text: string, features?: string[]): string => {
  const run = font.layout(text, features);
  return JSON.stringify([run.glyphs.map((g) => [g.id, g.codePoints, g.advanceWidth]), run.positions.map((p) => [p.xAdvance, p.yAdvance, p.xOffset, p.yOffset]), run.advanceWidth]);
};
const TEXTS: [Buffer, string, string[]?][] = [
  [INTER, 'ffi “kwalificatie” — Oostende'],
  [INTER, 'VDAB 0800 30 700'],
  [ARABIC, 'لا الامتحانات (من 12 إلى 25 سنة)', []],
];

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'drukwerk-shaping-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A session's fonts with every role on one file. */
const fontsOf = (font: Font, hash: string): SharedFonts => ({
  fontkit: Object.fromEntries(['regular', 'italic', 'semibold', 'bold', 'boldItalic', 'display', 'arabic', 'arabicBold'].map((r) => [r, font])) as Record<FontRole, Font>,
  hashes: Object.fromEntries(['regular', 'italic', 'semibold', 'bold', 'boldItalic', 'display', 'arabic', 'arabicBold'].map((r) => [r, hash])) as Record<FontRole, string>,
});

describe('shaping cache', () => {
  it('runs read back shape exactly as fontkit does', () => {
    for (const [bytes, text, features] of TEXTS) {
      const first = open(bytes);
      first.layout(text, features);
      const second = open(bytes);
      addStoredRuns(second, [...storedRuns(first)].map(([key, run]) => [key, JSON.stringify(run)]));
      expect(knownRuns(second)).toBe(1);
      expect(shaped(second, text, features)).toBe(shaped(plain(bytes), text, features));
    }
  });

  it('is stored per font file when a session learned something, and read back by the next session', async () => {
    const hash = 'c'.repeat(64);
    const first = open(INTER);
    const loaded = loadShaping(dir, fontsOf(first, hash));
    expect(loaded.get(hash)).toBe(0);
    saveShaping(dir, fontsOf(first, hash), loaded);
    expect(await readdir(path.join(dir, 'shaping')).catch(() => [])).toEqual([]); // nothing learned, nothing written
    first.layout('Oostende');
    saveShaping(dir, fontsOf(first, hash), loaded);
    const next = open(INTER);
    expect(loadShaping(dir, fontsOf(next, hash)).get(hash)).toBe(1);
    expect(shaped(next, 'Oostende')).toBe(shaped(plain(INTER), 'Oostende'));
  });

  it('ignores a damaged file, and shapes again a run whose stored value is damaged', async () => {
    const [file] = await readdir(path.join(dir, 'shaping'));
    await writeFile(path.join(dir, 'shaping', file!), '{"Oostende": {"g": [1]}, "x": ');
    expect(loadShaping(dir, fontsOf(open(INTER), 'c'.repeat(64))).get('c'.repeat(64))).toBe(0);
    await writeFile(path.join(dir, 'shaping', file!), '"Oostende"\t{"g": [1], "c": [[79]], "p": [[9' + '\n');
    const font = open(INTER);
    expect(loadShaping(dir, fontsOf(font, 'c'.repeat(64))).get('c'.repeat(64))).toBe(1);
    expect(shaped(font, 'Oostende')).toBe(shaped(plain(INTER), 'Oostende'));
  });
});
