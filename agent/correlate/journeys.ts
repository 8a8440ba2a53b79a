// The correlator: pure code, no I/O. Packet sightings go in; journeys come out.
// A packet keeps its skb address across veth, bridge and netfilter hops inside a host, so hops are
// grouped by skb; a drop ends the group, and so does silence longer than the idle window or a second
// pass of the same hook in the same netns (the slab gave the address to the next packet). NAT is the
// difference between a hook's entry and exit headers (or between consecutive hops without the
// netfilter set); request and reply are linked through their conntrack entry.
import {
  Direction,
  HopKind,
  Hook,
  NatKind,
  Verdict,
  type ConntrackRef,
  type Headers,
  type Hop,
  type Journey,
  type NatRewrite,
  type PacketEvent,
} from '../../proto/index.js';

export interface CorrelatorOptions {
  /** a group with no new hop for this long is complete (ns) */
  idleNs?: number;
  /** a group older than this is closed whatever happens (ns) */
  maxAgeNs?: number;
  /** prefix for journey ids, so ids from two agents never clash */
  idPrefix?: string;
  /** most open groups kept; beyond it the oldest is closed early (bounded memory) */
  maxOpen?: number;
  /** most sightings in one group; the next one starts a new group (bounded memory per group) */
  maxHops?: number;
}

interface Group {
  id: string;
  skb: string;
  /** one hop per sighting, built as it arrives (the sighting itself is not kept: it dies young) */
  hops: Hop[];
  /** hops arrived in time order so far (then the journey needs no sort) */
  sorted: boolean;
  firstMono: number;
  lastMono: number;
  /** wall time of the earliest sighting */
  firstTimeNs: number;
  /** monotonic time of the free that ended the packet; 0 while it lives */
  endMono: number;
  /** the hook passes seen, as hookKey(): a packet passes each hook of a netns once, in and out */
  hooks: number[];
  /** the conntrack entry of the latest sighting that had one, and that sighting's time and kind */
  ct: ConntrackRef | undefined;
  ctMono: number;
  ctKind: number;
  /** a sighting said the packet travels its entry's reply direction */
  replySeen: boolean;
}

/** (netns, hook, entry or exit) as one number: netns inodes are 32-bit, so this stays exact. */
function hookKey(ev: PacketEvent): number {
  if (ev.kind !== HopKind.HOP_KIND_HOOK_ENTRY && ev.kind !== HopKind.HOP_KIND_HOOK_EXIT) return -1;
  return ((ev.netns ?? 0) * 8 + (ev.hook ?? 0)) * 2 + (ev.kind === HopKind.HOP_KIND_HOOK_EXIT ? 1 : 0);
}

const HOOK_NAME: Record<number, string> = {
  [Hook.HOOK_PREROUTING]: 'PREROUTING',
  [Hook.HOOK_INPUT]: 'INPUT',
  [Hook.HOOK_FORWARD]: 'FORWARD',
  [Hook.HOOK_OUTPUT]: 'OUTPUT',
  [Hook.HOOK_POSTROUTING]: 'POSTROUTING',
};

export function hookName(hook: number | null | undefined): string {
  return HOOK_NAME[hook ?? 0] ?? 'UNKNOWN';
}

function sameAddrs(a: Headers | null | undefined, b: Headers | null | undefined): boolean {
  return (a?.src ?? '') === (b?.src ?? '') && (a?.dst ?? '') === (b?.dst ?? '');
}

/** The rewrite between two header sightings of one packet, if its addresses or ports changed. */
export function rewriteBetween(before: Headers, after: Headers, hook: number, reverse: boolean): NatRewrite | undefined {
  if ((before.src ?? '') !== (after.src ?? '') || (before.srcPort ?? 0) !== (after.srcPort ?? 0)) {
    return { kind: NatKind.NAT_KIND_SNAT, hook, from: before.src ?? '', to: after.src ?? '', fromPort: before.srcPort ?? 0, toPort: after.srcPort ?? 0, reverse };
  }
  if ((before.dst ?? '') !== (after.dst ?? '') || (before.dstPort ?? 0) !== (after.dstPort ?? 0)) {
    return { kind: NatKind.NAT_KIND_DNAT, hook, from: before.dst ?? '', to: after.dst ?? '', fromPort: before.dstPort ?? 0, toPort: after.dstPort ?? 0, reverse };
  }
  return undefined;
}

function tupleMatches(h: Headers | null | undefined, t: ConntrackRef['original']): boolean {
  return !!h && !!t && h.src === t.src && h.dst === t.dst;
}

/** Which direction of its conntrack entry a packet travels, from the headers seen along the way. */
function directionOf(hops: Hop[], ct: ConntrackRef | undefined, replySeen: boolean): number {
  if (!ct) return Direction.DIRECTION_UNKNOWN;
  if (replySeen) return Direction.DIRECTION_REPLY;
  for (const h of hops) {
    if (tupleMatches(h.headers, ct.original)) return Direction.DIRECTION_ORIGINAL;
    if (tupleMatches(h.headers, ct.reply)) return Direction.DIRECTION_REPLY;
  }
  return Direction.DIRECTION_UNKNOWN;
}

/**
 * Frees the kernel counts as drops but that end a delivered packet: ping over a raw socket gets a
 * clone, and the original is freed by ping_rcv with NO_SOCKET (no ICMP datagram socket wanted it).
 */
function isDeliveryArtifact(h: Hop): boolean {
  return h.dropReason === 'NO_SOCKET' && h.function === 'ping_rcv';
}

function byTime(a: Hop, b: Hop): number {
  const d = (a.monoNs as number) - (b.monoNs as number);
  if (d !== 0) return d;
  // hook entry before exit at the same instant
  return (a.kind ?? 0) - (b.kind ?? 0);
}

/** The headers of a hop whose sighting had none (one shared object: "no headers" is an identity test) */
const NO_HEADERS: Headers = Object.freeze({}) as Headers;

/** The hop a sighting becomes (deltaNs and nat are filled in when the journey is built). */
function hopOf(e: PacketEvent): Hop {
  const hop: Hop = {
    monoNs: e.monoNs ?? 0,
    deltaNs: 0,
    netns: e.netns ?? 0,
    netnsName: e.netnsName ?? '',
    ifindex: e.ifindex ?? 0,
    ifname: e.ifname ?? '',
    kind: e.kind ?? HopKind.HOP_KIND_UNKNOWN,
    hook: e.hook ?? Hook.HOOK_UNKNOWN,
    headers: e.headers ?? NO_HEADERS,
    probeSet: e.probeSet ?? 0,
  };
  if (e.function) hop.function = e.function;
  if (e.qdisc) hop.qdisc = e.qdisc;
  if (e.kind === HopKind.HOP_KIND_DROP) hop.dropReason = e.dropReason ?? '';
  return hop;
}

// hook passes entered and not yet left while a journey is built, as (netns * 8 + hook) and the
// headers at entry, in entry order (build() is not re-entrant: one pair of arrays for all)
const openKeys: number[] = [];
const openHeaders: Headers[] = [];

export class Correlator {
  private readonly open = new Map<string, Group>();
  private readonly idleNs: number;
  private readonly maxAgeNs: number;
  private readonly maxOpen: number;
  private readonly maxHops: number;
  private readonly idPrefix: string;
  private next = 1;
  /** conntrack link key → the journey ids of each direction seen lately */
  private readonly links = new Map<string, { orig?: string; reply?: string; mono: number }>();
  /** most links kept (the least recently used goes first): bounded memory under floods of unanswered packets */
  private readonly maxLinks = 65536;

  constructor(opts: CorrelatorOptions = {}) {
    this.idleNs = opts.idleNs ?? 200e6;
    this.maxAgeNs = opts.maxAgeNs ?? 5e9;
    this.maxOpen = opts.maxOpen ?? 100_000;
    this.maxHops = opts.maxHops ?? 256;
    this.idPrefix = opts.idPrefix ?? 'j';
  }

  get openCount(): number {
    return this.open.size;
  }

  /** request/reply links held (for tests: a flood must not grow them) */
  get linkCount(): number {
    return this.links.size;
  }

  /** Adds one sighting; returns the journeys this closes (when an address is reused, or to bound memory). */
  add(ev: PacketEvent): Journey[] {
    const skb = ev.skb;
    if (!skb) return [];
    const out: Journey[] = [];
    let g = this.open.get(skb);
    const mono = ev.monoNs ?? 0;
    // after a free, a later sighting at the same address is a new packet (the slab reused it); an
    // earlier one is a straggler of the freed packet from another probe process, arriving late.
    // Without a free (the netfilter set sees none), a second pass of the same hook in the same
    // netns is the sign: under a flood the slab hands the address to the next packet within
    // microseconds, and without this one group gathered every packet at that address for maxAgeNs
    const hk = hookKey(ev);
    if (g && ((g.endMono && mono > g.endMono) || mono - g.lastMono > this.idleNs || (hk >= 0 && g.hooks.includes(hk)) || g.hops.length >= this.maxHops)) {
      out.push(this.close(g));
      g = undefined;
    }
    if (!g) {
      if (this.open.size >= this.maxOpen) {
        const oldest = this.open.values().next().value as Group;
        out.push(this.close(oldest));
      }
      g = { id: `${this.idPrefix}${this.next++}`, skb, hops: [], sorted: true, firstMono: mono, lastMono: mono, firstTimeNs: ev.timeNs ?? 0, endMono: 0, hooks: [], ct: undefined, ctMono: 0, ctKind: 0, replySeen: false };
      this.open.set(skb, g);
    }
    const hop = hopOf(ev);
    const kind = hop.kind!;
    const n = g.hops.length;
    if (n) {
      const last = g.hops[n - 1]!;
      if (mono < (last.monoNs as number) || (mono === last.monoNs && kind < last.kind!)) g.sorted = false;
    }
    g.hops.push(hop);
    if (hk >= 0) g.hooks.push(hk);
    const ct = ev.ct;
    if (ct) {
      if (ct.replyDirection) g.replySeen = true;
      // the entry as of the latest sighting in time (its status has grown along the way)
      if (ct.id && (!g.ct || mono > g.ctMono || (mono === g.ctMono && kind >= g.ctKind))) {
        g.ct = ct;
        g.ctMono = mono;
        g.ctKind = kind;
      }
    }
    if (mono > g.lastMono) g.lastMono = mono;
    if (mono < g.firstMono) {
      g.firstMono = mono;
      g.firstTimeNs = ev.timeNs ?? 0;
    }
    if (ev.kind === HopKind.HOP_KIND_DROP || ev.kind === HopKind.HOP_KIND_CONSUME) g.endMono = mono;
    return out;
  }

  /**
   * Closes every group idle at `nowMono` (and ended groups once their stragglers had time to arrive:
   * events from different probe processes reach the agent out of order).
   */
  flush(nowMono: number): Journey[] {
    const out: Journey[] = [];
    for (const g of this.open.values()) {
      if (nowMono - g.lastMono > this.idleNs || nowMono - g.firstMono > this.maxAgeNs) out.push(this.close(g));
    }
    // links are kept in last-use order (link() re-inserts what it touches): the stale ones are at the
    // front, so this stops at the first live one instead of walking every link each flush
    for (const [k, v] of this.links) {
      if (nowMono - v.mono <= 10 * this.maxAgeNs) break;
      this.links.delete(k);
    }
    return out;
  }

  /** Closes everything (at shutdown). */
  drain(): Journey[] {
    return [...this.open.values()].map((g) => this.close(g));
  }

  private close(g: Group): Journey {
    this.open.delete(g.skb);
    return this.build(g);
  }

  private build(g: Group): Journey {
    const hops = g.hops;
    if (!g.sorted) hops.sort(byTime);
    const ct = g.ct;
    const direction = directionOf(hops, ct, g.replySeen);
    const reverse = direction === Direction.DIRECTION_REPLY;

    const nat: NatRewrite[] = [];
    openKeys.length = 0;
    openHeaders.length = 0;
    let prev: Hop | undefined;
    let verdict = Verdict.VERDICT_DELIVERED;
    let dropReason = '';
    let dropLocation = '';
    for (const hop of hops) {
      if (prev) hop.deltaNs = (hop.monoNs as number) - (prev.monoNs as number);
      const key = (hop.netns as number) * 8 + hop.hook!;
      if (hop.kind === HopKind.HOP_KIND_HOOK_ENTRY) {
        const i = openKeys.indexOf(key);
        if (i >= 0) openHeaders[i] = hop.headers!;
        else {
          openKeys.push(key);
          openHeaders.push(hop.headers!);
        }
      } else if (hop.kind === HopKind.HOP_KIND_HOOK_EXIT) {
        const i = openKeys.indexOf(key);
        const before = i >= 0 ? openHeaders[i] : undefined;
        if (i >= 0) {
          openKeys.splice(i, 1);
          openHeaders.splice(i, 1);
        }
        const rw = before && hop.headers !== NO_HEADERS ? rewriteBetween(before, hop.headers!, hop.hook!, reverse) : undefined;
        if (rw) {
          hop.nat = rw;
          nat.push(rw);
        }
      } else if (prev && prev.headers !== NO_HEADERS && hop.headers !== NO_HEADERS && !sameAddrs(prev.headers, hop.headers) && prev.netns === hop.netns) {
        // without hook probes, a rewrite shows as a change between two device hops
        const rw = rewriteBetween(prev.headers!, hop.headers!, Hook.HOOK_UNKNOWN, reverse);
        if (rw && !nat.some((n) => n.kind === rw.kind && n.from === rw.from && n.to === rw.to)) {
          hop.nat = rw;
          nat.push(rw);
        }
      }
      if (hop.kind === HopKind.HOP_KIND_DROP && !isDeliveryArtifact(hop)) {
        verdict = Verdict.VERDICT_DROPPED;
        dropReason = hop.dropReason ?? '';
        // a hook entered and never left is where it was dropped; otherwise the device or function
        dropLocation = openKeys.length ? hookName(openKeys[openKeys.length - 1]! % 8) : hop.function || hop.ifname || 'unknown';
      }
      prev = hop;
    }
    if (verdict !== Verdict.VERDICT_DROPPED && openKeys.length > 0) {
      // entered a hook and never left it, with no drop seen: dropped there (the free was not observed)
      verdict = Verdict.VERDICT_DROPPED;
      dropLocation = hookName(openKeys[openKeys.length - 1]! % 8);
    }
    const first = hops[0]!;
    const last = hops[hops.length - 1]!;
    const journey: Journey = {
      id: g.id,
      startMonoNs: first.monoNs as number,
      startTimeNs: g.firstTimeNs,
      durationNs: (last.monoNs as number) - (first.monoNs as number),
      skb: g.skb,
      headers: first.headers === NO_HEADERS ? {} : first.headers!,
      hops,
      nat,
      verdict,
      direction,
    };
    if (ct) journey.ct = ct;
    if (dropReason) journey.dropReason = dropReason;
    if (dropLocation) journey.dropLocation = dropLocation;
    const peer = this.link(journey, ct, direction);
    if (peer) journey.peerId = peer;
    return journey;
  }

  /** Records this journey under its conntrack entry and returns the other direction's journey id. */
  private link(j: Journey, ct: ConntrackRef | undefined, direction: number): string | undefined {
    if (!ct?.id || direction === Direction.DIRECTION_UNKNOWN) return undefined;
    // ICMP echo request and reply share id and sequence: link the exact pair
    const h = j.headers;
    const echo = h?.protocol === 1;
    const key = echo ? `${ct.id}/${h.icmpSeq ?? 0}` : ct.id;
    let l = this.links.get(key);
    if (l) this.links.delete(key); // re-inserted below, at the end: last-use order
    else l = { mono: 0 };
    l.mono = j.startMonoNs ?? 0;
    let peer: string | undefined;
    if (direction === Direction.DIRECTION_ORIGINAL) {
      l.orig = j.id!;
      peer = l.reply;
    } else {
      l.reply = j.id!;
      peer = l.orig;
    }
    // an echo and its reply link once: a complete pair is forgotten at once (a ping flood would
    // otherwise keep a link per echo for the whole retention time); a flow's link stays for its next packets
    if (echo && l.orig && l.reply) return peer;
    this.links.set(key, l);
    if (this.links.size > this.maxLinks) this.links.delete(this.links.keys().next().value!);
    return peer;
  }
}
