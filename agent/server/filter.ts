// Allow/deny filters, Hubble's semantics: an envelope passes if it matches any allow filter (or there
// is none) and no deny filter. Pure: compiled once per client, evaluated per envelope.
import { HopKind, Verdict, type ConntrackTuple, type Envelope, type Headers } from '../../proto/index.js';
import { parseCidr } from '../probes/filter.js';
import { EventKind, type Filter } from './service.js';

interface Net {
  base: number;
  mask: number;
}

interface Compiled {
  protocol?: Set<number>;
  address?: Net[];
  port?: Set<number>;
  netns?: Set<string>;
  iface?: Set<string>;
  hook?: Set<number>;
  verdict?: Set<number>;
}

export interface CompiledFilters {
  kinds?: Set<EventKind>;
  allow: Compiled[];
  deny: Compiled[];
}

/** A filter field the agent cannot use, e.g. an address that is not IPv4. */
export class FilterError extends Error {
  override readonly name = 'FilterError';
}

function ipv4(addr: string): number {
  const p = addr.split('.').map(Number);
  return (((p[0]! << 24) >>> 0) + (p[1]! << 16) + (p[2]! << 8) + p[3]!) >>> 0;
}

export function parseNet(s: string): Net | undefined {
  const c = parseCidr(s);
  if (!c) return undefined;
  const mask = c.prefixLen === 0 ? 0 : (0xffffffff << (32 - c.prefixLen)) >>> 0;
  return { base: (ipv4(c.addr) & mask) >>> 0, mask };
}

const nonEmpty = <T>(xs: T[] | null | undefined): xs is T[] => !!xs && xs.length > 0;

function compileOne(f: Filter, where: string): Compiled {
  const c: Compiled = {};
  if (nonEmpty(f.protocol)) c.protocol = new Set(f.protocol);
  if (nonEmpty(f.address)) {
    c.address = f.address.map((a) => {
      const n = parseNet(a);
      if (!n) throw new FilterError(`${where}: '${a}' is not an IPv4 address or CIDR`);
      return n;
    });
  }
  if (nonEmpty(f.port)) c.port = new Set(f.port);
  if (nonEmpty(f.netns)) c.netns = new Set(f.netns);
  if (nonEmpty(f.interface)) c.iface = new Set(f.interface);
  if (nonEmpty(f.hook)) c.hook = new Set(f.hook);
  if (nonEmpty(f.verdict)) c.verdict = new Set(f.verdict);
  return c;
}

/** Validates and compiles a request's kinds and filters; throws FilterError naming the bad value. */
export function compileFilters(req: { kinds?: EventKind[] | null; allow?: Filter[] | null; deny?: Filter[] | null }): CompiledFilters {
  return {
    kinds: nonEmpty(req.kinds) ? new Set(req.kinds) : undefined,
    allow: (req.allow ?? []).map((f, i) => compileOne(f, `allow filter ${i + 1}`)),
    deny: (req.deny ?? []).map((f, i) => compileOne(f, `deny filter ${i + 1}`)),
  };
}

export function kindOf(env: Envelope): EventKind {
  if (env.packet) return EventKind.EVENT_KIND_PACKET;
  if (env.journey) return EventKind.EVENT_KIND_JOURNEY;
  if (env.conntrack) return EventKind.EVENT_KIND_CONNTRACK;
  if (env.conntrackStats) return EventKind.EVENT_KIND_CONNTRACK_STATS;
  if (env.qdisc) return EventKind.EVENT_KIND_QDISC;
  if (env.lost) return EventKind.EVENT_KIND_LOST;
  if (env.gap) return EventKind.EVENT_KIND_GAP;
  if (env.status) return EventKind.EVENT_KIND_STATUS;
  return EventKind.EVENT_KIND_UNKNOWN;
}

const inNet = (addr: string | null | undefined, nets: Net[]): boolean => {
  if (!addr || !/^\d+\.\d+\.\d+\.\d+$/.test(addr)) return false;
  const a = ipv4(addr);
  return nets.some((n) => ((a & n.mask) >>> 0) === n.base);
};

/** What a filter is compared against, gathered from any envelope kind; undefined: the field does not apply. */
interface Facts {
  protocols?: number[];
  addresses?: string[];
  ports?: number[];
  netns?: string[];
  ifaces?: string[];
  hooks?: number[];
  verdict?: number;
}

function fromHeaders(f: Facts, h: Headers | null | undefined): void {
  if (!h) return;
  f.protocols!.push(h.protocol ?? 0);
  if (h.src) f.addresses!.push(h.src);
  if (h.dst) f.addresses!.push(h.dst);
  if (h.srcPort) f.ports!.push(h.srcPort);
  if (h.dstPort) f.ports!.push(h.dstPort);
}

function fromTuple(f: Facts, t: ConntrackTuple | null | undefined): void {
  if (!t) return;
  if (t.src) f.addresses!.push(t.src);
  if (t.dst) f.addresses!.push(t.dst);
  if (t.srcPort) f.ports!.push(t.srcPort);
  if (t.dstPort) f.ports!.push(t.dstPort);
}

const nsNames = (name: string | null | undefined, inode: number | null | undefined): string[] => [...(name ? [name] : []), ...(inode ? [String(inode)] : [])];

function facts(env: Envelope): Facts | undefined {
  if (env.packet) {
    const p = env.packet;
    const f: Facts = { protocols: [], addresses: [], ports: [], netns: nsNames(p.netnsName, p.netns), ifaces: [], hooks: p.hook ? [p.hook] : [] };
    fromHeaders(f, p.headers);
    if (p.ifname) f.ifaces!.push(p.ifname);
    if (p.outIfname) f.ifaces!.push(p.outIfname);
    f.verdict = p.kind === HopKind.HOP_KIND_DROP ? Verdict.VERDICT_DROPPED : -1;
    return f;
  }
  if (env.journey) {
    const j = env.journey;
    const f: Facts = { protocols: [], addresses: [], ports: [], netns: [], ifaces: [], hooks: [], verdict: j.verdict ?? 0 };
    fromHeaders(f, j.headers);
    for (const h of j.hops ?? []) {
      fromHeaders(f, h.headers);
      f.netns!.push(...nsNames(h.netnsName, h.netns));
      if (h.ifname) f.ifaces!.push(h.ifname);
      if (h.hook) f.hooks!.push(h.hook);
    }
    return f;
  }
  if (env.conntrack) {
    const c = env.conntrack;
    const f: Facts = { protocols: [c.entry?.protocol ?? 0], addresses: [], ports: [], netns: nsNames(c.netnsName, c.netns) };
    fromTuple(f, c.entry?.original);
    fromTuple(f, c.entry?.reply);
    return f;
  }
  if (env.conntrackStats) return { netns: nsNames(env.conntrackStats.netnsName, env.conntrackStats.netns) };
  if (env.qdisc) return { netns: nsNames(env.qdisc.netnsName, env.qdisc.netns), ifaces: env.qdisc.dev ? [env.qdisc.dev] : [] };
  return undefined;
}

function matches(c: Compiled, f: Facts): boolean {
  if (c.protocol && !f.protocols?.some((p) => c.protocol!.has(p))) return false;
  if (c.address && !f.addresses?.some((a) => inNet(a, c.address!))) return false;
  if (c.port && !f.ports?.some((p) => c.port!.has(p))) return false;
  if (c.netns && !f.netns?.some((n) => c.netns!.has(n))) return false;
  if (c.iface && !f.ifaces?.some((i) => c.iface!.has(i))) return false;
  if (c.hook && !f.hooks?.some((h) => c.hook!.has(h))) return false;
  if (c.verdict && (f.verdict === undefined || !c.verdict.has(f.verdict))) return false;
  return true;
}

/** Whether an envelope passes a client's kinds and filters. lost, gap and status pass any filter. */
export function passes(cf: CompiledFilters, env: Envelope): boolean {
  if (cf.kinds && !cf.kinds.has(kindOf(env))) return false;
  const f = facts(env);
  if (!f) return true;
  if (cf.allow.length && !cf.allow.some((c) => matches(c, f))) return false;
  return !cf.deny.some((c) => matches(c, f));
}
