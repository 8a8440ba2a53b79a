// The kprobe set: bpf/kprobe/nf_kprobes.bpf.o run by the loader (--set kprobe). The loader attaches
// it in groups, one per kernel function (hook: nf_hook_slow, nft: nft_do_chain, ipt: ipt_do_table,
// nat: nf_nat_manip_pkt, bridge: br_forward); a group that cannot attach here is reported alone, one
// whose module is not loaded yet attaches when the module appears. The group states arrive in the
// "attached" line and, later, as FRAME_KP_GROUP frames; `netscope probes` shows them.
//
// Where the netfilter set is attached too (6.4+ with kprobes), hook entry and exit are left to it in
// its netns (--skip-hooks-netns): a journey shows each hook once, and the kprobe set adds what only it
// sees (table and chain verdicts, the NAT function, the bridge's forwarding).
import { accessSync, constants } from 'node:fs';
import { LossStage, ProbeSet, type PacketEvent, type ProbeSetCounters } from '../../proto/index.js';
import type { Clock } from '../core/clock.js';
import type { Emit } from '../core/source.js';
import { join } from 'node:path';
import { BPF_DIR, NF_LOADER } from '../util/paths.js';
import { StageCounters } from './counters.js';
import { RecordIngest } from './ingest.js';
import { decodeKp, FRAME_KP, FRAME_KP_GROUP, KP_RECORD_SIZE, parseKprobeGroup, type KprobeGroup, type LoaderStats } from './loader/binary.js';
import { ProbeRunner } from './runner.js';
import { SET_ENUM, type ProbeFilter, type ProbeSetSource } from './sets.js';

export const KP_OBJECT = join(BPF_DIR, 'kprobe', 'nf_kprobes.bpf.o');

export interface KprobeOptions {
  /** the agent queue's bound in records */
  maxQueued?: number;
  /** netns paths where the netfilter set records hook entry/exit: the kprobe set leaves hooks there to it */
  skipHooksNetns?: string[];
  /** the groups to attach (default all) */
  groups?: string[];
  obj?: string;
  /** the loader's progress marks, for the pipeline's watermark (see LoaderProbesOptions) */
  progress?: (set: number, mono: number) => void;
}

/** What each group adds to a journey, for `netscope probes`. */
export const KPROBE_GROUP_HOPS: Readonly<Record<string, string>> = {
  hook: 'netfilter hooks (entry, exit or the drop verdict) with NAT and the conntrack entry',
  nft: 'nftables chain verdicts (table, chain, verdict)',
  ipt: 'legacy iptables table verdicts',
  nat: 'the NAT rewrite in nf_nat_manip_pkt',
  bridge: "the bridge's port-to-port forwarding",
};

export function kprobeArgv(filter: ProbeFilter, opts: KprobeOptions = {}, format: 'json' | 'binary' = 'binary'): string[] {
  const argv = [NF_LOADER, '--obj', opts.obj ?? KP_OBJECT, '--set', 'kprobe', '--format', format];
  if (filter.protocol) argv.push('--proto', filter.protocol);
  if (filter.host) argv.push('--host', filter.host);
  if (filter.port) argv.push('--port', String(filter.port));
  for (const p of opts.skipHooksNetns ?? []) argv.push('--skip-hooks-netns', p);
  if (opts.groups?.length) argv.push('--groups', opts.groups.join(','));
  return argv;
}

/** One line per group: "nft (nft_do_chain in nf_tables): attached", "ipt (ipt_do_table): pending: …". */
export function describeGroups(groups: Iterable<KprobeGroup>): string {
  return [...groups]
    .map((g) => `${g.group} (${g.function}${g.module ? ` in ${g.module}` : ''}): ${g.state}${g.reason ? `: ${g.reason}` : ''}`)
    .join('; ');
}

export class KprobeProbes implements ProbeSetSource {
  readonly set = 'kprobe' as const;
  readonly name = 'kprobe';
  readonly mechanism = 'loader';
  readonly stages: StageCounters;
  private runner: ProbeRunner | undefined;
  private ingest: RecordIngest | undefined;
  /** group name → its latest state */
  readonly groups = new Map<string, KprobeGroup>();
  private base = { emitted: 0, lost: 0, written: 0 };
  private last: LoaderStats | undefined;
  private receivedThisRun = 0;

  constructor(
    private readonly filter: ProbeFilter,
    private readonly clock: Clock,
    private readonly opts: KprobeOptions = {},
  ) {
    this.stages = new StageCounters(SET_ENUM.kprobe, 'kprobe');
    this.stages.kernelCounted = true;
  }

  get attachedIn(): string[] {
    return ['all'];
  }

  programIds(): number[] {
    return [...this.groups.values()].filter((g) => g.state === 'attached').flatMap((g) => g.programs.map((p) => p.progId)).filter(Boolean);
  }

  /** Which groups are attached, waiting for their module, or unavailable, and why. */
  detail(): string {
    const skip = this.opts.skipHooksNetns ?? [];
    const groups = [...this.groups.values()].map((g) =>
      g.group === 'hook' && g.state === 'attached' && skip.length ? { ...g, reason: `entry and exit left to the netfilter set in ${skip.join(', ')}` } : g);
    return describeGroups(groups);
  }

  counters(): ProbeSetCounters {
    return this.stages.snapshot();
  }

  async canRun(): Promise<string | undefined> {
    try {
      accessSync(NF_LOADER, constants.X_OK);
      accessSync(this.opts.obj ?? KP_OBJECT, constants.R_OK);
    } catch {
      return `the probe loader or the kprobe object is not built (${NF_LOADER}); run scripts/setup (it runs make -C bpf)`;
    }
    return undefined;
  }

  async start(emit: Emit, packets?: (evs: PacketEvent[]) => void): Promise<void> {
    const sink = packets ?? ((evs: PacketEvent[]) => evs.forEach((e) => emit({ packet: e })));
    const lostEnv = (stage: number, count: number) => emit({ lost: { stage, source: this.name, count, timeNs: this.clock.wallNow() } });
    const ingest = new RecordIngest({
      counters: this.stages,
      maxQueued: this.opts.maxQueued,
      decode: (type, b, off, len) => (type === FRAME_KP && len >= KP_RECORD_SIZE ? decodeKp(b, off) : undefined),
      control: (type, b, off, len) => {
        if (type !== FRAME_KP_GROUP) return false;
        const g = parseKprobeGroup(b.toString('utf8', off, off + len));
        if (g) this.groups.set(g.group, g);
        return true;
      },
      onStats: (s) => this.stats(s, lostEnv),
      onProgress: this.opts.progress ? (mono) => this.opts.progress!(ProbeSet.PROBE_SET_KPROBE, mono) : undefined,
      sink,
      lost: (n) => lostEnv(LossStage.LOSS_STAGE_AGENT_QUEUE, n),
    });
    this.ingest = ingest;
    this.runner = new ProbeRunner(
      {
        name: this.name,
        argv: kprobeArgv(this.filter, this.opts),
        isReady: (l) => l.startsWith('{"type":"attached"'),
        onLine: (l) => {
          if (!l.startsWith('{"type":"attached"')) return;
          try {
            const o = JSON.parse(l) as { groups?: Array<Record<string, unknown>> };
            for (const raw of o.groups ?? []) {
              const g = parseKprobeGroup(raw);
              if (g) this.groups.set(g.group, g);
            }
          } catch {
            /* a cut line: the group frames that follow still say it */
          }
        },
        onData: (chunk) => {
          const before = this.stages.agentReceived;
          ingest.push(chunk);
          this.receivedThisRun += this.stages.agentReceived - before;
        },
        onSpawn: () => this.newRun(lostEnv),
      },
      emit,
      this.clock,
    );
    try {
      await this.runner.start();
    } catch (err) {
      // the loader's own sentence says it (e.g. "kprobes cannot attach on this kernel (…)"); the command line does not help
      const msg = err instanceof Error ? err.message : String(err);
      const m = /exited with (?:exit )?code \d+: ([^]*)$/.exec(msg);
      throw new Error(m ? m[1]!.trim() : msg, { cause: err });
    }
  }

  private stats(s: LoaderStats, lostEnv: (stage: number, count: number) => void): void {
    const c = this.stages;
    const newLost = s.lost - (this.last?.lost ?? 0);
    this.last = s;
    c.kernelEmitted = this.base.emitted + s.emitted;
    c.kernelLost = this.base.lost + s.lost;
    c.runnerWritten = this.base.written + s.written;
    c.countersTimeNs = this.clock.wallNow();
    if (newLost > 0) lostEnv(LossStage.LOSS_STAGE_KERNEL_BUFFER, newLost);
  }

  private newRun(lostEnv: (stage: number, count: number) => void): void {
    this.ingest?.reset();
    const last = this.last;
    if (last) {
      this.base.emitted += last.emitted;
      this.base.lost += last.lost;
      this.base.written += last.written;
      const gone = last.emitted - last.lost - this.receivedThisRun;
      if (gone > 0) {
        this.stages.runnerLost += gone;
        lostEnv(LossStage.LOSS_STAGE_PROBE_RUNNER, gone);
      }
    }
    this.last = undefined;
    this.receivedThisRun = 0;
  }

  async stop(): Promise<void> {
    await this.runner?.stop();
    this.ingest?.flush(20_000);
    this.ingest?.stop();
  }
}
