// Section 7: are journeys true under load? An agent with every probe set traces an iperf3 TCP flow
// from a pod through the bridge, MASQUERADE and a tbf on host01's uplink, and every journey of the
// flow is checked with the one-packet check (agent/correlate/coherence.ts). Reported: the share of
// journeys that are one packet (target ≥ 99.9 %), and the share that are complete — from the
// sender's first transmit the probes can see to the receiver's receive, a drop, or the tbf cutting
// it into GSO segments (whose journeys are linked to it) — with what each stage lost.
import { labDown, labUp } from '../agent/lab/lab.js';
import { resolveNetns } from '../agent/core/netns.js';
import { HOST02_ADDR, host01Netns, host02Netns, podNetns } from '../agent/lab/topology.js';
import { iperfBurst } from '../agent/lab/traffic.js';
import { Agent } from '../agent/agent.js';
import { coherenceOf } from '../agent/correlate/coherence.js';
import { HopKind, Verdict, type Journey } from '../proto/index.js';
import { judge, type Figure } from './figure.js';
import { log, onCleanup } from './proc.js';

export interface JourneysOptions {
  prefix: string;
  seconds: number;
  /** tbf rate on host01's uplink */
  rate: string;
}

/** From the sender's first seen transmit to the receiver, a drop, or a GSO cut (segments linked). */
function complete(j: Journey, ends: string[]): boolean {
  const hops = j.hops ?? [];
  const first = hops[0];
  const last = hops[hops.length - 1];
  if (!first || !last) return false;
  const starts = (first.kind === HopKind.HOP_KIND_XMIT && ends.includes(first.netnsName ?? '')) || !!j.parentId;
  const arrives = hops.some((h) => ends.includes(h.netnsName ?? '') && h.netnsName !== first.netnsName && h.kind === HopKind.HOP_KIND_RECEIVE);
  return starts && (arrives || j.verdict === Verdict.VERDICT_DROPPED || !!j.segments);
}

export async function benchJourneys(o: JourneysOptions): Promise<{ figures: Figure[]; detail: Record<string, unknown> }> {
  const command = `BENCH_ONLY=journeys BENCH_SECONDS=${o.seconds} npm run bench`;
  onCleanup(() => labDown(o.prefix));
  await labUp({ prefix: o.prefix, pods: 1, tbf: o.rate });
  const h01 = host01Netns(o.prefix);
  const h02 = host02Netns(o.prefix);
  const pod1 = podNetns(o.prefix, 1);
  const agent = new Agent({ netns: [resolveNetns(h01)], probes: ['netfilter', 'tracepoint'], filter: { protocol: 'tcp' }, sources: false });
  const journeys: Journey[] = [];
  agent.subscribe((e) => {
    const j = e.journey;
    if (j && j.headers?.protocol === 6 && (j.headers.dstPort === 5202 || j.headers.srcPort === 5202)) journeys.push(j);
  });
  onCleanup(() => agent.stop());
  await agent.start();
  const iperf = await iperfBurst(pod1, h02, HOST02_ADDR, o.seconds, 5202);
  await agent.stop();
  const status = agent.currentStatus();
  const c = coherenceOf(journeys);
  const multi = journeys.filter((j) => (j.hops ?? []).length >= 2);
  const done = multi.filter((j) => complete(j, [pod1, h02]));
  const lost = (status.counters ?? []).map((s) => `${s.source}: kernel ${s.kernelLost ?? 0}, runner ${s.runnerLost ?? 0}, agent queue ${s.agentQueueLost ?? 0}`).join('; ');
  log(`journeys: ${c.coherent}/${c.multiHop} one packet, ${done.length}/${multi.length} complete, iperf3 ${(iperf.bitsPerSecond / 1e6).toFixed(1)} Mbit/s; losses ${lost}`);
  const note = `iperf3 TCP ${o.seconds} s pod → bridge → MASQUERADE → tbf ${o.rate} → host02 at ${(iperf.bitsPerSecond / 1e6).toFixed(1)} Mbit/s, agent with the netfilter and tracepoint sets and --proto tcp; ${journeys.length} journeys of the flow; losses ${lost || 'none'}${Object.keys(c.byKind).length ? `; not one packet: ${JSON.stringify(c.byKind)}` : ''}`;
  return {
    figures: [
      judge({ section: 'journeys', metric: 'journeys that are one packet (one IP id, TCP seq/ack, direction; NAT only at hooks)', value: c.ratio * 100, unit: '%', target: { op: '>=', value: 99.9 }, command, note }),
      judge({ section: 'journeys', metric: 'journeys complete (sender\'s first transmit to receiver, a drop, or a GSO cut)', value: multi.length ? (done.length / multi.length) * 100 : undefined, unit: '%', command, note: `${done.length} of ${multi.length} journeys with two or more hops` }),
    ],
    detail: { journeys: journeys.length, coherence: c, complete: done.length, multiHop: multi.length, iperfBitsPerSecond: iperf.bitsPerSecond, losses: status.counters },
  };
}
