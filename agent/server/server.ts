// The agent's gRPC server: Observe streams the fan-out to each client in batches; the unary calls
// answer from the agent's state. It knows the agent only through Backend, and nothing of probes.
import { timingSafeEqual } from 'node:crypto';
import * as grpc from '@grpc/grpc-js';
import type { AgentStatus, Envelope, ProbeSetStatus, QdiscSample } from '../../proto/index.js';
import { formatAddress, grpcTarget } from './address.js';
import { ClientQueue, DEFAULT_LIMITS, Fanout, type QueueLimits } from './fanout.js';
import { compileFilters, FilterError } from './filter.js';
import { bindSocket, lockSocket, prepareSocket, removeDirs, removeSocket, type BoundSocket, type ListenPlan, type SocketLock } from './listen.js';
import { observerService, type FramedBatch, type GetSnapshotResponse, type ObserveRequest } from './service.js';
import { getConntrack, streamConntrack, type ConntrackTableSource } from './conntrack.js';
import type { netscope } from '../../proto/gen/netscope.js';

/** What the server needs of the agent. */
export interface Backend {
  readonly node: string;
  subscribe(sink: (env: Envelope) => void): () => void;
  /** the same stream in batches (the fast path), when the backend has it */
  subscribeBatch?(sink: (envs: Envelope[]) => void): () => void;
  currentStatus(): AgentStatus;
  probeStatus(): Promise<ProbeSetStatus[]>;
  conntrackSources(): ConntrackTableSource[];
  qdiscSources(): Array<{ current(): QdiscSample[] }>;
  /** the state of every watched netns now and the agent's clock (GetSnapshot); absent: UNIMPLEMENTED */
  snapshot?(): Promise<GetSnapshotResponse>;
}

export interface ServerOptions {
  plan: ListenPlan;
  limits?: QueueLimits;
  /** envelopes kept for last N / first N / since */
  ringSize?: number;
  /** most envelopes in one ObserveResponse (default 8192) */
  maxBatch?: number;
  /** about the most bytes in one ObserveResponse (default 256 KiB: ~1,100 packet envelopes; what grpc-js buffers per stream is up to 16 of them) */
  maxMessageBytes?: number;
  warn?: (msg: string) => void;
  /** how often slow clients' losses are reported on warn (ms) */
  lossReportMs?: number;
}

interface ClientState {
  id: number;
  peer: string;
  queue: ClientQueue;
  reported: number;
}

const status = (code: grpc.status, details: string) => Object.assign(new Error(details), { code, details });

export class ObserverServer {
  readonly fanout: Fanout;
  private readonly server = new grpc.Server({ 'grpc.max_send_message_length': 64 * 1024 * 1024 });
  private unsubscribe: (() => void) | undefined;
  private readonly clients = new Set<ClientState>();
  /** ends each open stream: with UNAVAILABLE and the sentence when the agent is stopping */
  private readonly ends = new Set<(stopping?: string) => void>();
  private lock: SocketLock | undefined;
  private claimed: Promise<void> | undefined;
  private bound: BoundSocket | undefined;
  /** directories claim() created for the socket, removed again on stop */
  private createdDirs: string[] = [];
  private nextId = 0;
  private lossTimer: NodeJS.Timeout | undefined;
  private readonly limits: QueueLimits;
  private readonly maxBatch: number;
  private readonly maxMessageBytes: number;

  constructor(private readonly backend: Backend, private readonly opts: ServerOptions) {
    this.fanout = new Fanout(opts.ringSize ?? 4096);
    this.limits = opts.limits ?? DEFAULT_LIMITS;
    // a message takes what is queued: one small message per wake-up when the stream is light (low
    // latency), few large ones under load (per-message costs in grpc-js and HTTP/2 on both sides)
    this.maxBatch = opts.maxBatch ?? 8192;
    this.maxMessageBytes = opts.maxMessageBytes ?? 256 * 1024;
    this.server.addService(observerService, {
      Observe: (call: grpc.ServerWritableStream<ObserveRequest, FramedBatch>) => this.observe(call),
      GetStatus: this.unary(async () => ({ status: this.status() })),
      GetProbeSets: this.unary(async () => ({ probeSets: await this.backend.probeStatus() })),
      GetConntrack: this.unary((req: netscope.v1.GetConntrackRequest) => getConntrack(this.backend.conntrackSources(), req)),
      StreamConntrack: (call: grpc.ServerWritableStream<netscope.v1.GetConntrackRequest, Uint8Array>) => this.streamConntrack(call),
      GetQdiscs: this.unary(async () => ({ samples: this.backend.qdiscSources().flatMap((s) => s.current()) })),
      GetSnapshot: this.unary(async () => {
        if (!this.backend.snapshot) throw status(grpc.status.UNIMPLEMENTED, 'this agent takes no snapshots');
        return this.backend.snapshot();
      }),
    });
  }

  /** The agent's status, with the envelopes dropped from slow clients' queues counted as lost, and each open stream's counters. */
  status(): AgentStatus {
    const s = this.backend.currentStatus();
    const clients = [...this.clients].map((c) => ({
      id: c.id,
      peer: c.peer && c.peer !== 'unknown' ? c.peer : '',
      offered: c.queue.offered,
      sent: c.queue.sent,
      lost: c.queue.lostTotal,
      queued: c.queue.length,
    }));
    return { ...s, lostTotal: (s.lostTotal ?? 0) + this.fanout.clientLostTotal, clientQueueLost: this.fanout.clientLostTotal, clients };
  }

  /** The most envelopes any client has queued now (a replay at full speed waits while it is high). */
  get maxQueued(): number {
    let n = 0;
    for (const c of this.clients) n = Math.max(n, c.queue.length);
    return n;
  }

  /**
   * How full the fullest client queue is, 0 to 1, by envelopes or bytes, whichever is nearer its
   * bound (a replay at full speed waits while it is high, instead of overflowing the queue).
   */
  get queueFill(): number {
    let f = 0;
    for (const c of this.clients) f = Math.max(f, c.queue.length / this.limits.maxItems, c.queue.queuedBytes / this.limits.maxBytes);
    return f;
  }

  /**
   * Claims the listen address before anything is attached: for a unix socket, the lock on its path
   * and the checks of prepareSocket (no agent listens there, a file can be created there; missing
   * directories are created, and removed again by stop(); a stale socket is removed). A refusal is
   * one sentence. start() claims too, if this was not called.
   */
  claim(): Promise<void> {
    return (this.claimed ??= (async () => {
      const { address } = this.opts.plan;
      if (address.kind !== 'unix') return;
      this.lock = await lockSocket(address.path);
      try {
        this.createdDirs = await prepareSocket(address.path);
      } catch (err) {
        this.lock.release();
        this.lock = undefined;
        throw err;
      }
    })());
  }

  /** Starts listening; resolves with the address as users write it. */
  async start(): Promise<string> {
    const { address, credentials } = this.opts.plan;
    await this.claim();
    if (address.kind === 'unix') {
      this.bound = await bindSocket(this.server, address.path, credentials);
    } else {
      await new Promise<number>((resolve, reject) => this.server.bindAsync(grpcTarget(address), credentials, (err, port) => (err ? reject(err) : resolve(port))));
    }
    this.unsubscribe = this.backend.subscribeBatch ? this.backend.subscribeBatch(this.fanout.publishBatch) : this.backend.subscribe(this.fanout.publish);
    this.lossTimer = setInterval(() => this.reportLosses(), this.opts.lossReportMs ?? 5000);
    this.lossTimer.unref();
    return formatAddress(address);
  }

  /**
   * Ends every stream (UNAVAILABLE, "the agent is stopping (REASON)", after what was queued for it),
   * stops listening, and removes the socket this server bound (never one it did not bind: a start
   * that failed, or another agent's) and the directories it created for it.
   */
  async stop(reason = 'stopped'): Promise<void> {
    if (this.lossTimer) clearInterval(this.lossTimer);
    this.reportLosses();
    this.unsubscribe?.();
    for (const end of [...this.ends]) end(`the agent is stopping (${reason})`);
    await new Promise<void>((resolve) => {
      const t = setTimeout(() => {
        this.server.forceShutdown();
        resolve();
      }, 2000);
      this.server.tryShutdown(() => {
        clearTimeout(t);
        resolve();
      });
    });
    if (this.bound) removeSocket(this.bound);
    this.bound = undefined;
    removeDirs(this.createdDirs);
    this.createdDirs = [];
    // a failed claim leaves nothing to release; a held lock goes with the socket
    await this.claimed?.catch(() => undefined);
    this.lock?.release();
    this.lock = undefined;
  }

  private reportLosses(): void {
    for (const c of this.clients) {
      const lost = c.queue.lostTotal - c.reported;
      if (lost > 0) {
        this.opts.warn?.(`${this.clientName(c)} reads too slowly: ${lost} envelope${lost === 1 ? '' : 's'} dropped from its queue (it receives a LostEvents with the count)`);
        c.reported = c.queue.lostTotal;
      }
    }
  }

  /** "client 3" on the unix socket (grpc-js knows no peer there), "client 3 (127.0.0.1:51234)" on TCP */
  private clientName(c: ClientState): string {
    return c.peer && c.peer !== 'unknown' ? `client ${c.id} (${c.peer})` : `client ${c.id}`;
  }

  private authorized(md: grpc.Metadata): boolean {
    const token = this.opts.plan.token;
    if (!token) return true;
    const got = Buffer.from(String(md.get('authorization')[0] ?? ''));
    const want = Buffer.from(`Bearer ${token}`);
    return got.length === want.length && timingSafeEqual(got, want);
  }

  private unary<Req, Res>(fn: (req: Req) => Promise<Res>): grpc.handleUnaryCall<Req, Res> {
    return (call, cb) => {
      if (!this.authorized(call.metadata)) return cb(status(grpc.status.UNAUTHENTICATED, UNAUTH));
      fn(call.request).then(
        (res) => cb(null, res),
        (err: unknown) => cb(err instanceof FilterError ? status(grpc.status.INVALID_ARGUMENT, err.message) : typeof (err as { code?: unknown })?.code === 'number' ? (err as Error) : status(grpc.status.INTERNAL, String((err as Error)?.message ?? err))),
      );
    };
  }

  /** StreamConntrack (conntrack.ts), with the unary calls' authorization and error statuses. */
  private streamConntrack(call: grpc.ServerWritableStream<netscope.v1.GetConntrackRequest, Uint8Array>): void {
    if (!this.authorized(call.metadata)) {
      call.emit('error', status(grpc.status.UNAUTHENTICATED, UNAUTH));
      return;
    }
    streamConntrack(this.backend.conntrackSources(), call.request, call).then(
      () => call.end(),
      (err: unknown) => call.emit('error', err instanceof FilterError ? status(grpc.status.INVALID_ARGUMENT, err.message) : status(grpc.status.INTERNAL, String((err as Error)?.message ?? err))),
    );
  }

  private observe(call: grpc.ServerWritableStream<ObserveRequest, FramedBatch>): void {
    const fail = (code: grpc.status, msg: string): void => {
      call.emit('error', status(code, msg));
    };
    if (!this.authorized(call.metadata)) return fail(grpc.status.UNAUTHENTICATED, UNAUTH);
    const req = call.request;
    if (req.first && req.last) return fail(grpc.status.INVALID_ARGUMENT, 'cannot set both first and last');
    if (req.first && req.follow) return fail(grpc.status.INVALID_ARGUMENT, 'cannot set both first and follow');
    let filters;
    try {
      filters = compileFilters(req);
    } catch (err) {
      return fail(grpc.status.INVALID_ARGUMENT, (err as Error).message);
    }
    const live = !!req.follow;
    const client: ClientState = { id: ++this.nextId, peer: call.getPeer(), queue: undefined as unknown as ClientQueue, reported: 0 };
    client.queue = new ClientQueue(this.limits, this.clientName(client), this.backend.node);
    let writable = true;
    let scheduled = false;
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      remove();
      this.clients.delete(client);
      this.ends.delete(end);
    };
    const end = (stopping?: string) => {
      if (done) return;
      if (stopping) {
        // what is queued for it still goes out as far as the stream takes it now (a slow client's
        // rest is dropped, as it would have been), then the status the API promises
        while (writable && client.queue.length) writable = call.write({ framed: client.queue.takeMessage(this.maxBatch, this.maxMessageBytes) });
        finish();
        call.emit('error', status(grpc.status.UNAVAILABLE, stopping));
        return;
      }
      finish();
      call.end();
    };
    const flush = () => {
      scheduled = false;
      if (done) return;
      while (writable && client.queue.length) writable = call.write({ framed: client.queue.takeMessage(this.maxBatch, this.maxMessageBytes) });
      if (!live && client.queue.length === 0) end();
    };
    const wake = () => {
      if (!scheduled && writable && !done) {
        scheduled = true;
        setImmediate(flush);
      }
    };
    call.on('drain', () => {
      writable = true;
      wake();
    });
    call.on('cancelled', finish);
    call.on('error', finish);
    call.on('close', finish);
    const history = this.fanout.history(filters, { first: req.first ?? 0, last: req.last ?? 0, sinceNs: req.sinceNs ?? 0 }, !live && !req.first && !req.last && !req.sinceNs);
    const remove = this.fanout.subscribe({ filters, queue: client.queue, wake }, history, live);
    this.clients.add(client);
    this.ends.add(end);
    wake();
  }
}

const UNAUTH = "the request carries no valid token; pass the agent's token with --token-file FILE";
