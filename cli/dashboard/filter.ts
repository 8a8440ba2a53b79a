// The dashboard's filter prompt (/): the CLI's filter flags, written either as flags or as
// field=value words, parsed by the same code as `netscope observe`'s flags.
//   proto=icmp ip=10.85.0.0/16 !ip=10.85.0.3        or   --proto icmp --ip 10.85.0.0/16 --deny-ip 10.85.0.3
// A word without a field is taken as an address (10.85.0.2) or protocol (icmp). Empty clears the filter.
import { compileFilters, passes, type CompiledFilters } from '../../agent/server/filter.js';
import type { Filter } from '../../agent/server/service.js';
import { UserError } from '../../agent/util/errors.js';
import { HopKind, Verdict, type ConntrackTuple, type Envelope, type Headers } from '../../proto/index.js';
import { FIELDS, filtersFromFlags, type Field } from '../client/filters.js';

export interface DashboardFilter {
  /** the text as typed, trimmed */
  text: string;
  allow: Filter[];
  deny: Filter[];
  compiled: CompiledFilters;
}

export const FILTER_SYNTAX = `field=value words, any of: ${FIELDS.join(', ')}; a comma list matches any value, all
fields must match; !field=value (or deny-field=value) leaves out what matches; the CLI's flags work too
(--proto icmp --deny-ip 10.85.0.3); a bare address or protocol (10.85.0.2, icmp) is ip= or proto=`;

const ALIASES: Record<string, Field> = {
  protocol: 'proto', addr: 'ip', address: 'ip', host: 'ip', iface: 'interface', dev: 'interface', if: 'interface',
};
const BARE_PROTO = /^(icmp|tcp|udp)$/i;
const BARE_ADDR = /^\d+\.\d+\.\d+\.\d+(\/\d+)?$/;

function fieldName(raw: string): Field | undefined {
  const f = raw.toLowerCase();
  return (FIELDS as readonly string[]).includes(f) ? (f as Field) : ALIASES[f];
}

/** Parses a filter expression; an error is one sentence saying what is wrong. */
export function parseFilter(input: string): DashboardFilter | { error: string } {
  const text = input.trim();
  const words = text ? text.split(/\s+/) : [];
  const values: Record<string, string[]> = {};
  const add = (deny: boolean, field: Field, value: string) => (values[deny ? `deny-${field}` : field] ??= []).push(value);
  for (let i = 0; i < words.length; i++) {
    let w = words[i]!;
    let deny = false;
    if (w.startsWith('--')) {
      w = w.slice(2);
      let value: string | undefined;
      const eq = w.indexOf('=');
      if (eq >= 0) {
        value = w.slice(eq + 1);
        w = w.slice(0, eq);
      }
      if (w.startsWith('deny-')) {
        deny = true;
        w = w.slice(5);
      }
      const field = fieldName(w);
      if (!field) return { error: `filter: --${w} is not a filter flag; use ${FIELDS.map((f) => `--${f}`).join(', ')} or their --deny- forms.` };
      value ??= words[++i];
      if (value === undefined || value === '') return { error: `filter: --${deny ? 'deny-' : ''}${field} needs a value, e.g. --${field} ${example(field)}.` };
      add(deny, field, value);
      continue;
    }
    if (w.startsWith('!')) {
      deny = true;
      w = w.slice(1);
    } else if (w.toLowerCase().startsWith('deny-')) {
      deny = true;
      w = w.slice(5);
    }
    const eq = w.indexOf('=');
    if (eq < 0) {
      if (BARE_PROTO.test(w)) add(deny, 'proto', w);
      else if (BARE_ADDR.test(w)) add(deny, 'ip', w);
      else return { error: `filter: '${words[i]}' is neither field=value nor an address or protocol; write e.g. proto=icmp ip=10.85.0.2 !ip=10.85.0.3.` };
      continue;
    }
    const field = fieldName(w.slice(0, eq));
    if (!field) return { error: `filter: '${w.slice(0, eq)}' is not a filter field; use ${FIELDS.join(', ')} (prefix ! to leave out).` };
    const value = w.slice(eq + 1);
    if (!value) return { error: `filter: ${field}= needs a value, e.g. ${field}=${example(field)}.` };
    add(deny, field, value);
  }
  try {
    const { allow, deny } = filtersFromFlags('dashboard', values);
    return { text, allow, deny, compiled: compileFilters({ allow, deny }) };
  } catch (err) {
    if (!(err instanceof UserError)) throw err;
    // "netscope dashboard: --ip: '10.85.0.300' is not …" → "filter ip: '10.85.0.300' is not …"
    return { error: err.message.replace(/^netscope dashboard: --(deny-)?([a-z]+):?/, (_, d: string | undefined, f: string) => `filter ${d ? '!' : ''}${f}:`) };
  }
}

function example(f: Field): string {
  return { proto: 'icmp', ip: '10.85.0.2', port: '5201', netns: 'lab-host01', interface: 'cni0', hook: 'forward', verdict: 'dropped' }[f];
}

/**
 * Whether an envelope passes the filter. The filter narrows journeys, packets and conntrack events;
 * every other kind (qdisc samples, table sizes, status, losses, gaps) always passes, so the charts and
 * counters keep showing the whole host.
 *
 * Same answer as the agent's passes() (agent/server/filter.ts; test/unit/dashboard/filter.test.ts
 * compares the two), but without building the list of an envelope's facts first and with parsed
 * addresses cached: it runs for every envelope of a stream of 100,000 a second.
 */
export function filterPasses(f: DashboardFilter | undefined, env: Envelope): boolean {
  if (!f || (!env.journey && !env.packet && !env.conntrack)) return true;
  const { allow, deny } = f.compiled;
  if (allow.length && !allow.some((c) => matches(c, env))) return false;
  return !deny.some((c) => matches(c, env));
}

/** The agent's filter semantics, for comparison in tests. */
export function agentPasses(f: DashboardFilter, env: Envelope): boolean {
  return passes(f.compiled, env);
}

type Compiled = CompiledFilters['allow'][number];
type Net = NonNullable<Compiled['address']>[number];

const IPV4 = /^\d+\.\d+\.\d+\.\d+$/;
const ipCache = new Map<string, number>();

function ipv4(addr: string): number | undefined {
  let v = ipCache.get(addr);
  if (v !== undefined) return v < 0 ? undefined : v;
  if (IPV4.test(addr)) {
    const p = addr.split('.').map(Number);
    v = (((p[0]! << 24) >>> 0) + (p[1]! << 16) + (p[2]! << 8) + p[3]!) >>> 0;
  } else {
    v = -1;
  }
  if (ipCache.size > 10_000) ipCache.clear(); // bounded: a scan of many addresses starts it afresh
  ipCache.set(addr, v);
  return v < 0 ? undefined : v;
}

function inNets(addr: string | null | undefined, nets: Net[]): boolean {
  if (!addr) return false;
  const a = ipv4(addr);
  return a !== undefined && nets.some((n) => ((a & n.mask) >>> 0) === n.base);
}

const nsIn = (set: Set<string>, name: string | null | undefined, inode: number | null | undefined) =>
  (!!name && set.has(name)) || (!!inode && set.has(String(inode)));

function headersMatch(c: Compiled, h: Headers | null | undefined, field: 'protocol' | 'address' | 'port'): boolean {
  if (!h) return false;
  if (field === 'protocol') return c.protocol!.has(h.protocol ?? 0);
  if (field === 'address') return inNets(h.src, c.address!) || inNets(h.dst, c.address!);
  return (!!h.srcPort && c.port!.has(h.srcPort)) || (!!h.dstPort && c.port!.has(h.dstPort));
}

function tupleMatch(c: Compiled, t: ConntrackTuple | null | undefined, field: 'address' | 'port'): boolean {
  if (!t) return false;
  if (field === 'address') return inNets(t.src, c.address!) || inNets(t.dst, c.address!);
  return (!!t.srcPort && c.port!.has(t.srcPort)) || (!!t.dstPort && c.port!.has(t.dstPort));
}

function matches(c: Compiled, env: Envelope): boolean {
  if (env.packet) {
    const p = env.packet;
    for (const field of ['protocol', 'address', 'port'] as const) if (c[field] && !headersMatch(c, p.headers, field)) return false;
    if (c.netns && !nsIn(c.netns, p.netnsName, p.netns)) return false;
    if (c.iface && !((!!p.ifname && c.iface.has(p.ifname)) || (!!p.outIfname && c.iface.has(p.outIfname)))) return false;
    if (c.hook && !(!!p.hook && c.hook.has(p.hook))) return false;
    if (c.verdict && !c.verdict.has(p.kind === HopKind.HOP_KIND_DROP ? Verdict.VERDICT_DROPPED : -1)) return false;
    return true;
  }
  if (env.journey) {
    const j = env.journey;
    const hops = j.hops ?? [];
    for (const field of ['protocol', 'address', 'port'] as const) {
      if (c[field] && !headersMatch(c, j.headers, field) && !hops.some((h) => headersMatch(c, h.headers, field))) return false;
    }
    if (c.netns && !hops.some((h) => nsIn(c.netns!, h.netnsName, h.netns))) return false;
    if (c.iface && !hops.some((h) => !!h.ifname && c.iface!.has(h.ifname))) return false;
    if (c.hook && !hops.some((h) => !!h.hook && c.hook!.has(h.hook))) return false;
    if (c.verdict && !c.verdict.has(j.verdict ?? 0)) return false;
    return true;
  }
  const ct = env.conntrack!;
  const e = ct.entry;
  if (c.protocol && !c.protocol.has(e?.protocol ?? 0)) return false;
  for (const field of ['address', 'port'] as const) if (c[field] && !tupleMatch(c, e?.original, field) && !tupleMatch(c, e?.reply, field)) return false;
  if (c.netns && !nsIn(c.netns, ct.netnsName, ct.netns)) return false;
  // interface, hook and verdict do not apply to conntrack: a filter that sets them never matches it
  return !c.iface && !c.hook && !c.verdict;
}
