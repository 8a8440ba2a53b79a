// Section 1, data-path overhead: iperf3 TCP pod → bridge → MASQUERADE → host02 in a lab, alternating
// runs without the agent and with it (its own process, netfilter + tracepoint probes), (a) filtered
// to ICMP so the flow is dropped by the in-kernel filter, (b) tracing every packet of the flow.
// Pairs alternate their order (baseline first, then agent first, …) so a drift over the run, or what
// the previous run leaves behind, falls on both sides alike. Next to the ratio, the CPU time the agent
// and its children (loaders, conntrack, tc) used during the with-agent runs, which load from other
// work on the machine does not bend the way it bends throughput.
import { readFileSync } from 'node:fs';
import { labDown, labUp } from '../agent/lab/lab.js';
import { HOST02_ADDR, host01Netns, host02Netns, podNetns } from '../agent/lab/topology.js';
import { iperfBurst } from '../agent/lab/traffic.js';
import { judge, median, type Figure } from './figure.js';
import { descendants, log, onCleanup, peakRssMb, startAgent } from './proc.js';

const USER_HZ = 100; // clock ticks in /proc/PID/stat on Linux

/** CPU seconds (user + system) a process tree used so far, its reaped children included. */
function treeCpuSeconds(pid: number): number {
  let ticks = 0;
  for (const p of descendants(pid)) {
    try {
      const stat = readFileSync(`/proc/${p}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]); // utime stime cutime cstime
    } catch {
      /* exited meanwhile */
    }
  }
  return ticks / USER_HZ;
}

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
    let events = 0, gaps = 0, rss = 0, agentCpu = 0, agentSeconds = 0;
    const lostByStage: Record<string, number> = {};
    for (let i = 0; i < o.pairs; i++) {
      const baselineFirst = i % 2 === 0;
      const b0 = baselineFirst ? await burst() : 0;
      const a = await startAgent(['--netns', h01, '--probes', 'netfilter,tracepoint', ...mode.args], { json: true });
      const cpu0 = treeCpuSeconds(a.child.pid!);
      const t0 = performance.now();
      const w = await burst();
      agentCpu += treeCpuSeconds(a.child.pid!) - cpu0;
      agentSeconds += (performance.now() - t0) / 1000;
      rss = Math.max(rss, peakRssMb(a.child.pid) ?? 0);
      await a.stop();
      const b = baselineFirst ? b0 : await burst();
      const envs = a.out.map((l) => JSON.parse(l) as Status);
      events += Number(envs.filter((e) => e.status).at(-1)?.status?.eventsTotal ?? 0);
      for (const e of envs) if (e.lost) lostByStage[e.lost.stage ?? 'UNKNOWN'] = (lostByStage[e.lost.stage ?? 'UNKNOWN'] ?? 0) + Number(e.lost.count ?? 0);
      gaps += envs.filter((e) => e.gap).length;
      base.push(b);
      withAgent.push(w);
      ratios.push(w / b);
      log(`data path ${mode.key} pair ${i + 1}/${o.pairs} (${baselineFirst ? 'baseline first' : 'agent first'}): ${(b / 1e9).toFixed(2)} vs ${(w / 1e9).toFixed(2)} Gbit/s`);
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
      note: `median of ${o.pairs} alternating pairs (baseline and agent run first in turn); pair ratios ${Math.min(...ratios).toFixed(3)}–${Math.max(...ratios).toFixed(3)}; agent and its children used ${agentCpu.toFixed(2)} CPU s over ${agentSeconds.toFixed(1)} s of with-agent runs (${(100 * agentCpu / agentSeconds).toFixed(1)} % of one core); agent published ${events.toLocaleString('en-US')} envelopes, reported lost: ${lostText}; ${gaps} gaps; agent peak RSS ${rss.toFixed(0)} MB`,
      ratio: median(ratios),
    }));
    detail[mode.key] = { baselineBps: base, agentBps: withAgent, ratios, events, lostByStage, gaps, agentPeakRssMb: rss, agentCpuSeconds: agentCpu, agentRunSeconds: agentSeconds };
  }
  return { figures, detail };
}
