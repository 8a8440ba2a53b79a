// One printer for every envelope, in each output format the CLI offers. Views know only the schema.
import { ConntrackEventType, HopKind, Hook, LossStage, envelopeToJson, type Envelope } from '../../proto/index.js';
import { describeHeaders, describeNat, describeTuple, formatJourney, protoName, verdictText } from './journey.js';
import type { Style } from './style.js';
import { mbit } from './tables.js';

export const FORMATS = ['compact', 'json', 'journey'] as const;
export type Format = (typeof FORMATS)[number];

const KIND: Record<number, string> = {
  [HopKind.HOP_KIND_XMIT]: 'xmit', [HopKind.HOP_KIND_RECEIVE]: 'rx', [HopKind.HOP_KIND_NETIF_RX]: 'netif_rx',
  [HopKind.HOP_KIND_HOOK_ENTRY]: 'hook-in', [HopKind.HOP_KIND_HOOK_EXIT]: 'hook-out', [HopKind.HOP_KIND_DROP]: 'drop',
  [HopKind.HOP_KIND_QDISC_ENQUEUE]: 'enqueue', [HopKind.HOP_KIND_QDISC_DEQUEUE]: 'dequeue', [HopKind.HOP_KIND_CONSUME]: 'consume',
  [HopKind.HOP_KIND_FUNCTION]: 'call',
};
const CT_EVENT: Record<number, string> = {
  [ConntrackEventType.CONNTRACK_EVENT_TYPE_NEW]: 'NEW', [ConntrackEventType.CONNTRACK_EVENT_TYPE_UPDATE]: 'UPDATE',
  [ConntrackEventType.CONNTRACK_EVENT_TYPE_DESTROY]: 'DESTROY', [ConntrackEventType.CONNTRACK_EVENT_TYPE_SNAPSHOT]: 'ENTRY',
};
const STAGE: Record<number, string> = {
  [LossStage.LOSS_STAGE_KERNEL_BUFFER]: 'kernel buffer', [LossStage.LOSS_STAGE_PROBE_RUNNER]: 'probe runner',
  [LossStage.LOSS_STAGE_AGENT_QUEUE]: 'agent queue', [LossStage.LOSS_STAGE_CLIENT_QUEUE]: 'client queue',
};

/** "15:04:05.123456" in local time, from wall ns */
export function clock(ns: number | null | undefined): string {
  if (!ns) return '--:--:--.------';
  const d = new Date(Math.floor(ns / 1e6));
  const us = String(Math.floor((ns % 1e9) / 1e3)).padStart(6, '0');
  return `${d.toTimeString().slice(0, 8)}.${us}`;
}

/** One line per envelope (journeys: one summary line). */
export function compact(env: Envelope, style: Style): string {
  if (env.packet) {
    const p = env.packet;
    const where = `${p.netnsName || p.netns || '-'} ${p.hook ? Hook[p.hook]!.replace('HOOK_', '') : p.ifname || '-'}`;
    const extra = p.dropReason ? ` ${style.red(p.dropReason)}` : p.qdisc ? ` ${p.qdisc}` : '';
    return `${clock(p.timeNs)} ${(KIND[p.kind ?? 0] ?? '?').padEnd(8)} ${where.padEnd(24)} ${describeHeaders(p.headers)}${extra}`;
  }
  if (env.journey) {
    const j = env.journey;
    const nat = (j.nat ?? []).map(describeNat).join(', ');
    return `${clock(j.startTimeNs)} journey  ${j.id} ${describeHeaders(j.headers)}  ${(j.hops ?? []).length} hops${nat ? `  ${nat}` : ''}  ${verdictText(j)}`;
  }
  if (env.conntrack) {
    const c = env.conntrack;
    const e = c.entry ?? {};
    return `${clock(c.timeNs)} ct ${(CT_EVENT[c.type ?? 0] ?? '?').padEnd(7)} ${c.netnsName || c.netns || '-'} ${protoName(e.protocol)} ${e.state ? `${e.state} ` : ''}orig ${describeTuple(e.original)} reply ${describeTuple(e.reply)}`;
  }
  if (env.conntrackStats) {
    const s = env.conntrackStats;
    return `${clock(s.timeNs)} ct-stats ${s.netnsName || s.netns || '-'} ${s.count ?? 0}/${s.max ?? 0} entries`;
  }
  if (env.qdisc) {
    const q = env.qdisc;
    const rate = q.tbf?.rateBytesPerS ? ` rate ${mbit(q.tbf.rateBytesPerS)}` : '';
    return `${clock(q.timeNs)} qdisc    ${q.netnsName || q.netns || '-'} ${q.dev} ${q.kind} ${q.handle ?? ''}${rate} measured ${mbit(q.bytesPerS ?? 0)} drops ${q.drops ?? 0} overlimits ${q.overlimits ?? 0} backlog ${q.backlogBytes ?? 0}b`;
  }
  if (env.lost) return style.red(`${clock(env.lost.timeNs)} LOST     ${env.lost.count ?? 0} events at the ${STAGE[env.lost.stage ?? 0] ?? 'unknown stage'} (${env.lost.source ?? ''})`);
  if (env.gap) return style.yellow(`${clock(env.gap.fromTimeNs)} GAP      ${env.gap.source}: ${env.gap.toTimeNs ? `until ${clock(env.gap.toTimeNs)}` : 'open'} ${env.gap.reason ?? ''}`);
  if (env.status) return `status   ${env.status.hostname} ${env.status.kernel} events ${env.status.eventsTotal ?? 0} lost ${env.status.lostTotal ?? 0}`;
  return '';
}

/** The text for one envelope in a format, or undefined when the format does not show that kind. */
export function formatEnvelope(env: Envelope, format: Format, style: Style): string | undefined {
  switch (format) {
    case 'json':
      return JSON.stringify(envelopeToJson(env));
    case 'compact':
      return compact(env, style);
    case 'journey':
      return env.journey ? formatJourney(env.journey, style).join('\n') + '\n' : undefined;
  }
}
