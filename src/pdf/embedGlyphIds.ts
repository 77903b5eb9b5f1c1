// pdfkit's EmbeddedFont → the same font embedded with glyph ids as character ids (CID = GID): a glyph's code depends on the font alone, not on the order a document first used its glyphs, so equal pages of different documents are equal bytes.
import { digest } from '../digest.js';
import { deflateSync } from 'node:zlib';
import { cidsAsGlyphIds, markDeflated, type PdfRef } from './pdfkitInternals.js';
import { memo, memoTable } from '../world/memo.js';

interface Glyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}

interface FontSubset {
  glyphs: number[];
  includeGlyph(id: number): number;
  encode(): Uint8Array;
  /** set on fontkit's CFF subsets only */
  cff?: unknown;
}

/** The parts of a fontkit font embedding reads. */
interface EmbeddableFont {
  numGlyphs: number;
  createSubset(): FontSubset;
  getGlyph(id: number): Glyph;
  postscriptName?: string;
  'OS/2'?: { sFamilyClass?: number };
  post: { isFixedPitch?: number | boolean };
  head: { macStyle: { italic?: boolean } };
  bbox: { minX: number; minY: number; maxX: number; maxY: number };
  italicAngle: number;
  capHeight?: number;
  xHeight?: number;
  ascent: number;
}

/** The parts of pdfkit's EmbeddedFont this replaces and reads. */
export interface GlyphIdFont {
  id: string;
  font: EmbeddableFont;
  scale: number;
  subset: FontSubset;
  /** Advance width (1000-unit scale) by glyph id, for the glyphs used. */
  glyphWidths: Map<number, number>;
  /** Code points by glyph id, for the glyphs used (the ToUnicode map). */
  glyphText: Map<number, number[]>;
  /** 1 for each glyph id the document used: a painted page looks its glyphs up once each. */
  used: Uint8Array;
  ascender: number;
  descender: number;
  document: { ref(data?: unknown): PdfRef };
  dictionary: PdfRef;
  layout(text: string, features?: unknown): { glyphs: Glyph[]; positions: unknown[] };
  encode(text: string, features?: unknown): [string[], unknown[]];
  embed(): void;
}

/** A 16-bit value as 4 hex digits. */
const hex4 = (unit: number): string => `000${unit.toString(16)}`.slice(-4);

/** A glyph id as the 4 hex digits of a two-byte code (Identity-H). */
const codes: string[] = [];
export const glyphCode = (id: number): string => (codes[id] ??= hex4(id));

/** Records that the document uses glyph `id` (in its subset, the widths and the ToUnicode map) and returns its code. */
export function useGlyph(font: GlyphIdFont, id: number, width: number, codePoints: number[]): string {
  if (font.used[id] !== 1) {
    font.used[id] = 1;
    font.subset.includeGlyph(id);
    font.glyphWidths.set(id, width);
    font.glyphText.set(id, codePoints);
  }
  return glyphCode(id);
}

/** A subset program, compressed, and for TrueType its CIDToGIDMap (compressed): the same for every document that uses the same glyphs. */
interface EmbeddedProgram {
  program: Buffer;
  /** TrueType: the program's length before compression (the stream's Length1). */
  length1?: number;
  cidToGidMap?: Buffer;
}
/**
 * Recent subset programs, by parsed font and glyph ids: the two editions of a job use the same glyphs, and so do many
 * regions of a material in a row; a program is tens of kilobytes, so only the recent ones are kept (about 32 per font).
 */
const PROGRAMS_KEPT = 256;

/**
 * The subset with the glyphs in id order. A CFF subset's charset gives each glyph its id as CID; a TrueType subset gets a
 * CIDToGIDMap from ids to its own glyph order (composite glyphs add their components at the end).
 */
function subsetProgram(font: EmbeddableFont, ids: readonly number[]): EmbeddedProgram {
  const subset = font.createSubset();
  for (const id of ids) subset.includeGlyph(id);
  const last = ids[ids.length - 1];
  if (last === undefined) throw new Error('a font subset has no glyphs, not even .notdef');
  if (subset.cff) {
    cidsAsGlyphIds(subset, ids);
    return { program: deflateSync(subset.encode()) };
  }
  const encoded = subset.encode();
  const map = Buffer.alloc(2 * (last + 1));
  subset.glyphs.forEach((id, index) => {
    if (id <= last) map.writeUInt16BE(index, 2 * id);
  });
  return { program: deflateSync(encoded), length1: encoded.length, cidToGidMap: deflateSync(map) };
}

/** The W array: runs of consecutive ids, each with its widths. */
function widthArray(ids: readonly number[], widths: ReadonlyMap<number, number>): unknown[] {
  const w: unknown[] = [];
  let run: number[] = [];
  for (let i = 0; i < ids.length; i++) {
    // biome-ignore lint/style/noNonNullAssertion: 0 < i < ids.length
    if (i === 0 || ids[i] !== ids[i - 1]! + 1) w.push(ids[i], (run = []));
    // biome-ignore lint/style/noNonNullAssertion: i < ids.length, and useGlyph sets a width for every glyph it adds to the subset (glyph 0 too)
    run.push(widths.get(ids[i]!)!);
  }
  return w;
}

function utf16(codePoints: readonly number[]): string {
  let hex = '';
  for (let cp of codePoints) {
    if (cp > 0xffff) {
      cp -= 0x10000;
      hex += hex4(0xd800 | ((cp >>> 10) & 0x3ff));
      cp = 0xdc00 | (cp & 0x3ff);
    }
    hex += hex4(cp);
  }
  return hex;
}

/** The ToUnicode CMap: a bfchar entry per glyph id that has code points (at most 100 per section, as the CMap format allows). */
function toUnicodeText(ids: readonly number[], unicode: ReadonlyMap<number, number[]>): string {
  const entries: string[] = [];
  for (const id of ids) {
    const codePoints = unicode.get(id);
    if (codePoints?.length) entries.push(`<${hex4(id)}> <${utf16(codePoints)}>`);
  }
  const sections: string[] = [];
  for (let i = 0; i < entries.length; i += 100) {
    const part = entries.slice(i, i + 100);
    sections.push(`${part.length} beginbfchar\n${part.join('\n')}\nendbfchar`);
  }
  return `/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
/CIDSystemInfo <<
  /Registry (Adobe)
  /Ordering (UCS)
  /Supplement 0
>> def
/CMapName /Adobe-Identity-UCS def
/CMapType 2 def
1 begincodespacerange
<0000><ffff>
endcodespacerange
${sections.join('\n')}
endcmap
CMapName currentdict /CMap defineresource pop
end
end`;
}

/** Recent compressed ToUnicode CMaps by the sha1 of their text: documents that use the same glyphs mostly share it. */
const compressedCmaps = memoTable<Buffer>('pdf.toUnicodeCmap', 256);
function compressedCmap(text: string): Buffer {
  return compressedCmaps.get(digest('sha1', text, 'base64'), () => deflateSync(Buffer.from(text, 'latin1')));
}

function stream(font: GlyphIdFont, data: Record<string, unknown>, deflated: Buffer): PdfRef {
  const ref = font.document.ref(data);
  markDeflated(ref);
  ref.end(deflated);
  return ref;
}

/** pdfkit's embed(), with the glyph ids as CIDs, the subset named `tag`+PostScript name, and the subset programs reused across documents. */
function embed(this: GlyphIdFont, tag: string): void {
  const font = this.font;
  const ids = [...this.subset.glyphs].sort((a, b) => a - b);
  const program = memo('pdf.subsetProgram', [font, ids.join(',')], () => subsetProgram(font, ids), PROGRAMS_KEPT);
  const { cidToGidMap } = program;
  const isCFF = cidToGidMap === undefined;
  const fontFile = stream(this, isCFF ? { Subtype: 'CIDFontType0C' } : { Length1: program.length1 }, program.program);

  const familyClass = (font['OS/2']?.sFamilyClass ?? 0) >> 8;
  let flags = 1 << 2; // symbolic: glyphs outside the standard Latin set
  if (font.post.isFixedPitch) flags |= 1 << 0;
  if (familyClass >= 1 && familyClass <= 7) flags |= 1 << 1;
  if (familyClass === 10) flags |= 1 << 3;
  if (font.head.macStyle.italic) flags |= 1 << 6;
  const name = `${tag}+${(font.postscriptName ?? 'Font').replaceAll(' ', '_')}`;
  const { bbox } = font;
  const descriptor = this.document.ref({
    Type: 'FontDescriptor',
    FontName: name,
    Flags: flags,
    FontBBox: [bbox.minX * this.scale, bbox.minY * this.scale, bbox.maxX * this.scale, bbox.maxY * this.scale],
    ItalicAngle: font.italicAngle,
    Ascent: this.ascender,
    Descent: this.descender,
    CapHeight: (font.capHeight || font.ascent) * this.scale,
    XHeight: (font.xHeight || 0) * this.scale,
    StemV: 0,
    [isCFF ? 'FontFile3' : 'FontFile2']: fontFile,
  });
  descriptor.end();
  const descendant = this.document.ref({
    Type: 'Font',
    Subtype: isCFF ? 'CIDFontType0' : 'CIDFontType2',
    BaseFont: name,
    CIDSystemInfo: { Registry: new String('Adobe'), Ordering: new String('Identity'), Supplement: 0 },
    FontDescriptor: descriptor,
    W: widthArray(ids, this.glyphWidths),
    ...(isCFF ? {} : { CIDToGIDMap: stream(this, {}, cidToGidMap) }),
  });
  descendant.end();
  this.dictionary.data = {
    Type: 'Font',
    Subtype: 'Type0',
    BaseFont: name,
    Encoding: 'Identity-H',
    DescendantFonts: [descendant],
    ToUnicode: stream(this, {}, compressedCmap(toUnicodeText(ids, this.glyphText))),
  };
  this.dictionary.end();
}

/**
 * Makes a freshly opened pdfkit font write glyph ids as codes (its encode, which pdfkit's own text() uses, and useGlyph)
 * and embed itself with them: the subset named `tag`+PostScript name.
 */
export function embedWithGlyphIds(embedded: GlyphIdFont, tag: string): void {
  embedded.used = new Uint8Array(embedded.font.numGlyphs);
  embedded.glyphWidths = new Map();
  const glyphText = (embedded.glyphText = new Map());
  // svg-to-pdfkit reads a code's text from pdfkit's `unicode` array, indexed by the code: now the glyph id
  (embedded as unknown as { unicode: unknown }).unicode = new Proxy({}, { get: (_, code) => (typeof code === 'string' ? glyphText.get(Number(code)) : undefined) });
  useGlyph(embedded, 0, embedded.font.getGlyph(0).advanceWidth * embedded.scale, []);
  embedded.encode = function (this: GlyphIdFont, text: string, features?: unknown): [string[], unknown[]] {
    const { glyphs, positions } = this.layout(text, features);
    return [glyphs.map((g) => useGlyph(this, g.id, g.advanceWidth * this.scale, g.codePoints)), positions];
  };
  embedded.embed = function (this: GlyphIdFont) {
    embed.call(this, tag);
  };
}
