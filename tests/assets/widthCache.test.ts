// Measured widths survive the build: stored per font file, merged with what is there, read back into the measurer (which then shapes nothing it knows).
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadWidths, saveWidths } from '../../src/assets/widthCache.js';
import { createFontkitMeasurer } from '../../src/assets/fontMeasurer.js';
import { loadSharedFonts } from '../../src/pdf/sharedFonts.js';
import type { FontRole } from '../../src/layout/types.js';
import { readFileSync } from 'node:fs';
import { REPO } from '../support/tempProject.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'drukwerk-widths-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const HASHES = { regular: 'a'.repeat(64), bold: 'b'.repeat(64), italic: 'a'.repeat(64) } as Record<FontRole, string>;

describe('width cache', () => {
  it('stores the widths per font file, shared by the roles that use it, and merges with what is stored', () => {
    const widths = loadWidths(dir, HASHES);
    expect(widths.get('regular')!.size).toBe(0);
    expect(widths.get('italic')).toBe(widths.get('regular'));
    widths.get('regular')!.set('Oostende', 4321);
    widths.get('bold')!.set('VDAB', 2222);
    saveWidths(dir, HASHES, widths, new Map());
    const again = loadWidths(dir, HASHES);
    expect(Object.fromEntries(again.get('italic')!)).toEqual({ Oostende: 4321 });
    expect(Object.fromEntries(again.get('bold')!)).toEqual({ VDAB: 2222 });
    const other = loadWidths(dir, HASHES);
    other.get('regular')!.set('Brugge', 1234);
    saveWidths(dir, HASHES, other, new Map([[HASHES.regular, 1]]));
    expect(Object.fromEntries(loadWidths(dir, HASHES).get('regular')!)).toEqual({ Oostende: 4321, Brugge: 1234 });
  });

  it('stores what a map that was cleared since it was loaded holds, and keeps what the file had', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'drukwerk-widths-cleared-'));
    try {
      const first = loadWidths(folder, HASHES);
      first.get('regular')!.set('Oostende', 4321).set('Brugge', 1234);
      saveWidths(folder, HASHES, first, new Map());
      const next = loadWidths(folder, HASHES);
      const loaded = new Map([[HASHES.regular, next.get('regular')!.size]]);
      // the measurer clears a full map and goes on measuring: it now holds fewer entries than were loaded
      next.get('regular')!.clear();
      next.get('regular')!.set('Ieper', 999);
      saveWidths(folder, HASHES, next, loaded);
      expect(Object.fromEntries(loadWidths(folder, HASHES).get('regular')!)).toEqual({ Oostende: 4321, Brugge: 1234, Ieper: 999 });
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('ignores a damaged file and a folder it cannot write', async () => {
    const files = await readdir(path.join(dir, 'widths'));
    for (const f of files) await writeFile(path.join(dir, 'widths', f), '{ not json');
    expect(loadWidths(dir, HASHES).get('regular')!.size).toBe(0);
    const notAFolder = path.join(dir, 'file');
    await writeFile(notAFolder, '');
    const widths = loadWidths(notAFolder, HASHES);
    widths.get('regular')!.set('x', 1);
    expect(() => saveWidths(notAFolder, HASHES, widths, new Map())).not.toThrow();
  });

  it('the measurer uses known widths instead of shaping', () => {
    const inter = readFileSync(path.join(REPO, 'fonts/Inter-Regular.otf'));
    const fonts = loadSharedFonts({ regular: inter, italic: inter, semibold: inter, bold: inter, boldItalic: inter, display: inter });
    const known = new Map([['regular' as FontRole, new Map([['Oostende', 5000]])]]);
    const measurer = createFontkitMeasurer(fonts.fontkit, known);
    const unitsPerEm = fonts.fontkit.regular.unitsPerEm;
    expect(measurer.width('Oostende', 'regular', 10)).toBeCloseTo((5000 * 10) / unitsPerEm, 9);
    // what it had to shape is added for the next build
    measurer.width('Brugge', 'regular', 10);
    expect(known.get('regular')!.get('Brugge')).toBe(fonts.fontkit.regular.layout('Brugge').advanceWidth);
  });
});
