// Pure parser of the netfilter loader's JSON lines (bpf/netfilter/loader.c) into the proto schema.
// Lines: {"type":"attached",links:[…]} once, then {"type":"pkt",…} per record, {"type":"lost",count}.
import { HopKind, Hook, ProbeSet, type ConntrackRef, type ConntrackTuple, type Headers, type PacketEvent } from '../../../proto/index.js';

export interface AttachedLink {
  netns: string;
  inode: number;
  hook: string;
  phase: string;
  priority: number;
  linkId: number;
  progId: number;
}

export type LoaderLine =
  | { kind: 'attached'; links: AttachedLink[] }
  | { kind: 'event'; event: PacketEvent }
  | { kind: 'lost'; count: number }
  | { kind: 'other'; line: string };

const HOOKS: Record<string, number> = {
  PREROUTING: Hook.HOOK_PREROUTING,
  INPUT: Hook.HOOK_INPUT,
  FORWARD: Hook.HOOK_FORWARD,
  OUTPUT: Hook.HOOK_OUTPUT,
  POSTROUTING: Hook.HOOK_POSTROUTING,
};

interface RawTuple { src?: string; dst?: string; protocol?: number; src_port?: number; dst_port?: number; icmp_id?: number; icmp_type?: number; icmp_code?: number }
interface RawHeaders extends RawTuple { length?: number; ttl?: number; ip_id?: number; frag_off?: number; tcp_flags?: number; tcp_seq?: number; tcp_ack?: number; icmp_seq?: number }

function tuple(t: RawTuple | null | undefined): ConntrackTuple | undefined {
  if (!t) return undefined;
  const out: ConntrackTuple = { src: t.src ?? '', dst: t.dst ?? '', protocol: t.protocol ?? 0 };
  if (t.src_port) out.srcPort = t.src_port;
  if (t.dst_port) out.dstPort = t.dst_port;
  if (t.icmp_id !== undefined) out.icmpId = t.icmp_id;
  if (t.icmp_type !== undefined) out.icmpType = t.icmp_type;
  if (t.icmp_code !== undefined) out.icmpCode = t.icmp_code;
  return out;
}

function headers(h: RawHeaders | undefined): Headers {
  if (!h) return {};
  const out: Headers = { src: h.src ?? '', dst: h.dst ?? '', protocol: h.protocol ?? 0, length: h.length ?? 0, ttl: h.ttl ?? 0, ipId: h.ip_id ?? 0 };
  if (h.src_port) out.srcPort = h.src_port;
  if (h.dst_port) out.dstPort = h.dst_port;
  if (h.tcp_flags) out.tcpFlags = h.tcp_flags;
  if (h.tcp_seq) out.tcpSeq = h.tcp_seq;
  if (h.tcp_ack) out.tcpAck = h.tcp_ack;
  if (h.frag_off) out.fragOff = h.frag_off;
  if (h.protocol === 1) {
    out.icmpType = h.icmp_type ?? 0;
    out.icmpCode = h.icmp_code ?? 0;
    out.icmpId = h.icmp_id ?? 0;
    out.icmpSeq = h.icmp_seq ?? 0;
  }
  return out;
}

export function parseLoaderLine(line: string): LoaderLine {
  if (line.charCodeAt(0) !== 123 /* { */) return { kind: 'other', line };
  let o: Record<string, any>;
  try {
    o = JSON.parse(line);
  } catch {
    return { kind: 'other', line };
  }
  switch (o.type) {
    case 'pkt': {
      const ev: PacketEvent = {
        monoNs: Number(o.mono_ns),
        skb: o.skb,
        netns: o.netns ?? 0,
        ifindex: o.ifindex ?? 0,
        ifname: o.ifname ?? '',
        kind: o.phase === 'exit' ? HopKind.HOP_KIND_HOOK_EXIT : HopKind.HOP_KIND_HOOK_ENTRY,
        hook: HOOKS[o.hook] ?? Hook.HOOK_UNKNOWN,
        headers: headers(o.headers),
        probeSet: ProbeSet.PROBE_SET_NETFILTER,
        cpu: o.cpu ?? 0,
      };
      if (o.out_ifindex) {
        ev.outIfindex = o.out_ifindex;
        ev.outIfname = o.out_ifname ?? '';
      }
      if (o.ct) {
        const ct: ConntrackRef = { id: o.ct.id, status: o.ct.status ?? 0, mark: o.ct.mark ?? 0, zone: o.ct.zone ?? 0, replyDirection: !!o.ct.reply_direction };
        const orig = tuple(o.ct.original);
        const reply = tuple(o.ct.reply);
        if (orig) ct.original = orig;
        if (reply) ct.reply = reply;
        ev.ct = ct;
      }
      return { kind: 'event', event: ev };
    }
    case 'attached':
      return {
        kind: 'attached',
        links: (o.links ?? []).map((l: Record<string, any>) => ({
          netns: l.netns, inode: l.inode, hook: l.hook, phase: l.phase, priority: l.priority, linkId: l.link_id, progId: l.prog_id,
        })),
      };
    case 'lost':
      return { kind: 'lost', count: Number(o.count ?? 0) };
    default:
      return { kind: 'other', line };
  }
}
