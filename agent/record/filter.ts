// Replay-side filters (--kind, --proto, --ip, --port): pure predicates on an envelope.
import type { ConntrackTuple, Envelope, Headers } from '../../proto/index.js';
import { kindOf, type Kind } from './envelope-info.js';

export interface ReplayFilter {
  kinds?: Set<Kind>;
  /** IP protocol number */
  protocol?: number;
  ip?: string;
  port?: number;
}

const PROTO: Record<string, number> = { icmp: 1, tcp: 6, udp: 17 };
export const protocolNumber = (name: string): number | undefined => PROTO[name.toLowerCase()];

function headersMatch(h: Headers | null | undefined, f: ReplayFilter): boolean {
  if (!h) return false;
  if (f.protocol !== undefined && h.protocol !== f.protocol) return false;
  if (f.ip !== undefined && h.src !== f.ip && h.dst !== f.ip) return false;
  if (f.port !== undefined && h.srcPort !== f.port && h.dstPort !== f.port) return false;
  return true;
}

function tupleMatch(t: ConntrackTuple | null | undefined, f: ReplayFilter, protocol: number | null | undefined): boolean {
  if (!t) return false;
  if (f.protocol !== undefined && (t.protocol || protocol) !== f.protocol) return false;
  if (f.ip !== undefined && t.src !== f.ip && t.dst !== f.ip) return false;
  if (f.port !== undefined && t.srcPort !== f.port && t.dstPort !== f.port) return false;
  return true;
}

/**
 * Whether an envelope passes. Packet filters (--proto/--ip/--port) apply to packets, journeys (their
 * first headers or any hop's, so both sides of a NAT match) and conntrack events (either tuple);
 * other kinds (qdisc, stats, lost, gap, status) pass them, and only --kind selects those.
 */
export function matchEnvelope(env: Envelope, f: ReplayFilter): boolean {
  const kind = kindOf(env);
  if (f.kinds && !f.kinds.has(kind as Kind)) return false;
  if (f.protocol === undefined && f.ip === undefined && f.port === undefined) return true;
  if (env.packet) return headersMatch(env.packet.headers, f);
  if (env.journey) return headersMatch(env.journey.headers, f) || (env.journey.hops ?? []).some((h) => headersMatch(h.headers, f));
  if (env.conntrack) {
    const e = env.conntrack.entry;
    return !!e && (tupleMatch(e.original, f, e.protocol) || tupleMatch(e.reply, f, e.protocol));
  }
  return true;
}
