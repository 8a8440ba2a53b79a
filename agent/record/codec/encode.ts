// A hand-written encoder for the batch frames of a recording: the bytes `pb.EventBatch.encode(…)`
// writes (test/unit/record/codec.test.ts compares them byte for byte on every field of every kind),
// straight into one reusable buffer that already holds the frame header, so a batch costs one
// buffer, one CRC32 pass and one write(2). protobufjs's writer queues an operation object per field
// and copies everything again in finish(); that, its string path and GC were most of the write time.
//
// Field rules are protobufjs's: a scalar is written when it is not null/undefined and not its
// default (0, "", false; a double unless Object.is(v, 0)), a message when not null/undefined, every
// element of a repeated field. Unlike protobufjs it does not check hasOwnProperty (objects whose
// fields are inherited from a prototype other than the generated class's are not a netscope
// thing). An envelope with something this encoder does not do — an AgentStatus, a negative enum,
// `$unknowns` carried over from a newer schema — is encoded by protobufjs instead, into the same
// buffer. uint64 fields take numbers (the agent's) and Longs (protobufjs's decode without numberReader).
import $protobuf from 'protobufjs/minimal.js';
import { netscope } from '../../../proto/gen/netscope.js';
import type { Envelope } from '../../../proto/index.js';
import { crc32 } from '../format.js';
import { numberDefaults } from '../decode.js';

const pb = netscope.v1;
const utf8 = $protobuf.util.utf8 as unknown as { length(s: string): number; write(s: string, buf: Uint8Array, at: number): number };
numberDefaults();

const FALLBACK = new Error('netscope codec: not the fast path');
/** Envelopes protobufjs encoded because this encoder does not (tests assert it stays 0 on the schema). */
export const encodeFallbacks = { envelopes: 0 };
/** type (1) + length (4) + CRC32 (4), as format.ts FRAME_HEADER_SIZE */
const HEAD = 9;
const SLACK = 16;

let O = Buffer.allocUnsafe(1 << 20) as Buffer & { utf8Write(s: string, at: number): number };
let Q = 0;

function grow(need: number): void {
  const next = Buffer.allocUnsafe(Math.max(O.length * 2, need + SLACK)) as typeof O;
  O.copy(next, 0, 0, Q);
  O = next;
}

/** Room for n more bytes (plus slack for a length prefix growing by up to 4 bytes). */
function room(n: number): void {
  if (Q + n + SLACK > O.length) grow(Q + n + SLACK);
}

function vu(v: number): void {
  while (v > 127) {
    O[Q++] = (v & 127) | 128;
    v >>>= 7;
  }
  O[Q++] = v;
}

type LongLike = { low: number; high: number; unsigned?: boolean };
const LongBits = ($protobuf.util as unknown as { LongBits: { from(v: unknown): { lo: number; hi: number } } }).LongBits;

/** A uint64 as protobufjs writes it: a number through LongBits.fromNumber's arithmetic, a Long through LongBits.from. */
function vu64(v: number | LongLike): void {
  if (typeof v !== 'number') {
    const bits = LongBits.from(v);
    return bits64(bits.lo >>> 0, bits.hi >>> 0);
  }
  if (v >>> 0 === v) return vu(v);
  const sign = v < 0;
  if (sign) v = -v;
  let lo = v >>> 0;
  let hi = ((v - lo) / 4294967296) >>> 0;
  if (sign) {
    hi = ~hi >>> 0;
    lo = ~lo >>> 0;
    if (++lo > 4294967295) {
      lo = 0;
      if (++hi > 4294967295) hi = 0;
    }
  }
  bits64(lo, hi);
}

function bits64(lo: number, hi: number): void {
  while (hi) {
    O[Q++] = (lo & 127) | 128;
    lo = ((lo >>> 7) | (hi << 25)) >>> 0;
    hi >>>= 7;
  }
  while (lo > 127) {
    O[Q++] = (lo & 127) | 128;
    lo >>>= 7;
  }
  O[Q++] = lo;
}

/** A string's length and bytes: ASCII copied here; others as protobufjs's BufferWriter does. */
function vstr(s: string): void {
  const n = s.length;
  room(n + 5);
  if (n < 128) {
    const o = O;
    const at = Q;
    let q = at + 1;
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c > 127) return vstrSlow(s);
      o[q++] = c;
    }
    o[at] = n;
    Q = q;
    return;
  }
  vstrSlow(s);
}

function vstrSlow(s: string): void {
  // protobufjs: under 40 UTF-16 units its own UTF-8 writer, else Buffer's (they differ on lone surrogates)
  if (s.length < 40) {
    const len = utf8.length(s);
    vu(len);
    room(len);
    Q += utf8.write(s, O, Q);
  } else {
    const len = Buffer.byteLength(s);
    vu(len);
    room(len);
    Q += O.utf8Write(s, Q);
  }
}

type V = unknown;
const u32 = (t: number, v: V) => {
  if (v != null && v !== 0) {
    room(24);
    vu(t);
    vu((v as number) >>> 0);
  }
};
const en = (t: number, v: V) => {
  if (v != null && v !== 0) {
    if ((v as number) < 0) throw FALLBACK; // ten bytes, protobufjs's way
    room(24);
    vu(t);
    vu((v as number) >>> 0);
  }
};
const u64 = (t: number, v: V) => {
  // protobufjs: a Long counts as set when either half is non-zero
  if (v != null && (typeof v === 'object' ? (v as LongLike).low || (v as LongLike).high : v !== 0)) {
    room(24);
    vu(t);
    vu64(v as number | LongLike);
  }
};
const str = (t: number, v: V) => {
  if (v != null && v !== '') {
    room(24);
    vu(t);
    vstr(v as string);
  }
};
const bool = (t: number, v: V) => {
  if (v != null && v !== false) {
    room(24);
    vu(t);
    O[Q++] = v ? 1 : 0;
  }
};
const f64 = (t: number, v: V) => {
  if (v != null && !Object.is(v, 0)) {
    room(24);
    vu(t);
    O.writeDoubleLE(v as number, Q);
    Q += 8;
  }
};

/** Opens a length-delimited field (tag < 128) with a one-byte length, to be closed by end(). */
function begin(t: number): number {
  O[Q++] = t;
  O[Q++] = 0;
  return Q;
}

/** Writes the length of the field opened at `start`, moving its bytes when it needs more than one byte. */
function end(start: number): void {
  const len = Q - start;
  if (len < 128) {
    O[start - 1] = len;
    return;
  }
  const extra = len < 1 << 14 ? 1 : len < 1 << 21 ? 2 : len < 1 << 28 ? 3 : 4;
  room(extra);
  O.copyWithin(start + extra, start, Q);
  Q += extra;
  const save = Q;
  Q = start - 1;
  vu(len);
  Q = save;
}

// Sub-messages the loader decoder shares between events (one object per distinct value, never
// changed after): their bytes are kept here after the first encoding and copied after that. A
// flow's conntrack reference recurs in most of its events and journeys. (Not for objects that
// rarely recur, such as a packet's headers: a WeakMap entry costs more than it saves then.)
const shared = new WeakMap<object, Uint8Array | null>();

/** Marks an object as shared and never to be changed again: its encoding is kept and reused. */
export function sharedMessage(m: object): void {
  shared.set(m, null);
}

/** Field `t` (tag < 128) holding message m, written by fn, or copied when m is shared and was encoded before. */
function sub(t: number, m: M, fn: (m: M) => void): void {
  const kept = shared.get(m);
  if (kept) {
    const n = kept.length;
    room(n + 8);
    O[Q++] = t;
    vu(n);
    O.set(kept, Q);
    Q += n;
    return;
  }
  room(8);
  const at = begin(t);
  fn(m);
  const len = Q - at;
  end(at);
  if (kept === null) shared.set(m, Uint8Array.prototype.slice.call(O, Q - len, Q));
}

function noUnknowns(m: object): void {
  if ((m as { $unknowns?: unknown }).$unknowns != null) throw FALLBACK;
}

type M = Record<string, V>;

function headers(m: M): void {
  noUnknowns(m);
  str(10, m.src);
  str(18, m.dst);
  u32(24, m.protocol);
  u32(32, m.length);
  u32(40, m.ttl);
  u32(48, m.ipId);
  u32(56, m.srcPort);
  u32(64, m.dstPort);
  u32(72, m.tcpFlags);
  u32(80, m.icmpType);
  u32(88, m.icmpCode);
  u32(96, m.icmpId);
  u32(104, m.icmpSeq);
  u32(112, m.tcpSeq);
  u32(120, m.tcpAck);
  u32(128, m.fragOff);
}

function tuple(m: M): void {
  noUnknowns(m);
  str(10, m.src);
  str(18, m.dst);
  u32(24, m.protocol);
  u32(32, m.srcPort);
  u32(40, m.dstPort);
  u32(48, m.icmpId);
  u32(56, m.icmpType);
  u32(64, m.icmpCode);
}

function ctRef(m: M): void {
  noUnknowns(m);
  str(10, m.id);
  u32(16, m.status);
  if (m.original != null) {
    room(8);
    const at = begin(26);
    tuple(m.original as M);
    end(at);
  }
  if (m.reply != null) {
    room(8);
    const at = begin(34);
    tuple(m.reply as M);
    end(at);
  }
  u32(40, m.mark);
  u32(48, m.zone);
  bool(56, m.replyDirection);
  str(66, m.entryId);
}

function packet(m: M): void {
  noUnknowns(m);
  u64(8, m.monoNs);
  u64(16, m.timeNs);
  str(26, m.skb);
  u64(32, m.netns);
  u32(40, m.ifindex);
  str(50, m.ifname);
  en(56, m.kind);
  en(64, m.hook);
  if (m.headers != null) {
    room(8);
    const at = begin(74);
    headers(m.headers as M);
    end(at);
  }
  if (m.ct != null) sub(82, m.ct as M, ctRef);
  str(90, m.dropReason);
  u32(96, m.dropReasonCode);
  str(106, m.qdisc);
  u32(112, m.qdiscQlen);
  str(122, m.function);
  en(128, m.probeSet);
  u32(136, m.cpu);
  str(146, m.netnsName);
  u32(152, m.outIfindex);
  str(162, m.outIfname);
}

function nat(m: M): void {
  noUnknowns(m);
  en(8, m.kind);
  en(16, m.hook);
  str(26, m.from);
  str(34, m.to);
  u32(40, m.fromPort);
  u32(48, m.toPort);
  bool(56, m.reverse);
}

function hop(m: M): void {
  noUnknowns(m);
  u64(8, m.monoNs);
  u64(16, m.deltaNs);
  u64(24, m.netns);
  str(34, m.netnsName);
  u32(40, m.ifindex);
  str(50, m.ifname);
  en(56, m.kind);
  en(64, m.hook);
  if (m.headers != null) {
    room(8);
    const at = begin(74);
    headers(m.headers as M);
    end(at);
  }
  if (m.nat != null) {
    room(8);
    const at = begin(82);
    nat(m.nat as M);
    end(at);
  }
  en(88, m.probeSet);
  str(98, m.dropReason);
  str(106, m.function);
  str(114, m.qdisc);
}

function journey(m: M): void {
  noUnknowns(m);
  str(10, m.id);
  u64(16, m.startMonoNs);
  u64(24, m.startTimeNs);
  u64(32, m.durationNs);
  str(42, m.skb);
  if (m.headers != null) {
    room(8);
    const at = begin(50);
    headers(m.headers as M);
    end(at);
  }
  const hops = m.hops as V[] | null | undefined;
  if (hops != null && hops.length) {
    for (let i = 0; i < hops.length; i++) {
      room(8);
      const at = begin(58);
      hop(hops[i] as M);
      end(at);
    }
  }
  const nats = m.nat as V[] | null | undefined;
  if (nats != null && nats.length) {
    for (let i = 0; i < nats.length; i++) {
      room(8);
      const at = begin(66);
      nat(nats[i] as M);
      end(at);
    }
  }
  if (m.ct != null) sub(74, m.ct as M, ctRef);
  en(80, m.verdict);
  str(90, m.dropReason);
  str(98, m.dropLocation);
  en(104, m.direction);
  str(114, m.peerId);
  str(122, m.parentId);
  u32(128, m.segments);
}

function ctEntry(m: M): void {
  noUnknowns(m);
  str(10, m.id);
  u32(16, m.protocol);
  str(26, m.state);
  u32(32, m.timeoutS);
  if (m.original != null) {
    room(8);
    const at = begin(42);
    tuple(m.original as M);
    end(at);
  }
  if (m.reply != null) {
    room(8);
    const at = begin(50);
    tuple(m.reply as M);
    end(at);
  }
  const flags = m.flags as string[] | null | undefined;
  if (flags != null && flags.length) {
    for (let i = 0; i < flags.length; i++) {
      room(2);
      vu(58);
      vstr(flags[i]!);
    }
  }
  u32(64, m.mark);
  u32(72, m.zone);
  u32(80, m.use);
  u64(88, m.origPackets);
  u64(96, m.origBytes);
  u64(104, m.replyPackets);
  u64(112, m.replyBytes);
  en(120, m.nat);
}

function ctEvent(m: M): void {
  noUnknowns(m);
  en(8, m.type);
  u64(16, m.timeNs);
  u64(24, m.netns);
  str(34, m.netnsName);
  if (m.entry != null) {
    room(8);
    const at = begin(42);
    ctEntry(m.entry as M);
    end(at);
  }
}

function ctStats(m: M): void {
  noUnknowns(m);
  u64(8, m.timeNs);
  u64(16, m.netns);
  str(26, m.netnsName);
  u32(32, m.count);
  u32(40, m.max);
}

function tbf(m: M): void {
  noUnknowns(m);
  u64(8, m.rateBytesPerS);
  u64(16, m.burstBytes);
  u64(24, m.latencyUs);
}

function qdisc(m: M): void {
  noUnknowns(m);
  u64(8, m.timeNs);
  u64(16, m.netns);
  str(26, m.netnsName);
  str(34, m.dev);
  str(42, m.kind);
  str(50, m.handle);
  str(58, m.parent);
  u64(64, m.bytes);
  u64(72, m.packets);
  u64(80, m.drops);
  u64(88, m.overlimits);
  u64(96, m.requeues);
  u64(104, m.backlogBytes);
  u32(112, m.qlen);
  if (m.tbf != null) {
    room(8);
    const at = begin(122);
    tbf(m.tbf as M);
    end(at);
  }
  f64(129, m.intervalS);
  f64(137, m.bytesPerS);
  f64(145, m.packetsPerS);
  f64(153, m.dropsPerS);
  f64(161, m.overlimitsPerS);
}

function lost(m: M): void {
  noUnknowns(m);
  en(8, m.stage);
  str(18, m.source);
  u64(24, m.count);
  u64(32, m.timeNs);
}

function gap(m: M): void {
  noUnknowns(m);
  str(10, m.source);
  str(18, m.reason);
  u64(24, m.fromTimeNs);
  u64(32, m.toTimeNs);
}

function envelope(m: M): void {
  noUnknowns(m);
  if (m.status != null) throw FALLBACK;
  if (m.packet != null) {
    room(8);
    const at = begin(10);
    packet(m.packet as M);
    end(at);
  }
  if (m.journey != null) {
    room(8);
    const at = begin(18);
    journey(m.journey as M);
    end(at);
  }
  if (m.conntrack != null) {
    room(8);
    const at = begin(26);
    ctEvent(m.conntrack as M);
    end(at);
  }
  if (m.conntrackStats != null) {
    room(8);
    const at = begin(34);
    ctStats(m.conntrackStats as M);
    end(at);
  }
  if (m.qdisc != null) {
    room(8);
    const at = begin(42);
    qdisc(m.qdisc as M);
    end(at);
  }
  if (m.lost != null) {
    room(8);
    const at = begin(50);
    lost(m.lost as M);
    end(at);
  }
  if (m.gap != null) {
    room(8);
    const at = begin(58);
    gap(m.gap as M);
    end(at);
  }
  str(114, m.node);
  u64(120, m.seq);
}

/** One envelope as field 1 of a batch: tag 10, length, bytes. */
function writeEnvelope(env: Envelope): void {
  const at = Q;
  try {
    room(8);
    const s = begin(10);
    envelope(env as unknown as M);
    end(s);
  } catch (err) {
    if (err !== FALLBACK) throw err;
    encodeFallbacks.envelopes++;
    Q = at;
    const bytes = pb.Envelope.encode(env).finish();
    room(bytes.length + 8);
    vu(10);
    vu(bytes.length);
    O.set(bytes, Q);
    Q += bytes.length;
  }
}

function writeEnvelopes(envs: readonly Envelope[]): void {
  for (let i = 0; i < envs.length; i++) writeEnvelope(envs[i]!);
}

export interface BatchFields {
  envelopes: readonly Envelope[];
  firstTimeNs?: number;
  lastTimeNs?: number;
  firstSeq?: number;
}

function writeBatch(b: BatchFields): void {
  writeEnvelopes(b.envelopes);
  u64(16, b.firstTimeNs);
  u64(24, b.lastTimeNs);
  u64(32, b.firstSeq);
}

/**
 * A whole batch frame (type 3, length, CRC32, EventBatch payload; proto/RECORDING.md), built in a
 * buffer this module reuses: the result is valid until the next call, so write it out first.
 */
export function encodeBatchFrame(b: BatchFields): Buffer {
  Q = HEAD;
  writeBatch(b);
  const len = Q - HEAD;
  O[0] = 3; // FrameType.BATCH
  O.writeUInt32LE(len, 1);
  O.writeUInt32LE(crc32(O.subarray(HEAD, Q), crc32(O.subarray(0, 5))), 5);
  return O.subarray(0, Q);
}

/** The EventBatch payload alone (a copy), the bytes pb.EventBatch.encode(b).finish() gives. */
export function encodeEventBatch(b: BatchFields): Uint8Array {
  Q = 0;
  writeBatch(b);
  return Buffer.from(O.subarray(0, Q));
}

/** Envelopes framed as ObserveResponse/EventBatch field 1 in one buffer, and where each starts. */
export interface FramedEnvelopes {
  /** for each envelope: tag 10, its length, its bytes (what pb.Envelope.encode(env).finish() gives) */
  buf: Buffer;
  /** starts[i] is where envelope i's tag is; starts[n] is buf.length */
  starts: Uint32Array;
}

/**
 * Envelopes as `repeated Envelope envelopes = 1` in one new buffer (a single allocation per batch):
 * any run of consecutive envelopes is then a valid ObserveResponse body as it is, so the gRPC
 * fan-out queues and sends ranges of this buffer, with no object per envelope.
 */
export function encodeFramed(envs: readonly Envelope[]): FramedEnvelopes {
  Q = 0;
  const starts = new Uint32Array(envs.length + 1);
  for (let i = 0; i < envs.length; i++) {
    starts[i] = Q;
    writeEnvelope(envs[i]!);
  }
  starts[envs.length] = Q;
  const buf = Buffer.allocUnsafe(Q);
  O.copy(buf, 0, 0, Q);
  return { buf, starts };
}

/** Where the envelope framed at `at` (tag 10, varint length) begins its own bytes. */
export function framedBody(buf: Uint8Array, at: number): number {
  let p = at + 1;
  while (buf[p]! & 128) p++;
  return p + 1;
}

/**
 * Each envelope's own bytes (what pb.Envelope.encode(env).finish() gives), as views of one new
 * buffer (encodeFramed's; a view keeps its batch's buffer alive).
 */
export function encodeEnvelopes(envs: readonly Envelope[]): Uint8Array[] {
  const { buf, starts } = encodeFramed(envs);
  const out = new Array<Uint8Array>(envs.length);
  for (let i = 0; i < envs.length; i++) out[i] = buf.subarray(framedBody(buf, starts[i]!), starts[i + 1]);
  return out;
}
