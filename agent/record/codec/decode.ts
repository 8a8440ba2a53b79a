// A hand-written decoder for the EventBatch frames of a recording: the same objects as
// `pb.EventBatch.decode(numberReader(bytes))` (agent/record/decode.ts) — instances of the generated
// classes, own properties only for fields present with a non-default value, uint64 as numbers — at
// several times its speed. Where the time went in protobufjs (node --cpu-prof, 1M envelopes): GC of
// the Reader's per-message churn and of `delete` (the oneof setter and every zero field delete a
// property, which turns each message into a dictionary-mode object), its JS UTF-8 path, and a call
// per varint. Here the buffer and position are module state, varints are read inline, and short
// ASCII strings (addresses, device and netns names, skb pointers) come from a small cache checked
// against the buffer 32 bits at a time, so repeated values are neither re-decoded nor re-allocated.
//
// Exactness: the decoder handles the wire form writers produce (fields in number order, each once,
// a repeated field's elements together, known fields with their wire types). Anything else — an
// unknown or repeated field, a field out of order, a second oneof member, an AgentStatus, a varint
// or length running past its message — throws FALLBACK and that envelope (or the batch) is decoded
// by protobufjs instead, so unusual input yields exactly protobufjs's result or its error.
// test/unit/record/codec.test.ts checks every field of every kind against protobufjs.
import { netscope } from '../../../proto/gen/netscope.js';
import type { Envelope } from '../../../proto/index.js';
import { numberDefaults, numberReader } from '../decode.js';

const pb = netscope.v1;
numberDefaults();

type Buf = Buffer & { latin1Slice(s: number, e: number): string; utf8Slice(s: number, e: number): string };
type Obj = Record<string, unknown>;

/** How often protobufjs had to step in (tests assert the fast path covers every field of the schema). */
export const decodeFallbacks = { envelopes: 0, batches: 0 };

/** Thrown to hand the current envelope (or batch) to protobufjs. */
const FALLBACK = new Error('netscope codec: not the fast path');

let B = Buffer.alloc(0) as Buf;
let P = 0;

// --- varints ---

/**
 * A varint of at most 32 bits (uint32, int32 ≥ 0 and tags). Small enough for V8 to inline at every
 * call site; most tags and values are one byte.
 */
function u32(): number {
  const b = B[P]!;
  if (b < 128) {
    P++;
    return b;
  }
  return u32more();
}

function u32more(): number {
  const b = B;
  let p = P;
  let x = b[p++]!;
  let v = x & 127;
  x = b[p++]!;
  v |= (x & 127) << 7;
  if (x < 128) {
    P = p;
    return v;
  }
  x = b[p++]!;
  v |= (x & 127) << 14;
  if (x < 128) {
    P = p;
    return v;
  }
  x = b[p++]!;
  v |= (x & 127) << 21;
  if (x < 128) {
    P = p;
    return v;
  }
  x = b[p++]!;
  v = (v | ((x & 15) << 28)) >>> 0;
  if (x < 128) {
    P = p;
    return v;
  }
  throw FALLBACK; // a negative int32 in 10 bytes, or garbage
}

/** A varint uint64 as a number (exact to 2^53), as numberReader's uint64 reads it; unrolled, position in a local. */
function u64(): number {
  const b = B;
  let p = P;
  let x = b[p++]!;
  if (x < 128) {
    P = p;
    return x;
  }
  let lo = x & 127;
  x = b[p++]!;
  lo |= (x & 127) << 7;
  if (x < 128) {
    P = p;
    return lo;
  }
  x = b[p++]!;
  lo |= (x & 127) << 14;
  if (x < 128) {
    P = p;
    return lo;
  }
  x = b[p++]!;
  lo |= (x & 127) << 21;
  if (x < 128) {
    P = p;
    return lo;
  }
  x = b[p++]!;
  lo = (lo | ((x & 127) << 28)) >>> 0;
  let hi = (x & 127) >> 4;
  if (x >= 128) {
    x = b[p++]!;
    hi |= (x & 127) << 3;
    if (x >= 128) {
      x = b[p++]!;
      hi |= (x & 127) << 10;
      if (x >= 128) {
        x = b[p++]!;
        hi |= (x & 127) << 17;
        if (x >= 128) {
          x = b[p++]!;
          hi |= (x & 127) << 24;
          if (x >= 128) {
            x = b[p++]!;
            hi |= (x & 127) << 31;
            if (x >= 128) throw FALLBACK; // more than 10 bytes
          }
        }
      }
    }
    if (x === undefined) throw FALLBACK; // ran past the buffer
    hi >>>= 0;
  }
  P = p;
  return hi * 4294967296 + lo;
}

function f64(end: number): number {
  if (P + 8 > end) throw FALLBACK;
  const v = B.readDoubleLE(P);
  P += 8;
  return v;
}

/** The end offset of a length-delimited field starting at P, within `end`. */
function sub(end: number): number {
  const n = u32();
  const e = P + n;
  if (e > end) throw FALLBACK;
  return e;
}

// --- strings ---

const CACHE_SIZE = 4096;
const MAX_CACHED = 48;
/**
 * Per slot, 16 ints (64 bytes, about a cache line): the byte length (0: empty slot), then the bytes
 * as little-endian 32-bit words (at 0, 4, …, and the last 4 bytes, overlapping); the string itself in
 * cacheStr. Length and words share a line, so a lookup touches two lines, not three.
 */
const SLOT = 16;
const cacheKey = new Int32Array(CACHE_SIZE * SLOT);
const cacheStr: string[] = new Array<string>(CACHE_SIZE).fill('');
/** short (1-3 byte) strings: the length and bytes packed in one int */
const TINY_SIZE = 256;
const tinyStr: string[] = new Array<string>(TINY_SIZE).fill('');
const tinyKey = new Int32Array(TINY_SIZE);
let DV: DataView = new DataView(new ArrayBuffer(0));

/**
 * A string field's bytes as a string; up to 48 bytes through the cache, compared word by word with
 * the buffer on a hit (the cached bytes are ASCII, so equal bytes are ASCII too); a miss decodes.
 */
function str(end: number): string {
  const n = u32();
  const s = P;
  const e = s + n;
  if (e > end) throw FALLBACK;
  P = e;
  if (n === 0) return '';
  if (n > MAX_CACHED) return B.utf8Slice(s, e);
  if (n < 4) return tiny(s, n);
  const dv = DV;
  const wl = dv.getInt32(e - 4, true);
  // the hash samples the first, middle and last words (a hit is compared in full anyway): pointers and addresses differ near the end
  let h = Math.imul(n ^ dv.getInt32(s, true) ^ Math.imul(wl, 0x85ebca6b) ^ Math.imul(dv.getInt32(s + (n >> 1) - 2, true), 0xc2b2ae35), 0x9e3779b1);
  h = (h ^ (h >>> 15)) & (CACHE_SIZE - 1);
  const base = h * SLOT;
  const last = (n - 1) >> 2;
  if (cacheKey[base] === n && cacheKey[base + 1 + last] === wl) {
    let i = 0;
    while (i < last && cacheKey[base + 1 + i] === dv.getInt32(s + 4 * i, true)) i++;
    if (i === last) return cacheStr[h]!;
  }
  const b = B;
  for (let i = s; i < e; i++) if (b[i]! > 127) return b.utf8Slice(s, e);
  const v = b.latin1Slice(s, e); // ASCII: latin1 gives the same string, without UTF-8 validation
  cacheStr[h] = v;
  cacheKey[base] = n;
  for (let i = 0; i < last; i++) cacheKey[base + 1 + i] = dv.getInt32(s + 4 * i, true);
  cacheKey[base + 1 + last] = wl;
  return v;
}

/** A 1-3 byte string, through a cache keyed by its length and bytes packed in one int. */
function tiny(s: number, n: number): string {
  const b = B;
  let k = n | (b[s]! << 8);
  if (n > 1) k |= b[s + 1]! << 16;
  if (n > 2) k |= b[s + 2]! << 24;
  const h = (Math.imul(k, 0x9e3779b1) >>> 24) & (TINY_SIZE - 1);
  if (tinyKey[h] === k) return tinyStr[h]!;
  const e = s + n;
  for (let i = s; i < e; i++) if (b[i]! > 127) return b.utf8Slice(s, e);
  const v = b.latin1Slice(s, e);
  tinyStr[h] = v;
  tinyKey[h] = k;
  return v;
}

// --- messages: one function each, fields in number order; `last` rejects repeats and disorder ---
// Each switches on the field number (dense, so V8 builds a jump table; on the sparse tags it tested
// them one by one) and checks the whole tag, so a known field with another wire type falls back.

function headers(end: number): netscope.v1.Headers {
  const m = new pb.Headers() as unknown as Obj;
  let last = 0;
  while (P < end) {
    const t = u32();
    if (t <= last) throw FALLBACK;
    last = t;
    let v: number;
    switch (t >>> 3) {
      case 1: if (t !== 10) throw FALLBACK; { const s = str(end); if (s) m.src = s; break; }
      case 2: if (t !== 18) throw FALLBACK; { const s = str(end); if (s) m.dst = s; break; }
      case 3: if (t !== 24) throw FALLBACK; if ((v = u32())) m.protocol = v; break;
      case 4: if (t !== 32) throw FALLBACK; if ((v = u32())) m.length = v; break;
      case 5: if (t !== 40) throw FALLBACK; if ((v = u32())) m.ttl = v; break;
      case 6: if (t !== 48) throw FALLBACK; if ((v = u32())) m.ipId = v; break;
      case 7: if (t !== 56) throw FALLBACK; if ((v = u32())) m.srcPort = v; break;
      case 8: if (t !== 64) throw FALLBACK; if ((v = u32())) m.dstPort = v; break;
      case 9: if (t !== 72) throw FALLBACK; if ((v = u32())) m.tcpFlags = v; break;
      case 10: if (t !== 80) throw FALLBACK; if ((v = u32())) m.icmpType = v; break;
      case 11: if (t !== 88) throw FALLBACK; if ((v = u32())) m.icmpCode = v; break;
      case 12: if (t !== 96) throw FALLBACK; if ((v = u32())) m.icmpId = v; break;
      case 13: if (t !== 104) throw FALLBACK; if ((v = u32())) m.icmpSeq = v; break;
      case 14: if (t !== 112) throw FALLBACK; if ((v = u32())) m.tcpSeq = v; break;
      case 15: if (t !== 120) throw FALLBACK; if ((v = u32())) m.tcpAck = v; break;
      case 16: if (t !== 128) throw FALLBACK; if ((v = u32())) m.fragOff = v; break;
      default: throw FALLBACK;
    }
  }
  if (P !== end) throw FALLBACK;
  return m as unknown as netscope.v1.Headers;
}

function tuple(end: number): netscope.v1.ConntrackTuple {
  const m = new pb.ConntrackTuple() as unknown as Obj;
  let last = 0;
  while (P < end) {
    const t = u32();
    if (t <= last) throw FALLBACK;
    last = t;
    let v: number;
    switch (t >>> 3) {
      case 1: if (t !== 10) throw FALLBACK; { const s = str(end); if (s) m.src = s; break; }
      case 2: if (t !== 18) throw FALLBACK; { const s = str(end); if (s) m.dst = s; break; }
      case 3: if (t !== 24) throw FALLBACK; if ((v = u32())) m.protocol = v; break;
      case 4: if (t !== 32) throw FALLBACK; if ((v = u32())) m.srcPort = v; break;
      case 5: if (t !== 40) throw FALLBACK; if ((v = u32())) m.dstPort = v; break;
      case 6: if (t !== 48) throw FALLBACK; if ((v = u32())) m.icmpId = v; break;
      case 7: if (t !== 56) throw FALLBACK; if ((v = u32())) m.icmpType = v; break;
      case 8: if (t !== 64) throw FALLBACK; if ((v = u32())) m.icmpCode = v; break;
      default: throw FALLBACK;
    }
  }
  if (P !== end) throw FALLBACK;
  return m as unknown as netscope.v1.ConntrackTuple;
}

function ctRef(end: number): netscope.v1.ConntrackRef {
  const m = new pb.ConntrackRef() as unknown as Obj;
  let last = 0;
  while (P < end) {
    const t = u32();
    if (t <= last) throw FALLBACK;
    last = t;
    let v: number;
    switch (t >>> 3) {
      case 1: if (t !== 10) throw FALLBACK; { const s = str(end); if (s) m.id = s; break; }
      case 2: if (t !== 16) throw FALLBACK; if ((v = u32())) m.status = v; break;
      case 3: if (t !== 26) throw FALLBACK; m.original = tuple(sub(end)); break;
      case 4: if (t !== 34) throw FALLBACK; m.reply = tuple(sub(end)); break;
      case 5: if (t !== 40) throw FALLBACK; if ((v = u32())) m.mark = v; break;
      case 6: if (t !== 48) throw FALLBACK; if ((v = u32())) m.zone = v; break;
      case 7: if (t !== 56) throw FALLBACK; if (u32()) m.replyDirection = true; break;
      case 8: if (t !== 66) throw FALLBACK; { const s = str(end); if (s) m.entryId = s; break; }
      default: throw FALLBACK;
    }
  }
  if (P !== end) throw FALLBACK;
  return m as unknown as netscope.v1.ConntrackRef;
}

function packet(end: number): netscope.v1.PacketEvent {
  const m = new pb.PacketEvent() as unknown as Obj;
  let last = 0;
  while (P < end) {
    const t = u32();
    if (t <= last) throw FALLBACK;
    last = t;
    let v: number;
    switch (t >>> 3) {
      case 1: if (t !== 8) throw FALLBACK; if ((v = u64())) m.monoNs = v; break;
      case 2: if (t !== 16) throw FALLBACK; if ((v = u64())) m.timeNs = v; break;
      case 3: if (t !== 26) throw FALLBACK; { const s = str(end); if (s) m.skb = s; break; }
      case 4: if (t !== 32) throw FALLBACK; if ((v = u64())) m.netns = v; break;
      case 5: if (t !== 40) throw FALLBACK; if ((v = u32())) m.ifindex = v; break;
      case 6: if (t !== 50) throw FALLBACK; { const s = str(end); if (s) m.ifname = s; break; }
      case 7: if (t !== 56) throw FALLBACK; if ((v = u32() | 0)) m.kind = v; break;
      case 8: if (t !== 64) throw FALLBACK; if ((v = u32() | 0)) m.hook = v; break;
      case 9: if (t !== 74) throw FALLBACK; m.headers = headers(sub(end)); break;
      case 10: if (t !== 82) throw FALLBACK; m.ct = ctRef(sub(end)); break;
      case 11: if (t !== 90) throw FALLBACK; { const s = str(end); if (s) m.dropReason = s; break; }
      case 12: if (t !== 96) throw FALLBACK; if ((v = u32())) m.dropReasonCode = v; break;
      case 13: if (t !== 106) throw FALLBACK; { const s = str(end); if (s) m.qdisc = s; break; }
      case 14: if (t !== 112) throw FALLBACK; if ((v = u32())) m.qdiscQlen = v; break;
      case 15: if (t !== 122) throw FALLBACK; { const s = str(end); if (s) m.function = s; break; }
      case 16: if (t !== 128) throw FALLBACK; if ((v = u32() | 0)) m.probeSet = v; break;
      case 17: if (t !== 136) throw FALLBACK; if ((v = u32())) m.cpu = v; break;
      case 18: if (t !== 146) throw FALLBACK; { const s = str(end); if (s) m.netnsName = s; break; }
      case 19: if (t !== 152) throw FALLBACK; if ((v = u32())) m.outIfindex = v; break;
      case 20: if (t !== 162) throw FALLBACK; { const s = str(end); if (s) m.outIfname = s; break; }
      default: throw FALLBACK;
    }
  }
  if (P !== end) throw FALLBACK;
  return m as unknown as netscope.v1.PacketEvent;
}

function nat(end: number): netscope.v1.NatRewrite {
  const m = new pb.NatRewrite() as unknown as Obj;
  let last = 0;
  while (P < end) {
    const t = u32();
    if (t <= last) throw FALLBACK;
    last = t;
    let v: number;
    switch (t >>> 3) {
      case 1: if (t !== 8) throw FALLBACK; if ((v = u32() | 0)) m.kind = v; break;
      case 2: if (t !== 16) throw FALLBACK; if ((v = u32() | 0)) m.hook = v; break;
      case 3: if (t !== 26) throw FALLBACK; { const s = str(end); if (s) m.from = s; break; }
      case 4: if (t !== 34) throw FALLBACK; { const s = str(end); if (s) m.to = s; break; }
      case 5: if (t !== 40) throw FALLBACK; if ((v = u32())) m.fromPort = v; break;
      case 6: if (t !== 48) throw FALLBACK; if ((v = u32())) m.toPort = v; break;
      case 7: if (t !== 56) throw FALLBACK; if (u32()) m.reverse = true; break;
      default: throw FALLBACK;
    }
  }
  if (P !== end) throw FALLBACK;
  return m as unknown as netscope.v1.NatRewrite;
}

function hop(end: number): netscope.v1.Hop {
  const m = new pb.Hop() as unknown as Obj;
  let last = 0;
  while (P < end) {
    const t = u32();
    if (t <= last) throw FALLBACK;
    last = t;
    let v: number;
    switch (t >>> 3) {
      case 1: if (t !== 8) throw FALLBACK; if ((v = u64())) m.monoNs = v; break;
      case 2: if (t !== 16) throw FALLBACK; if ((v = u64())) m.deltaNs = v; break;
      case 3: if (t !== 24) throw FALLBACK; if ((v = u64())) m.netns = v; break;
      case 4: if (t !== 34) throw FALLBACK; { const s = str(end); if (s) m.netnsName = s; break; }
      case 5: if (t !== 40) throw FALLBACK; if ((v = u32())) m.ifindex = v; break;
      case 6: if (t !== 50) throw FALLBACK; { const s = str(end); if (s) m.ifname = s; break; }
      case 7: if (t !== 56) throw FALLBACK; if ((v = u32() | 0)) m.kind = v; break;
      case 8: if (t !== 64) throw FALLBACK; if ((v = u32() | 0)) m.hook = v; break;
      case 9: if (t !== 74) throw FALLBACK; m.headers = headers(sub(end)); break;
      case 10: if (t !== 82) throw FALLBACK; m.nat = nat(sub(end)); break;
      case 11: if (t !== 88) throw FALLBACK; if ((v = u32() | 0)) m.probeSet = v; break;
      case 12: if (t !== 98) throw FALLBACK; { const s = str(end); if (s) m.dropReason = s; break; }
      case 13: if (t !== 106) throw FALLBACK; { const s = str(end); if (s) m.function = s; break; }
      case 14: if (t !== 114) throw FALLBACK; { const s = str(end); if (s) m.qdisc = s; break; }
      default: throw FALLBACK;
    }
  }
  if (P !== end) throw FALLBACK;
  return m as unknown as netscope.v1.Hop;
}

function journey(end: number): netscope.v1.Journey {
  const m = new pb.Journey() as unknown as Obj;
  let last = 0;
  let hops: netscope.v1.Hop[] | undefined;
  let nats: netscope.v1.NatRewrite[] | undefined;
  while (P < end) {
    const t = u32();
    if (t <= last) throw FALLBACK;
    last = t;
    let v: number;
    switch (t >>> 3) {
      case 1: if (t !== 10) throw FALLBACK; { const s = str(end); if (s) m.id = s; break; }
      case 2: if (t !== 16) throw FALLBACK; if ((v = u64())) m.startMonoNs = v; break;
      case 3: if (t !== 24) throw FALLBACK; if ((v = u64())) m.startTimeNs = v; break;
      case 4: if (t !== 32) throw FALLBACK; if ((v = u64())) m.durationNs = v; break;
      case 5: if (t !== 42) throw FALLBACK; { const s = str(end); if (s) m.skb = s; break; }
      case 6: if (t !== 50) throw FALLBACK; m.headers = headers(sub(end)); break;
      case 7: if (t !== 58) throw FALLBACK;
        if (!hops) m.hops = hops = [];
        hops.push(hop(sub(end)));
        last = 57; // the next hop may follow
        break;
      case 8: if (t !== 66) throw FALLBACK;
        if (!nats) m.nat = nats = [];
        nats.push(nat(sub(end)));
        last = 65;
        break;
      case 9: if (t !== 74) throw FALLBACK; m.ct = ctRef(sub(end)); break;
      case 10: if (t !== 80) throw FALLBACK; if ((v = u32() | 0)) m.verdict = v; break;
      case 11: if (t !== 90) throw FALLBACK; { const s = str(end); if (s) m.dropReason = s; break; }
      case 12: if (t !== 98) throw FALLBACK; { const s = str(end); if (s) m.dropLocation = s; break; }
      case 13: if (t !== 104) throw FALLBACK; if ((v = u32() | 0)) m.direction = v; break;
      case 14: if (t !== 114) throw FALLBACK; { const s = str(end); if (s) m.peerId = s; break; }
      case 15: if (t !== 122) throw FALLBACK; { const s = str(end); if (s) m.parentId = s; break; }
      case 16: if (t !== 128) throw FALLBACK; if ((v = u32())) m.segments = v; break;
      default: throw FALLBACK;
    }
  }
  if (P !== end) throw FALLBACK;
  return m as unknown as netscope.v1.Journey;
}

function ctEntry(end: number): netscope.v1.ConntrackEntry {
  const m = new pb.ConntrackEntry() as unknown as Obj;
  let last = 0;
  let flags: string[] | undefined;
  while (P < end) {
    const t = u32();
    if (t <= last) throw FALLBACK;
    last = t;
    let v: number;
    switch (t >>> 3) {
      case 1: if (t !== 10) throw FALLBACK; { const s = str(end); if (s) m.id = s; break; }
      case 2: if (t !== 16) throw FALLBACK; if ((v = u32())) m.protocol = v; break;
      case 3: if (t !== 26) throw FALLBACK; { const s = str(end); if (s) m.state = s; break; }
      case 4: if (t !== 32) throw FALLBACK; if ((v = u32())) m.timeoutS = v; break;
      case 5: if (t !== 42) throw FALLBACK; m.original = tuple(sub(end)); break;
      case 6: if (t !== 50) throw FALLBACK; m.reply = tuple(sub(end)); break;
      case 7: if (t !== 58) throw FALLBACK;
        if (!flags) m.flags = flags = [];
        flags.push(str(end)); // repeated: an empty string is an element
        last = 57;
        break;
      case 8: if (t !== 64) throw FALLBACK; if ((v = u32())) m.mark = v; break;
      case 9: if (t !== 72) throw FALLBACK; if ((v = u32())) m.zone = v; break;
      case 10: if (t !== 80) throw FALLBACK; if ((v = u32())) m.use = v; break;
      case 11: if (t !== 88) throw FALLBACK; if ((v = u64())) m.origPackets = v; break;
      case 12: if (t !== 96) throw FALLBACK; if ((v = u64())) m.origBytes = v; break;
      case 13: if (t !== 104) throw FALLBACK; if ((v = u64())) m.replyPackets = v; break;
      case 14: if (t !== 112) throw FALLBACK; if ((v = u64())) m.replyBytes = v; break;
      case 15: if (t !== 120) throw FALLBACK; if ((v = u32() | 0)) m.nat = v; break;
      default: throw FALLBACK;
    }
  }
  if (P !== end) throw FALLBACK;
  return m as unknown as netscope.v1.ConntrackEntry;
}

function ctEvent(end: number): netscope.v1.ConntrackEvent {
  const m = new pb.ConntrackEvent() as unknown as Obj;
  let last = 0;
  while (P < end) {
    const t = u32();
    if (t <= last) throw FALLBACK;
    last = t;
    let v: number;
    switch (t >>> 3) {
      case 1: if (t !== 8) throw FALLBACK; if ((v = u32() | 0)) m.type = v; break;
      case 2: if (t !== 16) throw FALLBACK; if ((v = u64())) m.timeNs = v; break;
      case 3: if (t !== 24) throw FALLBACK; if ((v = u64())) m.netns = v; break;
      case 4: if (t !== 34) throw FALLBACK; { const s = str(end); if (s) m.netnsName = s; break; }
      case 5: if (t !== 42) throw FALLBACK; m.entry = ctEntry(sub(end)); break;
      default: throw FALLBACK;
    }
  }
  if (P !== end) throw FALLBACK;
  return m as unknown as netscope.v1.ConntrackEvent;
}

function ctStats(end: number): netscope.v1.ConntrackStats {
  const m = new pb.ConntrackStats() as unknown as Obj;
  let last = 0;
  while (P < end) {
    const t = u32();
    if (t <= last) throw FALLBACK;
    last = t;
    let v: number;
    switch (t >>> 3) {
      case 1: if (t !== 8) throw FALLBACK; if ((v = u64())) m.timeNs = v; break;
      case 2: if (t !== 16) throw FALLBACK; if ((v = u64())) m.netns = v; break;
      case 3: if (t !== 26) throw FALLBACK; { const s = str(end); if (s) m.netnsName = s; break; }
      case 4: if (t !== 32) throw FALLBACK; if ((v = u32())) m.count = v; break;
      case 5: if (t !== 40) throw FALLBACK; if ((v = u32())) m.max = v; break;
      default: throw FALLBACK;
    }
  }
  if (P !== end) throw FALLBACK;
  return m as unknown as netscope.v1.ConntrackStats;
}

function tbf(end: number): netscope.v1.TbfConfig {
  const m = new pb.TbfConfig() as unknown as Obj;
  let last = 0;
  while (P < end) {
    const t = u32();
    if (t <= last) throw FALLBACK;
    last = t;
    let v: number;
    switch (t >>> 3) {
      case 1: if (t !== 8) throw FALLBACK; if ((v = u64())) m.rateBytesPerS = v; break;
      case 2: if (t !== 16) throw FALLBACK; if ((v = u64())) m.burstBytes = v; break;
      case 3: if (t !== 24) throw FALLBACK; if ((v = u64())) m.latencyUs = v; break;
      default: throw FALLBACK;
    }
  }
  if (P !== end) throw FALLBACK;
  return m as unknown as netscope.v1.TbfConfig;
}

function qdisc(end: number): netscope.v1.QdiscSample {
  const m = new pb.QdiscSample() as unknown as Obj;
  let last = 0;
  while (P < end) {
    const t = u32();
    if (t <= last) throw FALLBACK;
    last = t;
    let v: number;
    switch (t >>> 3) {
      case 1: if (t !== 8) throw FALLBACK; if ((v = u64())) m.timeNs = v; break;
      case 2: if (t !== 16) throw FALLBACK; if ((v = u64())) m.netns = v; break;
      case 3: if (t !== 26) throw FALLBACK; { const s = str(end); if (s) m.netnsName = s; break; }
      case 4: if (t !== 34) throw FALLBACK; { const s = str(end); if (s) m.dev = s; break; }
      case 5: if (t !== 42) throw FALLBACK; { const s = str(end); if (s) m.kind = s; break; }
      case 6: if (t !== 50) throw FALLBACK; { const s = str(end); if (s) m.handle = s; break; }
      case 7: if (t !== 58) throw FALLBACK; { const s = str(end); if (s) m.parent = s; break; }
      case 8: if (t !== 64) throw FALLBACK; if ((v = u64())) m.bytes = v; break;
      case 9: if (t !== 72) throw FALLBACK; if ((v = u64())) m.packets = v; break;
      case 10: if (t !== 80) throw FALLBACK; if ((v = u64())) m.drops = v; break;
      case 11: if (t !== 88) throw FALLBACK; if ((v = u64())) m.overlimits = v; break;
      case 12: if (t !== 96) throw FALLBACK; if ((v = u64())) m.requeues = v; break;
      case 13: if (t !== 104) throw FALLBACK; if ((v = u64())) m.backlogBytes = v; break;
      case 14: if (t !== 112) throw FALLBACK; if ((v = u32())) m.qlen = v; break;
      case 15: if (t !== 122) throw FALLBACK; m.tbf = tbf(sub(end)); break;
      // doubles: protobufjs keeps -0 and NaN (Object.is(v, 0) is false for them)
      case 16: if (t !== 129) throw FALLBACK; if (!Object.is((v = f64(end)), 0)) m.intervalS = v; break;
      case 17: if (t !== 137) throw FALLBACK; if (!Object.is((v = f64(end)), 0)) m.bytesPerS = v; break;
      case 18: if (t !== 145) throw FALLBACK; if (!Object.is((v = f64(end)), 0)) m.packetsPerS = v; break;
      case 19: if (t !== 153) throw FALLBACK; if (!Object.is((v = f64(end)), 0)) m.dropsPerS = v; break;
      case 20: if (t !== 161) throw FALLBACK; if (!Object.is((v = f64(end)), 0)) m.overlimitsPerS = v; break;
      default: throw FALLBACK;
    }
  }
  if (P !== end) throw FALLBACK;
  return m as unknown as netscope.v1.QdiscSample;
}

function lost(end: number): netscope.v1.LostEvents {
  const m = new pb.LostEvents() as unknown as Obj;
  let last = 0;
  while (P < end) {
    const t = u32();
    if (t <= last) throw FALLBACK;
    last = t;
    let v: number;
    switch (t >>> 3) {
      case 1: if (t !== 8) throw FALLBACK; if ((v = u32() | 0)) m.stage = v; break;
      case 2: if (t !== 18) throw FALLBACK; { const s = str(end); if (s) m.source = s; break; }
      case 3: if (t !== 24) throw FALLBACK; if ((v = u64())) m.count = v; break;
      case 4: if (t !== 32) throw FALLBACK; if ((v = u64())) m.timeNs = v; break;
      default: throw FALLBACK;
    }
  }
  if (P !== end) throw FALLBACK;
  return m as unknown as netscope.v1.LostEvents;
}

function gap(end: number): netscope.v1.Gap {
  const m = new pb.Gap() as unknown as Obj;
  let last = 0;
  while (P < end) {
    const t = u32();
    if (t <= last) throw FALLBACK;
    last = t;
    let v: number;
    switch (t >>> 3) {
      case 1: if (t !== 10) throw FALLBACK; { const s = str(end); if (s) m.source = s; break; }
      case 2: if (t !== 18) throw FALLBACK; { const s = str(end); if (s) m.reason = s; break; }
      case 3: if (t !== 24) throw FALLBACK; if ((v = u64())) m.fromTimeNs = v; break;
      case 4: if (t !== 32) throw FALLBACK; if ((v = u64())) m.toTimeNs = v; break;
      default: throw FALLBACK;
    }
  }
  if (P !== end) throw FALLBACK;
  return m as unknown as netscope.v1.Gap;
}

/**
 * One Envelope: exactly one oneof member (AgentStatus goes to protobufjs), then node and seq. The
 * fields are read first and set after, in wire order, by a store per kind: node and seq are set on
 * an envelope of one shape per kind, and one store for all kinds would see six (megamorphic).
 */
function envelope(end: number): Envelope {
  const m = new pb.Envelope() as unknown as Obj;
  let last = 0;
  let kind = 0;
  let x: unknown;
  let node = '';
  let seq = 0;
  while (P < end) {
    const t = u32();
    if (t <= last) throw FALLBACK;
    if (t < 64 && last) throw FALLBACK; // a second oneof member (protobufjs keeps the last one)
    last = t;
    switch (t >>> 3) {
      case 1: if (t !== 10) throw FALLBACK; x = packet(sub(end)); kind = 1; break;
      case 2: if (t !== 18) throw FALLBACK; x = journey(sub(end)); kind = 2; break;
      case 3: if (t !== 26) throw FALLBACK; x = ctEvent(sub(end)); kind = 3; break;
      case 4: if (t !== 34) throw FALLBACK; x = ctStats(sub(end)); kind = 4; break;
      case 5: if (t !== 42) throw FALLBACK; x = qdisc(sub(end)); kind = 5; break;
      case 6: if (t !== 50) throw FALLBACK; x = lost(sub(end)); kind = 6; break;
      case 7: if (t !== 58) throw FALLBACK; x = gap(sub(end)); kind = 7; break;
      case 14: if (t !== 114) throw FALLBACK; node = str(end); break;
      case 15: if (t !== 120) throw FALLBACK; seq = u64(); break;
      default: throw FALLBACK; // status (66), unknown fields
    }
  }
  if (P !== end) throw FALLBACK;
  switch (kind) {
    case 1: m.packet = x; if (node) m.node = node; if (seq) m.seq = seq; break;
    case 2: m.journey = x; if (node) m.node = node; if (seq) m.seq = seq; break;
    case 3: m.conntrack = x; if (node) m.node = node; if (seq) m.seq = seq; break;
    case 4: m.conntrackStats = x; if (node) m.node = node; if (seq) m.seq = seq; break;
    case 5: m.qdisc = x; if (node) m.node = node; if (seq) m.seq = seq; break;
    case 6: m.lost = x; if (node) m.node = node; if (seq) m.seq = seq; break;
    case 7: m.gap = x; if (node) m.node = node; if (seq) m.seq = seq; break;
    default: if (node) m.node = node; if (seq) m.seq = seq;
  }
  return m as unknown as Envelope;
}

/** An EventBatch as protobufjs would decode it (through numberReader), with `envelopes` always set. */
export type DecodedBatch = netscope.v1.EventBatch & { envelopes: Envelope[] };

function asBuf(bytes: Uint8Array): Buf {
  return (Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)) as Buf;
}

/** Decodes one batch frame's payload. Throws what protobufjs throws for bytes it cannot decode. */
export function decodeEventBatch(bytes: Uint8Array): DecodedBatch {
  const buf = asBuf(bytes);
  B = buf;
  DV = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  P = 0;
  const end = buf.length;
  try {
    const m = new pb.EventBatch() as unknown as Obj;
    const envs: Envelope[] = (m.envelopes = []);
    let last = 0;
    let v: number;
    while (P < end) {
      const t = u32();
      if (t < last || (t === last && t !== 10)) throw FALLBACK;
      last = t;
      switch (t) {
        case 10: {
          const e = sub(end);
          const start = P;
          try {
            envs.push(envelope(e));
          } catch (err) {
            if (err !== FALLBACK) throw err;
            decodeFallbacks.envelopes++;
            // a copy: protobufjs keeps unknown fields as views of its input, which may be a reused read buffer
            envs.push(pb.Envelope.decode(numberReader(Buffer.from(buf.subarray(start, e)))) as Envelope);
            B = buf;
            DV = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
          }
          P = e;
          break;
        }
        case 16: if ((v = u64())) m.firstTimeNs = v; break;
        case 24: if ((v = u64())) m.lastTimeNs = v; break;
        case 32: if ((v = u64())) m.firstSeq = v; break;
        default: throw FALLBACK;
      }
    }
    if (P !== end) throw FALLBACK;
    return m as unknown as DecodedBatch;
  } catch (err) {
    if (err !== FALLBACK) throw err;
    decodeFallbacks.batches++;
    return slowBatch(Buffer.from(buf)); // a copy, as above
  } finally {
    B = EMPTY;
    DV = EMPTY_DV;
  }
}

const EMPTY = Buffer.alloc(0) as Buf;
const EMPTY_DV: DataView = new DataView(new ArrayBuffer(0));

/** protobufjs's decode of a whole batch (through numberReader): the reference the fast path equals. */
export function slowBatch(bytes: Uint8Array): DecodedBatch {
  return pb.EventBatch.decode(numberReader(bytes)) as unknown as DecodedBatch;
}
