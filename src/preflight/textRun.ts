// One text-showing operator (strings and TJ adjustments) with the text state and matrices → a positioned text run, and the next text matrix.
// biome-ignore-all lint/style/noNonNullAssertion: codeAt reads bytes inside its callers' loop bound (see there)
import type { PDFDict } from './pdfLib.js';
import { fontInfo } from './fontInfo.js';
import { multiply, transformBox } from './geometry.js';
import { getName } from './pdfObjects.js';
import type { Box, Colour, FileReading, FontInfo, Mark, MarkedContent, Matrix, Overprint, TextMark } from './types.js';

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
  /** The innermost marked-content sequence the text is shown in, if any. */
  marked?: MarkedContent;
  overprint?: Overprint;
}

const MAX_TEXT = 200;

/** The code that starts at byte `i` of a string of `step`-byte codes; the callers loop while `i + step <= bytes.length`. */
const codeAt = (bytes: Uint8Array, i: number, step: number): number =>
  // both bytes are inside: the callers' loop bound says so, and a check per glyph is the hottest loop of reading a page
  step === 2 ? (bytes[i]! << 8) | bytes[i + 1]! : bytes[i]!;
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
      text += font?.toUnicode(codeAt(part, i, step)) ?? '\ufffd';
    }
  }
  return text;
}

/** A text mark whose text is read from its glyphs only when a finding quotes it: most runs are never quoted. */
class TextRun implements TextMark {
  readonly kind = 'text';
  readonly x: number;
  readonly y: number;
  readonly box: Box;
  readonly size: number;
  readonly renderMode: number;
  readonly fill: Colour;
  readonly stroke: Colour;
  readonly marked: MarkedContent | undefined;
  readonly overprint?: Overprint;
  private quoted: string | undefined;

  constructor(
    m: Matrix,
    s: TextState,
    advance: number,
    readonly fontName: string,
    private readonly parts: readonly (Uint8Array | number)[],
    private readonly font: FontInfo | undefined,
    private readonly step: number,
  ) {
    this.x = s.rise * m[2] + m[4];
    this.y = s.rise * m[3] + m[5];
    this.box = transformBox(m, 0, s.rise, advance, s.rise + s.fontSize);
    this.size = Math.abs(s.fontSize) * Math.hypot(m[2], m[3]);
    this.renderMode = s.renderMode;
    this.fill = s.fill;
    this.stroke = s.stroke;
    this.marked = s.marked;
    this.overprint = s.overprint;
  }

  get text(): string {
    return (this.quoted ??= runText(this.parts, this.font, this.step));
  }
}

/** Pushes the run (when it shows any glyph) onto `out` and returns the text matrix after it; the font is read from `file`. */
export function showText(parts: readonly (Uint8Array | number)[], s: TextState, tm: Matrix, out: Mark[], file: FileReading): Matrix {
  const font = s.font ? fontInfo(s.font, file) : undefined;
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
      const code = codeAt(part, i, step);
      const width = (font ? font.width(code) : 500) / 1000;
      const space = step === 1 && code === 32 ? s.wordSpacing : 0;
      advance += (width * fs + s.charSpacing + space) * s.hScale;
      glyphs++;
    }
  }
  if (glyphs > 0) {
    const m = multiply(tm, s.ctm);
    const fontName = font?.displayName ?? (s.font ? (getName(s.font, 'BaseFont') ?? '?').replace(/^[A-Z]{6}\+/, '') : '(no font)');
    out.push(new TextRun(m, s, advance, fontName, parts, font, step));
  }
  // [1 0 0 1 advance 0] × tm
  return [tm[0], tm[1], tm[2], tm[3], advance * tm[0] + tm[4], advance * tm[1] + tm[5]];
}
