// A recording as the agent's envelope source (`netscope agent --replay FILE`): it publishes the
// recorded envelopes in their order, paced by their timestamps, and answers what the gRPC server asks
// of an agent (status, probe sets, conntrack table, qdiscs, snapshots) from the recording's header and
// start snapshots, brought up to date with every envelope replayed so far. No probes, root or kernel.
import { performance } from 'node:perf_hooks';
import type { AgentStatus, ConntrackEvent, ConntrackStats, Envelope, ProbeSetStatus, QdiscSample } from '../../proto/index.js';
import { ConntrackEventType } from '../../proto/index.js';
import { timeOf } from '../record/envelope-info.js';
import { describeEnd, recordingParts, RecordingReader, type ReadEnd } from '../record/reader.js';
import type { RecordingHeader, Snapshot } from '../record/writer.js';
import type { Backend } from '../server/server.js';
import type { GetSnapshotResponse } from '../server/service.js';
import { qdiscKey } from '../sources/qdisc/parse.js';

/** Time for pacing: a real one, or a fake one in tests. */
export interface ReplayClock {
  /** ms, monotonic */
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const realClock: ReplayClock = {
  now: () => performance.now(),
  sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
};

export interface ReplayOptions {
  /** speed factor; Infinity publishes as fast as the clients read (default 1) */
  speed?: number;
  /** start again from the first envelope at the end (default false) */
  loop?: boolean;
  clock?: ReplayClock;
  /** resolves when the replay may begin (e.g. once a client follows the stream); default at once */
  startWhen?: Promise<void>;
  /** at full speed: true while clients still have much queued; the replay waits until it is false */
  busy?: () => boolean;
  /** envelopes published between two turns of the event loop at full speed (default 64) */
  chunk?: number;
  /** a line for stderr (a cut recording, the end of a pass) */
  warn?: (msg: string) => void;
}

export interface ReplayProgress {
  /** envelopes published, all passes */
  published: number;
  /** passes begun (1 on the first) */
  pass: number;
  /** true once the last pass ended (never with loop, unless the recording holds no envelope) */
  finished: boolean;
  /** how the last part read ended */
  end?: ReadEnd;
}

type Sink = (env: Envelope) => void;

/** A decoded 64-bit field as a number (the reader gives int64 fields as Long objects). */
const num = (v: unknown): number => (v == null ? 0 : typeof v === 'object' && 'toNumber' in v ? (v as { toNumber(): number }).toNumber() : Number(v));

const netnsKey = (name: string | null | undefined, ino: number | null | undefined) => name || String(ino ?? 0);

function entryKey(ev: ConntrackEvent): string {
  const e = ev.entry ?? {};
  if (e.id) return `id:${e.id}`;
  const o = e.original ?? {};
  return `t:${e.protocol}|${o.src}|${o.dst}|${o.srcPort ?? ''}|${o.dstPort ?? ''}|${o.icmpId ?? ''}|${e.zone ?? 0}`;
}

/** The state a replay has reached in one netns. */
interface NetnsState {
  name: string;
  ino: number;
  conntrack: Map<string, ConntrackEvent>;
  stats: ConntrackStats | undefined;
  qdiscs: Map<string, QdiscSample>;
}

export class ReplaySource implements Backend {
  readonly header: RecordingHeader;
  readonly snapshots: Snapshot[];
  readonly node: string;
  readonly progress: ReplayProgress = { published: 0, pass: 0, finished: false };
  private readonly sinks = new Set<Sink>();
  private netns = new Map<string, NetnsState>();
  private lastStatus: AgentStatus | undefined;
  private stopped = false;
  private running: Promise<void> | undefined;
  private wake: (() => void) | undefined;
  private readonly speed: number;
  private readonly clock: ReplayClock;

  /** Reads the header and snapshots of `file` (throws the reader's one-sentence UserError when it cannot). */
  constructor(readonly file: string, private readonly opts: ReplayOptions = {}) {
    const r = RecordingReader.open(file);
    this.header = r.header;
    this.snapshots = r.snapshots;
    r.close();
    this.node = this.header.hostname || 'replay';
    this.speed = opts.speed ?? 1;
    this.clock = opts.clock ?? realClock;
    this.reset();
  }

  subscribe(sink: Sink): () => void {
    this.sinks.add(sink);
    return () => this.sinks.delete(sink);
  }

  /** Begins publishing; the promise resolves when the replay ends (or is stopped). */
  start(): Promise<void> {
    this.running ??= this.run();
    return this.running;
  }

  /** Stops publishing (between two envelopes); resolves once the loop has left. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.wake?.();
    await this.running;
  }

  /** The recorded agent's latest status envelope, or one made from the header before there is one. */
  currentStatus(): AgentStatus {
    if (this.lastStatus) return this.lastStatus;
    const h = this.header;
    return {
      version: h.netscopeVersion ?? '',
      hostname: h.hostname ?? '',
      kernel: h.kernelRelease ?? '',
      startTimeNs: h.startTimeNs ?? 0,
      probeSets: h.probeSets ?? [],
      netns: h.netns ?? [],
      eventsTotal: this.progress.published,
      lostTotal: 0,
    };
  }

  async probeStatus(): Promise<ProbeSetStatus[]> {
    return this.header.probeSets ?? [];
  }

  /** One per netns: the start snapshot's table with every conntrack event replayed so far applied. */
  conntrackSources(): Array<{ name: string; snapshot(): Promise<ConntrackEvent[]>; stats(): Promise<ConntrackStats> }> {
    return [...this.netns.values()].map((n) => ({
      name: `conntrack:${n.name}`,
      snapshot: async () => [...n.conntrack.values()].map((ev) => ({ ...ev, type: ConntrackEventType.CONNTRACK_EVENT_TYPE_SNAPSHOT })),
      stats: async () => n.stats ?? { netnsName: n.name, netns: n.ino, count: n.conntrack.size, max: 0, timeNs: this.snapshots.find((s) => s.netnsName === n.name)?.timeNs ?? 0 },
    }));
  }

  /** One per netns: the latest sample of each qdisc (from the start snapshot, then the replayed samples). */
  qdiscSources(): Array<{ current(): QdiscSample[] }> {
    return [...this.netns.values()].map((n) => ({ current: () => [...n.qdiscs.values()] }));
  }

  /** The recording's start snapshots, with the conntrack table and qdiscs as far as the replay has come. */
  async snapshot(): Promise<GetSnapshotResponse> {
    const snapshots = this.snapshots.map((s) => {
      const n = this.netns.get(netnsKey(s.netnsName, s.netns));
      if (!n) return s;
      return { ...s, conntrack: [...n.conntrack.values()].map((ev) => ({ ...ev, type: ConntrackEventType.CONNTRACK_EVENT_TYPE_SNAPSHOT })), qdiscs: [...n.qdiscs.values()] };
    });
    return { snapshots, monoNs: num(this.header.startMonoNs), monoToWallOffsetNs: num(this.header.monoToWallOffsetNs) };
  }

  /** Back to the state of the start snapshots. */
  private reset(): void {
    this.netns = new Map();
    this.lastStatus = undefined;
    const state = (name: string, ino: number) => this.state(name, ino);
    for (const name of this.header.netns ?? []) state(name, this.snapshots.find((s) => s.netnsName === name)?.netns ?? 0);
    for (const s of this.snapshots) {
      const n = state(s.netnsName ?? '', s.netns ?? 0);
      for (const ev of s.conntrack ?? []) n.conntrack.set(entryKey(ev), ev);
      for (const q of s.qdiscs ?? []) n.qdiscs.set(qdiscKey(q), q);
    }
  }

  private state(name: string, ino: number): NetnsState {
    const k = netnsKey(name, ino);
    let n = this.netns.get(k);
    if (!n) this.netns.set(k, (n = { name: name || String(ino), ino, conntrack: new Map(), stats: undefined, qdiscs: new Map() }));
    return n;
  }

  /** Applies one envelope to the replayed state and hands it to every subscriber. */
  private publish(env: Envelope): void {
    if (env.status) this.lastStatus = env.status;
    else if (env.conntrack) {
      const c = env.conntrack;
      const n = this.state(c.netnsName ?? '', c.netns ?? 0);
      if (c.type === ConntrackEventType.CONNTRACK_EVENT_TYPE_DESTROY) n.conntrack.delete(entryKey(c));
      else n.conntrack.set(entryKey(c), c);
    } else if (env.conntrackStats) {
      const s = env.conntrackStats;
      this.state(s.netnsName ?? '', s.netns ?? 0).stats = s;
    } else if (env.qdisc) {
      const q = env.qdisc;
      this.state(q.netnsName ?? '', q.netns ?? 0).qdiscs.set(qdiscKey(q), q);
    }
    this.progress.published++;
    for (const s of this.sinks) s(env);
  }

  private sleep(ms: number): Promise<void> {
    if (this.stopped) return Promise.resolve();
    return new Promise((resolve) => {
      this.wake = resolve;
      void this.clock.sleep(ms).then(resolve);
    });
  }

  private async run(): Promise<void> {
    if (this.opts.startWhen) await Promise.race([this.opts.startWhen, new Promise<void>((r) => (this.wake = r))]);
    const chunk = this.opts.chunk ?? 64;
    let sinceYield = 0;
    for (;;) {
      if (this.stopped) return;
      if (this.progress.pass > 0) this.reset();
      this.progress.pass++;
      const before = this.progress.published;
      let t0 = 0;
      let started = 0;
      for (const reader of recordingParts(this.file)) {
        for (const { batch } of reader.batches()) {
          for (const env of batch.envelopes) {
            if (this.stopped) return;
            if (this.speed === Infinity) {
              if (++sinceYield >= chunk) {
                sinceYield = 0;
                await new Promise((r) => setImmediate(r)); // let the server write to its clients
                while (this.opts.busy?.() && !this.stopped) await this.sleep(5);
                if (this.stopped) return;
              }
            } else {
              const t = timeOf(env);
              if (t) {
                if (!t0) {
                  t0 = t;
                  started = this.clock.now();
                }
                const wait = (t - t0) / 1e6 / this.speed - (this.clock.now() - started);
                if (wait > 0) await this.sleep(wait);
                if (this.stopped) return;
              }
            }
            this.publish(env);
          }
        }
        this.progress.end = reader.end;
        if (reader.end && !reader.end.whole) {
          this.opts.warn?.(describeEnd(reader.name, reader.end));
          break;
        }
      }
      const n = this.progress.published - before;
      if (!this.opts.loop || n === 0) {
        this.progress.finished = true;
        return;
      }
      this.opts.warn?.(`pass ${this.progress.pass} of ${this.file} done (${n} envelopes); starting again`);
    }
  }
}
