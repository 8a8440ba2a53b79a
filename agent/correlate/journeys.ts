// The correlator: pure code, no I/O. Packet sightings go in; journeys come out.
// A packet keeps its skb address across veth, bridge and netfilter hops inside a host, so hops are
// grouped by skb — but the slab hands a freed skb's address to the next packet at once, and not
// every free is seen (TCP frees ACKs and coalesced segments with __kfree_skb; the NAPI cache
// recycles skbs without the slab), so the address alone glued packets together. A sighting joins a
// journey only if it is the same packet: one IP id, one L4 identity (TCP seq and ack, ICMP type and
// echo sequence, UDP length), one direction (sameIdentity). A seen free (drop or consume) ends the
// journey, and so do silence longer than the idle window and a second pass of the same hook in the
// same netns. Several journeys may be open at one address at once: the events of two probe
// processes arrive out of order, and a late sighting of the previous packet still finds its own.
// NAT is the difference between a hook's entry and exit headers, and only there; request and reply
// come from conntrack (the sighting's ctinfo, or the entry's tuples) and are linked through it.
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
  /** a sighting after conntrack ran said it travels the original direction */
  origSeen: boolean;
  /** the latest sighting's headers (NO_HEADERS until one had them): the packet's identity */
  ident: Headers;
  /** the journey opened earlier at the same address, same IP id, and still open */
  older: Group | undefined;
  /** its key in Correlator.open: the skb address and the IP id of its first sighting with headers */
  key: string;
  /** the free that ended it: kind, and where (netns, device) */
  endKind: number;
  endNetns: number;
  endIfindex: number;
  /** GSO: it was cut into segments (ended by a consume in a function that segments) */
  segmented: boolean;
  /** GSO: segments seen begin, and the journey this one was cut from */
  segments: number;
  parentId: string;
  /** the packet is gone by this time (its free, or the next packet's first sighting at its address); 0 while it may live */
  doneMono: number;
  closed: boolean;
}

/** Functions whose consume_skb of a GSO packet means it was cut into segments (sch_tbf, dev.c, sch_cake, sch_netem, sch_taprio). */
const GSO_CUTTERS = new Set(['tbf_enqueue', 'tbf_segment', 'validate_xmit_skb', 'cake_enqueue', 'netem_enqueue', 'taprio_enqueue_segmented', 'skb_gso_segment', '__skb_gso_segment']);

/** A segmented packet, for linking the segments that begin journeys of their own to it. */
interface Cut {
  g: Group;
  ipId: number;
  seq: number;
  /** IP length of the cut packet: its segments' sequence numbers lie in [seq, seq + length) */
  length: number;
  mono: number;
}

/** The flow a TCP packet belongs to, as its headers say (one direction). */
function flowKey(netns: number, h: Headers): string {
  return `${netns}/${h.src}/${h.srcPort ?? 0}/${h.dst}/${h.dstPort ?? 0}`;
}

/** (netns, hook, entry or exit) as one number: netns inodes are 32-bit, so this stays exact. */
function hookKey(ev: Pick<PacketEvent, 'kind' | 'netns' | 'hook'>): number {
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

const isFragment = (h: Headers): boolean => ((h.fragOff ?? 0) & 0x3fff) !== 0;

/**
 * Whether two sightings' headers can be one packet: the fields no NAT and no forwarding changes.
 * A fragment (before reassembly at the hooks' defrag) is judged on its IP id alone; an ICMP echo
 * on its type and sequence (MASQUERADE may rewrite the echo id); source and destination must not
 * have swapped (a reply is another packet).
 */
export function sameIdentity(a: Headers, b: Headers): boolean {
  if (a === b || a === NO_HEADERS || b === NO_HEADERS) return true;
  if ((a.protocol ?? 0) !== (b.protocol ?? 0) || (a.ipId ?? 0) !== (b.ipId ?? 0)) return false;
  if (a.src !== a.dst && a.src === b.dst && a.dst === b.src) return false;
  if (isFragment(a) || isFragment(b)) return true;
  switch (a.protocol) {
    case 6:
      // the flags too: a host's stateless RSTs and ACKs (ip id 0) can repeat one seq and ack
      return (a.tcpSeq ?? 0) === (b.tcpSeq ?? 0) && (a.tcpAck ?? 0) === (b.tcpAck ?? 0) && (a.tcpFlags ?? 0) === (b.tcpFlags ?? 0);
    case 1: {
      const t = a.icmpType ?? 0;
      if (t !== (b.icmpType ?? 0)) return false;
      return t === 0 || t === 8 ? (a.icmpSeq ?? 0) === (b.icmpSeq ?? 0) : true;
    }
    default:
      // UDP and the rest: NAT rewrites addresses and ports, never the length
      return (a.length ?? 0) === (b.length ?? 0);
  }
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

/** Whether headers are the tuple's direction: addresses, and the ports where the tuple has them. */
function tupleMatches(h: Headers | null | undefined, t: ConntrackRef['original']): boolean {
  if (!h || !t || h.src !== t.src || h.dst !== t.dst) return false;
  if (t.srcPort && (h.srcPort ?? 0) !== t.srcPort) return false;
  if (t.dstPort && (h.dstPort ?? 0) !== t.dstPort) return false;
  return true;
}

/**
 * Which direction of its conntrack entry a packet travels: what conntrack itself said of it (ctinfo
 * at a hook after conntrack ran: IP_CT_IS_REPLY), else which of the entry's tuples its headers were
 * at some hop — never the order in which packets happened to be seen.
 */
function directionOf(hops: Hop[], ct: ConntrackRef | undefined, replySeen: boolean, origSeen: boolean): number {
  if (!ct) return Direction.DIRECTION_UNKNOWN;
  if (replySeen) return Direction.DIRECTION_REPLY;
  for (const h of hops) {
    if (tupleMatches(h.headers, ct.original)) return Direction.DIRECTION_ORIGINAL;
    if (tupleMatches(h.headers, ct.reply)) return Direction.DIRECTION_REPLY;
  }
  return origSeen ? Direction.DIRECTION_ORIGINAL : Direction.DIRECTION_UNKNOWN;
}

/**
 * Frees with a drop reason that are not network drops: the packet had arrived where it was going
 * (README, "Which frees are drops"). Keyed on what the free means, not on one kernel's function
 * names (ping's free is in ping_rcv on 6.18, in icmp_rcv on 6.1).
 */
const NOT_A_DROP: Record<string, string> = {
  // a socket purges its own receive/write queues when it is closed: the packet had reached it
  QUEUE_PURGE: 'purged from a closing socket',
  // the same on kernels that name it so
  SOCKET_CLOSE: 'purged from a closing socket',
};

/**
 * Where a socket purges its queues: kernels before QUEUE_PURGE (and the out-of-order queue's purge
 * still) free those skbs with NOT_SPECIFIED from these functions.
 */
const PURGERS = new Set(['skb_rbtree_purge', 'skb_queue_purge', '__skb_queue_purge', 'skb_queue_purge_reason', 'sk_stream_kill_queues', 'tcp_write_queue_purge', 'inet_csk_destroy_sock']);

/**
 * Why a free with a drop reason ends a delivered packet rather than dropping it; undefined for a
 * drop.
 */
export function deliveryEnd(h: Hop): string | undefined {
  const reason = h.dropReason ?? '';
  if (NOT_A_DROP[reason]) return NOT_A_DROP[reason];
  if ((reason === 'NOT_SPECIFIED' || reason === '') && h.function && PURGERS.has(h.function)) return 'purged from a closing socket';
  // ping reads echo replies through a raw socket, which gets a clone; the original finds no ICMP
  // datagram socket and is freed with NO_SOCKET (ping_rcv on 6.18, icmp_rcv on 6.1)
  if (reason === 'NO_SOCKET' && h.headers?.protocol === 1 && (h.headers.icmpType ?? 0) === 0) return 'a raw socket (ping) took a clone';
  return undefined;
}

export function isDeliveryEnd(h: Hop): boolean {
  return deliveryEnd(h) !== undefined;
}

/** Whether a normal free (consume) at this function means the packet was cut into GSO segments. */
export function isGsoCut(fn: string | null | undefined): boolean {
  return !!fn && GSO_CUTTERS.has(fn);
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

/** a journey whose end (a free) was seen closes this long after it, on the probes' watermark */
const END_GRACE_NS = 5e6;

// hook passes entered and not yet left while a journey is built, as (netns * 8 + hook) and the
// headers at entry, in entry order (build() is not re-entrant: one pair of arrays for all)
const openKeys: number[] = [];
const openHeaders: Headers[] = [];

export class Correlator {
  /** skb address and IP id → the newest journey open there (older ones hang off it: Group.older) */
  private readonly open = new Map<string, Group>();
  /** skb address → the newest journey opened there, for a sighting without headers */
  private readonly newestAt = new Map<string, Group>();
  /** GSO packets cut into segments lately, by flow */
  private readonly cuts = new Map<string, Cut>();
  /** journeys whose packet is gone (doneMono set), about in that order: closed once the watermark is past */
  private closable: Group[] = [];
  private closableHead = 0;
  /** every open journey, oldest first */
  private readonly all = new Set<Group>();
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
    return this.all.size;
  }

  /** request/reply links held (for tests: a flood must not grow them) */
  get linkCount(): number {
    return this.links.size;
  }

  /** Whether a sighting at time `mono` can be more of journey g. */
  private fits(g: Group, ev: PacketEvent, mono: number, hk: number): boolean {
    // freed before this sighting: the address now holds another packet (a sighting before the free
    // is a straggler of this one from another probe process, arriving late). One exception: the
    // qdisc_enqueue tracepoint fires after the qdisc's enqueue returned, so a packet a qdisc cut into
    // GSO segments (and freed) inside its enqueue is traced entering it just after its free
    if (g.endMono && mono > g.endMono) {
      const lateEnqueue = ev.kind === HopKind.HOP_KIND_QDISC_ENQUEUE && g.endKind === HopKind.HOP_KIND_CONSUME && mono - g.endMono < 1e6 && (ev.netns ?? 0) === g.endNetns && (ev.ifindex ?? 0) === g.endIfindex;
      if (!lateEnqueue) return false;
    }
    if (mono - g.lastMono > this.idleNs || g.lastMono - mono > this.idleNs) return false;
    // a packet passes each hook of a netns once, in and out
    if (hk >= 0 && g.hooks.includes(hk)) return false;
    if (g.hops.length >= this.maxHops) return false;
    return sameIdentity(g.ident, ev.headers ?? NO_HEADERS);
  }

  /** Adds one sighting; returns the journeys this closes (to bound memory). */
  add(ev: PacketEvent): Journey[] {
    const skb = ev.skb;
    if (!skb) return [];
    const out: Journey[] = [];
    const mono = ev.monoNs ?? 0;
    const hk = hookKey(ev);
    const h = ev.headers;
    const hasHeaders = !!h && !!h.protocol;
    // the journeys at this address with this IP id (IP ids keep the chains short when the slab
    // hands one address to packet after packet); the newest few are tried, newest first
    const key = hasHeaders ? `${skb}/${h!.ipId ?? 0}` : '';
    let g: Group | undefined;
    if (hasHeaders) {
      let tries = 0;
      for (let c = this.open.get(key); c && tries < 8; c = c.older, tries++) {
        if (this.fits(c, ev, mono, hk)) {
          g = c;
          break;
        }
      }
    } else {
      const c = this.newestAt.get(skb);
      if (c && this.fits(c, ev, mono, hk)) g = c;
    }
    if (!g) {
      if (this.all.size >= this.maxOpen) {
        out.push(...this.close(this.all.values().next().value as Group));
      }
      const gk = key || `${skb}/-`;
      g = {
        id: `${this.idPrefix}${this.next++}`, skb, hops: [], sorted: true, firstMono: mono, lastMono: mono, firstTimeNs: ev.timeNs ?? 0,
        endMono: 0, hooks: [], ct: undefined, ctMono: 0, ctKind: 0, replySeen: false, origSeen: false, ident: NO_HEADERS,
        older: this.open.get(gk), key: gk, endKind: 0, endNetns: 0, endIfindex: 0, segmented: false, segments: 0, parentId: '',
        doneMono: 0, closed: false,
      };
      this.open.set(gk, g);
      // another packet at this address: the one before it there was freed by now, whether or not
      // its free was seen (TCP's __kfree_skb, the NAPI cache)
      const prev = this.newestAt.get(skb);
      if (prev && mono > prev.lastMono) this.done(prev, mono);
      this.newestAt.set(skb, g);
      this.all.add(g);
      if (hasHeaders && h!.protocol === 6) this.linkSegment(g, ev, h!, mono);
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
    if (hop.headers !== NO_HEADERS) g.ident = hop.headers!;
    const ct = ev.ct;
    if (ct) {
      // ctinfo: conntrack's own word on the packet's direction (IP_CT_IS_REPLY or not)
      if (ct.replyDirection) g.replySeen = true;
      else g.origSeen = true;
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
    if ((kind === HopKind.HOP_KIND_DROP || kind === HopKind.HOP_KIND_CONSUME) && (!g.endMono || mono < g.endMono)) {
      g.endMono = mono;
      this.done(g, mono);
      g.endKind = kind;
      g.endNetns = ev.netns ?? 0;
      g.endIfindex = ev.ifindex ?? 0;
      if (kind === HopKind.HOP_KIND_CONSUME && isGsoCut(ev.function) && hasHeaders && h!.protocol === 6) {
        g.segmented = true;
        const fk = flowKey(ev.netns ?? 0, h!);
        this.cuts.delete(fk);
        this.cuts.set(fk, { g, ipId: h!.ipId ?? 0, seq: h!.tcpSeq ?? 0, length: h!.length ?? 0, mono });
        if (this.cuts.size > 4096) this.cuts.delete(this.cuts.keys().next().value!);
      }
    }
    return out;
  }

  /** The packet of g is gone by `mono`: g can close once every probe set is past it. */
  private done(g: Group, mono: number): void {
    if (g.doneMono && g.doneMono <= mono) return;
    const queued = g.doneMono !== 0;
    g.doneMono = mono;
    if (!queued) this.closable.push(g);
  }

  /**
   * Closes the journeys whose packet is gone once the probes' watermark is a little past that (cheap:
   * only those, in about the order they ended; the pipeline calls it with every batch, so under a
   * flood they die young instead of waiting for the next flush). A segmented packet waits for its
   * segments (flush, on the idle window).
   */
  flushDone(wm: number): Journey[] {
    const out: Journey[] = [];
    const q = this.closable;
    let i = this.closableHead;
    for (; i < q.length; i++) {
      const g = q[i]!;
      if (g.closed) continue;
      if (wm - Math.max(g.doneMono, g.lastMono) <= END_GRACE_NS) break;
      if (g.segmented) continue; // left to flush()
      out.push(...this.close(g));
    }
    this.closableHead = i;
    if (i > 4096 && i > q.length / 2) {
      this.closable = q.slice(i);
      this.closableHead = 0;
    }
    return out;
  }

  /**
   * A TCP packet that begins a journey may be a segment of a GSO packet cut lately in its flow: its
   * IP id and sequence number lie in the cut packet's ranges (segments count the IP id up from the
   * original's and split its bytes in order).
   */
  private linkSegment(g: Group, ev: PacketEvent, h: Headers, mono: number): void {
    if (!this.cuts.size) return;
    const c = this.cuts.get(flowKey(ev.netns ?? 0, h));
    if (!c || mono < c.mono || mono - c.mono > this.maxAgeNs) return;
    const dId = ((h.ipId ?? 0) - c.ipId) & 0xffff;
    const dSeq = ((h.tcpSeq ?? 0) - c.seq) >>> 0;
    if (dId >= 256 || dSeq >= c.length) return;
    g.parentId = c.g.id;
    c.g.segments++;
  }

  /**
   * Closes every journey idle at `nowMono`, and ended ones (a free was seen) once their stragglers
   * had time to arrive: `nowMono` is the probes' watermark (every probe set has delivered up to it),
   * so a journey freed before it has nothing more to come.
   */
  flush(nowMono: number): Journey[] {
    const out: Journey[] = [];
    for (const g of this.all) {
      // a segmented packet waits the idle window for its segments to begin (they are counted on it)
      if (nowMono - g.lastMono > this.idleNs || nowMono - g.firstMono > this.maxAgeNs || (g.doneMono && !g.segmented && nowMono - Math.max(g.doneMono, g.lastMono) > END_GRACE_NS)) {
        out.push(...this.close(g));
      }
    }
    // links are kept in last-use order (link() re-inserts what it touches): the stale ones are at the
    // front, so this stops at the first live one instead of walking every link each flush
    for (const [k, v] of this.links) {
      if (nowMono - v.mono <= 10 * this.maxAgeNs) break;
      this.links.delete(k);
    }
    for (const [k, c] of this.cuts) {
      if (nowMono - c.mono <= this.maxAgeNs) break;
      this.cuts.delete(k);
    }
    return out;
  }

  /** Closes everything (at shutdown). */
  drain(): Journey[] {
    const out: Journey[] = [];
    for (const g of [...this.all]) {
      out.push(...this.close(g));
    }
    return out;
  }

  /** Takes a journey out of the open set: its Journey (none for one not worth publishing, two when it was split). */
  private close(g: Group): Journey[] {
    g.closed = true;
    this.all.delete(g);
    if (this.newestAt.get(g.skb) === g) this.newestAt.delete(g.skb);
    // unlink it from its address's chain
    const head = this.open.get(g.key);
    if (head === g) {
      if (g.older) this.open.set(g.key, g.older);
      else this.open.delete(g.key);
    } else {
      for (let c = head; c; c = c.older) {
        if (c.older === g) {
          c.older = g.older;
          break;
        }
      }
    }
    g.older = undefined;
    const out: Journey[] = [];
    const after = this.afterEnd(g);
    if (after) out.push(this.build(after));
    // an skb seen only being freed normally is one that never travelled a watched path (a socket's
    // clone, a TCP write-queue original): its free alone is not a journey
    if (!(g.hops.length === 1 && g.hops[0]!.kind === HopKind.HOP_KIND_CONSUME)) out.unshift(this.build(g));
    return out;
  }

  /**
   * Hops after the packet's free are another packet's: one with the same identity at the same
   * address (a host's repeated stateless RSTs, IP id 0) whose sightings from one probe set arrived
   * before the free from the other. They are taken out into a journey of their own (without the
   * conntrack entry, which was the first packet's to report).
   */
  private afterEnd(g: Group): Group | undefined {
    if (!g.endMono || g.lastMono <= g.endMono) return undefined;
    const later = g.hops.filter((h) => (h.monoNs as number) > g.endMono && !(h.kind === HopKind.HOP_KIND_QDISC_ENQUEUE && (h.monoNs as number) - g.endMono < 1e6));
    if (!later.length) return undefined;
    g.hops = g.hops.filter((h) => !later.includes(h));
    g.sorted = false;
    g.hooks = g.hops.map(hookKey).filter((k) => k >= 0);
    const hooks = later.map(hookKey).filter((k) => k >= 0);
    const first = Math.min(...later.map((h) => h.monoNs as number));
    return {
      ...g,
      id: `${this.idPrefix}${this.next++}`,
      hops: later,
      sorted: false,
      firstMono: first,
      lastMono: Math.max(...later.map((h) => h.monoNs as number)),
      firstTimeNs: 0,
      endMono: 0,
      hooks,
      ct: undefined,
      replySeen: false,
      origSeen: false,
      segments: 0,
      parentId: '',
      segmented: false,
    };
  }

  private build(g: Group): Journey {
    const hops = g.hops;
    if (!g.sorted) hops.sort(byTime);
    const ct = g.ct;
    const direction = directionOf(hops, ct, g.replySeen, g.origSeen);
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
      } else if (!g.hooks.length && prev && prev.headers !== NO_HEADERS && hop.headers !== NO_HEADERS && !sameAddrs(prev.headers, hop.headers) && prev.netns === hop.netns) {
        // only where no hook probe saw the packet (no netfilter set there): a rewrite shows as a
        // change between two device hops of one netns, with the hook unknown; with hook probes a
        // rewrite is reported at the hook whose entry and exit differ, and nowhere else
        const rw = rewriteBetween(prev.headers!, hop.headers!, Hook.HOOK_UNKNOWN, reverse);
        if (rw && !nat.some((n) => n.kind === rw.kind && n.from === rw.from && n.to === rw.to)) {
          hop.nat = rw;
          nat.push(rw);
        }
      }
      if (hop.kind === HopKind.HOP_KIND_DROP && !isDeliveryEnd(hop)) {
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
    if (g.parentId) journey.parentId = g.parentId;
    if (g.segments) journey.segments = g.segments;
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
