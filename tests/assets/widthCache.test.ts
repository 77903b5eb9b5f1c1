// Measured widths survive the build: stored per font file through the store, shared by the roles that use the file, read back by the measurer (which then shapes nothing it knows).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { widthShelves } from '../../src/assets/widthCache.js';
import { createFontkitMeasurer } from '../../src/assets/fontMeasurer.js';
import { loadSharedFonts } from '../../src/pdf/sharedFonts.js';
import type { FontRole } from '../../src/vocabulary/theme.js';
import { Store } from '../../src/world/store.js';
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
const open = () => new Store({ dir, versions: { code: 'widths-test', libraries: 'fontkit@2' } });

describe('width shelves', () => {
  it('one shelf per font file, shared by the roles that use it, read back by the next store', () => {
    const first = open();
    const shelves = widthShelves(first, HASHES);
    expect(shelves.italic).toBe(shelves.regular);
    expect(shelves.bold).not.toBe(shelves.regular);
    shelves.regular!.put('Oostende', 4321);
    shelves.bold!.put('VDAB', 2222);
    first.save();
    const again = widthShelves(open(), HASHES);
    expect(again.italic!.get('Oostende')).toBe(4321);
    expect(again.bold!.get('VDAB')).toBe(2222);
    expect(again.bold!.get('Oostende')).toBeUndefined();
  });

  it('the measurer uses stored widths instead of shaping, and puts what it had to shape', () => {
    const inter = readFileSync(path.join(REPO, 'fonts/Inter-Regular.otf'));
    const fonts = loadSharedFonts({ regular: inter, italic: inter, semibold: inter, bold: inter, boldItalic: inter, display: inter });
    const store = open();
    const shelves = widthShelves(store, fonts.hashes);
    shelves.regular!.put('Oostende', 5000);
    const measurer = createFontkitMeasurer(fonts.fontkit, new Map(), shelves);
    const unitsPerEm = fonts.fontkit.regular.unitsPerEm;
    expect(measurer.width('Oostende', 'regular', 10)).toBeCloseTo((5000 * 10) / unitsPerEm, 9);
    measurer.width('Brugge', 'regular', 10);
    expect(shelves.regular!.get('Brugge')).toBe(fonts.fontkit.regular.layout('Brugge').advanceWidth);
  });
});
