// Where and how the agent listens: a unix socket (mode 0600) by default; TCP only with TLS, or on
// loopback with a bearer token or an explicit --insecure. Each refusal is one sentence.
import { chmodSync, existsSync, lstatSync, mkdirSync, readFileSync, unlinkSync } from 'node:fs';
import { connect } from 'node:net';
import { dirname } from 'node:path';
import * as grpc from '@grpc/grpc-js';
import { UserError } from '../util/errors.js';
import { formatAddress, isLoopback, type Address } from './address.js';

export interface ListenFlags {
  address: Address;
  tlsCert?: string;
  tlsKey?: string;
  tlsClientCa?: string;
  tokenFile?: string;
  insecure?: boolean;
}

export interface ListenPlan {
  address: Address;
  credentials: grpc.ServerCredentials;
  /** the bearer token clients must send (authorization: Bearer TOKEN), if any */
  token?: string;
  tls: boolean;
}

function readFlagFile(flag: string, path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (err) {
    throw new UserError(`netscope agent: ${flag}: cannot read ${path} (${(err as NodeJS.ErrnoException).code ?? String(err)}); check the path and its permissions.`);
  }
}

/** Checks the listen flags and reads the files they name; throws the one-sentence refusal. */
export function planListen(f: ListenFlags): ListenPlan {
  const where = formatAddress(f.address);
  if (f.address.kind === 'unix') {
    if (f.tlsCert || f.tlsKey || f.tlsClientCa) throw new UserError(`netscope agent: --tls-cert, --tls-key and --tls-client-ca apply to --listen tcp://HOST:PORT only, not to the unix socket ${where}.`);
    if (f.insecure) throw new UserError(`netscope agent: --insecure applies to --listen tcp://HOST:PORT only; the unix socket ${where} is already private (mode 0600).`);
  }
  if (!!f.tlsCert !== !!f.tlsKey) throw new UserError('netscope agent: --tls-cert and --tls-key go together; give both or neither.');
  if (f.tlsClientCa && !f.tlsCert) throw new UserError('netscope agent: --tls-client-ca needs --tls-cert and --tls-key too.');
  let token: string | undefined;
  if (f.tokenFile) {
    token = readFlagFile('--token-file', f.tokenFile).toString('utf8').trim();
    if (!token) throw new UserError(`netscope agent: --token-file: ${f.tokenFile} is empty; put a secret token in it.`);
  }
  if (f.address.kind === 'unix') return { address: f.address, credentials: grpc.ServerCredentials.createInsecure(), token, tls: false };
  if (f.tlsCert && f.tlsKey) {
    if (f.insecure) throw new UserError('netscope agent: --insecure contradicts --tls-cert/--tls-key; drop one of them.');
    const ca = f.tlsClientCa ? readFlagFile('--tls-client-ca', f.tlsClientCa) : null;
    const credentials = grpc.ServerCredentials.createSsl(ca, [{ cert_chain: readFlagFile('--tls-cert', f.tlsCert), private_key: readFlagFile('--tls-key', f.tlsKey) }], !!ca);
    return { address: f.address, credentials, token, tls: true };
  }
  // plaintext TCP: loopback only (a token in the clear on a network is no secret), and only when asked
  if (!isLoopback(f.address.host)) {
    throw new UserError(`netscope agent: refusing to listen on ${where} without TLS: plaintext TCP is only allowed on loopback; add --tls-cert and --tls-key (and --token-file or --tls-client-ca to authenticate clients).`);
  }
  if (!token && !f.insecure) {
    throw new UserError(`netscope agent: refusing to listen on ${where} without TLS or a token, which would let every local user read the stream; add --tls-cert/--tls-key, --token-file FILE, or --insecure if that is what you want.`);
  }
  return { address: f.address, credentials: grpc.ServerCredentials.createInsecure(), token, tls: false };
}

/** Whether something accepts connections on a unix socket path. */
function socketAlive(path: string): Promise<boolean> {
  return new Promise((resolve) => {
    const s = connect(path);
    s.once('connect', () => {
      s.destroy();
      resolve(true);
    });
    s.once('error', () => resolve(false));
  });
}

/** Creates the socket's directory and removes a stale socket; refuses when an agent already listens there. */
export async function prepareSocket(path: string): Promise<void> {
  mkdirSync(dirname(path), { recursive: true, mode: 0o755 });
  if (!existsSync(path)) return;
  const st = lstatSync(path);
  if (!st.isSocket()) throw new UserError(`netscope agent: ${path} exists and is not a socket; remove it or pass another --listen path.`);
  if (await socketAlive(path)) throw new UserError(`netscope agent: another agent already listens on ${path}; stop it first or pass another --listen path.`);
  unlinkSync(path); // stale: left by an agent that was killed
}

/** Binds with a umask that creates the socket as 0600 from the start, then makes sure of the mode. */
export async function bindSocket(server: grpc.Server, path: string, creds: grpc.ServerCredentials): Promise<void> {
  const old = process.umask(0o177);
  try {
    await new Promise<number>((resolve, reject) => server.bindAsync(`unix://${path}`, creds, (err, port) => (err ? reject(err) : resolve(port))));
  } finally {
    process.umask(old);
  }
  chmodSync(path, 0o600);
}

export function removeSocket(path: string): void {
  try {
    if (lstatSync(path).isSocket()) unlinkSync(path);
  } catch {
    /* already gone */
  }
}
