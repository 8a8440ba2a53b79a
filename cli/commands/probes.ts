// `netscope probes`: which probe sets this host can attach, why not, and what their programs cost.
import { Agent } from '../../agent/agent.js';
import { resolveNetns } from '../../agent/core/netns.js';
import { ProbeSet, ProbeState, pb, JSON_OPTIONS, type ProbeSetStatus } from '../../proto/index.js';
import { UserError } from '../../agent/util/errors.js';
import { parseFlags, intFlag, type Command } from '../command.js';
import { styleFor, type Style } from '../print/style.js';
import { DEFAULT_SOCKET, formatAddress } from '../../agent/server/address.js';
import { CONNECT_HELP, CONNECT_OPTIONS, connectAgent } from '../client/connect.js';
import { table } from '../print/tables.js';

const help = `usage: netscope probes [--agent ADDR] [--netns NAME|PATH] [--seconds S] [-o table|json] [--color WHEN]

When an agent is running (at --agent, default ${DEFAULT_SOCKET}), asks it: which probe sets it
attached, where, or why not, and its programs' run counts and run time since it started (counted
only while kernel.bpf_stats_enabled is on: start the agent with --bpf-stats). No root needed then,
only access to its socket.

Otherwise detects, by attaching them, which probe sets work on this host (needs root): each set is attached
for a moment in the given netns (default the caller's own), reported as attached or with the reason
it cannot attach, and detached again. For each attached set, its BPF programs are listed with their
run count and run time over the --seconds it stayed attached (kernel.bpf_stats_enabled is switched
on for that time and restored after). Nothing is left attached.

Probe sets:
  tracepoint  a CO-RE object (bpftrace as fallback) on net:net_dev_start_xmit,
              net:netif_receive_skb, net:netif_rx, skb:kfree_skb, qdisc:qdisc_enqueue/dequeue
              (kernels with BTF)
  netfilter   netfilter BPF links at every IPv4 hook's entry and exit   (kernel 6.4+)
  kprobe      a CO-RE object on kprobes, in groups that attach on their own: hook (nf_hook_slow),
              nft (nft_do_chain), ipt (ipt_do_table), nat (nf_nat_manip_pkt), bridge (br_forward);
              a group in a module not loaded yet attaches when it loads   (kernels with CONFIG_KPROBES)

After the table: the kprobe set's groups one by one, and which hops a journey will have on this
host and which it will lack.

options:
${CONNECT_HELP}
  --local            do not ask an agent; check this host by attaching the sets
  --netns NAME|PATH  where the netfilter set attaches for the check (default the caller's netns)
  --seconds S        how long the sets stay attached to count program runs (default 1)
  -o, --output FMT   table (default) or json (the ProbeSetStatus messages, proto3 JSON, one a line)
  --color WHEN       auto, always or never`;

const NAMES: Record<number, string> = { [ProbeSet.PROBE_SET_TRACEPOINT]: 'tracepoint', [ProbeSet.PROBE_SET_NETFILTER]: 'netfilter', [ProbeSet.PROBE_SET_KPROBE]: 'kprobe' };
const STATES: Record<number, string> = {
  [ProbeState.PROBE_STATE_ATTACHED]: 'attached',
  [ProbeState.PROBE_STATE_UNAVAILABLE]: 'unavailable',
  [ProbeState.PROBE_STATE_FAILED]: 'failed',
  [ProbeState.PROBE_STATE_NOT_REQUESTED]: 'not requested',
};

export const probes: Command = {
  name: 'probes',
  help,
  async run(argv) {
    const { values } = parseFlags('probes', argv, { ...CONNECT_OPTIONS, local: { type: 'boolean' }, netns: { type: 'string' }, seconds: { type: 'string' }, output: { type: 'string', short: 'o' }, color: { type: 'string' } });
    const output = values.output ?? 'table';
    if (output !== 'table' && output !== 'json') throw new UserError(`netscope probes: -o takes table or json, not '${output}'.`);
    const seconds = intFlag('probes', 'seconds', values.seconds, 1, 0, 600);
    const style = styleFor(values.color);
    let statuses: ProbeSetStatus[] | undefined;
    let runFor = `over ${seconds} s attached`;
    let fromAgent = false;
    if (!values.local && !values.netns) {
      // a running agent knows best (and holds the sets already); without one, check locally
      const client = await connectAgent('probes', values, { timeoutMs: 1500 }).catch((err: unknown) => {
        if (values.agent) throw err; // asked for that agent by name: its absence is the answer
        return undefined;
      });
      if (client) {
        try {
          statuses = await client.getProbeSets();
          runFor = `since the agent at ${formatAddress(client.address)} attached them`;
          fromAgent = true;
        } finally {
          client.close();
        }
      }
    }
    if (!statuses) statuses = await localCheck(values.netns, seconds);
    return print(statuses, output, style, runFor, fromAgent);
  },
};

async function localCheck(netnsFlag: string | undefined, seconds: number): Promise<ProbeSetStatus[]> {
  const netns = netnsFlag ? [resolveNetns(netnsFlag)] : [];
  const agent = new Agent({ netns, probes: 'auto', filter: {}, sources: false, warn: () => undefined, bpfStats: true });
  let statuses;
  try {
    await agent.start();
    await new Promise((r) => setTimeout(r, seconds * 1000));
    statuses = await agent.probeStatus();
  } catch (err) {
    // nothing attached at all: still report why, set by set
    if (!(err instanceof UserError)) throw err;
    statuses = await agent.probeStatus();
  } finally {
    await agent.stop();
  }
  return statuses;
}

function print(statuses: ProbeSetStatus[], output: string, style: Style, runFor: string, fromAgent: boolean): number {
  if (output === 'json') {
    for (const s of statuses) process.stdout.write(JSON.stringify(pb.ProbeSetStatus.toObject(pb.ProbeSetStatus.fromObject(s), JSON_OPTIONS)) + '\n');
    return statuses.some((s) => s.state === ProbeState.PROBE_STATE_ATTACHED) ? 0 : 1;
  }
  const rows = [['SET', 'STATE', 'DETAIL']];
  for (const s of statuses) {
    const name = NAMES[s.set ?? 0] ?? '?';
    const state = STATES[s.state ?? 0] ?? '?';
    const ok = s.state === ProbeState.PROBE_STATE_ATTACHED;
    rows.push([name, ok ? style.green(state) : style.yellow(state), ok ? `attached in ${(s.netns ?? []).join(', ')}: ${(s.programs ?? []).length} programs` : s.reason ?? '']);
  }
  process.stdout.write(table(rows, style).join('\n') + '\n');
  const kp = statuses.find((s) => s.set === ProbeSet.PROBE_SET_KPROBE);
  const groups = kprobeGroups(kp);
  if (groups.length) process.stdout.write(`\nkprobe groups:\n${groups.map((g) => `  ${g.line}`).join('\n')}\n`);
  const { have, lack } = journeyCoverage(statuses);
  process.stdout.write(`\na journey here has: ${have.length ? have.join('; ') : 'nothing (no probe set attached)'}\n`);
  if (lack.length) process.stdout.write(`and lacks: ${lack.join('; ')}\n`);
  const progRows = [['SET', 'PROG ID', 'NAME', 'RUNS', 'RUN TIME', 'PER RUN']];
  for (const s of statuses) {
    for (const p of s.programs ?? []) {
      const runs = p.runCount ?? 0;
      const ns = p.runTimeNs ?? 0;
      progRows.push([NAMES[s.set ?? 0] ?? '?', String(p.id), p.name ?? '', String(runs), `${(ns / 1e3).toFixed(1)} µs`, runs ? `${Math.round(ns / runs)} ns` : '-']);
    }
  }
  if (progRows.length > 1) process.stdout.write(`\nprograms, ${runFor}:\n` + table(progRows, style).join('\n') + '\n');
  if (fromAgent && progRows.length > 1 && statuses.every((s) => (s.programs ?? []).every((p) => !Number(p.runCount ?? 0)))) {
    process.stdout.write("no runs counted: the kernel counts them only while kernel.bpf_stats_enabled is on; start the agent with --bpf-stats (or run 'sysctl kernel.bpf_stats_enabled=1').\n");
  }
  return statuses.some((s) => s.state === ProbeState.PROBE_STATE_ATTACHED) ? 0 : 1;
}

/** The kprobe set's groups, from its reason ("hook (nf_hook_slow): attached; nft (nft_do_chain in nf_tables): pending: …"). */
export function kprobeGroups(s: ProbeSetStatus | undefined): Array<{ group: string; state: string; line: string }> {
  if (!s?.reason || s.state !== ProbeState.PROBE_STATE_ATTACHED) return [];
  const out: Array<{ group: string; state: string; line: string }> = [];
  for (const part of s.reason.split(/; (?=\w+ \()/)) {
    const m = /^(\w+) \([^)]*\): (attached|pending|unavailable)/.exec(part);
    if (m) out.push({ group: m[1]!, state: m[2]!, line: part });
  }
  return out;
}

const GROUP_HOPS: Record<string, string> = {
  nft: 'nftables chain verdicts (kprobe nft_do_chain)',
  ipt: 'legacy iptables table verdicts (kprobe ipt_do_table)',
  nat: 'the NAT function where the rewrite happens (kprobe nf_nat_manip_pkt)',
  bridge: "the bridge's port-to-port forwarding (kprobe br_forward)",
};

/** Which hops a journey will have on this host, and which it will lack (with why), from the sets' states. */
export function journeyCoverage(statuses: ProbeSetStatus[]): { have: string[]; lack: string[] } {
  const attached = (set: number) => statuses.find((s) => s.set === set)?.state === ProbeState.PROBE_STATE_ATTACHED;
  const why = (set: number) => statuses.find((s) => s.set === set)?.reason || 'not attached';
  const groups = new Map(kprobeGroups(statuses.find((s) => s.set === ProbeSet.PROBE_SET_KPROBE)).map((g) => [g.group, g]));
  const have: string[] = [];
  const lack: string[] = [];
  const dev = 'device hops (xmit, receive), drops with the kernel\'s reason, qdisc enqueue/dequeue';
  if (attached(ProbeSet.PROBE_SET_TRACEPOINT)) have.push(`${dev} (tracepoint)`);
  else lack.push(`${dev} (tracepoint: ${why(ProbeSet.PROBE_SET_TRACEPOINT)})`);
  const hooks = 'netfilter hooks with NAT and the conntrack entry';
  if (attached(ProbeSet.PROBE_SET_NETFILTER)) have.push(`${hooks} (netfilter)`);
  else if (groups.get('hook')?.state === 'attached') have.push(`${hooks} (kprobe nf_hook_slow: only hooks where something is registered, e.g. a table's chain, conntrack or NAT)`);
  else lack.push(`${hooks} (netfilter: ${why(ProbeSet.PROBE_SET_NETFILTER)}; kprobe: ${groups.get('hook')?.line ?? why(ProbeSet.PROBE_SET_KPROBE)})`);
  if (!attached(ProbeSet.PROBE_SET_KPROBE)) {
    // the whole set is out: one line, one reason
    lack.push(`${Object.values(GROUP_HOPS).map((w) => w.replace(/ \(kprobe .*\)$/, '')).join(', ')} (kprobe: ${why(ProbeSet.PROBE_SET_KPROBE)})`);
    return { have, lack };
  }
  for (const [g, what] of Object.entries(GROUP_HOPS)) {
    const st = groups.get(g);
    if (st?.state === 'attached') have.push(what);
    else lack.push(`${what}: ${st ? st.line : 'not reported by the agent'}`);
  }
  return { have, lack };
}
