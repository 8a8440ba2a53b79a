// The probe sets an agent can attach, and the filter they apply in the kernel.
import { ProbeSet, type PacketEvent, type ProbeSetCounters } from '../../proto/index.js';
import { UserError } from '../util/errors.js';
import type { Emit, Source } from '../core/source.js';

export const SET_NAMES = ['tracepoint', 'netfilter', 'kprobe'] as const;
export type SetName = (typeof SET_NAMES)[number];

export const SET_ENUM: Record<SetName, number> = {
  tracepoint: ProbeSet.PROBE_SET_TRACEPOINT,
  netfilter: ProbeSet.PROBE_SET_NETFILTER,
  kprobe: ProbeSet.PROBE_SET_KPROBE,
};

/** What the probes keep, decided in the kernel: an unwanted packet costs a few instructions and emits nothing. */
export interface ProbeFilter {
  protocol?: 'icmp' | 'tcp' | 'udp';
  /** an address or CIDR that either end must be in */
  host?: string;
  /** a port that either end must use */
  port?: number;
}

/** A probe set as a source, plus what `netscope probes` reports about it. */
export interface ProbeSetSource extends Source {
  readonly set: SetName;
  /** netns names it is attached in */
  readonly attachedIn: string[];
  /** bpftool prog ids of its programs, once attached */
  programIds(): number[];
  /** where its events went, stage by stage (proto ProbeSetCounters) */
  counters(): ProbeSetCounters;
  /** packet sightings may go to `packets` in batches (the fast path); everything else to emit */
  start(emit: Emit, packets?: (evs: PacketEvent[]) => void): Promise<void>;
  /** which mechanism runs it, when a set has more than one (tracepoint: "loader" or "bpftrace") */
  readonly mechanism?: string;
  /** more than attached/not: which of its programs run and which wait or cannot (the kprobe set's groups) */
  detail?(): string;
}

/** Parses --probes: "auto" or a comma list of set names. */
export function parseProbeSets(spec: string): SetName[] | 'auto' {
  if (spec === 'auto') return 'auto';
  const names = spec.split(',').map((s) => s.trim()).filter(Boolean);
  const bad = names.filter((n) => !(SET_NAMES as readonly string[]).includes(n));
  if (bad.length || !names.length) {
    throw new UserError(`--probes: unknown probe set '${bad[0] ?? spec}'; use auto or a comma list of ${SET_NAMES.join(', ')}.`);
  }
  return [...new Set(names)] as SetName[];
}
