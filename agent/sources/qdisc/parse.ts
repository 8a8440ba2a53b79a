// Pure parsers for `tc -s -j qdisc show [dev DEV]` (iproute2 6.1) and the rates derived from two
// samples of the same qdisc. A real element (test/fixtures/tc/qdisc-tbf-2.json):
//   {"kind":"tbf","handle":"8001:","dev":"eth0","root":true,"refcnt":3,"options":{"rate":1250000,"burst":1540,"lat":5000},
//    "bytes":2682171,"packets":1781,"drops":221,"overlimits":3453,"requeues":0,"backlog":1514,"qlen":1}
// tbf's "rate" is bytes/s, "burst" bytes, "lat" µs. With `dev DEV` tc leaves out "dev"; a child
// qdisc has "parent":"1:10" instead of "root":true.
import type { QdiscSample, TbfConfig } from '../../../proto/index.js';

export interface QdiscContext {
  /** wall clock of the sample, ns since the epoch */
  timeNs: number;
  netns?: number;
  netnsName?: string;
  /** the device asked for with `show dev DEV` (tc then omits "dev" from each element) */
  dev?: string;
}

/**
 * `tc -s -j qdisc show` stdout → one sample per qdisc, counters only (rates are 0 until deriveRates).
 * Elements that are not qdisc objects go to `skipped`; text that is not JSON throws.
 */
export function parseTcQdiscJson(text: string, ctx: QdiscContext): { samples: QdiscSample[]; skipped: unknown[] } {
  let data: unknown;
  try {
    data = JSON.parse(text.trim() === '' ? '[]' : text);
  } catch (err) {
    throw new Error(`parsing tc -s -j qdisc output: ${(err as Error).message}: ${text.slice(0, 120)}`, { cause: err });
  }
  const samples: QdiscSample[] = [];
  const skipped: unknown[] = [];
  for (const item of Array.isArray(data) ? data : [data]) {
    const sample = toSample(item, ctx);
    if (sample) samples.push(sample);
    else skipped.push(item);
  }
  return { samples, skipped };
}

function toSample(item: unknown, ctx: QdiscContext): QdiscSample | undefined {
  if (!isRecord(item) || typeof item.kind !== 'string') return undefined;
  const dev = typeof item.dev === 'string' ? item.dev : ctx.dev;
  if (dev === undefined) return undefined;
  const s: QdiscSample = { timeNs: ctx.timeNs };
  if (ctx.netns !== undefined) s.netns = ctx.netns;
  if (ctx.netnsName !== undefined) s.netnsName = ctx.netnsName;
  s.dev = dev;
  s.kind = item.kind;
  s.handle = typeof item.handle === 'string' ? item.handle : '';
  s.parent = item.root === true ? 'root' : typeof item.parent === 'string' ? item.parent : '';
  s.bytes = num(item.bytes);
  s.packets = num(item.packets);
  s.drops = num(item.drops);
  s.overlimits = num(item.overlimits);
  s.requeues = num(item.requeues);
  s.backlogBytes = num(item.backlog);
  s.qlen = num(item.qlen);
  if (item.kind === 'tbf' && isRecord(item.options)) s.tbf = tbfConfig(item.options);
  s.intervalS = 0;
  s.bytesPerS = 0;
  s.packetsPerS = 0;
  s.dropsPerS = 0;
  s.overlimitsPerS = 0;
  return s;
}

function tbfConfig(o: Record<string, unknown>): TbfConfig {
  return { rateBytesPerS: num(o.rate), burstBytes: num(o.burst), latencyUs: num(o.lat) };
}

/** Identity of a qdisc across samples: same netns, device, handle and parent. */
export function qdiscKey(s: QdiscSample): string {
  return `${s.netns ?? 0}|${s.netnsName ?? ''}|${s.dev ?? ''}|${s.handle ?? ''}|${s.parent ?? ''}`;
}

/**
 * `cur` with interval and per-second rates from `prev`, the previous sample of the same qdisc.
 * No previous sample, a different kind, time not moving forward, or any counter going down (the
 * qdisc was replaced or its counters reset) all give interval 0 and zero rates, as for a first sample.
 */
export function deriveRates(prev: QdiscSample | undefined, cur: QdiscSample): QdiscSample {
  const out: QdiscSample = { ...cur, intervalS: 0, bytesPerS: 0, packetsPerS: 0, dropsPerS: 0, overlimitsPerS: 0 };
  if (!prev || prev.kind !== cur.kind) return out;
  const intervalS = ((cur.timeNs ?? 0) - (prev.timeNs ?? 0)) / 1e9;
  if (!(intervalS > 0)) return out;
  const d = (k: 'bytes' | 'packets' | 'drops' | 'overlimits'): number => (cur[k] ?? 0) - (prev[k] ?? 0);
  const deltas = [d('bytes'), d('packets'), d('drops'), d('overlimits')] as const;
  if (deltas.some((x) => x < 0)) return out;
  out.intervalS = intervalS;
  out.bytesPerS = deltas[0] / intervalS;
  out.packetsPerS = deltas[1] / intervalS;
  out.dropsPerS = deltas[2] / intervalS;
  out.overlimitsPerS = deltas[3] / intervalS;
  return out;
}

/** Rates for a whole sample set against the previous set (keyed by qdiscKey); qdiscs not seen before get zero rates. */
export function deriveAllRates(prev: ReadonlyMap<string, QdiscSample>, cur: readonly QdiscSample[]): QdiscSample[] {
  return cur.map((s) => deriveRates(prev.get(qdiscKey(s)), s));
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function num(v: unknown): number {
  return typeof v === 'number' && Number.isFinite(v) ? v : 0;
}
