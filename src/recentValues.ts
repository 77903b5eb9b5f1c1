// A capacity → a map that keeps the values used most recently (least recently used dropped first).

export interface RecentValues<V> {
  get(key: string): V | undefined;
  set(key: string, value: V): void;
}

/**
 * For work that repeats between consecutive jobs (a worker builds one material's variants in a row): a small map serves
 * them as well as an unbounded one and holds the memory of a few pages, not of the whole build.
 */
export function recentValues<V>(capacity: number): RecentValues<V> {
  const values = new Map<string, V>();
  return {
    get(key) {
      const value = values.get(key);
      if (value !== undefined) {
        values.delete(key);
        values.set(key, value);
      }
      return value;
    },
    set(key, value) {
      values.delete(key);
      if (values.size >= capacity) values.delete(values.keys().next().value!);
      values.set(key, value);
    },
  };
}
