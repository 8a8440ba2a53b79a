// The netfilter probe set: the loader attaches nf_hooks.bpf.o at every IPv4 hook's entry and exit
// in each target netns and streams one record per packet per hook sighting.
import { accessSync, constants } from 'node:fs';
import type { Clock } from '../core/clock.js';
import type { NetnsTarget } from '../core/netns.js';
import type { Emit } from '../core/source.js';
import { LossStage } from '../../proto/index.js';
import { NF_LOADER, NF_OBJECT } from '../util/paths.js';
import { parseLoaderLine, type AttachedLink } from './loader/parse.js';
import { ProbeRunner } from './runner.js';
import type { ProbeFilter, ProbeSetSource } from './sets.js';

export function loaderArgv(targets: NetnsTarget[], filter: ProbeFilter): string[] {
  const argv = [NF_LOADER, '--obj', NF_OBJECT];
  for (const t of targets) argv.push('--netns', t.path);
  if (filter.protocol) argv.push('--proto', filter.protocol);
  if (filter.host) argv.push('--host', filter.host);
  if (filter.port) argv.push('--port', String(filter.port));
  return argv;
}

export class NetfilterProbes implements ProbeSetSource {
  readonly set = 'netfilter' as const;
  readonly name = 'netfilter';
  private runner: ProbeRunner | undefined;
  private links: AttachedLink[] = [];

  constructor(
    private readonly targets: NetnsTarget[],
    private readonly filter: ProbeFilter,
    private readonly clock: Clock,
  ) {}

  get attachedIn(): string[] {
    return this.targets.map((t) => t.name);
  }

  programIds(): number[] {
    return [...new Set(this.links.map((l) => l.progId))];
  }

  async canRun(): Promise<string | undefined> {
    try {
      accessSync(NF_LOADER, constants.X_OK);
      accessSync(NF_OBJECT, constants.R_OK);
    } catch {
      return `the netfilter loader is not built (${NF_LOADER}); run scripts/setup (it runs make -C bpf)`;
    }
    return undefined;
  }

  async start(emit: Emit): Promise<void> {
    this.runner = new ProbeRunner(
      {
        name: this.name,
        argv: loaderArgv(this.targets, this.filter),
        isReady: (l) => l.startsWith('{"type":"attached"'),
        onLine: (l) => {
          const p = parseLoaderLine(l);
          if (p.kind === 'event') emit({ packet: p.event });
          else if (p.kind === 'attached') this.links = p.links;
          else if (p.kind === 'lost') emit({ lost: { stage: LossStage.LOSS_STAGE_KERNEL_BUFFER, source: this.name, count: p.count, timeNs: this.clock.wallNow() } });
        },
      },
      emit,
      this.clock,
    );
    await this.runner.start();
  }

  async stop(): Promise<void> {
    await this.runner?.stop();
  }
}
