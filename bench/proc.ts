// What the sections share: a cleanup list run on success, failure and Ctrl-C; the agent as its own
// process with a socket in a temp dir; peak RSS from /proc; the kernel's counters for BPF programs.
import { execa, type ResultPromise } from 'execa';
import { appendFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../agent/util/paths.js';

type Cleanup = () => Promise<unknown> | unknown;
const cleanups: Cleanup[] = [];

/** Registers an undo step; returns a function that runs it now (once) and forgets it. */
export function onCleanup(fn: Cleanup): () => Promise<void> {
  let done = false;
  const run = async () => {
    if (done) return;
    done = true;
    const i = cleanups.indexOf(run);
    if (i >= 0) cleanups.splice(i, 1);
    await fn();
  };
  cleanups.push(run);
  return run;
}

/** Runs every registered undo step, newest first; errors are reported, not thrown. */
export async function cleanupAll(): Promise<void> {
  while (cleanups.length) {
    const fn = cleanups.pop()!;
    try {
      await fn();
    } catch (err) {
      process.stderr.write(`bench: cleanup: ${err instanceof Error ? err.message : String(err)}\n`);
    }
  }
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export function log(msg: string): void {
  process.stderr.write(`bench: ${msg}\n`);
}

/** VmHWM (peak resident set) of a process in MB, or undefined when it is gone. */
export function peakRssMb(pid: number | undefined): number | undefined {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

export interface AgentProc {
  child: ResultPromise;
  socket: string;
  dir: string;
  /** stdout lines (only with -o json) */
  out: string[];
  stderr: () => string;
  stop(): Promise<void>;
}

/** Extra node flags for the agent process (BENCH_AGENT_NODE_FLAGS, e.g. "--cpu-prof --cpu-prof-dir=/tmp/p" or "--trace-gc"). */
const AGENT_NODE_FLAGS = (process.env.BENCH_AGENT_NODE_FLAGS ?? '').split(/\s+/).filter(Boolean);
/** A file that gets a copy of everything the agent writes to stdout and stderr (BENCH_AGENT_LOG). */
const AGENT_LOG = process.env.BENCH_AGENT_LOG;

/** Starts `netscope agent` as its own process, listening on a socket in a fresh temp dir; resolves when ready. */
export async function startAgent(args: string[], opts: { json?: boolean } = {}): Promise<AgentProc> {
  const dir = mkdtempSync(join(tmpdir(), 'netscope-bench-'));
  const ready = join(dir, 'ready');
  const socket = join(dir, 'agent.sock');
  const extra = opts.json ? ['-o', 'json', '--kinds', 'status,lost,gap'] : [];
  const child = execa('env', ['-u', 'NODE_OPTIONS', process.execPath, ...AGENT_NODE_FLAGS, join(ROOT, 'bin', 'netscope'), 'agent', '--listen', socket, '--ready-file', ready, ...extra, ...args], { reject: false, buffer: false, stdin: 'ignore' });
  const out: string[] = [];
  let err = '';
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (d: string) => {
    err = (err + d).slice(-4000);
    if (AGENT_LOG) appendFileSync(AGENT_LOG, d);
  });
  child.stdout!.setEncoding('utf8');
  let partial = '';
  child.stdout!.on('data', (d: string) => {
    if (AGENT_LOG) appendFileSync(AGENT_LOG, d);
    const lines = (partial + d).split('\n');
    partial = lines.pop() ?? '';
    out.push(...lines.filter(Boolean));
  });
  const stop = onCleanup(async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    const t = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await child;
    clearTimeout(t);
    rmSync(dir, { recursive: true, force: true });
  });
  const end = Date.now() + 90_000;
  while (!existsSync(ready)) {
    if (child.exitCode !== null || Date.now() > end) {
      await stop();
      throw new Error(`the agent did not become ready (${child.exitCode === null ? 'timeout' : `exit ${child.exitCode}`}): ${err.trim().split('\n').slice(-3).join(' / ')}`);
    }
    await sleep(50);
  }
  return { child, socket, dir, out, stderr: () => err, stop };
}

/** The kernel's own counters for some BPF programs (kernel.bpf_stats_enabled must be on for run_cnt). */
export async function progRunCounts(ids: number[]): Promise<number> {
  const r = await execa('bpftool', ['prog', 'show', '-j'], { reject: false });
  if (r.exitCode !== 0) return NaN;
  const progs = JSON.parse(r.stdout || '[]') as Array<{ id: number; run_cnt?: number }>;
  const want = new Set(ids);
  return progs.filter((p) => want.has(p.id)).reduce((n, p) => n + (p.run_cnt ?? 0), 0);
}

/** Sum over CPUs of the first value of a per-CPU array map (the netfilter probe's `lost` counter). */
export async function perCpuCounter(mapId: number): Promise<number> {
  const r = await execa('bpftool', ['map', 'dump', 'id', String(mapId), '-j'], { reject: false });
  if (r.exitCode !== 0) return NaN;
  const rows = JSON.parse(r.stdout || '[]') as Array<{ values?: Array<{ value: unknown }>; formatted?: { values?: Array<{ value: unknown }> } }>;
  let n = 0;
  for (const row of rows) for (const v of row.formatted?.values ?? row.values ?? []) n += toNumber(v.value);
  return n;
}

function toNumber(v: unknown): number {
  if (typeof v === 'number') return v;
  if (Array.isArray(v)) {
    // raw little-endian bytes ("0x01", …)
    let n = 0;
    for (let i = v.length - 1; i >= 0; i--) n = n * 256 + parseInt(String(v[i]), 16);
    return n;
  }
  return Number(v) || 0;
}

/** A process and all its descendants (/proc/PID/task/TID/children). */
export function descendants(pid: number): number[] {
  const out = [pid];
  for (let i = 0; i < out.length; i++) {
    let tids: string[] = [];
    try {
      tids = readdirSync(`/proc/${out[i]}/task`);
    } catch {
      continue;
    }
    for (const tid of tids) {
      try {
        for (const c of readFileSync(`/proc/${out[i]}/task/${tid}/children`, 'utf8').split(/\s+/)) if (c) out.push(Number(c));
      } catch {
        /* gone */
      }
    }
  }
  return out;
}

/** The programs behind the netfilter BPF links a process tree holds open (from /proc/PID/fdinfo), and their `lost` maps. */
export async function netfilterProgsOf(pid: number): Promise<{ progIds: number[]; lostMapIds: number[] }> {
  const progIds = new Set<number>();
  for (const p of descendants(pid)) {
    let fds: string[] = [];
    try {
      fds = readdirSync(`/proc/${p}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      try {
        if (readlinkSync(`/proc/${p}/fd/${fd}`) !== 'anon_inode:bpf_link') continue;
        const info = readFileSync(`/proc/${p}/fdinfo/${fd}`, 'utf8');
        const id = /^prog_id:\s+(\d+)/m.exec(info);
        if (/^link_type:\s+netfilter/m.test(info) && id) progIds.add(Number(id[1]));
      } catch {
        /* closed meanwhile */
      }
    }
  }
  const ids = [...progIds];
  return { progIds: ids, lostMapIds: await lostMaps(ids) };
}

/** The `lost` maps the given programs use. */
export async function lostMaps(progIds: number[]): Promise<number[]> {
  const r = await execa('bpftool', ['prog', 'show', '-j'], { reject: false });
  const progs = JSON.parse(r.stdout || '[]') as Array<{ id: number; map_ids?: number[] }>;
  const mapIds = new Set(progs.filter((p) => progIds.includes(p.id)).flatMap((p) => p.map_ids ?? []));
  const m = await execa('bpftool', ['map', 'show', '-j'], { reject: false });
  const maps = JSON.parse(m.stdout || '[]') as Array<{ id: number; name?: string }>;
  return maps.filter((x) => mapIds.has(x.id) && x.name === 'lost').map((x) => x.id);
}
