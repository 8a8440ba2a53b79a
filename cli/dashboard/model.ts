// The dashboard's state, kept apart from the screen: envelopes go in one at a time (O(1) each, no
// formatting), everything is held in rings or capped maps, and the view reads it on its own timer.
// Pure: no I/O, no timers, so it is tested with plain envelopes.
import type { ConntrackTable } from '../../agent/server/service.js';
import {
  ConntrackEventType, LossStage, NatKind,
  type AgentStatus, type ConntrackEvent, type Envelope, type Gap, type Journey, type QdiscSample,
} from '../../proto/index.js';
import { filterPasses, parseFilter, type DashboardFilter } from './filter.js';
import { Ring } from './ring.js';

export interface ModelLimits {
  /** journeys kept (newest) */
  journeys: number;
  /** event-log items kept (newest) */
  log: number;
  /** conntrack rows kept per netns (a table past this shows its count, not every row) */
  conntrackRows: number;
  /** qdiscs followed (the first ones seen) */
  qdiscs: number;
  /** samples kept per qdisc */
  qdiscPoints: number;
}

export const DEFAULT_LIMITS: ModelLimits = { journeys: 500, log: 500, conntrackRows: 5000, qdiscs: 64, qdiscPoints: 180 };

export interface CtTable {
  netnsName: string;
  netns: number;
  /** nf_conntrack_count / nf_conntrack_max, from the latest ConntrackStats */
  count?: number;
  max?: number;
  /** rows by flow id (or tuple), oldest first */
  rows: Map<string, ConntrackEvent>;
  /** rows pushed out by the cap since the last full snapshot */
  evicted: number;
  /** set when the agent could not read this table */
  error?: string;
}

export interface QPoint {
  /** sample wall time, ns */
  timeNs: number;
  bytesPerS: number;
  dropsPerS: number;
  overlimitsPerS: number;
  /** the sample had a previous one to derive rates from */
  rated: boolean;
}

export interface QdiscSeries {
  key: string;
  netnsName: string;
  dev: string;
  kind: string;
  handle: string;
  /** tbf rate in bytes/s (0: not a tbf) */
  rateBytesPerS: number;
  last: QdiscSample;
  points: Ring<QPoint>;
}

export interface ChartSeries {
  title: string;
  y: number[];
  /** what the line is, for its colour */
  role: 'measured' | 'limit' | 'drops' | 'overlimits';
}

export interface ChartData {
  /** one label a bucket (seconds relative to the newest sample: "-59s" … "0s") */
  x: string[];
  series: ChartSeries[];
}

/** A line the dashboard itself adds to the event log (filter changes, stream end). */
export interface Note {
  note: string;
  timeNs: number;
}

export type LogItem = Envelope | Note;

export const STAGES: Array<[LossStage, string]> = [
  [LossStage.LOSS_STAGE_KERNEL_BUFFER, 'kernel buffer'],
  [LossStage.LOSS_STAGE_PROBE_RUNNER, 'probe runner'],
  [LossStage.LOSS_STAGE_AGENT_QUEUE, 'agent queue'],
  [LossStage.LOSS_STAGE_CLIENT_QUEUE, 'client queue'],
];

const nsKey = (name: string | null | undefined, inode: number | null | undefined) => name || String(inode ?? 0);

function ctKey(e: ConntrackEvent): string {
  const en = e.entry ?? {};
  if (en.id) return en.id;
  const o = en.original ?? {};
  return `${en.protocol}/${o.src}:${o.srcPort ?? o.icmpId ?? 0}>${o.dst}:${o.dstPort ?? 0}`;
}

export const isNat = (e: ConntrackEvent) => e.entry?.nat === NatKind.NAT_KIND_SNAT || e.entry?.nat === NatKind.NAT_KIND_DNAT;

export class DashboardModel {
  readonly limits: ModelLimits;
  /** envelopes ingested, all kinds */
  received = 0;
  /** journeys, packets and conntrack events the filter kept out */
  filteredOut = 0;
  readonly kinds = { packet: 0, journey: 0, conntrack: 0, conntrackStats: 0, qdisc: 0, lost: 0, gap: 0, status: 0 };
  readonly journeys: Ring<Journey>;
  readonly log: Ring<LogItem>;
  readonly conntrack = new Map<string, CtTable>();
  readonly qdiscs = new Map<string, QdiscSeries>();
  /** qdiscs not followed because of the cap */
  qdiscsIgnored = 0;
  /** events lost, summed per stage (LostEvents counts) */
  readonly lost = new Map<LossStage, number>();
  gaps = 0;
  lastGap: Gap | undefined;
  status: AgentStatus | undefined;
  filter: DashboardFilter | undefined;
  /** the newest event time seen (wall ns), for "now" in a replay */
  latestTimeNs = 0;

  constructor(limits: Partial<ModelLimits> = {}) {
    this.limits = { ...DEFAULT_LIMITS, ...limits };
    this.journeys = new Ring(this.limits.journeys);
    this.log = new Ring(this.limits.log);
  }

  /** Takes one envelope of the stream. O(1): no formatting, no scans. */
  ingest(env: Envelope): void {
    this.received++;
    if (env.journey) {
      this.kinds.journey++;
      this.seen(env.journey.startTimeNs);
      if (!this.keep(env)) return;
      this.journeys.push(env.journey);
      this.log.push(env);
    } else if (env.packet) {
      this.kinds.packet++;
      this.seen(env.packet.timeNs);
      if (!this.keep(env)) return;
      this.log.push(env);
    } else if (env.conntrack) {
      this.kinds.conntrack++;
      this.seen(env.conntrack.timeNs);
      this.conntrackEvent(env.conntrack);
      if (!this.keep(env)) return;
      if (env.conntrack.type !== ConntrackEventType.CONNTRACK_EVENT_TYPE_SNAPSHOT) this.log.push(env);
    } else if (env.conntrackStats) {
      this.kinds.conntrackStats++;
      const s = env.conntrackStats;
      const t = this.table(s.netnsName, s.netns);
      t.count = s.count ?? 0;
      t.max = s.max ?? 0;
    } else if (env.qdisc) {
      this.kinds.qdisc++;
      this.seen(env.qdisc.timeNs);
      this.qdiscSample(env.qdisc);
    } else if (env.lost) {
      this.kinds.lost++;
      const stage = env.lost.stage ?? LossStage.LOSS_STAGE_UNKNOWN;
      this.lost.set(stage, (this.lost.get(stage) ?? 0) + (env.lost.count ?? 0));
      this.log.push(env);
    } else if (env.gap) {
      this.kinds.gap++;
      this.gaps++;
      this.lastGap = env.gap;
      this.log.push(env);
    } else if (env.status) {
      this.kinds.status++;
      this.status = env.status;
    }
  }

  /** Replaces each netns's table with a full snapshot (GetConntrack, or a recording's start snapshot). */
  applyConntrackTables(tables: ConntrackTable[]): void {
    for (const tb of tables) {
      const t = this.table(tb.netnsName, tb.netns);
      if (tb.error) {
        t.error = tb.error;
        continue;
      }
      t.error = undefined;
      if (tb.stats) {
        t.count = tb.stats.count ?? 0;
        t.max = tb.stats.max ?? 0;
      }
      t.rows.clear();
      t.evicted = 0;
      for (const e of tb.entries ?? []) this.putRow(t, e);
    }
  }

  /** Sets the filter from the prompt's text (empty clears it); returns the error sentence, if any. */
  setFilter(text: string): string | undefined {
    const f = parseFilter(text);
    if ('error' in f) return f.error;
    this.filter = f.text ? f : undefined;
    // what is on screen follows the new filter; what it kept out before is gone
    this.journeys.retain((j) => filterPasses(this.filter, { journey: j }));
    this.log.retain((x) => 'note' in x || filterPasses(this.filter, x));
    this.note(this.filter ? `filter: ${this.filter.text}` : 'filter cleared');
    return undefined;
  }

  note(text: string, timeNs = Date.now() * 1e6): void {
    this.log.push({ note: text, timeNs });
  }

  /**
   * Journeys by start time, latest first, at most `limit`. (The agent closes a journey when its
   * window ends, so they arrive a little out of start order; the ring holds them as they came.)
   */
  latestJourneys(limit = this.limits.journeys): Journey[] {
    const js = this.journeys.newestFirst();
    js.sort((a, b) => (b.startTimeNs ?? 0) - (a.startTimeNs ?? 0) || (b.startMonoNs ?? 0) - (a.startMonoNs ?? 0));
    return js.length > limit ? js.slice(0, limit) : js;
  }

  /** Event-log items newest first, at most `limit`. */
  latestLog(limit: number): LogItem[] {
    return this.log.newestFirst(limit);
  }

  /** A table's rows that pass the filter, newest first, at most `limit`. */
  conntrackRows(t: CtTable, limit = Infinity): ConntrackEvent[] {
    const rows = [...t.rows.values()];
    const out: ConntrackEvent[] = [];
    for (let i = rows.length - 1; i >= 0 && out.length < limit; i--) {
      if (filterPasses(this.filter, { conntrack: rows[i]! })) out.push(rows[i]!);
    }
    return out;
  }

  lostTotal(): number {
    let n = 0;
    for (const v of this.lost.values()) n += v;
    return n;
  }

  /** The qdiscs with a tbf rate: the shaped interfaces. */
  shaped(): QdiscSeries[] {
    return [...this.qdiscs.values()].filter((q) => q.rateBytesPerS > 0);
  }

  /**
   * Measured throughput against the tbf rate, Mbit/s, per shaped interface: one bucket a second over
   * the last `window` seconds before the newest sample (a second without a sample keeps the value before).
   */
  throughputChart(window = 60): ChartData {
    const shaped = this.shaped();
    return this.chart(window, shaped, (q, title) => [
      { title: `${title} measured`, role: 'measured', pick: (p) => (p.rated ? (p.bytesPerS * 8) / 1e6 : undefined) },
      { title: `${title} tbf rate`, role: 'limit', pick: () => (q.rateBytesPerS * 8) / 1e6, constant: true },
    ]);
  }

  /** Drops and overlimits per second over time: the shaped qdiscs, and any other qdisc that dropped. */
  dropsChart(window = 60, maxQdiscs = 3): ChartData {
    const which = [...this.shaped(), ...[...this.qdiscs.values()].filter((q) => !q.rateBytesPerS && (q.last.drops ?? 0) > 0)].slice(0, maxQdiscs);
    return this.chart(window, which, (_q, title) => [
      { title: `${title} drops/s`, role: 'drops', pick: (p) => (p.rated ? p.dropsPerS : undefined) },
      { title: `${title} overlimits/s`, role: 'overlimits', pick: (p) => (p.rated ? p.overlimitsPerS : undefined) },
    ]);
  }

  private chart(
    window: number,
    qdiscs: QdiscSeries[],
    lines: (q: QdiscSeries, title: string) => Array<{ title: string; role: ChartSeries['role']; pick: (p: QPoint) => number | undefined; constant?: boolean }>,
  ): ChartData {
    let endNs = 0;
    for (const q of qdiscs) endNs = Math.max(endNs, q.points.newest()?.timeNs ?? 0);
    const endSec = Math.floor(endNs / 1e9);
    const x = Array.from({ length: window }, (_, i) => `${i - window + 1}s`);
    const devs = new Map<string, number>();
    for (const q of qdiscs) devs.set(q.dev, (devs.get(q.dev) ?? 0) + 1);
    const series: ChartSeries[] = [];
    for (const q of qdiscs) {
      const title = devs.get(q.dev)! > 1 ? `${q.netnsName}/${q.dev}` : q.dev;
      const pts = q.points.toArray();
      for (const line of lines(q, title)) {
        if (line.constant) {
          // a configured limit holds over the whole window
          series.push({ title: line.title, role: line.role, y: new Array<number>(window).fill(line.pick(q.points.newest()!) ?? 0) });
          continue;
        }
        const y = new Array<number>(window).fill(NaN);
        for (const p of pts) {
          const i = Math.floor(p.timeNs / 1e9) - endSec + window - 1;
          const v = line.pick(p);
          if (i >= 0 && i < window && v !== undefined) y[i] = v;
        }
        // carry the last value into empty seconds; before the first sample, 0
        let prev = 0;
        for (let i = 0; i < window; i++) prev = y[i] = Number.isNaN(y[i]!) ? prev : y[i]!;
        series.push({ title: line.title, role: line.role, y });
      }
    }
    return { x, series };
  }

  private keep(env: Envelope): boolean {
    if (filterPasses(this.filter, env)) return true;
    this.filteredOut++;
    return false;
  }

  private seen(t: number | null | undefined): void {
    if (t && t > this.latestTimeNs) this.latestTimeNs = t;
  }

  private table(name: string | null | undefined, inode: number | null | undefined): CtTable {
    const key = nsKey(name, inode);
    let t = this.conntrack.get(key);
    if (!t) {
      t = { netnsName: name || `netns:${inode ?? 0}`, netns: inode ?? 0, rows: new Map(), evicted: 0 };
      this.conntrack.set(key, t);
    }
    return t;
  }

  private putRow(t: CtTable, e: ConntrackEvent): void {
    const k = ctKey(e);
    t.rows.delete(k); // re-inserted: the newest row is last
    t.rows.set(k, e);
    if (t.rows.size > this.limits.conntrackRows) {
      t.rows.delete(t.rows.keys().next().value!);
      t.evicted++;
    }
  }

  private conntrackEvent(c: ConntrackEvent): void {
    const t = this.table(c.netnsName, c.netns);
    if (c.type === ConntrackEventType.CONNTRACK_EVENT_TYPE_DESTROY) t.rows.delete(ctKey(c));
    else this.putRow(t, c);
  }

  private qdiscSample(s: QdiscSample): void {
    const key = `${nsKey(s.netnsName, s.netns)}/${s.dev}/${s.handle}/${s.parent}`;
    let q = this.qdiscs.get(key);
    if (!q) {
      if (this.qdiscs.size >= this.limits.qdiscs) {
        this.qdiscsIgnored++;
        return;
      }
      q = { key, netnsName: s.netnsName || String(s.netns ?? 0), dev: s.dev ?? '', kind: s.kind ?? '', handle: s.handle ?? '', rateBytesPerS: 0, last: s, points: new Ring(this.limits.qdiscPoints) };
      this.qdiscs.set(key, q);
    }
    q.last = s;
    q.kind = s.kind ?? q.kind;
    q.rateBytesPerS = s.tbf?.rateBytesPerS ?? 0;
    q.points.push({ timeNs: s.timeNs ?? 0, bytesPerS: s.bytesPerS ?? 0, dropsPerS: s.dropsPerS ?? 0, overlimitsPerS: s.overlimitsPerS ?? 0, rated: (s.intervalS ?? 0) > 0 });
  }
}
