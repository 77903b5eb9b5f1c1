// Trim size, bleed and crop-mark settings → exact page boxes and marks that stay outside the bleed.
import { describe, expect, it } from 'vitest';
import { cropMarkLines, MARK_GAP_MM, MARK_LENGTH_MM, pageGeometry } from '../../src/pdf/pageGeometry.js';
import { mm } from '../../src/units.js';

const W = mm(210);
const H = mm(297);

describe('pageGeometry', () => {
  it('print with marks: trim offset by bleed + slug, boxes computed from mm without rounding', () => {
    const g = pageGeometry(W, H, 'print', 3, true);
    expect(g.bleed).toBe((3 * 72) / 25.4);
    expect(g.offset).toBeCloseTo(mm(10), 10);
    expect(g.mediaWidth).toBeCloseTo(W + 2 * mm(10), 10);
    expect(g.trimBox).toEqual([g.offset, g.offset, g.offset + W, g.offset + H]);
    expect(g.bleedBox).toEqual([g.offset - g.bleed, g.offset - g.bleed, g.offset + W + g.bleed, g.offset + H + g.bleed]);
    expect(g.bleedBox[0]).toBeCloseTo(mm(7), 10);
  });

  it('print without marks: MediaBox = BleedBox', () => {
    const g = pageGeometry(W, H, 'print', 3, false);
    expect(g.offset).toBe(g.bleed);
    expect(g.bleedBox).toEqual([0, 0, g.mediaWidth, g.mediaHeight]);
  });

  it('screen: MediaBox = trim, no bleed, no marks', () => {
    const g = pageGeometry(W, H, 'screen', 3, true);
    expect([g.mediaWidth, g.mediaHeight, g.offset, g.bleed, g.cropMarks]).toEqual([W, H, 0, 0, false]);
  });

  it('crop marks: eight 5 mm lines, starting 1 mm outside the bleed, in line with the trim edges', () => {
    const g = pageGeometry(W, H, 'print', 3, true);
    const lines = cropMarkLines(g);
    expect(lines).toHaveLength(8);
    const [tl, tr, bl, br] = [g.offset, g.offset + W, g.offset, g.offset + H];
    for (const [x1, y1, x2, y2] of lines) {
      expect(Math.hypot(x2! - x1!, y2! - y1!)).toBeCloseTo(mm(MARK_LENGTH_MM), 10);
      const horizontal = y1 === y2;
      const along = horizontal ? [x1!, x2!] : [y1!, y2!];
      const [lo, hi] = horizontal ? [tl, tr] : [bl, br];
      const gap = Math.min(...along.map((v) => Math.min(Math.abs(v - lo), Math.abs(v - hi))));
      expect(gap).toBeCloseTo(g.bleed + mm(MARK_GAP_MM), 10);
      expect(along.every((v) => v < lo - g.bleed || v > hi + g.bleed)).toBe(true);
      expect(along.every((v) => v >= 0 && v <= (horizontal ? g.mediaWidth : g.mediaHeight))).toBe(true);
    }
  });
});
