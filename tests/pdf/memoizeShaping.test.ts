import { readFileSync } from 'node:fs';
import { create, type Font } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { memoizeShaping } from '../../src/pdf/memoizeShaping.js';
import { REPO } from '../support/tempProject.js';

const open = () => create(readFileSync(`${REPO}/fonts/Inter-Regular.otf`)) as Font;

describe('memoizeShaping', () => {
  it('gives the same glyphs, positions and width as fontkit, and callers cannot spoil the cache', () => {
    const plain = open();
    const memo = memoizeShaping(open());
    for (const text of ['Oostende', 'ffi → “kwalificatie”', 'Oostende']) {
      const a = plain.layout(text);
      const b = memo.layout(text);
      expect(b.glyphs.map((g) => g.id)).toEqual(a.glyphs.map((g) => g.id));
      expect(b.positions).toEqual(a.positions.map((p) => ({ ...p })));
      expect(b.advanceWidth).toBe(a.advanceWidth);
      for (const p of b.positions) p.xAdvance *= 0.01; // pdfkit scales positions in place
      expect(b.advanceWidth).toBeCloseTo(a.advanceWidth * 0.01, 6);
    }
    expect(memo.layout('Oostende').advanceWidth).toBe(plain.layout('Oostende').advanceWidth);
  });
});
