// Per-stage event accounting of one probe set (proto ProbeSetCounters): what the kernel emitted and
// lost, what the runner wrote and lost, what the agent received, dropped at its ingest queue and
// accepted. One mutable object per set, updated in place on the hot path (plain number fields).
import type { ProbeSetCounters } from '../../proto/index.js';

export class StageCounters {
  kernelCounted = false;
  kernelEmitted = 0;
  kernelLost = 0;
  runnerWritten = 0;
  runnerLost = 0;
  agentReceived = 0;
  agentQueueLost = 0;
  agentAccepted = 0;
  countersTimeNs = 0;

  constructor(
    readonly set: number,
    readonly source: string,
  ) {}

  snapshot(): ProbeSetCounters {
    return {
      set: this.set,
      source: this.source,
      kernelCounted: this.kernelCounted,
      kernelEmitted: this.kernelEmitted,
      kernelLost: this.kernelLost,
      runnerWritten: this.runnerWritten,
      runnerLost: this.runnerLost,
      agentReceived: this.agentReceived,
      agentQueueLost: this.agentQueueLost,
      agentAccepted: this.agentAccepted,
      countersTimeNs: this.countersTimeNs,
    };
  }
}
