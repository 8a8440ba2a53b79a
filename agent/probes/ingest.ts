// The agent queue: records a probe runner wrote, waiting to be decoded and handed to the pipeline.
// Frames are split as chunks arrive (counting every record received); record frames wait in a
// bounded ring, and a drain loop decodes and hands them on in batches, yielding to the event loop
// between batches (setImmediate) so gRPC writes, timers and the other sources keep running. When the
// ring is full, arriving records are dropped and counted (LOSS_STAGE_AGENT_QUEUE) instead of growing
// memory; the loss is published just before the next batch, where the hole in the stream is.
import type { PacketEvent } from '../../proto/index.js';
import type { StageCounters } from './counters.js';
import { decodeProgress, decodeStats, FRAME_PROGRESS, FRAME_STATS, FrameSplitter, PROGRESS_SIZE, STATS_SIZE, type LoaderStats } from './loader/binary.js';

export interface IngestOptions {
  counters: StageCounters;
  /** a record frame → its event; undefined for a frame that is not one (another build's record) */
  decode(type: number, b: Buffer, off: number, len: number): PacketEvent | undefined;
  /** the runner's counters, in stream order (everything written before them has been received) */
  onStats(s: LoaderStats): void;
  /**
   * Frames that are not records (the kprobe set's group states): true when it took the frame, which
   * then is not counted or queued as a record.
   */
  control?(type: number, b: Buffer, off: number, len: number): boolean;
  /** a batch of decoded events, in stream order */
  sink(events: PacketEvent[]): void;
  /**
   * The runner's stream is complete up to this monotonic time: called once every record the runner
   * wrote before its progress frame has gone to sink() (records still queued hold it back)
   */
  onProgress?(mono: number): void;
  /** records dropped at the agent queue since the last call */
  lost(count: number): void;
  /** most records waiting (default 32768) */
  maxQueued?: number;
  /** most record bytes waiting (default 8 MiB); each waiting record also keeps its chunk alive */
  maxQueuedBytes?: number;
  /** records decoded per turn of the event loop (default 2048) */
  batch?: number;
}

export class RecordIngest {
  private readonly splitter: FrameSplitter;
  private readonly cap: number;
  private readonly maxBytes: number;
  private bytes = 0;
  private readonly batch: number;
  private readonly bufs: Array<Buffer | undefined>;
  private readonly offs: Int32Array;
  private readonly types: Uint8Array;
  private readonly lens: Uint16Array;
  private head = 0;
  private size = 0;
  private pendingLost = 0;
  /**
   * records queued and drained so far, and the progress marks waiting for their records, oldest
   * first (a newer mark must not replace a waiting one: under a steady backlog the queue never
   * empties, and the newest mark's records would never all be drained)
   */
  private enq = 0;
  private deq = 0;
  private readonly marks: Array<{ mono: number; after: number }> = [];
  private scheduled = false;
  private stopped = false;

  constructor(private readonly o: IngestOptions) {
    // a third of a second at 100,000 records/s: enough for bursts; under a sustained overload the
    // queue is full whatever its size, and a larger one only adds memory and delay
    this.cap = o.maxQueued ?? 32768;
    this.maxBytes = o.maxQueuedBytes ?? 8 * 1024 * 1024;
    this.batch = o.batch ?? 2048;
    this.bufs = new Array<Buffer | undefined>(this.cap);
    this.offs = new Int32Array(this.cap);
    this.types = new Uint8Array(this.cap);
    this.lens = new Uint16Array(this.cap);
    this.splitter = new FrameSplitter((type, b, off, len) => this.frame(type, b, off, len));
  }

  /** records waiting */
  get queued(): number {
    return this.size;
  }

  /** Bytes from the runner, as they arrive. */
  push = (chunk: Buffer): void => {
    this.splitter.push(chunk);
    if (this.size && !this.scheduled && !this.stopped) {
      this.scheduled = true;
      setImmediate(this.drain);
    }
  };

  /** Forgets a half-read frame (the process that wrote it is gone). */
  reset(): void {
    this.splitter.reset();
  }

  /**
   * At shutdown: decodes up to `max` of what is still queued, synchronously, and counts the rest as
   * lost at the agent queue (a backlog would otherwise hold the agent's exit for seconds).
   */
  flush(max = Infinity): void {
    while (this.size && max > 0) {
      const n = Math.min(this.size, max, 8192);
      this.drainOnce(n);
      max -= n;
    }
    if (this.size) {
      this.o.counters.agentQueueLost += this.size;
      this.pendingLost += this.size;
      for (let k = 0; k < this.size; k++) this.bufs[(this.head + k) % this.cap] = undefined;
      this.head = 0;
      this.size = 0;
      this.deq = this.enq;
      this.marks.length = 0;
      this.bytes = 0;
    }
    this.reportLost();
  }

  stop(): void {
    this.stopped = true;
  }

  private frame(type: number, b: Buffer, off: number, len: number): void {
    if (type === FRAME_STATS) {
      if (len >= STATS_SIZE) this.o.onStats(decodeStats(b, off));
      return;
    }
    if (type === FRAME_PROGRESS) {
      if (len < PROGRESS_SIZE || !this.o.onProgress) return;
      const mono = decodeProgress(b, off);
      // with records still queued, the mark waits until they have gone to the sink
      if (this.size === 0 && !this.marks.length) this.o.onProgress(mono);
      else if (this.marks.length < 256) this.marks.push({ mono, after: this.enq });
      else this.marks[this.marks.length - 1] = { mono, after: this.enq }; // bounded: the newest replaces the last
      return;
    }
    if (this.o.control?.(type, b, off, len)) return;
    const c = this.o.counters;
    c.agentReceived++;
    if (this.size >= this.cap || this.bytes + len > this.maxBytes) {
      c.agentQueueLost++;
      this.pendingLost++;
      return;
    }
    const i = (this.head + this.size) % this.cap;
    this.bufs[i] = b;
    this.offs[i] = off;
    this.types[i] = type;
    this.lens[i] = len;
    this.size++;
    this.enq++;
    this.bytes += len;
  }

  private readonly drain = (): void => {
    this.scheduled = false;
    if (this.stopped) return;
    this.drainOnce(this.batch);
    if (this.size) {
      this.scheduled = true;
      setImmediate(this.drain);
    }
  };

  private drainOnce(max: number): void {
    this.reportLost();
    const n = Math.min(max, this.size);
    if (!n) return;
    const out: PacketEvent[] = [];
    const c = this.o.counters;
    for (let k = 0; k < n; k++) {
      const i = this.head;
      const len = this.lens[i]!;
      const ev = this.o.decode(this.types[i]!, this.bufs[i]!, this.offs[i]!, len);
      this.bytes -= len;
      this.bufs[i] = undefined;
      this.head = (i + 1) % this.cap;
      if (ev) out.push(ev);
    }
    this.size -= n;
    this.deq += n;
    c.agentAccepted += n;
    if (out.length) this.o.sink(out);
    let mono = 0;
    while (this.marks.length && this.deq >= this.marks[0]!.after) mono = this.marks.shift()!.mono;
    if (mono) this.o.onProgress?.(mono);
  }

  private reportLost(): void {
    if (!this.pendingLost) return;
    const n = this.pendingLost;
    this.pendingLost = 0;
    this.o.lost(n);
  }
}
