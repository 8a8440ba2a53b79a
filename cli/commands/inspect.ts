// `netscope inspect FILE`: what a recording holds, and whether it is whole.
import { kindOf } from '../../agent/record/envelope-info.js';
import { RecordingReader, type ReadEnd } from '../../agent/record/reader.js';
import { UserError } from '../../agent/util/errors.js';
import { ProbeSet, ProbeState } from '../../proto/index.js';
import { parseFlags, type Command } from '../command.js';
import { clock } from '../print/envelope.js';

const help = `usage: netscope inspect FILE [-o text|json]

Describes a recording without replaying it: the header (format and schema version, netscope
version, host, kernel, probe sets, start time, clock offset, target netns, filter), the snapshots
taken at the start (per netns: conntrack entries, qdiscs, rules, addresses, routes, and any tool
that could not run), the number of events of each kind, the time range, and whether the file is
whole. Every frame's CRC32 is checked; a file that is cut off or corrupt is described up to where
it stops, with the byte offset and the reason. Needs no root.

options:
  -o, --output FMT   text (default) or json
  -h, --help         this help

exit status: 0 whole, 3 cut off, 4 corrupt, 2 not a recording this netscope reads.`;

export interface InspectResult {
  file: string;
  formatVersion: number;
  header: Record<string, unknown>;
  snapshots: Array<{ netns: string; conntrack: number; qdiscs: string[]; iptablesRules: number; nftBytes: number; addresses: number; routes: number; errors: string[] }>;
  kinds: Record<string, number>;
  events: number;
  batches: number;
  firstTimeNs: number;
  lastTimeNs: number;
  whole: boolean;
  footer?: { reason: string; nextPart: string; lost: number; indexed: number };
  stoppedAt?: number;
  why?: string;
  corrupt?: boolean;
}

const jsonCount = (text: string | null | undefined) => {
  try {
    const v = JSON.parse(text || '[]') as unknown;
    return Array.isArray(v) ? v.length : 0;
  } catch {
    return 0;
  }
};

export function inspectFile(file: string): InspectResult {
  const r = RecordingReader.open(file);
  try {
    const kinds: Record<string, number> = {};
    let first = 0;
    let last = 0;
    for (const { batch } of r.batches()) {
      for (const env of batch.envelopes) {
        const k = kindOf(env);
        kinds[k] = (kinds[k] ?? 0) + 1;
      }
      const f = Number(batch.firstTimeNs ?? 0);
      const l = Number(batch.lastTimeNs ?? 0);
      if (f && (!first || f < first)) first = f;
      if (l > last) last = l;
    }
    const end = r.end as ReadEnd;
    const h = r.header;
    return {
      file,
      formatVersion: r.formatVersion,
      header: {
        formatVersion: h.formatVersion, schemaVersion: h.schemaVersion, netscopeVersion: h.netscopeVersion, hostname: h.hostname,
        kernelRelease: h.kernelRelease, startTimeNs: h.startTimeNs, monoToWallOffsetNs: h.monoToWallOffsetNs, netns: h.netns,
        filter: h.filter, part: h.part, recordingId: h.recordingId, command: h.command,
        probeSets: (h.probeSets ?? []).map((s) => ({ set: ProbeSet[s.set ?? 0], state: ProbeState[s.state ?? 0], reason: s.reason || undefined })),
      },
      snapshots: r.snapshots.map((s) => ({
        netns: s.netnsName ?? '',
        conntrack: (s.conntrack ?? []).length,
        qdiscs: (s.qdiscs ?? []).map((q) => `${q.dev} ${q.kind} ${q.handle ?? ''}`.trim()),
        iptablesRules: (s.iptablesSave ?? '').split('\n').filter((l) => l.startsWith('-A ')).length,
        nftBytes: (s.nftRuleset ?? '').length,
        addresses: jsonCount(s.ipAddrJson),
        routes: jsonCount(s.ipRouteJson),
        errors: s.errors ?? [],
      })),
      kinds,
      events: end.events,
      batches: end.batches,
      firstTimeNs: first,
      lastTimeNs: last,
      whole: end.whole,
      footer: end.whole && r.footer ? { reason: r.footer.reason ?? '', nextPart: r.footer.nextPart ?? '', lost: Number(r.footer.lost ?? 0), indexed: (r.footer.index ?? []).length } : undefined,
      stoppedAt: end.whole ? undefined : end.offset,
      why: end.reason,
      corrupt: end.corrupt,
    };
  } finally {
    r.close();
  }
}

const iso = (ns: number | null | undefined) => (ns ? new Date(Number(ns) / 1e6).toISOString() : '-');

export function inspectText(x: InspectResult): string {
  const h = x.header as Record<string, unknown> & { probeSets: Array<{ set: string; state: string; reason?: string }> };
  const lines = [
    `file        ${x.file}`,
    `format      version ${x.formatVersion}, schema netscope.v${String(h.schemaVersion)}, written by netscope ${String(h.netscopeVersion)}`,
    `host        ${String(h.hostname)}, kernel ${String(h.kernelRelease)}`,
    `started     ${iso(h.startTimeNs as number)} (monotonic + ${String(h.monoToWallOffsetNs)} ns = wall)`,
    `netns       ${((h.netns as string[]) ?? []).join(', ') || '-'}`,
    `filter      ${String(h.filter || 'none')}`,
    `part        ${String(h.part ?? 0)} of recording ${String(h.recordingId)}`,
    `probe sets  ${h.probeSets.map((s) => `${s.set.replace('PROBE_SET_', '').toLowerCase()} ${s.state.replace('PROBE_STATE_', '').toLowerCase()}${s.reason ? ` (${s.reason})` : ''}`).join('; ') || '-'}`,
    `snapshots   ${x.snapshots.length ? '' : 'none'}`,
    ...x.snapshots.map((s) => `  ${s.netns}: ${s.conntrack} conntrack entries; qdiscs ${s.qdiscs.join(', ') || '-'}; ${s.iptablesRules} iptables rules; nft ruleset ${s.nftBytes} bytes; ${s.addresses} interfaces; ${s.routes} routes${s.errors.length ? `; could not run: ${s.errors.join('; ')}` : ''}`),
    `events      ${x.events} in ${x.batches} batches`,
    ...Object.entries(x.kinds).map(([k, n]) => `  ${k.padEnd(15)} ${n}`),
    `time range  ${x.firstTimeNs ? `${iso(x.firstTimeNs)} .. ${iso(x.lastTimeNs)} (${((x.lastTimeNs - x.firstTimeNs) / 1e9).toFixed(3)} s, ${clock(x.firstTimeNs)} .. ${clock(x.lastTimeNs)} local)` : '-'}`,
    x.whole
      ? `whole       yes: footer intact (closed: ${x.footer?.reason}${x.footer?.nextPart ? `, continues in ${x.footer.nextPart}` : ''}; ${x.footer?.indexed} batches indexed; ${x.footer?.lost} events reported lost)`
      : `whole       no: ${x.corrupt ? 'corrupt' : 'cut off'} at byte ${x.stoppedAt}: ${x.why}`,
  ];
  return lines.join('\n');
}

export const inspect: Command = {
  name: 'inspect',
  help,
  async run(argv) {
    const { values, positionals } = parseFlags('inspect', argv, { output: { type: 'string', short: 'o' } }, true);
    if (positionals.length !== 1) throw new UserError(`netscope inspect: give exactly one recording file; see 'netscope inspect --help'.`);
    const fmt = values.output ?? 'text';
    if (fmt !== 'text' && fmt !== 'json') throw new UserError(`netscope inspect: -o takes text or json, not '${fmt}'.`);
    const x = inspectFile(positionals[0]!);
    process.stdout.write((fmt === 'json' ? JSON.stringify(x) : inspectText(x)) + '\n');
    return x.whole ? 0 : x.corrupt ? 4 : 3;
  },
};
