// The lab as data: options → the ordered commands that build it (and those that remove it). Pure.
import {
  BRIDGE_ADDR, BRIDGE_IF, HOST01_ADDR, HOST02_ADDR, HOST_PREFIXLEN, MULTICAST_CIDR, NAT_CHAIN, POD_CIDR,
  POD_PREFIXLEN, TBF_BURST, TBF_LATENCY, UPLINK_IF, topology, type LabOptions,
} from './topology.js';

export interface Step {
  /** what the step does, for progress lines and error messages */
  description: string;
  /** the command, run from the root netns (ip -n / ip netns exec reach into the lab) */
  argv: string[];
  /**
   * the command that reverses it; absent when deleting the namespace the step works in
   * removes what it made (links, addresses, routes, rules, qdiscs and sysctls all live in a netns)
   */
  undo?: string[];
}

/** argv that runs a command inside a named netns (ip netns exec execs it, so the pid is the command's) */
export function netnsExec(netns: string, argv: string[]): string[] {
  return ['ip', 'netns', 'exec', netns, ...argv];
}

function addNetns(netns: string): Step {
  return { description: `add namespace ${netns}`, argv: ['ip', 'netns', 'add', netns], undo: ['ip', 'netns', 'del', netns] };
}

function loUp(netns: string): Step {
  return { description: `bring lo up in ${netns}`, argv: ['ip', '-n', netns, 'link', 'set', 'lo', 'up'] };
}

function iptables(netns: string, description: string, args: string[]): Step {
  // -w: iptables' lock is machine-wide, so parallel labs wait for it instead of failing
  return { description, argv: netnsExec(netns, ['iptables', '-w', '-t', 'nat', ...args]) };
}

/** Every command `lab up` runs, in order. Options must already be validated (labOptions). */
export function planUp(opts: LabOptions): Step[] {
  const topo = topology(opts);
  const h1 = topo.host01;
  const h2 = topo.host02;
  const steps: Step[] = [
    addNetns(h1),
    addNetns(h2),
    loUp(h1),
    loUp(h2),
    // created inside host01 with its peer placed straight into host02: nothing touches the root netns
    { description: `add the link ${h1}/${UPLINK_IF} ↔ ${h2}/${UPLINK_IF}`, argv: ['ip', '-n', h1, 'link', 'add', UPLINK_IF, 'type', 'veth', 'peer', 'name', UPLINK_IF, 'netns', h2] },
    { description: `address ${HOST01_ADDR}/${HOST_PREFIXLEN} on ${h1}/${UPLINK_IF}`, argv: ['ip', '-n', h1, 'addr', 'add', `${HOST01_ADDR}/${HOST_PREFIXLEN}`, 'dev', UPLINK_IF] },
    { description: `address ${HOST02_ADDR}/${HOST_PREFIXLEN} on ${h2}/${UPLINK_IF}`, argv: ['ip', '-n', h2, 'addr', 'add', `${HOST02_ADDR}/${HOST_PREFIXLEN}`, 'dev', UPLINK_IF] },
    { description: `bring ${h1}/${UPLINK_IF} up`, argv: ['ip', '-n', h1, 'link', 'set', UPLINK_IF, 'up'] },
    { description: `bring ${h2}/${UPLINK_IF} up`, argv: ['ip', '-n', h2, 'link', 'set', UPLINK_IF, 'up'] },
    { description: `add the bridge ${h1}/${BRIDGE_IF}`, argv: ['ip', '-n', h1, 'link', 'add', BRIDGE_IF, 'type', 'bridge'] },
    { description: `address ${BRIDGE_ADDR}/${POD_PREFIXLEN} on ${h1}/${BRIDGE_IF}`, argv: ['ip', '-n', h1, 'addr', 'add', `${BRIDGE_ADDR}/${POD_PREFIXLEN}`, 'dev', BRIDGE_IF] },
    { description: `bring ${h1}/${BRIDGE_IF} up`, argv: ['ip', '-n', h1, 'link', 'set', BRIDGE_IF, 'up'] },
    // ip_forward is per netns: this sets host01's only, never the machine's
    { description: `turn on ip_forward in ${h1}`, argv: netnsExec(h1, ['sysctl', '-q', '-w', 'net.ipv4.ip_forward=1']) },
    iptables(h1, `add the nat chain ${NAT_CHAIN} in ${h1}`, ['-N', NAT_CHAIN]),
    iptables(h1, `accept pod-to-pod traffic in ${NAT_CHAIN}`, ['-A', NAT_CHAIN, '-d', POD_CIDR, '-j', 'ACCEPT']),
    iptables(h1, `masquerade the rest (not multicast) in ${NAT_CHAIN}`, ['-A', NAT_CHAIN, '!', '-d', MULTICAST_CIDR, '-j', 'MASQUERADE']),
    iptables(h1, `jump from POSTROUTING to ${NAT_CHAIN} for ${POD_CIDR}`, ['-A', 'POSTROUTING', '-s', POD_CIDR, '-j', NAT_CHAIN]),
  ];
  for (const pod of topo.pods) {
    const p = pod.netns;
    steps.push(
      addNetns(p),
      loUp(p),
      { description: `add the link ${h1}/${pod.hostIfname} ↔ ${p}/${pod.ifname}`, argv: ['ip', '-n', h1, 'link', 'add', pod.hostIfname, 'type', 'veth', 'peer', 'name', pod.ifname, 'netns', p] },
      { description: `attach ${h1}/${pod.hostIfname} to ${BRIDGE_IF}`, argv: ['ip', '-n', h1, 'link', 'set', pod.hostIfname, 'master', BRIDGE_IF] },
      { description: `bring ${h1}/${pod.hostIfname} up`, argv: ['ip', '-n', h1, 'link', 'set', pod.hostIfname, 'up'] },
      { description: `address ${pod.address}/${POD_PREFIXLEN} on ${p}/${pod.ifname}`, argv: ['ip', '-n', p, 'addr', 'add', `${pod.address}/${POD_PREFIXLEN}`, 'dev', pod.ifname] },
      { description: `bring ${p}/${pod.ifname} up`, argv: ['ip', '-n', p, 'link', 'set', pod.ifname, 'up'] },
      { description: `default route via ${BRIDGE_ADDR} in ${p}`, argv: ['ip', '-n', p, 'route', 'add', 'default', 'via', BRIDGE_ADDR, 'dev', pod.ifname] },
    );
  }
  if (opts.tbf !== undefined) {
    steps.push({
      description: `shape ${h1}/${UPLINK_IF} with tbf rate ${opts.tbf}`,
      argv: ['tc', '-n', h1, 'qdisc', 'add', 'dev', UPLINK_IF, 'root', 'tbf', 'rate', opts.tbf, 'burst', TBF_BURST, 'latency', TBF_LATENCY],
    });
  }
  return steps;
}

/** The undo commands for the first `done` steps of a plan, last first: what rollback runs. */
export function planRollback(steps: Step[], done: number): Step[] {
  return steps
    .slice(0, done)
    .filter((s): s is Step & { undo: string[] } => s.undo !== undefined)
    .reverse()
    .map((s) => ({ description: `undo: ${s.description}`, argv: s.undo }));
}

/**
 * The commands `lab down` runs for the lab namespaces that exist: pods first, then the hosts.
 * Deleting a namespace removes every link, rule and qdisc inside it, and a veth pair goes with either end.
 */
export function planDown(existing: string[]): Step[] {
  const rank = (n: string) => (/-pod\d+$/.test(n) ? 0 : 1);
  return [...existing]
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b, 'en', { numeric: true }))
    .map((n) => ({ description: `delete namespace ${n}`, argv: ['ip', 'netns', 'del', n] }));
}
