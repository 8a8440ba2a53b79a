// Where and how the agent listens: a unix socket (mode 0600) by default; TCP only with TLS, or on
// loopback with a bearer token or an explicit --insecure. Each refusal is one sentence.
import { createHash } from 'node:crypto';
import { chmodSync, lstatSync, mkdirSync, readFileSync, rmdirSync, unlinkSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { dirname, resolve } from 'node:path';
import * as grpc from '@grpc/grpc-js';
import { UserError } from '../util/errors.js';
import { cannotCreateIn } from '../util/safe-file.js';
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

/** A held claim on a socket path; release() lets the next agent have it. */
export interface SocketLock {
  release(): void;
}

/**
 * Claims a socket path for this process before anything is attached: an abstract unix socket named
 * after the path is the lock. The kernel frees it when the process dies (even by SIGKILL), so it is
 * never stale, and only one process can bind it, so two agents starting at once cannot both decide
 * that the path is free. (Abstract sockets are per network namespace: an agent started in another
 * netns is still caught by prepareSocket's check for a live socket.)
 */
export async function lockSocket(path: string): Promise<SocketLock> {
  const name = `\0netscope-agent-lock:${createHash('sha256').update(resolve(path)).digest('hex').slice(0, 32)}`;
  const srv = createServer((c) => c.destroy());
  try {
    await new Promise<void>((ok, fail) => {
      srv.once('error', fail);
      srv.listen({ path: name }, () => {
        srv.off('error', fail);
        ok();
      });
    });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EADDRINUSE') throw new UserError(`netscope agent: another agent is starting or running on ${path}; stop it first or pass another --listen path.`);
    throw err;
  }
  srv.unref();
  return { release: () => void srv.close() };
}

/**
 * Checks a socket path before anything is attached: nothing but a stale socket may be there, no
 * agent may listen on it, and a file must be creatable in its directory. Creates the directories that
 * are missing (mode 0755) and returns them, deepest last, for removeDirs() when the agent stops or its
 * start fails. Removes a stale socket (left by an agent that was killed).
 */
export async function prepareSocket(path: string): Promise<string[]> {
  if (Buffer.byteLength(path) > MAX_SOCKET_PATH) throw new UserError(`netscope agent: the socket path ${path} is ${Buffer.byteLength(path)} bytes long, and a unix socket path may have at most ${MAX_SOCKET_PATH}; pass a shorter --listen path.`);
  const dir = dirname(path);
  let created: string[] = [];
  try {
    const first = mkdirSync(dir, { recursive: true, mode: 0o755 });
    if (first) for (let d = dir; d.length >= first.length; d = dirname(d)) created.unshift(d);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOTDIR' || code === 'EEXIST' ? `${dir} is not a directory` : `its directory ${dir} cannot be created (${code})`;
    throw new UserError(`netscope agent: cannot listen on ${path}: ${why}; pass another --listen path.`);
  }
  try {
    // tried for real: access(2) says yes to root in /proc, bind(2) does not
    const cannot = cannotCreateIn(path);
    if (cannot) throw new UserError(`netscope agent: cannot listen on ${path}: no file can be created in ${dir} (${cannot}); pass another --listen path.`);
    let st;
    try {
      st = lstatSync(path);
    } catch {
      return created; // nothing there
    }
    if (!st.isSocket()) throw new UserError(`netscope agent: ${path} exists and is not a socket; remove it or pass another --listen path.`);
    if (await socketAlive(path)) throw new UserError(`netscope agent: another agent already listens on ${path}; stop it first or pass another --listen path.`);
    unlinkSync(path); // stale: left by an agent that was killed
    return created;
  } catch (err) {
    removeDirs(created);
    created = [];
    throw err;
  }
}

/** Removes the directories prepareSocket created, deepest first, each only if empty. */
export function removeDirs(created: string[]): void {
  for (const d of [...created].reverse()) {
    try {
      rmdirSync(d);
    } catch {
      return; // not empty (someone else's file is there now) or gone: leave it and its parents
    }
  }
}

/** The socket a server bound: removeSocket removes exactly this one. */
export interface BoundSocket {
  path: string;
  dev: number;
  ino: number;
}

/**
 * Binds with a umask that creates the socket as 0600 from the start, then makes sure of the mode, and
 * notes which socket it is (removeSocket removes that one only). bind(2) itself refuses a path that
 * is taken. (libuv unlinks a pipe server's path by name when it closes, so a socket someone put in
 * the place of ours while we ran would still go with ours; binding under another name and linking it
 * into place would avoid that, but then ss and /proc/net/unix show the other name.)
 */
export async function bindSocket(server: grpc.Server, path: string, creds: grpc.ServerCredentials): Promise<BoundSocket> {
  const old = process.umask(0o177);
  try {
    await new Promise<number>((resolve, reject) => server.bindAsync(`unix://${path}`, creds, (err, port) => (err ? reject(err) : resolve(port))));
  } catch (err) {
    // grpc-js: "No address added out of total 1 resolved errors: [listen EACCES: permission denied /x.sock]"
    const msg = String((err as Error).message);
    throw new UserError(`netscope agent: cannot listen on ${path}: ${/\[(.*)\]/.exec(msg)?.[1] ?? msg}; pass another --listen path.`, { cause: err, exitCode: 1 });
  } finally {
    process.umask(old);
  }
  chmodSync(path, 0o600);
  const st = lstatSync(path);
  return { path, dev: st.dev, ino: st.ino };
}

/** Removes the socket this process bound, and nothing else (not one another agent put there since). */
export function removeSocket(bound: BoundSocket): void {
  try {
    const st = lstatSync(bound.path);
    if (st.isSocket() && st.dev === bound.dev && st.ino === bound.ino) unlinkSync(bound.path);
  } catch {
    /* already gone */
  }
}

/** sun_path is 108 bytes, one of them the terminating NUL */
const MAX_SOCKET_PATH = 107;
