/**
 * The two caches the core keeps between calls: a memo of a pure function over the distinct texts of a few documents,
 * and a least-recently-used store for larger results.
 */

/**
 * `compute` with its result kept per key. Past `max` keys the store starts over: documents repeat the same few
 * texts (labels, zone names), so a bound this coarse is enough.
 */
export function memoized<K, V>(compute: (key: K) => V, max: number): (key: K) => V {
  const store = new Map<K, V>();
  return (key) => {
    if (store.has(key)) return store.get(key) as V;
    const value = compute(key);
    if (store.size >= max) store.clear();
    store.set(key, value);
    return value;
  };
}

/** A store of at most `capacity` entries that drops the least recently used one first. */
export class LruCache<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(private readonly capacity: number) {}

  get(key: K): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      // most recently used last
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  set(key: K, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as K);
  }
}
