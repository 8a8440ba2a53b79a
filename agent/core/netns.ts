// Target network namespaces: a name under /run/netns, a path (e.g. /proc/PID/ns/net), or a container or
// pod by name (container:NAME, pod:NAMESPACE/NAME), resolved once.
import { closeSync, constants as fsc, fstatSync, openSync, readdirSync, readFileSync, readlinkSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { UserError } from '../util/errors.js';
import { parseIdentitySpec, resolveIdentityNetns } from '../identity/resolve.js';

export interface NetnsTarget {
  /** what the user called it: "lab-host01", or the path given; "host" for the agent's own netns */
  name: string;
  /** a path that setns()/nsenter accept */
  path: string;
  /** the namespace inode, as probes report it */
  inode: number;
}

export const OWN_NETNS = '/proc/self/ns/net';

export function resolveNetns(spec: string): NetnsTarget {
  // container:NAME, pod:NAMESPACE/NAME: asked of the container engines (agent/identity)
  if (parseIdentitySpec(spec)) return resolveIdentityNetns(spec);
  const isPath = spec.includes('/');
  if (!isPath && !/^[A-Za-z0-9_.-]+$/.test(spec)) {
    throw new UserError(`unknown netns '${spec}': a netns is a name under /run/netns or a path such as /proc/PID/ns/net.`);
  }
  const path = isPath ? spec : `/run/netns/${spec}`;
  let inode: number;
  try {
    inode = statSync(path).ino;
  } catch {
    throw new UserError(`unknown netns '${spec}': ${path} does not exist; list them with 'ip netns list' or give a path such as /proc/PID/ns/net.`);
  }
  return { name: isPath ? (path === OWN_NETNS ? 'host' : basename(path)) : spec, path, inode };
}

/**
 * Throws the one sentence when a resolved target is not a network namespace: a regular file such as
 * /etc/passwd, another kind of namespace (/proc/PID/ns/mnt), a name under /run/netns with nothing
 * mounted on it. A namespace file lives on nsfs (the st_dev of /proc/self/ns/net); its kind is what
 * the kernel names it, "net:[INODE]", as the link /proc/self/fd/N of the open file, or for a bind
 * mount such as /run/netns/NAME (whose link shows the mount point) as that mount's root in
 * /proc/self/mountinfo. No ioctl needed.
 */
export function checkNetworkNamespace(target: NetnsTarget): void {
  const what = `netns '${target.name === 'host' ? target.path : target.name}'`;
  const usage = "give a name under /run/netns ('ip netns list') or a path such as /proc/PID/ns/net";
  let fd: number;
  try {
    fd = openSync(target.path, fsc.O_RDONLY | fsc.O_NONBLOCK); // O_NONBLOCK: a FIFO planted there must not hang the agent
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UserError(`${what}: cannot open ${target.path} (${code === 'EACCES' || code === 'EPERM' ? 'permission denied: the agent runs as root' : code}); ${usage}.`);
  }
  let kind: string | undefined;
  try {
    const st = fstatSync(fd);
    if (!st.isFile() || st.dev !== statSync(OWN_NETNS).dev) {
      const unmounted = st.isFile() && target.path.startsWith('/run/netns/') ? ' (nothing is mounted on it: a leftover of a removed netns?)' : '';
      throw new UserError(`${what}: ${target.path} is not a network namespace${unmounted}; ${usage}.`);
    }
    kind = /^(\w+):\[\d+\]$/.exec(readlinkSync(`/proc/self/fd/${fd}`))?.[1] ?? nsfsMountKind(st.ino);
  } finally {
    closeSync(fd);
  }
  if (kind && kind !== 'net') throw new UserError(`${what}: ${target.path} is a ${kind} namespace, not a network namespace; ${usage}.`);
}

/** The kind of the namespace with this inode from a bind mount of it ("net" for `… net:[INODE] /run/netns/x … - nsfs …`). */
function nsfsMountKind(ino: number): string | undefined {
  try {
    for (const line of readFileSync('/proc/self/mountinfo', 'utf8').split('\n')) {
      const m = /^\S+ \S+ \S+ (\w+):\[(\d+)\] /.exec(line);
      if (m && Number(m[2]) === ino) return m[1];
    }
  } catch {
    /* no mountinfo: the kind stays unknown, and setns says the rest */
  }
  return undefined;
}

export function ownNetns(): NetnsTarget {
  return { name: 'host', path: OWN_NETNS, inode: statSync(OWN_NETNS).ino };
}

/** argv prefix that runs a command inside the target netns (nothing for the agent's own). */
export function inNetns(target: NetnsTarget, argv: string[]): string[] {
  if (target.path === OWN_NETNS) return argv;
  return ['nsenter', `--net=${target.path}`, '--', ...argv];
}

/** inode → name for every namespace under /run/netns, so hops in any named netns carry its name. */
export function namedNetns(dir = '/run/netns'): Map<number, string> {
  const out = new Map<number, string>();
  let names: string[] = [];
  try {
    names = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of names) {
    try {
      out.set(statSync(`${dir}/${name}`).ino, name);
    } catch {
      /* removed meanwhile */
    }
  }
  return out;
}
