// Every event source (probe runners, conntrack, qdisc) has this lifecycle: canRun → start → stop.
// canRun says in words why a source cannot run here; an optional source then warns and the agent degrades.
import type { Envelope } from '../../proto/index.js';

export type Emit = (env: Envelope) => void;

export interface Source {
  /** short name used in status, loss and gap reports, e.g. "conntrack:lab-host01" */
  readonly name: string;
  /** undefined when the source can run here; otherwise one sentence saying why not */
  canRun(): Promise<string | undefined>;
  /** starts producing into emit; resolves once the source is ready (probes attached, first snapshot taken) */
  start(emit: Emit): Promise<void>;
  /** stops, and removes everything it made (child processes, links); safe to call twice */
  stop(): Promise<void>;
}
