// Where the agent may listen: each unsafe combination is refused with one sentence.
import t from 'tap';
import { existsSync, linkSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { planListen, prepareSocket } from '../../../agent/server/listen.js';

const dir = mkdtempSync(join(tmpdir(), 'netscope-listen-'));
t.teardown(() => rmSync(dir, { recursive: true, force: true }));
const token = join(dir, 'token');
writeFileSync(token, 'sekrit\n');
const tcp = (host: string) => ({ kind: 'tcp' as const, host, port: 4245 });

t.test('unix socket: the default, no TLS flags', async (t) => {
  t.match(planListen({ address: { kind: 'unix', path: '/run/netscope/agent.sock' } }), { tls: false, token: undefined });
  t.throws(() => planListen({ address: { kind: 'unix', path: '/x' }, tlsCert: 'a', tlsKey: 'b' }), { message: /apply to --listen tcp:\/\/HOST:PORT only/ });
  t.throws(() => planListen({ address: { kind: 'unix', path: '/x' }, insecure: true }), { message: /--insecure applies to --listen tcp/ });
});

t.test('plaintext TCP: refused off loopback, and on loopback without a token or --insecure', async (t) => {
  t.throws(() => planListen({ address: tcp('127.0.0.1') }), {
    name: 'UserError',
    message: "netscope agent: refusing to listen on tcp://127.0.0.1:4245 without TLS or a token, which would let every local user read the stream; add --tls-cert/--tls-key, --token-file FILE, or --insecure if that is what you want.",
  });
  t.throws(() => planListen({ address: tcp('0.0.0.0'), insecure: true }), { message: /plaintext TCP is only allowed on loopback/ });
  t.throws(() => planListen({ address: tcp('10.1.2.3'), tokenFile: token }), { message: /plaintext TCP is only allowed on loopback/ });
  t.match(planListen({ address: tcp('127.0.0.1'), insecure: true }), { tls: false, token: undefined });
  t.match(planListen({ address: tcp('::1'), tokenFile: token }), { tls: false, token: 'sekrit' });
});

t.test('TLS flags go together and their files must be readable', async (t) => {
  t.throws(() => planListen({ address: tcp('0.0.0.0'), tlsCert: 'a.pem' }), { message: 'netscope agent: --tls-cert and --tls-key go together; give both or neither.' });
  t.throws(() => planListen({ address: tcp('0.0.0.0'), tlsClientCa: 'ca.pem' }), { message: /--tls-client-ca needs --tls-cert and --tls-key/ });
  t.throws(() => planListen({ address: tcp('0.0.0.0'), tlsCert: join(dir, 'none.pem'), tlsKey: join(dir, 'none.key') }), { message: /--tls-cert: cannot read .*none\.pem \(ENOENT\)/ });
  writeFileSync(join(dir, 'empty'), '\n');
  t.throws(() => planListen({ address: tcp('127.0.0.1'), tokenFile: join(dir, 'empty') }), { message: /--token-file: .* is empty/ });
});

t.test('prepareSocket: creates the directory, replaces a stale socket, refuses a live one or a file', async (t) => {
  const nested = join(dir, 'run', 'netscope', 'agent.sock');
  await prepareSocket(nested);
  t.ok(statSync(join(dir, 'run', 'netscope')).isDirectory(), 'directory created');
  const live = join(dir, 'live.sock');
  const srv = createServer();
  await new Promise<void>((r) => srv.listen(live, r));
  await t.rejects(prepareSocket(live), { message: /another agent already listens on .*live\.sock/ });
  await new Promise<void>((r) => srv.close(() => r()));
  // a socket nobody listens on: what a SIGKILLed agent leaves
  const stale = join(dir, 'stale.sock');
  const s2 = createServer();
  await new Promise<void>((r) => s2.listen(stale, r));
  // closing a net.Server unlinks its socket; to leave one behind, copy the inode by hard link first
  linkSync(stale, join(dir, 'stale2.sock'));
  await new Promise<void>((r) => s2.close(() => r()));
  await prepareSocket(join(dir, 'stale2.sock'));
  t.notOk(existsSync(join(dir, 'stale2.sock')), 'stale socket removed');
  writeFileSync(join(dir, 'file.sock'), 'x');
  await t.rejects(prepareSocket(join(dir, 'file.sock')), { message: /exists and is not a socket/ });
});
