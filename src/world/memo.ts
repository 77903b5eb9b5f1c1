// (name, key parts, compute) → the value computed once for those inputs and kept while it is used: the process's one way to reuse work (the disk store behind it is store.ts).
import { recentValues, type RecentValues } from './recentValues.js';
import { byCodeUnits } from '../vocabulary/textOrder.js';

/**
 * What a memoised computation read. Strings, numbers, booleans and null/undefined count by value; an object counts by
 * identity (the World's parsed fonts, measurers, theme styles: made once per build and never changed), so a key never
 * costs a serialisation of a large object. A caller whose input is a changeable object passes its content (a digest)
 * instead.
 */
export type KeyPart = string | number | boolean | bigint | null | undefined | object;

/** One named memo: its kept values, bounded, and what it served. */
export interface MemoTable<T> {
  readonly name: string;
  readonly capacity: number;
  /** The value kept for `key`, else `compute()`'s, kept. */
  get(key: string, compute: () => T): T;
  /** The value kept for `key`, undefined when none. */
  peek(key: string): T | undefined;
  /** The value kept for `key`, else what `compute()` resolves to, kept when `keep` says so (a result with errors is not). */
  getAsync(key: string, compute: () => Promise<T>, keep?: (value: T) => boolean): Promise<T>;
}

export interface MemoStats {
  name: string;
  capacity: number;
  hits: number;
  misses: number;
}

/** Entries a memo keeps unless it names its own bound: most memos hold a few pages' worth of a build. */
export const DEFAULT_CAPACITY = 4_096;

/** undefined is a value a computation may return (an icon not found); it is kept as this, so it is not computed again. */
const UNDEFINED = Symbol('undefined');

interface Table {
  name: string;
  capacity: number;
  values: RecentValues<unknown>;
  hits: number;
  misses: number;
}

const tables = new Map<string, Table>();
const ids = new WeakMap<object, number>();
let nextId = 1;

/** A number for an object, the same for as long as the object lives. */
function identity(object: object): number {
  let id = ids.get(object);
  if (id === undefined) ids.set(object, (id = nextId++));
  return id;
}

/**
 * The in-memory key of a memo call. The code version is not part of it: a process runs one version of the code, and only
 * keys that outlive the process (the store's) carry it.
 */
export function memoKey(keyParts: readonly KeyPart[]): string {
  let key = '';
  for (const part of keyParts) {
    if (part === null || part === undefined) key += part === null ? 'n' : 'u';
    else if (typeof part === 'object' || typeof part === 'function') key += `#${identity(part)}`;
    else if (typeof part === 'string') key += `s${part.length}:${part}`;
    else key += `${typeof part === 'number' ? 'd' : typeof part === 'boolean' ? 'b' : 'i'}${String(part)}`;
    key += '\u0001';
  }
  return key;
}

function tableFor(name: string, capacity: number): Table {
  let table = tables.get(name);
  if (!table) tables.set(name, (table = { name, capacity, values: recentValues(capacity), hits: 0, misses: 0 }));
  else if (table.capacity !== capacity) throw new Error(`memo "${name}" is declared with two capacities (${table.capacity} and ${capacity})`);
  return table;
}

/**
 * A named memo for a hot path that builds its own string key (shaping, widths): the same table `memo(name, …)` uses.
 * Each name is one computation; declaring it twice with different bounds is a programming error.
 */
export function memoTable<T>(name: string, capacity = DEFAULT_CAPACITY): MemoTable<T> {
  const table = tableFor(name, capacity);
  return {
    name,
    capacity,
    get(key, compute) {
      const kept = table.values.get(key);
      if (kept !== undefined) {
        table.hits++;
        return (kept === UNDEFINED ? undefined : kept) as T;
      }
      table.misses++;
      const value = compute();
      table.values.set(key, value === undefined ? UNDEFINED : value);
      return value;
    },
    peek(key) {
      const kept = table.values.get(key);
      return (kept === UNDEFINED ? undefined : kept) as T | undefined;
    },
    async getAsync(key, compute, keep = () => true) {
      const kept = table.values.get(key);
      if (kept !== undefined) {
        table.hits++;
        return (kept === UNDEFINED ? undefined : kept) as T;
      }
      table.misses++;
      const value = await compute();
      if (keep(value)) table.values.set(key, value === undefined ? UNDEFINED : value);
      return value;
    },
  };
}

/** `compute()` for these inputs, once: later calls with the same name and key parts get the kept value. */
export function memo<T>(name: string, keyParts: readonly KeyPart[], compute: () => T, capacity = DEFAULT_CAPACITY): T {
  return memoTable<T>(name, capacity).get(memoKey(keyParts), compute);
}

/** What each memo served since the process started (or the last `forgetMemos`), by name. */
export function memoStats(): MemoStats[] {
  return [...tables.values()].map(({ name, capacity, hits, misses }) => ({ name, capacity, hits, misses })).sort((a, b) => byCodeUnits(a.name, b.name));
}

/** Drops every kept value (tests that must compute from scratch; a watch session that reloads its World). */
export function forgetMemos(): void {
  for (const table of tables.values()) {
    table.values = recentValues(table.capacity);
    table.hits = 0;
    table.misses = 0;
  }
}
