// Section 4, conntrack at scale: a netns of its own filled with N entries (one `conntrack -R` batch of
// `-I` lines), then the time to a full snapshot through the agent (`netscope conntrack -o json` and the
// table view, the StreamConntrack RPC alone, and GetConntrack as older clients call it) against
// `conntrack -L > /dev/null` in the same netns, alternating, median of the runs. Next to the times,
// the CPU each process spent (noise from other load bends those far less than wall time).
import { execa } from 'execa';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectAgent } from '../cli/client/connect.js';
import { ROOT } from '../agent/util/paths.js';
import { judge, median, type Figure } from './figure.js';
import { log, onCleanup, peakRssMb, startAgent } from './proc.js';

export interface ConntrackOptions {
  prefix: string;
  entries: number;
  runs: number;
}

export interface ConntrackResult {
  figures: Figure[];
  agentPeakRssMb?: number;
  detail: Record<string, unknown>;
}

const MAX = '/proc/sys/net/netfilter/nf_conntrack_max';

/**
 * Inserts `n` UDP entries (10.a.b.c:4000 → 192.0.2.1:53, 1 h timeout): one conntrack process reading
 * `-I` lines from a file (`-R`; seconds, where a process per entry took two minutes). A file, not
 * stdin: conntrack opens /dev/stdin, which fails on the socket Node gives a child as its stdin.
 */
async function fill(netns: string, n: number): Promise<void> {
  const lines: string[] = [];
  for (let k = 0; k < n; k++) lines.push(`-I -p udp -s 10.${(k >> 16) & 255}.${(k >> 8) & 255}.${k & 255} -d 192.0.2.1 --sport 4000 --dport 53 -t 3600`);
  const dir = mkdtempSync(join(tmpdir(), 'netscope-bench-ct-'));
  try {
    writeFileSync(join(dir, 'insert'), lines.join('\n') + '\n');
    await execa('ip', ['netns', 'exec', netns, 'conntrack', '-R', join(dir, 'insert')], { stdout: 'ignore' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** CPU seconds (user + system) of a process and its children, read from /proc/PID/stat */
function cpuSeconds(pid: number | undefined): number {
  try {
    const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(f[11]) + Number(f[12])) / 100; // utime, stime (fields 14, 15)
  } catch {
    return NaN;
  }
}

/** Runs a command with stdout to /dev/null under sh, which reports the CPU its child used (cutime + cstime). */
async function timedCpu(argv: string[]): Promise<{ ms: number; cpuS: number }> {
  const t0 = process.hrtime.bigint();
  const r = await execa('sh', ['-c', '"$@" >/dev/null 2>&1; cat /proc/$$/stat', 'sh', ...argv]);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const f = String(r.stdout).split(') ')[1]!.split(' ');
  return { ms, cpuS: (Number(f[13]) + Number(f[14])) / 100 }; // cutime, cstime (fields 16, 17)
}

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t0 = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

export async function benchConntrack(o: ConntrackOptions): Promise<ConntrackResult> {
  const netns = `${o.prefix}-ct`;
  const command = 'BENCH_ONLY=conntrack npm run bench';
  await execa('ip', ['netns', 'add', netns]);
  onCleanup(() => execa('ip', ['netns', 'del', netns], { reject: false }));
  const maxWas = readFileSync(MAX, 'utf8').trim();
  if (Number(maxWas) < o.entries * 1.2) {
    writeFileSync(MAX, String(Math.ceil(o.entries * 1.2)));
    onCleanup(() => writeFileSync(MAX, maxWas));
  }
  const t0 = Date.now();
  await fill(netns, o.entries);
  const count = Number((await execa('ip', ['netns', 'exec', netns, 'cat', '/proc/sys/net/netfilter/nf_conntrack_count'])).stdout);
  log(`conntrack: ${count} entries inserted in ${netns} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  if (count < o.entries) throw new Error(`only ${count} of ${o.entries} conntrack entries are in ${netns}`);

  const agent = await startAgent(['--netns', netns, '--probes', 'netfilter']);
  const base: number[] = [];
  const baseCpu: number[] = [];
  const cli: number[] = [];
  const cliCpu: number[] = [];
  const table: number[] = [];
  const tableCpu: number[] = [];
  const agentCpu: number[] = [];
  const stream: number[] = [];
  const rpc: number[] = [];
  let rows = 0;
  let streamBytes = 0;
  let rss: number | undefined;
  const netscope = ['env', '-u', 'NODE_OPTIONS', join(ROOT, 'bin', 'netscope'), 'conntrack', '--agent', agent.socket];
  try {
    const client = await connectAgent('bench', { agent: agent.socket });
    try {
      for (let i = 0; i < o.runs; i++) {
        const l = await timedCpu(['ip', 'netns', 'exec', netns, 'conntrack', '-L']);
        base.push(l.ms);
        baseCpu.push(l.cpuS);
        const a0 = cpuSeconds(agent.child.pid);
        const j = await timedCpu([...netscope, '-o', 'json']);
        agentCpu.push(cpuSeconds(agent.child.pid) - a0);
        cli.push(j.ms);
        cliCpu.push(j.cpuS);
        const tb = await timedCpu([...netscope, '--color', 'never']);
        table.push(tb.ms);
        tableCpu.push(tb.cpuS);
        stream.push(await timed(() => new Promise<void>((resolve, reject) => {
          let n = 0;
          const call = client.streamConntrack({});
          call.on('data', (b: Buffer) => (n += b.length));
          call.on('error', reject);
          call.on('end', () => {
            streamBytes = n;
            resolve();
          });
        })));
        rpc.push(await timed(async () => {
          const t = await client.getConntrack({});
          rows = t.reduce((n, x) => n + (x.entries?.length ?? 0), 0);
        }));
        log(`conntrack run ${i + 1}/${o.runs}: conntrack -L ${base.at(-1)!.toFixed(0)} ms (${l.cpuS.toFixed(2)} s CPU), netscope conntrack -o json ${cli.at(-1)!.toFixed(0)} ms (CLI ${j.cpuS.toFixed(2)} s CPU, agent ${agentCpu.at(-1)!.toFixed(2)} s CPU), table ${table.at(-1)!.toFixed(0)} ms, StreamConntrack ${stream.at(-1)!.toFixed(0)} ms, GetConntrack ${rpc.at(-1)!.toFixed(0)} ms (${rows} rows)`);
      }
    } finally {
      client.close();
    }
  } finally {
    rss = peakRssMb(agent.child.pid);
    await agent.stop();
  }
  const b = median(base);
  const n = o.entries.toLocaleString('en-US');
  const cpuNote = `CPU per run (median): conntrack -L ${median(baseCpu).toFixed(2)} s; the CLI ${median(cliCpu).toFixed(2)} s and the agent ${median(agentCpu).toFixed(2)} s for -o json; the CLI ${median(tableCpu).toFixed(2)} s for the table`;
  const figures = [
    judge({ section: 'conntrack', metric: `full snapshot of ${n} entries: \`netscope conntrack -o json\` (CLI process, via the agent)`, value: median(cli), unit: 'ms', baseline: { name: 'conntrack -L > /dev/null', value: b }, target: { op: '<=', value: 1.5, of: 'ratio' }, command, note: cpuNote }),
    judge({ section: 'conntrack', metric: `full snapshot of ${n} entries: \`netscope conntrack\` (the table view)`, value: median(table), unit: 'ms', baseline: { name: 'conntrack -L > /dev/null', value: b }, target: { op: '<=', value: 1.5, of: 'ratio' }, command }),
    judge({ section: 'conntrack', metric: `full snapshot of ${n} entries: StreamConntrack RPC alone (bytes, not decoded)`, value: median(stream), unit: 'ms', baseline: { name: 'conntrack -L > /dev/null', value: b }, command, note: `${streamBytes} bytes` }),
    judge({ section: 'conntrack', metric: `full snapshot of ${n} entries: GetConntrack RPC alone (older clients; decoded by protobufjs)`, value: median(rpc), unit: 'ms', baseline: { name: 'conntrack -L > /dev/null', value: b }, command, note: `${rows} rows returned` }),
    judge({ section: 'conntrack', metric: `agent peak RSS (VmHWM) watching ${n} entries`, value: rss, unit: 'MB', target: { op: '<=', value: 150 }, command }),
  ];
  return { figures, agentPeakRssMb: rss, detail: { entries: count, runs: o.runs, conntrackListMs: base, conntrackListCpuS: baseCpu, cliMs: cli, cliCpuS: cliCpu, agentCpuS: agentCpu, tableMs: table, tableCpuS: tableCpu, streamMs: stream, rpcMs: rpc, rows, agentPeakRssMb: rss } };
}
