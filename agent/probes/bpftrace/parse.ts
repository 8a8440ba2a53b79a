// Pure parser of `bpftrace -f json` lines from bpf/tracepoint/packet-path.bt into PacketEvents. It runs for every packet sighting (>= 200k lines/s), so the common line, a
// printf, takes a prefix check, one slice and one split; JSON.parse only for rare lines.
import { HopKind, ProbeSet, type Headers, type PacketEvent } from '../../../proto/index.js';
import type { DropReasons } from './drop-reasons.js';

/** One classified line of bpftrace's JSON output. */
export type BpftraceLine =
  | { kind: 'attached'; count: number }
  | { kind: 'event'; event: PacketEvent }
  | { kind: 'lost'; count: number }
  /** a helper_error, a map print at exit, a printf that is not a netscope payload, …: kept for logs */
  | { kind: 'other'; line: string };

export interface ParseOptions {
  /** decodes kfree_skb's numeric reason; without it dropReason is "" and only dropReasonCode is set */
  dropReasons?: DropReasons;
}

const PRINTF_PREFIX = '{"type": "printf", "data": "';
const PRINTF_SUFFIX = '"}';

/** Payload field positions (see the header of bpf/tracepoint/packet-path.bt). */
const F_KIND = 0, F_MONO = 1, F_CPU = 2, F_SKB = 3, F_NETNS = 4, F_IFINDEX = 5, F_IFNAME = 6;
const F_SRC = 7, F_DST = 8, F_PROTO = 9, F_LEN = 10, F_TTL = 11, F_IPID = 12;
const F_L4A = 13, F_L4B = 14, F_L4C = 15, F_L4D = 16, F_EXTRA = 17;
const COMMON_FIELDS = 17;

const KIND_OF: Record<string, number> = {
  x: HopKind.HOP_KIND_XMIT,
  r: HopKind.HOP_KIND_RECEIVE,
  n: HopKind.HOP_KIND_NETIF_RX,
  d: HopKind.HOP_KIND_DROP,
  e: HopKind.HOP_KIND_QDISC_ENQUEUE,
  q: HopKind.HOP_KIND_QDISC_DEQUEUE,
};

/** Classifies one line of `bpftrace -f json` output (without its newline). Never throws. */
export function parseBpftraceLine(line: string, opts: ParseOptions = {}): BpftraceLine {
  if (line.startsWith(PRINTF_PREFIX) && line.endsWith(PRINTF_SUFFIX)) {
    let data = line.slice(PRINTF_PREFIX.length, line.length - PRINTF_SUFFIX.length);
    // Our payloads never need escaping; a backslash means a device name or symbol did.
    if (data.includes('\\')) {
      try {
        data = (JSON.parse(line) as { data: string }).data;
      } catch {
        return { kind: 'other', line };
      }
    }
    const event = parsePayload(data, opts);
    return event ? { kind: 'event', event } : { kind: 'other', line };
  }
  let msg: { type?: unknown; data?: unknown };
  try {
    msg = JSON.parse(line) as { type?: unknown; data?: unknown };
  } catch {
    return { kind: 'other', line };
  }
  const data = (msg.data ?? {}) as Record<string, unknown>;
  if (msg.type === 'attached_probes' && typeof data.probes === 'number') return { kind: 'attached', count: data.probes };
  if (msg.type === 'lost_events' && typeof data.events === 'number') return { kind: 'lost', count: data.events };
  return { kind: 'other', line };
}

/** True for bpftrace's readiness line, without parsing the rest of the stream. */
export function isAttachedLine(line: string): boolean {
  return line.startsWith('{"type": "attached_probes"');
}

/**
 * Parses one printf payload ("x 1283012597468 3 0xffff… …") into a PacketEvent, or undefined if it
 * is not one of ours (wrong kind letter, too few fields, a non-numeric timestamp).
 */
export function parsePayload(data: string, opts: ParseOptions = {}): PacketEvent | undefined {
  const f = data.split(' ');
  if (f.length < COMMON_FIELDS) return undefined;
  const kindLetter = f[F_KIND]!;
  const kind = KIND_OF[kindLetter];
  if (kind === undefined) return undefined;
  const monoNs = Number(f[F_MONO]);
  if (!Number.isFinite(monoNs)) return undefined;

  const protocol = +f[F_PROTO]!;
  const headers: Headers = {
    src: f[F_SRC]!,
    dst: f[F_DST]!,
    protocol,
    length: +f[F_LEN]!,
    ttl: +f[F_TTL]!,
    ipId: +f[F_IPID]!,
  };
  const a = +f[F_L4A]!, b = +f[F_L4B]!, c = +f[F_L4C]!, d = +f[F_L4D]!;
  if (protocol === 6 || protocol === 17) {
    headers.srcPort = a;
    headers.dstPort = b;
    if (protocol === 6) headers.tcpFlags = c;
  } else if (protocol === 1) {
    headers.icmpType = a;
    headers.icmpCode = b;
    // id/seq only mean that for echo request/reply; other types carry other data there
    if (a === 8 || a === 0) {
      headers.icmpId = c;
      headers.icmpSeq = d;
    }
  }

  const event: PacketEvent = {
    monoNs,
    skb: f[F_SKB]!,
    netns: +f[F_NETNS]!,
    ifindex: +f[F_IFINDEX]!,
    ifname: f[F_IFNAME]!,
    kind,
    headers,
    probeSet: ProbeSet.PROBE_SET_TRACEPOINT,
    cpu: +f[F_CPU]!,
  };

  switch (kindLetter) {
    case 'd': {
      const code = +f[F_EXTRA]!;
      event.dropReasonCode = code;
      event.dropReason = opts.dropReasons ? dropReasonName(opts.dropReasons, code) : '';
      // the proto has no drop-location field on PacketEvent: the freeing function goes to `function`
      if (f[F_EXTRA + 1]) event.function = f[F_EXTRA + 1]!;
      break;
    }
    case 'e':
    case 'q':
      event.qdisc = `${f[F_EXTRA]} ${formatHandle(f[F_EXTRA + 1]!)}`;
      event.qdiscQlen = +f[F_EXTRA + 3]!; // F_EXTRA + 2 is the parent handle: no field for it
      break;
  }
  return event;
}

/** tc's spelling of a qdisc handle: 0x80010000 → "8001:", 0x10002 → "1:2". */
export function formatHandle(hex: string): string {
  const h = parseInt(hex, 16) >>> 0;
  const major = (h >>> 16).toString(16);
  const minor = h & 0xffff;
  return minor ? `${major}:${minor.toString(16)}` : `${major}:`;
}

/** The reason's name without the SKB_DROP_REASON_ prefix; subsystem reasons and unknown codes get a stand-in. */
export function dropReasonName(reasons: DropReasons, code: number): string {
  const name = reasons.get(code);
  if (name !== undefined) return name;
  // reasons with a subsystem (mac80211, openvswitch, …) keep it in the upper 16 bits
  const subsys = code >>> 16;
  return subsys ? `SUBSYS_${subsys}_${code & 0xffff}` : `UNKNOWN_${code}`;
}
