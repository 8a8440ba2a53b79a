// Section 1, data-path overhead: iperf3 TCP pod → bridge → MASQUERADE → host02 in a lab, alternating
// runs without the agent and with it (its own process, netfilter + tracepoint probes), (a) filtered
// to ICMP so the flow is dropped by the in-kernel filter, (b) tracing every packet of the flow.
import { labDown, labUp } from '../agent/lab/lab.js';
import { HOST02_ADDR, host01Netns, host02Netns, podNetns } from '../agent/lab/topology.js';
import { iperfBurst } from '../agent/lab/traffic.js';
import { judge, median, type Figure } from './figure.js';
import { log, onCleanup, peakRssMb, startAgent } from './proc.js';

export interface DatapathOptions {
  prefix: string;
  pairs: number;
  seconds: number;
}

interface Status { status?: { eventsTotal?: number | string; lostTotal?: number | string }; lost?: { count?: number | string; stage?: string }; gap?: unknown }

export async function benchDatapath(o: DatapathOptions): Promise<{ figures: Figure[]; detail: Record<string, unknown> }> {
  onCleanup(() => labDown(o.prefix));
  await labUp({ prefix: o.prefix, pods: 1 });
  const h01 = host01Netns(o.prefix);
  const burst = () => iperfBurst(podNetns(o.prefix, 1), host02Netns(o.prefix), HOST02_ADDR, o.seconds).then((r) => r.bitsPerSecond);
  const modes = [
    { key: 'icmp_filter', what: '(a) default probe sets, filter ICMP only (the flow is filtered out in the kernel)', args: ['--proto', 'icmp'], target: { op: '>=' as const, value: 0.97, of: 'ratio' as const } },
    { key: 'trace_flow', what: '(b) tracing every packet of the flow (--proto tcp --port 5201)', args: ['--proto', 'tcp', '--port', '5201'] },
  ];
  const figures: Figure[] = [];
  const detail: Record<string, unknown> = { pairs: o.pairs, seconds: o.seconds };
  for (const mode of modes) {
    const ratios: number[] = [];
    const base: number[] = [];
    const withAgent: number[] = [];
    let events = 0, gaps = 0, rss = 0;
    const lostByStage: Record<string, number> = {};
    for (let i = 0; i < o.pairs; i++) {
      const b = await burst();
      const a = await startAgent(['--netns', h01, '--probes', 'netfilter,tracepoint', ...mode.args], { json: true });
      const w = await burst();
      rss = Math.max(rss, peakRssMb(a.child.pid) ?? 0);
      await a.stop();
      const envs = a.out.map((l) => JSON.parse(l) as Status);
      events += Number(envs.filter((e) => e.status).at(-1)?.status?.eventsTotal ?? 0);
      for (const e of envs) if (e.lost) lostByStage[e.lost.stage ?? 'UNKNOWN'] = (lostByStage[e.lost.stage ?? 'UNKNOWN'] ?? 0) + Number(e.lost.count ?? 0);
      gaps += envs.filter((e) => e.gap).length;
      base.push(b);
      withAgent.push(w);
      ratios.push(w / b);
      log(`data path ${mode.key} pair ${i + 1}/${o.pairs}: ${(b / 1e9).toFixed(2)} vs ${(w / 1e9).toFixed(2)} Gbit/s`);
    }
    const lost = Object.values(lostByStage).reduce((a, b) => a + b, 0);
    const lostText = lost ? Object.entries(lostByStage).map(([s, n]) => `${n.toLocaleString('en-US')} ${s.replace('LOSS_STAGE_', '').toLowerCase()}`).join(', ') : 'none';
    // the figure's value is the median of the with-agent runs; its ratio is the median of the pair ratios
    figures.push(judge({
      section: 'datapath',
      metric: `iperf3 TCP throughput with the agent, ${mode.what}`,
      value: median(withAgent) / 1e9,
      unit: 'Gbit/s',
      baseline: { name: 'same path, no agent', value: median(base) / 1e9 },
      target: mode.target,
      command: `BENCH_ONLY=datapath BENCH_PAIRS=${o.pairs} BENCH_SECONDS=${o.seconds} npm run bench`,
      note: `median of ${o.pairs} alternating pairs; pair ratios ${Math.min(...ratios).toFixed(3)}–${Math.max(...ratios).toFixed(3)}; agent published ${events.toLocaleString('en-US')} envelopes, reported lost: ${lostText}; ${gaps} gaps; agent peak RSS ${rss.toFixed(0)} MB`,
      ratio: median(ratios),
    }));
    detail[mode.key] = { baselineBps: base, agentBps: withAgent, ratios, events, lostByStage, gaps, agentPeakRssMb: rss };
  }
  return { figures, detail };
}
