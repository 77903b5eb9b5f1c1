// A capacity → a map that keeps the values used recently: those set or found since the last `capacity` new ones.

export interface RecentValues<V> {
  get(key: string): V | undefined;
  set(key: string, value: V): void;
  /** The value for `key`: the one kept, else `make()`'s, kept. */
  remember(key: string, make: () => V): V;
}

/**
 * For work that repeats between consecutive jobs (a worker builds one material's variants in a row): a small map serves
 * them as well as an unbounded one and holds the memory of a few pages, not of the whole build. Two generations rather
 * than a strict least-recently-used order: a hit costs one lookup (at most two), never a delete and re-insert.
 */
export function recentValues<V>(capacity: number): RecentValues<V> {
  let current = new Map<string, V>();
  let previous = new Map<string, V>();
  const add = (key: string, value: V): void => {
    if (current.size >= capacity) {
      previous = current;
      current = new Map();
    }
    current.set(key, value);
  };
  const get = (key: string): V | undefined => {
    const value = current.get(key);
    if (value !== undefined) return value;
    const old = previous.get(key);
    if (old !== undefined) add(key, old);
    return old;
  };
  return {
    get,
    set: add,
    remember(key, make) {
      let value = get(key);
      if (value === undefined) add(key, (value = make()));
      return value;
    },
  };
}
