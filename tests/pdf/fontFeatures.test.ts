// The theme's OpenType features (cv08: Inter's capital I with serifs) → the same alternate glyph measured, drawn and embedded, and fonts with features hashed apart from the plain file, so no disk cache of widths or shaped runs made without them is reused.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { create, type Font } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { createFontkitMeasurer } from '../../src/assets/fontMeasurer.js';
import { glyphCode } from '../../src/pdf/embedGlyphIds.js';
import { loadSharedFonts } from '../../src/pdf/sharedFonts.js';
import { mergeFeatures } from '../../src/pdf/withFeatures.js';
import { paintDocument } from '../../src/pdf/paintDocument.js';
import type { LaidOutDocument } from '../../src/layout/types.js';
import type { FontRole } from '../../src/vocabulary/theme.js';
import { REPO } from '../support/tempProject.js';
import { readPdf } from './readPdf.js';
import { sampleOptions, theme as sampleTheme } from './sampleDocument.js';

const FILES: Record<string, string> = sampleTheme.fonts;
const buffers = Object.fromEntries(Object.entries(FILES).map(([role, file]) => [role, readFileSync(path.join(REPO, file))])) as Record<FontRole, Buffer>;

/** The capital I of a fresh, unwrapped parse of the file: with and without cv08. */
function capitalI(role: string, features?: string[]): { id: number; advance: number } {
  const font = create(buffers[role as FontRole]) as Font;
  const run = font.layout('I', features);
  return { id: run.glyphs[0]!.id, advance: run.advanceWidth };
}

describe('font features (cv08)', () => {
  const plain = loadSharedFonts(buffers);
  const cv08 = loadSharedFonts(buffers, ['cv08']);

  it('shapes every Latin role with the serifed capital I, and the plain fonts without it', () => {
    for (const role of Object.keys(FILES) as FontRole[]) {
      const serifed = capitalI(role, ['cv08']);
      expect(serifed.id, role).not.toBe(capitalI(role).id);
      expect(cv08.fontkit[role].layout('Ieper').glyphs[0]!.id, role).toBe(serifed.id);
      expect(plain.fontkit[role].layout('Ieper').glyphs[0]!.id, role).toBe(capitalI(role).id);
    }
  });

  it('keeps features a caller asks for and adds the theme\u2019s', () => {
    expect(mergeFeatures(undefined, ['cv08'])).toEqual(['cv08']);
    expect(mergeFeatures([], ['cv08'])).toEqual(['cv08']);
    expect(mergeFeatures(['liga', 'cv08'], ['cv08'])).toEqual(['liga', 'cv08']);
    expect(mergeFeatures({ cv08: false }, ['cv08'])).toEqual({ cv08: false });
    expect(mergeFeatures(['liga'], [])).toEqual(['liga']);
  });

  it('measures the width of the glyph it draws', () => {
    const measurer = createFontkitMeasurer(cv08.fontkit);
    const unitsPerEm = cv08.fontkit.regular.unitsPerEm;
    const serifed = (create(buffers.regular) as Font).layout('Ieper', ['cv08']).advanceWidth;
    const sans = (create(buffers.regular) as Font).layout('Ieper').advanceWidth;
    expect(serifed).not.toBe(sans);
    expect(measurer.width('Ieper', 'regular', 10)).toBeCloseTo((serifed * 10) / unitsPerEm, 9);
    expect(createFontkitMeasurer(plain.fontkit).width('Ieper', 'regular', 10)).toBeCloseTo((sans * 10) / unitsPerEm, 9);
  });

  it('hashes a font with features apart from the file alone: the width, shaping and line-break caches are named by the hash', () => {
    for (const role of Object.keys(FILES) as FontRole[]) {
      expect(cv08.hashes[role]).not.toBe(plain.hashes[role]);
      expect(cv08.fontkit[role]).not.toBe(plain.fontkit[role]);
    }
    // the same file and features: the same font and hash
    expect(loadSharedFonts(buffers, ['cv08']).hashes.regular).toBe(cv08.hashes.regular);
    expect(loadSharedFonts(buffers, ['cv08']).fontkit.regular).toBe(cv08.fontkit.regular);
  });

  it('draws the serifed I in the PDF (glyph id as CID), which still reads as "I"', async () => {
    const doc: LaidOutDocument = {
      material: 'poster',
      title: 'Ieper',
      lang: 'nl-BE',
      width: 200,
      height: 100,
      copyFits: [],
      outline: [],
      pages: [{ number: 1, anchors: [], items: [{ kind: 'text', x: 10, y: 50, text: 'Ieper', font: 'regular', size: 12, color: 'ink', wordSpacing: 0, width: 100 }] }],
    };
    const opts = await sampleOptions(doc, 'screen', undefined);
    const pdf = await readPdf(await paintDocument(doc, { ...opts, fonts: cv08 }));
    const serifed = glyphCode(capitalI('regular', ['cv08']).id);
    const tj = pdf.streams.flatMap((s) => s.split('\n')).find((l) => l.endsWith(' TJ'))!;
    expect(tj.startsWith(`[<${serifed}`), tj).toBe(true);
    expect(tj).not.toContain(glyphCode(capitalI('regular').id));
    const toUnicode = pdf.streams.find((s) => s.includes('beginbfchar'))!;
    expect(toUnicode).toMatch(new RegExp(`<${serifed}>\\s*<0049>`, 'i'));
  });
});
