// What the recorder, reader and replay need to know of an envelope: its kind and its time.
import type { Envelope } from '../../proto/index.js';

export const KINDS = ['packet', 'journey', 'conntrack', 'conntrackStats', 'qdisc', 'lost', 'gap', 'status'] as const;
export type Kind = (typeof KINDS)[number];

/** The oneof field that is set ("packet", "journey", …, the first in KINDS order), or "unknown". */
export function kindOf(env: Envelope): Kind | 'unknown' {
  // named reads, not env[k] over KINDS: a keyed read of 8 names goes megamorphic (the writer calls this per envelope)
  if (env.packet) return 'packet';
  if (env.journey) return 'journey';
  if (env.conntrack) return 'conntrack';
  if (env.conntrackStats) return 'conntrackStats';
  if (env.qdisc) return 'qdisc';
  if (env.lost) return 'lost';
  if (env.gap) return 'gap';
  if (env.status) return 'status';
  return 'unknown';
}

/** The envelope's wall time in ns (0 for kinds without one, e.g. status). */
export function timeOf(env: Envelope): number {
  if (env.packet) return env.packet.timeNs ?? 0;
  if (env.journey) return env.journey.startTimeNs ?? 0;
  if (env.conntrack) return env.conntrack.timeNs ?? 0;
  if (env.conntrackStats) return env.conntrackStats.timeNs ?? 0;
  if (env.qdisc) return env.qdisc.timeNs ?? 0;
  if (env.lost) return env.lost.timeNs ?? 0;
  if (env.gap) return env.gap.fromTimeNs ?? 0;
  return 0;
}
