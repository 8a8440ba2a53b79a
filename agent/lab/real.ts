// `netscope demo --real`: only the pod side of the lab, built on THIS host (its own netns), so a pod's
// ping leaves through a real uplink to a real second host (host02 of the Vagrantfile). Pure: the
// host's addresses in, the refusal sentence or the ordered steps (each with its undo) out.
import { UserError } from '../util/errors.js';
import { parseCidr } from '../probes/filter.js';
import type { Step } from './plan.js';
import { BRIDGE_IF, POD_IF, podNetns } from './topology.js';

/** the pod network on a real host01, as the book's CNI config has it */
export const REAL_POD_CIDR = '10.85.0.0/24';
export const REAL_BRIDGE_ADDR = '10.85.0.1';
export const REAL_POD_ADDR = '10.85.0.2';
export const REAL_PREFIXLEN = 24;
/** host02 of the Vagrantfile */
export const REAL_DEFAULT_TARGET = '192.168.61.12';

/** One interface as `ip -j addr show` prints it (the fields used here). */
export interface HostInterface {
  ifname: string;
  operstate?: string;
  flags?: string[];
  addr_info?: { family: string; local: string; prefixlen: number }[];
}

export interface RealInput {
  /** the demo's unique prefix, e.g. demo-1a2b */
  prefix: string;
  /** the address to ping (host02) */
  target: string;
  /** `ip -j addr show` of this host's netns */
  interfaces: HostInterface[];
  /** /proc/sys/net/ipv4/ip_forward now ("0" or "1") */
  ipForward: string;
}

export interface RealPlan {
  /** the interface whose network holds the target */
  uplink: string;
  /** its address: what MASQUERADE rewrites the pod's source to */
  uplinkAddr: string;
  uplinkCidr: string;
  podNetns: string;
  hostVeth: string;
  steps: Step[];
}

function ipNum(a: string): number {
  return a.split('.').reduce((n, o) => n * 256 + Number(o), 0);
}

/** true when addr lies in net/len */
export function inNetwork(addr: string, net: string, len: number): boolean {
  if (len === 0) return true;
  const mask = len === 32 ? 0xffffffff : (0xffffffff << (32 - len)) >>> 0;
  return ((ipNum(addr) & mask) >>> 0) === ((ipNum(net) & mask) >>> 0);
}

function overlaps(a: string, alen: number, b: string, blen: number): boolean {
  const len = Math.min(alen, blen);
  return inNetwork(a, b, len) || inNetwork(b, a, len);
}

/** The comment every iptables rule of this demo carries, so a person can see whose rules they are. */
export function ruleComment(prefix: string): string {
  return `netscope demo ${prefix}`;
}

/**
 * The plan, or a UserError saying in one sentence why this host cannot run it. The target must be
 * another host on the network of a local interface (so the ping crosses that interface and nothing
 * else), and the pod network, the bridge name and the veth name must be free.
 */
export function planReal(input: RealInput): RealPlan {
  const who = 'netscope demo --real';
  const t = parseCidr(input.target);
  if (!t || t.prefixLen !== 32) throw new UserError(`${who}: '${input.target}' is not an IPv4 address; give host02's address like 192.168.61.12.`);
  const target = t.addr;
  const first = Number(target.split('.')[0]);
  if (first === 127 || first === 0 || first >= 224) throw new UserError(`${who}: ${target} is a loopback, multicast or reserved address; give the address of another host on this host's network, such as host02 (192.168.61.12).`);
  if (inNetwork(target, '10.85.0.0', REAL_PREFIXLEN)) throw new UserError(`${who}: ${target} is inside the demo's own pod network ${REAL_POD_CIDR}; give the address of another host, such as host02 (192.168.61.12).`);
  const v4 = input.interfaces.flatMap((i) => (i.addr_info ?? []).filter((a) => a.family === 'inet').map((a) => ({ ifname: i.ifname, up: i.operstate !== 'DOWN' && !(i.flags ?? []).includes('LOOPBACK'), loopback: (i.flags ?? []).includes('LOOPBACK') || i.ifname === 'lo', ...a })));
  const own = v4.find((a) => a.local === target);
  if (own) throw new UserError(`${who}: ${target} is this host's own address (on ${own.ifname}); give the address of the OTHER host, e.g. run it on host01 for host02 (192.168.61.12).`);
  const clash = v4.find((a) => overlaps(a.local, a.prefixlen, '10.85.0.0', REAL_PREFIXLEN));
  if (clash) throw new UserError(`${who}: this host already uses ${clash.local}/${clash.prefixlen} on ${clash.ifname}, which overlaps the demo's pod network ${REAL_POD_CIDR}, so it changes nothing; run it on a host without that network.`);
  if (input.interfaces.some((i) => i.ifname === BRIDGE_IF)) throw new UserError(`${who}: an interface named ${BRIDGE_IF} exists already (a container runtime's bridge?), so the demo will not touch it; run it on a host without ${BRIDGE_IF}, such as host01 of the Vagrantfile.`);
  const link = v4.find((a) => !a.loopback && a.prefixlen < 32 && inNetwork(target, a.local, a.prefixlen));
  if (!link) {
    const have = v4.filter((a) => !a.loopback).map((a) => `${a.ifname} ${a.local}/${a.prefixlen}`).join(', ') || 'none';
    throw new UserError(`${who}: ${target} is not on the network of any local interface (${have}), so netscope will not send it traffic; give the address of a host on a directly attached network, such as host02 (192.168.61.12) from host01 of the Vagrantfile.`);
  }
  if (!link.up) throw new UserError(`${who}: ${link.ifname}, the interface on ${target}'s network, is down; bring it up first.`);
  const hex = input.prefix.replace(/^demo-/, '').slice(0, 6);
  const hostVeth = `veth${hex}p1`;
  if (hostVeth.length > 15 || !/^[a-z0-9]+$/.test(hex)) throw new RangeError(`prefix '${input.prefix}' gives no usable veth name`);
  if (input.interfaces.some((i) => i.ifname === hostVeth)) throw new UserError(`${who}: an interface named ${hostVeth} exists already; run the demo again (it picks a new name).`);
  const pod = podNetns(input.prefix, 1);
  const comment = ['-m', 'comment', '--comment', ruleComment(input.prefix)];
  const ipt = (table: string, op: '-A' | '-I', chain: string, rule: string[]): Step => ({
    description: `iptables -t ${table} ${op} ${chain} ${rule.join(' ')}`,
    argv: ['iptables', '-w', '-t', table, op, chain, ...rule, ...comment],
    undo: ['iptables', '-w', '-t', table, '-D', chain, ...rule, ...comment],
  });
  const steps: Step[] = [
    { description: `add namespace ${pod}`, argv: ['ip', 'netns', 'add', pod], undo: ['ip', 'netns', 'del', pod] },
    { description: `bring lo up in ${pod}`, argv: ['ip', '-n', pod, 'link', 'set', 'lo', 'up'] },
    { description: `add the bridge ${BRIDGE_IF}`, argv: ['ip', 'link', 'add', BRIDGE_IF, 'type', 'bridge'], undo: ['ip', 'link', 'del', BRIDGE_IF] },
    { description: `address ${REAL_BRIDGE_ADDR}/${REAL_PREFIXLEN} on ${BRIDGE_IF}`, argv: ['ip', 'addr', 'add', `${REAL_BRIDGE_ADDR}/${REAL_PREFIXLEN}`, 'dev', BRIDGE_IF] },
    { description: `bring ${BRIDGE_IF} up`, argv: ['ip', 'link', 'set', BRIDGE_IF, 'up'] },
    { description: `add the link ${hostVeth} ↔ ${pod}/${POD_IF}`, argv: ['ip', 'link', 'add', hostVeth, 'type', 'veth', 'peer', 'name', POD_IF, 'netns', pod], undo: ['ip', 'link', 'del', hostVeth] },
    { description: `attach ${hostVeth} to ${BRIDGE_IF}`, argv: ['ip', 'link', 'set', hostVeth, 'master', BRIDGE_IF] },
    { description: `bring ${hostVeth} up`, argv: ['ip', 'link', 'set', hostVeth, 'up'] },
    { description: `address ${REAL_POD_ADDR}/${REAL_PREFIXLEN} on ${pod}/${POD_IF}`, argv: ['ip', '-n', pod, 'addr', 'add', `${REAL_POD_ADDR}/${REAL_PREFIXLEN}`, 'dev', POD_IF] },
    { description: `bring ${pod}/${POD_IF} up`, argv: ['ip', '-n', pod, 'link', 'set', POD_IF, 'up'] },
    { description: `default route via ${REAL_BRIDGE_ADDR} in ${pod}`, argv: ['ip', '-n', pod, 'route', 'add', 'default', 'via', REAL_BRIDGE_ADDR, 'dev', POD_IF] },
  ];
  if (input.ipForward.trim() !== '1') {
    steps.push({ description: 'turn on net.ipv4.ip_forward (turned off again afterwards)', argv: ['sysctl', '-q', '-w', 'net.ipv4.ip_forward=1'], undo: ['sysctl', '-q', '-w', `net.ipv4.ip_forward=${input.ipForward.trim() || '0'}`] });
  }
  steps.push(
    // inserted first in FORWARD, so a DROP policy (Docker sets one) does not stop the pod's traffic
    ipt('filter', '-I', 'FORWARD', ['-i', BRIDGE_IF, '-o', link.ifname, '-s', REAL_POD_CIDR, '-j', 'ACCEPT']),
    ipt('filter', '-I', 'FORWARD', ['-i', link.ifname, '-o', BRIDGE_IF, '-d', REAL_POD_CIDR, '-m', 'conntrack', '--ctstate', 'RELATED,ESTABLISHED', '-j', 'ACCEPT']),
    ipt('nat', '-A', 'POSTROUTING', ['-s', REAL_POD_CIDR, '-o', link.ifname, '!', '-d', REAL_POD_CIDR, '-j', 'MASQUERADE']),
  );
  return { uplink: link.ifname, uplinkAddr: link.local, uplinkCidr: `${link.local}/${link.prefixlen}`, podNetns: pod, hostVeth, steps };
}
