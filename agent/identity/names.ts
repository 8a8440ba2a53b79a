// Feeds the identity sources into the agent's netns naming: the inode → name map the pipeline already
// holds gets `web (podman)`, `cn-web (docker)`, `pod default/web-1` for every container netns the
// engines know, as soon as they know it. A name stays when its container is gone (its last journeys
// and recordings keep it); a netns shared by several containers is named after the one that made it.
import { statSync } from 'node:fs';
import { label, netnsInode, type Identity, type IdentitySource } from './identity.js';
import { DockerSource } from './docker.js';
import { CriSource, criEndpoints } from './cri.js';
import { PodmanSource } from './podman.js';

/** Every engine netscope knows, as configured by the environment (DOCKER_HOST, CONTAINER_RUNTIME_ENDPOINT). */
export function defaultIdentitySources(): IdentitySource[] {
  return [new PodmanSource(), new DockerSource(), ...criEndpoints().map((e) => new CriSource(e))];
}

function ownInode(): number {
  try {
    return statSync('/proc/self/ns/net').ino;
  } catch {
    return 0;
  }
}

export interface IdentityStatus {
  /** engines that answered */
  running: string[];
  /** engine → why it is not asked */
  off: Map<string, string>;
}

export class IdentityNames {
  private started: IdentitySource[] = [];
  /** inode → the identity named there, and whether that identity owns the netns */
  private readonly byInode = new Map<number, Identity>();
  /** the agent's own netns, never named after a container */
  private readonly own = ownInode();

  constructor(
    private readonly names: Map<number, string>,
    private readonly sources: IdentitySource[] = defaultIdentitySources(),
  ) {}

  /** Starts every source that can run here; resolves with which answered and why the others did not. */
  async start(): Promise<IdentityStatus> {
    const status: IdentityStatus = { running: [], off: new Map() };
    await Promise.all(
      this.sources.map(async (src) => {
        const why = await src.canRun().catch((e: Error) => e.message);
        if (why) {
          status.off.set(src.engine, why);
          return;
        }
        try {
          await src.start(this.update);
          this.started.push(src);
          status.running.push(src.engine);
        } catch (err) {
          status.off.set(src.engine, (err as Error).message);
          await src.stop().catch(() => undefined);
        }
      }),
    );
    return status;
  }

  /** What a source learnt: name every netns it can stat now. */
  readonly update = (ids: Identity[]): void => {
    for (const id of ids) {
      if (id.hostNetwork) continue;
      const ns = netnsInode(id);
      if (!ns) continue;
      const had = this.byInode.get(ns.inode);
      if (id.guess && (had || ns.inode === this.own || !/^(netns-[0-9a-f-]{36})?$/.test(this.names.get(ns.inode) ?? ''))) continue;
      // the container that made a netns names it, not one that joined it later
      if (had && had.id !== id.id && had.engine === id.engine && !had.shared && id.shared) continue;
      this.byInode.set(ns.inode, id);
      this.names.set(ns.inode, label(id));
    }
  };

  /**
   * Whether a netns file under /run/netns is one a running engine made for a container it will name
   * (podman's netns-UUID, a CRI runtime's cni-UUID): its file name would only stand in the way.
   */
  claims(file: string): boolean {
    return this.started.some((s) => s.netnsFile?.test(file));
  }

  /** The identity last seen in a netns. */
  identityOf(inode: number): Identity | undefined {
    return this.byInode.get(inode);
  }

  async stop(): Promise<void> {
    const all = this.started;
    this.started = [];
    await Promise.allSettled(all.map((s) => s.stop()));
  }
}
