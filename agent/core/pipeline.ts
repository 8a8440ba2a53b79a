// Normalizer + correlator + sequencing: every envelope a source emits passes here once. Packet
// sightings get wall time and their netns name, feed the correlator, and go out (if wanted);
// journeys come out of the correlator on a timer. Pure apart from the timer.
//
// The fast path is packets(): a batch of sightings from a probe set becomes one array of envelopes
// (each sighting, then the journeys it closed) handed to each batch subscriber in one call, so the
// fan-out encodes and queues a batch at a time instead of being called per envelope.
import type { Envelope, Journey, PacketEvent } from '../../proto/index.js';
import { Correlator, type CorrelatorOptions } from '../correlate/journeys.js';
import type { Clock } from './clock.js';

export interface PipelineOptions {
  node: string;
  clock: Clock;
  /** netns inode → name, for the names people know (lab-host01) */
  netnsNames: Map<number, string>;
  correlator?: CorrelatorOptions;
  /** how often idle journeys are closed (ms) */
  flushEveryMs?: number;
}

export type BatchSink = (envs: Envelope[]) => void;

export class Pipeline {
  private seq = 0;
  private readonly correlator: Correlator;
  private timer: NodeJS.Timeout | undefined;
  private readonly sinks = new Set<(env: Envelope) => void>();
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
    for (const ev of evs) {
      if (ev.monoNs && !ev.timeNs) ev.timeNs = clock.wallOf(ev.monoNs);
      if (ev.netns && !ev.netnsName) {
        const name = names.get(ev.netns);
        if (name) ev.netnsName = name;
      }
      out.push({ packet: ev });
      const closed = this.correlator.add(ev);
      for (let i = 0; i < closed.length; i++) out.push({ journey: closed[i] });
    }
    this.publishAll(out);
  };

  /** One packet sighting (probe sets without the batch path). */
  packet = (ev: PacketEvent): void => this.packets([ev]);

  /** Any other envelope (conntrack, qdisc, lost, gap, status). */
  envelope = (env: Envelope): void => {
    if (env.packet) return this.packet(env.packet);
    this.publishAll([env]);
  };

  flush(): void {
    this.publishJourneys(this.correlator.flush(this.opts.clock.monoNow()));
  }

  /** Closes the open journeys and stops the timer. */
  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.publishJourneys(this.correlator.drain());
  }

  private publishJourneys(js: Journey[]): void {
    if (js.length) this.publishAll(js.map((j) => ({ journey: j })));
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
    for (const hop of j.hops ?? []) {
      if (hop.netns && !hop.netnsName) {
        const name = this.opts.netnsNames.get(hop.netns);
        if (name) hop.netnsName = name;
      }
    }
  }
}
