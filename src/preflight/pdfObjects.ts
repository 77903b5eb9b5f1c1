// pdf-lib objects → plain values: resolved dictionary entries, numbers, names, text, and decoded stream bytes.
import { createHash } from 'node:crypto';
import { constants, inflateSync } from 'node:zlib';
import { PDFArray, PDFBool, PDFDict, PDFHexString, PDFName, PDFNumber, PDFRawStream, PDFRef, PDFStream, PDFString, type PDFObject } from './pdfLib.js';
import { decodeBounded } from './pdfLibPatches.js';
import { LIMIT_MESSAGES, LIMITS, LimitExceeded, type FileBudget } from './limits.js';

/** A dictionary entry with references resolved. */
export function get(dict: PDFDict | undefined, key: string): PDFObject | undefined {
  if (!dict) return undefined;
  // PDFName.of is pooled (pdfLibPatches.ts): one lookup per key
  const value = dict.get(PDFName.of(key));
  return value instanceof PDFRef ? dict.context.lookup(value) : value;
}

/** The dictionary of a dictionary or a stream. */
export function asDict(o: PDFObject | undefined): PDFDict | undefined {
  if (o instanceof PDFDict) return o;
  if (o instanceof PDFStream) return o.dict;
  return undefined;
}

export const getDict = (d: PDFDict | undefined, key: string) => asDict(get(d, key));

export function getArray(d: PDFDict | undefined, key: string): PDFArray | undefined {
  const v = get(d, key);
  return v instanceof PDFArray ? v : undefined;
}

export function getNumber(d: PDFDict | undefined, key: string): number | undefined {
  const v = get(d, key);
  return v instanceof PDFNumber ? v.asNumber() : undefined;
}

export function getName(d: PDFDict | undefined, key: string): string | undefined {
  const v = get(d, key);
  return v instanceof PDFName ? v.decodeText() : undefined;
}

export function getBool(d: PDFDict | undefined, key: string): boolean | undefined {
  const v = get(d, key);
  return v instanceof PDFBool ? v.asBoolean() : undefined;
}

/** Text of a string, hex string or name. */
export function textOf(o: PDFObject | undefined): string | undefined {
  if (o instanceof PDFString || o instanceof PDFHexString) return o.decodeText();
  if (o instanceof PDFName) return o.decodeText();
  return undefined;
}

/** Element i of an array, resolved. */
export function item(arr: PDFArray, i: number): PDFObject | undefined {
  return arr.lookup(i);
}

export function items(arr: PDFArray | undefined): PDFObject[] {
  if (!arr) return [];
  const out: PDFObject[] = [];
  for (let i = 0; i < arr.size(); i++) {
    const v = item(arr, i);
    if (v) out.push(v);
  }
  return out;
}

export function numbers(arr: PDFArray | undefined): number[] {
  return items(arr).map((v) => (v instanceof PDFNumber ? v.asNumber() : NaN));
}

/** The entries of a dictionary, keys as strings and values resolved. */
export function entries(d: PDFDict | undefined): [string, PDFObject][] {
  if (!d) return [];
  return d.entries().map(([k, v]) => [k.decodeText(), v instanceof PDFRef ? (d.context.lookup(v) ?? v) : v]);
}

const tooLarge = () => new LimitExceeded(LIMIT_MESSAGES.streamBytes());

/** zlib's inflate, refused past the stream limit instead of growing without end. */
function inflate(bytes: Uint8Array): Uint8Array {
  try {
    return inflateSync(bytes, { finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: LIMITS.streamBytes });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge();
    throw e;
  }
}

function charged(budget: FileBudget, bytes: Uint8Array): Uint8Array {
  budget.decodedBytes(bytes.length);
  return bytes;
}

/**
 * At least the first `length` decoded bytes of a stream (all of them when it is shorter): a Flate stream is inflated
 * only as far as needed. What is decoded is charged to `budget`, the budget of the stream's file.
 */
export function streamPrefix(stream: PDFStream, length: number, budget: FileBudget): Uint8Array {
  if (stream instanceof PDFRawStream && isPlainFlate(stream)) {
    // deflate rarely packs more than 1:64; a prefix that decodes too short falls back to the whole stream
    const head = charged(budget, inflate(stream.contents.subarray(0, Math.max(1024, length))));
    if (head.length >= length) return head;
  }
  return streamBytes(stream, budget);
}

function filtersOf(stream: PDFRawStream): PDFObject[] {
  const filter = get(stream.dict, 'Filter');
  return filter instanceof PDFArray ? items(filter) : filter ? [filter] : [];
}

/** FlateDecode alone, without predictor parameters: zlib inflates it directly. */
function isPlainFlate(stream: PDFRawStream, filters = filtersOf(stream)): boolean {
  return filters.length === 1 && filters[0] instanceof PDFName && filters[0].decodeText() === 'FlateDecode' && !get(stream.dict, 'DecodeParms');
}

/**
 * The decoded bytes of a stream; throws when a filter cannot be decoded (DCT, JPX and the like), and LimitExceeded when
 * the stream decodes to more than LIMITS.streamBytes or, charged to `budget` (its file's), the file's streams to more
 * than LIMITS.fileDecodedBytes.
 */
export function streamBytes(stream: PDFStream, budget: FileBudget): Uint8Array {
  if (!(stream instanceof PDFRawStream)) return stream.getContents();
  const filters = filtersOf(stream);
  if (filters.length === 0) return stream.contents;
  if (isPlainFlate(stream, filters)) return charged(budget, inflate(stream.contents));
  return charged(budget, decodeBounded(stream, LIMITS.streamBytes, tooLarge));
}

/** A key for a stream's stored bytes and how they are decoded: equal keys, equal decoded bytes (in any document). */
export function storedBytesKey(streams: readonly PDFRawStream[]): string {
  const hash = createHash('sha1');
  for (const stream of streams) {
    hash.update(`${String(get(stream.dict, 'Filter'))}|${String(get(stream.dict, 'DecodeParms'))}|${stream.contents.length}|`);
    hash.update(stream.contents);
  }
  return hash.digest('base64');
}
