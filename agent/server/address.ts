// Agent addresses, as `netscope agent --listen` and `netscope … --agent` take them:
// a path ("/run/netscope/agent.sock"), "unix:///path", or "tcp://HOST:PORT".
import { isIP } from 'node:net';
import { resolve } from 'node:path';

export const DEFAULT_SOCKET = '/run/netscope/agent.sock';

export type Address = { kind: 'unix'; path: string } | { kind: 'tcp'; host: string; port: number };

/** Parses an address; returns the reason it is not one as a string. */
export function parseAddress(s: string): Address | string {
  if (s.startsWith('unix://')) {
    const path = s.slice('unix://'.length);
    if (!path.startsWith('/')) return `'${s}' is not a unix socket address; write unix:///absolute/path`;
    return { kind: 'unix', path };
  }
  if (s.startsWith('unix:')) {
    const path = s.slice('unix:'.length);
    return path ? { kind: 'unix', path: resolve(path) } : `'${s}' names no socket path`;
  }
  if (s.startsWith('tcp://')) {
    const rest = s.slice('tcp://'.length);
    const m = /^(?:\[([0-9a-fA-F:.]+)\]|([^:/[\]]+)):(\d{1,5})$/.exec(rest);
    if (!m) return `'${s}' is not a TCP address; write tcp://HOST:PORT, e.g. tcp://127.0.0.1:4245`;
    const port = Number(m[3]);
    if (port < 1 || port > 65535) return `'${s}' has no valid port; use 1 to 65535`;
    const host = m[1] ?? m[2]!;
    if (m[1] && isIP(m[1]) !== 6) return `'${s}' has a malformed IPv6 address`;
    return { kind: 'tcp', host, port };
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(s)) return `'${s}' uses a scheme netscope does not speak; use a socket path, unix:///path or tcp://HOST:PORT`;
  if (!s) return 'the address is empty';
  return { kind: 'unix', path: resolve(s) };
}

/** The address as the user writes it: the socket path, or tcp://host:port. */
export function formatAddress(a: Address): string {
  if (a.kind === 'unix') return a.path;
  return `tcp://${a.host.includes(':') ? `[${a.host}]` : a.host}:${a.port}`;
}

/** The address as grpc-js takes it. */
export function grpcTarget(a: Address): string {
  if (a.kind === 'unix') return `unix://${a.path}`;
  return `${a.host.includes(':') ? `[${a.host}]` : a.host}:${a.port}`;
}

/** Whether a TCP host is a loopback address (127.0.0.0/8, ::1, localhost). */
export function isLoopback(host: string): boolean {
  if (host === 'localhost' || host === '::1') return true;
  return isIP(host) === 4 && host.startsWith('127.');
}
