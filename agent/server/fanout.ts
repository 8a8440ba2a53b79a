// Fan-out of the agent's envelope stream to gRPC clients: every envelope is encoded once, kept in a
// ring buffer of recent envelopes (for last N / first N / since), and queued for each client whose
// filters it passes. Each client's queue is bounded; no client can make the agent's memory grow.
//
// Overflow policy: drop newest. When a client's queue is full, an arriving envelope is discarded and
// counted; what the client already has queued stays, in order. Before the next envelope that fits
// (or as soon as the queue runs empty) a LostEvents{stage: CLIENT_QUEUE, count} is queued, so the loss
// marker sits exactly where the hole in that client's stream is. Dropping the oldest instead would
// put the hole in the middle of what is queued and need the marker to be moved there.
import { LossStage, pb, type Envelope, type LostEvents } from '../../proto/index.js';
import { kindOf, passes, type CompiledFilters } from './filter.js';
import { encodeFramed, framedBody } from '../record/codec/encode.js';

/** passes(), without gathering an envelope's facts when the client has no allow/deny filter. */
function wanted(cf: CompiledFilters, env: Envelope): boolean {
  if (cf.allow.length || cf.deny.length) return passes(cf, env);
  return !cf.kinds || cf.kinds.has(kindOf(env));
}

export interface Item {
  /** pb.Envelope.encode(env), done once for all clients */
  bytes: Uint8Array;
}

/**
 * Consecutive envelopes of one encoded batch: envelope k (i <= k < j) is buf[starts[k], starts[k+1]),
 * framed as ObserveResponse field 1, so buf[starts[i], starts[j]) is a message body as it is.
 */
interface Run {
  buf: Buffer;
  starts: Uint32Array;
  i: number;
  j: number;
}

/** Envelope k of a run, unframed: its own bytes (a view). */
function bodyAt(r: Run, k: number): Uint8Array {
  return r.buf.subarray(framedBody(r.buf, r.starts[k]!), r.starts[k + 1]);
}

/** One envelope's bytes as a run of its own (tag 10, length, bytes). */
function frameOne(bytes: Uint8Array): Run {
  const len: number[] = [];
  let n = bytes.length;
  while (n > 127) {
    len.push((n & 127) | 128);
    n >>>= 7;
  }
  len.push(n);
  const buf = Buffer.concat([Buffer.from([10, ...len]), bytes]);
  return { buf, starts: Uint32Array.of(0, buf.length), i: 0, j: 1 };
}

/** The newest `capacity` envelopes, oldest first, kept as runs of their batches (no object per envelope). */
export class Ring {
  private runs: Run[] = [];
  private size = 0;

  constructor(readonly capacity: number) {}

  /** One envelope (tests, single publishes). */
  push(item: Item): void {
    this.pushRun(frameOne(item.bytes));
  }

  pushRun(r: Run): void {
    if (this.capacity === 0 || r.j <= r.i) return;
    this.runs.push(r);
    this.size += r.j - r.i;
    while (this.size > this.capacity) {
      const first = this.runs[0]!;
      const drop = Math.min(first.j - first.i, this.size - this.capacity);
      this.size -= drop;
      if (drop === first.j - first.i) this.runs.shift();
      else this.runs[0] = { ...first, i: first.i + drop };
    }
  }

  /** Oldest to newest. */
  items(): Item[] {
    const out: Item[] = [];
    for (const r of this.runs) for (let k = r.i; k < r.j; k++) out.push({ bytes: bodyAt(r, k) });
    return out;
  }

  get length(): number {
    return this.size;
  }
}

export interface QueueLimits {
  /** most envelopes queued for one client */
  maxItems: number;
  /** most encoded bytes queued for one client (envelopes as framed in a message) */
  maxBytes: number;
}

/**
 * 8 MiB holds about 36,000 packet envelopes: a third of a second at 100,000 events/s, enough to ride
 * out a client that is not scheduled for a while on a busy machine; the item bound is not the
 * tighter one for packets.
 */
export const DEFAULT_LIMITS: QueueLimits = { maxItems: 32768, maxBytes: 8 * 1024 * 1024 };

/**
 * One client's bounded queue of encoded envelopes (drop newest, see above), held as runs of the
 * batches they were encoded in: queueing a batch for a client costs an object per run, not per envelope.
 */
export class ClientQueue {
  private runs: Run[] = [];
  private head = 0;
  private items = 0;
  private bytes = 0;
  /** dropped since the last loss marker was queued */
  private pending = 0;
  /**
   * Loss markers of other stages (kernel buffer, runner, agent queue) that arrived while the queue
   * was full: never dropped, but merged per stage and source and queued with the next CLIENT_QUEUE
   * marker, so a full queue cannot hide a loss reported upstream. Bounded by the number of sources.
   */
  private pendingMarkers = new Map<string, LostEvents>();
  /** dropped over the client's life */
  lostTotal = 0;
  /** envelopes offered to the queue (passed the client's filters), history included */
  offered = 0;
  /** envelopes taken out to be written, loss markers included */
  sent = 0;

  constructor(
    private readonly limits: QueueLimits,
    /** the loss marker's source, e.g. "client 3 (uid 1000)" */
    private readonly source: string,
    private readonly node: string,
    private readonly now: () => number = () => Date.now() * 1e6,
  ) {}

  get length(): number {
    return this.items;
  }

  get queuedBytes(): number {
    return this.bytes;
  }

  /**
   * Queues one envelope (its own bytes); false if it was dropped (queue full). `lost`: the envelope
   * is a loss marker, which a full queue keeps (merged per stage and source) instead of dropping.
   */
  push(bytes: Uint8Array, lost?: LostEvents): boolean {
    const r = frameOne(bytes);
    if (lost) return this.pushMarker(r, lost);
    return this.pushRun(r.buf, r.starts, 0, 1) === 1;
  }

  /** A loss marker of another stage, framed: queued, or merged and held while the queue is full. */
  pushMarker(r: Run, lost: LostEvents): boolean {
    const size = r.starts[r.j]! - r.starts[r.i]!;
    if (this.items >= this.limits.maxItems || this.bytes + size > this.limits.maxBytes) {
      const key = `${lost.stage ?? 0}\u0000${lost.source ?? ''}`;
      const held = this.pendingMarkers.get(key);
      if (held) {
        held.count = Number(held.count ?? 0) + Number(lost.count ?? 0);
        held.timeNs = lost.timeNs ?? held.timeNs;
      } else {
        this.offered++;
        this.pendingMarkers.set(key, { ...lost, count: Number(lost.count ?? 0) });
      }
      return true;
    }
    this.offered++;
    this.flushLoss();
    this.add(r);
    return true;
  }

  /**
   * Queues envelopes i..j-1 of a framed batch: the first ones that fit the bounds are queued, the
   * rest dropped and counted. Returns how many were queued.
   */
  pushRun(buf: Buffer, starts: Uint32Array, i: number, j: number): number {
    this.offered += j - i;
    let end = Math.min(j, i + Math.max(0, this.limits.maxItems - this.items));
    const room = this.limits.maxBytes - this.bytes;
    while (end > i && starts[end]! - starts[i]! > room) end--;
    if (end > i) {
      this.flushLoss();
      this.add({ buf, starts, i, j: end });
    }
    const dropped = j - end;
    if (dropped) {
      this.pending += dropped;
      this.lostTotal += dropped;
    }
    return end - i;
  }

  /** Queues history (last N of the ring) regardless of the bound: the ring already bounds it. */
  pushUnbounded(bytes: Uint8Array): void {
    this.offered++;
    this.add(frameOne(bytes));
  }

  /**
   * Takes up to max envelopes and about maxBytes (at least one envelope), oldest first, as runs;
   * queues the pending loss marker when that empties the queue.
   */
  private takeRuns(max: number, maxBytes: number): Run[] {
    const out: Run[] = [];
    let n = 0;
    let size = 0;
    while (this.head < this.runs.length && n < max) {
      const r = this.runs[this.head]!;
      let end = Math.min(r.j, r.i + (max - n));
      if (n > 0 || end > r.i + 1) {
        // at least one envelope per message; then as many as stay under maxBytes
        const room = maxBytes - size;
        while (end > r.i + (n > 0 ? 0 : 1) && r.starts[end]! - r.starts[r.i]! > room) end--;
      }
      if (end === r.i) break;
      const part = end === r.j ? r : { buf: r.buf, starts: r.starts, i: r.i, j: end };
      out.push(part);
      const b = r.starts[end]! - r.starts[r.i]!;
      n += end - r.i;
      size += b;
      if (end === r.j) this.runs[this.head++] = undefined as unknown as Run;
      else {
        r.i = end;
        break;
      }
    }
    this.items -= n;
    this.bytes -= size;
    this.sent += n;
    if (this.head > 1024 && this.head * 2 > this.runs.length) {
      this.runs = this.runs.slice(this.head);
      this.head = 0;
    }
    if (this.items === 0) this.flushLoss();
    return out;
  }

  /** Takes up to max envelopes (about maxBytes), each as its own bytes (a view). */
  take(max: number, maxBytes = Infinity): Uint8Array[] {
    const out: Uint8Array[] = [];
    for (const r of this.takeRuns(max, maxBytes)) for (let k = r.i; k < r.j; k++) out.push(bodyAt(r, k));
    return out;
  }

  /** Takes up to max envelopes (about maxBytes) as one ObserveResponse's bytes; views when it can. */
  takeMessage(max: number, maxBytes = Infinity): Buffer {
    const runs = this.takeRuns(max, maxBytes);
    if (runs.length === 1) return runs[0]!.buf.subarray(runs[0]!.starts[runs[0]!.i], runs[0]!.starts[runs[0]!.j]);
    return Buffer.concat(runs.map((r) => r.buf.subarray(r.starts[r.i], r.starts[r.j])));
  }

  private add(r: Run): void {
    this.runs.push(r);
    this.items += r.j - r.i;
    this.bytes += r.starts[r.j]! - r.starts[r.i]!;
  }

  private flushLoss(): void {
    if (this.pendingMarkers.size) {
      for (const lost of this.pendingMarkers.values()) this.add(frameOne(pb.Envelope.encode({ node: this.node, lost }).finish()));
      this.pendingMarkers.clear();
    }
    if (!this.pending) return;
    const env: Envelope = { node: this.node, lost: { stage: LossStage.LOSS_STAGE_CLIENT_QUEUE, source: this.source, count: this.pending, timeNs: this.now() } };
    this.pending = 0;
    this.add(frameOne(pb.Envelope.encode(env).finish()));
  }
}

/** A subscriber of the fan-out: its filters and queue, and a wake-up when something was queued. */
export interface Subscriber {
  filters: CompiledFilters;
  queue: ClientQueue;
  wake(): void;
}

export interface HistoryRequest {
  first?: number;
  last?: number;
  sinceNs?: number;
}

function timeOf(env: Envelope): number {
  return (
    env.packet?.timeNs ?? env.journey?.startTimeNs ?? env.conntrack?.timeNs ?? env.conntrackStats?.timeNs ?? env.qdisc?.timeNs ?? env.lost?.timeNs ?? env.gap?.fromTimeNs ?? 0
  );
}

export class Fanout {
  readonly ring: Ring;
  private readonly subs = new Set<Subscriber>();
  /** envelopes dropped from client queues, over all clients */
  clientLostTotal = 0;

  constructor(ringSize = 4096) {
    this.ring = new Ring(ringSize);
  }

  get clients(): number {
    return this.subs.size;
  }

  publish = (env: Envelope): void => this.publishBatch([env]);

  /**
   * A batch of envelopes: encoded once, framed into one buffer (the recording codec's encoder), kept
   * in the ring, and queued for every client as runs of the consecutive envelopes its filters pass;
   * each client is woken once per batch.
   */
  publishBatch = (envs: Envelope[]): void => {
    // only the bytes are kept: a decoded envelope costs several times its encoded size in heap
    const { buf, starts } = encodeFramed(envs);
    const n = envs.length;
    // status envelopes are periodic and would crowd the ring out of events: they are not kept
    let from = 0;
    for (let k = 0; k <= n; k++) {
      if (k === n || envs[k]!.status) {
        if (k > from) this.ring.pushRun({ buf, starts, i: from, j: k });
        from = k + 1;
      }
    }
    for (const s of this.subs) {
      let picked = 0;
      for (let k = 0; k < n; k++) if (wanted(s.filters, envs[k]!)) picked++;
      if (!picked) continue;
      // a run keeps the whole batch's buffer alive: a client that takes few envelopes of a batch
      // gets copies, so its bounded queue also bounds the memory it holds
      const copy = picked * 2 < n;
      let a = -1;
      const flushRun = (b: number) => {
        if (a < 0) return;
        const dropped = (b - a) - this.pushRun(s.queue, buf, starts, a, b, copy);
        this.clientLostTotal += dropped;
        a = -1;
      };
      for (let k = 0; k < n; k++) {
        const env = envs[k]!;
        if (!wanted(s.filters, env)) {
          flushRun(k);
          continue;
        }
        if (env.lost) {
          flushRun(k);
          const one = Buffer.from(buf.subarray(starts[k], starts[k + 1]));
          s.queue.pushMarker({ buf: one, starts: Uint32Array.of(0, one.length), i: 0, j: 1 }, env.lost);
          continue;
        }
        if (a < 0) a = k;
      }
      flushRun(n);
      s.wake();
    }
  };

  /** Queues envelopes a..b-1 of a batch for one client, as a copy of their own when asked. */
  private pushRun(q: ClientQueue, buf: Buffer, starts: Uint32Array, a: number, b: number, copy: boolean): number {
    if (!copy) return q.pushRun(buf, starts, a, b);
    const base = starts[a]!;
    const own = Buffer.from(buf.subarray(base, starts[b]));
    const rel = new Uint32Array(b - a + 1);
    for (let k = a; k <= b; k++) rel[k - a] = starts[k]! - base;
    return q.pushRun(own, rel, 0, b - a);
  }

  /** Per-client counters of the subscribers now connected. */
  subscribers(): Subscriber[] {
    return [...this.subs];
  }

  /** The buffered envelopes a request asks for, oldest first; none when it asks for none. */
  history(filters: CompiledFilters, h: HistoryRequest, all: boolean): Item[] {
    if (!h.first && !h.last && !h.sinceNs && !all) return [];
    // history is asked for rarely (a client connecting): decoding the ring then is cheap enough
    const decoded = this.ring.items().map((i) => ({ item: i, env: pb.Envelope.toObject(pb.Envelope.decode(i.bytes), { longs: Number }) as Envelope }));
    let items = decoded.filter((d) => passes(filters, d.env) && (!h.sinceNs || timeOf(d.env) >= h.sinceNs)).map((d) => d.item);
    if (h.first) items = items.slice(0, h.first);
    if (h.last) items = items.slice(-h.last);
    return items;
  }

  /**
   * Adds a subscriber after queueing its history (in the same tick, so nothing is missed or sent
   * twice between the two); returns its removal.
   */
  subscribe(sub: Subscriber, history: Item[], live: boolean): () => void {
    for (const i of history) sub.queue.pushUnbounded(i.bytes);
    if (live) this.subs.add(sub);
    if (history.length) sub.wake();
    return () => this.subs.delete(sub);
  }
}
