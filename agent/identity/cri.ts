// CRI runtimes (containerd's CRI plugin, CRI-O) through the CRI gRPC API on their socket: the pod
// sandboxes with their Kubernetes labels and, from PodSandboxStatus's verbose info, their netns. The
// runtimes of this API version have no event stream for sandboxes, so new pods are found by a cheap
// poll (ListPodSandbox; the status only of sandboxes not seen before).
import { existsSync } from 'node:fs';
import * as grpc from '@grpc/grpc-js';
import { criRoot, CRI_SERVICE } from './cri-api.js';
import type { Identity, IdentitySource, Update } from './identity.js';
import { parseCriSandbox, type CriSandboxStatus } from './parse.js';

/** The sockets asked when CONTAINER_RUNTIME_ENDPOINT (crictl's variable) is not set. */
export const DEFAULT_CRI_ENDPOINTS = ['unix:///run/containerd/containerd.sock', 'unix:///run/crio/crio.sock'];

/** CONTAINER_RUNTIME_ENDPOINT (a comma list is accepted), else the defaults; paths get unix://. */
export function criEndpoints(env: NodeJS.ProcessEnv = process.env): string[] {
  const v = env.CONTAINER_RUNTIME_ENDPOINT;
  const list = v ? v.split(',').map((s) => s.trim()).filter(Boolean) : DEFAULT_CRI_ENDPOINTS;
  return list.map((e) => (e.startsWith('/') ? `unix://${e}` : e));
}

type Obj = Record<string, unknown>;

/** A minimal CRI RuntimeService client (unary calls only). */
export class CriClient {
  private readonly client: grpc.Client;

  constructor(readonly endpoint: string) {
    this.client = new grpc.Client(endpoint, grpc.credentials.createInsecure());
  }

  call<T = Obj>(method: string, req: Obj, timeoutMs = 10_000): Promise<T> {
    const root = criRoot();
    const reqType = root.lookupType(`runtime.v1.${method}Request`);
    const resType = root.lookupType(`runtime.v1.${method}Response`);
    return new Promise((resolve, reject) => {
      this.client.makeUnaryRequest(
        `/${CRI_SERVICE}/${method}`,
        (m: Obj) => Buffer.from(reqType.encode(reqType.fromObject(m)).finish()),
        (b: Buffer) => resType.toObject(resType.decode(b), { longs: Number, enums: Number, defaults: true }) as T,
        req,
        new grpc.Metadata(),
        { deadline: Date.now() + timeoutMs },
        (err, res) => (err ? reject(err) : resolve(res as T)),
      );
    });
  }

  version(): Promise<{ runtime_name: string; runtime_version: string; runtime_api_version: string }> {
    return this.call('Version', { version: 'v1' });
  }

  async runPodSandbox(config: Obj): Promise<string> {
    return (await this.call<{ pod_sandbox_id: string }>('RunPodSandbox', { config }, 120_000)).pod_sandbox_id;
  }

  async stopPodSandbox(id: string): Promise<void> {
    await this.call('StopPodSandbox', { pod_sandbox_id: id }, 60_000);
  }

  async removePodSandbox(id: string): Promise<void> {
    await this.call('RemovePodSandbox', { pod_sandbox_id: id }, 60_000);
  }

  async listPodSandbox(): Promise<{ id: string; state: number }[]> {
    return (await this.call<{ items: { id: string; state: number }[] }>('ListPodSandbox', {})).items;
  }

  podSandboxStatus(id: string): Promise<{ status: CriSandboxStatus; info: Record<string, string> }> {
    return this.call('PodSandboxStatus', { pod_sandbox_id: id, verbose: true });
  }

  close(): void {
    this.client.close();
  }
}

/** Why a CRI call failed, in words (the runtime answers but has no CRI, or no one answers). */
function why(endpoint: string, err: unknown): string {
  const e = err as { code?: number; details?: string; message?: string };
  if (e.code === grpc.status.UNIMPLEMENTED) return `the runtime at ${endpoint} does not serve the CRI API (runtime.v1; for containerd: its CRI plugin is disabled or failed to load)`;
  if (e.code === grpc.status.UNAVAILABLE || e.code === grpc.status.DEADLINE_EXCEEDED) return `nothing answers at ${endpoint} (${e.details ?? e.message})`;
  return `the CRI call to ${endpoint} failed: ${e.details ?? e.message ?? String(err)}`;
}

export class CriSource implements IdentitySource {
  engine: string;
  readonly kinds = ['pod'] as const;
  readonly netnsFile = /^cni-[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/;
  private client: CriClient | undefined;
  private runtime = 'cri';
  private readonly known = new Map<string, Identity>();
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;
  private polling = false;

  constructor(readonly endpoint: string, private readonly opts: { pollMs?: number } = {}) {
    this.engine = `cri at ${endpoint}`;
  }

  async canRun(): Promise<string | undefined> {
    const path = this.endpoint.startsWith('unix://') ? this.endpoint.slice('unix://'.length) : undefined;
    if (path && !existsSync(path)) return `no CRI socket at ${path}`;
    this.client ??= new CriClient(this.endpoint);
    try {
      const v = await this.client.version();
      this.runtime = v.runtime_name || 'cri';
      this.engine = `${this.runtime} (CRI at ${this.endpoint})`;
      return undefined;
    } catch (err) {
      this.client.close();
      this.client = undefined;
      return why(this.endpoint, err);
    }
  }

  async list(): Promise<Identity[]> {
    this.client ??= new CriClient(this.endpoint);
    const items = await this.client.listPodSandbox();
    const out: Identity[] = [];
    for (const it of items) {
      const seen = this.known.get(it.id);
      // a sandbox's netns never changes: its status is asked once, and again only for its state
      if (seen && seen.running === (it.state === 0)) {
        out.push(seen);
        continue;
      }
      try {
        const st = await this.client.podSandboxStatus(it.id);
        const id = parseCriSandbox(st.status, st.info, this.runtime);
        if (id) {
          this.known.set(it.id, id);
          out.push(id);
        }
      } catch {
        /* removed meanwhile */
      }
    }
    return out;
  }

  async start(update: Update): Promise<void> {
    this.stopped = false;
    update(await this.list());
    const poll = this.opts.pollMs ?? 1000;
    this.timer = setInterval(() => {
      if (this.stopped || this.polling) return;
      this.polling = true;
      this.list()
        .then(update, () => undefined)
        .finally(() => (this.polling = false));
    }, poll);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    this.client?.close();
    this.client = undefined;
  }
}
