// Shaped runs stored by one build and read back by the next give what fontkit gives: glyphs, code points and positions; a damaged run is shaped again.
import { readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { create, type Font } from 'fontkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exactGlyphCodePoints } from '../../src/pdf/glyphCodePoints.js';
import { memoizeShaping } from '../../src/pdf/memoizeShaping.js';
import { attachShaping } from '../../src/pdf/shapingCache.js';
import type { SharedFonts } from '../../src/pdf/sharedFonts.js';
import type { FontRole } from '../../src/vocabulary/theme.js';
import { Store } from '../../src/world/store.js';
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

const ROLES = ['regular', 'italic', 'semibold', 'bold', 'boldItalic', 'display', 'arabic', 'arabicBold'];
/** A session's fonts with every role on one file. */
const fontsOf = (font: Font, hash: string): SharedFonts => ({
  fontkit: Object.fromEntries(ROLES.map((r) => [r, font])) as Record<FontRole, Font>,
  hashes: Object.fromEntries(ROLES.map((r) => [r, hash])) as Record<FontRole, string>,
});
const store = (name: string) => new Store({ dir: path.join(dir, name), versions: { code: 'shaping-test', libraries: 'fontkit@2' } });

describe('shaping through the store', () => {
  it('runs read back shape exactly as fontkit does, without shaping again', () => {
    for (const [i, [bytes, text, features]] of TEXTS.entries()) {
      const first = open(bytes);
      const written = store(`runs${i}`);
      attachShaping(written, fontsOf(first, 'c'.repeat(64)));
      first.layout(text, features);
      written.save();
      const expected = shaped(plain(bytes), text, features);
      // fontkit's own shaping, counted for the fonts opened from here on
      const proto = Object.getPrototypeOf(plain(bytes)) as { layout: Font['layout'] };
      const original = proto.layout;
      let shapedHere = 0;
      proto.layout = function (this: Font, ...args: Parameters<Font['layout']>) {
        shapedHere++;
        return original.apply(this, args);
      } as Font['layout'];
      try {
        const second = open(bytes);
        attachShaping(store(`runs${i}`), fontsOf(second, 'c'.repeat(64)));
        expect(shaped(second, text, features)).toBe(expected);
        expect(shapedHere).toBe(0);
        const cold = open(bytes);
        attachShaping(store(`empty${i}`), fontsOf(cold, 'c'.repeat(64)));
        expect(shaped(cold, text, features)).toBe(expected);
        expect(shapedHere).toBe(1);
      } finally {
        proto.layout = original;
      }
    }
  });

  it('a font without a store shapes and stores nothing; a session that learned nothing writes nothing', () => {
    const font = open(INTER);
    attachShaping(undefined, fontsOf(font, 'd'.repeat(64)));
    expect(shaped(font, 'Oostende')).toBe(shaped(plain(INTER), 'Oostende'));
    const idle = store('idle');
    attachShaping(idle, fontsOf(open(INTER), 'd'.repeat(64)));
    idle.save();
    expect(idle.take()).toEqual({ shelves: [], files: [] });
  });

  it('a stored run edited by hand is shaped again, as fontkit shapes it', () => {
    const first = open(INTER);
    const written = store('edited');
    attachShaping(written, fontsOf(first, 'e'.repeat(64)));
    first.layout('Oostende');
    written.save();
    const file = path.join(dir, 'edited', written.shelfFile('shaping', ['e'.repeat(64)]));
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(/"p":\[\[(\d+)/, (_, n: string) => `"p":[[${Number(n) + 40}`),
    );
    const font = open(INTER);
    attachShaping(store('edited'), fontsOf(font, 'e'.repeat(64)));
    expect(shaped(font, 'Oostende')).toBe(shaped(plain(INTER), 'Oostende'));
  });
});
