// Target network namespaces: a name under /run/netns, a path (e.g. /proc/PID/ns/net), or a container or
// pod by name (container:NAME, pod:NAMESPACE/NAME), resolved once.
import { readdirSync, statSync } from 'node:fs';
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
