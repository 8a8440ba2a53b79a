// The server's lifecycle under faults (issue 18): a second agent on the same socket is refused before
// it attaches anything and leaves the first one's socket alone; a start that fails removes nothing it
// did not create; stopping ends every follow stream with UNAVAILABLE, after what was queued for it,
// and the CLI says that the agent stopped (exit status 1).
import t from 'tap';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lockSocket, planListen, prepareSocket, removeDirs } from '../../../agent/server/listen.js';
import { ObserverServer, type Backend } from '../../../agent/server/server.js';
import { connectAgent } from '../../../cli/client/connect.js';
import { streamEnvelopes } from '../../../cli/client/stream.js';
import type { Envelope } from '../../../proto/index.js';

function fakeBackend() {
  const sinks = new Set<(e: Envelope) => void>();
  let seq = 0;
  const backend: Backend = {
    node: 'fake',
    subscribe: (s) => (sinks.add(s), () => sinks.delete(s)),
    currentStatus: () => ({ hostname: 'fake', eventsTotal: seq }),
    probeStatus: async () => [],
    conntrackSources: () => [],
    qdiscSources: () => [],
  };
  const publish = () => {
    const env: Envelope = { seq: ++seq, node: 'fake', packet: { timeNs: 1_700_000_000_000_000_000 + seq, headers: { src: '10.85.0.2', dst: '192.168.61.12', protocol: 1 } } };
    for (const s of sinks) s(env);
  };
  return { backend, publish };
}

const dir = mkdtempSync(join(tmpdir(), 'netscope-lifecycle-'));
t.teardown(() => rmSync(dir, { recursive: true, force: true }));
const serverAt = (path: string) => {
  const { backend, publish } = fakeBackend();
  return { server: new ObserverServer(backend, { plan: planListen({ address: { kind: 'unix', path } }) }), publish };
};

async function following(server: { fanout: { clients: number } }, n: number): Promise<void> {
  const end = Date.now() + 10_000;
  while (server.fanout.clients < n) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${n} follow stream(s)`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

t.test('a second server on the same socket is refused at claim() and its stop() leaves the first reachable', async (t) => {
  const path = join(dir, 'two', 'agent.sock');
  const first = serverAt(path);
  await first.server.start();
  t.teardown(() => first.server.stop());
  const before = lstatSync(path);
  const second = serverAt(path);
  await t.rejects(second.server.claim(), { name: 'UserError', message: `netscope agent: another agent is starting or running on ${path}; stop it first or pass another --listen path.` });
  await second.server.stop(); // what the CLI does when a start fails
  t.ok(existsSync(path), 'the first server keeps its socket');
  t.equal(lstatSync(path).ino, before.ino, 'the same socket');
  const c = await connectAgent('observe', { agent: path });
  t.teardown(() => c.close());
  t.match(await c.getStatus(), { hostname: 'fake' }, 'and answers');
});

t.test('without the lock (an agent in another netns, or an older one): a live socket is still refused, and left', async (t) => {
  const path = join(dir, 'live.sock');
  const other = createServer();
  await new Promise<void>((r) => other.listen(path, r));
  t.teardown(() => new Promise<void>((r) => other.close(() => r())));
  const s = serverAt(path);
  await t.rejects(s.server.start(), { message: /another agent already listens on .*live\.sock/ });
  await s.server.stop();
  t.ok(existsSync(path), 'the other socket stays');
});

t.test('the lock: one holder per path; released, it can be taken again', async (t) => {
  const path = join(dir, 'lock.sock');
  const a = await lockSocket(path);
  await t.rejects(lockSocket(path), { message: /another agent is starting or running on/ });
  const b = await lockSocket(join(dir, 'other.sock'));
  b.release();
  a.release();
  await new Promise((r) => setTimeout(r, 20));
  const c = await lockSocket(path);
  c.release();
});

t.test('prepareSocket: creates missing directories and says which; removeDirs takes back only those, only empty', async (t) => {
  mkdirSync(join(dir, 'p'));
  const path = join(dir, 'p', 'a', 'b', 'agent.sock');
  const created = await prepareSocket(path);
  t.same(created, [join(dir, 'p', 'a'), join(dir, 'p', 'a', 'b')]);
  removeDirs(created);
  t.notOk(existsSync(join(dir, 'p', 'a')), 'both removed');
  t.ok(existsSync(join(dir, 'p')), 'not the one that was there');
  const again = await prepareSocket(path);
  mkdirSync(join(dir, 'p', 'a', 'someone-elses'));
  removeDirs(again);
  t.ok(existsSync(join(dir, 'p', 'a', 'someone-elses')), 'a directory someone else used meanwhile stays');
  t.notOk(existsSync(join(dir, 'p', 'a', 'b')));
});

t.test('prepareSocket: a path no socket can be bound at is refused in one sentence, before anything else', async (t) => {
  await t.rejects(prepareSocket('/proc/netscope-test.sock'), { name: 'UserError', message: /^netscope agent: cannot listen on \/proc\/netscope-test\.sock: no file can be created in \/proc \(E[A-Z]+\); pass another --listen path\.$/ });
  await t.rejects(prepareSocket(`${dir}/${'x'.repeat(120)}.sock`), { message: /may have at most 107; pass a shorter --listen path/ });
  const file = join(dir, 'plain-file');
  (await import('node:fs')).writeFileSync(file, 'x');
  await t.rejects(prepareSocket(join(file, 'agent.sock')), { message: /is not a directory/ });
});

t.test('a failed start removes the directories it created, and no socket', async (t) => {
  const path = join(dir, 'failed', 'sub', 'agent.sock');
  const first = serverAt(path);
  await first.server.start();
  t.teardown(() => first.server.stop());
  const s = serverAt(join(dir, 'failed2', 'agent.sock'));
  await s.server.claim();
  t.ok(existsSync(join(dir, 'failed2')), 'claim() created the directory');
  await s.server.stop();
  t.notOk(existsSync(join(dir, 'failed2')), 'stop() after a start that never bound removes it');
  t.ok(existsSync(path), "and the other server's socket is untouched");
});

t.test('stopping: each follow stream gets what was queued, then UNAVAILABLE; the CLI says the agent stopped, exit status 1', async (t) => {
  const path = join(dir, 'stop', 'agent.sock');
  const { server, publish } = serverAt(path);
  await server.start();
  const client = await connectAgent('observe', { agent: path });
  t.teardown(() => client.close());
  const got: Envelope[] = [];
  const ended = streamEnvelopes(client, { follow: true }, (e) => void got.push(e)).then(() => undefined, (err: unknown) => err);
  await following(server, 1);
  for (let i = 0; i < 100; i++) publish();
  await server.stop('SIGTERM');
  t.match(await ended, { name: 'UserError', exitCode: 1, message: `netscope observe: the agent at ${path} is stopping (SIGTERM), so the stream ends here.` });
  t.equal(got.filter((e) => e.packet).length, 100, 'every envelope published before the stop arrived first');
  t.notOk(existsSync(path), 'and the socket it bound is gone');
});
