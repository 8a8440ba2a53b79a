// Kernel code addresses → function names, from /proc/kallsyms (root sees the real addresses), for
// kfree_skb's `location` (what bpftrace's ksym() does). Kernel text lives in the top 4 GiB of the
// address space (0xffffffff8…, modules above it), so the table keeps the low 32 bits only.
//
// The table is compact because the agent holds it for its whole run: the names of ~120,000 text
// symbols as one latin1 byte buffer with offsets (a name becomes a string only when an address is
// looked up), parsed from the file's bytes without a string per line. Read as one string with a
// string per symbol, it cost the agent ~48 MB of resident memory.
import { closeSync, openSync, readSync } from 'node:fs';
import type { Symbolizer } from './loader/binary.js';

export interface SymbolTable {
  /** low 32 bits of each text symbol's address, ascending */
  addrs: Uint32Array;
  /** the names, in address order: name i is bytes nameAt[i] … nameAt[i + 1] of nameBytes */
  nameBytes: Buffer;
  nameAt: Uint32Array;
}

const EMPTY: SymbolTable = { addrs: new Uint32Array(0), nameBytes: Buffer.alloc(0), nameAt: new Uint32Array(1) };

function hexDigit(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  c |= 0x20;
  return c >= 0x61 && c <= 0x66 ? c - 0x61 + 10 : -1;
}

/**
 * Collects the text symbols (t, T, w, W) in the top 4 GiB from whole lines of kallsyms, copying each
 * kept name at once, so the input can be a reused read buffer.
 */
class Collector {
  private keys = new Float64Array(1 << 17); // (address, arrival index) packed so a native sort orders them
  private at = new Uint32Array((1 << 17) + 1); // name i is bytes at[i] … at[i + 1] of raw
  private raw = Buffer.allocUnsafe(1 << 22);
  private n = 0;

  /** Takes the whole lines in b[start, end) (each ends with a newline, or at end). */
  lines(b: Buffer, start: number, end: number): void {
    while (start < end) {
      let eol = b.indexOf(0x0a, start);
      if (eol < 0 || eol > end) eol = end;
      this.line(b, start, eol);
      start = eol + 1;
    }
  }

  // "ffffffff820701c0 T ping_rcv" or "ffffffffc0a01000 t foo\t[mod]"
  private line(b: Buffer, start: number, end: number): void {
    if (end - start <= 19 || b.readUInt32BE(start) !== 0x66666666 || b.readUInt32BE(start + 4) !== 0x66666666) return;
    const type = b[start + 17]! | 0x20; // lower-case
    if (type !== 0x74 /* t */ && type !== 0x77 /* w */) return;
    let addr = 0;
    for (let i = start + 8; i < start + 16; i++) {
      const d = hexDigit(b[i]!);
      if (d < 0) return;
      addr = addr * 16 + d;
    }
    let nameEnd = start + 19; // up to "\t[module]" after a module's symbols, or the line's end
    while (nameEnd < end && b[nameEnd] !== 0x09) nameEnd++;
    const n = this.n;
    if (n === 0x100000) throw new Error('kallsyms has more text symbols than this table holds (1,048,576)');
    if (n === this.keys.length) {
      const keys = new Float64Array(n * 2);
      keys.set(this.keys);
      this.keys = keys;
      const at = new Uint32Array(n * 2 + 1);
      at.set(this.at);
      this.at = at;
    }
    const from = this.at[n]!;
    const len = nameEnd - (start + 19);
    if (from + len > this.raw.length) {
      const raw = Buffer.allocUnsafe(Math.max(this.raw.length * 2, from + len));
      this.raw.copy(raw, 0, 0, from);
      this.raw = raw;
    }
    b.copy(this.raw, from, start + 19, nameEnd);
    this.at[n + 1] = from + len;
    this.keys[n] = addr * 0x100000 + n; // 32 + 20 bits: exact in a double
    this.n = n + 1;
  }

  /** The table, sorted by address (symbols at one address in file order). */
  table(): SymbolTable {
    const n = this.n;
    const sorted = this.keys.subarray(0, n).sort();
    const addrs = new Uint32Array(n);
    const nameAt = new Uint32Array(n + 1);
    const nameBytes = Buffer.allocUnsafe(this.at[n]!);
    let to = 0;
    for (let i = 0; i < n; i++) {
      const k = sorted[i]!;
      const idx = k % 0x100000;
      addrs[i] = (k - idx) / 0x100000;
      nameAt[i] = to;
      to += this.raw.copy(nameBytes, to, this.at[idx]!, this.at[idx + 1]!);
    }
    nameAt[n] = to;
    return { addrs, nameBytes, nameAt };
  }
}

/** Parses kallsyms (bytes or text): the text symbols (t, T, w, W) in the top 4 GiB, sorted by address. */
export function parseKallsyms(input: Buffer | string): SymbolTable {
  const b = typeof input === 'string' ? Buffer.from(input, 'latin1') : input;
  const c = new Collector();
  c.lines(b, 0, b.length);
  return c.table();
}

/** Reads and parses a kallsyms file through one 256 KiB buffer (the file is ~5 MB; procfs gives no size). */
export function readKallsyms(path = '/proc/kallsyms'): SymbolTable {
  const fd = openSync(path, 'r');
  try {
    const c = new Collector();
    const buf = Buffer.allocUnsafe(1 << 18);
    let have = 0;
    for (;;) {
      const got = readSync(fd, buf, have, buf.length - have, null);
      if (got === 0) break;
      have += got;
      const last = buf.lastIndexOf(0x0a, have - 1);
      if (last < 0) {
        if (have === buf.length) throw new Error(`${path} has a line longer than ${buf.length} bytes`);
        continue;
      }
      c.lines(buf, 0, last + 1);
      buf.copy(buf, 0, last + 1, have);
      have -= last + 1;
    }
    c.lines(buf, 0, have);
    return c.table();
  } finally {
    closeSync(fd);
  }
}

/** Name i of the table. */
export function nameOf(table: SymbolTable, i: number): string {
  return table.nameBytes.toString('latin1', table.nameAt[i]!, table.nameAt[i + 1]!);
}

/** Every name, in address order (for tests and tools; the agent looks names up one at a time). */
export function names(table: SymbolTable): string[] {
  return Array.from({ length: table.addrs.length }, (_, i) => nameOf(table, i));
}

/** The function containing an address, or "" when it is outside the table (or kallsyms hid it). */
export function lookup(table: SymbolTable, hi: number, lo: number): string {
  if (hi !== 0xffffffff || !table.addrs.length || lo < table.addrs[0]!) return '';
  let a = 0, b = table.addrs.length - 1;
  while (a < b) {
    const m = (a + b + 1) >>> 1;
    if (table.addrs[m]! <= lo) a = m;
    else b = m - 1;
  }
  return nameOf(table, a);
}

/** A cached symbolizer over /proc/kallsyms; addresses show as 0x… hex when the table has none (no root, kptr_restrict). */
export function kallsymsSymbolizer(path = '/proc/kallsyms'): Symbolizer {
  let table: SymbolTable;
  try {
    table = readKallsyms(path);
    // without privilege every address reads as 0: the table then says nothing
    if (table.addrs.length && table.addrs[table.addrs.length - 1] === 0) table = EMPTY;
  } catch {
    table = EMPTY;
  }
  const cache = new Map<number, string>();
  return (hi, lo) => {
    if (hi === 0xffffffff) {
      let s = cache.get(lo);
      if (s === undefined) {
        s = lookup(table, hi, lo) || `0x${hi.toString(16)}${lo.toString(16).padStart(8, '0')}`;
        if (cache.size < 65536) cache.set(lo, s);
      }
      return s;
    }
    return hi || lo ? `0x${hi.toString(16)}${lo.toString(16).padStart(8, '0')}` : '';
  };
}
