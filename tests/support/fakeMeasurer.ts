// Options → a fixed-width Measurer for unit tests: every character 0.5 × size wide, ascent 0.8 × size, descent −0.2 × size.
import type { Measurer } from '../../src/vocabulary/measurer.js';
import type { FontRole } from '../../src/vocabulary/theme.js';

export interface FakeMeasurerOptions {
  /** Characters that every font reports as missing (e.g. 'ł€'). */
  missing?: string;
}

export function fakeMeasurer(opts: FakeMeasurerOptions = {}): Measurer {
  const missing = new Set(Array.from(opts.missing ?? ''));
  return {
    width(text: string, _font: FontRole, size: number): number {
      let chars = text.length;
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c >= 0xd800 && c <= 0xdbff) chars--; // a surrogate pair is one character
      }
      return chars * 0.5 * size;
    },
    ascent(_font: FontRole, size: number): number {
      return 0.8 * size;
    },
    descent(_font: FontRole, size: number): number {
      return -0.2 * size;
    },
    missingGlyphs(text: string, _font: FontRole): string[] {
      const out: string[] = [];
      for (const ch of text) if (missing.has(ch) && !out.includes(ch)) out.push(ch);
      return out;
    },
  };
}
