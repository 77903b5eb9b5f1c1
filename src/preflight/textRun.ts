// One text-showing operator (strings and TJ adjustments) with the text state and matrices → a positioned text run, and the next text matrix.
import type { PDFDict } from 'pdf-lib';
import { fontInfo, type FontInfo } from './fontInfo.js';
import { multiply, transformBox } from './geometry.js';
import { getName } from './pdfObjects.js';
import type { Colour, Mark, Matrix } from './types.js';

export interface TextState {
  ctm: Matrix;
  fill: Colour;
  stroke: Colour;
  font?: PDFDict;
  fontSize: number;
  charSpacing: number;
  wordSpacing: number;
  /** Tz / 100. */
  hScale: number;
  leading: number;
  rise: number;
  renderMode: number;
}

const MAX_TEXT = 200;
/** A TJ move wider than this (thousandths of an em) reads as a word space in the extracted text. */
const WORD_GAP = 180;

/** The text a run shows (up to MAX_TEXT characters): made only when a finding quotes it. */
function runText(parts: readonly (Uint8Array | number)[], font: FontInfo | undefined, step: number): string {
  let text = '';
  for (const part of parts) {
    if (typeof part === 'number') {
      // TeX and others space words by moving, not by a space glyph.
      if (part < -WORD_GAP && text.length < MAX_TEXT && text && !text.endsWith(' ')) text += ' ';
      continue;
    }
    for (let i = 0; i + step <= part.length && text.length < MAX_TEXT; i += step) {
      const code = step === 2 ? (part[i] << 8) | part[i + 1] : part[i];
      text += font?.toUnicode(code) ?? '\ufffd';
    }
  }
  return text;
}

/** Pushes the run (when it shows any glyph) onto `out` and returns the text matrix after it. */
export function showText(parts: readonly (Uint8Array | number)[], s: TextState, tm: Matrix, out: Mark[]): Matrix {
  const font = s.font ? fontInfo(s.font) : undefined;
  const step = font?.bytesPerCode ?? 1;
  const fs = s.fontSize;
  let advance = 0;
  let glyphs = 0;
  for (const part of parts) {
    if (typeof part === 'number') {
      advance -= (part / 1000) * fs * s.hScale;
      continue;
    }
    for (let i = 0; i + step <= part.length; i += step) {
      const code = step === 2 ? (part[i] << 8) | part[i + 1] : part[i];
      const width = (font ? font.width(code) : 500) / 1000;
      const space = step === 1 && code === 32 ? s.wordSpacing : 0;
      advance += (width * fs + s.charSpacing + space) * s.hScale;
      glyphs++;
    }
  }
  if (glyphs > 0) {
    const m = multiply(tm, s.ctm);
    const x = s.rise * m[2] + m[4], y = s.rise * m[3] + m[5];
    let text: string | undefined;
    out.push({
      kind: 'text',
      x,
      y,
      box: transformBox(m, 0, s.rise, advance, s.rise + fs),
      size: Math.abs(fs) * Math.hypot(m[2], m[3]),
      fontName: font?.displayName ?? (s.font ? (getName(s.font, 'BaseFont') ?? '?').replace(/^[A-Z]{6}\+/, '') : '(no font)'),
      // most runs are never quoted: their text is read from the glyphs only when a finding asks for it
      get text() {
        return (text ??= runText(parts, font, step));
      },
      renderMode: s.renderMode,
      fill: s.fill,
      stroke: s.stroke,
    });
  }
  // [1 0 0 1 advance 0] × tm
  return [tm[0], tm[1], tm[2], tm[3], advance * tm[0] + tm[4], advance * tm[1] + tm[5]];
}
