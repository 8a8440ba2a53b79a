// A hand-written encoder for the one envelope kind that dominates the stream: Envelope{packet}.
// protobufjs's generated encode allocates an operation object per field and per nested message
// (a third of the agent's time under a flood went there); this one writes straight into one
// growing buffer. Same bytes as pb.Envelope.encode: the same fields (none at its default, as protobufjs 8
// writes proto3), the same numbers and wire types, minimal varints;
// test/unit/server/packet-encode.test.ts compares the bytes. Any other kind goes through pb.
import type { ConntrackRef, ConntrackTuple, Envelope, Headers, PacketEvent } from '../../proto/index.js';

export class PacketEncoder {
  private buf = Buffer.allocUnsafe(1 << 16);
  pos = 0;

  /** Room for n more bytes; a new buffer when the current one is full (views handed out keep the old one). */
  private ensure(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    this.buf = Buffer.allocUnsafe(Math.max(1 << 16, n * 2));
    this.pos = 0;
  }

  private varint(v: number): void {
    // v: a non-negative integer below 2^32
    const b = this.buf;
    while (v > 127) {
      b[this.pos++] = (v & 127) | 128;
      v >>>= 7;
    }
    b[this.pos++] = v;
  }

  private varint64(v: number): void {
    // as protobufjs's LongBits.fromNumber: split into two u32 words
    if (v < 0x100000000) return this.varint(v >>> 0);
    let lo = v >>> 0;
    let hi = ((v - lo) / 4294967296) >>> 0;
    const b = this.buf;
    while (hi) {
      b[this.pos++] = (lo & 127) | 128;
      lo = ((lo >>> 7) | (hi << 25)) >>> 0;
      hi >>>= 7;
    }
    while (lo > 127) {
      b[this.pos++] = (lo & 127) | 128;
      lo >>>= 7;
    }
    b[this.pos++] = lo;
  }

  private tag(t: number): void {
    if (t < 128) this.buf[this.pos++] = t;
    else this.varint(t);
  }

  private str(t: number, s: string): void {
    this.tag(t);
    if (s.length < 42) {
      // at most 126 UTF-8 bytes: a one-byte length; ASCII (addresses, pointers, device names) by hand
      const b = this.buf;
      const at = this.pos + 1;
      let i = 0;
      for (; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c > 127) break;
        b[at + i] = c;
      }
      if (i === s.length) {
        b[this.pos] = i;
        this.pos = at + i;
        return;
      }
      const n = this.buf.write(s, this.pos + 1, 'utf8');
      this.buf[this.pos] = n;
      this.pos += 1 + n;
    } else {
      const n = Buffer.byteLength(s, 'utf8');
      this.varint(n);
      this.pos += this.buf.write(s, this.pos, 'utf8');
    }
  }

  private u32(t: number, v: number): void {
    this.tag(t);
    this.varint(v >>> 0);
  }

  /** Opens a length-delimited field; returns the mark for close(). */
  private open(t: number): number {
    this.tag(t);
    this.pos += 2; // room for a length below 16384; close() compacts to one byte when it fits
    return this.pos;
  }

  private close(mark: number): void {
    const len = this.pos - mark;
    const b = this.buf;
    if (len < 128) {
      b.copyWithin(mark - 1, mark, this.pos);
      b[mark - 2] = len;
      this.pos -= 1;
    } else if (len < 16384) {
      b[mark - 2] = (len & 127) | 128;
      b[mark - 1] = len >>> 7;
    } else {
      throw new Error('packet envelope part too long for the fast encoder');
    }
  }

  private headers(h: Headers): void {
    const m = this.open(74);
    if (h.src) this.str(10, h.src);
    if (h.dst) this.str(18, h.dst);
    if (h.protocol) this.u32(24, h.protocol);
    if (h.length) this.u32(32, h.length);
    if (h.ttl) this.u32(40, h.ttl);
    if (h.ipId) this.u32(48, h.ipId);
    if (h.srcPort) this.u32(56, h.srcPort);
    if (h.dstPort) this.u32(64, h.dstPort);
    if (h.tcpFlags) this.u32(72, h.tcpFlags);
    if (h.icmpType) this.u32(80, h.icmpType);
    if (h.icmpCode) this.u32(88, h.icmpCode);
    if (h.icmpId) this.u32(96, h.icmpId);
    if (h.icmpSeq) this.u32(104, h.icmpSeq);
    this.close(m);
  }

  private tuple(t: number, x: ConntrackTuple): void {
    const m = this.open(t);
    if (x.src) this.str(10, x.src);
    if (x.dst) this.str(18, x.dst);
    if (x.protocol) this.u32(24, x.protocol);
    if (x.srcPort) this.u32(32, x.srcPort);
    if (x.dstPort) this.u32(40, x.dstPort);
    if (x.icmpId) this.u32(48, x.icmpId);
    if (x.icmpType) this.u32(56, x.icmpType);
    if (x.icmpCode) this.u32(64, x.icmpCode);
    this.close(m);
  }

  private ct(c: ConntrackRef): void {
    const m = this.open(82);
    if (c.id) this.str(10, c.id);
    if (c.status) this.u32(16, c.status);
    if (c.original != null) this.tuple(26, c.original);
    if (c.reply != null) this.tuple(34, c.reply);
    if (c.mark) this.u32(40, c.mark);
    if (c.zone) this.u32(48, c.zone);
    if (c.replyDirection) {
      this.tag(56);
      this.buf[this.pos++] = 1;
    }
    this.close(m);
  }

  /** One Envelope{packet} (with node and seq), as a view of the encoder's buffer (never written over again). */
  encode(env: Envelope): Buffer {
    const p = env.packet as PacketEvent;
    this.ensure(bound(env));
    const start = this.pos;
    const m = this.open(10);
    if (p.monoNs) (this.tag(8), this.varint64(p.monoNs as number));
    if (p.timeNs) (this.tag(16), this.varint64(p.timeNs as number));
    if (p.skb) this.str(26, p.skb);
    if (p.netns) (this.tag(32), this.varint64(p.netns as number));
    if (p.ifindex) this.u32(40, p.ifindex);
    if (p.ifname) this.str(50, p.ifname);
    if (p.kind) this.u32(56, p.kind);
    if (p.hook) this.u32(64, p.hook);
    if (p.headers != null) this.headers(p.headers);
    if (p.ct != null) this.ct(p.ct);
    if (p.dropReason) this.str(90, p.dropReason);
    if (p.dropReasonCode) this.u32(96, p.dropReasonCode);
    if (p.qdisc) this.str(106, p.qdisc);
    if (p.qdiscQlen) this.u32(112, p.qdiscQlen);
    if (p.function) this.str(122, p.function);
    if (p.probeSet) this.u32(128, p.probeSet);
    if (p.cpu) this.u32(136, p.cpu);
    if (p.netnsName) this.str(146, p.netnsName);
    if (p.outIfindex) this.u32(152, p.outIfindex);
    if (p.outIfname) this.str(162, p.outIfname);
    this.close(m);
    if (env.node) this.str(114, env.node);
    if (env.seq) (this.tag(120), this.varint64(env.seq as number));
    return this.buf.subarray(start, this.pos);
  }
}

const slen = (s: string | null | undefined) => (s ? s.length : 0);
const tlen = (t: ConntrackTuple | null | undefined) => (t ? slen(t.src) + slen(t.dst) : 0);

/** An upper bound of an envelope's encoded size: every fixed field at its widest, strings at 3 bytes a unit. */
function bound(env: Envelope): number {
  const p = env.packet!;
  const h = p.headers;
  const c = p.ct;
  const chars =
    slen(p.skb) + slen(p.ifname) + slen(p.dropReason) + slen(p.qdisc) + slen(p.function) + slen(p.netnsName) + slen(p.outIfname) + slen(env.node) +
    (h ? slen(h.src) + slen(h.dst) : 0) + (c ? slen(c.id) + tlen(c.original) + tlen(c.reply) : 0);
  return 1024 + 3 * chars;
}
