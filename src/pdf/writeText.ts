// One line of laid-out text (font, size and colour already set on the document) → the content-stream operators pdfkit's text() writes for it, byte for byte, without its measuring.
import type { Pdf } from './pdfDocument.js';

/** A shaped run in pdfkit's 1000-unit scale (what its EmbeddedFont caches per word). */
interface ShapedRun {
  glyphs: { id: number; advanceWidth: number; codePoints: number[] }[];
  positions: { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number; advanceWidth: number }[];
}

/** The parts of pdfkit's EmbeddedFont used here. */
interface EmbeddedFont {
  id: string;
  /** The parsed fontkit font, shared by the documents. */
  font: object;
  scale: number;
  subset: { includeGlyph(id: number): number };
  widths: number[];
  unicode: number[][];
  layoutRun(text: string, features?: unknown): ShapedRun;
  ref(): unknown;
}

interface DocumentState {
  _font: EmbeddedFont;
  _fontSize: number;
  page: { height: number; fonts: Record<string, unknown> };
}

export interface TextOptions {
  /** Extra space after each word (pt), as pdfkit's `wordSpacing`. */
  wordSpacing?: number;
  /** Extra space after each character (pt), as pdfkit's `characterSpacing`. */
  characterSpacing?: number;
  /** OpenType features: given (even empty), the text is shaped as one run, as right-to-left text must be. */
  features?: string[];
  /**
   * What the text says, in logical order, when the glyphs alone do not tell it (right-to-left runs: glyphs in visual order,
   * ligatures, mirrored brackets): the text object is wrapped in a `/Span` marked-content sequence with this `/ActualText`,
   * which text extraction and copying use instead of the glyphs' ToUnicode code points.
   */
  actualText?: string;
}

/** pdfkit's number format in content streams. */
const number = (n: number): number => Math.round(n * 1e6) / 1e6;

/** A PDF text string as a hex string: UTF-16BE with its byte order mark (JavaScript strings are UTF-16 already). */
function utf16Hex(text: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += `000${text.charCodeAt(i).toString(16).toUpperCase()}`.slice(-4);
  return `<${hex}>`;
}

/** Glyph id in the subset → its 4-digit hex code, per embedded font of a document. */
const hexCodes = new WeakMap<EmbeddedFont, string[]>();

/**
 * A shaped run's numbers in flat arrays, in pdfkit's 1000-unit scale: reading them from the position objects of every run
 * of every line was a fifth of painting.
 */
interface FlatRun {
  ids: number[];
  xAdvance: number[];
  advanceWidth: number[];
  xOffset: number[];
  yOffset: number[];
  /** Per glyph, what pdfkit records for the font's widths and ToUnicode map. */
  glyphWidth: number[];
  codePoints: number[][];
}

function flatten(run: ShapedRun): FlatRun {
  const f: FlatRun = { ids: [], xAdvance: [], advanceWidth: [], xOffset: [], yOffset: [], glyphWidth: [], codePoints: [] };
  for (let i = 0; i < run.glyphs.length; i++) {
    const glyph = run.glyphs[i]!;
    const p = run.positions[i]!;
    f.ids.push(glyph.id);
    f.glyphWidth.push(glyph.advanceWidth);
    f.codePoints.push(glyph.codePoints);
    f.xAdvance.push(p.xAdvance);
    f.advanceWidth.push(p.advanceWidth);
    f.xOffset.push(p.xOffset);
    f.yOffset.push(p.yOffset);
  }
  return f;
}

/**
 * Shaped runs per parsed font and key (a word, or features and text), for every document of the process: pdfkit shapes
 * a font's words once per document; the result depends on the font and text alone. Only the flat numbers are kept.
 */
const flatRuns = new WeakMap<object, Map<string, FlatRun>>();
const FLAT_RUNS_LIMIT = 100_000;

function cachedRun(font: EmbeddedFont, key: string, text: string, features: string[] | undefined): FlatRun {
  let cache = flatRuns.get(font.font);
  if (!cache || cache.size >= FLAT_RUNS_LIMIT) flatRuns.set(font.font, (cache = new Map()));
  let run = cache.get(key);
  // layoutRun is what pdfkit's layoutCached calls for a word, and its only path for text with features
  if (!run) cache.set(key, (run = flatten(font.layoutRun(text, features))));
  return run;
}

/** The runs pdfkit would shape `text` into: one run with features; else one per word, each keeping its trailing space or tab. */
function shape(font: EmbeddedFont, text: string, features: string[] | undefined): FlatRun[] {
  if (features) return [cachedRun(font, `\0${features.join(',')}\0${text}`, text, features)]; // XML text holds no NUL: never a word
  const runs: FlatRun[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9) {
      const word = text.slice(start, i + 1);
      runs.push(cachedRun(font, word, word, undefined));
      start = i + 1;
    }
  }
  if (start < text.length) {
    const word = text.slice(start);
    runs.push(cachedRun(font, word, word, undefined));
  }
  return runs;
}

/** The glyphs of a text item: subset codes and positions, in painting order. */
interface Glyphs {
  codes: string[];
  xAdvance: number[];
  advanceWidth: number[];
  xOffset: number[];
  yOffset: number[];
}

/** Adds the runs' glyphs to the font's subset (as pdfkit's encode does) and appends their codes and positions. */
function encode(font: EmbeddedFont, runs: FlatRun[], out: Glyphs): void {
  let hex = hexCodes.get(font);
  if (!hex) hexCodes.set(font, (hex = []));
  for (const f of runs) {
    for (let i = 0; i < f.ids.length; i++) {
      const gid = font.subset.includeGlyph(f.ids[i]!);
      out.codes.push((hex[gid] ??= `0000${gid.toString(16)}`.slice(-4)));
      if (font.widths[gid] == null) font.widths[gid] = f.glyphWidth[i]! * font.scale;
      if (font.unicode[gid] == null) font.unicode[gid] = f.codePoints[i]!;
      out.xAdvance.push(f.xAdvance[i]!);
      out.advanceWidth.push(f.advanceWidth[i]!);
      out.xOffset.push(f.xOffset[i]!);
      out.yOffset.push(f.yOffset[i]!);
    }
  }
}

/** Draws `text` with its alphabetic baseline at (x, y) in the current font, size and fill colour. */
export function writeText(pdf: Pdf, text: string, x: number, y: number, options: TextOptions = {}): void {
  const doc = pdf as unknown as DocumentState;
  const characterSpacing = options.characterSpacing || 0;
  let wordSpacing = options.wordSpacing || 0;
  if (wordSpacing) text = text.replace(/\s{2,}/g, ' ');
  text = text.replace(/\n/g, '');
  if (text.length === 0) return;
  const font = doc._font;
  const size = doc._fontSize;
  // one write per text item: pdfkit converts every written string to bytes, so many small writes cost more than the text itself;
  // the operators and their line breaks are those of pdfkit's save(), transform(), text() and restore()
  const out: string[] = ['q', `1 0 0 -1 0 ${number(doc.page.height)} cm`];
  y = doc.page.height - y;
  if (doc.page.fonts[font.id] == null) doc.page.fonts[font.id] = font.ref();
  if (options.actualText !== undefined) out.push(`/Span <</ActualText ${utf16Hex(options.actualText)} >> BDC`);
  out.push('BT', `1 0 0 1 ${number(x)} ${number(y)} Tm`, `/${font.id} ${number(size)} Tf`);
  if (characterSpacing) out.push(`${number(characterSpacing)} Tc`);

  const g: Glyphs = { codes: [], xAdvance: [], advanceWidth: [], xOffset: [], yOffset: [] };
  if (wordSpacing) {
    const space = cachedRun(font, ' ', ' ', undefined).xAdvance.reduce((w, a) => w + a, 0);
    wordSpacing = (wordSpacing + (space * size) / 1000 + characterSpacing) * (1000 / size);
    for (const word of text.trim().split(/\s+/)) {
      encode(font, shape(font, word, options.features), g);
      g.xAdvance[g.xAdvance.length - 1] += wordSpacing;
    }
  } else {
    encode(font, shape(font, text, options.features), g);
  }
  const { codes, xAdvance, advanceWidth, xOffset, yOffset } = g;

  const scale = size / 1000;
  const commands: string[] = [];
  let last = 0;
  let hadOffset = false;
  const addSegment = (cur: number): void => {
    if (last < cur) {
      const advance = xAdvance[cur - 1]! - advanceWidth[cur - 1]!;
      commands.push(`<${codes.slice(last, cur).join('')}> ${number(-advance)}`);
    }
    last = cur;
  };
  const flush = (i: number): void => {
    addSegment(i);
    if (commands.length > 0) {
      out.push(`[${commands.join(' ')}] TJ`);
      commands.length = 0;
    }
  };
  let i = 0;
  for (; i < codes.length; i++) {
    if (xOffset[i] || yOffset[i]) {
      flush(i);
      out.push(`1 0 0 1 ${number(x + xOffset[i]! * scale)} ${number(y + yOffset[i]! * scale)} Tm`);
      flush(i + 1);
      hadOffset = true;
    } else {
      if (hadOffset) {
        out.push(`1 0 0 1 ${number(x)} ${number(y)} Tm`);
        hadOffset = false;
      }
      if (xAdvance[i]! - advanceWidth[i]! !== 0) addSegment(i + 1);
    }
    x += xAdvance[i]! * scale;
  }
  flush(i);
  out.push('ET');
  if (options.actualText !== undefined) out.push('EMC');
  out.push('Q');
  pdf.addContent(out.join('\n'));
}
