// The bpftrace command line for a shipped script plus the user's filters, which the script applies
// in the kernel as positional parameters (see the header of bpf/tracepoint/packet-path.bt).
import { existsSync } from 'node:fs';
import { endianness } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UserError } from '../../util/errors.js';

/** Which sightings the tracepoint script prints; the bits of its $6 parameter. */
export const KIND_BITS = { xmit: 1, receive: 2, netif_rx: 4, drop: 8, qdisc: 16 } as const;
export type SightingKind = keyof typeof KIND_BITS;

/** The in-kernel filter. Every field is optional; an absent field means "any" and costs one compare. */
export interface BpftraceFilter {
  /** 'icmp' | 'tcp' | 'udp' or an IP protocol number 1..255 */
  protocol?: string | number;
  /** an IPv4 address or CIDR (10.85.0.0/16) that the source or the destination must be in */
  host?: string;
  /** a TCP/UDP port (1..65535) that either end must use; implies tcp or udp */
  port?: number | string;
  /** a network namespace inode (from `stat -L -c %i /run/netns/NAME` or /proc/PID/ns/net) */
  netns?: number | bigint | string;
  /** which sightings to print; default all but netif_rx */
  kinds?: readonly SightingKind[];
}

const PROTOCOLS: Record<string, number> = { icmp: 1, tcp: 6, udp: 17 };

/** The six numeric positional parameters ($1..$6) of packet-path.bt for a filter. Throws UserError on bad input. */
export function filterParams(filter: BpftraceFilter = {}): string[] {
  if (endianness() !== 'LE') {
    throw new UserError('the bpftrace probes read network-order fields as little-endian; this big-endian host is not supported.');
  }
  const protocol = parseProtocol(filter.protocol);
  const [addr, mask] = filter.host === undefined ? [0, 0] : parseHost(filter.host);
  const port = parsePort(filter.port);
  const netns = parseNetns(filter.netns);
  if (port && protocol && protocol !== 6 && protocol !== 17) {
    throw new UserError(`a port filter (${port}) needs protocol tcp or udp, not ${filter.protocol}.`);
  }
  let kinds = 0;
  for (const k of filter.kinds ?? []) {
    const bit = KIND_BITS[k as SightingKind];
    if (bit === undefined) throw new UserError(`unknown sighting kind '${k}'; use ${Object.keys(KIND_BITS).join(', ')}.`);
    kinds |= bit;
  }
  return [protocol, addr, mask, port, netns, kinds].map(String);
}

/** argv for `bpftrace -f json SCRIPT $1..$6`; the caller spawns it (and enters no netns: the probes are global). */
export function bpftraceArgv(script: string, filter: BpftraceFilter = {}, bpftrace = 'bpftrace'): string[] {
  return [bpftrace, '-f', 'json', script, ...filterParams(filter)];
}

function parseProtocol(p: string | number | undefined): number {
  if (p === undefined || p === '' || p === 'any') return 0;
  if (typeof p === 'string' && PROTOCOLS[p.toLowerCase()] !== undefined) return PROTOCOLS[p.toLowerCase()]!;
  const n = typeof p === 'number' ? p : /^\d+$/.test(p) ? Number(p) : NaN;
  if (!Number.isInteger(n) || n < 1 || n > 255) {
    throw new UserError(`protocol filter '${p}' is not icmp, tcp, udp or an IP protocol number 1-255.`);
  }
  return n;
}

function parsePort(p: number | string | undefined): number {
  if (p === undefined || p === '') return 0;
  const n = typeof p === 'number' ? p : /^\d+$/.test(p) ? Number(p) : NaN;
  if (!Number.isInteger(n) || n < 1 || n > 65535) throw new UserError(`port filter '${p}' is not a port number 1-65535.`);
  return n;
}

function parseNetns(ns: number | bigint | string | undefined): number {
  if (ns === undefined || ns === '') return 0;
  const n = typeof ns === 'string' ? (/^\d+$/.test(ns) ? Number(ns) : NaN) : Number(ns);
  if (!Number.isInteger(n) || n < 1 || n > 0xffffffff) {
    throw new UserError(`netns filter '${ns}' is not a network namespace inode number (e.g. from stat -L -c %i /run/netns/NAME).`);
  }
  return n;
}

/**
 * An IPv4 address or CIDR as [addr, mask] in the form the probe compares: the u32 the kernel loads
 * from the network-order header on a little-endian host (so 10.0.0.1 → 0x0100000a).
 */
export function parseHost(host: string): [number, number] {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?:\/(\d{1,2}))?$/.exec(host.trim());
  const octets = m ? m.slice(1, 5).map(Number) : [];
  const bits = m?.[5] === undefined ? 32 : Number(m[5]);
  if (!m || octets.some((o) => o > 255) || bits > 32) {
    throw new UserError(`address filter '${host}' is not an IPv4 address or CIDR (e.g. 10.85.0.4 or 10.85.0.0/16).`);
  }
  if (bits === 0) return [0, 0]; // 0.0.0.0/0 matches everything: no filter
  const maskBe = bits === 32 ? 0xffffffff : (0xffffffff << (32 - bits)) >>> 0;
  const addrBe = ((octets[0]! << 24) | (octets[1]! << 16) | (octets[2]! << 8) | octets[3]!) >>> 0;
  if ((addrBe & maskBe) >>> 0 !== addrBe) {
    throw new UserError(`address filter '${host}' has host bits set; did you mean ${beToDotted((addrBe & maskBe) >>> 0)}/${bits}?`);
  }
  return [swap32(addrBe), swap32(maskBe)];
}

function swap32(x: number): number {
  return (((x & 0xff) << 24) | ((x & 0xff00) << 8) | ((x >>> 8) & 0xff00) | (x >>> 24)) >>> 0;
}

function beToDotted(x: number): string {
  return [x >>> 24, (x >>> 16) & 255, (x >>> 8) & 255, x & 255].join('.');
}

/** The repository (or installed package) root: the nearest ancestor of this module that holds bpf/. */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'bpf', 'tracepoint'))) return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error('cannot find the bpf/ folder above ' + fileURLToPath(import.meta.url));
    dir = up;
  }
}

/** Absolute path of a shipped script, e.g. scriptPath('tracepoint', 'packet-path.bt'). */
export function scriptPath(set: 'tracepoint', file: string): string {
  return join(packageRoot(), 'bpf', set, file);
}

export const TRACEPOINT_SCRIPT = 'packet-path.bt';
