// The tracepoint set's fallback: one bpftrace process running the shipped packet-path.bt, whose
// printf payloads the bpftrace parser turns into packet sightings. (The kprobe set is a CO-RE
// object run by the loader: agent/probes/kprobe.ts; bpftrace 0.17 cannot read module BTF.)
import { existsSync } from 'node:fs';
import { LossStage, type ProbeSetCounters } from '../../proto/index.js';
import { StageCounters } from './counters.js';
import type { Clock } from '../core/clock.js';
import type { Emit } from '../core/source.js';
import { bpftraceArgv, scriptPath, TRACEPOINT_SCRIPT } from './bpftrace/argv.js';
import { loadDropReasons, type DropReasons } from './bpftrace/drop-reasons.js';
import { isAttachedLine, parseBpftraceLine } from './bpftrace/parse.js';
import { ProbeRunner } from './runner.js';
import { SET_ENUM, type ProbeFilter, type ProbeSetSource, type SetName } from './sets.js';
import { execa } from 'execa';

async function hasTool(tool: string): Promise<boolean> {
  const r = await execa('sh', ['-c', `command -v ${tool}`], { reject: false });
  return r.exitCode === 0;
}

/** The programs a process has attached to tracepoints/kprobes (bpftool perf show lists them by pid). */
async function perfAttachments(pid: number): Promise<number[]> {
  const r = await execa('bpftool', ['perf', 'show', '-j'], { reject: false });
  if (r.exitCode !== 0 || !r.stdout.trim()) return [];
  const rows = JSON.parse(r.stdout) as Array<{ pid: number; prog_id: number }>;
  return rows.filter((x) => x.pid === pid).map((x) => x.prog_id);
}

export class BpftraceProbes implements ProbeSetSource {
  readonly name: string;
  readonly mechanism = 'bpftrace';
  private runners: ProbeRunner[] = [];
  /** bpftrace does not count what its probes emit: kernel_counted stays false */
  readonly stages: StageCounters;
  private progIds: number[] = [];
  private dropReasons: DropReasons | undefined;

  constructor(
    readonly set: Extract<SetName, 'tracepoint'>,
    private readonly filter: ProbeFilter,
    private readonly clock: Clock,
  ) {
    this.name = set;
    this.stages = new StageCounters(SET_ENUM[set], set);
  }

  counters(): ProbeSetCounters {
    return this.stages.snapshot();
  }

  get attachedIn(): string[] {
    return ['all'];
  }

  programIds(): number[] {
    return this.progIds;
  }

  /** The tracepoint script. */
  scripts(): string[] {
    return [scriptPath('tracepoint', TRACEPOINT_SCRIPT)];
  }

  async canRun(): Promise<string | undefined> {
    if (!(await hasTool('bpftrace'))) return 'bpftrace is not installed; run scripts/setup (apt-get install bpftrace)';
    if (!existsSync('/sys/kernel/btf/vmlinux')) return 'this kernel has no BTF (/sys/kernel/btf/vmlinux), which the scripts need';
    return undefined;
  }

  async start(emit: Emit): Promise<void> {
    this.dropReasons = await loadDropReasons();
    const opts = { dropReasons: this.dropReasons };
    const filter = { protocol: this.filter.protocol, host: this.filter.host, port: this.filter.port };
    for (const script of this.scripts()) {
      const runner = new ProbeRunner(
        {
          name: this.set,
          argv: bpftraceArgv(script, filter),
          isReady: isAttachedLine,
          // bpftrace announces attached_probes before attaching: ready once the kernel lists them all
          confirmReady: async (pid, line) => {
            const p = parseBpftraceLine(line);
            const want = p.kind === 'attached' ? p.count : 1;
            return (await perfAttachments(pid)).length >= want;
          },
          onLine: (l) => {
            const p = parseBpftraceLine(l, opts);
            if (p.kind === 'event') {
              this.stages.agentReceived++;
              this.stages.agentAccepted++;
              emit({ packet: p.event });
            } else if (p.kind === 'lost') {
              // bpftrace reports perf-buffer losses (its reader fell behind) as lost_events
              this.stages.runnerLost += p.count;
              emit({ lost: { stage: LossStage.LOSS_STAGE_PROBE_RUNNER, source: this.name, count: p.count, timeNs: this.clock.wallNow() } });
            }
          },
          readyTimeoutMs: 60_000,
        },
        emit,
        this.clock,
      );
      this.runners.push(runner);
      await runner.start();
    }
    this.progIds = [...new Set((await Promise.all(this.runners.map((r) => (r.pid ? perfAttachments(r.pid) : [])))).flat())];
  }

  async stop(): Promise<void> {
    await Promise.allSettled(this.runners.map((r) => r.stop()));
  }
}
