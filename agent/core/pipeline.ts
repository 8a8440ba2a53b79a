// Normalizer + correlator + sequencing: every envelope a source emits passes here once. Packet
// sightings get wall time and their netns name, feed the correlator, and go out (if wanted);
// journeys come out of the correlator on a timer. Pure apart from the timer.
//
// When a journey is idle is judged on the probes' clock, not only the agent's: each probe set's
// sightings arrive through their own loader, and under load one set's stream can run hundreds of ms
// behind another's (the tracepoint set sees every netns on the host). A journey is closed only once
// every probe set has delivered sightings past it (the watermark in flush()), so the late set's hops
// still join it instead of starting journeys of their own. The loader-run sets say how far their
// stream has got in progress marks on their own clock, also while they are silent (a set that had
// seen nothing for a while used to count as caught up, and the first packet of a new flow lost its
// hook hops to a journey of their own).
//
// The fast path is packets(): a batch of sightings from a probe set becomes one array of envelopes
// (each sighting, then the journeys it closed) handed to each batch subscriber in one call, so the
// fan-out encodes and queues a batch at a time instead of being called per envelope.
import { HopKind, type Envelope, type Journey, type PacketEvent } from '../../proto/index.js';
import { Correlator, type CorrelatorOptions } from '../correlate/journeys.js';
import { ConntrackIds } from '../correlate/ct-ids.js';
import type { Clock } from './clock.js';

export interface PipelineOptions {
  node: string;
  clock: Clock;
  /** netns inode → name, for the names people know (lab-host01) */
  netnsNames: Map<number, string>;
  correlator?: CorrelatorOptions;
  /** how often idle journeys are closed (ms) */
  flushEveryMs?: number;
  /**
   * how long a journey with a hop in a netns without a name waits for one (ns; default 0): a
   * container's name arrives from its engine a little after its first packets (agent/identity)
   */
  nameWaitNs?: number;
}

export type BatchSink = (envs: Envelope[]) => void;

/** a probe set that delivered nothing for this long is taken to be drained (see watermark()) */
const SILENT_NS = 1e9;
/** the most the watermark stays behind the agent's clock */
const MAX_LAG_NS = 400e6;
/** how long before its mark a record may still be on its way into a loader's ring */
const PROGRESS_SLACK_NS = 2e6;

export class Pipeline {
  private seq = 0;
  private readonly correlator: Correlator;
  private timer: NodeJS.Timeout | undefined;
  /**
   * per probe set: the newest sighting's monotonic time, the agent's monotonic time when it arrived,
   * and the set's own progress mark (0 for sets that send none: bpftrace)
   */
  private readonly streams = new Map<number, { mono: number; arrived: number; progress: number }>();
  private readonly sinks = new Set<(env: Envelope) => void>();
  /** conntrack's ids of the entries the conntrack sources reported, for the journeys' ct.entry_id */
  private readonly ctIds = new ConntrackIds();
  private flushes = 0;
  /**
   * journeys with a hop in a netns that has no name yet, and until when (agent monotonic ns) they
   * wait for one: a container's name arrives from its engine a little after its first packets,
   * and journeys close within milliseconds of their last hop
   */
  private unnamed: Array<{ j: Journey; until: number }> = [];
  private readonly batchSinks = new Set<BatchSink>();
  /** envelopes published, every kind */
  eventsTotal = 0;
  /** the counts of every LostEvents published */
  lostTotal = 0;
  packetsPublished = 0;
  journeysPublished = 0;

  constructor(private readonly opts: PipelineOptions) {
    this.correlator = new Correlator({ idPrefix: `${opts.node}-`, ...opts.correlator });
  }

  /** Adds a consumer of every envelope, one call each; returns its removal. */
  subscribe(sink: (env: Envelope) => void): () => void {
    this.sinks.add(sink);
    return () => this.sinks.delete(sink);
  }

  /** Adds a consumer of every envelope, in batches (in order; the array is the sink's to keep); returns its removal. */
  subscribeBatch(sink: BatchSink): () => void {
    this.batchSinks.add(sink);
    return () => this.batchSinks.delete(sink);
  }

  start(): void {
    this.timer = setInterval(() => this.flush(), this.opts.flushEveryMs ?? 50);
    this.timer.unref();
  }

  /** A batch of packet sightings from a probe set: normalize, correlate, publish as one batch. */
  packets = (evs: PacketEvent[]): void => {
    const out: Envelope[] = [];
    const names = this.opts.netnsNames;
    const clock = this.opts.clock;
    let newest = 0;
    for (const ev of evs) {
      if (ev.monoNs && ev.monoNs > newest) newest = ev.monoNs;
      if (ev.monoNs && !ev.timeNs) ev.timeNs = clock.wallOf(ev.monoNs);
      if (ev.netns && !ev.netnsName) {
        const name = names.get(ev.netns);
        if (name) ev.netnsName = name;
      }
      out.push({ packet: ev });
      const closed = this.correlator.add(ev);
      for (let i = 0; i < closed.length; i++) out.push({ journey: closed[i] });
    }
    if (newest && evs.length) this.arrived(evs[0]!.probeSet ?? 0, newest);
    this.publishAll(out);
    // journeys whose packet is gone close as soon as every probe set is past them, not at the next
    // flush: under a flood they then die young (the idle window keeps only live packets open)
    this.publishJourneys(this.correlator.flushDone(this.watermark()));
  };

  private arrived(set: number, mono: number): void {
    const s = this.streams.get(set);
    if (!s) this.streams.set(set, { mono, arrived: this.opts.clock.monoNow(), progress: 0 });
    else if (mono >= s.mono) {
      s.mono = mono;
      s.arrived = this.opts.clock.monoNow();
    }
  }

  /** A probe set's progress mark: every sighting it made before `mono` has been handed to packets(). */
  progress = (set: number, mono: number): void => {
    const now = this.opts.clock.monoNow();
    const s = this.streams.get(set);
    if (!s) this.streams.set(set, { mono: 0, arrived: now, progress: mono });
    else {
      if (mono > s.progress) s.progress = mono;
      s.arrived = now;
    }
  };

  /**
   * How far the probes' clock has surely got. A set that sends progress marks is caught up to its
   * latest mark (less PROGRESS_SLACK_NS: a program may have stamped a record and not yet committed
   * it when the loader read the ring). Without marks (bpftrace), a set whose newest sighting (time M)
   * arrived when the agent's clock read A is taken to be caught up to M + (now - A): a set that lags
   * keeps it back by its lag. A set that has delivered nothing for a second — no sighting, no mark —
   * is gone or drained and holds nothing up. Never past now.
   */
  watermark(now = this.opts.clock.monoNow()): number {
    let wm = now;
    for (const s of this.streams.values()) {
      if (now - s.arrived > SILENT_NS) continue;
      const caughtUp = s.progress ? s.progress - PROGRESS_SLACK_NS : s.mono + (now - s.arrived);
      if (caughtUp < wm) wm = caughtUp;
    }
    // an agent that cannot keep up (a flood) would hold every journey for as long as its queues are
    // behind, and its memory with them: never more than MAX_LAG_NS (a hop later than that starts a
    // journey of its own)
    return Math.max(wm, now - MAX_LAG_NS);
  }

  /** One packet sighting (probe sets without the batch path). */
  packet = (ev: PacketEvent): void => this.packets([ev]);

  /** Any other envelope (conntrack, qdisc, lost, gap, status). */
  envelope = (env: Envelope): void => {
    if (env.packet) return this.packet(env.packet);
    if (env.conntrack) this.ctIds.note(env.conntrack, this.opts.clock.monoNow());
    this.publishAll([env]);
  };

  flush(): void {
    this.publishJourneys(this.correlator.flush(this.watermark()));
    if (this.unnamed.length) {
      const now = this.opts.clock.monoNow();
      const ready = this.unnamed.filter((w) => now >= w.until || this.named(w.j));
      if (ready.length) {
        this.unnamed = this.unnamed.filter((w) => !ready.includes(w));
        this.publishAll(ready.map((w) => ({ journey: w.j })));
      }
    }
    if (++this.flushes % 100 === 0) this.ctIds.expire(this.opts.clock.monoNow());
  }

  /** Closes the open journeys and stops the timer. */
  stop(): void {
    if (this.timer) clearInterval(this.timer);
    const waiting = this.unnamed.map((w) => w.j);
    this.unnamed = [];
    if (waiting.length) this.publishAll(waiting.map((j) => ({ journey: j })));
    this.publishJourneys(this.correlator.drain(), false);
  }

  /**
   * Whether every hop's netns has a name, and the conntrack entry its conntrack id when the agent
   * reads conntrack events (both filled in as a side effect): conntrack reports a new entry a moment
   * after its first packet, a container engine its container a moment after its first packets.
   */
  private named(j: Journey): boolean {
    let all = true;
    for (const hop of j.hops ?? []) {
      if (hop.netns && !hop.netnsName) {
        const name = this.opts.netnsNames.get(hop.netns);
        if (name) hop.netnsName = name;
        else all = false;
      }
    }
    if (j.ct && !j.ct.entryId && this.ctIds.size) {
      this.nameJourney(j);
      if (!j.ct.entryId) all = false;
    }
    return all;
  }

  private publishJourneys(js: Journey[], wait = true): void {
    if (!js.length) return;
    const now: Envelope[] = [];
    for (const j of js) {
      if (!wait || !this.opts.nameWaitNs || this.named(j)) now.push({ journey: j });
      else this.unnamed.push({ j, until: this.opts.clock.monoNow() + this.opts.nameWaitNs });
    }
    if (now.length) this.publishAll(now);
  }

  private publishAll(envs: Envelope[]): void {
    const node = this.opts.node;
    for (const env of envs) {
      env.seq = ++this.seq;
      env.node = node;
      if (env.packet) this.packetsPublished++;
      else if (env.journey) {
        this.journeysPublished++;
        this.nameJourney(env.journey);
      } else if (env.lost) this.lostTotal += env.lost.count ?? 0;
    }
    this.eventsTotal += envs.length;
    for (const s of this.batchSinks) s(envs);
    if (this.sinks.size) for (const env of envs) for (const s of this.sinks) s(env);
  }

  private nameJourney(j: Journey): void {
    const h = j.hops?.[0];
    if (h && !j.startTimeNs) j.startTimeNs = this.opts.clock.wallOf(h.monoNs ?? 0);
    const netns: number[] = [];
    for (const hop of j.hops ?? []) {
      if (hop.netns && !hop.netnsName) {
        const name = this.opts.netnsNames.get(hop.netns);
        if (name) hop.netnsName = name;
      }
      if (hop.kind === HopKind.HOP_KIND_HOOK_EXIT && hop.netns && !netns.includes(hop.netns)) netns.push(hop.netns);
    }
    if (j.ct && !j.ct.entryId && this.ctIds.size) {
      // the probes' ConntrackRef objects are shared between sightings (and their encoded bytes kept): a copy
      const id = this.ctIds.idOf(j.ct, netns);
      if (id) j.ct = { ...j.ct, entryId: id };
    }
  }
}
