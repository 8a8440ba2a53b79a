// BENCHMARKS.md from a run's results: the machine, then one table per section with each figure's
// baseline, ratio, target, result and the command that reproduces it, and the notes under it.
import { figureTable, type Figure } from './figure.js';

const TITLES: Record<string, [string, string]> = {
  datapath: ['1. Data-path overhead', 'iperf3 TCP pod → bridge → MASQUERADE → host02 in a lab of network namespaces; alternating runs without and with the agent (its own process, `--probes netfilter,tracepoint`). Value: median throughput with the agent; ratio: median of the pair ratios.'],
  pipeline: ['2. Event pipeline', 'Rising packet rates through the lab (ping floods from pods to host02, ICMP-filtered netfilter probes in host01, 12 events per echo round trip). Per step: events the probes emitted (the kernel\'s run count of the netfilter programs), lost in the kernel ring buffer (the probe\'s per-CPU `lost` map), received by the agent and delivered to a gRPC client in bench/client.ts that reads the Observe stream as fast as it can. Baseline: the same loader binary writing straight to /dev/null under the same steps.'],
  latency: ['3. Latency', 'Packet envelopes at about 10,000 events/s: the envelope\'s time_ns (wall clock derived from the kernel\'s monotonic stamp) to receipt in the gRPC client.'],
  conntrack: ['4. Conntrack at scale', 'A netns of its own with N entries (`conntrack -I` lines loaded with one `conntrack -R` file); an agent watching it; time to a full snapshot, alternating with `conntrack -L > /dev/null` in the same netns, median of 3 each.'],
  recording: ['5. Recording', 'Record write rate and replay decode rate (bench/record.ts).'],
  memory: ['6. Agent memory', 'Peak resident set (VmHWM from /proc/PID/status) of the agent process during sections 2 and 4.'],
  journeys: ['7. Journeys under load', 'An iperf3 TCP flow pod → bridge → MASQUERADE → tbf → host02 traced by the agent (netfilter and tracepoint sets, `--proto tcp`); every journey of the flow checked with the one-packet check (agent/correlate/coherence.ts: one IP id, one TCP seq/ack, one direction, NAT only at hooks), and whether it is complete from the sender\'s first transmit to the receiver, a drop, or the tbf cutting it into GSO segments.'],
};

export interface Results {
  machine: Record<string, unknown>;
  date: string;
  durationS: number;
  quick: boolean;
  sections: string[];
  figures: Figure[];
  failures: string[];
  detail: Record<string, unknown>;
  /** said under the machine line, e.g. that the machine was shared */
  notes?: string[];
}

interface StepRow { step: string; seconds: number; emitted: number; kernelLost: number; clientPackets?: number; reportedLost?: Record<string, number>; unreported?: number; agent?: Record<string, number> }
interface PipelineDetail { baseline?: StepRow[]; agent?: StepRow[]; stepSeconds?: number }

const n = (x: number | undefined) => (x === undefined || !Number.isFinite(x) ? '–' : Math.round(x).toLocaleString('en-US'));

/** Step by step: what was emitted, lost where, and delivered, with the agent and with the loader alone. */
export function stepTable(d: PipelineDetail | undefined): string[] {
  if (!d?.agent?.length) return [];
  const rows = ['| step | baseline emitted/s | baseline kernel lost | agent: emitted/s | kernel lost | reported lost (by stage) | client got/s | unreported | agent counters (Δ) |', '|---|---|---|---|---|---|---|---|---|'];
  for (const a of d.agent) {
    const b = d.baseline?.find((x) => x.step === a.step);
    const lost = Object.entries(a.reportedLost ?? {}).map(([s, c]) => `${n(c)} ${s.replace('LOSS_STAGE_', '').toLowerCase()}`).join(', ') || '0';
    const counters = Object.entries(a.agent ?? {}).map(([k, v]) => `${k} ${n(v)}`).join(', ');
    rows.push(`| ${a.step} | ${b ? n(b.emitted / b.seconds) : ''} | ${b ? n(b.kernelLost) : ''} | ${n(a.emitted / a.seconds)} | ${n(a.kernelLost)} | ${lost} | ${n((a.clientPackets ?? 0) / a.seconds)} | ${n(a.unreported)} | ${counters} |`);
  }
  return ['Steps (each about ' + (d.stepSeconds ?? '?') + ' s of traffic; rates are per second of traffic):', '', ...rows, ''];
}

export function report(r: Results): string {
  const m = r.machine;
  const out: string[] = [
    '# Benchmarks',
    '',
    'Measured by `sudo npm run bench` (root: it builds network namespaces, inserts conntrack entries and loads BPF probes; it',
    'sends traffic only inside the namespaces it creates and removes everything again, also on failure and Ctrl-C).',
    'Each figure is measured in the same run as its baseline. None of this is a timed test. `BENCH_ONLY=section[,section]`',
    `runs some sections (${Object.keys(TITLES).join(', ')}); \`BENCH_QUICK=1\` is a smoke run. Partial and quick runs`,
    'write bench/results.partial.json and bench/BENCHMARKS.partial.md instead of the files here (with `BENCH_MERGE=1`, a',
    'BENCH_ONLY run replaces its sections here, and their figures say when they were measured).',
    '',
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, kernel ${m.kernel}, Node ${m.node}. Run: ${r.date}, ${r.durationS} s${r.quick ? ', quick mode' : ''}.`,
    '',
  ];
  for (const note of r.notes ?? []) out.push(`> ${note}`, '');
  if (r.failures.length) out.push('**Could not measure:** ' + r.failures.join('; '), '');
  for (const [key, [title, what]] of Object.entries(TITLES)) {
    const figs = r.figures.filter((f) => f.section === key);
    if (!figs.length) continue;
    out.push(`## ${title}`, '', what, '', figureTable(figs), '');
    const notes = figs.filter((f) => f.note && f.value !== undefined);
    for (const f of notes) out.push(`- ${f.metric}: ${f.note}`);
    if (notes.length) out.push('');
    if (key === 'pipeline') out.push(...stepTable(r.detail.pipeline as PipelineDetail | undefined));
  }
  return out.join('\n');
}
