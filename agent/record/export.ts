// Export of a recording's envelopes: JSON lines (the proto3 JSON mapping, as `-o json` prints) or pcapng.
import { HopKind, Hook, NatKind, type Envelope, type Hop, type Journey, type PacketEvent } from '../../proto/index.js';
import { PcapngBuilder } from './pcapng.js';

const hookName = (h: number | null | undefined) => (h ? (Hook[h] ?? '').replace('HOOK_', '') : '');
const kindName = (k: number | null | undefined) => (k ? (HopKind[k] ?? '').replace('HOP_KIND_', '').toLowerCase() : 'unknown');

function ifaceOf(netnsName: string, netns: number | null | undefined, ifname: string | null | undefined, hook: number | null | undefined): { name: string; description: string } {
  const ns = netnsName || (netns ? String(netns) : 'netns?');
  const dev = ifname || (hook ? hookName(hook) : 'nodev');
  return { name: `${ns}/${dev}`, description: ifname ? `device ${ifname} in netns ${ns}` : `netfilter hook ${dev} in netns ${ns} (no device)` };
}

/** The packet comment of one hop: where, which hook, what NAT did, which journey. */
export function hopComment(hop: Hop, journey?: Journey): string {
  const parts = [`${hop.netnsName || hop.netns || '-'} ${hop.ifname || '-'} ${kindName(hop.kind)}`];
  if (hop.hook) parts.push(`hook ${hookName(hop.hook)}`);
  if (hop.nat) {
    const n = hop.nat;
    const what = n.kind === NatKind.NAT_KIND_SNAT ? 'SNAT src' : n.kind === NatKind.NAT_KIND_DNAT ? 'DNAT dst' : 'NAT';
    parts.push(`${what} ${n.from}${n.fromPort ? `:${n.fromPort}` : ''} -> ${n.to}${n.toPort ? `:${n.toPort}` : ''}${n.reverse ? ' (reverse)' : ''} at ${hookName(n.hook)}`);
  }
  if (hop.dropReason) parts.push(`drop ${hop.dropReason}`);
  if (hop.qdisc) parts.push(`qdisc ${hop.qdisc}`);
  if (journey) parts.push(`journey ${journey.id}${journey.skb ? ` skb ${journey.skb}` : ''}`);
  return parts.join('; ');
}

export function packetComment(p: PacketEvent): string {
  const parts = [`${p.netnsName || p.netns || '-'} ${p.ifname || '-'} ${kindName(p.kind)}`];
  if (p.hook) parts.push(`hook ${hookName(p.hook)}`);
  if (p.dropReason) parts.push(`drop ${p.dropReason}`);
  if (p.qdisc) parts.push(`qdisc ${p.qdisc}`);
  if (p.skb) parts.push(`skb ${p.skb}`);
  return parts.join('; ');
}

/**
 * Adds the packet sightings of one envelope to a pcapng. Journeys give one packet per hop with
 * headers (their hops carry the NAT); a file without journeys (recorded with packets only) gives one
 * per packet event instead — `preferJourneys` says which, so a sighting is never written twice.
 */
export function addToPcapng(b: PcapngBuilder, env: Envelope, preferJourneys: boolean): number {
  let n = 0;
  if (preferJourneys && env.journey) {
    const j = env.journey;
    for (const hop of j.hops ?? []) {
      if (!hop.headers) continue;
      const t = (j.startTimeNs ?? 0) + ((hop.monoNs ?? 0) - (j.startMonoNs ?? 0));
      const i = ifaceOf(hop.netnsName ?? '', hop.netns, hop.ifname, hop.hook);
      b.packet(i.name, i.description, t, hop.headers, hopComment(hop, j));
      n++;
    }
  } else if (!preferJourneys && env.packet?.headers) {
    const p = env.packet;
    const i = ifaceOf(p.netnsName ?? '', p.netns, p.ifname, p.hook);
    b.packet(i.name, i.description, p.timeNs ?? 0, p.headers!, packetComment(p));
    n++;
  }
  return n;
}
