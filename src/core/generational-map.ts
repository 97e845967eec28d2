// A bounded memo for hot paths: two generations instead of a strict LRU. New entries go to the young
// map; when it is full it becomes the old one and the previous old one is dropped, so eviction is one
// swap, never per-insert work. An entry found in the old map moves back to the young one (still in use).

export class GenerationalMap<K, V> {
  private young = new Map<K, V>();
  private old = new Map<K, V>();

  /** `limit` bounds each generation, so at most 2 × limit entries are held. */
  constructor(private readonly limit: number) {}

  get(key: K): V | undefined {
    const value = this.young.get(key);
    if (value !== undefined) return value;
    const older = this.old.get(key);
    if (older !== undefined) this.set(key, older);
    return older;
  }

  set(key: K, value: V): void {
    if (this.young.size >= this.limit) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(key, value);
  }

  clear(): void {
    this.young = new Map();
    this.old = new Map();
  }
}
