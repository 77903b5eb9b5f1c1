// (kind, inputs) ⇄ what earlier builds computed, kept in one folder (<root>/.cache, or DRUKWERK_CACHE_DIR): one key scheme, a checksum per entry checked when it is read (a damaged or foreign entry is a miss: recomputed, then replaced), written by the main thread alone (in batches as a large build goes, and when it ends).
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, constants, fstatSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { digest } from '../digest.js';
import { TEMP_SUFFIX } from '../vocabulary/tempFiles.js';
import { dirProblemSync } from './storeFolder.js';
import { codeVersion, libraryVersions } from './codeVersion.js';

/**
 * What the store keeps. Shelves hold many small entries in one file of lines, read whole when a build starts and
 * appended to (the project's YAML parses, the verdicts of load checks, widths, shaped runs and broken paragraphs per
 * font); single entries are a file each, read only when asked for (a prepared image).
 */
export type StoreKind = 'yaml' | 'checks' | 'plans' | 'widths' | 'shaping' | 'breaks' | 'images';
const KINDS: readonly StoreKind[] = ['yaml', 'checks', 'plans', 'widths', 'shaping', 'breaks', 'images'];

/** What the code and its libraries are: part of every key. */
export interface StoreVersions {
  code: string;
  libraries: string;
}

export const currentVersions = (): StoreVersions => ({ code: codeVersion(), libraries: libraryVersions() });

/** Changes when the layout of the store changes. */
const FORMAT = 'drukwerk-store 1';

/**
 * The one key scheme: the code that computes the entry, the libraries and runtime it runs on, what kind of entry, and
 * every input the computation reads (each length-prefixed, so ('ab', 'c') and ('a', 'bc') differ).
 */
export function storeKey(kind: StoreKind, inputs: readonly (string | Uint8Array)[], versions: StoreVersions = currentVersions()): string {
  const hash = createHash('sha256').update(`${FORMAT}\0${versions.code}\0${versions.libraries}\0${kind}\0`);
  for (const input of inputs)
    hash
      .update(`${typeof input === 'string' ? 's' : 'b'}${input.length}:`)
      .update(input)
      .update('\0');
  return hash.digest('hex');
}

/** Characters of an entry's checksum: 132 bits of its sha256. */
const SUM = 22;
const TAB = 9;

/** The checksum of an entry: its full key and its payload, so an entry edited, cut short or moved from another key fails. */
const lineSum = (key: string, body: string): string => digest('sha256', `${key}\0${body}`, 'base64url').slice(0, SUM);

function entrySum(key: string, meta: string, body: Uint8Array): string {
  return createHash('sha256').update(`${key}\0${meta}\n`).update(body).digest('base64url').slice(0, SUM);
}

/** A line `<checksum>\t<key as JSON>\t<value as JSON>`: the value when the checksum holds and `valid` accepts it. */
function readLine<T>(shelfKey: string, line: string, valid: (v: unknown) => v is T): T | undefined {
  if (line.charCodeAt(SUM) !== TAB) return undefined;
  const body = line.slice(SUM + 1);
  if (lineSum(shelfKey, body) !== line.slice(0, SUM)) return undefined;
  try {
    const value = JSON.parse(body.slice(body.indexOf('\t') + 1)) as unknown;
    return valid(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

const lineHolds = (shelfKey: string, line: string): boolean => line.charCodeAt(SUM) === TAB && lineSum(shelfKey, line.slice(SUM + 1)) === line.slice(0, SUM);

/** The lines of a shelf's text by their key's JSON (a later line for the same key wins); a last line without its newline was cut short and is no entry. */
function indexLines(text: string, into: Map<string, string>): void {
  for (let start = 0; ; ) {
    const end = text.indexOf('\n', start);
    if (end < 0) return;
    if (end > start + SUM + 1 && text.charCodeAt(start + SUM) === TAB) {
      const keyEnd = text.indexOf('\t', start + SUM + 1);
      if (keyEnd > start + SUM + 1 && keyEnd < end) into.set(text.slice(start + SUM + 1, keyEnd), text.slice(start, end));
    }
    start = end + 1;
  }
}

/** The key's JSON of a line made by `Shelf.take`. */
const keyOfLine = (line: string): string => line.slice(SUM + 1, line.indexOf('\t', SUM + 1));

/** Entries of one shelf on their way to the file: what a worker thread hands back, and what the main thread writes. */
export interface ShelfEntries {
  /** Relative to the store folder. */
  file: string;
  /** The shelf's key (every line's checksum holds it). */
  key: string;
  limit: number;
  /** Whole lines, newline included. */
  lines: string[];
  /** A stored entry failed its check: the file is written again without the entries that fail. */
  repair: boolean;
}

/** What a thread learned that is not stored yet; plain data, so a worker thread can post it with its results. */
export interface StoreEntries {
  shelves: ShelfEntries[];
  files: { file: string; bytes: Uint8Array }[];
}

/**
 * Many small entries of one key (a font's shaped runs, …), each looked up by its own key and checked when first asked
 * for. Entries are kept as their stored lines until asked for: a small build reads few of the many a file holds.
 */
export class Shelf<T> {
  private readonly lines = new Map<string, string>();
  private readonly pending = new Map<string, T>();
  /** Entries put as their JSON: read back as a fresh copy each time, so what a reader does with one never reaches the store. */
  private readonly pendingJson = new Map<string, string>();
  private damaged = false;

  constructor(
    readonly file: string,
    readonly key: string,
    readonly limit: number,
    private readonly valid: (v: unknown) => v is T,
    texts: readonly string[],
    /** Characters of handed-over lines still to keep, shared by the store's shelves (a plain object: a shelf a font keeps after its build must not keep the store). */
    private readonly keepBudget: { left: number } = { left: 0 },
  ) {
    for (const text of texts) indexLines(text, this.lines);
  }

  /** Entries stored (and not found damaged so far). */
  get size(): number {
    return this.lines.size;
  }

  /** The entry for `key`; undefined when there is none, or when it fails its check (then it is replaced when stored again). */
  get(key: string): T | undefined {
    const json = JSON.stringify(key);
    const added = this.pending.get(json);
    if (added !== undefined) return added;
    const text = this.pendingJson.get(json);
    if (text !== undefined) return JSON.parse(text) as T;
    const line = this.lines.get(json);
    if (line === undefined) return undefined;
    const value = readLine(this.key, line, this.valid);
    if (value === undefined) {
      this.lines.delete(json);
      this.damaged = true;
    }
    return value;
  }

  /** An entry computed in this thread, to be stored, given as its JSON (which `valid` accepts). */
  putJson(key: string, json: string): void {
    this.pendingJson.set(JSON.stringify(key), json);
  }

  /** An entry computed in this thread, to be stored. */
  put(key: string, value: T): void {
    this.pending.set(JSON.stringify(key), value);
  }

  /**
   * The entries put since the last take, as lines with their checksums, handed over to be written. The shelf keeps a copy
   * while the store's budget allows (Store.shelf): a copy of every entry a build computed grew with the matrix, and none at
   * all cost 2–6 % more CPU (V8 collects a smaller heap more often).
   */
  take(): ShelfEntries | undefined {
    if (this.pending.size === 0 && this.pendingJson.size === 0 && !this.damaged) return undefined;
    const lines: string[] = [];
    const values: [string, string][] = [...[...this.pending].map(([json, value]): [string, string] => [json, JSON.stringify(value)]), ...this.pendingJson];
    for (const [json, value] of values) {
      const body = `${json}\t${value}`;
      const line = `${lineSum(this.key, body)}\t${body}`;
      if ((this.keepBudget.left -= line.length) >= 0) this.lines.set(json, line);
      lines.push(`${line}\n`);
    }
    const taken = { file: this.file, key: this.key, limit: this.limit, lines, repair: this.damaged };
    this.pending.clear();
    this.pendingJson.clear();
    this.damaged = false;
    return taken;
  }
}

export const STORE_DIR_ENV = 'DRUKWERK_CACHE_DIR';

/** Where a project's store is: the folder DRUKWERK_CACHE_DIR names (tests, CI), else the project's .cache. */
export function storeLocation(root: string, env: NodeJS.ProcessEnv = process.env): { dir: string; base: string } {
  const chosen = env[STORE_DIR_ENV];
  if (chosen) return { dir: path.resolve(chosen), base: path.resolve(chosen) };
  return { dir: path.join(root, '.cache'), base: root };
}

export interface StoreOptions {
  /** The store folder; none: nothing is read or written (every entry is computed). */
  dir?: string;
  /** The folder the store must stay in with its links followed (the project for .cache); default `dir`. */
  base?: string;
  /** Default: this code's and libraries' (tests name others). */
  versions?: StoreVersions;
  /** Entries the main thread has not written yet, given to a worker thread so it does not compute them again. */
  seed?: StoreEntries;
  /** Characters of collected lines past which they are appended to their shelves during the build; default 16 Mi. */
  appendPast?: number;
  /** Characters of handed-over lines this thread's shelves keep; default 8 Mi. */
  keepTaken?: number;
}

/** A relative path the store itself makes: `<code>/<kind>/<key>.lines|.entry`; anything else handed to `add` is ignored. */
const STORE_FILE = new RegExp(`^[0-9a-f]{16}/(${KINDS.join('|')})/[0-9a-f]{32}\\.(lines|entry)$`);
/** A folder of one code version's entries. */
const CODE_DIR = /^[0-9a-f]{16}$/;
/** Code versions kept besides the ones this build wrote (switching branches back and forth keeps their entries). */
const KEEP_CODE_VERSIONS = 4;
/** Single entries kept per kind and code version; past it the oldest half goes (edits of content add one each). */
const ENTRY_LIMIT = 4_000;
/** The folders of the stores before this one: no entry of theirs is trusted, and they are removed. */
const LEGACY = new Set<string>(['yaml', 'widths', 'shaping', 'breaks', 'images']);

const CREATE_NEW = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0);
const READ_APPEND = constants.O_RDWR | constants.O_APPEND | constants.O_CREAT | (constants.O_NOFOLLOW ?? 0);
const READ = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/** A regular file's bytes, never through a link (nor from a FIFO or device planted in the store); undefined when there is none. */
function readStoreFile(file: string): Buffer | undefined {
  let fd: number;
  try {
    fd = openSync(file, READ);
  } catch {
    return undefined;
  }
  try {
    return fstatSync(fd).isFile() ? readFileSync(fd) : undefined;
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/** Writes `file` whole or not at all: an exclusive temporary file (never through a link) renamed over it. */
function writeWhole(file: string, parts: readonly (string | Uint8Array)[]): void {
  const temp = `${file}.${randomBytes(8).toString('hex')}${TEMP_SUFFIX}`;
  const fd = openSync(temp, CREATE_NEW, 0o666);
  try {
    try {
      for (const part of parts) writeFileSync(fd, part);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, file);
  } catch (e) {
    try {
      unlinkSync(temp);
    } catch {
      // not there
    }
    throw e;
  }
}

/**
 * Appends whole lines to `file` when it is a regular file of one name (a link or a hard link planted in the store is never
 * written through); a last line cut short (a build stopped while it wrote) is ended first, so it spoils no line of ours.
 */
function appendTo(file: string, text: string): void {
  const fd = openSync(file, READ_APPEND, 0o666);
  try {
    const info = fstatSync(fd);
    if (!info.isFile() || info.nlink > 1) throw new Error(`${file} is not a file of the store`);
    const last = Buffer.alloc(1);
    const ended = info.size === 0 || (readSync(fd, last, 0, 1, info.size - 1) === 1 && last[0] === 10);
    writeFileSync(fd, ended ? text : `\n${text}`);
  } finally {
    closeSync(fd);
  }
}

/**
 * One build's view of the store. Any thread reads from it (a shelf when it is opened, a single entry when asked for)
 * and collects what it computes; only the main thread writes what it and its workers computed (`take` in the worker,
 * `add` in the main thread): appended in batches while a large build goes on, and the rest at its end (`save`), so
 * threads never write the same files.
 */
export class Store {
  readonly dir: string | undefined;
  readonly base: string | undefined;
  private versionsGiven: StoreVersions | undefined;
  private readonly shelves = new Map<string, Shelf<unknown>>();
  private readonly pendingFiles = new Map<string, Uint8Array>();
  private readonly seedLines = new Map<string, string[]>();
  private readonly seedFiles = new Map<string, Uint8Array>();
  /** Collected for the next write (main thread). */
  private readonly incoming = new Map<string, { key: string; limit: number; lines: Map<string, string>; repair: boolean }>();
  private readonly incomingFiles = new Map<string, Uint8Array>();
  /** Characters of the lines in `incoming`. */
  private incomingChars = 0;
  /** Characters of handed-over lines its shelves may still keep (KEEP_TAKEN). */
  private readonly keepBudget: { left: number };
  /** The code versions' folders written by this build: kept when the store is pruned. */
  private readonly written = new Set<string>();
  /** Folders checked (and made) inside the store's base. */
  private readonly folders = new Set<string>();
  private readonly appendPast: number;

  constructor(options: StoreOptions = {}) {
    this.dir = options.dir;
    this.base = options.base ?? options.dir;
    this.versionsGiven = options.versions;
    this.appendPast = options.appendPast ?? APPEND_PAST;
    this.keepBudget = { left: options.keepTaken ?? KEEP_TAKEN };
    for (const s of options.seed?.shelves ?? []) if (STORE_FILE.test(s.file)) this.seedLines.set(s.file, [...(this.seedLines.get(s.file) ?? []), ...s.lines]);
    for (const f of options.seed?.files ?? []) if (STORE_FILE.test(f.file)) this.seedFiles.set(f.file, f.bytes);
  }

  /** Computed when first needed: a store that is never asked for an entry never hashes the code. */
  get versions(): StoreVersions {
    return (this.versionsGiven ??= currentVersions());
  }

  private fileOf(kind: StoreKind, key: string, ext: 'lines' | 'entry'): string {
    return `${digest('sha256', this.versions.code, 'hex').slice(0, 16)}/${kind}/${key.slice(0, 32)}.${ext}`;
  }

  /** Where the shelf of this kind for these inputs is kept, relative to the store folder. */
  shelfFile(kind: StoreKind, inputs: readonly (string | Uint8Array)[]): string {
    return this.fileOf(kind, storeKey(kind, inputs, this.versions), 'lines');
  }

  /** Where the single entry of this kind for these inputs is kept, relative to the store folder. */
  entryFile(kind: StoreKind, inputs: readonly (string | Uint8Array)[]): string {
    return this.fileOf(kind, storeKey(kind, inputs, this.versions), 'entry');
  }

  /** The shelf of this kind for these inputs, read from the store (once per store); `valid` says which values are whole. */
  shelf<T>(kind: StoreKind, inputs: readonly (string | Uint8Array)[], valid: (v: unknown) => v is T, limit: number): Shelf<T> {
    const key = storeKey(kind, inputs, this.versions);
    const file = this.fileOf(kind, key, 'lines');
    let shelf = this.shelves.get(file) as Shelf<T> | undefined;
    if (!shelf) {
      const texts: string[] = [];
      const stored = this.dir ? readStoreFile(path.join(this.dir, file)) : undefined;
      if (stored) texts.push(stored.toString('utf8'));
      const seeded = this.seedLines.get(file);
      if (seeded) texts.push(seeded.join(''));
      shelf = new Shelf(file, key, limit, valid, texts, this.keepBudget);
      this.shelves.set(file, shelf as Shelf<unknown>);
    }
    return shelf;
  }

  /** A single entry of this kind for these inputs: its description and bytes, when it is stored and its checksum holds. */
  read(kind: StoreKind, inputs: readonly (string | Uint8Array)[]): { meta: string; body: Buffer } | undefined {
    const key = storeKey(kind, inputs, this.versions);
    const file = this.fileOf(kind, key, 'entry');
    const pending = this.pendingFiles.get(file) ?? this.seedFiles.get(file);
    const bytes = pending ? Buffer.from(pending.buffer, pending.byteOffset, pending.byteLength) : this.dir ? readStoreFile(path.join(this.dir, file)) : undefined;
    if (!bytes) return undefined;
    const newline = bytes.indexOf(10);
    if (newline <= SUM || bytes[SUM] !== TAB) return undefined;
    const sum = bytes.subarray(0, SUM).toString('latin1');
    const meta = bytes.subarray(SUM + 1, newline).toString('utf8');
    const body = bytes.subarray(newline + 1);
    return entrySum(key, meta, body) === sum ? { meta, body } : undefined;
  }

  /** A single entry computed in this thread, to be stored (over any damaged one). `meta` is one line of text. */
  write(kind: StoreKind, inputs: readonly (string | Uint8Array)[], meta: string, body: Uint8Array = new Uint8Array()): void {
    if (meta.includes('\n')) throw new Error('a store entry’s description is one line');
    const key = storeKey(kind, inputs, this.versions);
    const header = Buffer.from(`${entrySum(key, meta, body)}\t${meta}\n`, 'utf8');
    this.pendingFiles.set(this.fileOf(kind, key, 'entry'), Buffer.concat([header, body]));
  }

  /** What this thread computed since the last take: a worker posts it with its results. */
  take(): StoreEntries {
    const shelves: ShelfEntries[] = [];
    for (const shelf of this.shelves.values()) {
      const taken = shelf.take();
      if (taken) shelves.push(taken);
    }
    const files = [...this.pendingFiles].map(([file, bytes]) => ({ file, bytes }));
    this.pendingFiles.clear();
    return { shelves, files };
  }

  /** Entries to write at the next save: a worker's, or this thread's own. Entries of a path the store does not make are ignored. */
  add(entries: StoreEntries | undefined): void {
    for (const s of entries?.shelves ?? []) {
      if (!STORE_FILE.test(s.file) || !s.file.endsWith('.lines')) continue;
      let target = this.incoming.get(s.file);
      if (!target) this.incoming.set(s.file, (target = { key: s.key, limit: s.limit, lines: new Map(), repair: false }));
      for (const line of s.lines) {
        target.lines.set(keyOfLine(line), line);
        this.incomingChars += line.length;
      }
      target.repair ||= s.repair;
    }
    for (const f of entries?.files ?? []) if (STORE_FILE.test(f.file) && f.file.endsWith('.entry')) this.incomingFiles.set(f.file, f.bytes);
    if (this.incomingChars > this.appendPast) this.appendIncoming();
  }

  /**
   * Appends the lines collected so far to their shelves, and lets go of them: what a province's build computes (some
   * 45 MB of lines at 250 regions) is not held until its end. Whole lines in one append each, by this thread only; the
   * save at the end still bounds and repairs each shelf it adds to.
   */
  private appendIncoming(): void {
    for (const [file, entries] of this.incoming) {
      if (!entries.lines.size) continue;
      try {
        if (this.dir && this.ready(file)) appendTo(path.join(this.dir, file), [...entries.lines.values()].join(''));
      } catch {
        // a read-only or full disk: the next build computes these again
      }
      // kept: the shelf's key, bound and whether it needs repair, for the save at the end
      entries.lines.clear();
    }
    this.incomingChars = 0;
  }

  /** For a worker thread: what the main thread has computed and not written yet (YAML parsed while loading), so the worker reads it as if stored. */
  seed(): StoreEntries {
    this.add(this.take());
    return {
      shelves: [...this.incoming].map(([file, s]) => ({ file, key: s.key, limit: s.limit, lines: [...s.lines.values()], repair: false })),
      files: [...this.incomingFiles].map(([file, bytes]) => ({ file, bytes })),
    };
  }

  /** Whether the folder can be written without leaving the store's base (checked before and after it is made). */
  private folderReady(dir: string): boolean {
    if (!this.base || dirProblemSync(this.base, dir) !== undefined) return false;
    try {
      mkdirSync(dir, { recursive: true });
    } catch {
      return false;
    }
    return dirProblemSync(this.base, dir) === undefined;
  }

  /**
   * Writes everything collected (this thread's and the workers'), then removes the entries of older code. Called by the
   * main thread when its build ends; a store that cannot be written is never an error (the build still builds, only colder).
   */
  save(): void {
    try {
      this.writeAll();
    } catch {
      // whatever went wrong, the build's own outcome stands: the next build computes again what is missing
    }
  }

  /** Whether the folder of `file` (relative to the store folder) is in place to be written, made the first time it is asked. */
  private ready(file: string): boolean {
    if (!this.dir) return false;
    if (this.base === this.dir && this.folders.size === 0) {
      try {
        mkdirSync(this.dir, { recursive: true });
      } catch {
        return false;
      }
    }
    const folder = path.join(this.dir, path.dirname(file));
    if (!this.folders.has(folder) && !this.folderReady(folder)) return false;
    this.folders.add(folder);
    this.written.add(file.slice(0, 16));
    return true;
  }

  private writeAll(): void {
    this.add(this.take());
    const dir = this.dir;
    if (!dir || (this.incoming.size === 0 && this.incomingFiles.size === 0)) return;
    for (const [file, entries] of this.incoming) {
      try {
        if (this.ready(file)) writeShelf(path.join(dir, file), entries);
      } catch {
        // a read-only or full disk: the next build computes these again
      }
    }
    for (const [file, bytes] of this.incomingFiles) {
      try {
        if (this.ready(file)) writeWhole(path.join(dir, file), [bytes]);
      } catch {
        // as above
      }
    }
    this.incoming.clear();
    this.incomingFiles.clear();
    this.incomingChars = 0;
    for (const folder of this.folders) tidyFolder(folder);
    pruneStore(dir, this.written, this.base !== dir);
  }
}

/** Adds the lines the file does not hold; writes it again, bounded and without lines that fail their check, when an entry was found damaged, the file is past its limit or its last line was cut short. */
function writeShelf(file: string, entries: { key: string; limit: number; lines: Map<string, string>; repair: boolean }): void {
  const text = readStoreFile(file)?.toString('utf8') ?? '';
  const stored = new Map<string, string>();
  indexLines(text, stored);
  const added = [...entries.lines].filter(([json]) => entries.repair || !stored.has(json));
  const whole = entries.repair || (text !== '' && !text.endsWith('\n')) || stored.size + added.length > entries.limit;
  if (!whole) {
    if (added.length) appendTo(file, added.map(([, line]) => line).join(''));
    return;
  }
  const kept = new Map<string, string>();
  for (const [json, line] of stored) if (!entries.repair || lineHolds(entries.key, line)) kept.set(json, line);
  for (const [json, line] of added) {
    kept.delete(json);
    kept.set(json, line.endsWith('\n') ? line.slice(0, -1) : line);
  }
  const lines = [...kept.values()];
  const bounded = lines.length > entries.limit ? lines.slice(lines.length - Math.floor(entries.limit / 2)) : lines;
  writeWhole(file, [bounded.map((l) => `${l}\n`).join('')]);
}

/** Characters of collected lines past which they are appended to their shelves during the build (Store.add). */
const APPEND_PAST = 16 << 20;
/**
 * Characters of handed-over lines a thread's shelves keep: on two threads the 62 regions of the synthetic province
 * compute ~11 MB of entries in all (kept whole), 250 regions four times that (kept to this bound, so memory stops growing).
 */
const KEEP_TAKEN = 8 << 20;

/** A temporary file older than this was left by a build that was stopped while it saved. */
const STALE_TEMP_MS = 10 * 60_000;

/** Removes the temporary files stopped builds left; past ENTRY_LIMIT single entries in the folder, the oldest half goes. */
function tidyFolder(folder: string): void {
  try {
    const names = readdirSync(folder);
    const now = Date.now();
    for (const n of names) if (n.endsWith(TEMP_SUFFIX) && now - statSync(path.join(folder, n)).mtimeMs > STALE_TEMP_MS) unlinkSync(path.join(folder, n));
    const entries = names.filter((n) => n.endsWith('.entry'));
    if (entries.length <= ENTRY_LIMIT) return;
    const byAge = entries.map((n) => ({ n, t: statSync(path.join(folder, n)).mtimeMs })).sort((a, b) => a.t - b.t);
    for (const { n } of byAge.slice(0, entries.length - Math.floor(ENTRY_LIMIT / 2))) unlinkSync(path.join(folder, n));
  } catch {
    // another build tidied it first
  }
}

/** A folder the store made for one code version: named so, holding only folders of its kinds. */
function isCodeFolder(full: string, name: string): boolean {
  if (!CODE_DIR.test(name)) return false;
  try {
    return readdirSync(full).every((kind) => (KINDS as readonly string[]).includes(kind));
  } catch {
    return false;
  }
}

/**
 * Keeps the folders of the code versions just written and of the newest few others; removes the rest and, in a
 * project's .cache, the folders of the stores before this one. Nothing else is touched: DRUKWERK_CACHE_DIR may name a
 * folder that holds other things.
 */
function pruneStore(dir: string, written: ReadonlySet<string>, legacy: boolean): void {
  try {
    const now = new Date();
    const others: { name: string; time: number }[] = [];
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      const info = lstatSync(full);
      // a link in the store is never followed, nor removed with what it leads to
      if (!info.isDirectory()) continue;
      if (legacy && LEGACY.has(name)) rmSync(full, { recursive: true, force: true });
      else if (written.has(name)) utimesSync(full, now, now);
      else if (isCodeFolder(full, name)) others.push({ name, time: info.mtimeMs });
    }
    others.sort((a, b) => b.time - a.time);
    for (const { name } of others.slice(KEEP_CODE_VERSIONS)) rmSync(path.join(dir, name), { recursive: true, force: true });
  } catch {
    // another build pruned them first, or the folder cannot be written
  }
}

/** The store of the project at `root` (DRUKWERK_CACHE_DIR, else its .cache). */
export function openStore(root: string, env: NodeJS.ProcessEnv = process.env): Store {
  return new Store(storeLocation(root, env));
}
