// The tracepoint set: the CO-RE object (bpf/tracepoint/packet_path.bpf.o) through the loader when it
// loads here; else its compat build (packet_path_compat.bpf.o: the same programs reading headers with
// bpf_probe_read_kernel, for kernels without the bpf_rdonly_cast kfunc); else bpftrace's
// packet-path.bt (same probes, same filters, about a third of the rate).
import type { PacketEvent, ProbeSetCounters } from '../../proto/index.js';
import type { Clock } from '../core/clock.js';
import type { Emit } from '../core/source.js';
import { BpftraceProbes } from './bpftrace-set.js';
import { LoaderProbes, type LoaderProbesOptions } from './netfilter.js';
import { TP_COMPAT_OBJECT } from '../util/paths.js';
import type { ProbeFilter, ProbeSetSource } from './sets.js';

export class TracepointProbes implements ProbeSetSource {
  readonly set = 'tracepoint' as const;
  readonly name = 'tracepoint';
  private active: LoaderProbes | BpftraceProbes;
  /** why the loader could not run the set (then bpftrace does), for warnings and `netscope probes` */
  fallbackReason: string | undefined;

  constructor(
    private readonly filter: ProbeFilter,
    private readonly clock: Clock,
    private readonly opts: LoaderProbesOptions = {},
  ) {
    this.active = new LoaderProbes('tracepoint', [], filter, clock, opts);
  }

  /** why the main object did not load when its compat build runs instead (for a warning) */
  compatReason: string | undefined;

  get mechanism(): string {
    return this.active instanceof LoaderProbes ? 'loader' : 'bpftrace';
  }

  get attachedIn(): string[] {
    return this.active.attachedIn;
  }

  programIds(): number[] {
    return this.active.programIds();
  }

  counters(): ProbeSetCounters {
    return this.active.counters();
  }

  async canRun(): Promise<string | undefined> {
    if (!(await this.active.canRun())) return undefined;
    this.fallbackReason = await this.active.canRun();
    this.active = new BpftraceProbes('tracepoint', this.filter, this.clock);
    return this.active.canRun();
  }

  async start(emit: Emit, packets?: (evs: PacketEvent[]) => void): Promise<void> {
    if (this.active instanceof LoaderProbes) {
      try {
        await this.active.start(emit, packets);
        return;
      } catch (err) {
        await this.active.stop().catch(() => undefined);
        const main = err instanceof Error ? err.message : String(err);
        // the same programs without the kfunc, for a kernel that lacks it
        const compat = new LoaderProbes('tracepoint', [], this.filter, this.clock, { ...this.opts, obj: TP_COMPAT_OBJECT });
        this.active = compat;
        try {
          if (await compat.canRun()) throw new Error('the compat object is not built');
          await compat.start(emit, packets);
          this.compatReason = main;
          return;
        } catch (err2) {
          await compat.stop().catch(() => undefined);
          this.fallbackReason = `${main}; its compat build did not load either: ${err2 instanceof Error ? err2.message : String(err2)}`;
        }
        this.active = new BpftraceProbes('tracepoint', this.filter, this.clock);
        const why = await this.active.canRun();
        if (why) throw new Error(`${this.fallbackReason}; and bpftrace cannot run it either: ${why}`, { cause: err });
      }
    }
    await this.active.start(emit);
  }

  async stop(): Promise<void> {
    await this.active.stop();
  }
}
