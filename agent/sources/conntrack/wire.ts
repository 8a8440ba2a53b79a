// `conntrack -L -o extended,id` output straight to protobuf wire bytes: each row becomes one
// ConntrackTable.entries field (tag, length, ConntrackEvent of type SNAPSHOT), written from the bytes
// conntrack printed, with no object or string per row. A table of 100,000 rows is read while conntrack
// still writes it, so this runs once per row at the speed of the kernel's dump.
//
// The bytes are those pb.ConntrackEvent.encode writes for what parseConntrackBody makes of the line
// (test/unit/sources/conntrack/wire.test.ts compares them on captured output). Rows of the common
// shape — printable ASCII, `ipv4`/`ipv6` first, tokens split by spaces, flags like [ASSURED] — are
// encoded here; anything else (a bracketed token with spaces, a non-number where a number belongs, a
// line that is not a row) goes through that parser and the generated encoder, so it comes out the same.
import protobuf from 'protobufjs/minimal.js';
import { pb, type ConntrackEvent, type ConntrackTuple } from '../../../proto/index.js';
import { parseSnapshotLine, type ConntrackContext } from './parse.js';

/** ConntrackTable.entries: field 4, length-delimited */
export const TABLE_ENTRIES_TAG = 0x22;

/** bytes kept free in front of the rows of every buffer, so a message's head goes there without a copy of the rows */
export const HEAD_ROOM = 1024;

const SP = 32;
const MAX_TOKENS = 96;
const NONE = -1;

/** One direction as read from the line: string fields as [start, end) offsets into the line's buffer. */
interface Tuple {
  srcS: number; srcE: number;
  dstS: number; dstE: number;
  sport: number; dport: number; type: number; code: number; icmpId: number;
  packets: number; bytes: number;
  sawCode: boolean;
}

const newTuple = (): Tuple => ({ srcS: 0, srcE: 0, dstS: NONE, dstE: NONE, sport: NONE, dport: NONE, type: NONE, code: NONE, icmpId: NONE, packets: NONE, bytes: NONE, sawCode: false });

function resetTuple(t: Tuple, s: number, e: number): void {
  t.srcS = s; t.srcE = e; t.dstS = NONE; t.dstE = NONE;
  t.sport = NONE; t.dport = NONE; t.type = NONE; t.code = NONE; t.icmpId = NONE; t.packets = NONE; t.bytes = NONE;
  t.sawCode = false;
}

function varintSize(v: number): number {
  if (v < 0x80) return 1;
  if (v < 0x4000) return 2;
  if (v < 0x200000) return 3;
  if (v < 0x10000000) return 4;
  let n = 5;
  for (v = Math.floor(v / 0x800000000); v > 0; v = Math.floor(v / 0x80)) n++;
  return n;
}

/** the size of a present, non-zero varint field with a one-byte tag (0 when absent or zero: proto3 leaves it out) */
const fieldSize = (v: number): number => (v > 0 ? 1 + varintSize(v) : 0);

/** Encodes snapshot rows from `conntrack -L` stdout, chunk by chunk; take() hands over what is encoded so far. */
export class SnapshotWireEncoder {
  /** rows encoded (lines that are not rows are left out, as the object parser leaves them out) */
  rows = 0;
  private out: Buffer;
  private pos = HEAD_ROOM;
  /** buffers handed out and given back (recycle): a table streams through a few buffers, not one per piece */
  private readonly free: Buffer[] = [];
  private partial: Buffer | undefined;
  private readonly prefix: Buffer;
  private readonly tokS = new Int32Array(MAX_TOKENS);
  private readonly tokE = new Int32Array(MAX_TOKENS);
  /** where each token's first '=' is, or NONE */
  private readonly tokQ = new Int32Array(MAX_TOKENS);
  private readonly tuples: [Tuple, Tuple] = [newTuple(), newTuple()];
  private readonly flagS = new Int32Array(16);
  private readonly flagE = new Int32Array(16);

  /**
   * @param ctx the netns and snapshot time every row carries
   * @param keep with filters: only rows it keeps are encoded. Rows of the common shape are tested as a
   *   light event — type, time and netns, the entry's protocol, each tuple's src, dst and ports: what the
   *   API's filters look at (agent/server/filter.ts) — read on the byte path; the others as parsed.
   * @param chunkBytes about how many bytes the caller takes at a time (Infinity: all at the end)
   * @param sizeHint with chunkBytes Infinity: the bytes of rows expected, the size of the one buffer (grown when short)
   */
  constructor(private readonly ctx: ConntrackContext, private readonly keep?: (ev: ConntrackEvent) => boolean, private readonly chunkBytes = 128 * 1024, private readonly sizeHint?: number) {
    this.out = this.fresh();
    // ConntrackEvent fields 1-4, the same on every row: type SNAPSHOT, time_ns, netns, netns_name
    const head: ConntrackEvent = { type: pb.ConntrackEventType.CONNTRACK_EVENT_TYPE_SNAPSHOT };
    if (ctx.timeNs !== undefined) head.timeNs = ctx.timeNs;
    if (ctx.netns !== undefined) head.netns = ctx.netns;
    if (ctx.netnsName !== undefined) head.netnsName = ctx.netnsName;
    this.prefix = Buffer.from(pb.ConntrackEvent.encode(head).finish());
  }

  /** bytes encoded and not yet taken */
  get size(): number {
    return this.pos - HEAD_ROOM;
  }

  /** Feeds stdout bytes; every complete line is encoded. */
  push(chunk: Buffer): void {
    let from = 0;
    let nl = chunk.indexOf(10);
    if (this.partial) {
      if (nl < 0) {
        this.partial = Buffer.concat([this.partial, chunk]);
        return;
      }
      const line = Buffer.concat([this.partial, chunk.subarray(0, nl)]);
      this.partial = undefined;
      this.line(line, 0, line.length);
      from = nl + 1;
      nl = chunk.indexOf(10, from);
    }
    while (nl >= 0) {
      this.line(chunk, from, nl);
      from = nl + 1;
      nl = chunk.indexOf(10, from);
    }
    if (from < chunk.length) this.partial = Buffer.from(chunk.subarray(from));
  }

  /** The last line, when the output did not end with a newline. */
  end(): void {
    if (this.partial) {
      const line = this.partial;
      this.partial = undefined;
      this.line(line, 0, line.length);
    }
  }

  /**
   * What is encoded so far (ConntrackTable.entries fields, concatenated), with `head` (the rest of the
   * message, already encoded) in front when given; the encoder goes on in another buffer.
   */
  take(head?: Uint8Array): Buffer {
    let done: Buffer;
    if (!head?.length) done = this.out.subarray(HEAD_ROOM, this.pos);
    else if (head.length <= HEAD_ROOM) {
      const at = HEAD_ROOM - head.length;
      this.out.set(head, at);
      done = this.out.subarray(at, this.pos);
    } else done = Buffer.concat([head, this.out.subarray(HEAD_ROOM, this.pos)]);
    this.out = this.fresh();
    this.pos = HEAD_ROOM;
    return done;
  }

  /** Gives back a buffer take() returned, once nothing reads it any more (gRPC has copied it into its frame). */
  recycle(taken: Uint8Array): void {
    const whole = Buffer.from(taken.buffer, 0, taken.buffer.byteLength);
    if (whole.length === this.capacity && this.free.length < 4 && taken.buffer !== this.out.buffer) this.free.push(whole);
  }

  /** room for chunkBytes and a whole pipe read (64 KiB) past it: the caller takes after each push, so rows never need a bigger buffer */
  private get capacity(): number {
    if (!Number.isFinite(this.chunkBytes)) return HEAD_ROOM + Math.max(64 * 1024, Math.ceil(this.sizeHint ?? 0));
    return HEAD_ROOM + this.chunkBytes + 128 * 1024;
  }

  private fresh(): Buffer {
    return this.free.pop() ?? Buffer.allocUnsafe(this.capacity);
  }

  private line(b: Buffer, s: number, e: number): void {
    if (!this.fast(b, s, e)) this.slow(b.toString('utf8', s, e));
  }

  /** The object parser and the generated encoder: every line that is not of the common shape. */
  private slow(l: string): void {
    const ev = parseSnapshotLine(l, this.ctx);
    if (!ev || (this.keep && !this.keep(ev))) return;
    const w = protobuf.Writer.create();
    w.uint32(TABLE_ENTRIES_TAG);
    pb.ConntrackEvent.encode(ev, w.fork()).ldelim();
    const bytes = w.finish();
    this.reserve(bytes.length);
    this.out.set(bytes, this.pos);
    this.pos += bytes.length;
    this.rows++;
  }

  /** what filters look at in a row: type, time, netns, protocol, the tuples' addresses and ports */
  private light(b: Buffer, protocol: number, o: Tuple, r: Tuple): ConntrackEvent {
    const tuple = (t: Tuple): ConntrackTuple => {
      const x: ConntrackTuple = { src: b.toString('latin1', t.srcS, t.srcE) };
      if (t.dstS !== NONE) x.dst = b.toString('latin1', t.dstS, t.dstE);
      if (t.sport > 0) x.srcPort = t.sport;
      if (t.dport > 0) x.dstPort = t.dport;
      return x;
    };
    const ev: ConntrackEvent = { type: pb.ConntrackEventType.CONNTRACK_EVENT_TYPE_SNAPSHOT, entry: { protocol, original: tuple(o), reply: tuple(r) } };
    if (this.ctx.timeNs !== undefined) ev.timeNs = this.ctx.timeNs;
    if (this.ctx.netns !== undefined) ev.netns = this.ctx.netns;
    if (this.ctx.netnsName !== undefined) ev.netnsName = this.ctx.netnsName;
    return ev;
  }

  private reserve(n: number): void {
    if (this.pos + n <= this.out.length) return;
    const bigger = Buffer.allocUnsafe(Math.max(this.out.length * 2, this.pos + n));
    this.out.copy(bigger, 0, 0, this.pos);
    this.out = bigger;
  }

  /** Encodes a row of the common shape; false (nothing written) when the line needs the object parser. */
  private fast(b: Buffer, s: number, e: number): boolean {
    // "ipv4 " / "ipv6 "
    if (e - s < 5 || b[s] !== 105 || b[s + 1] !== 112 || b[s + 2] !== 118 || (b[s + 3] !== 52 && b[s + 3] !== 54) || b[s + 4] !== SP) return false;
    const tokS = this.tokS;
    const tokE = this.tokE;
    const tokQ = this.tokQ;
    let n = 0;
    let i = s;
    while (i < e) {
      const c = b[i]!;
      if (c === SP) { i++; continue; }
      if (n === MAX_TOKENS) return false;
      tokS[n] = i;
      let eq = NONE;
      for (; i < e; i++) {
        const d = b[i]!;
        if (d === SP) break;
        if (d === 61 && eq === NONE) eq = i;
        if (d < 33 || d > 126) return false; // tabs, control bytes, non-ASCII: the object parser's business
        if (d === 69 && b[i + 1] === 78 && isWord(b, i, 'ENOBUFS')) return false; // not a row, whatever else it holds
      }
      tokQ[n] = eq;
      tokE[n++] = i;
    }
    // [ipv4 2] l4name l4num [timeout] [STATE]
    let t = 0;
    if (isDigits(b, tokS[1]!, tokE[1]!)) t = 2;
    if (t + 1 >= n || !isDigits(b, tokS[t + 1]!, tokE[t + 1]!)) return false;
    const protocol = num(b, tokS[t + 1]!, tokE[t + 1]!);
    if (protocol < 0 || protocol > 0xffffffff) return false;
    t += 2;
    let timeout = NONE;
    if (t < n && isDigits(b, tokS[t]!, tokE[t]!)) {
      timeout = num(b, tokS[t]!, tokE[t]!);
      if (timeout < 0 || timeout > 0xffffffff) return false;
      t++;
    }
    let stateS = NONE;
    let stateE = NONE;
    if (t < n && isState(b, tokS[t]!, tokE[t]!)) {
      stateS = tokS[t]!;
      stateE = tokE[t]!;
      t++;
    }
    let nTuples = 0;
    let cur: Tuple | undefined;
    let nFlags = 0;
    let idS = NONE;
    let idE = NONE;
    let mark = NONE;
    let zone = NONE;
    let use = NONE;
    for (; t < n; t++) {
      const ts = tokS[t]!;
      const te = tokE[t]!;
      if (b[ts] === 91 /* [ */) {
        // a flag ([ASSURED]); any other bracketed token goes to the object parser
        if (te - ts < 3 || b[te - 1] !== 93) return false;
        for (let k = ts + 1; k < te - 1; k++) {
          const d = b[k]!;
          if (!((d >= 65 && d <= 90) || d === 95)) return false;
        }
        if (nFlags === 16) return false;
        this.flagS[nFlags] = ts + 1;
        this.flagE[nFlags++] = te - 1;
        cur = undefined;
        continue;
      }
      const eq = tokQ[t]!;
      if (eq === NONE) continue; // a word without '=': no field of its own (the object parser keeps it as extra)
      if (eq === ts) return false;
      const vs = eq + 1;
      const key = keyOf(b, ts, eq);
      if ((key === K_SRC || key === K_DST) && vs === te) return false; // an empty address: the object parser
      if (key === K_SRC && nTuples < 2) {
        cur = this.tuples[nTuples++]!;
        resetTuple(cur, vs, te);
        continue;
      }
      if (cur !== undefined && key !== K_OTHER && key !== K_MARK && key !== K_ZONE && key !== K_USE && key !== K_SRC) {
        if (key === K_DST) {
          cur.dstS = vs;
          cur.dstE = te;
          continue;
        }
        if (key !== K_ID || (cur.sawCode && cur.icmpId === NONE)) {
          if (!isDigits(b, vs, te)) return false;
          const v = num(b, vs, te);
          const u32 = key !== K_PACKETS && key !== K_BYTES;
          if (v < 0 || (u32 && v > 0xffffffff)) return false;
          switch (key) {
            case K_SPORT: cur.sport = v; break;
            case K_DPORT: cur.dport = v; break;
            case K_TYPE: cur.type = v; break;
            case K_CODE: cur.code = v; cur.sawCode = true; break;
            case K_ID: cur.icmpId = v; break;
            case K_PACKETS: cur.packets = v; break;
            case K_BYTES: cur.bytes = v; break;
          }
          continue;
        }
      }
      cur = undefined; // anything else ends the tuple, so a later id= is the flow id
      switch (key) {
        case K_ID: idS = vs; idE = te; break;
        case K_MARK: case K_ZONE: case K_USE: {
          if (!isDigits(b, vs, te)) return false;
          const v = num(b, vs, te);
          if (v < 0 || v > 0xffffffff) return false;
          if (key === K_MARK) mark = v;
          else if (key === K_ZONE) zone = v;
          else use = v;
          break;
        }
        default: break; // a key without a field (delta-time=, secctx=, …): kept by the object parser as extra
      }
    }
    if (nTuples !== 2) return false;
    const [o, r] = this.tuples;

    // NAT from the two tuples, as natKind() decides it
    let nat = 0;
    if (!same(b, r.dstS, r.dstE, o.srcS, o.srcE) || zero(r.dport) !== zero(o.sport)) nat = 1;
    else if (!same(b, r.srcS, r.srcE, o.dstS, o.dstE) || zero(r.sport) !== zero(o.dport)) nat = 2;

    // a filter: the row as a light event (its fields as the object parser reads them: printable ASCII here)
    if (this.keep && !this.keep(this.light(b, protocol, o, r))) return true;

    // sizes, inside out
    const oLen = tupleSize(o, protocol);
    const rLen = tupleSize(r, protocol);
    let entryLen = 0;
    if (idS !== NONE && idE > idS) entryLen += 1 + varintSize(idE - idS) + idE - idS;
    entryLen += fieldSize(protocol);
    if (stateS !== NONE) entryLen += 1 + varintSize(stateE - stateS) + stateE - stateS;
    entryLen += fieldSize(timeout);
    entryLen += 1 + varintSize(oLen) + oLen + 1 + varintSize(rLen) + rLen;
    for (let k = 0; k < nFlags; k++) {
      const l = this.flagE[k]! - this.flagS[k]!;
      entryLen += 1 + varintSize(l) + l;
    }
    entryLen += fieldSize(mark) + fieldSize(zone) + fieldSize(use);
    entryLen += fieldSize(o.packets) + fieldSize(o.bytes) + fieldSize(r.packets) + fieldSize(r.bytes);
    entryLen += fieldSize(nat);
    const evLen = this.prefix.length + 1 + varintSize(entryLen) + entryLen;
    this.reserve(1 + varintSize(evLen) + evLen);

    const out = this.out;
    let p = this.pos;
    out[p++] = TABLE_ENTRIES_TAG;
    p = writeVarint(out, p, evLen);
    const prefix = this.prefix;
    for (let k = 0; k < prefix.length; k++) out[p++] = prefix[k]!;
    out[p++] = 0x2a; // entry = 5
    p = writeVarint(out, p, entryLen);
    if (idS !== NONE && idE > idS) p = writeBytes(out, p, 0x0a, b, idS, idE);
    p = writeField(out, p, 0x10, protocol);
    if (stateS !== NONE) p = writeBytes(out, p, 0x1a, b, stateS, stateE);
    p = writeField(out, p, 0x20, timeout);
    out[p++] = 0x2a; // original = 5
    p = writeVarint(out, p, oLen);
    p = writeTuple(out, p, b, o, protocol);
    out[p++] = 0x32; // reply = 6
    p = writeVarint(out, p, rLen);
    p = writeTuple(out, p, b, r, protocol);
    for (let k = 0; k < nFlags; k++) p = writeBytes(out, p, 0x3a, b, this.flagS[k]!, this.flagE[k]!);
    p = writeField(out, p, 0x40, mark);
    p = writeField(out, p, 0x48, zone);
    p = writeField(out, p, 0x50, use);
    p = writeField(out, p, 0x58, o.packets);
    p = writeField(out, p, 0x60, o.bytes);
    p = writeField(out, p, 0x68, r.packets);
    p = writeField(out, p, 0x70, r.bytes);
    p = writeField(out, p, 0x78, nat);
    this.pos = p;
    this.rows++;
    return true;
  }
}

const K_OTHER = 0, K_SRC = 1, K_DST = 2, K_SPORT = 3, K_DPORT = 4, K_TYPE = 5, K_CODE = 6, K_ID = 7, K_PACKETS = 8, K_BYTES = 9, K_MARK = 10, K_ZONE = 11, K_USE = 12;

/** The keys a row's fields come from, by their bytes. */
function keyOf(b: Buffer, s: number, e: number): number {
  const c = b[s];
  switch (e - s) {
    case 2: return c === 105 && b[s + 1] === 100 ? K_ID : K_OTHER; // id
    case 3:
      if (c === 115 && b[s + 1] === 114 && b[s + 2] === 99) return K_SRC; // src
      if (c === 100 && b[s + 1] === 115 && b[s + 2] === 116) return K_DST; // dst
      if (c === 117 && b[s + 1] === 115 && b[s + 2] === 101) return K_USE; // use
      return K_OTHER;
    case 4:
      if (c === 116 && b[s + 1] === 121 && b[s + 2] === 112 && b[s + 3] === 101) return K_TYPE; // type
      if (c === 99 && b[s + 1] === 111 && b[s + 2] === 100 && b[s + 3] === 101) return K_CODE; // code
      if (c === 109 && b[s + 1] === 97 && b[s + 2] === 114 && b[s + 3] === 107) return K_MARK; // mark
      if (c === 122 && b[s + 1] === 111 && b[s + 2] === 110 && b[s + 3] === 101) return K_ZONE; // zone
      return K_OTHER;
    case 5:
      if (c === 115 && isWord(b, s, 'sport')) return K_SPORT;
      if (c === 100 && isWord(b, s, 'dport')) return K_DPORT;
      if (c === 98 && isWord(b, s, 'bytes')) return K_BYTES;
      return K_OTHER;
    case 7: return c === 112 && isWord(b, s, 'packets') ? K_PACKETS : K_OTHER;
    default: return K_OTHER;
  }
}

/** the bytes at s spell word (the caller has checked the length) */
function isWord(b: Buffer, s: number, word: string): boolean {
  for (let i = 0; i < word.length; i++) if (b[s + i] !== word.charCodeAt(i)) return false;
  return true;
}

function isDigits(b: Buffer, s: number, e: number): boolean {
  if (e <= s) return false;
  for (let i = s; i < e; i++) {
    const c = b[i]!;
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** the value of a run of digits; -1 past 15 digits (Number() may round there: the object parser decides) */
function num(b: Buffer, s: number, e: number): number {
  if (e - s > 15) return -1;
  let v = 0;
  for (let i = s; i < e; i++) v = v * 10 + (b[i]! - 48);
  return v;
}

/** /^[A-Z][A-Z_]*$/ */
function isState(b: Buffer, s: number, e: number): boolean {
  const c = b[s]!;
  if (!(c >= 65 && c <= 90)) return false;
  for (let i = s + 1; i < e; i++) {
    const d = b[i]!;
    if (!((d >= 65 && d <= 90) || d === 95)) return false;
  }
  return true;
}

function same(b: Buffer, as: number, ae: number, bs: number, be: number): boolean {
  if (as === NONE || bs === NONE) return as === bs;
  if (ae - as !== be - bs) return false;
  for (let i = 0; i < ae - as; i++) if (b[as + i] !== b[bs + i]) return false;
  return true;
}

const zero = (v: number): number => (v === NONE ? 0 : v);

function tupleSize(t: Tuple, protocol: number): number {
  let n = 1 + varintSize(t.srcE - t.srcS) + t.srcE - t.srcS;
  if (t.dstS !== NONE) n += 1 + varintSize(t.dstE - t.dstS) + t.dstE - t.dstS;
  return n + fieldSize(protocol) + fieldSize(t.sport) + fieldSize(t.dport) + fieldSize(t.icmpId) + fieldSize(t.type) + fieldSize(t.code);
}

function writeTuple(out: Buffer, p: number, b: Buffer, t: Tuple, protocol: number): number {
  p = writeBytes(out, p, 0x0a, b, t.srcS, t.srcE);
  if (t.dstS !== NONE) p = writeBytes(out, p, 0x12, b, t.dstS, t.dstE);
  p = writeField(out, p, 0x18, protocol);
  p = writeField(out, p, 0x20, t.sport);
  p = writeField(out, p, 0x28, t.dport);
  p = writeField(out, p, 0x30, t.icmpId);
  p = writeField(out, p, 0x38, t.type);
  return writeField(out, p, 0x40, t.code);
}

function writeVarint(out: Buffer, p: number, v: number): number {
  while (v >= 0x80) {
    out[p++] = (v % 0x80) | 0x80;
    v = Math.floor(v / 0x80);
  }
  out[p++] = v;
  return p;
}

/** a varint field, left out when absent or zero (proto3) */
function writeField(out: Buffer, p: number, tag: number, v: number): number {
  if (v <= 0) return p;
  out[p++] = tag;
  return writeVarint(out, p, v);
}

function writeBytes(out: Buffer, p: number, tag: number, b: Buffer, s: number, e: number): number {
  out[p++] = tag;
  p = writeVarint(out, p, e - s);
  for (let i = s; i < e; i++) out[p++] = b[i]!;
  return p;
}
