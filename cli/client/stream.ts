// Reading an Observe stream envelope by envelope until it ends, the consumer has enough, or Ctrl-C;
// and printing it to a stdout that may be read slowly (BoundedOutput).
import * as grpc from '@grpc/grpc-js';
import type { ObserveRequest } from '../../agent/server/service.js';
import type { Envelope } from '../../proto/index.js';
import type { AgentClient } from './connect.js';

/**
 * Calls onEnvelope for each envelope, in order; it returns false to stop. Resolves when the stream
 * ends or is stopped (by the consumer or SIGINT/SIGTERM); rejects with the one-sentence error. An
 * agent that stops (UNAVAILABLE, or the end of a followed stream from an older agent) rejects with
 * "the agent … is stopping" (AgentClient.describe), exit status 1: the stream did not end because the user asked.
 */
export function streamEnvelopes(client: AgentClient, req: ObserveRequest, onEnvelope: (env: Envelope) => boolean | void): Promise<void> {
  return new Promise((resolve, reject) => {
    const call = client.observe(req);
    let stopped = false;
    const stop = () => {
      if (stopped) return;
      stopped = true;
      call.cancel();
    };
    const signals = ['SIGINT', 'SIGTERM'] as const;
    for (const s of signals) process.on(s, stop);
    // `netscope observe | head`: a closed pipe ends the stream quietly
    const onPipe = (err: NodeJS.ErrnoException) => (err.code === 'EPIPE' ? stop() : undefined);
    process.stdout.on('error', onPipe);
    let settled = false;
    const done = (err?: Error) => {
      if (settled) return;
      settled = true;
      for (const s of signals) process.off(s, stop);
      process.stdout.off('error', onPipe);
      if (err) reject(err);
      else resolve();
    };
    call.on('data', (res: { envelopes?: Envelope[] }) => {
      if (stopped) return;
      for (const env of res.envelopes ?? []) {
        if (onEnvelope(env) === false) {
          stop();
          return;
        }
      }
    });
    // an agent that stops ends the stream with UNAVAILABLE, which describe() says as "the agent … is stopping"
    call.on('error', (err: grpc.ServiceError) => (stopped && err.code === grpc.status.CANCELLED ? done() : done(client.describe(err))));
    // an older agent ended a followed stream instead: that is no end the user asked for either
    call.on('end', () => (req.follow && !stopped ? done(client.describe(Object.assign(new Error('ended'), { code: grpc.status.UNAVAILABLE, details: 'the agent is stopping (it ended the stream)' }))) : done()));
  });
}

export interface BoundedOutputOptions {
  /** the command's name for messages */
  command: string;
  /** most bytes waiting for the reader before envelopes are dropped (default 4 MiB) */
  maxBytes?: number;
  /** the line that marks a hole in the output, in the output's own format (e.g. a LostEvents envelope) */
  lossLine?: (count: number) => string | undefined;
  out?: NodeJS.WriteStream;
  err?: NodeJS.WritableStream;
}

/**
 * stdout with a bound, as the agent bounds each client's queue: while more than maxBytes wait for a
 * slow reader (`observe --follow | slow`), envelopes are dropped and counted instead of buffered; when
 * the reader catches up, a loss line marks the hole. What was dropped, and what is still unwritten
 * when the command ends, is said on stderr by finish(), and makes the exit status 1.
 */
export class BoundedOutput {
  /** envelopes dropped because the reader was too slow */
  dropped = 0;
  private unmarked = 0;
  /** envelopes handed to stdout and not yet written to the pipe */
  private inFlight = 0;
  private warned = false;
  private readonly maxBytes: number;
  private readonly out: NodeJS.WriteStream;
  private readonly err: NodeJS.WritableStream;
  private readonly bound: string;

  constructor(private readonly opts: BoundedOutputOptions) {
    this.maxBytes = opts.maxBytes ?? 4 * 1024 * 1024;
    this.out = opts.out ?? process.stdout;
    this.err = opts.err ?? process.stderr;
    this.bound = this.maxBytes >= 1 << 20 ? `${+(this.maxBytes / (1 << 20)).toFixed(1)} MiB` : `${Math.round(this.maxBytes / 1024)} KiB`;
  }

  /** Whether the next envelope may be printed; when not, it is counted as dropped (do not format it). */
  accept(): boolean {
    if (this.out.writableLength <= this.maxBytes) return true;
    this.dropped++;
    this.unmarked++;
    if (!this.warned) {
      this.warned = true;
      this.err.write(`netscope ${this.opts.command}: stdout is read too slowly (more than ${this.bound} wait for it): dropping envelopes, counted and reported when it ends\n`);
    }
    return false;
  }

  /** Prints one envelope's text (after accept() said yes), first marking a hole if envelopes were dropped before it. */
  write(text: string): void {
    if (this.unmarked) {
      const line = this.opts.lossLine?.(this.unmarked);
      this.unmarked = 0;
      if (line) this.out.write(line.endsWith('\n') ? line : line + '\n');
    }
    this.inFlight++;
    this.out.write(text.endsWith('\n') ? text : text + '\n', () => this.inFlight--);
  }

  /** envelopes still waiting for the reader after finish(): the caller must exit, since pending writes keep a process alive */
  stalled = 0;

  /**
   * Waits up to graceMs for the reader to take what is buffered; then reports what it never got on
   * stderr and returns the exit status for it: 0 when nothing was lost, 1 otherwise.
   */
  async finish(graceMs = 1000): Promise<number> {
    const end = Date.now() + graceMs;
    while (this.inFlight > 0 && !this.out.destroyed && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
    const unwritten = this.out.destroyed ? 0 : this.inFlight;
    this.stalled = unwritten;
    const lost = this.dropped + unwritten;
    if (!lost) return 0;
    const parts = [this.dropped ? `${this.dropped} dropped while more than ${this.bound} waited` : '', unwritten ? `${unwritten} still unwritten at the end` : ''].filter(Boolean);
    this.err.write(`netscope ${this.opts.command}: stdout was read too slowly: ${lost} envelope${lost === 1 ? ' was' : 's were'} not printed (${parts.join(', ')}).\n`);
    return 1;
  }
}
