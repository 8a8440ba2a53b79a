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
import { encodeEnvelopes } from '../record/codec/encode.js';

/** passes(), without gathering an envelope's facts when the client has no allow/deny filter. */
function wanted(cf: CompiledFilters, env: Envelope): boolean {
  if (cf.allow.length || cf.deny.length) return passes(cf, env);
  return !cf.kinds || cf.kinds.has(kindOf(env));
}

export interface Item {
  /** pb.Envelope.encode(env), done once for all clients */
  bytes: Uint8Array;
}

/** The newest `capacity` items, oldest first. */
export class Ring {
  private readonly buf: Array<Item | undefined>;
  private next = 0;
  private size = 0;

  constructor(readonly capacity: number) {
    this.buf = new Array<Item | undefined>(capacity);
  }

  push(item: Item): void {
    if (this.capacity === 0) return;
    this.buf[this.next] = item;
    this.next = (this.next + 1) % this.capacity;
    if (this.size < this.capacity) this.size++;
  }

  /** Oldest to newest. */
  items(): Item[] {
    const out: Item[] = [];
    const start = (this.next - this.size + this.capacity) % (this.capacity || 1);
    for (let i = 0; i < this.size; i++) out.push(this.buf[(start + i) % this.capacity]!);
    return out;
  }

  get length(): number {
    return this.size;
  }
}

export interface QueueLimits {
  /** most envelopes queued for one client */
  maxItems: number;
  /** most encoded bytes queued for one client */
  maxBytes: number;
}

/**
 * 8 MiB holds about 36,000 packet envelopes: a third of a second at 100,000 events/s, enough to ride
 * out a client that is not scheduled for a while on a busy machine; the item bound is not the
 * tighter one for packets.
 */
export const DEFAULT_LIMITS: QueueLimits = { maxItems: 32768, maxBytes: 8 * 1024 * 1024 };

/** One client's bounded queue of encoded envelopes (drop newest, see above). */
export class ClientQueue {
  private items: Uint8Array[] = [];
  private head = 0;
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
    return this.items.length - this.head;
  }

  get queuedBytes(): number {
    return this.bytes;
  }

  /**
   * Queues one envelope; false if it was dropped (queue full). `lost`: the envelope is a loss marker,
   * which a full queue keeps (merged per stage and source) instead of dropping.
   */
  push(bytes: Uint8Array, lost?: LostEvents): boolean {
    if (this.length >= this.limits.maxItems || this.bytes + bytes.length > this.limits.maxBytes) {
      if (lost) {
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
      this.pending++;
      this.lostTotal++;
      return false;
    }
    this.offered++;
    this.flushLoss();
    this.add(bytes);
    return true;
  }

  /** Queues history (last N of the ring) regardless of the bound: the ring already bounds it. */
  pushUnbounded(bytes: Uint8Array): void {
    this.offered++;
    this.add(bytes);
  }

  /**
   * Takes up to max envelopes and about maxBytes (at least one envelope), oldest first; queues the
   * pending loss marker when that empties the queue.
   */
  take(max: number, maxBytes = Infinity): Uint8Array[] {
    let n = Math.min(max, this.length);
    if (maxBytes < this.bytes) {
      let size = 0;
      for (let i = 0; i < n; i++) {
        size += this.items[this.head + i]!.length;
        if (size > maxBytes && i > 0) {
          n = i;
          break;
        }
      }
    }
    const out = this.items.slice(this.head, this.head + n);
    this.head += n;
    this.sent += n;
    for (const b of out) this.bytes -= b.length;
    if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    if (this.length === 0) this.flushLoss();
    return out;
  }

  private add(bytes: Uint8Array): void {
    this.items.push(bytes);
    this.bytes += bytes.length;
  }

  private flushLoss(): void {
    if (this.pendingMarkers.size) {
      for (const lost of this.pendingMarkers.values()) this.add(pb.Envelope.encode({ node: this.node, lost }).finish());
      this.pendingMarkers.clear();
    }
    if (!this.pending) return;
    const env: Envelope = { node: this.node, lost: { stage: LossStage.LOSS_STAGE_CLIENT_QUEUE, source: this.source, count: this.pending, timeNs: this.now() } };
    this.pending = 0;
    this.add(pb.Envelope.encode(env).finish());
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
   * A batch of envelopes: each is encoded once (by the hand-written codec the recorder also uses,
   * into one buffer per batch, each item a view), kept in the ring, and queued for every client whose filters it passes; each client is
   * woken once per batch.
   */
  publishBatch = (envs: Envelope[]): void => {
    // only the bytes are kept: a decoded envelope costs several times its encoded size in heap
    const items = new Array<Item>(envs.length);
    const bytes = encodeEnvelopes(envs);
    for (let i = 0; i < envs.length; i++) {
      const env = envs[i]!;
      items[i] = { bytes: bytes[i]! };
      // status envelopes are periodic and would crowd the ring out of events: they are not kept
      if (!env.status) this.ring.push(items[i]!);
    }
    const pick: number[] = [];
    for (const s of this.subs) {
      pick.length = 0;
      for (let i = 0; i < envs.length; i++) if (wanted(s.filters, envs[i]!)) pick.push(i);
      if (!pick.length) continue;
      // a view keeps the whole batch's buffer alive: a client that takes a few items of a batch
      // gets copies, so its bounded queue also bounds the memory it holds
      const copy = pick.length * 2 < envs.length;
      for (const i of pick) {
        const b = items[i]!.bytes;
        if (!s.queue.push(copy ? b.slice() : b, envs[i]!.lost ?? undefined)) this.clientLostTotal++;
      }
      s.wake();
    }
  };

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
