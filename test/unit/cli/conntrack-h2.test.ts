// `netscope conntrack` reads StreamConntrack over plain HTTP/2 (no grpc-js loaded) and hands what it
// does not handle to the gRPC client: checked against in-process servers on unix sockets — the
// agent's own server (tables in messages larger than an HTTP/2 frame, two tables, a token), an
// older agent with GetConntrack only, a refused token and a rejected request (said as before).
import t from 'tap';
import { execa } from 'execa';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as grpc from '@grpc/grpc-js';
import { planListen } from '../../../agent/server/listen.js';
import { ObserverServer, type Backend } from '../../../agent/server/server.js';
import { observerService } from '../../../agent/server/service.js';
import { parseConntrackList } from '../../../agent/sources/conntrack/parse.js';
import { CONNECT_HELP } from '../../../cli/client/connect.js';
import { conntrackJsonLine } from '../../../cli/print/conntrack-wire.js';
import { envelopeToJson, pb, type ConntrackEvent, type ConntrackStats } from '../../../proto/index.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/conntrack/', import.meta.url));
const cli = (args: string[]) => execa('env', ['-u', 'NODE_OPTIONS', resolve('bin/netscope'), 'conntrack', ...args], { reject: false });

const dir = mkdtempSync(join(tmpdir(), 'netscope-ct-h2-'));
t.teardown(() => rmSync(dir, { recursive: true, force: true }));

// ~3,000 rows of captured output (about 400 KB as one message: many HTTP/2 DATA frames), and one small table
const fixture = readFileSync(`${FIXTURES}list-edge.txt`, 'utf8') + readFileSync(`${FIXTURES}list-ktimestamp.txt`, 'utf8');
const bigText = Array.from({ length: 200 }, () => fixture.trimEnd()).join('\n') + '\n';
const tables: Array<{ name: string; rows: ConntrackEvent[]; stats: ConntrackStats }> = [
  { name: 'ct-big', rows: parseConntrackList(bigText, { netns: 11, netnsName: 'ct-big', timeNs: 1795443550000000000 }).events },
  { name: 'ct-small', rows: parseConntrackList(readFileSync(`${FIXTURES}list-dnat.txt`, 'utf8'), { netns: 12, netnsName: 'ct-small', timeNs: 1795443550000000000 }).events },
].map((x, i) => ({ ...x, stats: { timeNs: 1795443550000000000, netns: 11 + i, netnsName: x.name, count: x.rows.length, max: 262144 } }));

const backend: Backend = {
  node: 'fake',
  subscribe: () => () => {},
  currentStatus: () => ({ hostname: 'fake' }),
  probeStatus: async () => [],
  conntrackSources: () => tables.map((x) => ({ name: `conntrack:${x.name}`, snapshot: async () => x.rows, stats: async () => x.stats })),
  qdiscSources: () => [],
};

/** a row as it comes off the wire: the fields proto3 sends (no zeros) */
const wire = (e: ConntrackEvent) => pb.ConntrackEvent.toObject(pb.ConntrackEvent.decode(pb.ConntrackEvent.encode(e).finish()), { longs: Number }) as ConntrackEvent;
/** what -o json prints for the tables: each one's stats line, then a line per row */
const expected = (keep: (name: string) => boolean = () => true) =>
  tables.filter((x) => keep(x.name)).flatMap((x) => [JSON.stringify(envelopeToJson({ conntrackStats: x.stats })), ...x.rows.map((e) => conntrackJsonLine(wire(e)))]).join('\n') + '\n';

async function agentServer(t: { teardown(fn: () => unknown): void }, name: string, tokenFile?: string): Promise<string> {
  const path = join(dir, name, 'agent.sock');
  const server = new ObserverServer(backend, { plan: planListen({ address: { kind: 'unix', path }, tokenFile }), limits: { maxItems: 4096, maxBytes: 1 << 24 }, warn: () => {}, lossReportMs: 100 });
  await server.start();
  t.teardown(() => server.stop());
  return path;
}

t.test('the agent server: every row of both tables, across HTTP/2 frames, as -o json and as the table view', async (t) => {
  t.ok(tables[0]!.rows.length > 2000, `${tables[0]!.rows.length} rows in the big table`);
  const sock = await agentServer(t, 'plain');
  const json = await cli(['--agent', sock, '-o', 'json']);
  t.equal(json.exitCode, 0, json.stderr);
  t.equal(json.stdout + '\n', expected());
  const only = await cli(['--agent', `unix://${sock}`, '-o', 'json', '--netns', 'ct-small']);
  t.equal(only.stdout + '\n', expected((n) => n === 'ct-small'), 'a netns filter: that table alone');
  const table = await cli(['--agent', sock, '--color', 'never']);
  t.equal(table.exitCode, 0, table.stderr);
  t.match(table.stdout, new RegExp(`^ct-big: ${tables[0]!.rows.length} of max 262144 entries, \\d+ NAT'd\\n`));
  t.equal(table.stdout.split('\n').filter((l) => l.includes(' → ')).length, tables[0]!.rows.length + tables[1]!.rows.length, 'a line per row');
});

t.test('a token: sent on the HTTP/2 request; a wrong one is refused in the same sentence as before', async (t) => {
  const good = join(dir, 'good.token');
  const bad = join(dir, 'bad.token');
  writeFileSync(good, 'sesame\n');
  writeFileSync(bad, 'nope\n');
  const sock = await agentServer(t, 'token', good);
  const ok = await cli(['--agent', sock, '-o', 'json', '--token-file', good]);
  t.equal(ok.exitCode, 0, ok.stderr);
  t.equal(ok.stdout + '\n', expected());
  const refused = await cli(['--agent', sock, '-o', 'json', '--token-file', bad]);
  t.not(refused.exitCode, 0);
  t.equal(refused.stdout, '');
  t.match(refused.stderr, new RegExp(`^netscope conntrack: the agent at ${sock.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} refused the call: .+\\.$`));
  const none = await cli(['--agent', sock, '-o', 'json']);
  t.match(none.stderr, /refused the call/, 'no token at all: refused too');
});

t.test('an older agent without StreamConntrack: the tables over GetConntrack, the same lines', async (t) => {
  const server = new grpc.Server();
  server.addService({ GetConntrack: observerService.GetConntrack }, {
    GetConntrack: (_call: unknown, cb: grpc.sendUnaryData<unknown>) => cb(null, { tables: tables.map((x) => ({ netnsName: x.name, netns: x.stats.netns, stats: x.stats, entries: x.rows })) }),
  });
  const path = join(dir, 'old.sock');
  await new Promise<void>((res, rej) => server.bindAsync(`unix://${path}`, grpc.ServerCredentials.createInsecure(), (err) => (err ? rej(err) : res())));
  t.teardown(() => new Promise<void>((res) => server.tryShutdown(() => res())));
  const json = await cli(['--agent', path, '-o', 'json']);
  t.equal(json.exitCode, 0, json.stderr);
  t.equal(json.stdout + '\n', expected());
});

t.test('a request the agent rejects: its reason, as the gRPC client has always said it', async (t) => {
  const server = new grpc.Server();
  server.addService({ StreamConntrack: observerService.StreamConntrack }, {
    StreamConntrack: (call: grpc.ServerWritableStream<unknown, Uint8Array>) => call.emit('error', { code: grpc.status.INVALID_ARGUMENT, details: "allow filter 1: 'x' is not a netns" }),
  });
  const path = join(dir, 'reject.sock');
  await new Promise<void>((res, rej) => server.bindAsync(`unix://${path}`, grpc.ServerCredentials.createInsecure(), (err) => (err ? rej(err) : res())));
  t.teardown(() => new Promise<void>((res) => server.tryShutdown(() => res())));
  const r = await cli(['--agent', path, '-o', 'json']);
  t.equal(r.exitCode, 2);
  t.equal(r.stderr, "netscope conntrack: the agent rejected the request: allow filter 1: 'x' is not a netns.");
});

t.test('an HTTP/2 server that is not a gRPC agent: one sentence, also for a raw % in grpc-message', async (t) => {
  const { createServer } = await import('node:http2');
  for (const mode of ['raw-percent', 'not-found'] as const) {
    const server = createServer();
    server.on('stream', (stream) => {
      if (mode === 'raw-percent') stream.respond({ ':status': 200, 'content-type': 'application/grpc', 'grpc-status': '13', 'grpc-message': '100% broken' }, { endStream: true });
      else stream.respond({ ':status': 404 }, { endStream: true });
    });
    const path = join(dir, `${mode}.sock`);
    await new Promise<void>((res) => server.listen(path, res));
    t.teardown(() => new Promise<void>((res) => { server.close(() => res()); for (const s of sessions) s.destroy(); }));
    const sessions = new Set<import('node:http2').ServerHttp2Session>();
    server.on('session', (s) => sessions.add(s));
    const r = await execa('env', ['-u', 'NODE_OPTIONS', resolve('bin/netscope'), 'conntrack', '--agent', path, '-o', 'json'], { reject: false, timeout: 30_000 });
    t.notOk(r.timedOut, `${mode}: the command ends`);
    t.not(r.exitCode, 0, `${mode}: fails`);
    t.equal(r.stdout, '', `${mode}: prints no table`);
    t.match(r.stderr, /^netscope conntrack: [^\n]+$/, `${mode}: one sentence (${r.stderr.slice(0, 200)})`);
    t.notMatch(r.stderr, /URIError|at .*\.js:\d+/, `${mode}: no stack trace`);
  }
});

t.test('no agent: the one sentence, for a socket path and for TCP', async (t) => {
  const r = await cli(['--agent', join(dir, 'nobody.sock')]);
  t.equal(r.exitCode, 1);
  t.match(r.stderr, /^netscope conntrack: no agent is listening on .*nobody\.sock; start one with/);
});

t.test('--help shows the connection flags as every other command does', async (t) => {
  const r = await cli(['--help']);
  t.ok(r.stdout.includes(CONNECT_HELP), 'the same text as CONNECT_HELP in cli/client/connect.ts');
});
