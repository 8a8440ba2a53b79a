// Connecting to a running agent (--agent ADDR, --tls-ca, --token-file), and turning every way that
// can fail into one sentence: nobody listening, a socket the user may not open, a refused token.
import { readFileSync } from 'node:fs';
import { connect as netConnect } from 'node:net';
import * as grpc from '@grpc/grpc-js';
import { DEFAULT_SOCKET, formatAddress, grpcTarget, parseAddress, type Address } from '../../agent/server/address.js';
import { ObserverClient, type ConntrackTable, type ObserveRequest } from '../../agent/server/service.js';
import { UserError } from '../../agent/util/errors.js';
import type { AgentStatus, ProbeSetStatus, QdiscSample } from '../../proto/index.js';
import type { netscope } from '../../proto/gen/netscope.js';
import type { Options } from '../command.js';

/** The flags every command that talks to an agent takes. */
export const CONNECT_OPTIONS = {
  agent: { type: 'string' },
  'tls-ca': { type: 'string' },
  'token-file': { type: 'string' },
} as const satisfies Options;

export const CONNECT_HELP = `  --agent ADDR       the agent to ask: a unix socket path, unix:///path or tcp://HOST:PORT
                     (default ${DEFAULT_SOCKET}, or $NETSCOPE_AGENT)
  --tls-ca FILE      for tcp://: verify the agent's TLS certificate against this CA (PEM)
  --token-file FILE  send the token in FILE as 'authorization: Bearer TOKEN'`;

export interface ConnectFlags {
  agent?: string;
  'tls-ca'?: string;
  'token-file'?: string;
}

/** Parses --agent (or $NETSCOPE_AGENT, or the default socket) without connecting. */
export function agentAddress(command: string, value: string | undefined): Address {
  const raw = value ?? process.env.NETSCOPE_AGENT ?? DEFAULT_SOCKET;
  const a = parseAddress(raw);
  if (typeof a === 'string') throw new UserError(`netscope ${command}: --agent: ${a}.`);
  return a;
}

export function noAgent(command: string, a: Address): UserError {
  const listen = a.kind === 'unix' && a.path === DEFAULT_SOCKET ? '' : ` --listen ${a.kind === 'unix' ? a.path : formatAddress(a)}`;
  return new UserError(`netscope ${command}: no agent is listening on ${formatAddress(a)}; start one with 'sudo netscope agent${listen}' (add --netns NAME for the namespaces to watch), or point --agent at a running one.`, { exitCode: 1 });
}

/** Tries the unix socket itself, for the precise reason a connection fails (grpc-js only says UNAVAILABLE). */
function probeSocket(path: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    const s = netConnect(path);
    s.once('connect', () => {
      s.destroy();
      resolve(undefined);
    });
    s.once('error', (err: NodeJS.ErrnoException) => resolve(err.code ?? 'ERROR'));
  });
}

type Raw = grpc.Client & Record<string, (...args: unknown[]) => unknown>;

/** A connected agent: the Observer calls, with errors as one sentence. */
export class AgentClient {
  constructor(
    private readonly raw: Raw,
    private readonly md: grpc.Metadata,
    readonly address: Address,
    private readonly command: string,
  ) {}

  close(): void {
    this.raw.close();
  }

  /** The stream; errors on it should go through describe(). */
  observe(req: ObserveRequest): grpc.ClientReadableStream<netscope.v1.ObserveResponse> {
    return this.raw.Observe!(req, this.md) as grpc.ClientReadableStream<netscope.v1.ObserveResponse>;
  }

  async getStatus(): Promise<AgentStatus> {
    return ((await this.unary('GetStatus', {})) as netscope.v1.GetStatusResponse).status ?? {};
  }

  async getProbeSets(): Promise<ProbeSetStatus[]> {
    return ((await this.unary('GetProbeSets', {})) as netscope.v1.GetProbeSetsResponse).probeSets ?? [];
  }

  async getConntrack(req: netscope.v1.GetConntrackRequest.$Properties): Promise<ConntrackTable[]> {
    return ((await this.unary('GetConntrack', req)) as netscope.v1.GetConntrackResponse).tables ?? [];
  }

  /** StreamConntrack: the tables as ConntrackTable messages, raw bytes (cli/print/conntrack-wire.ts decodes them); errors through describe(). */
  streamConntrack(req: netscope.v1.GetConntrackRequest.$Properties): grpc.ClientReadableStream<Buffer> {
    return this.raw.StreamConntrack!(req, this.md) as grpc.ClientReadableStream<Buffer>;
  }

  async getQdiscs(): Promise<QdiscSample[]> {
    return ((await this.unary('GetQdiscs', {})) as netscope.v1.GetQdiscsResponse).samples ?? [];
  }

  /** The watched netns' state now and the agent's clock (for record --agent); undefined from an agent without GetSnapshot. */
  getSnapshot(): Promise<netscope.v1.GetSnapshotResponse.$Properties | undefined> {
    return new Promise((resolve, reject) => {
      this.raw.GetSnapshot!({}, this.md, (err: grpc.ServiceError | null, res: netscope.v1.GetSnapshotResponse) =>
        err ? (err.code === grpc.status.UNIMPLEMENTED ? resolve(undefined) : reject(this.describe(err))) : resolve(res));
    });
  }

  /** One sentence for a failed call. */
  describe(err: unknown): Error {
    const e = err as grpc.ServiceError;
    if (typeof e?.code !== 'number') return err as Error;
    switch (e.code) {
      case grpc.status.UNAVAILABLE: {
        // the agent ends its streams so when it stops (observer.proto): not "no agent is listening"
        const why = /^the agent is stopping \((.*)\)$/.exec(e.details ?? '')?.[1];
        if (why !== undefined) return new UserError(`netscope ${this.command}: the agent at ${formatAddress(this.address)} is stopping (${why}), so the stream ends here.`, { exitCode: 1 });
        return noAgent(this.command, this.address);
      }
      case grpc.status.UNAUTHENTICATED:
        return new UserError(`netscope ${this.command}: the agent at ${formatAddress(this.address)} refused the call: ${e.details}.`);
      case grpc.status.INVALID_ARGUMENT:
        return new UserError(`netscope ${this.command}: the agent rejected the request: ${e.details}.`);
      default:
        return new UserError(`netscope ${this.command}: the agent at ${formatAddress(this.address)} failed: ${e.details || grpc.status[e.code]}.`, { exitCode: 1 });
    }
  }

  private unary(method: string, req: object): Promise<unknown> {
    return new Promise((resolve, reject) => {
      this.raw[method]!(req, this.md, (err: grpc.ServiceError | null, res: unknown) => (err ? reject(this.describe(err)) : resolve(res)));
    });
  }
}

/** bytes the agent may send ahead of what this client has read (HTTP/2 connection and stream window) */
const FLOW_CONTROL_WINDOW = 2 * 1024 * 1024;

export interface ConnectOptions {
  /** how long to wait for the connection (ms) */
  timeoutMs?: number;
}

/** Connects to the agent; throws the one-sentence UserError when there is none or it may not be opened. */
export async function connectAgent(command: string, flags: ConnectFlags, opts: ConnectOptions = {}): Promise<AgentClient> {
  const address = agentAddress(command, flags.agent);
  let token: string | undefined;
  if (flags['token-file']) {
    try {
      token = readFileSync(flags['token-file'], 'utf8').trim();
    } catch (err) {
      throw new UserError(`netscope ${command}: --token-file: cannot read ${flags['token-file']} (${(err as NodeJS.ErrnoException).code ?? String(err)}); check the path and its permissions.`);
    }
  }
  let creds = grpc.credentials.createInsecure();
  if (address.kind === 'tcp' && flags['tls-ca']) {
    let ca: Buffer;
    try {
      ca = readFileSync(flags['tls-ca']);
    } catch (err) {
      throw new UserError(`netscope ${command}: --tls-ca: cannot read ${flags['tls-ca']} (${(err as NodeJS.ErrnoException).code ?? String(err)}); check the path and its permissions.`);
    }
    creds = grpc.credentials.createSsl(ca);
  } else if (flags['tls-ca']) {
    throw new UserError(`netscope ${command}: --tls-ca applies to --agent tcp://HOST:PORT only, not to a unix socket.`);
  }
  if (address.kind === 'unix') {
    const why = await probeSocket(address.path);
    if (why === 'EACCES' || why === 'EPERM') {
      throw new UserError(`netscope ${command}: you may not open the agent's socket ${address.path} (permission denied); run this as root (sudo) or as the user the agent's socket belongs to.`);
    }
    if (why) throw noAgent(command, address);
  }
  const md = new grpc.Metadata();
  if (token) md.set('authorization', `Bearer ${token}`);
  const raw = new ObserverClient(grpcTarget(address), creds, {
    'grpc.max_receive_message_length': 64 * 1024 * 1024,
    // HTTP/2 flow control: with the default 64 KiB window the agent could send about half a batch
    // before waiting a round trip for this process's WINDOW_UPDATE, and a busy agent sees that late;
    // a larger window lets it write several messages at once (what is unread here stays bounded by it)
    'grpc-node.flow_control_window': FLOW_CONTROL_WINDOW,
  }) as unknown as Raw;
  const deadline = Date.now() + (opts.timeoutMs ?? 3000);
  try {
    await new Promise<void>((resolve, reject) => raw.waitForReady(deadline, (err) => (err ? reject(err) : resolve())));
  } catch {
    raw.close();
    if (address.kind === 'tcp' && !flags['tls-ca']) {
      // a TLS agent never completes a plaintext handshake: the likely cause, said in the same sentence
      const e = noAgent(command, address);
      throw new UserError(e.message.replace(/\.$/, `, and if it listens with TLS pass its CA with --tls-ca FILE.`), { exitCode: 1 });
    }
    throw noAgent(command, address);
  }
  return new AgentClient(raw, md, address, command);
}
