// The gRPC server in-process, over a unix socket in a temp dir, with a fake agent: Observe with
// history and follow, filters, token, a slow client's loss marker, the unary calls, socket cleanup.
import t from 'tap';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as grpc from '@grpc/grpc-js';
import { planListen } from '../../../agent/server/listen.js';
import { ObserverServer, type Backend } from '../../../agent/server/server.js';
import { EventKind, ObserverClient } from '../../../agent/server/service.js';
import { connectAgent } from '../../../cli/client/connect.js';
import { streamEnvelopes } from '../../../cli/client/stream.js';
import { LossStage, type Envelope } from '../../../proto/index.js';

function fakeBackend() {
  const sinks = new Set<(e: Envelope) => void>();
  let seq = 0;
  const backend: Backend = {
    node: 'fake',
    subscribe: (s) => (sinks.add(s), () => sinks.delete(s)),
    currentStatus: () => ({ hostname: 'fake', eventsTotal: seq, lostTotal: 1 }),
    probeStatus: async () => [{ set: 1, state: 1, netns: ['all'] }],
    conntrackSources: () => [
      {
        name: 'conntrack:lab-host01',
        snapshot: async () => [
          { type: 4, netnsName: 'lab-host01', entry: { protocol: 1, original: { src: '10.85.0.2', dst: '192.168.61.12' }, reply: { src: '192.168.61.12', dst: '192.168.61.11' }, nat: 1 } },
          { type: 4, netnsName: 'lab-host01', entry: { protocol: 1, original: { src: '10.85.0.3', dst: '192.168.61.12' }, reply: { src: '192.168.61.12', dst: '192.168.61.11' }, nat: 1 } },
        ],
        stats: async () => ({ netnsName: 'lab-host01', netns: 7, count: 2, max: 100 }),
      },
    ],
    qdiscSources: () => [{ current: () => [{ netnsName: 'lab-host01', dev: 'eth0', kind: 'tbf', timeNs: 5 }] }],
  };
  const publish = (src: string) => {
    const env: Envelope = { seq: ++seq, node: 'fake', packet: { timeNs: 1_700_000_000_000_000_000 + seq, headers: { src, dst: '192.168.61.12', protocol: 1 } } };
    for (const s of sinks) s(env);
  };
  return { backend, publish };
}

type TestT = { teardown(fn: () => unknown): void };

const dir = mkdtempSync(join(tmpdir(), 'netscope-server-'));
t.teardown(() => rmSync(dir, { recursive: true, force: true }));

async function started(t: TestT, name: string, opts: { token?: boolean; queue?: number } = {}) {
  const { backend, publish } = fakeBackend();
  const path = join(dir, name, 'agent.sock');
  let tokenFile: string | undefined;
  if (opts.token) {
    tokenFile = join(dir, `${name}.token`);
    writeFileSync(tokenFile, 'abc\n');
  }
  const warnings: string[] = [];
  const server = new ObserverServer(backend, { plan: planListen({ address: { kind: 'unix', path }, tokenFile }), limits: { maxItems: opts.queue ?? 4096, maxBytes: 1 << 24 }, warn: (m) => warnings.push(m), lossReportMs: 100 });
  await server.start();
  t.teardown(() => server.stop());
  return { server, publish, path, warnings, tokenFile };
}


/** Until the server has n live (follow) streams: what is published before a stream subscribes is not its to get. */
async function following(server: { fanout: { clients: number } }, n: number): Promise<void> {
  const end = Date.now() + 10_000;
  while (server.fanout.clients < n) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${n} follow stream(s); the server has ${server.fanout.clients}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

t.test('history and follow, with filters; the socket is 0600 and removed on stop', async (t) => {
  const { server, publish, path } = await started(t, 'a');
  t.equal(statSync(path).mode & 0o777, 0o600);
  for (let i = 0; i < 6; i++) publish(i % 2 ? '10.85.0.3' : '10.85.0.2');
  const client = await connectAgent('observe', { agent: path });
  t.teardown(() => client.close());
  const got: Envelope[] = [];
  await streamEnvelopes(client, { last: 2, deny: [{ address: ['10.85.0.3'] }] }, (e) => void got.push(e));
  t.same(got.map((e) => e.seq), [3, 5], 'last 2 that pass, then the stream ends');
  t.equal(typeof got[0]!.packet!.timeNs, 'number', 'uint64 fields arrive as numbers');

  const live: Envelope[] = [];
  const done = streamEnvelopes(client, { follow: true, kinds: [EventKind.EVENT_KIND_PACKET], allow: [{ address: ['10.85.0.3'] }] }, (e) => {
    live.push(e);
    return live.length < 3;
  });
  await following(server, 1);
  for (let i = 0; i < 10; i++) publish(i % 2 ? '10.85.0.3' : '10.85.0.2');
  await done;
  t.same(live.map((e) => e.packet?.headers?.src), ['10.85.0.3', '10.85.0.3', '10.85.0.3']);

  t.match(await client.getStatus(), { hostname: 'fake', lostTotal: 1 });
  t.match(await client.getProbeSets(), [{ set: 1, state: 1 }]);
  const tables = await client.getConntrack({ deny: [{ address: ['10.85.0.3'] }] });
  t.match(tables, [{ netnsName: 'lab-host01', stats: { count: 2, max: 100 }, entries: [{ entry: { original: { src: '10.85.0.2' } } }] }]);
  t.equal(tables[0]!.entries!.length, 1);
  t.match(await client.getQdiscs(), [{ dev: 'eth0', kind: 'tbf' }]);
  await t.rejects(client.getConntrack({ allow: [{ address: ['300.1.1.1'] }] }), { name: 'UserError', message: /^netscope observe: the agent rejected the request: allow filter 1: '300\.1\.1\.1'/ });
  await t.rejects(streamEnvelopes(client, { first: 1, last: 1 }, () => undefined), { message: /cannot set both first and last/ });
  client.close();
  await server.stop();
  t.notOk(existsSync(path), 'socket removed on stop');
});

t.test('a token is required when the agent has one', async (t) => {
  const { path, tokenFile } = await started(t, 'b', { token: true });
  const without = await connectAgent('observe', { agent: path });
  t.teardown(() => without.close());
  await t.rejects(without.getStatus(), { message: /refused the call: the request carries no valid token/ });
  const withToken = await connectAgent('observe', { agent: path, 'token-file': tokenFile });
  t.teardown(() => withToken.close());
  t.match(await withToken.getStatus(), { hostname: 'fake' });
});

t.test('a client that stops reading loses the newest, gets a LostEvents with the count, and the agent says so', async (t) => {
  const { server, publish, path, warnings } = await started(t, 'c', { queue: 64 });
  const raw = new ObserverClient(`unix://${path}`, grpc.credentials.createInsecure());
  t.teardown(() => raw.close());
  const call = (raw as unknown as { Observe: (r: object) => grpc.ClientReadableStream<{ envelopes?: Envelope[] }> }).Observe({ follow: true });
  const got: Envelope[] = [];
  call.on('data', (r) => got.push(...(r.envelopes ?? [])));
  call.on('error', () => undefined);
  await following(server, 1);
  call.pause();
  // far more than the queue, the client's HTTP/2 window and the stream's buffer can hold
  for (let i = 0; i < 50_000; i++) publish('10.85.0.2');
  await new Promise((r) => setTimeout(r, 300));
  t.ok(server.fanout.clientLostTotal > 0, `envelopes dropped for the slow client: ${server.fanout.clientLostTotal}`);
  call.resume();
  const end = Date.now() + 5000;
  while (!got.some((e) => e.lost) && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
  const lost = got.find((e) => e.lost)!;
  t.match(lost.lost, { stage: LossStage.LOSS_STAGE_CLIENT_QUEUE, source: 'client 1' });
  const seqs = got.filter((e) => e.packet).map((e) => e.seq!);
  t.equal(got.filter((e) => e.packet).length + lost.lost!.count!, 50_000, 'delivered + counted as lost = published');
  t.ok(seqs.every((s, i) => i === 0 || s > seqs[i - 1]!), 'in order');
  const c2 = await connectAgent('observe', { agent: path });
  t.teardown(() => c2.close());
  t.match(await c2.getStatus(), { lostTotal: 1 + lost.lost!.count! });
  await new Promise((r) => setTimeout(r, 200));
  t.match(warnings.join('\n'), /client 1 reads too slowly: \d+ envelopes dropped from its queue/);
  call.cancel();
});

t.test('no agent on the socket: one sentence with the address and how to start one', async (t) => {
  await t.rejects(connectAgent('trace', { agent: join(dir, 'nothing.sock') }), {
    name: 'UserError',
    message: `netscope trace: no agent is listening on ${join(dir, 'nothing.sock')}; start one with 'sudo netscope agent --listen ${join(dir, 'nothing.sock')}' (add --netns NAME for the namespaces to watch), or point --agent at a running one.`,
  });
  await t.rejects(connectAgent('observe', { agent: 'tcp://127.0.0.1:1' }, { timeoutMs: 500 }), { message: /^netscope observe: no agent is listening on tcp:\/\/127\.0\.0\.1:1; start one with 'sudo netscope agent --listen tcp:\/\/127\.0\.0\.1:1'/ });
});

t.test('TCP with TLS (and a token): the CLI verifies the agent with --tls-ca', async (t) => {
  const { execFileSync } = await import('node:child_process');
  const cert = join(dir, 'agent.pem');
  const key = join(dir, 'agent-key.pem');
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1'], { stdio: 'ignore' });
  } catch {
    t.skip('openssl is not available to make a test certificate');
    return;
  }
  const token = join(dir, 'tls.token');
  writeFileSync(token, 'xyz\n');
  const { backend } = fakeBackend();
  // port 0 is not an address users give; find a free one by binding it first
  const { createServer } = await import('node:net');
  const port = await new Promise<number>((r) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => r(p));
    });
  });
  const server = new ObserverServer(backend, { plan: planListen({ address: { kind: 'tcp', host: '127.0.0.1', port }, tlsCert: cert, tlsKey: key, tokenFile: token }) });
  await server.start();
  t.teardown(() => server.stop());
  const agent = `tcp://127.0.0.1:${port}`;
  const ok = await connectAgent('observe', { agent, 'tls-ca': cert, 'token-file': token });
  t.teardown(() => ok.close());
  t.match(await ok.getStatus(), { hostname: 'fake' });
  const noToken = await connectAgent('observe', { agent, 'tls-ca': cert });
  t.teardown(() => noToken.close());
  await t.rejects(noToken.getStatus(), { message: /refused the call: the request carries no valid token/ });
  // plaintext against a TLS agent never gets a connection
  await t.rejects(connectAgent('observe', { agent }, { timeoutMs: 1000 }), { message: /no agent is listening on tcp:\/\/127\.0\.0\.1:/ });
});
