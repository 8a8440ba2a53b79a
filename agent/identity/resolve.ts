// Targets by name: `--netns container:NAME` and `--netns pod:NAMESPACE/NAME` (pod:NAME is in the
// namespace "default"), asked of every engine that runs here. resolveNetns is synchronous (the CLI
// resolves its flags before it starts anything), and asking docker's socket or a CRI runtime is not,
// so the synchronous form runs the lookup in a short child process (lookup-main).
import { spawnSync } from 'node:child_process';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NetnsTarget } from '../core/netns.js';
import { UserError } from '../util/errors.js';
import { label, netnsInode, type Identity, type IdentitySource } from './identity.js';

export interface IdentitySpec {
  kind: 'container' | 'pod';
  name: string;
  /** pods only */
  namespace?: string;
  /** as the user wrote it */
  spec: string;
}

/** container:NAME or pod:[NAMESPACE/]NAME; undefined for anything else (a netns name or path). */
export function parseIdentitySpec(spec: string): IdentitySpec | undefined {
  const m = /^(container|pod):(.*)$/.exec(spec);
  if (!m) return undefined;
  const kind = m[1] as 'container' | 'pod';
  const rest = m[2]!;
  const ok = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
  if (kind === 'container') {
    if (!ok.test(rest)) throw new UserError(`'${spec}' is not a container name: write container:NAME, e.g. container:web.`);
    return { kind, name: rest, spec };
  }
  const [ns, name] = rest.includes('/') ? rest.split('/', 2) : ['default', rest];
  if (!ok.test(ns!) || !ok.test(name ?? '') || rest.split('/').length > 2) throw new UserError(`'${spec}' is not a pod name: write pod:NAMESPACE/NAME, e.g. pod:default/web-1 (pod:NAME means the namespace default).`);
  return { kind, name: name!, namespace: ns!, spec };
}

const or = (xs: string[]): string => (xs.length <= 1 ? xs.join('') : `${xs.slice(0, -1).join(', ')} or ${xs[xs.length - 1]}`);

/** The netns target a container or pod name stands for, asked of each source that can run. */
export async function lookupIdentity(spec: string, given?: IdentitySource[]): Promise<NetnsTarget> {
  const want = parseIdentitySpec(spec);
  if (!want) throw new UserError(`'${spec}' names neither a container (container:NAME) nor a pod (pod:NAMESPACE/NAME).`);
  // loaded here, not at the top: netns.ts imports this module, and the engines' clients (grpc-js) are
  // only needed in lookup-main's child
  const sources = given ?? (await import('./names.js')).defaultIdentitySources();
  // every engine asked at once; their answers in the sources' order
  const answers = await Promise.all(
    sources.map(async (src): Promise<{ asked?: string; off?: string; found: Identity[] }> => {
      if (!src.kinds.includes(want.kind)) return { found: [] };
      const why = await src.canRun().catch((e: Error) => e.message);
      if (why) return { off: `${src.engine}: ${why}`, found: [] };
      const asked = src.engine.replace(/ \(CRI at .*\)$/, '');
      try {
        const found = (await src.list()).filter((id) => id.kind === want.kind && id.name === want.name && (want.kind !== 'pod' || id.namespace === want.namespace));
        return { asked, found };
      } catch (err) {
        return { off: `${src.engine}: ${(err as Error).message}`, found: [] };
      } finally {
        await src.stop().catch(() => undefined);
      }
    }),
  );
  const asked = answers.flatMap((a) => (a.asked ? [a.asked] : []));
  const off = answers.flatMap((a) => (a.off ? [a.off] : []));
  const found = answers.flatMap((a) => a.found);
  const what = want.kind === 'pod' ? `pod ${want.namespace}/${want.name}` : `container '${want.name}'`;
  const notAsked = off.length ? ` (not asked: ${off.join('; ')})` : '';
  if (!found.length) {
    const engines = want.kind === 'pod' ? 'no CRI runtime (containerd, CRI-O)' : 'no container engine (podman, docker)';
    if (!asked.length) throw new UserError(`unknown ${what}: ${engines} answered here${notAsked}.`);
    throw new UserError(`unknown ${what}: no ${want.kind} by that name in ${or(asked)}${notAsked}.`);
  }
  const live = found.filter((i) => i.running && !i.hostNetwork).map((i) => ({ i, ns: netnsInode(i) })).filter((x) => x.ns);
  const engines = [...new Set(found.map((i) => i.engine))];
  if (engines.length > 1) throw new UserError(`${what} is ambiguous: ${or(engines)} each have one; give its netns path instead (e.g. /proc/PID/ns/net).`);
  if (found.some((i) => i.hostNetwork)) throw new UserError(`${what} (${engines[0]}) runs in the host's network namespace; watch the host instead (leave out --netns).`);
  if (!live.length) throw new UserError(`${what} (${engines[0]}) is not running, so it has no network namespace to watch; start it first.`);
  const { i, ns } = live[0]!;
  return { name: label(i), path: ns!.path, inode: ns!.inode };
}

/** lookupIdentity, synchronously: in a child node process, so that resolveNetns stays synchronous. */
export function resolveIdentityNetns(spec: string): NetnsTarget {
  parseIdentitySpec(spec); // a malformed name fails here, without a child
  const self = fileURLToPath(import.meta.url);
  const main = self.replace(/resolve(\.[cm]?[jt]s)$/, `lookup-main${extname(self)}`);
  const r = spawnSync(process.execPath, [...process.execArgv, main, spec], { encoding: 'utf8', timeout: 30_000, env: process.env });
  const line = (r.stdout ?? '').trim().split('\n').pop() ?? '';
  let out: { target?: NetnsTarget; error?: string; user?: boolean };
  try {
    out = JSON.parse(line) as typeof out;
  } catch {
    throw new Error(`looking up '${spec}' failed (${r.error?.message ?? `exit ${r.status}`}): ${(r.stderr ?? '').trim().slice(-300)}`);
  }
  if (out.target) return out.target;
  if (out.user) throw new UserError(out.error ?? `unknown '${spec}'.`);
  throw new Error(`looking up '${spec}': ${out.error}`);
}
