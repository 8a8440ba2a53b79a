// Reading an Observe stream envelope by envelope until it ends, the consumer has enough, or Ctrl-C.
import * as grpc from '@grpc/grpc-js';
import type { ObserveRequest } from '../../agent/server/service.js';
import type { Envelope } from '../../proto/index.js';
import type { AgentClient } from './connect.js';

/**
 * Calls onEnvelope for each envelope, in order; it returns false to stop. Resolves when the stream
 * ends or is stopped (by the consumer or SIGINT/SIGTERM); rejects with the one-sentence error.
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
    const done = (err?: Error) => {
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
    call.on('error', (err: grpc.ServiceError) => (stopped && err.code === grpc.status.CANCELLED ? done() : done(client.describe(err))));
    call.on('end', () => done());
  });
}
