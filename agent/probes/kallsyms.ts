// Kernel code addresses → function names, from /proc/kallsyms (root sees the real addresses), for
// kfree_skb's `location` (what bpftrace's ksym() does). Kernel text lives in the top 4 GiB of the
// address space (0xffffffff8…, modules above it), so the table keeps the low 32 bits only.
import { readFileSync } from 'node:fs';
import type { Symbolizer } from './loader/binary.js';

export interface SymbolTable {
  /** low 32 bits of each text symbol's address, ascending */
  addrs: Uint32Array;
  names: string[];
}

/** Parses kallsyms text: the text symbols (t, T, w, W) in the top 4 GiB, sorted by address. */
export function parseKallsyms(text: string): SymbolTable {
  const rows: Array<[number, string]> = [];
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    // "ffffffff820701c0 T ping_rcv" or "ffffffffc0a01000 t foo\t[mod]"
    if (end - start > 19 && text.startsWith('ffffffff', start)) {
      const type = text.charCodeAt(start + 17) | 0x20; // lower-case
      if (type === 0x74 /* t */ || type === 0x77 /* w */) {
        const name = text.slice(start + 19, end);
        const tab = name.indexOf('\t'); // "\t[module]" after a module's symbols
        rows.push([parseInt(text.slice(start + 8, start + 16), 16), tab < 0 ? name : name.slice(0, tab)]);
      }
    }
    start = end + 1;
  }
  rows.sort((a, b) => a[0] - b[0]);
  return { addrs: Uint32Array.from(rows.map((r) => r[0])), names: rows.map((r) => r[1]) };
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
  return table.names[a]!;
}

/** A cached symbolizer over /proc/kallsyms; addresses show as 0x… hex when the table has none (no root, kptr_restrict). */
export function kallsymsSymbolizer(path = '/proc/kallsyms'): Symbolizer {
  let table: SymbolTable;
  try {
    table = parseKallsyms(readFileSync(path, 'latin1'));
    // without privilege every address reads as 0: the table then says nothing
    if (table.addrs.length && table.addrs[table.addrs.length - 1] === 0) table = { addrs: new Uint32Array(0), names: [] };
  } catch {
    table = { addrs: new Uint32Array(0), names: [] };
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
