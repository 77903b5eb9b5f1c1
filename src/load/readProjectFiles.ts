// A project folder on disk → the texts and bytes a build needs (content, regions, templates, theme, fonts, images, ICC profiles and their descriptions), never anything outside it.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { isUtf8 } from 'node:buffer';
import path from 'node:path';
import { coded } from '../messages/coded.js';
import type { Diagnostic } from '../diagnostics.js';
import { checkImageCached } from './checkImage.js';
import type { Store } from '../world/store.js';
import { byCodeUnits } from '../vocabulary/textOrder.js';

export interface ProjectFiles {
  root: string;
  /** Text files by path relative to the root, forward slashes. */
  texts: Map<string, string>;
  /** Binary files (fonts, images, ICC profiles) by relative path. */
  binaries: Map<string, Buffer>;
  /** Images found but refused (unreadable, too large, not an image), with why: content that names one is told so at its field. */
  /** Images that cannot be placed, with the problem at the image itself: reported where a region names them, else at the file (parseProject). */
  rejected?: Map<string, Diagnostic>;
  /** Text files found but not read (too large, not UTF-8, unreadable), already reported: what refers to one is not told it is missing. */
  unread?: Set<string>;
}

const MB = 1024 * 1024;

/** Files larger than this are refused before they are read or parsed. */
export const SIZE_LIMITS = {
  text: { bytes: 1 * MB, what: 'content, regions and templates' },
  font: { bytes: 20 * MB, what: 'fonts' },
  image: { bytes: 20 * MB, what: 'images' },
  icc: { bytes: 20 * MB, what: 'ICC profiles' },
} as const;
type Kind = keyof typeof SIZE_LIMITS;

const TEXT_FOLDERS: { dir: string; ext: RegExp; kind: Kind }[] = [
  { dir: 'content', ext: /\.ya?ml$/, kind: 'text' },
  { dir: 'templates', ext: /\.(hbs|ya?ml)$/, kind: 'text' },
  // the output intent description next to each profile: icc/<name>.yaml
  { dir: 'icc', ext: /\.ya?ml$/, kind: 'text' },
];
const BINARY_FOLDERS: { dir: string; ext: RegExp; kind: Kind }[] = [
  { dir: 'fonts', ext: /\.(otf|ttf)$/i, kind: 'font' },
  { dir: 'images', ext: /\.(png|jpe?g|tiff?|webp|svg)$/i, kind: 'image' },
  { dir: 'icc', ext: /\.icc$/i, kind: 'icc' },
];

const toRel = (root: string, abs: string): string => path.relative(root, abs).split(path.sep).join('/');
const inside = (base: string, target: string): boolean => {
  const rel = path.relative(base, target);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
};

/** The real path of a file or folder, when it stays inside the project; a diagnostic naming the link otherwise. */
async function followLink(realRoot: string, rel: string, abs: string): Promise<{ real?: string; diagnostic?: Diagnostic }> {
  let real: string;
  try {
    real = await realpath(abs);
  } catch {
    return { diagnostic: { severity: 'warning', ...coded('file.linkToNothing', { file: rel }), file: rel } };
  }
  if (!inside(realRoot, real)) {
    return {
      diagnostic: {
        severity: 'error',
        ...coded('file.linkOutside', { file: rel }, 'file.linkOutsideHint'),
        file: rel,
      },
    };
  }
  return { real };
}

interface Listed {
  rel: string;
  /** The path to read: the file itself, or where its link points inside the project. */
  abs: string;
}

async function listFiles(root: string, realRoot: string, dir: string, ext: RegExp, diagnostics: Diagnostic[]): Promise<Listed[]> {
  let base = path.join(root, dir);
  try {
    if ((await lstat(base)).isSymbolicLink()) {
      const { real, diagnostic } = await followLink(realRoot, dir, base);
      if (diagnostic) {
        diagnostics.push(diagnostic);
        return [];
      }
      // biome-ignore lint/style/noNonNullAssertion: followLink gives real whenever it gives no diagnostic
      base = real!;
    }
  } catch {
    return [];
  }
  let entries;
  try {
    entries = await readdir(base, { withFileTypes: true, recursive: true });
  } catch {
    return [];
  }
  const out: Listed[] = [];
  for (const e of entries) {
    const parent = e.parentPath ?? (e as unknown as { path: string }).path;
    const abs = path.join(parent, e.name);
    const rel = `${dir}/${toRel(base, abs)}`;
    if (e.isFile()) {
      if (ext.test(e.name)) out.push({ rel, abs });
    } else if (!e.isDirectory() && !e.isSymbolicLink()) {
      // a pipe is never opened (reading it would wait for a writer for ever), and never left out unsaid
      if (ext.test(e.name)) diagnostics.push({ severity: 'warning', ...coded('file.notAFile', { file: rel }), file: rel });
    } else if (e.isSymbolicLink()) {
      const { real, diagnostic } = await followLink(realRoot, rel, abs);
      if (diagnostic) {
        diagnostics.push(diagnostic);
        continue;
      }
      // biome-ignore lint/style/noNonNullAssertion: followLink gives real whenever it gives no diagnostic
      const st = await stat(real!).catch(() => undefined);
      if (st?.isFile()) {
        // biome-ignore lint/style/noNonNullAssertion: as above, real is set
        if (ext.test(e.name)) out.push({ rel, abs: real! });
      } else if (st?.isDirectory()) {
        diagnostics.push({ severity: 'warning', ...coded('file.folderLink', { file: rel }, 'file.folderLinkHint'), file: rel });
      } else if (st && ext.test(e.name)) {
        diagnostics.push({ severity: 'warning', ...coded('file.notAFile', { file: rel }), file: rel });
      }
    }
  }
  return out.sort((a, b) => byCodeUnits(a.rel, b.rel));
}

/** The offset of the first byte that does not start or continue a well-formed UTF-8 sequence (RFC 3629), or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const cont = (i: number, lo = 0x80, hi = 0xbf): boolean => {
    const c = bytes[i]; // undefined past the end: no continuation byte
    return c !== undefined && c >= lo && c <= hi;
  };
  for (let i = 0; i < bytes.length; ) {
    // biome-ignore lint/style/noNonNullAssertion: i < bytes.length
    const b = bytes[i]!;
    if (b < 0x80) i += 1;
    else if (b >= 0xc2 && b <= 0xdf && cont(i + 1)) i += 2;
    else if (b >= 0xe0 && b <= 0xef && cont(i + 1, b === 0xe0 ? 0xa0 : 0x80, b === 0xed ? 0x9f : 0xbf) && cont(i + 2)) i += 3;
    else if (b >= 0xf0 && b <= 0xf4 && cont(i + 1, b === 0xf0 ? 0x90 : 0x80, b === 0xf4 ? 0x8f : 0xbf) && cont(i + 2) && cont(i + 3)) i += 4;
    else return i;
  }
  return -1;
}

/** Decodes UTF-8 strictly; the error names the byte offset of the first invalid sequence, and its line and column. */
export function decodeUtf8(file: string, bytes: Uint8Array): { text?: string; diagnostic?: Diagnostic } {
  // bad is -1 or the offset of a byte in `bytes`
  // the native check first: the byte-by-byte scan only finds where a file that fails it goes wrong
  const bad = isUtf8(bytes) ? -1 : firstInvalidUtf8(bytes);
  if (bad === -1) return { text: new TextDecoder('utf-8').decode(bytes) };
  const before = new TextDecoder('utf-8').decode(bytes.subarray(0, bad));
  const lineStart = before.lastIndexOf('\n') + 1;
  return {
    diagnostic: {
      severity: 'error',
      // biome-ignore lint/style/noNonNullAssertion: bad is not -1 here, so it is the offset of a byte in bytes
      ...coded('file.notUtf8', { byte: bytes[bad]!.toString(16).toUpperCase().padStart(2, '0'), offset: bad }, 'file.notUtf8Hint'),
      file,
      line: before.split('\n').length,
      column: before.length - lineStart + 1,
    },
  };
}

const formatMb = (bytes: number): string => `${(bytes / MB).toFixed(bytes < 10 * MB ? 2 : 1)} MB`;

/** What `open` is given: never blocks on a FIFO or device planted in the project (it is refused as not a file). */
const READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * Reads a file unless it is larger than its limit; the size is checked before a single byte is read. Synchronous: a
 * province is a thousand small files, and each asynchronous read is five round trips through the thread pool (200 ms of
 * a no-op build at 250 regions, 30 ms this way).
 */
function readBounded(file: Listed, kind: Kind, diagnostics: Diagnostic[]): Buffer | undefined {
  const limit = SIZE_LIMITS[kind];
  const tooLarge = (n: number): undefined => {
    const values = { size: n, sizeMb: formatMb(n), what: limit.what, kind, limit: limit.bytes, limitMb: formatMb(limit.bytes) };
    diagnostics.push({
      severity: 'error',
      ...(kind === 'image' ? coded('file.tooLarge', values, 'image.atPrintedSizeHint') : coded('file.tooLarge', values)),
      file: file.rel,
    });
    return undefined;
  };
  let fd: number | undefined;
  try {
    fd = openSync(file.abs, READ_FLAGS);
    const info = fstatSync(fd);
    if (!info.isFile()) throw new Error('not a file');
    if (info.size > limit.bytes) return tooLarge(info.size);
    // one byte more than the limit allows: a file that grew between stat and read is refused all the same
    const bytes = Buffer.allocUnsafe(Math.min(info.size, limit.bytes) + 1);
    let length = 0;
    for (let n; length < bytes.length && (n = readSync(fd, bytes, length, bytes.length - length, length)) > 0; ) length += n;
    return length > limit.bytes ? tooLarge(length) : bytes.subarray(0, length);
  } catch {
    diagnostics.push({ severity: 'error', ...coded('file.cannotRead'), file: file.rel });
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** `store`: where earlier builds' verdicts on the images are read back (none: every image is checked). */
export async function readProjectFiles(root: string, store?: Store): Promise<{ files: ProjectFiles; diagnostics: Diagnostic[] }> {
  const diagnostics: Diagnostic[] = [];
  const texts = new Map<string, string>();
  const binaries = new Map<string, Buffer>();
  const realRoot = await realpath(root).catch(() => root);
  const unread = new Set<string>();
  for (const { dir, ext, kind } of TEXT_FOLDERS) {
    const listed = await listFiles(root, realRoot, dir, ext, diagnostics);
    for (const file of listed) {
      const bytes = readBounded(file, kind, diagnostics);
      const decoded = bytes && decodeUtf8(file.rel, bytes);
      if (decoded?.diagnostic) diagnostics.push(decoded.diagnostic);
      if (decoded?.text !== undefined) texts.set(file.rel, decoded.text);
      else unread.add(file.rel);
    }
  }
  const rejected = new Map<string, Diagnostic>();
  for (const { dir, ext, kind } of BINARY_FOLDERS) {
    for (const file of await listFiles(root, realRoot, dir, ext, diagnostics)) {
      const before = diagnostics.length;
      const bytes = readBounded(file, kind, diagnostics);
      if (!bytes) {
        // biome-ignore lint/style/noNonNullAssertion: diagnostics.length > before, so it is not empty
        if (kind === 'image' && diagnostics.length > before) rejected.set(file.rel, diagnostics.pop()!);
        continue;
      }
      if (kind === 'image') {
        const problems = await checkImageCached(file.rel, bytes, store);
        const error = problems.find((d) => d.severity === 'error');
        diagnostics.push(...problems.filter((d) => d !== error));
        if (error) {
          rejected.set(file.rel, error);
          continue;
        }
      }
      binaries.set(file.rel, bytes);
    }
  }
  return { files: { root, texts, binaries, rejected, unread }, diagnostics };
}
