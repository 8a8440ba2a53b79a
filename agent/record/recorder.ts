// Records an agent's envelope stream to a file: header from the agent's status, snapshots of its
// target netns, then every envelope it publishes. Used by `netscope record` (in-process agent) and
// meant for `netscope agent --record FILE --record-max-size N`:
//   const rec = await startRecorder(agent, file, { maxSize });   // after agent.start()
//   …; rec.stop('SIGTERM');                                       // writes the footer
// If the process exits without stop(), an 'exit' handler writes the footer (all writes are sync).
// A write error (a full disk) ends the recording, not the process: opts.onError hears of it once.
import { hostname, release } from 'node:os';
import type { Agent } from '../agent.js';
import { AGENT_VERSION } from '../agent.js';
import type { Clock } from '../core/clock.js';
import { systemClock } from '../core/clock.js';
import type { Envelope } from '../../proto/index.js';
import { snapshotAll } from './snapshot.js';
import { RecordingWriter, type WriterOptions, type WriterStats } from './writer.js';

export interface RecorderOptions extends WriterOptions {
  /** the clock the agent converts with (the recorded mono↔wall offset); default a fresh system clock */
  clock?: Clock;
  /** the packet filter in force, as text, for the header */
  filter?: string;
  /** the command line, for the header */
  command?: string;
  /** take snapshots of the agent's target netns first (default true) */
  snapshots?: boolean;
  /** stop after this many envelopes; `onLimit` is then called once */
  count?: number;
  onLimit?: () => void;
}

export class Recorder {
  private unsubscribe: (() => void) | undefined;
  private readonly onExit = () => this.stop('exit');
  private stopped = false;

  constructor(readonly writer: RecordingWriter, private readonly opts: RecorderOptions = {}) {
    process.once('exit', this.onExit);
  }

  get stats(): WriterStats {
    return this.writer.stats;
  }

  /** Feeds envelopes to the writer until stop() (or the count limit). */
  attach(subscribe: (sink: (env: Envelope) => void) => () => void, queued: Envelope[] = []): void {
    for (const e of queued) this.write(e);
    if (!this.stopped) this.unsubscribe = subscribe((e) => this.write(e));
  }

  private written = 0;

  /** the write error that ended the recording early (a full disk), if one did */
  get failure(): NodeJS.ErrnoException | undefined {
    return this.writer.failure;
  }

  write(env: Envelope): void {
    if (this.stopped || (this.opts.count !== undefined && this.written >= this.opts.count)) return;
    if (this.writer.failure) {
      // the writer ended the recording: stop taking envelopes (the footer, if it fit, is written)
      this.stopped = true;
      this.unsubscribe?.();
      process.removeListener('exit', this.onExit);
      return;
    }
    this.writer.write(env);
    this.written++;
    if (this.opts.count !== undefined && this.written >= this.opts.count) {
      this.writer.flush();
      this.opts.onLimit?.();
    }
  }

  /** Stops taking envelopes, writes the open batch, the footer and the trailer. Idempotent. */
  stop(reason = 'stopped'): WriterStats {
    if (!this.stopped) {
      this.stopped = true;
      this.unsubscribe?.();
      process.removeListener('exit', this.onExit);
      this.writer.close(reason);
    }
    return this.writer.stats;
  }
}

/** Starts recording a started agent to `file`. Envelopes published while snapshots are taken are kept. */
export async function startRecorder(agent: Agent, file: string, opts: RecorderOptions = {}): Promise<Recorder> {
  const queued: Envelope[] = [];
  const stopQueue = agent.subscribe((e) => queued.push(e));
  try {
    const clock = opts.clock ?? systemClock();
    const status = agent.currentStatus();
    const startTimeNs = clock.wallNow();
    const snapshots = opts.snapshots === false ? [] : await snapshotAll(agent.targets, () => clock.wallNow());
    const writer = new RecordingWriter(
      file,
      {
        netscopeVersion: AGENT_VERSION,
        hostname: status.hostname || hostname(),
        kernelRelease: status.kernel || release(),
        probeSets: status.probeSets ?? [],
        startTimeNs,
        startMonoNs: clock.monoNow(),
        monoToWallOffsetNs: clock.wallOf(0),
        netns: agent.targets.map((t) => t.name),
        filter: opts.filter ?? '',
        command: opts.command ?? '',
      },
      snapshots,
      opts,
    );
    const rec = new Recorder(writer, opts);
    stopQueue();
    rec.attach((sink) => agent.subscribe(sink), queued);
    return rec;
  } catch (err) {
    stopQueue();
    throw err;
  }
}
