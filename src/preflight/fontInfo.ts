// A font dictionary → what text measuring needs: code length, glyph widths, and text through its ToUnicode map.
import { memoTable } from '../world/memo.js';
import type { FileBudget } from './limits.js';
import type { FileReading, FontInfo } from './types.js';
import { PDFArray, PDFNumber, PDFRawStream, PDFStream, type PDFDict } from './pdfLib.js';
import { asDict, get, getArray, getDict, getName, getNumber, item, numbers, storedBytesKey, streamBytes } from './pdfObjects.js';

/** The font's info, read once per font of the file (`file.fonts`): every text run names its font. */
export function fontInfo(font: PDFDict, file: FileReading): FontInfo {
  let info = file.fonts.get(font);
  if (!info) {
    const read = readFont(font, file.budget);
    file.fonts.set(font, (info = { ...read, displayName: read.name.replace(/^[A-Z]{6}\+/, '') }));
  }
  return info;
}

function readFont(font: PDFDict, budget: FileBudget): Omit<FontInfo, 'displayName'> {
  const subtype = getName(font, 'Subtype');
  const name = getName(font, 'BaseFont') ?? getName(font, 'Name') ?? '(unnamed)';
  const unicode = readToUnicode(get(font, 'ToUnicode'), budget);
  if (subtype === 'Type0') {
    const descendant = firstDescendant(font);
    const dw = getNumber(descendant, 'DW') ?? 1000;
    const { size, table } = cidWidthTable(getArray(descendant, 'W'), dw);
    // biome-ignore lint/style/noNonNullAssertion: a code is a whole number from 0, so c < size is inside the table
    return { name, bytesPerCode: 2, width: (c) => (c < size ? table[c]! : dw), toUnicode: (c) => unicode.get(c) };
  }
  const first = getNumber(font, 'FirstChar') ?? 0;
  const scale = subtype === 'Type3' ? (numbers(getArray(font, 'FontMatrix'))[0] || 0.001) * 1000 : 1;
  const widths = numbers(getArray(font, 'Widths')).map((w) => w * scale);
  const missing = getNumber(getDict(font, 'FontDescriptor'), 'MissingWidth');
  // Without widths (the standard 14 as written by most tools) half an em is a fair average.
  const fallback = missing ?? (widths.length ? 0 : 500);
  return {
    name,
    bytesPerCode: 1,
    width: (c) => widths[c - first] ?? fallback,
    toUnicode: (c) => unicode.get(c) ?? (unicode.size === 0 && c >= 32 ? String.fromCharCode(c) : undefined),
  };
}

function firstDescendant(font: PDFDict): PDFDict | undefined {
  const arr = getArray(font, 'DescendantFonts');
  return arr && arr.size() > 0 ? asDict(item(arr, 0)) : undefined;
}

/** CIDs are two-byte codes. */
const CIDS = 65_536;
/** Widths written at most: every CID twice over. A W whose runs overlap beyond that is hostile, and read no further. */
const MAX_WIDTH_WRITES = 2 * CIDS;

/** A run of a W array: `count` CIDs from `first`, the k-th of width `width(k)`. */
type WidthRun = (first: number, count: number, width: (k: number) => number) => void;

/** `W [c [w1 w2 …] cFirst cLast w …]`, run by run, read in place: a W of glyph ids is hundreds of short runs. */
function eachRun(w: PDFArray | undefined, run: WidthRun): void {
  const size = w?.size() ?? 0;
  for (let i = 0; w && i < size; ) {
    const a = w.lookup(i);
    const b = w.lookup(i + 1);
    if (!(a instanceof PDFNumber)) break;
    const first = Math.floor(a.asNumber());
    if (b instanceof PDFArray) {
      run(first, b.size(), (k) => {
        const v = b.lookup(k);
        return v instanceof PDFNumber ? v.asNumber() : NaN;
      });
      i += 2;
    } else {
      const v = w.lookup(i + 2);
      if (!(b instanceof PDFNumber) || !(v instanceof PDFNumber)) break;
      const width = v.asNumber();
      run(first, Math.min(Math.floor(b.asNumber()) - first + 1, CIDS), () => width);
      i += 3;
    }
  }
}

/**
 * A two-byte code indexes a dense table, as long as the highest CID W names, DW where it names none: the width of every
 * glyph of every text run is read through it.
 */
function cidWidthTable(w: PDFArray | undefined, dw: number): { size: number; table: Float64Array } {
  let size = 0;
  eachRun(w, (first, count) => {
    const last = Math.min(first + count - 1, CIDS - 1);
    if (count > 0 && last >= 0 && last >= first) size = Math.max(size, last + 1);
  });
  const table = new Float64Array(size).fill(dw);
  let writes = 0;
  eachRun(w, (first, count, width) => {
    const end = Math.min(count, size - first);
    for (let k = Math.max(0, -first); k < end && writes < MAX_WIDTH_WRITES; k++, writes++) table[first + k] = width(k);
  });
  return { size, table };
}

/** ToUnicode CMaps by their stored bytes (and filter): documents that use the same glyphs carry the same CMap. */
const toUnicodeMemo = memoTable<ReadonlyMap<number, string>>('preflight.toUnicode', 64);

/** The bfchar and bfrange sections of a ToUnicode CMap → code → text. */
function readToUnicode(stream: unknown, budget: FileBudget): ReadonlyMap<number, string> {
  if (!(stream instanceof PDFStream)) return new Map();
  if (!(stream instanceof PDFRawStream)) return parseToUnicode(stream, budget);
  return toUnicodeMemo.get(storedBytesKey([stream]), () => parseToUnicode(stream, budget));
}

function parseToUnicode(stream: PDFStream, budget: FileBudget): Map<number, string> {
  const map = new Map<number, string>();
  let text: string;
  try {
    text = Buffer.from(streamBytes(stream, budget)).toString('latin1');
  } catch {
    return map;
  }
  const utf16 = (hex: string) => {
    const units: number[] = [];
    for (let i = 0; i + 4 <= hex.length; i += 4) units.push(parseInt(hex.slice(i, i + 4), 16));
    if (hex.length === 2) units.push(parseInt(hex, 16));
    return String.fromCharCode(...units);
  };
  // the regular expressions' groups always match (`= ''` only tells the compiler)
  for (const [, body = ''] of text.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, src = '', dst = ''] of body.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]*)>/g)) map.set(parseInt(src, 16), utf16(dst));
  }
  for (const [, body = ''] of text.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, lo = '', hi = '', dst, list] of body.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(?:<([0-9a-fA-F]*)>|\[([^\]]*)\])/g)) {
      const from = parseInt(lo, 16);
      const to = Math.min(parseInt(hi, 16), from + 65535);
      if (list !== undefined) {
        [...list.matchAll(/<([0-9a-fA-F]*)>/g)].forEach(([, hex = ''], k) => map.set(from + k, utf16(hex)));
      } else {
        const base = utf16(dst ?? '');
        for (let c = from; c <= to; c++) {
          map.set(c, base.slice(0, -1) + String.fromCharCode(base.charCodeAt(base.length - 1) + (c - from)));
        }
      }
    }
  }
  return map;
}
