// Pure decoder of the loader's binary output (bpf/netfilter/loader.c --format binary): after the
// "attached" JSON line, frames of {u16 type; u16 len} + payload, host byte order (little-endian on
// the hosts netscope supports). Payloads are the kernel records verbatim: struct nf_record
// (bpf/netfilter/nf_record.h), struct tp_record (bpf/tracepoint/tp_record.h) and struct ns_stats.
// This runs for every packet sighting, so it reads fields with Buffer's fixed-offset readers and
// builds each PacketEvent in one object literal; offsets mirror the packed C structs.
import { HopKind, Hook, ProbeSet, type ConntrackRef, type ConntrackTuple, type Headers, type PacketEvent } from '../../../proto/index.js';
import { dropReasonName, formatHandle } from '../bpftrace/parse.js';
import type { DropReasons } from '../bpftrace/drop-reasons.js';
import { sharedMessage } from '../../record/codec/encode.js';

export const FRAME_HEADER = 4;
export const FRAME_NF = 1;
export const FRAME_TP = 2;
export const FRAME_STATS = 3;
/** the loader's monotonic time before a ring read: its stream is complete up to then (loader.c) */
export const FRAME_PROGRESS = 4;
export const PROGRESS_SIZE = 8;
export const NF_RECORD_SIZE = 164;
export const TP_RECORD_SIZE = 120;
export const STATS_SIZE = 40;

/** The loader's counters (struct ns_stats), as of one moment. */
export interface LoaderStats {
  monoNs: number;
  /** records the BPF programs produced: written into the ring buffer plus lost there */
  emitted: number;
  /** records that did not fit the ring buffer */
  lost: number;
  /** record frames the loader wrote before this one */
  written: number;
  runnerLost: number;
}

/** Looks up the kernel function a code address lies in (for kfree_skb's location). */
export type Symbolizer = (hi: number, lo: number) => string;

export interface DecodeContext {
  dropReasons?: DropReasons;
  symbolize?: Symbolizer;
}

// Fixed-offset reads by byte: Buffer's readUInt32LE and friends validate their offset through a
// wrapped function call each time (a tenth of the agent's per-event CPU went there); the decoders
// are only handed whole records, so these read in bounds
function rd32(b: Buffer, o: number): number {
  return b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16) | (b[o + 3]! << 24);
}
function rdU32(b: Buffer, o: number): number {
  return rd32(b, o) >>> 0;
}
function rdU16(b: Buffer, o: number): number {
  return b[o]! | (b[o + 1]! << 8);
}
function rdU16BE(b: Buffer, o: number): number {
  return (b[o]! << 8) | b[o + 1]!;
}

// ---- small caches: a flood has few distinct addresses ----

const ipCache = new Map<number, string>();

/** Dotted quad of 4 bytes in network order at off. */
export function ipAt(b: Buffer, off: number): string {
  const key = rdU32(b, off);
  let s = ipCache.get(key);
  if (s === undefined) {
    s = `${b[off]}.${b[off + 1]}.${b[off + 2]}.${b[off + 3]}`;
    if (ipCache.size >= 8192) ipCache.clear();
    ipCache.set(key, s);
  }
  return s;
}

// skb and conntrack pointers repeat (slab objects are reused): the last spelling per slot of a
// direct-mapped cache indexed by the low word's bits above the 64-byte alignment (no Map lookups)
const HEX_SLOTS = 1 << 14;
const hexLo = new Uint32Array(HEX_SLOTS);
const hexHi = new Uint32Array(HEX_SLOTS);
const hexStr: string[] = new Array<string>(HEX_SLOTS).fill('');

/** "0x…" of the u64 at off, as the JSON output and bpftrace print pointers. */
export function hexAt(b: Buffer, off: number): string {
  const lo = rdU32(b, off);
  const hi = rdU32(b, off + 4);
  const i = ((lo >>> 6) ^ (lo >>> 20)) & (HEX_SLOTS - 1);
  const hit = hexStr[i]!;
  if (hit !== '' && hexLo[i] === lo && hexHi[i] === hi) return hit;
  const s = hi === 0 ? `0x${lo.toString(16)}` : `0x${hi.toString(16)}${lo.toString(16).padStart(8, '0')}`;
  hexLo[i] = lo;
  hexHi[i] = hi;
  hexStr[i] = s;
  return s;
}

/** A u64 as a JS number (exact below 2^53: timestamps, counters, ct status). */
function u64(b: Buffer, off: number): number {
  return rdU32(b, off + 4) * 0x100000000 + rdU32(b, off);
}

// device names repeat in every record: one string per distinct char[16], from a direct-mapped
// cache keyed by its four words (a string per record was a young object per field per event)
const NAME_SLOTS = 1 << 8;
const nameKey = new Int32Array(NAME_SLOTS * 4);
const nameStr: string[] = new Array<string>(NAME_SLOTS).fill('');

/** A NUL-terminated name in a char[16]. */
function nameAt(b: Buffer, off: number): string {
  const w0 = rd32(b, off), w1 = rd32(b, off + 4), w2 = rd32(b, off + 8), w3 = rd32(b, off + 12);
  if (w0 === 0) return '';
  const i = (Math.imul(w0 ^ Math.imul(w1, 0x9e3779b1) ^ Math.imul(w2 ^ w3, 0x85ebca6b), 0xc2b2ae35) >>> 24) & (NAME_SLOTS - 1);
  const k = i * 4;
  if (nameKey[k] === w0 && nameKey[k + 1] === w1 && nameKey[k + 2] === w2 && nameKey[k + 3] === w3 && nameStr[i] !== '') return nameStr[i]!;
  let end = b.indexOf(0, off);
  if (end < 0 || end > off + 16) end = off + 16;
  const s = end === off ? '' : b.toString('latin1', off, end);
  nameKey[k] = w0;
  nameKey[k + 1] = w1;
  nameKey[k + 2] = w2;
  nameKey[k + 3] = w3;
  nameStr[i] = s;
  return s;
}

// ---- struct nf_record ----

const NF_HOOK = [Hook.HOOK_PREROUTING, Hook.HOOK_INPUT, Hook.HOOK_FORWARD, Hook.HOOK_OUTPUT, Hook.HOOK_POSTROUTING];
const NF_F_EXIT = 0x01, NF_F_HAS_CT = 0x02, NF_F_L4 = 0x08;

// a flow's tuples repeat in every record of it: one shared object per distinct tuple (read-only
// downstream: the correlator and the encoders only read them), from a direct-mapped cache
const TUPLE_SLOTS = 1 << 12;
const tupleKey = new Uint32Array(TUPLE_SLOTS * 4);
const tupleObj: Array<ConntrackTuple | undefined> = new Array<ConntrackTuple | undefined>(TUPLE_SLOTS).fill(undefined);

function nfTuple(b: Buffer, off: number): ConntrackTuple {
  const w0 = rdU32(b, off), w1 = rdU32(b, off + 4), w2 = rdU32(b, off + 8), w3 = b[off + 12]!;
  const i = (Math.imul(w0 ^ Math.imul(w1, 0x9e3779b1) ^ Math.imul(w2, 0x85ebca6b) ^ w3, 0xc2b2ae35) >>> 20) & (TUPLE_SLOTS - 1);
  const k = i * 4;
  const hit = tupleObj[i];
  if (hit !== undefined && tupleKey[k] === w0 && tupleKey[k + 1] === w1 && tupleKey[k + 2] === w2 && tupleKey[k + 3] === w3) return hit;
  const t = newTuple(b, off);
  tupleKey[k] = w0;
  tupleKey[k + 1] = w1;
  tupleKey[k + 2] = w2;
  tupleKey[k + 3] = w3;
  tupleObj[i] = t;
  return t;
}

function newTuple(b: Buffer, off: number): ConntrackTuple {
  const protocol = b[off + 12]!;
  const t: ConntrackTuple = { src: ipAt(b, off), dst: ipAt(b, off + 4), protocol };
  if (protocol === 1) {
    // conntrack keeps the echo id in src.u.icmp.id and {type, code} in dst.u.icmp
    t.icmpId = rdU16BE(b, off + 8);
    t.icmpType = b[off + 10]!;
    t.icmpCode = b[off + 11]!;
  } else {
    const sp = rdU16BE(b, off + 8), dp = rdU16BE(b, off + 10);
    if (sp) t.srcPort = sp;
    if (dp) t.dstPort = dp;
  }
  return t;
}

// a packet's headers repeat from hook to hook (all but where NAT or forwarding rewrote them), and
// a flow's often do: one shared Headers object per distinct L3/L4 field bytes (read-only
// downstream, like the tuples), from a direct-mapped cache keyed by the bytes decodeNfHeaders reads
const HDR_SLOTS = 1 << 12;
const HDR_WORDS = 10;
const hdrKey = new Int32Array(HDR_SLOTS * HDR_WORDS);
const hdrObj: Array<Headers | undefined> = new Array<Headers | undefined>(HDR_SLOTS).fill(undefined);

function nfHeaders(b: Buffer, off: number, flags: number): Headers {
  // saddr, daddr, tot_len + ip_id, frag_off + ttl + proto, ports, tcp seq, tcp ack, tcp flags + icmp type/code, icmp id + seq, the L4 flag
  const w0 = rd32(b, off + 92), w1 = rd32(b, off + 96), w2 = rd32(b, off + 100), w3 = rd32(b, off + 104);
  const w4 = rd32(b, off + 112), w5 = rd32(b, off + 116), w6 = rd32(b, off + 120), w7 = rd32(b, off + 124), w8 = rd32(b, off + 128);
  const w9 = flags & NF_F_L4;
  const i = (Math.imul(w0 ^ Math.imul(w1, 0x9e3779b1) ^ Math.imul(w2 ^ w5, 0x85ebca6b) ^ Math.imul(w3 ^ w4 ^ w6, 0x27d4eb2f) ^ Math.imul(w7 ^ w8, 0x165667b1), 0xc2b2ae35) >>> 20) & (HDR_SLOTS - 1);
  const k = i * HDR_WORDS;
  const hit = hdrObj[i];
  if (hit !== undefined && hdrKey[k] === w0 && hdrKey[k + 1] === w1 && hdrKey[k + 2] === w2 && hdrKey[k + 3] === w3 && hdrKey[k + 4] === w4 && hdrKey[k + 5] === w5 && hdrKey[k + 6] === w6 && hdrKey[k + 7] === w7 && hdrKey[k + 8] === w8 && hdrKey[k + 9] === w9) return hit;
  const h = newNfHeaders(b, off, flags);
  hdrKey[k] = w0;
  hdrKey[k + 1] = w1;
  hdrKey[k + 2] = w2;
  hdrKey[k + 3] = w3;
  hdrKey[k + 4] = w4;
  hdrKey[k + 5] = w5;
  hdrKey[k + 6] = w6;
  hdrKey[k + 7] = w7;
  hdrKey[k + 8] = w8;
  hdrKey[k + 9] = w9;
  hdrObj[i] = h;
  return h;
}

function newNfHeaders(b: Buffer, off: number, flags: number): Headers {
  const proto = b[off + 107]!;
  const headers: Headers = {
    src: ipAt(b, off + 92),
    dst: ipAt(b, off + 96),
    protocol: proto,
    length: rdU16(b, off + 100),
    ttl: b[off + 106]!,
    ipId: rdU16(b, off + 102),
  };
  const frag = rdU16(b, off + 104);
  if (frag) headers.fragOff = frag;
  if (flags & NF_F_L4) {
    if (proto === 6 || proto === 17) {
      const sp = rdU16BE(b, off + 112), dp = rdU16BE(b, off + 114);
      if (sp) headers.srcPort = sp;
      if (dp) headers.dstPort = dp;
      if (proto === 6) {
        if (b[off + 124]) headers.tcpFlags = b[off + 124]!;
        const seq = rdU32(b, off + 116), ack = rdU32(b, off + 120);
        if (seq) headers.tcpSeq = seq;
        if (ack) headers.tcpAck = ack;
      }
    } else if (proto === 1) {
      headers.icmpType = b[off + 125]!;
      headers.icmpCode = b[off + 126]!;
      headers.icmpId = rdU16(b, off + 128);
      headers.icmpSeq = rdU16(b, off + 130);
    }
  } else if (proto === 1) {
    headers.icmpType = 0;
    headers.icmpCode = 0;
    headers.icmpId = 0;
    headers.icmpSeq = 0;
  }
  return headers;
}

/** One struct nf_record at off (NF_RECORD_SIZE bytes) as the PacketEvent parseLoaderLine makes of its JSON line. */
export function decodeNf(b: Buffer, off: number): PacketEvent {
  const flags = b[off + 44]!;
  const headers = nfHeaders(b, off, flags);
  const hook = b[off + 43]!;
  const ev: PacketEvent = {
    monoNs: u64(b, off),
    skb: hexAt(b, off + 8),
    netns: rdU32(b, off + 32),
    ifindex: rdU32(b, off + 48),
    ifname: nameAt(b, off + 60),
    kind: flags & NF_F_EXIT ? HopKind.HOP_KIND_HOOK_EXIT : HopKind.HOP_KIND_HOOK_ENTRY,
    hook: NF_HOOK[hook] ?? Hook.HOOK_UNKNOWN,
    headers,
    probeSet: ProbeSet.PROBE_SET_NETFILTER,
    cpu: rdU32(b, off + 56),
  };
  const outIfindex = rdU32(b, off + 52);
  if (outIfindex) {
    ev.outIfindex = outIfindex;
    ev.outIfname = nameAt(b, off + 76);
  }
  if (flags & NF_F_HAS_CT) ev.ct = nfCt(b, off);
  return ev;
}

// a flow's conntrack reference repeats while its status stays: one shared object per distinct
// (entry, status, mark, zone, direction, tuples), from a direct-mapped cache; the encoder keeps
// the bytes of shared objects (sharedMessage) and copies them instead of encoding them again
const CT_SLOTS = 1 << 10;
const ctKey = new Int32Array(CT_SLOTS * 6);
const ctObj: Array<ConntrackRef | undefined> = new Array<ConntrackRef | undefined>(CT_SLOTS).fill(undefined);

function nfCt(b: Buffer, off: number): ConntrackRef {
  const w0 = rd32(b, off + 16), w1 = rd32(b, off + 20), w2 = rd32(b, off + 24), w3 = rd32(b, off + 28);
  const w4 = rd32(b, off + 36), w5 = rd32(b, off + 40); // mark; zone, ctinfo, hook (the hook is harmless in the key)
  const original = nfTuple(b, off + 132);
  const reply = nfTuple(b, off + 148);
  const i = (Math.imul(w0 ^ Math.imul(w1, 0x9e3779b1) ^ Math.imul(w2 ^ w3, 0x85ebca6b) ^ Math.imul(w4 ^ w5, 0x27d4eb2f), 0xc2b2ae35) >>> 22) & (CT_SLOTS - 1);
  const k = i * 6;
  const hit = ctObj[i];
  if (hit !== undefined && ctKey[k] === w0 && ctKey[k + 1] === w1 && ctKey[k + 2] === w2 && ctKey[k + 3] === w3 && ctKey[k + 4] === w4 && ctKey[k + 5] === w5 && hit.original === original && hit.reply === reply) return hit;
  const ctinfo = b[off + 42]!;
  const ct: ConntrackRef = {
    id: hexAt(b, off + 16),
    status: u64(b, off + 24),
    mark: rdU32(b, off + 36),
    zone: rdU16(b, off + 40),
    // IP_CT_IS_REPLY = 3: ESTABLISHED_REPLY, RELATED_REPLY
    replyDirection: ctinfo === 3 || ctinfo === 4,
    original,
    reply,
  };
  sharedMessage(ct);
  ctKey[k] = w0;
  ctKey[k + 1] = w1;
  ctKey[k + 2] = w2;
  ctKey[k + 3] = w3;
  ctKey[k + 4] = w4;
  ctKey[k + 5] = w5;
  ctObj[i] = ct;
  return ct;
}

// ---- struct tp_record ----

const TP_KIND = [HopKind.HOP_KIND_XMIT, HopKind.HOP_KIND_RECEIVE, HopKind.HOP_KIND_NETIF_RX, HopKind.HOP_KIND_DROP, HopKind.HOP_KIND_QDISC_ENQUEUE, HopKind.HOP_KIND_QDISC_DEQUEUE, HopKind.HOP_KIND_CONSUME];
const TP_DROP = 3, TP_ENQUEUE = 4, TP_DEQUEUE = 5, TP_CONSUME = 6;
const TP_F_L4 = 0x01;

/** One struct tp_record at off (TP_RECORD_SIZE bytes) as the PacketEvent the bpftrace parser makes of the same sighting. */
export function decodeTp(b: Buffer, off: number, ctx: DecodeContext = {}): PacketEvent | undefined {
  const k = b[off + 52]!;
  const kind = TP_KIND[k];
  if (kind === undefined) return undefined;
  const proto = b[off + 54]!;
  const headers: Headers = {
    src: ipAt(b, off + 88),
    dst: ipAt(b, off + 92),
    protocol: proto,
    length: rdU16(b, off + 96),
    ttl: b[off + 55]!,
    ipId: rdU16(b, off + 98),
  };
  const frag = rdU16(b, off + 100);
  if (frag) headers.fragOff = frag;
  const l4 = b[off + 103]! & TP_F_L4;
  const a = l4 ? rdU16(b, off + 104) : 0;
  const c = l4 ? rdU16(b, off + 106) : 0;
  if (proto === 6 || proto === 17) {
    headers.srcPort = a;
    headers.dstPort = c;
    if (proto === 6) {
      headers.tcpFlags = b[off + 102]!;
      const seq = rdU32(b, off + 112), ack = rdU32(b, off + 116);
      if (seq) headers.tcpSeq = seq;
      if (ack) headers.tcpAck = ack;
    }
  } else if (proto === 1) {
    headers.icmpType = a;
    headers.icmpCode = c;
    // id/seq only mean that for echo request/reply; other types carry other data there
    if (l4 && (a === 8 || a === 0)) {
      headers.icmpId = rdU16(b, off + 108);
      headers.icmpSeq = rdU16(b, off + 110);
    }
  }
  const ev: PacketEvent = {
    monoNs: u64(b, off),
    skb: hexAt(b, off + 8),
    netns: rdU32(b, off + 24),
    ifindex: rdU32(b, off + 28),
    ifname: nameAt(b, off + 56),
    kind,
    headers,
    probeSet: ProbeSet.PROBE_SET_TRACEPOINT,
    cpu: rdU32(b, off + 32),
  };
  if (k === TP_DROP) {
    const code = rdU32(b, off + 36);
    ev.dropReasonCode = code;
    ev.dropReason = ctx.dropReasons ? dropReasonName(ctx.dropReasons, code) : '';
    // the proto has no drop-location field on PacketEvent: the freeing function goes to `function`
    const fn = ctx.symbolize?.(rdU32(b, off + 20), rdU32(b, off + 16));
    if (fn) ev.function = fn;
  } else if (k === TP_CONSUME) {
    // where it was freed: a socket that read it, or the GSO code that cut it into segments
    const hi = rdU32(b, off + 20), lo = rdU32(b, off + 16);
    const fn = hi || lo ? ctx.symbolize?.(hi, lo) : undefined;
    if (fn) ev.function = fn;
  } else if (k === TP_ENQUEUE || k === TP_DEQUEUE) {
    ev.qdisc = `${nameAt(b, off + 72)} ${formatHandle(rdU32(b, off + 40).toString(16))}`;
    ev.qdiscQlen = rdU32(b, off + 48);
  }
  return ev;
}

/** A progress frame's time (CLOCK_MONOTONIC ns). */
export function decodeProgress(b: Buffer, off: number): number {
  return u64(b, off);
}

export function decodeStats(b: Buffer, off: number): LoaderStats {
  return { monoNs: u64(b, off), emitted: u64(b, off + 8), lost: u64(b, off + 16), written: u64(b, off + 24), runnerLost: u64(b, off + 32) };
}

/**
 * Splits a byte stream into frames. push() takes each chunk as it arrives and calls onFrame for
 * every whole frame (type, buffer, payload offset, payload length); a frame cut at the chunk's end
 * is kept until the next chunk completes it.
 */
export class FrameSplitter {
  private rest: Buffer | undefined;

  constructor(private readonly onFrame: (type: number, b: Buffer, off: number, len: number) => void) {}

  /** bytes held back, waiting for the rest of their frame */
  get pending(): number {
    return this.rest?.length ?? 0;
  }

  reset(): void {
    this.rest = undefined;
  }

  push(chunk: Buffer): void {
    let b = chunk;
    if (this.rest) {
      b = Buffer.concat([this.rest, chunk]);
      this.rest = undefined;
    }
    let off = 0;
    const n = b.length;
    while (off + FRAME_HEADER <= n) {
      const len = rdU16(b, off + 2);
      if (off + FRAME_HEADER + len > n) break;
      this.onFrame(rdU16(b, off), b, off + FRAME_HEADER, len);
      off += FRAME_HEADER + len;
    }
    if (off < n) this.rest = Buffer.from(b.subarray(off));
  }
}

// ---- struct kp_record (bpf/kprobe/kp_record.h): a struct nf_record, then the kprobe's own fields ----

export const FRAME_KP = 16;
/** --set kprobe: one program group's state, as the JSON text of a "group" line */
export const FRAME_KP_GROUP = 17;
export const KP_RECORD_SIZE = 236;

const KP_HOOK_ENTRY = 0, KP_HOOK_EXIT = 1, KP_HOOK_VERDICT = 2, KP_NFT_CHAIN = 3, KP_IPT_TABLE = 4, KP_NAT = 5, KP_BR_FORWARD = 6;
const KP_F_NO_HEADERS = 0x01, KP_F_HOOK_KNOWN = 0x02;
/** netfilter verdicts (NF_DROP … NF_STOP), as nft_do_chain, ipt_do_table and the hook functions return them */
const NF_VERDICTS = ['DROP', 'ACCEPT', 'STOLEN', 'QUEUE', 'REPEAT', 'STOP'];

function verdictName(v: number): string {
  return NF_VERDICTS[v & 0xff] ?? String(v & 0xff);
}

/** A NUL-terminated name in a char[32]. */
function name32(b: Buffer, off: number): string {
  let end = b.indexOf(0, off);
  if (end < 0 || end > off + 32) end = off + 32;
  return b.toString('latin1', off, end);
}

/**
 * Where nf_nat_manip_pkt rewrites to: the kernel inverts the other direction's tuple and takes its
 * source (manip SRC) or destination (manip DST); as "addr" or "addr:port".
 */
function natTarget(ct: ConntrackRef | undefined, manip: number, dir: number): string {
  const other = dir === 0 ? ct?.reply : ct?.original;
  if (!other) return '';
  const addr = manip === 0 ? other.dst : other.src;
  const port = other.protocol === 6 || other.protocol === 17 ? (manip === 0 ? other.dstPort : other.srcPort) : 0;
  return port ? `${addr}:${port}` : addr ?? '';
}

/**
 * One struct kp_record at off (KP_RECORD_SIZE bytes) as a PacketEvent of the kprobe set: hook entry
 * and exit exactly as the netfilter set's (HOP_KIND_HOOK_ENTRY/EXIT with hook, headers, conntrack),
 * everything else a HOP_KIND_FUNCTION whose `function` is the kernel function and its findings as
 * key=value words: "nft_do_chain table=filter chain=FORWARD verdict=DROP",
 * "ipt_do_table table=filter verdict=ACCEPT", "nf_nat_manip_pkt SNAT to=192.168.61.11",
 * "nf_hook_slow verdict=DROP errno=1", "br_forward".
 */
export function decodeKp(b: Buffer, off: number): PacketEvent {
  const kind = b[off + 164]!;
  const kflags = b[off + 165]!;
  const ev: PacketEvent = { ...decodeNf(b, off), probeSet: ProbeSet.PROBE_SET_KPROBE };
  if (!(kflags & KP_F_HOOK_KNOWN)) ev.hook = Hook.HOOK_UNKNOWN;
  if (kflags & KP_F_NO_HEADERS) delete ev.headers;
  const ret = rd32(b, off + 168);
  switch (kind) {
    case KP_HOOK_ENTRY:
    case KP_HOOK_EXIT:
      ev.kind = kind === KP_HOOK_EXIT ? HopKind.HOP_KIND_HOOK_EXIT : HopKind.HOP_KIND_HOOK_ENTRY;
      ev.function = 'nf_hook_slow';
      break;
    case KP_HOOK_VERDICT:
      // nf_hook_slow returns -errno for a drop (NF_DROP_GETERR, -EPERM by default), 0 when a hook stole or queued it
      ev.kind = HopKind.HOP_KIND_FUNCTION;
      ev.function = ret < 0 ? `nf_hook_slow verdict=DROP errno=${-ret}` : 'nf_hook_slow verdict=STOLEN';
      break;
    case KP_NFT_CHAIN:
      ev.kind = HopKind.HOP_KIND_FUNCTION;
      ev.function = `nft_do_chain table=${name32(b, off + 172) || '?'} chain=${name32(b, off + 204) || '?'} verdict=${verdictName(ret)}`;
      break;
    case KP_IPT_TABLE:
      ev.kind = HopKind.HOP_KIND_FUNCTION;
      ev.function = `ipt_do_table table=${name32(b, off + 172) || '?'} verdict=${verdictName(ret)}`;
      break;
    case KP_NAT: {
      const manip = b[off + 166]!, dir = b[off + 167]!;
      const to = natTarget(ev.ct ?? undefined, manip, dir);
      ev.kind = HopKind.HOP_KIND_FUNCTION;
      ev.function = `nf_nat_manip_pkt ${manip === 0 ? 'SNAT' : 'DNAT'}${dir ? ' dir=reply' : ''}${to ? ` to=${to}` : ''}`;
      break;
    }
    case KP_BR_FORWARD:
      ev.kind = HopKind.HOP_KIND_FUNCTION;
      ev.function = 'br_forward';
      break;
    default:
      ev.kind = HopKind.HOP_KIND_FUNCTION;
      ev.function = `kprobe record kind ${kind}`;
  }
  return ev;
}

/** One program group's state, from the loader's "group" JSON (frame FRAME_KP_GROUP or the "attached" line's groups). */
export interface KprobeGroup {
  group: string;
  function: string;
  /** the module the function is in; "" for the kernel itself or when not found */
  module: string;
  state: 'attached' | 'pending' | 'unavailable';
  programs: Array<{ name: string; progId: number }>;
  reason: string;
}

/** Parses a "group" object (as text or already parsed); undefined when it is not one. */
export function parseKprobeGroup(input: string | Record<string, unknown>): KprobeGroup | undefined {
  let o: Record<string, any>;
  try {
    o = typeof input === 'string' ? JSON.parse(input) : input;
  } catch {
    return undefined;
  }
  if (!o || o.type !== 'group' || typeof o.group !== 'string') return undefined;
  const state = o.state === 'attached' || o.state === 'pending' ? o.state : 'unavailable';
  return {
    group: o.group,
    function: String(o.function ?? ''),
    module: String(o.module ?? ''),
    state,
    programs: Array.isArray(o.programs) ? o.programs.map((p: Record<string, unknown>) => ({ name: String(p.name ?? ''), progId: Number(p.prog_id ?? 0) })) : [],
    reason: String(o.reason ?? ''),
  };
}
