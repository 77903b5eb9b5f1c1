// legibleScale: copy-fitting shrinks text in a colour of several inks no further than 12 pt, and one-ink text no further than 8 pt.
import { describe, expect, it } from 'vitest';
import { inkCount, legibleScale, MIN_FITTED_TEXT_PT } from '../../src/layout/legibleScale.js';

const colors = {
  navy: { c: 100, m: 78, y: 0, k: 38 },
  ink: { c: 0, m: 0, y: 0, k: 100 },
  coralTint: { c: 0, m: 60, y: 0, k: 0 },
};

describe('legibleScale', () => {
  it('counts the process inks a colour uses', () => {
    expect([inkCount(colors.navy), inkCount(colors.ink), inkCount(colors.coralTint)]).toEqual([3, 1, 1]);
  });

  it('stops a 14 pt navy heading at 12 pt, lets a 10 pt black text shrink with the frame down to 8 pt', () => {
    expect(legibleScale({ size: 14, color: 'navy' }, 0.8, colors) * 14).toBeCloseTo(12, 6);
    expect(legibleScale({ size: 10, color: 'ink' }, 0.8, colors)).toBe(0.8);
    expect(legibleScale({ size: 11, color: 'coralTint' }, 0.85, colors)).toBe(0.85);
  });

  it('never sets text under 8 pt by copy-fitting: 9 pt stops at 8, 8 pt and 7 pt furniture keep their size', () => {
    expect(MIN_FITTED_TEXT_PT).toBe(8);
    expect(legibleScale({ size: 9, color: 'ink' }, 0.8, colors) * 9).toBeCloseTo(8, 6);
    expect(legibleScale({ size: 8, color: 'ink' }, 0.86, colors)).toBe(1);
    expect(legibleScale({ size: 7, color: 'ink' }, 0.9, colors)).toBe(1);
    expect(legibleScale({ size: 8.5, color: 'ink' }, 0.96, colors)).toBe(0.96);
  });

  it('leaves a scale that keeps the text at 12 pt or more, and a navy style the template set under 12 pt at its own size', () => {
    expect(legibleScale({ size: 20, color: 'navy' }, 0.7, colors)).toBe(0.7);
    expect(legibleScale({ size: 10, color: 'navy' }, 0.8, colors)).toBe(1);
    expect(legibleScale({ size: 14, color: 'navy' }, 1, colors)).toBe(1);
    expect(legibleScale({ size: 14, color: 'unknown' }, 0.8, colors)).toBe(0.8);
  });
});
