// The user's packet filter (--proto, --host, --port), validated once, applied in the kernel by each probe set.
import { UserError } from '../util/errors.js';
import type { ProbeFilter } from './sets.js';

/** Parses an IPv4 address or CIDR; undefined if malformed. */
export function parseCidr(s: string): { addr: string; prefixLen: number } | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?:\/(\d{1,2}))?$/.exec(s);
  if (!m) return undefined;
  const octets = m.slice(1, 5).map(Number);
  if (octets.some((o) => o > 255)) return undefined;
  const prefixLen = m[5] === undefined ? 32 : Number(m[5]);
  if (prefixLen > 32) return undefined;
  return { addr: octets.join('.'), prefixLen };
}

export function parseFilter(raw: { proto?: string; host?: string; port?: string }): ProbeFilter {
  const f: ProbeFilter = {};
  if (raw.proto !== undefined) {
    const p = raw.proto.toLowerCase();
    if (p !== 'icmp' && p !== 'tcp' && p !== 'udp') throw new UserError(`--proto: '${raw.proto}' is not a protocol netscope filters on; use icmp, tcp or udp.`);
    f.protocol = p;
  }
  if (raw.host !== undefined) {
    if (!parseCidr(raw.host)) throw new UserError(`--host: '${raw.host}' is not an IPv4 address or CIDR; write it like 10.85.0.2 or 10.85.0.0/16.`);
    f.host = raw.host;
  }
  if (raw.port !== undefined) {
    if (!/^\d+$/.test(raw.port) || Number(raw.port) < 1 || Number(raw.port) > 65535) throw new UserError(`--port: '${raw.port}' is not a port; use a number from 1 to 65535.`);
    f.port = Number(raw.port);
  }
  return f;
}
