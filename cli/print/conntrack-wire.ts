// The CLI's side of StreamConntrack: ConntrackTable bytes decoded by hand into the plain objects the
// printers take (what protobufjs decode + toObject({ longs: Number }) gives: only the fields on the
// wire), and a snapshot row as its `-o json` line — the same text as
// JSON.stringify(pb.Envelope.toObject({ conntrack }, JSON_OPTIONS)), built without protobufjs, since a
// table of 100,000 rows is printed while the agent still sends it.
// test/unit/cli/conntrack-wire.test.ts checks both against protobufjs on captured and edge-case rows.
import type { ConntrackEntry, ConntrackEvent, ConntrackTuple } from '../../proto/index.js';
import { protoName } from './journey.js';

/** What a ConntrackTable message says besides its rows. */
export interface TablePiece {
  netnsName?: string;
  netns?: number;
  /** the stats message's bytes (rare: decoded by the caller with protobufjs) */
  stats?: Uint8Array;
  error?: string;
}

class Reader {
  pos: number;
  constructor(public b: Buffer, start: number, public end: number) {
    this.pos = start;
  }

  /** the same reader on another range (no object per row) */
  reset(b: Buffer, start: number, end: number): this {
    this.b = b;
    this.pos = start;
    this.end = end;
    return this;
  }

  /** uint32 (a longer varint is read whole and cut to 32 bits, as protobufjs does) */
  u32(): number {
    const b = this.b;
    const c0 = b[this.pos]!;
    if (c0 < 0x80) {
      this.pos++;
      return c0;
    }
    let v = 0;
    let shift = 0;
    for (let i = 0; i < 10; i++) {
      const c = b[this.pos++]!;
      if (shift < 32) v += (c & 0x7f) * 2 ** shift;
      if (c < 0x80) return v % 0x100000000;
      shift += 7;
    }
    throw new Error('a varint longer than 10 bytes');
  }

  /** uint64 as a JS number (LongBits.toNumber(true): exact up to 2^53) */
  u64(): number {
    const b = this.b;
    const c0 = b[this.pos]!;
    if (c0 < 0x80) {
      this.pos++;
      return c0;
    }
    let lo = 0;
    let hi = 0;
    let shift = 0;
    for (let i = 0; i < 10; i++) {
      const c = b[this.pos++]!;
      const bits = c & 0x7f;
      if (shift < 28) lo += bits << shift;
      else if (shift === 28) {
        lo += (bits & 0x0f) * 0x10000000;
        hi += bits >>> 4;
      } else hi += bits * 2 ** (shift - 32);
      if (c < 0x80) return (hi % 0x100000000) * 0x100000000 + (lo >>> 0);
      shift += 7;
    }
    throw new Error('a varint longer than 10 bytes');
  }

  int32(): number {
    return this.u32() | 0;
  }

  len(): number {
    const n = this.u32();
    if (this.pos + n > this.end) throw new Error('a length past the end of the message');
    return n;
  }

  str(): string {
    const n = this.len();
    const s = this.b.toString('utf8', this.pos, this.pos + n);
    this.pos += n;
    return s;
  }

  skip(wire: number): void {
    switch (wire) {
      case 0: this.u64(); break;
      case 1: this.pos += 8; break;
      case 2: { const n = this.len(); this.pos += n; break; } // len() moves pos: read it first
      case 5: this.pos += 4; break;
      default: throw new Error(`wire type ${wire} is not supported`);
    }
  }
}

function tuple(r: Reader, end: number): ConntrackTuple {
  const t: ConntrackTuple = {};
  while (r.pos < end) {
    const tag = r.u32();
    switch (tag) {
      case 10: t.src = r.str(); break;
      case 18: t.dst = r.str(); break;
      case 24: t.protocol = r.u32(); break;
      case 32: t.srcPort = r.u32(); break;
      case 40: t.dstPort = r.u32(); break;
      case 48: t.icmpId = r.u32(); break;
      case 56: t.icmpType = r.u32(); break;
      case 64: t.icmpCode = r.u32(); break;
      default: r.skip(tag & 7);
    }
  }
  return t;
}

function entry(r: Reader, end: number): ConntrackEntry {
  const e: ConntrackEntry = {};
  while (r.pos < end) {
    const tag = r.u32();
    switch (tag) {
      case 10: e.id = r.str(); break;
      case 16: e.protocol = r.u32(); break;
      case 26: e.state = r.str(); break;
      case 32: e.timeoutS = r.u32(); break;
      case 42: { const n = r.len(); e.original = tuple(r, r.pos + n); break; }
      case 50: { const n = r.len(); e.reply = tuple(r, r.pos + n); break; }
      case 58: (e.flags ??= []).push(r.str()); break;
      case 64: e.mark = r.u32(); break;
      case 72: e.zone = r.u32(); break;
      case 80: e.use = r.u32(); break;
      case 88: e.origPackets = r.u64(); break;
      case 96: e.origBytes = r.u64(); break;
      case 104: e.replyPackets = r.u64(); break;
      case 112: e.replyBytes = r.u64(); break;
      case 120: e.nat = r.int32(); break;
      default: r.skip(tag & 7);
    }
  }
  return e;
}

function event(r: Reader, end: number): ConntrackEvent {
  const ev: ConntrackEvent = {};
  while (r.pos < end) {
    const tag = r.u32();
    switch (tag) {
      case 8: ev.type = r.int32(); break;
      case 16: ev.timeNs = r.u64(); break;
      case 24: ev.netns = r.u64(); break;
      case 34: ev.netnsName = r.str(); break;
      case 42: { const n = r.len(); ev.entry = entry(r, r.pos + n); break; }
      default: r.skip(tag & 7);
    }
  }
  return ev;
}

/**
 * Walks one ConntrackTable message: its head fields (netns name and inode, stats, error) into piece,
 * and each row's bytes [start, end) to row, in order (the walk goes on at end, whatever row read).
 */
function walkTable<P extends TablePiece>(b: Buffer, piece: P, row: (start: number, end: number) => void): P {
  const r = new Reader(b, 0, b.length);
  while (r.pos < r.end) {
    const tag = r.u32();
    switch (tag) {
      case 10: piece.netnsName = r.str(); break;
      case 16: piece.netns = r.u64(); break;
      case 26: { const n = r.len(); piece.stats = b.subarray(r.pos, r.pos + n); r.pos += n; break; }
      case 34: {
        const n = r.len();
        const start = r.pos;
        row(start, start + n);
        r.pos = start + n;
        break;
      }
      case 42: piece.error = r.str(); break;
      default: r.skip(tag & 7);
    }
  }
  if (r.pos !== r.end) throw new Error('a ConntrackTable message cut short');
  return piece;
}

/** the reader walkTable's row callbacks decode a row with (a row is done before the next starts) */
const rowReader = new Reader(Buffer.alloc(0), 0, 0);

/** Decodes one ConntrackTable message: each row to onEntry in order; the rest is returned. */
export function decodeTablePiece(b: Buffer, onEntry: (ev: ConntrackEvent) => void): TablePiece {
  return walkTable(b, {}, (start, end) => onEntry(event(rowReader.reset(b, start, end), end)));
}

// Enum names as the proto3 JSON mapping writes them (a number when the name is unknown)
const EVENT_TYPES = ['CONNTRACK_EVENT_TYPE_UNKNOWN', 'CONNTRACK_EVENT_TYPE_NEW', 'CONNTRACK_EVENT_TYPE_UPDATE', 'CONNTRACK_EVENT_TYPE_DESTROY', 'CONNTRACK_EVENT_TYPE_SNAPSHOT'];
const NAT_KINDS = ['NAT_KIND_UNKNOWN', 'NAT_KIND_SNAT', 'NAT_KIND_DNAT'];
const enumJson = (names: string[], v: number) => (names[v] !== undefined ? `"${names[v]}"` : String(v));

/** JSON.stringify of a string, without the call for the usual plain ASCII */
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;
const q = (s: string): string => (NEEDS_ESCAPE.test(s) ? JSON.stringify(s) : `"${s}"`);

function tupleJson(t: ConntrackTuple): string {
  let s = '';
  if (t.src != null) s += `,"src":${q(t.src)}`;
  if (t.dst != null) s += `,"dst":${q(t.dst)}`;
  if (t.protocol != null) s += `,"protocol":${t.protocol}`;
  if (t.srcPort != null) s += `,"srcPort":${t.srcPort}`;
  if (t.dstPort != null) s += `,"dstPort":${t.dstPort}`;
  if (t.icmpId != null) s += `,"icmpId":${t.icmpId}`;
  if (t.icmpType != null) s += `,"icmpType":${t.icmpType}`;
  if (t.icmpCode != null) s += `,"icmpCode":${t.icmpCode}`;
  return `{${s.slice(1)}}`;
}

function entryJson(e: ConntrackEntry): string {
  let s = '';
  if (e.id != null) s += `,"id":${q(e.id)}`;
  if (e.protocol != null) s += `,"protocol":${e.protocol}`;
  if (e.state != null) s += `,"state":${q(e.state)}`;
  if (e.timeoutS != null) s += `,"timeoutS":${e.timeoutS}`;
  if (e.original != null) s += `,"original":${tupleJson(e.original)}`;
  if (e.reply != null) s += `,"reply":${tupleJson(e.reply)}`;
  if (e.flags && e.flags.length) s += `,"flags":[${e.flags.map(q).join(',')}]`;
  if (e.mark != null) s += `,"mark":${e.mark}`;
  if (e.zone != null) s += `,"zone":${e.zone}`;
  if (e.use != null) s += `,"use":${e.use}`;
  if (e.origPackets != null) s += `,"origPackets":${e.origPackets}`;
  if (e.origBytes != null) s += `,"origBytes":${e.origBytes}`;
  if (e.replyPackets != null) s += `,"replyPackets":${e.replyPackets}`;
  if (e.replyBytes != null) s += `,"replyBytes":${e.replyBytes}`;
  if (e.nat != null) s += `,"nat":${enumJson(NAT_KINDS, e.nat)}`;
  return `{${s.slice(1)}}`;
}

/** A conntrack row as its `-o json` line (no newline): {"conntrack":{…}} in the proto3 JSON mapping. */
export function conntrackJsonLine(ev: ConntrackEvent): string {
  let s = '';
  if (ev.type != null) s += `,"type":${enumJson(EVENT_TYPES, ev.type)}`;
  if (ev.timeNs != null) s += `,"timeNs":${ev.timeNs}`;
  if (ev.netns != null) s += `,"netns":${ev.netns}`;
  if (ev.netnsName != null) s += `,"netnsName":${q(ev.netnsName)}`;
  if (ev.entry != null) s += `,"entry":${entryJson(ev.entry)}`;
  return `{"conntrack":{${s.slice(1)}}}`;
}


/**
 * Writes `-o json` lines for the rows of ConntrackTable messages straight from their bytes into a
 * byte buffer: no object and no string per row. It takes the shape the agent writes (fields in number
 * order, each once, flags together, strings of printable ASCII without quotes or backslashes); a row
 * of any other shape is decoded into objects and printed by conntrackJsonLine, so the text is the same.
 */
export class JsonLineWriter {
  private out = Buffer.allocUnsafe(0);
  private pos = 0;
  /** the wire bytes of the last row's fields 1-4 and their JSON, reused while rows share them */
  private prefixWire = Buffer.alloc(0);
  private prefixJson = Buffer.alloc(0);
  private readonly reader = new Reader(Buffer.alloc(0), 0, 0);

  /** Decodes a ConntrackTable message; its rows' lines are in take(), the rest is returned. */
  piece(b: Buffer): TablePiece {
    this.reserve(b.length * 5 + 4096);
    return walkTable(b, {}, (start, end) => {
      const mark = this.pos;
      if (!this.row(b, start, end)) {
        this.pos = mark;
        const line = conntrackJsonLine(event(rowReader.reset(b, start, end), end));
        this.reserve(line.length * 3 + 1);
        this.pos += this.out.write(line, this.pos, 'utf8');
        this.out[this.pos++] = 10;
      }
    });
  }

  /** the lines written since the last take() */
  take(): Buffer {
    const done = this.out.subarray(0, this.pos);
    this.out = Buffer.allocUnsafe(0);
    this.pos = 0;
    return done;
  }

  private reserve(n: number): void {
    if (this.pos + n <= this.out.length) return;
    const bigger = Buffer.allocUnsafe(Math.max(this.out.length * 2, this.pos + n, 64 * 1024));
    this.out.copy(bigger, 0, 0, this.pos);
    this.out = bigger;
  }

  private ascii(s: string): void {
    const out = this.out;
    let p = this.pos;
    for (let i = 0; i < s.length; i++) out[p++] = s.charCodeAt(i);
    this.pos = p;
  }

  private uint(v: number): void {
    if (v < 10) {
      this.out[this.pos++] = 48 + v;
      return;
    }
    this.ascii(String(v));
  }

  /** a JSON string from wire bytes, when they need no escaping; false otherwise */
  private str(b: Buffer, s: number, e: number): boolean {
    const out = this.out;
    let p = this.pos;
    out[p++] = 34;
    for (let i = s; i < e; i++) {
      const c = b[i]!;
      if (c < 0x20 || c > 0x7e || c === 34 || c === 92) return false;
      out[p++] = c;
    }
    out[p++] = 34;
    this.pos = p;
    return true;
  }

  /** one row's line, or false (the caller rewinds) when it is not of the agent's shape */
  private row(b: Buffer, s: number, e: number): boolean {
    const r = this.reader.reset(b, s, e);
    // fields 1-4 (type, time, netns, name): the same bytes as the last row's, usually
    const pw = this.prefixWire;
    if (pw.length && s + pw.length < e && b[s + pw.length] === 42 && sameBytes(pw, b, s, s + pw.length)) {
      r.pos = s + pw.length + 1;
      return this.rowAfterPrefix(b, r, e, s + pw.length);
    }
    let entryAt = -1;
    let last = 0;
    while (r.pos < e) {
      const at = r.pos;
      const tag = r.u32();
      const field = tag >>> 3;
      if (field <= last || field > 5) return false;
      last = field;
      if (field === 5) {
        if (tag !== 42) return false;
        entryAt = at;
        break;
      }
      r.skip(tag & 7);
    }
    const prefixEnd = entryAt >= 0 ? entryAt : e;
    if (!sameBytes(this.prefixWire, b, s, prefixEnd)) {
      const ev = event(new Reader(b, s, prefixEnd), prefixEnd);
      const json = conntrackJsonLine(ev); // {"conntrack":{…}}
      this.prefixWire = Buffer.from(b.subarray(s, prefixEnd));
      this.prefixJson = Buffer.from(json.slice(0, -2), 'utf8'); // without the closing braces
    }
    if (entryAt < 0) {
      this.reserve(this.prefixJson.length + 8);
      this.out.set(this.prefixJson, this.pos);
      this.pos += this.prefixJson.length;
      this.ascii('}}\n');
      return true;
    }
    return this.rowAfterPrefix(b, r, e, entryAt);
  }

  /** the line from the cached head on; r is just past the entry's tag */
  private rowAfterPrefix(b: Buffer, r: Reader, e: number, entryAt: number): boolean {
    this.reserve(this.prefixJson.length + (e - entryAt) * 10 + 256); // a two-byte field can become ',"origPackets":1'
    // set(), not Buffer#copy: copy makes a view object of the source on every call (a row's worth of garbage)
    this.out.set(this.prefixJson, this.pos);
    this.pos += this.prefixJson.length;
    const n = r.len();
    if (r.pos + n !== e) return false;
    this.ascii(this.prefixJson.length > 14 ? ',"entry":{' : '"entry":{');
    if (!this.entry(b, r, e)) return false;
    this.ascii('}}}\n');
    return true;
  }

  private entry(b: Buffer, r: Reader, end: number): boolean {
    let last = 0;
    let first = true;
    let inFlags = false;
    while (r.pos < end) {
      const tag = r.u32();
      const field = tag >>> 3;
      if (inFlags && field !== 7) {
        this.out[this.pos++] = 93; // ]
        inFlags = false;
      }
      if (field === 7 && last === 7) {
        if (tag !== 58) return false;
        const n = r.len();
        this.out[this.pos++] = 44;
        if (!this.str(b, r.pos, r.pos + n)) return false;
        r.pos += n;
        continue;
      }
      if (field <= last) return false;
      last = field;
      if (!first) this.out[this.pos++] = 44; // ,
      first = false;
      const name = ENTRY_KEYS[field];
      const wire = ENTRY_WIRE[field];
      if (name === undefined || (tag & 7) !== wire) return false;
      this.ascii(name);
      switch (field) {
        case 1: case 3: {
          const n = r.len();
          if (!this.str(b, r.pos, r.pos + n)) return false;
          r.pos += n;
          break;
        }
        case 5: case 6: {
          const n = r.len();
          if (!this.tuple(b, r, r.pos + n)) return false;
          break;
        }
        case 7: {
          const n = r.len();
          this.out[this.pos++] = 91; // [
          if (!this.str(b, r.pos, r.pos + n)) return false;
          r.pos += n;
          inFlags = true;
          break;
        }
        case 11: case 12: case 13: case 14: this.uint(r.u64()); break;
        case 15: {
          const v = r.int32();
          this.ascii(enumJson(NAT_KINDS, v));
          break;
        }
        default: this.uint(r.u32());
      }
    }
    if (inFlags) this.out[this.pos++] = 93;
    return r.pos === end;
  }

  private tuple(b: Buffer, r: Reader, end: number): boolean {
    this.out[this.pos++] = 123; // {
    let last = 0;
    while (r.pos < end) {
      const tag = r.u32();
      const field = tag >>> 3;
      if (field <= last) return false;
      const name = TUPLE_KEYS[field];
      if (name === undefined || (tag & 7) !== (field <= 2 ? 2 : 0)) return false;
      if (last !== 0) this.out[this.pos++] = 44;
      last = field;
      this.ascii(name);
      if (field <= 2) {
        const n = r.len();
        if (!this.str(b, r.pos, r.pos + n)) return false;
        r.pos += n;
      } else this.uint(r.u32());
    }
    this.out[this.pos++] = 125; // }
    return r.pos === end;
  }
}

const ENTRY_KEYS: Array<string | undefined> = [undefined, '"id":', '"protocol":', '"state":', '"timeoutS":', '"original":', '"reply":', '"flags":', '"mark":', '"zone":', '"use":', '"origPackets":', '"origBytes":', '"replyPackets":', '"replyBytes":', '"nat":'];
const ENTRY_WIRE = [-1, 2, 0, 2, 0, 2, 2, 2, 0, 0, 0, 0, 0, 0, 0, 0];
const TUPLE_KEYS: Array<string | undefined> = [undefined, '"src":', '"dst":', '"protocol":', '"srcPort":', '"dstPort":', '"icmpId":', '"icmpType":', '"icmpCode":'];

function sameBytes(a: Buffer, b: Buffer, s: number, e: number): boolean {
  if (a.length !== e - s) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[s + i]) return false;
  return true;
}

/** What the table view's first pass takes from a ConntrackTable message: its rows' count, NAT'd rows, the widths they need. */
export interface MeasuredPiece extends TablePiece {
  rows: number;
  nat: number;
}

const digits = (v: number): number => (v < 10 ? 1 : String(v).length);

/** the bytes are ASCII (then a string of them has as many characters as bytes) */
function asciiOnly(b: Buffer, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (b[i]! > 0x7f) return false;
  return true;
}

/**
 * The length of describeTuple() of the tuple in b[r.pos, end), or -1 when it is not plain ASCII
 * strings and varints (the caller then decodes the row). Fields in any order, the last one winning.
 */
function tupleWidth(r: Reader, end: number): number {
  const b = r.b;
  let src = -1;
  let dst = -1;
  let protocol = 0;
  let srcPort = 0;
  let dstPort = 0;
  let icmpId = 0;
  while (r.pos < end) {
    const tag = r.u32();
    switch (tag) {
      case 10: case 18: {
        const n = r.len();
        if (!asciiOnly(b, r.pos, r.pos + n)) return -1;
        if (tag === 10) src = n;
        else dst = n;
        r.pos += n;
        break;
      }
      case 24: protocol = r.u32(); break;
      case 32: srcPort = r.u32(); break;
      case 40: dstPort = r.u32(); break;
      case 48: icmpId = r.u32(); break;
      default: r.skip(tag & 7);
    }
  }
  if (r.pos !== end) return -1;
  // endpoint(): `${addr}:${port}` when there is a port (an absent addr prints as 'undefined'), else addr ?? '?'
  const endpoint = (addr: number, port: number) => (port ? (addr < 0 ? 9 : addr) + 1 + digits(port) : addr < 0 ? 1 : addr);
  return endpoint(src, srcPort) + 3 + endpoint(dst, dstPort) + (protocol === 1 ? 4 + digits(icmpId) : 0);
}

/**
 * The table view's first pass over a ConntrackTable message, from its bytes: each row's cells'
 * widths as conntrackCells() makes them (PROTO, STATE, ORIGINAL, REPLY, NAT, TIMEOUT; FLAGS, the last
 * column, is never padded) grown into `widths`, without an object or a string per row. A row of
 * another shape (non-ASCII text, a truncated field) goes to `odd` decoded, for the caller to measure.
 */
export function measureTablePiece(b: Buffer, widths: number[], odd: (ev: ConntrackEvent) => void): MeasuredPiece {
  const piece: MeasuredPiece = { rows: 0, nat: 0 };
  return walkTable(b, piece, (start, end) => {
    piece.rows++;
    const nat = measureRow(rowReader.reset(b, start, end), end, widths);
    if (nat < 0) odd(event(rowReader.reset(b, start, end), end));
    else if (nat === 1 || nat === 2) piece.nat++;
  });
}

/** one ConntrackEvent's widths into `widths`; returns its NAT kind, or -1 (nothing grown) when the caller must decode it */
function measureRow(r: Reader, end: number, widths: number[]): number {
  const b = r.b;
  let entry = -1;
  let entryEnd = -1;
  while (r.pos < end) {
    const tag = r.u32();
    if (tag === 42) {
      const n = r.len();
      entry = r.pos;
      entryEnd = r.pos + n;
      r.pos += n;
    } else r.skip(tag & 7);
  }
  if (r.pos !== end) return -1;
  let protocol = 0;
  let state = -1;
  let timeout = 0;
  let original = -1;
  let reply = -1;
  let nat = 0;
  if (entry >= 0) {
    r.pos = entry;
    while (r.pos < entryEnd) {
      const tag = r.u32();
      switch (tag) {
        case 16: protocol = r.u32(); break;
        case 26: {
          const n = r.len();
          if (!asciiOnly(b, r.pos, r.pos + n)) return -1;
          state = n;
          r.pos += n;
          break;
        }
        case 32: timeout = r.u32(); break;
        case 42: case 50: {
          const n = r.len();
          const w = tupleWidth(r, r.pos + n);
          if (w < 0) return -1;
          if (tag === 42) original = w;
          else reply = w;
          break;
        }
        case 120: nat = r.int32(); break;
        default: r.skip(tag & 7);
      }
    }
    if (r.pos !== entryEnd) return -1;
  }
  const cells = [protoName(protocol).length, state > 0 ? state : 1, original < 0 ? 1 : original, reply < 0 ? 1 : reply, nat === 1 || nat === 2 ? 4 : 1, timeout ? digits(timeout) + 1 : 1];
  for (let i = 0; i < cells.length; i++) if (cells[i]! > widths[i]!) widths[i] = cells[i]!;
  return nat;
}
