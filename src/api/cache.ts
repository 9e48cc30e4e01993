/**
 * A response cache for the read-only API: the serialized body of each GET, keyed by its path and
 * query, dropped whenever the data version changes (another connection committed). Bounded by
 * entries and bytes; the least recently used entries go first.
 */
export class ResponseCache {
  private entries = new Map<string, string>();
  private bytes = 0;
  private version = -1;

  constructor(private readonly version$: () => number, private readonly maxEntries = 5000, private readonly maxBytes = 64 << 20) {}

  /** The cached body for `key`, or the one `compute` makes (then kept). */
  get(key: string, compute: () => string): string {
    const v = this.version$();
    if (v !== this.version) {
      this.entries.clear();
      this.bytes = 0;
      this.version = v;
    }
    const hit = this.entries.get(key);
    if (hit !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const body = compute();
    if (body.length > this.maxBytes / 16) return body;
    this.entries.set(key, body);
    this.bytes += body.length;
    while (this.entries.size > this.maxEntries || this.bytes > this.maxBytes) {
      const [oldest, value] = this.entries.entries().next().value as [string, string];
      this.entries.delete(oldest);
      this.bytes -= value.length;
    }
    return body;
  }
}
