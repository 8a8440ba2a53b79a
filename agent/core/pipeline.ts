// Normalizer + correlator + sequencing: every envelope a source emits passes here once. Packet
// sightings get wall time and their netns name, feed the correlator, and go out (if wanted);
// journeys come out of the correlator on a timer. Pure apart from the timer.
import type { Envelope, PacketEvent } from '../../proto/index.js';
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

export class Pipeline {
  private seq = 0;
  private readonly correlator: Correlator;
  private timer: NodeJS.Timeout | undefined;
  private readonly sinks = new Set<(env: Envelope) => void>();
  eventsTotal = 0;
  lostTotal = 0;

  constructor(private readonly opts: PipelineOptions) {
    this.correlator = new Correlator({ idPrefix: `${opts.node}-`, ...opts.correlator });
  }

  /** Adds a consumer of every envelope; returns its removal. */
  subscribe(sink: (env: Envelope) => void): () => void {
    this.sinks.add(sink);
    return () => this.sinks.delete(sink);
  }

  start(): void {
    this.timer = setInterval(() => this.flush(), this.opts.flushEveryMs ?? 50);
    this.timer.unref();
  }

  /** A packet sighting from a probe: normalize, correlate, publish. */
  packet = (ev: PacketEvent): void => {
    if (ev.monoNs && !ev.timeNs) ev.timeNs = this.opts.clock.wallOf(ev.monoNs);
    if (ev.netns && !ev.netnsName) {
      const name = this.opts.netnsNames.get(ev.netns);
      if (name) ev.netnsName = name;
    }
    this.publish({ packet: ev });
    for (const j of this.correlator.add(ev)) this.publish({ journey: j });
  };

  /** Any other envelope (conntrack, qdisc, lost, gap, status). */
  envelope = (env: Envelope): void => {
    if (env.packet) return this.packet(env.packet);
    if (env.lost) this.lostTotal += env.lost.count ?? 0;
    this.publish(env);
  };

  flush(): void {
    for (const j of this.correlator.flush(this.opts.clock.monoNow())) this.publish({ journey: j });
  }

  /** Closes the open journeys and stops the timer. */
  stop(): void {
    if (this.timer) clearInterval(this.timer);
    for (const j of this.correlator.drain()) this.publish({ journey: j });
  }

  private publish(env: Envelope): void {
    env.seq = ++this.seq;
    env.node = this.opts.node;
    if (env.journey) {
      const h = env.journey.hops?.[0];
      if (h && !env.journey.startTimeNs) env.journey.startTimeNs = this.opts.clock.wallOf(h.monoNs ?? 0);
      for (const hop of env.journey.hops ?? []) {
        if (hop.netns && !hop.netnsName) {
          const name = this.opts.netnsNames.get(hop.netns);
          if (name) hop.netnsName = name;
        }
      }
    }
    this.eventsTotal++;
    for (const s of this.sinks) s(env);
  }
}
