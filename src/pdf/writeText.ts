// One line of laid-out text (font, size and colour already set on the document) → one text object in the content stream, with the TJ arrays pdfkit's text() writes for it (same glyphs and adjustments), without its measuring.
import { glyphCode, useGlyph, type GlyphIdFont } from './embedGlyphIds.js';
import { currentFont, currentFontSize, pageFonts, type Pdf } from './pdfkitInternals.js';
import { memoKey, memoTable } from '../world/memo.js';

/** A shaped run in pdfkit's 1000-unit scale (what its EmbeddedFont caches per word). */
interface ShapedRun {
  glyphs: { id: number; advanceWidth: number; codePoints: number[] }[];
  positions: { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number; advanceWidth: number }[];
}

/** The parts of pdfkit's EmbeddedFont used here (embedWithGlyphIds installed). */
interface EmbeddedFont extends GlyphIdFont {
  layoutRun(text: string, features?: unknown): ShapedRun;
  ref(): unknown;
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
  /** The text state already has this font at this size (the caller keeps track): no `Tf`. */
  fontIsSet?: boolean;
  /**
   * The line breaks at a space after this text: a space glyph is written after the last glyph, then moved back over, so
   * extraction and the tags read the space (no "verlatenzonder") while the text takes no more room than it was laid out in.
   * Left-to-right text without features only (a right-to-left run's end is at its left).
   */
  trailingSpace?: boolean;
}

/** Hebrew and Arabic letters: a run with features and these is shaped right to left, its glyphs in visual order. */
const RIGHT_TO_LEFT = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;

/** pdfkit's number format in content streams. */
const number = (n: number): number => Math.round(n * 1e6) / 1e6;

/** A PDF text string as a hex string: UTF-16BE with its byte order mark (JavaScript strings are UTF-16 already). */
function utf16Hex(text: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += `000${text.charCodeAt(i).toString(16).toUpperCase()}`.slice(-4);
  return `<${hex}>`;
}

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
    // biome-ignore lint/style/noNonNullAssertion: i < run.glyphs.length
    const glyph = run.glyphs[i]!;
    // biome-ignore lint/style/noNonNullAssertion: fontkit shapes a position for every glyph of a run
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
 * Shaped runs by parsed font and key (a word, or features and text), for every document of the process: pdfkit shapes
 * a font's words once per document; the result depends on the font and text alone. Only the flat numbers are kept.
 */
const flatRuns = memoTable<FlatRun>('pdf.flatRun', 100_000);

/** A font's words, shaped: the key prefix of its runs is worked out once per text object, not per word. */
class RunSource {
  private readonly prefix: string;
  constructor(private readonly font: EmbeddedFont) {
    this.prefix = memoKey([font.font]);
  }

  run(key: string, text: string, features: string[] | undefined): FlatRun {
    // layoutRun is what pdfkit's layoutCached calls for a word, and its only path for text with features
    return flatRuns.get(this.prefix + key, () => flatten(this.font.layoutRun(text, features)));
  }

  /** The runs pdfkit would shape `text` into: one run with features; else one per word, each keeping its trailing space or tab. */
  shape(text: string, features: string[] | undefined): FlatRun[] {
    if (features) return [this.run(`\0${features.join(',')}\0${text}`, text, features)]; // XML text holds no NUL: never a word
    const runs: FlatRun[] = [];
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9) {
        const word = text.slice(start, i + 1);
        runs.push(this.run(word, word, undefined));
        start = i + 1;
      }
    }
    if (start < text.length) {
      const word = text.slice(start);
      runs.push(this.run(word, word, undefined));
    }
    return runs;
  }
}

/**
 * Writes the TJ operators of a text object glyph by glyph, as pdfkit's text() does: a string segment ends where a
 * glyph's advance differs from its width (kerning, spacing), and a glyph with an offset gets its own Tm and TJ.
 * Each glyph is held back until the next one arrives, so word spacing can still be added to the last glyph of a word.
 */
class TextEmitter {
  /** The codes of the segment being written, joined once when it ends (appending to a string made a rope node per glyph). */
  private readonly segment: string[] = [];
  private segmentDiff = 0;
  private readonly commands: string[] = [];
  private hadOffset = false;
  /** The glyph held back: its run and index (its numbers are read from the run's arrays, never copied), code and extra advance. */
  private run: FlatRun | undefined;
  private index = 0;
  private code = '';
  private extra = 0;

  constructor(
    private readonly out: string[],
    private x: number,
    private readonly y: number,
    private readonly scale: number,
  ) {}

  /** Adds the next glyph: glyph `index` of a shaped run, with its code (4 hex digits). */
  glyph(run: FlatRun, index: number, code: string): void {
    if (this.run) this.emit();
    this.run = run;
    this.index = index;
    this.code = code;
    this.extra = 0;
  }

  /** Word spacing: more advance after the last glyph so far (none yet: nothing, as pdfkit). */
  addToLastAdvance(extra: number): void {
    if (this.run) this.extra += extra;
  }

  finish(): void {
    if (this.run) this.emit();
    this.run = undefined;
    this.flush();
  }

  private endSegment(): void {
    if (this.segment.length > 0) this.commands.push(`<${this.segment.join('')}> ${number(-this.segmentDiff)}`);
    this.segment.length = 0;
  }

  private flush(): void {
    this.endSegment();
    if (this.commands.length > 0) {
      this.out.push(`[${this.commands.join(' ')}] TJ`);
      this.commands.length = 0;
    }
  }

  private emit(): void {
    // biome-ignore lint/style/noNonNullAssertion: emit is only called when a glyph is held back (`if (this.run)`)
    const run = this.run!;
    // the index comes from glyph(), a glyph of this run: flatten gives each of its arrays one entry per glyph
    const i = this.index;
    // biome-ignore lint/style/noNonNullAssertion: i is a glyph index of run (see above)
    const xAdvance = run.xAdvance[i]! + this.extra;
    // biome-ignore lint/style/noNonNullAssertion: i is a glyph index of run
    const diff = xAdvance - run.advanceWidth[i]!;
    // biome-ignore lint/style/noNonNullAssertion: i is a glyph index of run
    const xOffset = run.xOffset[i]!;
    // biome-ignore lint/style/noNonNullAssertion: i is a glyph index of run
    const yOffset = run.yOffset[i]!;
    if (xOffset || yOffset) {
      this.flush();
      // y grows downwards on our pages: an offset up is a smaller y
      this.out.push(`1 0 0 -1 ${number(this.x + xOffset * this.scale)} ${number(this.y - yOffset * this.scale)} Tm`);
      this.segment.push(this.code);
      this.segmentDiff = diff;
      this.flush();
      this.hadOffset = true;
    } else {
      if (this.hadOffset) {
        this.out.push(`1 0 0 -1 ${number(this.x)} ${number(this.y)} Tm`);
        this.hadOffset = false;
      }
      this.segment.push(this.code);
      this.segmentDiff = diff;
      if (diff !== 0) this.endSegment();
    }
    this.x += xAdvance * this.scale;
  }
}

/**
 * Draws `text` with its alphabetic baseline at (x, y) in the current font, size and fill colour, as one text object:
 * `BT`, a text matrix that turns the glyphs upright on our y-down pages, the font, the TJ arrays pdfkit's text() would
 * write (same glyphs, same adjustments), `ET`. No save, transform and restore around it, as pdfkit writes: those were
 * a third of a text page's content, for the printer, the preflight and deflate to read. Character spacing is set back
 * to 0 afterwards (the text state outlives the text object).
 */
export function writeText(pdf: Pdf, text: string, x: number, y: number, options: TextOptions = {}): void {
  const font = currentFont<EmbeddedFont>(pdf);
  const size = currentFontSize(pdf);
  const wordSpacing = options.wordSpacing || 0;
  const characterSpacing = options.characterSpacing || 0;
  const features = options.features?.join(',') ?? '-';
  const fontIsSet = !!options.fontIsSet;
  const trailingSpace = !!options.trailingSpace;
  const same = textObjects.get(text, () => []);
  let object: TextObject | undefined;
  for (const o of same) {
    if (
      o.x === x &&
      o.y === y &&
      o.size === size &&
      o.font === font.font &&
      o.resource === font.id &&
      o.wordSpacing === wordSpacing &&
      o.characterSpacing === characterSpacing &&
      o.features === features &&
      o.fontIsSet === fontIsSet &&
      o.trailingSpace === trailingSpace &&
      o.actualText === options.actualText
    ) {
      object = o;
      break;
    }
  }
  if (!object) {
    object = {
      font: font.font,
      resource: font.id,
      size,
      x,
      y,
      wordSpacing,
      characterSpacing,
      features,
      fontIsSet,
      trailingSpace,
      actualText: options.actualText,
      ...textObject(font, size, text, x, y, options),
    };
    if (same.push(object) > SAME_TEXT_KEPT) same.shift();
  }
  if (object.content === '') return;
  const fonts = pageFonts(pdf);
  if (fonts[font.id] == null) fonts[font.id] = font.ref();
  const { ids, widths, codePoints } = object;
  // biome-ignore lint/style/noNonNullAssertion: i < ids.length, and GlyphRecorder pushes ids, widths and codePoints together
  for (let i = 0; i < ids.length; i++) useGlyph(font, ids[i]!, widths[i]!, codePoints[i]!);
  pdf.addContent(object.content);
}

/** Everything besides the text that shapes a text object. */
interface Shaping {
  /** The parsed font, and the name the page's resources give it. */
  font: object;
  resource: string;
  size: number;
  x: number;
  y: number;
  wordSpacing: number;
  characterSpacing: number;
  /** joined, or '-' for none */
  features: string;
  fontIsSet: boolean;
  trailingSpace: boolean;
  actualText: string | undefined;
}

/** A text object's content, and the glyphs it uses in the order it first uses them (for the document's subset and ToUnicode map). */
interface Glyphs {
  content: string;
  ids: number[];
  widths: number[];
  codePoints: number[][];
}

type TextObject = Shaping & Glyphs;

/**
 * Text objects by text, then by everything else that shapes them (font, size, position, spacing, features, ActualText):
 * the print and screen editions draw the same lines, and a material's regions mostly the same pages, so the TJ arrays of
 * a line are worked out once and its glyphs recorded again in each document that draws it. Looked up by the text the
 * layout made, with no key built per line; a text drawn in many places keeps its last SAME_TEXT_KEPT.
 */
const textObjects = memoTable<TextObject[]>('pdf.textObjects', 8_000);
const SAME_TEXT_KEPT = 16;

/** Records the glyphs used for the text object (in first-use order) and returns their codes to the emitter. */
class GlyphRecorder {
  readonly seen = new Set<number>();
  readonly object: Glyphs = { content: '', ids: [], widths: [], codePoints: [] };
  /**
   * `visual`: the run is right-to-left, its glyphs in visual order; a glyph for several characters (a lam-alef ligature)
   * records them in visual order too, so a reader that reverses the run to logical order gets them right as well.
   */
  constructor(
    private readonly font: EmbeddedFont,
    private readonly visual = false,
  ) {}

  encode(runs: FlatRun[], out: TextEmitter): void {
    const { seen, object, font } = this;
    for (const f of runs) {
      for (let i = 0; i < f.ids.length; i++) {
        // biome-ignore lint/style/noNonNullAssertion: i < f.ids.length
        const id = f.ids[i]!;
        if (!seen.has(id)) {
          seen.add(id);
          object.ids.push(id);
          // biome-ignore lint/style/noNonNullAssertion: i < f.ids.length, and flatten gives each array of a run one entry per glyph
          object.widths.push(f.glyphWidth[i]! * font.scale);
          // biome-ignore lint/style/noNonNullAssertion: as above, one entry per glyph
          const points = f.codePoints[i]!;
          object.codePoints.push(this.visual && points.length > 1 ? [...points].reverse() : points);
        }
        out.glyph(f, i, glyphCode(id));
      }
    }
  }
}

function textObject(font: EmbeddedFont, size: number, text: string, x: number, y: number, options: TextOptions): Glyphs {
  const characterSpacing = options.characterSpacing || 0;
  let wordSpacing = options.wordSpacing || 0;
  if (wordSpacing) text = text.replace(/\s{2,}/g, ' ');
  text = text.replace(/\n/g, '');
  const recorder = new GlyphRecorder(font, options.features !== undefined && RIGHT_TO_LEFT.test(text));
  if (text.length === 0) return recorder.object;
  // one write per text item: pdfkit converts every written string to bytes, so many small writes cost more than the text itself
  const out: string[] = [];
  if (options.actualText !== undefined) out.push(`/Span <</ActualText ${utf16Hex(options.actualText)} >> BDC`);
  out.push('BT', `1 0 0 -1 ${number(x)} ${number(y)} Tm`);
  if (!options.fontIsSet) out.push(`/${font.id} ${number(size)} Tf`);
  if (characterSpacing) out.push(`${number(characterSpacing)} Tc`);

  const emitter = new TextEmitter(out, x, y, size / 1000);
  const runs = new RunSource(font);
  if (wordSpacing) {
    const space = runs.run(' ', ' ', undefined).xAdvance.reduce((w, a) => w + a, 0);
    wordSpacing = (wordSpacing + (space * size) / 1000 + characterSpacing) * (1000 / size);
    // a narrow no-break space (French « » ? !) stays inside its word: narrow, and not stretched
    for (const word of text.trim().split(/[^\S\u202F]+/)) {
      recorder.encode(runs.shape(word, options.features), emitter);
      emitter.addToLastAdvance(wordSpacing);
    }
  } else {
    recorder.encode(runs.shape(text, options.features), emitter);
  }
  if (options.trailingSpace && options.features === undefined && !/\s$/.test(text)) {
    const space = runs.run(' ', ' ', undefined);
    recorder.encode([space], emitter);
    // back over the space's advance and its character spacing (Tc applies to it too): the text ends where it was laid out
    emitter.addToLastAdvance(-space.xAdvance.reduce((w, a) => w + a, 0) - characterSpacing * (1000 / size));
  }
  emitter.finish();
  if (characterSpacing) out.push('0 Tc');
  out.push('ET');
  if (options.actualText !== undefined) out.push('EMC');
  recorder.object.content = out.join('\n');
  return recorder.object;
}
