// `netscope lab up|down|status`: the book's two-host topology in network namespaces, for trying and testing netscope.
import { UserError } from '../../agent/util/errors.js';
import { labDown, labStatus, labUp, type LabStatus } from '../../agent/lab/lab.js';
import {
  BRIDGE_ADDR, DEFAULT_PODS, DEFAULT_PREFIX, HOST01_ADDR, HOST02_ADDR, MAX_PODS, MAX_PREFIX_LEN, MULTICAST_CIDR,
  NAT_CHAIN, POD_CIDR, TBF_BURST, TBF_LATENCY, labOptions,
} from '../../agent/lab/topology.js';
import { intFlag, parseFlags, type Command } from '../command.js';

const help = `usage: netscope lab up     [--prefix P] [--pods N] [--tbf RATE] [-o text|json] [-v]
       netscope lab down   [--prefix P]
       netscope lab status [--prefix P] [-o text|json]

Builds, inspects and removes a test lab inside network namespaces: the topology of the book
netscope grew from, with a pod's traffic crossing a veth, a bridge and MASQUERADE to a second host.
Needs root. Every name the lab makes is a namespace called P-host01, P-host02, P-pod1 …; all
links live inside those namespaces, so the machine's own network is never touched.

  P-host01   eth0 ${HOST01_ADDR}/24 (link to P-host02), bridge cni0 ${BRIDGE_ADDR}/16,
             veth-podN attached to cni0, net.ipv4.ip_forward=1 (this namespace only),
             nat chain ${NAT_CHAIN}: POSTROUTING -s ${POD_CIDR} -j ${NAT_CHAIN};
             ${NAT_CHAIN}: -d ${POD_CIDR} -j ACCEPT, then ! -d ${MULTICAST_CIDR} -j MASQUERADE
  P-host02   eth0 ${HOST02_ADDR}/24, no route to ${POD_CIDR}: only masquerade lets replies back
  P-podN     eth0 10.85.0.(N+1)/16 (pod1 = 10.85.0.2, pod2 = 10.85.0.3 …), default via ${BRIDGE_ADDR}
  every one  lo up

commands:
  up       build the lab; if a lab with this prefix exists, say so and change nothing.
           A failure (or Ctrl-C) part-way removes everything built so far.
  down     remove every namespace of the lab, and with them all its links, rules and qdiscs;
           safe to run again.
  status   list the lab's namespaces, netns inodes, interfaces and addresses.

options:
  --prefix P     name prefix, 1 to ${MAX_PREFIX_LEN} characters from a-z, 0-9 and '-' (default ${DEFAULT_PREFIX});
                 labs with different prefixes never collide
  --pods N       number of pod namespaces, 1 to ${MAX_PODS} (default ${DEFAULT_PODS}; up only)
  --tbf RATE     add a tbf qdisc on P-host01's eth0 (towards P-host02) with this tc rate, e.g.
                 10mbit, 100kbit, 1gbit, and the book's burst ${TBF_BURST} / latency ${TBF_LATENCY} (up only)
  -o, --output   text (default) or json; json is the status object (up, status)
  -v, --verbose  print each command as it runs (up only)
  -h, --help     this help

examples:
  sudo netscope lab up --pods 3 --tbf 100mbit
  sudo ip netns exec lab-pod1 ping -c 3 ${HOST02_ADDR}
  sudo netscope lab status -o json
  sudo netscope lab down`;

function statusText(s: LabStatus): string {
  if (s.state === 'down') return `lab '${s.prefix}': down (no namespaces named ${s.prefix}-host01, ${s.prefix}-host02, ${s.prefix}-podN).`;
  const pods = s.namespaces.filter((n) => n.role === 'pod').length;
  const extras = [`nat chain ${s.natChain} in ${s.prefix}-host01`];
  if (s.tbf) extras.push(`tbf ${s.tbf.rateBitsPerSec / 1e6} Mbit/s on ${s.prefix}-host01/eth0`);
  const lines = [`lab '${s.prefix}': ${s.state}, ${pods} pod${pods === 1 ? '' : 's'}, ${extras.join(', ')}`];
  if (s.state === 'partial') lines.push(`  (incomplete: remove it with 'netscope lab down --prefix ${s.prefix}')`);
  const rows: string[][] = [['NAMESPACE', 'INODE', 'INTERFACE', 'KIND', 'STATE', 'ADDRESS']];
  for (const ns of s.namespaces) {
    ns.interfaces.forEach((i, k) => {
      rows.push([k === 0 ? ns.name : '', k === 0 ? String(ns.inode) : '', i.name, i.kind, i.state, i.addresses.join(' ') || (i.master ? `(in ${i.master})` : '')]);
    });
  }
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  lines.push(...rows.map((r) => r.map((cell, c) => cell.padEnd(widths[c]!)).join('  ').trimEnd()));
  return lines.join('\n');
}

function print(s: LabStatus, output: string): void {
  process.stdout.write((output === 'json' ? JSON.stringify(s, null, 2) : statusText(s)) + '\n');
}

async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseFlags('lab', argv, {
    prefix: { type: 'string' },
    pods: { type: 'string' },
    tbf: { type: 'string' },
    output: { type: 'string', short: 'o' },
    verbose: { type: 'boolean', short: 'v' },
  }, true);
  const [sub, ...extra] = positionals;
  if (sub === undefined) throw new UserError("netscope lab: say what to do (up, down or status); see 'netscope lab --help'.");
  if (!['up', 'down', 'status'].includes(sub)) throw new UserError(`netscope lab: unknown subcommand '${sub}'; use up, down or status (see 'netscope lab --help').`);
  const who = `netscope lab ${sub}`;
  if (extra.length) throw new UserError(`${who}: unexpected argument '${extra[0]}'; see 'netscope lab --help'.`);
  const output = values.output ?? 'text';
  if (output !== 'text' && output !== 'json') throw new UserError(`${who}: --output takes text or json, not '${output}'.`);
  const upOnly = (['pods', 'tbf', 'verbose'] as const).filter((f) => values[f] !== undefined);
  if (sub !== 'up' && upOnly.length) throw new UserError(`${who}: --${upOnly[0]} only applies to 'netscope lab up'.`);
  if (sub === 'down' && values.output !== undefined) throw new UserError(`${who}: --output only applies to 'netscope lab up' and 'netscope lab status'.`);

  if (sub === 'up') {
    const pods = intFlag('lab up', 'pods', values.pods, DEFAULT_PODS, 1, MAX_PODS);
    const opts = labOptions({ prefix: values.prefix, pods, ...(values.tbf !== undefined ? { tbf: values.tbf } : {}) }, who);
    // Ctrl-C or SIGTERM part-way: stop and roll back instead of leaving half a lab
    const abort = new AbortController();
    const onSignal = () => abort.abort();
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    try {
      const status = await labUp(opts, {
        signal: abort.signal,
        ...(values.verbose ? { onStep: (step, i, n) => process.stderr.write(`[${i}/${n}] ${step.description}: ${step.argv.join(' ')}\n`) } : {}),
      });
      print(status, output);
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    }
    return 0;
  }
  const prefix = labOptions({ prefix: values.prefix }, who).prefix;
  if (sub === 'down') {
    const removed = await labDown(prefix);
    process.stdout.write(removed.length
      ? `removed lab '${prefix}': ${removed.join(', ')}\n`
      : `no lab with prefix '${prefix}'; nothing to remove.\n`);
    return 0;
  }
  print(await labStatus(prefix), output);
  return 0;
}

export const lab: Command = {
  name: 'lab',
  help,
  run,
};
