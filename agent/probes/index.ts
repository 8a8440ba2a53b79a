// Builds the sources an agent runs: probe sets by name, and conntrack + qdisc per target netns.
import type { Clock } from '../core/clock.js';
import type { NetnsTarget } from '../core/netns.js';
import type { Emit, Source } from '../core/source.js';
import type { PacketEvent } from '../../proto/index.js';
import { ConntrackSource } from '../sources/conntrack/source.js';
import { QdiscSource } from '../sources/qdisc/source.js';
import { KprobeProbes } from './kprobe.js';
import { LoaderProbes } from './netfilter.js';
import { TracepointProbes } from './tracepoint.js';
import type { ProbeFilter, ProbeSetSource, SetName } from './sets.js';

export interface ProbeContext {
  targets: NetnsTarget[];
  filter: ProbeFilter;
  clock: Clock;
  emit: Emit;
  packets?: (evs: PacketEvent[]) => void;
  /** the agent queue's bound in records, per loader-run set */
  maxQueued?: number;
  /** a loader-run set's progress marks (Pipeline.progress) */
  progress?: (set: number, mono: number) => void;
  /** the sets attached so far (the kprobe set leaves hooks to an attached netfilter set) */
  attached?: readonly ProbeSetSource[];
}

export function createProbeSet(name: SetName, ctx: ProbeContext): ProbeSetSource {
  switch (name) {
    case 'netfilter':
      return new LoaderProbes('netfilter', ctx.targets, ctx.filter, ctx.clock, { maxQueued: ctx.maxQueued, progress: ctx.progress });
    case 'tracepoint':
      return new TracepointProbes(ctx.filter, ctx.clock, { maxQueued: ctx.maxQueued, progress: ctx.progress });
    case 'kprobe': {
      // one set per hop: where the netfilter set records hook entry/exit, the kprobe set does not
      const nf = ctx.attached?.some((s) => s.set === 'netfilter');
      return new KprobeProbes(ctx.filter, ctx.clock, { maxQueued: ctx.maxQueued, progress: ctx.progress, skipHooksNetns: nf ? ctx.targets.map((t) => t.path) : [] });
    }
  }
}

export function createNetnsSources(targets: NetnsTarget[], _clock: Clock): Source[] {
  return targets.flatMap((t) => [new ConntrackSource({ target: t }), new QdiscSource({ target: t })]);
}
