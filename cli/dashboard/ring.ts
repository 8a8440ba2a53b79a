// A fixed-size ring buffer: push is O(1) and never allocates after the first lap, so the dashboard's
// memory stays bounded however fast envelopes arrive.
export class Ring<T> {
  private readonly buf: Array<T | undefined>;
  private next = 0;
  private count = 0;

  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError(`ring capacity must be a positive integer, not ${capacity}`);
    this.buf = new Array<T | undefined>(capacity);
  }

  get size(): number {
    return this.count;
  }

  /** Adds x as the newest item; returns the oldest item it pushed out, if the ring was full. */
  push(x: T): T | undefined {
    const out = this.count === this.capacity ? this.buf[this.next] : undefined;
    this.buf[this.next] = x;
    this.next = (this.next + 1) % this.capacity;
    if (this.count < this.capacity) this.count++;
    return out;
  }

  /** The i-th newest item (0 = the newest), or undefined past the oldest. */
  newest(i = 0): T | undefined {
    if (i < 0 || i >= this.count) return undefined;
    return this.buf[(this.next - 1 - i + this.capacity * 2) % this.capacity];
  }

  /** Up to `limit` items, newest first, that pass `keep`. */
  newestFirst(limit = Infinity, keep?: (x: T) => boolean): T[] {
    const out: T[] = [];
    for (let i = 0; i < this.count && out.length < limit; i++) {
      const x = this.newest(i)!;
      if (!keep || keep(x)) out.push(x);
    }
    return out;
  }

  /** Every item, oldest first. */
  toArray(): T[] {
    return this.newestFirst().reverse();
  }

  /** Keeps only the items that pass `keep` (O(n); for a filter change, not per event). */
  retain(keep: (x: T) => boolean): void {
    const kept = this.toArray().filter(keep);
    this.clear();
    for (const x of kept) this.push(x);
  }

  clear(): void {
    this.buf.fill(undefined);
    this.next = 0;
    this.count = 0;
  }
}
