// Sections 2 and 3, the event pipeline and its latency. A lab with two pods; ICMP echo traffic from
// the pods to host02 at rising rates (ping processes at 1,000 echoes/s each, then floods); the
// netfilter probes in host01 filtered to ICMP, so every sighting is ours: 12 records per echo round
// trip (PREROUTING, FORWARD, POSTROUTING entry and exit, request and reply).
//
// Per step, counted by whom:
//   emitted      the kernel: run_cnt of the netfilter programs (kernel.bpf_stats_enabled) — every
//                invocation on an ICMP packet produces a record or counts one in the `lost` map
//   kernel lost  the kernel: the probe's per-CPU `lost` map (ring buffer full)
//   agent        AgentStatus from GetStatus: per-stage counters when the agent has them, else
//                events_total (every envelope it published, journeys included)
//   client       bench/client.ts: PacketEvent envelopes received, LostEvents counts by stage
//   unreported   emitted − client packets − every loss the client was told about
// Baseline: the same loader binary with the same filter writing straight to /dev/null, same steps.
import { execa, type ResultPromise } from 'execa';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { labDown, labUp } from '../agent/lab/lab.js';
import { HOST02_ADDR, host01Netns, podNetns } from '../agent/lab/topology.js';
import { resolveNetns } from '../agent/core/netns.js';
import { parseFilter } from '../agent/probes/filter.js';
import { loaderArgv } from '../agent/probes/netfilter.js';
import { connectAgent, type AgentClient } from '../cli/client/connect.js';
import { judge, type Figure } from './figure.js';
import { descendants, log, netfilterProgsOf, onCleanup, peakRssMb, perCpuCounter, progRunCounts, sleep, startAgent } from './proc.js';

export interface PipelineOptions {
  prefix: string;
  stepSeconds: number;
  pipeline: boolean;
  latency: boolean;
  quick: boolean;
}

/** A traffic step: `procs` ping processes at 1,000 echoes/s, or `flood` ping -f processes. */
export interface Step {
  label: string;
  procs: number;
  flood?: boolean;
}

export const STEPS: Step[] = [1, 2, 4, 8, 12, 16, 24].map((n): Step => ({ label: `${n} × ping -i 0.001`, procs: n })).concat([
  { label: '1 × ping -f', procs: 1, flood: true },
  { label: '2 × ping -f', procs: 2, flood: true },
]);
const QUICK_STEPS: Step[] = [STEPS[0]!, STEPS[3]!, STEPS[7]!];
const PODS = 2;
const STATS = '/proc/sys/kernel/bpf_stats_enabled';

export interface StepResult {
  step: string;
  seconds: number;
  emitted: number;
  kernelLost: number;
  agent?: Record<string, number>;
  clientPackets?: number;
  reportedLost?: Record<string, number>;
  unreported?: number;
  /** events/s that reached the end: the client (agent) or /dev/null (baseline: emitted − kernel lost) */
  deliveredRate: number;
  offeredRate: number;
}

/** Runs ping processes spread over the pods for `seconds`; resolves with the wall time it took. */
async function traffic(prefix: string, step: Step, seconds: number): Promise<number> {
  const kids: ResultPromise[] = [];
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < step.procs; i++) {
    const pod = podNetns(prefix, (i % PODS) + 1);
    const rate = step.flood ? ['-f'] : ['-i', '0.001'];
    kids.push(execa('ip', ['netns', 'exec', pod, 'ping', '-q', ...rate, '-w', String(seconds), HOST02_ADDR], { reject: false, stdin: 'ignore', stdout: 'ignore', stderr: 'ignore' }));
  }
  const stop = onCleanup(() => Promise.all(kids.map((k) => (k.kill('SIGTERM'), k))));
  await Promise.all(kids);
  await stop();
  return Number(process.hrtime.bigint() - t0) / 1e9;
}

/** CPU seconds (user + system) a process has used so far; 0 when it is gone. */
function cpuSeconds(pid: number | undefined): number {
  if (!pid) return 0;
  try {
    const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(f[11]) + Number(f[12])) / 100; // utime, stime in clock ticks (USER_HZ 100)
  } catch {
    return 0;
  }
}

/**
 * CPU milliseconds of the agent, of its loader children, and of the client: unlike rates they do not
 * bend much when other work shares the machine, so they compare runs made under different loads.
 */
function cpuMs(agentPid: number | undefined, clientPid: number | undefined): Record<string, number> {
  const kids = agentPid ? descendants(agentPid).slice(1) : [];
  return {
    'cpu.agentMs': Math.round(cpuSeconds(agentPid) * 1000),
    'cpu.loaderMs': Math.round(kids.reduce((a, k) => a + cpuSeconds(k), 0) * 1000),
    'cpu.clientMs': Math.round(cpuSeconds(clientPid) * 1000),
  };
}

interface Kernel { progIds: number[]; lostMapIds: number[] }
async function kernelCounts(k: Kernel): Promise<{ runs: number; lost: number }> {
  const [runs, lost] = await Promise.all([progRunCounts(k.progIds), Promise.all(k.lostMapIds.map(perCpuCounter)).then((xs) => xs.reduce((a, b) => a + b, 0))]);
  return { runs, lost };
}

async function waitForProgs(pid: number): Promise<Kernel> {
  const end = Date.now() + 30_000;
  for (;;) {
    const k = await netfilterProgsOf(pid);
    if (k.progIds.length && k.lostMapIds.length) return k;
    if (Date.now() > end) throw new Error(`no netfilter BPF programs found for process ${pid} after 30 s`);
    await sleep(100);
  }
}

/** The loader alone, stdout to /dev/null. */
async function baseline(o: PipelineOptions, steps: Step[]): Promise<StepResult[]> {
  // the loader command line the agent's netfilter set runs (binary frames), for the same netns and filter
  const [file, ...args] = loaderArgv([resolveNetns(host01Netns(o.prefix))], parseFilter({ proto: 'icmp' }), 'netfilter', 'binary');
  const child = execa(file!, args, { stdin: 'pipe', stdout: 'ignore', stderr: 'pipe', reject: false });
  const stop = onCleanup(async () => {
    child.stdin?.end();
    child.kill('SIGTERM');
    await child;
  });
  const k = await waitForProgs(child.pid!);
  const out: StepResult[] = [];
  try {
    for (const step of steps) {
      const before = await kernelCounts(k);
      const seconds = await traffic(o.prefix, step, o.stepSeconds);
      await sleep(300); // the loader polls its ring buffer continuously; let the tail land
      const after = await kernelCounts(k);
      const emitted = after.runs - before.runs;
      const kernelLost = after.lost - before.lost;
      out.push({ step: step.label, seconds, emitted, kernelLost, deliveredRate: (emitted - kernelLost) / seconds, offeredRate: emitted / seconds });
      log(`pipeline baseline ${step.label}: ${Math.round(emitted / seconds).toLocaleString('en-US')} events/s emitted, ${kernelLost} lost in the kernel`);
    }
  } finally {
    await stop();
  }
  return out;
}

interface Snap { envelopes: number; byKind: Record<string, number>; lost: Record<string, number>; ended: boolean | string }

class BenchClient {
  private pending: Array<(o: unknown) => void> = [];
  constructor(readonly child: ResultPromise) {
    createInterface({ input: child.stdout! }).on('line', (l) => this.pending.shift()?.(JSON.parse(l)));
  }
  ask<T>(cmd: string): Promise<T> {
    return new Promise((resolve, reject) => {
      const t = setTimeout(() => reject(new Error(`the bench client did not answer '${cmd}' within 30 s`)), 30_000);
      this.pending.push((o) => (clearTimeout(t), resolve(o as T)));
      this.child.stdin!.write(cmd + '\n');
    });
  }
}

function numericFields(o: Record<string, unknown>, prefix = ''): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(o)) {
    if (typeof v === 'number') out[prefix + k] = v;
    else if (Array.isArray(v) && k === 'counters') {
      for (const c of v as Array<Record<string, unknown>>) Object.assign(out, numericFields(c, `${String(c.source ?? c.set)}.`));
    }
  }
  return out;
}

async function agentCounts(c: AgentClient): Promise<Record<string, number>> {
  const s = (await c.getStatus()) as unknown as Record<string, unknown>;
  const n = numericFields(s);
  delete n.startTimeNs;
  for (const k of Object.keys(n)) if (/TimeNs$/.test(k)) delete n[k];
  return n;
}

function diff(a: Record<string, number>, b: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const d = (b[k] ?? 0) - (a[k] ?? 0);
    if (d) out[k] = d;
  }
  return out;
}

export async function benchPipeline(o: PipelineOptions): Promise<{ figures: Figure[]; detail: Record<string, unknown>; agentPeakRssMb?: number }> {
  onCleanup(() => labDown(o.prefix));
  await labUp({ prefix: o.prefix, pods: PODS });
  const statsWas = readFileSync(STATS, 'utf8').trim();
  writeFileSync(STATS, '1');
  onCleanup(() => writeFileSync(STATS, statsWas));
  const steps = o.quick ? QUICK_STEPS : STEPS;
  const figures: Figure[] = [];
  const detail: Record<string, unknown> = { stepSeconds: o.stepSeconds, probes: 'netfilter, --proto icmp', trafficPerStep: 'ICMP echo pod → host02, 12 records per round trip' };

  const base = o.pipeline ? await baseline(o, steps) : [];
  const agent = await startAgent(['--netns', host01Netns(o.prefix), '--probes', 'netfilter', '--proto', 'icmp']);
  const clientJs = join(dirname(fileURLToPath(import.meta.url)), 'client.js');
  const cp = execa('env', ['-u', 'NODE_OPTIONS', process.execPath, clientJs, agent.socket, 'packet,lost'], { stdin: 'pipe', stdout: 'pipe', stderr: 'inherit', reject: false });
  onCleanup(async () => {
    cp.stdin?.end();
    cp.kill('SIGTERM');
    await cp;
  });
  const client = new BenchClient(cp);
  const api = await connectAgent('bench', { agent: agent.socket });
  onCleanup(() => api.close());
  const k = await waitForProgs(agent.child.pid!);
  await client.ask('snap'); // connected and streaming

  const measure = async (step: Step): Promise<StepResult> => {
    const [k0, a0, c0] = [await kernelCounts(k), { ...(await agentCounts(api)), ...cpuMs(agent.child.pid, cp.pid) }, await client.ask<Snap>('snap')];
    const seconds = await traffic(o.prefix, step, o.stepSeconds);
    // drained: the client's count has not moved for a second (or 60 s passed)
    let last = -1;
    let c1 = c0;
    for (const end = Date.now() + 60_000; Date.now() < end; ) {
      await sleep(1000);
      c1 = await client.ask<Snap>('snap');
      if (c1.envelopes === last) break;
      last = c1.envelopes;
    }
    const [k1, a1] = [await kernelCounts(k), { ...(await agentCounts(api)), ...cpuMs(agent.child.pid, cp.pid) }];
    if (c1.ended) throw new Error(`the client's stream ended: ${c1.ended}`);
    const emitted = k1.runs - k0.runs;
    const kernelLost = k1.lost - k0.lost;
    const clientPackets = (c1.byKind.packet ?? 0) - (c0.byKind.packet ?? 0);
    const reportedLost = diff(c0.lost, c1.lost);
    const reported = Object.values(reportedLost).reduce((x, y) => x + y, 0);
    const r: StepResult = {
      step: step.label, seconds, emitted, kernelLost, agent: diff(a0, a1), clientPackets, reportedLost,
      unreported: emitted - clientPackets - reported,
      deliveredRate: clientPackets / seconds, offeredRate: emitted / seconds,
    };
    const d = r.agent!;
    const perEvent = (ms: number | undefined, n: number) => (n ? `${(((ms ?? 0) * 1000) / n).toFixed(2)} µs` : '-');
    const accepted = Object.entries(d).filter(([key]) => key.endsWith('.agentAccepted')).reduce((a, [, v]) => a + v, 0);
    log(`pipeline ${step.label}: emitted ${Math.round(r.offeredRate).toLocaleString('en-US')}/s, client got ${Math.round(r.deliveredRate).toLocaleString('en-US')}/s, kernel lost ${kernelLost}, reported lost ${JSON.stringify(reportedLost)}, unreported ${r.unreported}; CPU per event: agent ${perEvent(d['cpu.agentMs'], accepted)} (of ${accepted} accepted), loader ${perEvent(d['cpu.loaderMs'], emitted)}, client ${perEvent(d['cpu.clientMs'], clientPackets)}`);
    return r;
  };

  const command = 'BENCH_ONLY=pipeline npm run bench';
  let rss: number | undefined;
  try {
    if (o.pipeline) {
      const results: StepResult[] = [];
      for (const step of steps) results.push(await measure(step));
      detail.baseline = base;
      detail.agent = results;
      const clean = results.filter((r) => r.unreported === 0);
      const best = clean.reduce<StepResult | undefined>((b, r) => (!b || r.deliveredRate > b.deliveredRate ? r : b), undefined);
      const lossless = results.filter((r) => r.unreported === 0 && !Object.keys(r.reportedLost ?? {}).length && r.kernelLost === 0);
      const bestLossless = lossless.reduce<StepResult | undefined>((b, r) => (!b || r.deliveredRate > b.deliveredRate ? r : b), undefined);
      const baseBest = base.reduce((m, r) => Math.max(m, r.deliveredRate), 0);
      const above = best ? results.filter((r) => r.offeredRate > best.offeredRate) : results;
      const lossText = above.map((r) => `${r.step}: offered ${Math.round(r.offeredRate).toLocaleString('en-US')}/s, delivered ${Math.round(r.deliveredRate).toLocaleString('en-US')}/s, kernel lost ${r.kernelLost.toLocaleString('en-US')}, reported ${JSON.stringify(r.reportedLost)}, unreported ${r.unreported}`).join('; ');
      const note = best
        ? `at step "${best.step}"; highest step with no loss at all: ${bestLossless ? `"${bestLossless.step}" (${Math.round(bestLossless.deliveredRate).toLocaleString('en-US')}/s)` : 'none'}; above it: ${lossText || 'no higher step'}`
        : `no step was free of unreported loss: ${lossText}`;
      const value = best?.deliveredRate ?? 0;
      figures.push(judge({ section: 'pipeline', metric: 'events/s delivered end to end (probe → agent → gRPC client) with zero unreported loss', value, unit: 'events/s', target: { op: '>=', value: 200_000 }, command, note }));
      figures.push(judge({ section: 'pipeline', metric: 'the same against the probes writing straight to /dev/null', value, unit: 'events/s', baseline: { name: 'nf-loader > /dev/null, best step', value: baseBest }, target: { op: '>=', value: 0.8, of: 'ratio' }, command }));
    }
    if (o.latency) {
      await client.ask('lat-start');
      const r = await measure({ label: '1 × ping -i 0.001 (latency)', procs: 1 });
      const lat = await client.ask<{ n: number; p50Ms: number; p99Ms: number; maxMs: number; monoP50Ms: number; monoP99Ms: number }>('lat-stop');
      detail.latency = { ...lat, rate: r.deliveredRate, step: r };
      const lcmd = 'BENCH_ONLY=latency npm run bench';
      const note = `${lat.n.toLocaleString('en-US')} packet envelopes at ${Math.round(r.deliveredRate).toLocaleString('en-US')} events/s; max ${lat.maxMs.toFixed(1)} ms; on CLOCK_MONOTONIC (no wall-clock conversion) p50 ${lat.monoP50Ms.toFixed(2)} ms, p99 ${lat.monoP99Ms.toFixed(2)} ms`;
      figures.push(judge({ section: 'latency', metric: 'kernel timestamp → client receipt, p50', value: lat.p50Ms, unit: 'ms', command: lcmd, note }));
      figures.push(judge({ section: 'latency', metric: 'kernel timestamp → client receipt, p99', value: lat.p99Ms, unit: 'ms', target: { op: '<', value: 50 }, command: lcmd }));
    }
  } finally {
    rss = peakRssMb(agent.child.pid);
    detail.agentPeakRssMb = rss;
  }
  return { figures, detail, agentPeakRssMb: rss };
}
