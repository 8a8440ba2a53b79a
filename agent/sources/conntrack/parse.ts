// Pure parsers for conntrack-tools 1.4.7 output: `conntrack -L [-o extended,id]` rows and
// `conntrack -E -o timestamp,extended,id` events. A table of line patterns plus one classifier
// (tap's parser style); lines nobody recognizes come back as `other`, never as exceptions.
//
// Real lines (test/fixtures/conntrack/):
//   ipv4     2 tcp      6 431998 ESTABLISHED src=10.85.0.4 dst=192.168.61.12 sport=39422 dport=5201 packets=7 bytes=536 src=192.168.61.12 dst=192.168.61.11 sport=5201 dport=39422 packets=7 bytes=376 [ASSURED] mark=0 use=1 id=918874675
//   [1795443547.449966]	    [NEW] ipv4     2 icmp     1 30 src=10.85.0.4 dst=192.168.61.12 type=8 code=0 id=5601 [UNREPLIED] src=192.168.61.12 dst=192.168.61.11 type=0 code=0 id=5601 id=707283079
//   [1795443572.096651]	[DESTROY] ipv4     2 icmp     1 src=10.85.0.4 … delta-time=2 id=2632165388
// Pitfalls they show: `id=` is both the ICMP echo id (inside a tuple, after code=) and the flow id;
// a DESTROY after a timeout has no timeout column; `[start=Mon Nov 23 14:19:29 2026]` holds spaces.
import { ConntrackEventType, NatKind, type ConntrackEntry, type ConntrackEvent, type ConntrackTuple } from '../../../proto/index.js';

/** Where a parsed event or snapshot row belongs, and the time to use when the line carries none. */
export interface ConntrackContext {
  netns?: number;
  netnsName?: string;
  /** wall clock, ns since the epoch: the snapshot's time for -L rows, the fallback for -E lines without a timestamp */
  timeNs?: number;
}

export type ConntrackLine =
  /** a `conntrack -L` row; `extra` holds the tokens that have no field in ConntrackEntry (e.g. "delta-time=3") */
  | { type: 'entry'; entry: ConntrackEntry; extra: string[] }
  /** a `conntrack -E` line */
  | { type: 'event'; event: ConntrackEvent; extra: string[] }
  /** conntrack's closing line on stderr: "… 4 flow entries have been shown." */
  | { type: 'summary'; count: number; line: string }
  /** the kernel dropped events because conntrack's netlink socket buffer was full */
  | { type: 'enobufs'; line: string }
  | { type: 'blank'; line: string }
  | { type: 'other'; line: string };

export type ConntrackLineType = ConntrackLine['type'];

const L3 = String.raw`(?:(?:ipv4|ipv6|unknown)\s+\d+\s+)?`;
const L4 = String.raw`[a-z][a-z0-9-]*\s+\d+\s`;

/** Line patterns, tried in this order; the first match classifies the line. */
export const LINE_TYPES = {
  blank: /^\s*$/,
  summary: /^conntrack v\S+ \(conntrack-tools\): (\d+) flow (?:entries|events) ha(?:s|ve) been \w+\.?\s*$/,
  enobufs: /ENOBUFS/,
  event: new RegExp(String.raw`^\s*(?:\[(\d+)\.(\d+)\]\s+)?\[(NEW|UPDATE|DESTROY)\]\s+(${L3}${L4}.*)$`),
  entry: new RegExp(String.raw`^\s*(${L3}${L4}.*)$`),
} as const satisfies Record<Exclude<ConntrackLineType, 'other'>, RegExp>;

export function classifyConntrackLine(line: string): ConntrackLineType {
  for (const [type, re] of Object.entries(LINE_TYPES)) if (re.test(line)) return type as ConntrackLineType;
  return 'other';
}

const EVENT_TYPES: Record<string, ConntrackEventType> = {
  NEW: ConntrackEventType.CONNTRACK_EVENT_TYPE_NEW,
  UPDATE: ConntrackEventType.CONNTRACK_EVENT_TYPE_UPDATE,
  DESTROY: ConntrackEventType.CONNTRACK_EVENT_TYPE_DESTROY,
};

export function parseConntrackLine(line: string, ctx: ConntrackContext = {}): ConntrackLine {
  const type = classifyConntrackLine(line);
  switch (type) {
    case 'event': {
      const m = LINE_TYPES.event.exec(line)!;
      const body = parseConntrackBody(m[4]!);
      if (!body) return { type: 'other', line };
      const timeNs = m[1] !== undefined ? wallToNs(m[1], m[2]!) : ctx.timeNs;
      const event: ConntrackEvent = { type: EVENT_TYPES[m[3]!], entry: body.entry };
      if (timeNs !== undefined) event.timeNs = timeNs;
      addNetns(event, ctx);
      return { type: 'event', event, extra: body.extra };
    }
    case 'entry': {
      const body = parseConntrackBody(LINE_TYPES.entry.exec(line)![1]!);
      return body ? { type: 'entry', entry: body.entry, extra: body.extra } : { type: 'other', line };
    }
    case 'summary':
      return { type, count: Number(LINE_TYPES.summary.exec(line)![1]), line };
    default:
      return { type, line };
  }
}

/** A -L row as the SNAPSHOT event the source emits for it. */
export function snapshotEvent(entry: ConntrackEntry, ctx: ConntrackContext): ConntrackEvent {
  const event: ConntrackEvent = { type: ConntrackEventType.CONNTRACK_EVENT_TYPE_SNAPSHOT, entry };
  if (ctx.timeNs !== undefined) event.timeNs = ctx.timeNs;
  addNetns(event, ctx);
  return event;
}

/**
 * One line of `conntrack -L` stdout as the event the snapshot sends for it, or undefined for a line
 * that is not a row (blank, the summary, ENOBUFS, anything unrecognized). Rows go straight to the body
 * parser; a line that classifies as an -E event is kept as that event rather than lost.
 */
export function parseSnapshotLine(l: string, ctx: ConntrackContext): ConntrackEvent | undefined {
  if ((l.startsWith('ipv4 ') || l.startsWith('ipv6 ')) && !l.includes('ENOBUFS')) {
    const body = parseConntrackBody(l);
    if (body) return snapshotEvent(body.entry, ctx);
  }
  const parsed = parseConntrackLine(l, ctx);
  if (parsed.type === 'entry') return snapshotEvent(parsed.entry, ctx);
  if (parsed.type === 'event') return parsed.event;
  return undefined;
}

/** All of `conntrack -L` stdout as SNAPSHOT events; lines that are not rows go to `other`. */
export function parseConntrackList(text: string, ctx: ConntrackContext): { events: ConntrackEvent[]; other: string[] } {
  const events: ConntrackEvent[] = [];
  const other: string[] = [];
  for (const line of text.split('\n')) {
    const parsed = parseConntrackLine(line, ctx);
    if (parsed.type === 'entry') events.push(snapshotEvent(parsed.entry, ctx));
    else if (parsed.type === 'event') events.push(parsed.event); // not expected from -L; kept, not lost
    else if (parsed.type !== 'blank') other.push(line);
  }
  return { events, other };
}

/**
 * NAT from the two tuples: SNAT when the reply's destination is not the original's source (address or
 * port), DNAT when the reply's source is not the original's destination. Both at once reports SNAT.
 */
export function natKind(original: ConntrackTuple | null | undefined, reply: ConntrackTuple | null | undefined): NatKind {
  if (!original || !reply) return NatKind.NAT_KIND_UNKNOWN;
  if (reply.dst !== original.src || (reply.dstPort ?? 0) !== (original.srcPort ?? 0)) return NatKind.NAT_KIND_SNAT;
  if (reply.src !== original.dst || (reply.srcPort ?? 0) !== (original.dstPort ?? 0)) return NatKind.NAT_KIND_DNAT;
  return NatKind.NAT_KIND_UNKNOWN;
}

/** "[1795443547.449966]" → ns since the epoch (a double: exact to ~256 ns at today's dates). */
function wallToNs(sec: string, frac: string): number {
  return Number(BigInt(sec) * 1_000_000_000n + BigInt(frac.padEnd(9, '0').slice(0, 9)));
}

function addNetns(event: ConntrackEvent, ctx: ConntrackContext): void {
  if (ctx.netns !== undefined) event.netns = ctx.netns;
  if (ctx.netnsName !== undefined) event.netnsName = ctx.netnsName;
}

// Tokens: a bracketed group (which may hold spaces) or a run of non-space.
const TOKEN = /\[[^\]]*\]|\S+/g;
const FLAG = /^\[([A-Z_]+)\]$/;
const STATE = /^[A-Z][A-Z_]*$/;

/**
 * Tokens of a row: split at single spaces (conntrack's own separator; a table of 100,000 rows is
 * parsed while it is read), or by TOKEN when a bracketed group holds a space ("[start=Mon Nov …]").
 */
function tokenize(body: string): string[] {
  const parts = body.split(' ');
  const tokens: string[] = [];
  for (const p of parts) {
    if (!p) continue;
    if (p.charCodeAt(0) === 91 /* [ */ && p.indexOf(']') !== p.length - 1) return body.match(TOKEN) ?? [];
    if (p.indexOf('\t') >= 0 || p.indexOf('\n') >= 0 || p.indexOf('\r') >= 0) return body.match(TOKEN) ?? [];
    tokens.push(p);
  }
  return tokens;
}

function isDigits(s: string | undefined): boolean {
  if (!s) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * The part of a line after the event tag: `[l3name l3num] l4name l4num [timeout] [STATE] tuple [flags] tuple …`.
 * Undefined when it does not have two tuples.
 */
export function parseConntrackBody(body: string): { entry: ConntrackEntry; extra: string[] } | undefined {
  const tokens = tokenize(body);
  let i = 0;
  const l3 = tokens[0];
  if ((l3 === 'ipv4' || l3 === 'ipv6' || l3 === 'unknown') && isDigits(tokens[1])) i = 2;
  if (!isDigits(tokens[i + 1])) return undefined;
  const entry: ConntrackEntry = { protocol: Number(tokens[i + 1]) };
  i += 2;
  if (isDigits(tokens[i])) entry.timeoutS = Number(tokens[i++]);
  if (STATE.test(tokens[i] ?? '')) entry.state = tokens[i++];

  const extra: string[] = [];
  const flags: string[] = [];
  const tuples: Tuple[] = [];
  let cur: Tuple | undefined;
  for (; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (tok.charCodeAt(0) === 91 /* [ */ && FLAG.test(tok)) {
      flags.push(tok.slice(1, -1));
      cur = undefined;
      continue;
    }
    const eq = tok.indexOf('=');
    if (eq <= 0) {
      extra.push(tok);
      continue;
    }
    const key = tok.slice(0, eq);
    const value = tok.slice(eq + 1);
    if (key === 'src' && tuples.length < 2) {
      cur = { tuple: { src: value, protocol: entry.protocol! } };
      tuples.push(cur);
      continue;
    }
    if (cur && addToTuple(cur, key, value)) continue;
    cur = undefined; // anything else ends the tuple, so a later id= is the flow id
    switch (key) {
      case 'id': entry.id = value; break;
      case 'mark': entry.mark = Number(value); break;
      case 'zone': entry.zone = Number(value); break;
      case 'use': entry.use = Number(value); break;
      default: extra.push(tok);
    }
  }
  if (tuples.length !== 2) return undefined;
  const [orig, reply] = tuples as [Tuple, Tuple];
  entry.original = orig.tuple;
  entry.reply = reply.tuple;
  if (orig.packets !== undefined) entry.origPackets = orig.packets;
  if (orig.bytes !== undefined) entry.origBytes = orig.bytes;
  if (reply.packets !== undefined) entry.replyPackets = reply.packets;
  if (reply.bytes !== undefined) entry.replyBytes = reply.bytes;
  if (flags.length) entry.flags = flags;
  entry.nat = natKind(entry.original, entry.reply);
  return { entry, extra };
}

interface Tuple {
  tuple: ConntrackTuple;
  packets?: number;
  bytes?: number;
  sawCode?: boolean;
}

/** true when key=value belongs to the tuple being read */
function addToTuple(t: Tuple, key: string, value: string): boolean {
  const n = Number(value);
  switch (key) {
    case 'dst': t.tuple.dst = value; return true;
    case 'sport': t.tuple.srcPort = n; return true;
    case 'dport': t.tuple.dstPort = n; return true;
    case 'type': t.tuple.icmpType = n; return true;
    case 'code': t.tuple.icmpCode = n; t.sawCode = true; return true;
    case 'id':
      // the echo id follows code= once; a second id= (or one in a tcp/udp tuple) is the flow id
      if (!t.sawCode || t.tuple.icmpId !== undefined) return false;
      t.tuple.icmpId = n;
      return true;
    case 'packets': t.packets = n; return true;
    case 'bytes': t.bytes = n; return true;
    default: return false;
  }
}
