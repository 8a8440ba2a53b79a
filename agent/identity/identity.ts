// Who lives in a network namespace: a container of a container engine (podman, docker) or a pod sandbox
// of a CRI runtime (containerd, CRI-O). Every identity source has the same small lifecycle:
// canRun (one sentence when it cannot) → start (learn what runs now, then follow new ones) →
// names (every netns inode it has named, gone ones included) → stop.
import { statSync } from 'node:fs';

export interface Identity {
  /** the engine that runs it, as people call it: podman, docker, containerd, cri-o */
  engine: string;
  kind: 'container' | 'pod';
  /** the container's name, or the pod's (io.kubernetes.pod.name) */
  name: string;
  /** a pod's Kubernetes namespace (io.kubernetes.pod.namespace) */
  namespace?: string;
  /** the engine's id (container id, sandbox id) */
  id: string;
  /** a netns path that stays while it runs (podman /run/netns/…, docker SandboxKey, CRI's netns path) */
  netnsPath?: string;
  /** its first process, for /proc/PID/ns/net when there is no path */
  pid?: number;
  /** joined another container's netns (docker/podman --network container:X) or is a pod's infra */
  shared?: boolean;
  /** the host's own netns (--network host): never named after the container */
  hostNetwork?: boolean;
  /** running (or a ready sandbox) when it was seen */
  running: boolean;
  /**
   * Learnt from an event before the engine was asked (name and pid only): it names a netns no
   * other name is known for, and never replaces one.
   */
  guess?: boolean;
}

/** How a netns is shown: `web (podman)`, `cn-web (docker)`, `pod default/web-1`. */
export function label(i: Pick<Identity, 'engine' | 'kind' | 'name' | 'namespace'>): string {
  return i.kind === 'pod' ? `pod ${i.namespace ?? 'default'}/${i.name}` : `${i.name} (${i.engine})`;
}

/** The netns inode of an identity while it runs: its netns path, else /proc/PID/ns/net; undefined when gone. */
export function netnsInode(i: Pick<Identity, 'netnsPath' | 'pid'>): { inode: number; path: string } | undefined {
  for (const path of [i.netnsPath, i.pid ? `/proc/${i.pid}/ns/net` : undefined]) {
    if (!path) continue;
    try {
      return { inode: statSync(path).ino, path };
    } catch {
      /* gone, or a path of another mount namespace */
    }
  }
  return undefined;
}

export type Update = (ids: Identity[]) => void;

export interface IdentitySource {
  /** the engine as messages name it: "podman", "docker", "cri at unix:///run/containerd/containerd.sock" */
  readonly engine: string;
  /** what it can name: containers (podman, docker) or pods (CRI) */
  readonly kinds: readonly ('container' | 'pod')[];
  /** the file names it gives the netns it makes under /run/netns, if it makes any there */
  readonly netnsFile?: RegExp;
  /** undefined when it can run here; otherwise one sentence saying why not */
  canRun(): Promise<string | undefined>;
  /** what the engine runs now (one query, nothing started) */
  list(): Promise<Identity[]>;
  /** lists, hands the result to update, then follows new containers (events or a cheap poll) */
  start(update: Update): Promise<void>;
  /** stops following; safe to call twice */
  stop(): Promise<void>;
}
