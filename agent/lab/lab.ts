// The lab's programmatic API: build it (rolling back on any failure), inspect it, remove it.
import { readdir, stat } from 'node:fs/promises';
import { UserError, isRoot, withContext } from '../util/errors.js';
import { CommandError, runCommand } from './exec.js';
import { planDown, planRollback, planUp, type Step } from './plan.js';
import {
  BRIDGE_ADDR, HOST01_ADDR, HOST02_ADDR, HOST_CIDR, NAT_CHAIN, POD_CIDR, UPLINK_IF,
  host01Netns, labNetnsPattern, labOptions, podAddress, type LabOptions,
} from './topology.js';

export { execIn, spawnIn, runCommand, CommandError } from './exec.js';
export type { CommandOutput } from './exec.js';
export * from './topology.js';
export { planUp, planDown, planRollback, netnsExec, type Step } from './plan.js';

export const NETNS_DIR = '/run/netns';

export interface InterfaceStatus {
  name: string;
  ifindex: number;
  /** link kind from `ip -d`: veth, bridge, loopback… */
  kind: string;
  /** operstate as ip reports it: UP, DOWN, UNKNOWN (lo), LOWERLAYERDOWN */
  state: string;
  mac: string;
  /** the bridge it is attached to, if any */
  master?: string;
  /** IPv4 addresses with prefix length, e.g. 10.85.0.2/16 */
  addresses: string[];
}

export interface NamespaceStatus {
  name: string;
  role: 'host01' | 'host02' | 'pod';
  /** pod number for role "pod" */
  pod?: number;
  path: string;
  /** the netns inode (stat of /run/netns/NAME), as probes report it */
  inode: number;
  interfaces: InterfaceStatus[];
}

export interface LabStatus {
  prefix: string;
  /** up: host01, host02 and pods 1..N all present; partial: some of them; down: none */
  state: 'up' | 'partial' | 'down';
  namespaces: NamespaceStatus[];
  /** the fixed address scheme, so callers need not parse interfaces */
  addresses: {
    host01: string;
    host02: string;
    hostCidr: string;
    bridge: string;
    podCidr: string;
    /** pod netns name → its address (pod N = 10.85.0.(N+1)) */
    pods: Record<string, string>;
  };
  natChain: string;
  /** host01's uplink tbf qdisc, when there is one */
  tbf?: { rateBitsPerSec: number; burstBytes: number; latencyUs?: number };
}

/** no lab command takes more than milliseconds; one that hangs this long is stuck */
const STEP_TIMEOUT_MS = 30_000;

export interface UpRunOptions {
  /** test hook: make step N (1-based) fail as if its command had failed, after steps 1..N-1 ran */
  failAtStep?: number;
  /** aborting stops `up` once the running step has finished, and rolls back */
  signal?: AbortSignal;
  /** progress callback, called before each step runs */
  onStep?: (step: Step, index: number, total: number) => void;
}

/** The one sentence every lab entry point gives without root. */
export function requireLabRoot(who: string): void {
  if (!isRoot()) {
    throw new UserError(`${who} needs root, because the lab lives in network namespaces only root can create and enter; run it with sudo or as root.`);
  }
}

/** The lab namespaces with this prefix that exist now (read from /run/netns), in a stable order. */
export async function listLabNetns(prefix: string): Promise<string[]> {
  const re = labNetnsPattern(prefix);
  let names: string[];
  try {
    names = await readdir(NETNS_DIR);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
  const role = (n: string) => { const m = re.exec(n)!; return m[1] === 'host01' ? 0 : m[1] === 'host02' ? 1 : 1 + Number(m[2]); };
  return names.filter((n) => re.test(n)).sort((a, b) => role(a) - role(b));
}

/** Runs the undo commands of the first `done` steps; returns the failures (rollback never stops early). */
async function rollback(steps: Step[], done: number): Promise<string[]> {
  const failures: string[] = [];
  for (const undo of planRollback(steps, done)) {
    try {
      await runCommand(undo.argv);
    } catch (err) {
      failures.push(`${undo.description}: ${(err as Error).message}`);
    }
  }
  return failures;
}

/**
 * Builds the lab. Throws a UserError (and changes nothing) when a lab with this prefix exists;
 * on any failure or abort it removes everything it built before rethrowing.
 */
export async function labUp(input: Partial<LabOptions> = {}, run: UpRunOptions = {}): Promise<LabStatus> {
  requireLabRoot('netscope lab up');
  const opts = labOptions(input, 'netscope lab up');
  const existing = await listLabNetns(opts.prefix);
  if (existing.length > 0) {
    throw new UserError(`netscope lab up: a lab with prefix '${opts.prefix}' already exists (${existing.join(', ')}), so nothing was changed; use it, remove it with 'netscope lab down --prefix ${opts.prefix}', or choose another --prefix.`);
  }
  const steps = planUp(opts);
  if (run.failAtStep !== undefined && (!Number.isInteger(run.failAtStep) || run.failAtStep < 1 || run.failAtStep > steps.length)) {
    throw new RangeError(`failAtStep ${run.failAtStep} is outside 1..${steps.length}`);
  }
  let done = 0;
  // a step killed or timed out may have half-happened, so its own undo runs too (its names were checked free above)
  let current = 0;
  try {
    for (const [i, step] of steps.entries()) {
      // stop only between steps: a command cut off mid-way could leave something no undo knows about
      if (run.signal?.aborted) throw new UserError('interrupted', { exitCode: 130 });
      run.onStep?.(step, i + 1, steps.length);
      if (run.failAtStep === i + 1) throw new Error(`injected failure (failAtStep ${i + 1})`);
      try {
        await runCommand(step.argv, { timeoutMs: STEP_TIMEOUT_MS });
      } catch (err) {
        if (err instanceof CommandError && (err.outcome.timedOut || err.outcome.signal)) current = 1;
        throw err;
      }
      done = i + 1;
    }
    if (run.signal?.aborted) throw new UserError('interrupted', { exitCode: 130 });
  } catch (err) {
    const failures = await rollback(steps, Math.min(done + current, steps.length));
    const at = done < steps.length ? `step ${done + 1}/${steps.length} (${steps[done]!.description})` : `the end (${steps.length} steps)`;
    const cleanup = failures.length === 0
      ? 'everything it had built was removed'
      : `removing what it had built also failed (${failures.join('; ')}), so run 'netscope lab down --prefix ${opts.prefix}'`;
    const what = run.signal?.aborted ? `interrupted before ${at}` : `${at} failed: ${(err as Error).message.replace(/\.$/, '')}`;
    // a failed command is something the user can look into (module, tool, ruleset), not a crash
    throw new UserError(`netscope lab up: ${what}; ${cleanup}.`, { cause: err, exitCode: err instanceof UserError ? err.exitCode : 1 });
  }
  return waitLinksUp(opts.prefix);
}

const LINK_UP_TIMEOUT_MS = 3000;
const LINK_UP_POLL_MS = 50;

/**
 * A veth reports UP only once the kernel's link watcher has run (up to a second later): wait for
 * every lab link to say UP, bounded, so callers can send traffic at once. Returns the last status.
 */
async function waitLinksUp(prefix: string): Promise<LabStatus> {
  const deadline = Date.now() + LINK_UP_TIMEOUT_MS;
  for (;;) {
    const status = await labStatus(prefix);
    const down = status.namespaces.flatMap((n) => n.interfaces.filter((i) => i.kind !== 'loopback' && i.state !== 'UP'));
    if (down.length === 0 || Date.now() > deadline) return status;
    await new Promise((r) => setTimeout(r, LINK_UP_POLL_MS));
  }
}

/** Removes every namespace of the lab with this prefix (and with them all links, rules and qdiscs); returns their names. Safe to repeat. */
export async function labDown(prefix: string): Promise<string[]> {
  requireLabRoot('netscope lab down');
  const { prefix: p } = labOptions({ prefix }, 'netscope lab down');
  const removed: string[] = [];
  for (const step of planDown(await listLabNetns(p))) {
    try {
      await runCommand(step.argv);
      removed.push(step.argv[3]!);
    } catch (err) {
      // a concurrent `down` may have removed it first: that is the goal, not an error
      const gone = (await listLabNetns(p)).includes(step.argv[3]!) === false;
      if (!gone) throw withContext(`netscope lab down: ${step.description}`, err);
    }
  }
  return removed;
}

interface IpAddrJson {
  ifindex: number;
  ifname: string;
  operstate?: string;
  address?: string;
  master?: string;
  link_type?: string;
  linkinfo?: { info_kind?: string };
  addr_info?: { family: string; local: string; prefixlen: number }[];
}

/** Parses `ip -j -d addr show` into the interface list status reports. */
export function parseIpAddr(json: string): InterfaceStatus[] {
  const links = JSON.parse(json || '[]') as IpAddrJson[];
  return links.map((l) => ({
    name: l.ifname,
    ifindex: l.ifindex,
    kind: l.linkinfo?.info_kind ?? l.link_type ?? 'unknown',
    state: l.operstate ?? 'UNKNOWN',
    mac: l.address ?? '',
    ...(l.master ? { master: l.master } : {}),
    addresses: (l.addr_info ?? []).filter((a) => a.family === 'inet').map((a) => `${a.local}/${a.prefixlen}`),
  }));
}

async function namespaceStatus(prefix: string, name: string): Promise<NamespaceStatus | undefined> {
  const m = labNetnsPattern(prefix).exec(name)!;
  const path = `${NETNS_DIR}/${name}`;
  let inode: number;
  let out: string;
  try {
    inode = (await stat(path)).ino;
    out = (await runCommand(['ip', '-n', name, '-j', '-d', 'addr', 'show'])).stdout;
  } catch (err) {
    // removed while we looked (a concurrent `down`): report what is there
    if ((err as NodeJS.ErrnoException).code === 'ENOENT' || !(await listLabNetns(prefix)).includes(name)) return undefined;
    throw withContext(`netscope lab status: reading namespace ${name}`, err);
  }
  const role = m[1] === 'host01' || m[1] === 'host02' ? m[1] : 'pod';
  return { name, role, ...(role === 'pod' ? { pod: Number(m[2]) } : {}), path, inode, interfaces: parseIpAddr(out) };
}

interface TcQdiscJson {
  kind: string;
  root?: boolean;
  options?: { rate?: number; burst?: number; lat?: number };
}

/** The lab's namespaces, their interfaces, addresses and netns inodes, and host01's tbf if any. */
export async function labStatus(prefix: string): Promise<LabStatus> {
  requireLabRoot('netscope lab status');
  const { prefix: p } = labOptions({ prefix }, 'netscope lab status');
  const names = await listLabNetns(p);
  const namespaces = (await Promise.all(names.map((n) => namespaceStatus(p, n)))).filter((n): n is NamespaceStatus => n !== undefined);
  const pods = namespaces.filter((n) => n.role === 'pod').map((n) => n.pod!);
  const hosts = namespaces.filter((n) => n.role !== 'pod').length;
  const contiguous = pods.every((n, i) => n === i + 1);
  const state = namespaces.length === 0 ? 'down' : hosts === 2 && pods.length > 0 && contiguous ? 'up' : 'partial';
  const status: LabStatus = {
    prefix: p,
    state,
    namespaces,
    addresses: {
      host01: HOST01_ADDR, host02: HOST02_ADDR, hostCidr: HOST_CIDR, bridge: BRIDGE_ADDR, podCidr: POD_CIDR,
      pods: Object.fromEntries(namespaces.filter((n) => n.role === 'pod').map((n) => [n.name, podAddress(n.pod!)])),
    },
    natChain: NAT_CHAIN,
  };
  if (namespaces.some((n) => n.name === host01Netns(p))) {
    const tc = JSON.parse((await runCommand(['tc', '-n', host01Netns(p), '-j', 'qdisc', 'show', 'dev', UPLINK_IF])).stdout || '[]') as TcQdiscJson[];
    const tbf = tc.find((q) => q.kind === 'tbf');
    if (tbf?.options?.rate !== undefined) {
      // tc -j reports the rate in bytes per second
      status.tbf = { rateBitsPerSec: tbf.options.rate * 8, burstBytes: tbf.options.burst ?? 0, ...(tbf.options.lat !== undefined ? { latencyUs: tbf.options.lat } : {}) };
    }
  }
  return status;
}
