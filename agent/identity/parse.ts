// Pure parsers of what the engines answer: `podman inspect` and docker's /containers/ID/json (the same
// shape: Name, State.Pid, NetworkSettings.SandboxKey, HostConfig.NetworkMode), their event lines, and
// a CRI PodSandboxStatus with its verbose info. Tested against output captured from the real engines
// (test/fixtures/podman, docker, cri).
import type { Identity } from './identity.js';

interface OciInspect {
  Id?: string;
  Name?: string;
  State?: { Pid?: number; Running?: boolean; Status?: string };
  NetworkSettings?: { SandboxKey?: string };
  HostConfig?: { NetworkMode?: string };
  IsInfra?: boolean;
}

/** podman inspect's JSON array, or docker's inspect objects, as identities (host-network ones marked). */
export function parseOciInspect(json: string | unknown[], engine: string): Identity[] {
  const arr = typeof json === 'string' ? (JSON.parse(json || '[]') as unknown) : json;
  if (!Array.isArray(arr)) return [];
  const out: Identity[] = [];
  for (const raw of arr as OciInspect[]) {
    if (!raw || typeof raw !== 'object' || !raw.Id) continue;
    const mode = raw.HostConfig?.NetworkMode ?? '';
    const pid = raw.State?.Pid ?? 0;
    const running = raw.State?.Running ?? raw.State?.Status === 'running';
    const id: Identity = {
      engine,
      kind: 'container',
      name: (raw.Name ?? raw.Id.slice(0, 12)).replace(/^\//, ''),
      id: raw.Id,
      running: !!running,
    };
    if (raw.NetworkSettings?.SandboxKey) id.netnsPath = raw.NetworkSettings.SandboxKey;
    if (pid > 0) id.pid = pid;
    if (mode.startsWith('container:') || raw.IsInfra) id.shared = true;
    if (mode === 'host') id.hostNetwork = true;
    out.push(id);
  }
  return out;
}

export interface ContainerEvent {
  id: string;
  /** create, init, start, died/die, remove/destroy, … */
  action: string;
  name?: string;
}

/** One line of `podman events --format json` or one object of docker's /events stream; undefined for others. */
export function parseContainerEvent(line: string): ContainerEvent | undefined {
  let o: Record<string, unknown>;
  try {
    o = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  const type = (o.Type ?? o.type) as string | undefined;
  if (type !== undefined && type !== 'container') return undefined;
  // podman: {"ID","Status","Name","Type"}; docker: {"id","status","Action","Actor":{"ID","Attributes":{"name"}},"Type"}
  const actor = o.Actor as { ID?: string; Attributes?: Record<string, string> } | undefined;
  const id = (o.ID ?? o.id ?? actor?.ID) as string | undefined;
  const action = (o.Action ?? o.Status ?? o.status) as string | undefined;
  if (!id || !action) return undefined;
  const ev: ContainerEvent = { id, action };
  const name = (o.Name as string | undefined) ?? actor?.Attributes?.name;
  if (name) ev.name = name;
  return ev;
}

/** Events after which a container has its netns (podman: init; docker: start). */
export const NETNS_READY = new Set(['init', 'start', 'restart']);

export interface CriSandboxStatus {
  id?: string;
  metadata?: { name?: string; namespace?: string; uid?: string } | null;
  state?: number | string;
  labels?: Record<string, string> | null;
}

/**
 * A CRI PodSandboxStatus (verbose) as an identity: the pod's name and namespace from the Kubernetes
 * labels (metadata when a sandbox has none), the netns path from the runtime spec in info["info"]
 * (containerd and CRI-O both put one there), and the sandbox's pid.
 */
export function parseCriSandbox(status: CriSandboxStatus, info: Record<string, string> | null | undefined, engine: string): Identity | undefined {
  if (!status.id) return undefined;
  const labels = status.labels ?? {};
  const name = labels['io.kubernetes.pod.name'] ?? status.metadata?.name;
  const namespace = labels['io.kubernetes.pod.namespace'] ?? status.metadata?.namespace;
  if (!name) return undefined;
  const ready = status.state === 0 || status.state === 'SANDBOX_READY';
  const id: Identity = { engine, kind: 'pod', name, namespace: namespace || 'default', id: status.id, running: ready };
  const verbose = parseVerboseInfo(info);
  if (verbose.netnsPath) id.netnsPath = verbose.netnsPath;
  if (verbose.pid) id.pid = verbose.pid;
  if (verbose.hostNetwork) id.hostNetwork = true;
  return id;
}

interface RuntimeSpecNs {
  type?: string;
  path?: string;
}

function parseVerboseInfo(info: Record<string, string> | null | undefined): { netnsPath?: string; pid?: number; hostNetwork?: boolean } {
  const raw = info?.info;
  if (!raw) return {};
  let o: { pid?: number; runtimeSpec?: { linux?: { namespaces?: RuntimeSpecNs[] } }; config?: { linux?: { security_context?: { namespace_options?: { network?: number | string } } } } };
  try {
    o = JSON.parse(raw) as typeof o;
  } catch {
    return {};
  }
  const out: { netnsPath?: string; pid?: number; hostNetwork?: boolean } = {};
  const nss = o.runtimeSpec?.linux?.namespaces ?? [];
  const net = nss.find((n) => n.type === 'network');
  if (net?.path) out.netnsPath = net.path;
  // a sandbox whose runtime spec has no network namespace runs in the host's (hostNetwork: true)
  if (o.runtimeSpec && !net) out.hostNetwork = true;
  const mode = o.config?.linux?.security_context?.namespace_options?.network;
  if (mode === 2 || mode === 'NODE') out.hostNetwork = true;
  if (typeof o.pid === 'number' && o.pid > 0) out.pid = o.pid;
  return out;
}
