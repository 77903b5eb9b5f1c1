// A font dictionary → what text measuring needs: code length, glyph widths, and text through its ToUnicode map.
import { PDFArray, PDFNumber, PDFRawStream, PDFStream, type PDFDict } from './pdfLib.js';
import { recentValues } from '../world/recentValues.js';
import { asDict, get, getArray, getDict, getName, getNumber, item, numbers, storedBytesKey, streamBytes } from './pdfObjects.js';

export interface FontInfo {
  name: string;
  /** The name without the subset tag (`ABCDEF+`), as a reader would name the font. */
  displayName: string;
  /** Type0 fonts use 2-byte codes (Identity-H and most CMaps); simple fonts 1 byte. */
  bytesPerCode: 1 | 2;
  /** Advance of a code in thousandths of the font size. */
  width(code: number): number;
  /** Unicode text of a code, or undefined when the font does not say. */
  toUnicode(code: number): string | undefined;
}

const cache = new WeakMap<PDFDict, FontInfo>();

export function fontInfo(font: PDFDict): FontInfo {
  let info = cache.get(font);
  if (!info) {
    const read = readFont(font);
    cache.set(font, (info = { ...read, displayName: read.name.replace(/^[A-Z]{6}\+/, '') }));
  }
  return info;
}

function readFont(font: PDFDict): Omit<FontInfo, 'displayName'> {
  const subtype = getName(font, 'Subtype');
  const name = getName(font, 'BaseFont') ?? getName(font, 'Name') ?? '(unnamed)';
  const unicode = readToUnicode(get(font, 'ToUnicode'));
  if (subtype === 'Type0') {
    const descendant = firstDescendant(font);
    const widths = cidWidths(getArray(descendant, 'W'));
    const dw = getNumber(descendant, 'DW') ?? 1000;
    // a two-byte code indexes a dense table: the width of every glyph of every text run is read through it
    let size = 0;
    for (let i = 0; i < widths.length; i += 2) if (widths[i]! >= size && widths[i]! < 65536) size = widths[i]! + 1;
    const table = new Float64Array(size).fill(dw);
    for (let i = 0; i < widths.length; i += 2) if (widths[i]! >= 0 && widths[i]! < size) table[widths[i]!] = widths[i + 1]!;
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

/** `W [c [w1 w2 …] cFirst cLast w …]` → flat (CID, width) pairs, read in place: a W of glyph ids is hundreds of short runs. */
function cidWidths(w: PDFArray | undefined): number[] {
  const out: number[] = [];
  const size = w?.size() ?? 0;
  for (let i = 0; i < size; ) {
    const a = w!.lookup(i);
    const b = w!.lookup(i + 1);
    if (!(a instanceof PDFNumber)) break;
    const first = a.asNumber();
    if (b instanceof PDFArray) {
      for (let k = 0; k < b.size(); k++) {
        const v = b.lookup(k);
        out.push(first + k, v instanceof PDFNumber ? v.asNumber() : NaN);
      }
      i += 2;
    } else {
      const last = b;
      const v = w!.lookup(i + 2);
      if (!(last instanceof PDFNumber) || !(v instanceof PDFNumber)) break;
      for (let c = first; c <= last.asNumber() && c - first < 65536; c++) out.push(c, v.asNumber());
      i += 3;
    }
  }
  return out;
}

/** The bfchar and bfrange sections of a ToUnicode CMap → code → text. */
function readToUnicode(stream: unknown): ReadonlyMap<number, string> {
  if (!(stream instanceof PDFStream)) return new Map();
  if (!(stream instanceof PDFRawStream)) return parseToUnicode(stream);
  // documents that use the same glyphs carry the same CMap: parsed once per stored bytes (and filter)
  return recentMaps.remember(storedBytesKey([stream]), () => parseToUnicode(stream));
}

const recentMaps = recentValues<ReadonlyMap<number, string>>(64);

function parseToUnicode(stream: PDFStream): Map<number, string> {
  const map = new Map<number, string>();
  let text: string;
  try {
    text = Buffer.from(streamBytes(stream)).toString('latin1');
  } catch {
    return map;
  }
  const utf16 = (hex: string) => {
    const units: number[] = [];
    for (let i = 0; i + 4 <= hex.length; i += 4) units.push(parseInt(hex.slice(i, i + 4), 16));
    if (hex.length === 2) units.push(parseInt(hex, 16));
    return String.fromCharCode(...units);
  };
  for (const [, body] of text.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, src, dst] of body.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]*)>/g)) map.set(parseInt(src, 16), utf16(dst));
  }
  for (const [, body] of text.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, lo, hi, dst, list] of body.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(?:<([0-9a-fA-F]*)>|\[([^\]]*)\])/g)) {
      const from = parseInt(lo, 16);
      const to = Math.min(parseInt(hi, 16), from + 65535);
      if (list !== undefined) {
        [...list.matchAll(/<([0-9a-fA-F]*)>/g)].forEach((m, k) => map.set(from + k, utf16(m[1])));
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
