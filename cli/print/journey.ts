// Journeys as a readable path: one line a hop (a hook's entry and exit folded into one line),
// the NAT rewrite where it happened, the conntrack entry, per-hop latency and the verdict.
import { Direction, HopKind, NatKind, Verdict, type ConntrackRef, type ConntrackTuple, type Headers, type Hop, type Journey, type NatRewrite } from '../../proto/index.js';
import type { Style } from './style.js';
import { deliveryEnd, hookName, isGsoCut } from '../../agent/correlate/journeys.js';


const KINDS: Record<number, string> = {
  [HopKind.HOP_KIND_XMIT]: 'xmit',
  [HopKind.HOP_KIND_RECEIVE]: 'rx',
  [HopKind.HOP_KIND_NETIF_RX]: 'netif_rx',
  [HopKind.HOP_KIND_DROP]: 'free',
  [HopKind.HOP_KIND_QDISC_ENQUEUE]: 'enqueue',
  [HopKind.HOP_KIND_QDISC_DEQUEUE]: 'dequeue',
  [HopKind.HOP_KIND_CONSUME]: 'consumed',
  [HopKind.HOP_KIND_FUNCTION]: 'call',
};

/** IPS_* conntrack status bits (include/uapi/linux/netfilter/nf_conntrack_common.h). */
const CT_STATUS: Array<[number, string]> = [
  [0x1, 'EXPECTED'], [0x2, 'SEEN_REPLY'], [0x4, 'ASSURED'], [0x8, 'CONFIRMED'], [0x10, 'SRC_NAT'], [0x20, 'DST_NAT'],
  [0x40, 'SEQ_ADJUST'], [0x80, 'SRC_NAT_DONE'], [0x100, 'DST_NAT_DONE'], [0x200, 'DYING'], [0x400, 'FIXED_TIMEOUT'],
];

export function ctStatusNames(status: number): string[] {
  return CT_STATUS.filter(([bit]) => status & bit).map(([, n]) => n);
}

const PROTO: Record<number, string> = { 1: 'icmp', 2: 'igmp', 6: 'tcp', 17: 'udp' };

export function protoName(p: number | null | undefined): string {
  return PROTO[p ?? 0] ?? `proto ${p ?? 0}`;
}

export function ms(ns: number): string {
  return (ns / 1e6).toFixed(3);
}

function endpoint(addr: string | null | undefined, port: number | null | undefined): string {
  return port ? `${addr}:${port}` : `${addr ?? '?'}`;
}

/** "icmp echo-request 10.85.0.2 → 192.168.61.12 id 7 seq 1", "tcp 10.85.0.2:40312 → 192.168.61.12:5201 [SYN]" */
export function describeHeaders(h: Headers | null | undefined): string {
  if (!h) return '';
  const base = `${endpoint(h.src, h.srcPort)} → ${endpoint(h.dst, h.dstPort)}`;
  if (h.protocol === 1) {
    // proto3 leaves a zero out of the wire: an echo reply (type 0) arrives without icmpType
    const icmpType = h.icmpType ?? 0;
    const type = icmpType === 8 ? 'echo-request' : icmpType === 0 ? 'echo-reply' : `type ${icmpType}/${h.icmpCode ?? 0}`;
    return `icmp ${type} ${base}${icmpType === 8 || icmpType === 0 ? ` id ${h.icmpId ?? 0} seq ${h.icmpSeq ?? 0}` : ''}`;
  }
  if (h.protocol === 6) return `tcp ${base}${tcpFlags(h.tcpFlags ?? 0)}${h.tcpSeq ? ` seq ${h.tcpSeq}` : ''}`;
  return `${protoName(h.protocol)} ${base}`;
}

function tcpFlags(f: number): string {
  const names = [[0x02, 'SYN'], [0x10, 'ACK'], [0x01, 'FIN'], [0x04, 'RST'], [0x08, 'PSH']] as const;
  const set = names.filter(([b]) => f & b).map(([, n]) => n);
  return set.length ? ` [${set.join(',')}]` : '';
}

export function describeNat(n: NatRewrite): string {
  const field = n.kind === NatKind.NAT_KIND_SNAT ? 'src' : 'dst';
  const what = n.reverse ? 'de-NAT' : n.kind === NatKind.NAT_KIND_SNAT ? 'SNAT/MASQUERADE' : 'DNAT';
  return `${field} ${endpoint(n.from, n.fromPort)} → ${endpoint(n.to, n.toPort)} (${what})`;
}

export function describeTuple(t: ConntrackTuple | null | undefined): string {
  if (!t) return '?';
  const ports = t.protocol === 1 ? ` id ${t.icmpId ?? 0}` : '';
  return `${endpoint(t.src, t.srcPort)} → ${endpoint(t.dst, t.dstPort)}${ports}`;
}

export function describeCt(ct: ConntrackRef): string {
  const names = ctStatusNames(ct.status ?? 0);
  const id = ct.entryId ? `id ${ct.entryId} (${ct.id})` : `${ct.id}`;
  return `conntrack ${id}  ${protoName(ct.original?.protocol)}  orig ${describeTuple(ct.original)}  reply ${describeTuple(ct.reply)}  status 0x${(ct.status ?? 0).toString(16)}${names.length ? ` ${names.join('|')}` : ''}`;
}

interface Row {
  delta: number;
  where: string;
  what: string;
  detail: string;
  alert?: boolean;
  nat?: boolean;
}

/** Folds hook entry+exit pairs into one row ("PREROUTING 2.1µs") and keeps device hops as they are. */
function rows(j: Journey): Row[] {
  const out: Row[] = [];
  const hops = j.hops ?? [];
  let prevMono = hops[0]?.monoNs ?? 0;
  const openHooks = new Map<string, { row: Row; entry: Hop }>();
  for (const h of hops) {
    const where = h.netnsName || (h.netns ? `netns:${h.netns}` : '');
    const delta = (h.monoNs ?? 0) - prevMono;
    if (h.kind === HopKind.HOP_KIND_HOOK_ENTRY || h.kind === HopKind.HOP_KIND_HOOK_EXIT) {
      const key = `${h.netns}:${h.hook}`;
      if (h.kind === HopKind.HOP_KIND_HOOK_ENTRY) {
        const row: Row = { delta, where, what: hookName(h.hook), detail: `in ${h.ifname || '-'} (never left)`, alert: true };
        out.push(row);
        openHooks.set(key, { row, entry: h });
        prevMono = h.monoNs ?? 0;
        continue;
      }
      const open = openHooks.get(key);
      openHooks.delete(key);
      const inHook = open ? (h.monoNs ?? 0) - (open.entry.monoNs ?? 0) : 0;
      const detail = [`in ${h.ifname || '-'}`, `${(inHook / 1e3).toFixed(1)}µs in hook`, h.nat ? describeNat(h.nat) : ''].filter(Boolean).join('  ');
      if (open) Object.assign(open.row, { detail, alert: false, nat: !!h.nat });
      else out.push({ delta, where, what: hookName(h.hook), detail, nat: !!h.nat });
      prevMono = h.monoNs ?? 0;
      continue;
    }
    if (h.kind === HopKind.HOP_KIND_FUNCTION) {
      out.push(functionRow(h, delta, where, j));
      prevMono = h.monoNs ?? 0;
      continue;
    }
    const what = `${h.ifname || '-'} ${KINDS[h.kind ?? 0] ?? 'hop'}`;
    let detail = '';
    if (h.kind === HopKind.HOP_KIND_DROP) {
      const end = deliveryEnd(h);
      detail = `${h.dropReason || 'dropped'}${h.function ? ` in ${h.function}` : ''}${end ? ` (not a drop: ${end})` : ''}`;
    } else if (h.kind === HopKind.HOP_KIND_CONSUME) detail = isGsoCut(h.function) ? `segmented (GSO) in ${h.function}` : h.function ? `in ${h.function}` : '';
    else if (h.qdisc) detail = h.qdisc;
    if (h.nat) detail = [detail, describeNat(h.nat)].filter(Boolean).join('  ');
    out.push({ delta, where, what, detail, alert: h.kind === HopKind.HOP_KIND_DROP && j.verdict === Verdict.VERDICT_DROPPED, nat: !!h.nat });
    prevMono = h.monoNs ?? 0;
  }
  return out;
}

/**
 * A kernel function's hop (the kprobe set): the function, the hook it ran in, and its findings from
 * the "name k=v …" words of Hop.function ("nft_do_chain table=filter chain=FORWARD verdict=DROP"
 * prints "nft_do_chain  at FORWARD  table filter  chain FORWARD  verdict DROP").
 */
function functionRow(h: Hop, delta: number, where: string, j: Journey): Row {
  const [fn, ...words] = (h.function || 'call').split(' ');
  const detail = [h.hook ? `at ${hookName(h.hook)}` : '', h.ifname ? `dev ${h.ifname}` : '', ...words.map((w) => w.replace('=', ' '))].filter(Boolean).join('  ');
  const dropped = words.includes('verdict=DROP');
  return { delta, where, what: fn!, detail, alert: dropped && j.verdict === Verdict.VERDICT_DROPPED };
}

export function verdictText(j: Journey): string {
  switch (j.verdict) {
    case Verdict.VERDICT_DELIVERED:
      return 'delivered';
    case Verdict.VERDICT_DROPPED:
      return `dropped at ${j.dropLocation || '?'}${j.dropReason ? ` (${j.dropReason})` : ''}`;
    case Verdict.VERDICT_INCOMPLETE:
      return 'incomplete';
    default:
      return 'unknown';
  }
}

/** The readable path of one journey, as lines without trailing newlines. */
export function formatJourney(j: Journey, style: Style): string[] {
  const dir = j.direction === Direction.DIRECTION_ORIGINAL ? 'request' : j.direction === Direction.DIRECTION_REPLY ? 'reply' : '';
  const head = [
    style.bold(`journey ${j.id}`),
    describeHeaders(j.headers),
    dir ? `(${dir}${j.peerId ? ` of ${j.peerId}` : ''})` : '',
    j.parentId ? `(segment of ${j.parentId})` : '',
    j.segments ? `(cut into ${j.segments} segment${j.segments === 1 ? '' : 's'})` : '',
    `${ms(j.durationNs ?? 0)} ms`,
  ].filter(Boolean).join('  ');
  const rs = rows(j);
  const wWhere = Math.max(5, ...rs.map((r) => r.where.length));
  const wWhat = Math.max(5, ...rs.map((r) => r.what.length));
  const lines = [head];
  for (const r of rs) {
    const line = `  ${`+${ms(r.delta)}`.padStart(8)} ms  ${r.where.padEnd(wWhere)}  ${r.what.padEnd(wWhat)}  ${r.detail}`.trimEnd();
    lines.push(r.alert ? style.red(line) : r.nat ? style.yellow(line) : line);
  }
  if (j.ct) lines.push(`  ${style.dim(describeCt(j.ct))}`);
  const v = verdictText(j);
  lines.push(`  verdict: ${j.verdict === Verdict.VERDICT_DROPPED ? style.red(v) : style.green(v)}`);
  return lines;
}
