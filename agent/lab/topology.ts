// The lab's fixed names and addresses (the book's topology) and option validation: pure, no I/O.
import { UserError } from '../util/errors.js';

/** host01's uplink address on the link to host02 (the address MASQUERADE rewrites pod sources to) */
export const HOST01_ADDR = '192.168.61.11';
export const HOST02_ADDR = '192.168.61.12';
export const HOST_PREFIXLEN = 24;
export const HOST_CIDR = '192.168.61.0/24';
/** the bridge on host01 and the pods' default gateway */
export const BRIDGE_ADDR = '10.85.0.1';
export const POD_PREFIXLEN = 16;
export const POD_CIDR = '10.85.0.0/16';
/** the multicast range the CNI chain leaves un-masqueraded */
export const MULTICAST_CIDR = '224.0.0.0/4';

/** interface names: every link lives inside a lab namespace, so none needs the prefix */
export const UPLINK_IF = 'eth0';
export const BRIDGE_IF = 'cni0';
export const POD_IF = 'eth0';
/** the CNI-style nat chain on host01, jumped to from POSTROUTING for -s 10.85.0.0/16 */
export const NAT_CHAIN = 'CNI-NETSCOPE';

/** the book's tbf parameters: burst 1540 bytes (one MTU-sized packet), latency 5ms */
export const TBF_BURST = '1540';
export const TBF_LATENCY = '5ms';

export const DEFAULT_PREFIX = 'lab';
export const DEFAULT_PODS = 2;
export const MAX_PODS = 200;
/** generous for uniquePrefix()-style names, short enough that "<prefix>-pod200" stays a tidy netns name */
export const MAX_PREFIX_LEN = 24;

export interface LabOptions {
  /** every namespace name starts with `${prefix}-` */
  prefix: string;
  /** number of pod namespaces, 1..200 */
  pods: number;
  /** tc rate of a tbf qdisc on host01's uplink (e.g. "10mbit"); none when undefined */
  tbf?: string;
}

export interface PodInfo {
  /** 1-based pod number */
  index: number;
  netns: string;
  /** pod-side interface (always eth0) */
  ifname: string;
  /** host01-side veth, attached to cni0 */
  hostIfname: string;
  /** pod address without prefix length, e.g. 10.85.0.2 */
  address: string;
}

export interface LabTopology {
  prefix: string;
  host01: string;
  host02: string;
  pods: PodInfo[];
}

export function host01Netns(prefix: string): string {
  return `${prefix}-host01`;
}

export function host02Netns(prefix: string): string {
  return `${prefix}-host02`;
}

export function podNetns(prefix: string, index: number): string {
  return `${prefix}-pod${index}`;
}

/** pod N gets 10.85.0.(N+1): pod1 = 10.85.0.2 … pod200 = 10.85.0.201 (.1 is the bridge) */
export function podAddress(index: number): string {
  if (!Number.isInteger(index) || index < 1 || index > MAX_PODS) throw new RangeError(`pod index ${index} is outside 1..${MAX_PODS}`);
  return `10.85.0.${index + 1}`;
}

export function podHostIfname(index: number): string {
  return `veth-pod${index}`;
}

export function topology(opts: Pick<LabOptions, 'prefix' | 'pods'>): LabTopology {
  const pods: PodInfo[] = [];
  for (let i = 1; i <= opts.pods; i++) {
    pods.push({ index: i, netns: podNetns(opts.prefix, i), ifname: POD_IF, hostIfname: podHostIfname(i), address: podAddress(i) });
  }
  return { prefix: opts.prefix, host01: host01Netns(opts.prefix), host02: host02Netns(opts.prefix), pods };
}

/** Matches exactly the namespace names a lab with this prefix makes (so "lab" never matches "lab-x-host01"). */
export function labNetnsPattern(prefix: string): RegExp {
  return new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-(host01|host02|pod([1-9][0-9]*))$`);
}

/** Why a prefix is unusable, or undefined when it is fine. */
export function prefixProblem(prefix: string): string | undefined {
  if (prefix.length === 0) return 'the prefix is empty';
  if (prefix.length > MAX_PREFIX_LEN) return `the prefix '${prefix}' is longer than ${MAX_PREFIX_LEN} characters`;
  if (!/^[a-z0-9-]+$/.test(prefix)) return `the prefix '${prefix}' has characters other than a-z, 0-9 and '-'`;
  if (!/^[a-z0-9]/.test(prefix)) return `the prefix '${prefix}' does not start with a letter or digit`;
  return undefined;
}

const RATE_UNITS = ['bit', 'kbit', 'mbit', 'gbit', 'tbit', 'bps', 'kbps', 'mbps', 'gbps', 'tbps'];

function rateBits(rate: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)([a-z]+)$/.exec(rate.toLowerCase());
  if (!m || !RATE_UNITS.includes(m[2]!)) return undefined;
  const unit = m[2]!;
  const scale = { '': 1, k: 1e3, m: 1e6, g: 1e9, t: 1e12 }[unit.replace(/(bit|bps)$/, '') as '' | 'k' | 'm' | 'g' | 't'];
  return Number(m[1]) * scale * (unit.endsWith('bps') ? 8 : 1);
}

/**
 * Accepts the tc rate spellings people use with tbf: a number and a unit, e.g. 10mbit, 100kbit, 1gbit;
 * at least one byte per second, since tc rounds anything less to 0 and refuses it.
 */
export function isTcRate(rate: string): boolean {
  const bits = rateBits(rate);
  return bits !== undefined && bits >= 8;
}

/** tc rate → bits per second (tc's units are decimal: 1mbit = 1e6 bit/s; "bps" means bytes/s). */
export function tcRateBits(rate: string): number {
  if (!isTcRate(rate)) throw new RangeError(`'${rate}' is not a tc rate`);
  return rateBits(rate)!;
}

/**
 * Fills in defaults and checks every option, throwing one sentence for the first bad one.
 * `who` names the caller in the message (e.g. "netscope lab up").
 */
export function labOptions(input: Partial<LabOptions> = {}, who = 'netscope lab'): LabOptions {
  const prefix = input.prefix ?? DEFAULT_PREFIX;
  const problem = prefixProblem(prefix);
  if (problem) {
    throw new UserError(`${who}: ${problem}; --prefix takes 1 to ${MAX_PREFIX_LEN} characters from a-z, 0-9 and '-', starting with a letter or digit.`);
  }
  const pods = input.pods ?? DEFAULT_PODS;
  if (!Number.isInteger(pods) || pods < 1 || pods > MAX_PODS) {
    throw new UserError(`${who}: --pods takes a whole number from 1 to ${MAX_PODS}, not '${pods}'.`);
  }
  if (input.tbf !== undefined && !isTcRate(input.tbf)) {
    throw new UserError(`${who}: --tbf takes a tc rate such as 10mbit, 100kbit or 1gbit, not '${input.tbf}'.`);
  }
  return input.tbf === undefined ? { prefix, pods } : { prefix, pods, tbf: input.tbf };
}
