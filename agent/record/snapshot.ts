// Snapshots taken when a recording starts: what each target netns looked like (conntrack table,
// qdiscs, rules, addresses, routes), so a replay elsewhere can show the state the events happened in.
import { execa } from 'execa';
import type { Agent } from '../agent.js';
import type { Clock } from '../core/clock.js';
import { inNetns, type NetnsTarget } from '../core/netns.js';
import type { Backend } from '../server/server.js';
import { parseConntrackList } from '../sources/conntrack/parse.js';
import { parseTcQdiscJson } from '../sources/qdisc/parse.js';
import { commandFailure } from '../util/exec.js';
import type { Snapshot } from './writer.js';

/** Runs one tool in the netns: its stdout, or the sentence why not. */
export async function runIn(target: NetnsTarget, argv: string[]): Promise<{ stdout: string } | { error: string }> {
  const full = inNetns(target, argv);
  const r = await execa(full[0]!, full.slice(1), { reject: false, timeout: 10000, stdin: 'ignore' });
  if (r.exitCode === 0) return { stdout: String(r.stdout) };
  if ((r as { code?: string }).code === 'ENOENT' || /No such file|not found/.test(String(r.stderr)) && r.exitCode === 127) return { error: `${argv[0]}: not installed` };
  return { error: commandFailure(full, { exitCode: r.exitCode, signal: r.signal, stderr: String(r.stderr) }).message };
}

/** The snapshot of one netns. A tool that fails leaves its field empty and adds a sentence to `errors`. */
export async function snapshotNetns(target: NetnsTarget, wallNow: () => number = () => Date.now() * 1e6): Promise<Snapshot> {
  const timeNs = wallNow();
  const snap: Snapshot = { netnsName: target.name, netns: target.inode, timeNs, errors: [] };
  const [ct, tc, ipt, nft, addr, route] = await Promise.all([
    runIn(target, ['conntrack', '-L', '-o', 'extended,id']),
    runIn(target, ['tc', '-s', '-j', 'qdisc', 'show']),
    runIn(target, ['iptables-save']),
    runIn(target, ['nft', 'list', 'ruleset']),
    runIn(target, ['ip', '-j', 'addr', 'show']),
    runIn(target, ['ip', '-j', 'route', 'show']),
  ]);
  const ctx = { netns: target.inode, netnsName: target.name, timeNs };
  if ('stdout' in ct) snap.conntrack = parseConntrackList(ct.stdout, ctx).events;
  else snap.errors!.push(ct.error);
  if ('stdout' in tc) {
    try {
      snap.qdiscs = parseTcQdiscJson(tc.stdout, ctx).samples;
    } catch (err) {
      snap.errors!.push(`tc: output is not JSON: ${(err as Error).message}`);
    }
  } else snap.errors!.push(tc.error);
  if ('stdout' in ipt) snap.iptablesSave = ipt.stdout;
  else snap.errors!.push(ipt.error);
  if ('stdout' in nft) snap.nftRuleset = nft.stdout;
  else snap.errors!.push(nft.error);
  if ('stdout' in addr) snap.ipAddrJson = addr.stdout;
  else snap.errors!.push(addr.error);
  if ('stdout' in route) snap.ipRouteJson = route.stdout;
  else snap.errors!.push(route.error);
  return snap;
}

export function snapshotAll(targets: NetnsTarget[], wallNow?: () => number): Promise<Snapshot[]> {
  return Promise.all(targets.map((t) => snapshotNetns(t, wallNow)));
}

/**
 * The running agent as the gRPC server's backend, with GetSnapshot: the snapshots a recording starts
 * with, taken now, and the clock the agent converts with (for `netscope record --agent`).
 */
export function agentBackend(agent: Agent, clock: Clock): Backend {
  return {
    node: agent.node,
    subscribe: (sink) => agent.subscribe(sink),
    currentStatus: () => agent.currentStatus(),
    probeStatus: () => agent.probeStatus(),
    conntrackSources: () => agent.conntrackSources(),
    qdiscSources: () => agent.qdiscSources(),
    snapshot: async () => ({ snapshots: await snapshotAll(agent.targets, () => clock.wallNow()), monoNs: clock.monoNow(), monoToWallOffsetNs: clock.wallOf(0) }),
  };
}
