// The probe sets the loader runs (bpf/netfilter/loader.c): netfilter (nf_hooks.bpf.o at every IPv4
// hook's entry and exit in each target netns) and tracepoint (packet_path.bpf.o's tp_btf programs,
// global). The loader writes binary frames (--format binary); they go through the agent queue
// (RecordIngest) into the pipeline in batches, and every stage's counts land in StageCounters.
import { accessSync, constants } from 'node:fs';
import type { Clock } from '../core/clock.js';
import type { NetnsTarget } from '../core/netns.js';
import type { Emit } from '../core/source.js';
import { LossStage, type PacketEvent, type ProbeSetCounters } from '../../proto/index.js';
import { NF_LOADER, NF_OBJECT, TP_OBJECT } from '../util/paths.js';
import { loadDropReasons } from './bpftrace/drop-reasons.js';
import { StageCounters } from './counters.js';
import { RecordIngest } from './ingest.js';
import { kallsymsSymbolizer } from './kallsyms.js';
import { decodeNf, decodeTp, FRAME_NF, FRAME_TP, NF_RECORD_SIZE, TP_RECORD_SIZE, type DecodeContext, type LoaderStats } from './loader/binary.js';
import { parseLoaderLine, type AttachedLink } from './loader/parse.js';
import { ProbeRunner } from './runner.js';
import { SET_ENUM, type ProbeFilter, type ProbeSetSource } from './sets.js';

export type LoaderSet = 'netfilter' | 'tracepoint';

export function loaderArgv(targets: NetnsTarget[], filter: ProbeFilter, set: LoaderSet = 'netfilter', format: 'json' | 'binary' = 'json', obj?: string): string[] {
  const argv = [NF_LOADER, '--obj', obj ?? (set === 'netfilter' ? NF_OBJECT : TP_OBJECT)];
  if (set !== 'netfilter') argv.push('--set', set);
  if (format !== 'json') argv.push('--format', format);
  if (set === 'netfilter') for (const t of targets) argv.push('--netns', t.path);
  if (filter.protocol) argv.push('--proto', filter.protocol);
  if (filter.host) argv.push('--host', filter.host);
  if (filter.port) argv.push('--port', String(filter.port));
  return argv;
}

export interface LoaderProbesOptions {
  /** the agent queue's bound in records (RecordIngest) */
  maxQueued?: number;
  /** the BPF object to load instead of the set's own (the tracepoint set's compat object) */
  obj?: string;
  /** the loader's progress marks (its stream is complete up to a monotonic time), for the pipeline's watermark */
  progress?: (set: number, mono: number) => void;
}

export class LoaderProbes implements ProbeSetSource {
  readonly name: string;
  private runner: ProbeRunner | undefined;
  private ingest: RecordIngest | undefined;
  private links: AttachedLink[] = [];
  private progIds: number[] = [];
  readonly stages: StageCounters;
  /** the counters of earlier runs of the loader (each run's own count from 0) */
  private base = { emitted: 0, lost: 0, written: 0 };
  private last: LoaderStats | undefined;
  private receivedThisRun = 0;

  constructor(
    readonly set: LoaderSet,
    private readonly targets: NetnsTarget[],
    private readonly filter: ProbeFilter,
    private readonly clock: Clock,
    private readonly opts: LoaderProbesOptions = {},
  ) {
    this.name = set;
    this.stages = new StageCounters(SET_ENUM[set], set);
    this.stages.kernelCounted = true;
  }

  get attachedIn(): string[] {
    return this.set === 'netfilter' ? this.targets.map((t) => t.name) : ['all'];
  }

  programIds(): number[] {
    return this.set === 'netfilter' ? [...new Set(this.links.map((l) => l.progId))] : this.progIds;
  }

  counters(): ProbeSetCounters {
    return this.stages.snapshot();
  }

  async canRun(): Promise<string | undefined> {
    try {
      accessSync(NF_LOADER, constants.X_OK);
      accessSync(this.opts.obj ?? (this.set === 'netfilter' ? NF_OBJECT : TP_OBJECT), constants.R_OK);
    } catch {
      return `the probe loader or its object is not built (${NF_LOADER}); run scripts/setup (it runs make -C bpf)`;
    }
    return undefined;
  }

  async start(emit: Emit, packets?: (evs: PacketEvent[]) => void): Promise<void> {
    const ctx: DecodeContext = {};
    if (this.set === 'tracepoint') {
      ctx.dropReasons = await loadDropReasons();
      ctx.symbolize = kallsymsSymbolizer();
    }
    const sink = packets ?? ((evs: PacketEvent[]) => evs.forEach((e) => emit({ packet: e })));
    const c = this.stages;
    const lostEnv = (stage: number, count: number) => emit({ lost: { stage, source: this.name, count, timeNs: this.clock.wallNow() } });
    const ingest = new RecordIngest({
      counters: c,
      maxQueued: this.opts.maxQueued,
      decode: (type, b, off, len) => {
        if (type === FRAME_NF && len >= NF_RECORD_SIZE) return decodeNf(b, off);
        if (type === FRAME_TP && len >= TP_RECORD_SIZE) return decodeTp(b, off, ctx);
        return undefined;
      },
      onStats: (s) => this.stats(s, lostEnv),
      onProgress: this.opts.progress ? (mono) => this.opts.progress!(SET_ENUM[this.set], mono) : undefined,
      sink,
      lost: (n) => lostEnv(LossStage.LOSS_STAGE_AGENT_QUEUE, n),
    });
    this.ingest = ingest;
    this.runner = new ProbeRunner(
      {
        name: this.name,
        argv: loaderArgv(this.targets, this.filter, this.set, 'binary', this.opts.obj),
        isReady: (l) => l.startsWith('{"type":"attached"'),
        onLine: (l) => {
          const p = parseLoaderLine(l);
          if (p.kind === 'attached') {
            this.links = p.links;
            try {
              this.progIds = ((JSON.parse(l) as { links?: Array<{ prog_id?: number }> }).links ?? []).map((x) => x.prog_id ?? 0).filter(Boolean);
            } catch {
              this.progIds = [];
            }
          }
        },
        onData: (chunk) => {
          const before = c.agentReceived;
          ingest.push(chunk);
          this.receivedThisRun += c.agentReceived - before;
        },
        onSpawn: () => this.newRun(lostEnv),
      },
      emit,
      this.clock,
    );
    await this.runner.start();
  }

  /** A counter report: everything the loader wrote before it has been received. */
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

  /** Before a (re)start: fold the last run's counters in, and count what it emitted but never delivered. */
  private newRun(lostEnv: (stage: number, count: number) => void): void {
    this.ingest?.reset();
    const last = this.last;
    if (last) {
      this.base.emitted += last.emitted;
      this.base.lost += last.lost;
      this.base.written += last.written;
      // emitted and not lost in the kernel, yet never received: gone with the crashed process
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
    // the loader drained its ring and wrote its last counters before exiting: decode what is
    // queued, up to a bound that keeps shutdown short, and count the rest as lost
    this.ingest?.flush(20_000);
    this.ingest?.stop();
  }
}

/** The netfilter set (kept under its old name for callers and tests). */
export class NetfilterProbes extends LoaderProbes {
  constructor(targets: NetnsTarget[], filter: ProbeFilter, clock: Clock, opts: LoaderProbesOptions = {}) {
    super('netfilter', targets, filter, clock, opts);
  }
}
