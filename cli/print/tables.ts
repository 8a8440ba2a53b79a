// Conntrack and qdisc rows as aligned text tables.
import { ConntrackEventType, NatKind, type ConntrackEvent, type QdiscSample } from '../../proto/index.js';
import { describeTuple, protoName } from './journey.js';
import type { Style } from './style.js';

export function table(rows: string[][], style: Style): string[] {
  if (!rows.length) return [];
  const widths = rows[0]!.map(() => 0);
  for (const r of rows) growWidths(widths, r);
  return rows.map((r, k) => (k === 0 ? style.bold(tableLine(r, widths)) : tableLine(r, widths)));
}

/** widths: the widest cell so far in each column, grown by this row */
export function growWidths(widths: number[], row: string[]): void {
  for (let i = 0; i < widths.length; i++) {
    const n = (row[i] ?? '').length;
    if (n > widths[i]!) widths[i] = n;
  }
}

/** one row of table(), its cells padded to the columns' widths */
export function tableLine(r: string[], widths: number[]): string {
  return r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!))).join('  ').trimEnd();
}

const EVENT: Record<number, string> = {
  [ConntrackEventType.CONNTRACK_EVENT_TYPE_NEW]: 'NEW',
  [ConntrackEventType.CONNTRACK_EVENT_TYPE_UPDATE]: 'UPDATE',
  [ConntrackEventType.CONNTRACK_EVENT_TYPE_DESTROY]: 'DESTROY',
  [ConntrackEventType.CONNTRACK_EVENT_TYPE_SNAPSHOT]: 'ENTRY',
};

export function conntrackTable(events: ConntrackEvent[], style: Style, withType = false): string[] {
  return table([conntrackHead(withType), ...events.map((e) => conntrackCells(e, withType))], style);
}

/** the conntrack table's header row */
export function conntrackHead(withType = false): string[] {
  return [...(withType ? ['EVENT'] : []), 'PROTO', 'STATE', 'ORIGINAL', 'REPLY', 'NAT', 'TIMEOUT', 'FLAGS'];
}

/** one conntrack row's cells (a table of 100,000s of rows is laid out from these as it arrives) */
export function conntrackCells(e: ConntrackEvent, withType = false): string[] {
  const en = e.entry ?? {};
  const nat = en.nat === NatKind.NAT_KIND_SNAT ? 'SNAT' : en.nat === NatKind.NAT_KIND_DNAT ? 'DNAT' : '';
  return [
    ...(withType ? [EVENT[e.type ?? 0] ?? '?'] : []),
    protoName(en.protocol),
    en.state || '-',
    describeTuple(en.original),
    describeTuple(en.reply),
    nat || '-',
    en.timeoutS ? `${en.timeoutS}s` : '-',
    (en.flags ?? []).join(',') || '-',
  ];
}

export function mbit(bytesPerS: number): string {
  return `${((bytesPerS * 8) / 1e6).toFixed(2)} Mbit/s`;
}

export function qdiscTable(samples: QdiscSample[], style: Style): string[] {
  const head = ['NETNS', 'DEV', 'QDISC', 'RATE (tbf)', 'MEASURED', 'SENT', 'DROPS', 'OVERLIMITS', 'BACKLOG'];
  const rows = samples.map((s) => [
    s.netnsName ?? '',
    s.dev ?? '',
    `${s.kind ?? ''} ${s.handle ?? ''}`.trim(),
    s.tbf?.rateBytesPerS ? mbit(s.tbf.rateBytesPerS) : '-',
    s.intervalS ? mbit(s.bytesPerS ?? 0) : '-',
    `${s.packets ?? 0} pkts`,
    String(s.drops ?? 0),
    String(s.overlimits ?? 0),
    `${s.backlogBytes ?? 0}b ${s.qlen ?? 0}p`,
  ]);
  return table([head, ...rows], style);
}
