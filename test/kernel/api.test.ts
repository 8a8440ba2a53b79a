// The gRPC API and the CLI views on the lab (issue 4): trace through masquerade over the agent's
// socket, deny filters, the one-sentence failures, a refused plaintext TCP listen, and a slow client
// that makes the agent drop and count instead of growing.
import t from 'tap';
import { execa } from 'execa';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as grpc from '@grpc/grpc-js';
import { kernelTier, uniquePrefix } from '../helpers/kernel.js';
import { labDown, labUp, execIn } from '../../agent/lab/lab.js';
import { HOST01_ADDR, HOST02_ADDR, host01Netns, podAddress, podNetns } from '../../agent/lab/topology.js';
import { ObserverClient } from '../../agent/server/service.js';
import { connectAgent } from '../../cli/client/connect.js';
import { LossStage, type Envelope, type Journey } from '../../proto/index.js';

const BIN = resolve('bin/netscope');
// tap adds its loader hooks to NODE_OPTIONS of every child: not for the CLI, which runs compiled JS
const cli = (args: string[], opts: { timeout?: number } = {}) => execa('env', ['-u', 'NODE_OPTIONS', BIN, ...args], { reject: false, timeout: opts.timeout ?? 30_000 });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until<T>(what: string, get: () => T | undefined | Promise<T | undefined>, ms = 15_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await get();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

/** Connections the agent has accepted on its socket (ss shows the socket path on the agent's end). */
async function connections(sock: string): Promise<number> {
  const { stdout } = await execa('ss', ['-xH', 'state', 'connected'], { reject: false });
  return stdout.split('\n').filter((l) => l.includes(` ${sock} `)).length;
}

/**
 * The connection count to measure from: the agent closes its end of a client that just exited a moment
 * later (on its own event loop), so a count taken right after one would still include it. Waits up to
 * 5 s for no connection at all, which is the state between the subtests here, then counts.
 */
async function baseline(sock: string): Promise<number> {
  const end = Date.now() + 5000;
  while ((await connections(sock)) > 0 && Date.now() < end) await sleep(50);
  return connections(sock);
}

const rssKb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
const journeysOf = (stdout: string): Journey[] => stdout.trim().split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { journey: Journey }).journey);
const mentions = (j: Journey, addr: string) => [j.headers, ...(j.hops ?? []).map((h) => h.headers)].some((h) => h?.src === addr || h?.dst === addr);

t.test('API and CLI views on the lab', kernelTier(), async (t) => {
  await execa('npx', ['--no-install', 'tsc', '-p', '.']); // the CLI runs from dist/
  const prefix = uniquePrefix('api');
  t.teardown(() => labDown(prefix).then(() => undefined));
  await labUp({ prefix, pods: 2 });
  const h01 = host01Netns(prefix);
  const pod1 = podNetns(prefix, 1);
  const pod2 = podNetns(prefix, 2);
  const dir = mkdtempSync(join(tmpdir(), 'netscope-api-'));
  chmodSync(dir, 0o755); // others may reach the socket: its own mode is what keeps them out
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const sock = join(dir, 'agent.sock');
  const ready = join(dir, 'ready');
  const agent = execa('env', ['-u', 'NODE_OPTIONS', BIN, 'agent', '--netns', h01, '--listen', sock, '--ready-file', ready, '--client-queue', '512'], { reject: false });
  t.teardown(async () => {
    if (agent.exitCode === null) agent.kill('SIGTERM');
    await agent;
  });
  await until('the agent ready file', () => {
    if (agent.exitCode !== null) throw new Error(`agent exited with ${agent.exitCode}`);
    return existsSync(ready) ? true : undefined;
  }, 60_000);
  t.match(JSON.parse(readFileSync(ready, 'utf8')), { listen: sock }, 'ready file written once the server listens');
  t.equal((await execa('stat', ['-c', '%a', sock])).stdout, '600', 'socket mode 0600');

  const traced = async (args: string[]) => {
    const before = await baseline(sock);
    const child = cli(['trace', '--agent', sock, '--proto', 'icmp', '--count', '1', ...args]);
    await until('trace connected', async () => ((await connections(sock)) > before ? true : child.exitCode !== null ? true : undefined));
    await execIn(pod1, ['ping', '-c', '1', '-W', '2', HOST02_ADDR]);
    return child;
  };

  await t.test('trace -o json: a journey with the masquerade rewrite', async (t) => {
    const r = await traced(['-o', 'json']);
    t.equal(r.exitCode, 0, String(r.stderr));
    const js = journeysOf(String(r.stdout));
    t.equal(js.length, 1);
    t.match(js[0], { headers: { src: podAddress(1), dst: HOST02_ADDR }, verdict: 'VERDICT_DELIVERED' });
    t.match(js[0]!.nat, [{ kind: 'NAT_KIND_SNAT', hook: 'HOOK_POSTROUTING', from: podAddress(1), to: HOST01_ADDR }]);
  });

  await t.test('trace -o journey: the hops in order', async (t) => {
    const r = await traced(['-o', 'journey', '--color', 'never']);
    t.equal(r.exitCode, 0, String(r.stderr));
    const lines = String(r.stdout).split('\n');
    const wanted = [
      new RegExp(`${pod1} +eth0 xmit`),
      new RegExp(`${h01} +veth-pod1 rx`),
      new RegExp(`${h01} +PREROUTING`),
      new RegExp(`${h01} +FORWARD`),
      new RegExp(`${h01} +POSTROUTING .*src ${podAddress(1).replace(/\./g, '\\.')} → ${HOST01_ADDR.replace(/\./g, '\\.')} \\(SNAT/MASQUERADE\\)`),
      new RegExp(`${h01} +eth0 xmit`),
      /verdict: delivered/,
    ];
    let from = 0;
    const at = wanted.map((re) => {
      const i = lines.findIndex((l, k) => k >= from && re.test(l));
      if (i >= 0) from = i + 1;
      return i;
    });
    t.notOk(at.includes(-1), `hops in order (${at.join(',')}):\n${r.stdout}`);
  });

  await t.test('a deny filter on one pod removes exactly its events', async (t) => {
    await execIn(pod1, ['ping', '-c', '2', '-i', '0.2', '-W', '2', HOST02_ADDR]);
    await execIn(pod2, ['ping', '-c', '2', '-i', '0.2', '-W', '2', HOST02_ADDR]);
    const base = ['observe', '--agent', sock, '--kind', 'journey', '--proto', 'icmp', '-o', 'json', '--last', '4000'];
    // the buffered history: the same envelopes for both requests, no race with live traffic
    const all = await until('both pods journeys buffered', async () => {
      const js = journeysOf(String((await cli(base)).stdout));
      return js.filter((j) => mentions(j, podAddress(2))).length >= 4 && js.filter((j) => mentions(j, podAddress(1))).length >= 4 ? js : undefined;
    });
    const r = await cli([...base, '--deny-ip', podAddress(2)]);
    t.equal(r.exitCode, 0, String(r.stderr));
    const denied = journeysOf(String(r.stdout));
    const expected = all.filter((j) => !mentions(j, podAddress(2))).map((j) => j.id);
    t.same(denied.map((j) => j.id), expected, `all but pod2's: ${expected.length} of ${all.length}`);
    t.ok(denied.some((j) => mentions(j, podAddress(1))), "pod1's journeys are still there");
    t.notOk(denied.some((j) => mentions(j, podAddress(2))), "none of pod2's");
  });

  await t.test('conntrack and qdisc views answer from the agent', async (t) => {
    const ct = await cli(['conntrack', '--agent', sock, '-o', 'json', '--proto', 'icmp']);
    t.equal(ct.exitCode, 0, String(ct.stderr));
    const rows = String(ct.stdout).trim().split('\n').map((l) => JSON.parse(l) as Envelope & Record<string, any>);
    t.match(rows[0], { conntrackStats: { netnsName: h01 } });
    t.ok(rows.some((r) => r.conntrack?.entry?.nat === 'NAT_KIND_SNAT'), 'a masqueraded entry');
    const table = await cli(['conntrack', '--agent', sock, '--color', 'never']);
    t.match(String(table.stdout), new RegExp(`${h01}: \\d+ of max \\d+ entries`));
    const q = await cli(['qdisc', '--agent', sock, '--color', 'never']);
    t.equal(q.exitCode, 0, String(q.stderr));
    t.match(String(q.stdout), new RegExp(`${h01} +cni0`));
    const p = await cli(['probes', '--agent', sock, '-o', 'json']);
    t.equal(p.exitCode, 0, String(p.stderr));
    t.match(JSON.parse(String(p.stdout).split('\n')[1]!), { set: 'PROBE_SET_NETFILTER', state: 'PROBE_STATE_ATTACHED', netns: [h01] });
  });

  await t.test('invalid filters fail before connecting, naming the flag', async (t) => {
    const before = await baseline(sock);
    for (const [args, msg] of [
      [['trace', '--ip', '10.85.0.300'], /^netscope trace: --ip: '10\.85\.0\.300' is not an IPv4 address or CIDR/],
      [['observe', '--kind', 'bogus'], /^netscope observe: --kind: unknown kind 'bogus'/],
      [['observe', '--deny-port', 'http'], /^netscope observe: --deny-port: 'http' is not a port/],
    ] as Array<[string[], RegExp]>) {
      // an address where nothing listens: a connection attempt would say so instead
      const r = await cli([...args, '--agent', join(dir, 'nothing.sock')]);
      t.equal(r.exitCode, 2);
      t.match(String(r.stderr), msg);
      t.equal(String(r.stderr).trim().split('\n').length, 1, 'one sentence');
    }
    t.equal(await connections(sock), before, 'no connection was made');
  });

  await t.test('no agent: one sentence with the address and how to start it', async (t) => {
    const none = join(dir, 'none.sock');
    const r = await cli(['observe', '--agent', none]);
    t.equal(r.exitCode, 1);
    t.equal(String(r.stderr), `netscope observe: no agent is listening on ${none}; start one with 'sudo netscope agent --listen ${none}' (add --netns NAME for the namespaces to watch), or point --agent at a running one.`);
  });

  await t.test('a socket the user may not open: one sentence saying so', async (t) => {
    const r = await execa('setpriv', ['--reuid=nobody', '--regid=nogroup', '--clear-groups', 'env', '-u', 'NODE_OPTIONS', BIN, 'trace', '--agent', sock], { reject: false, timeout: 30_000 });
    t.equal(r.exitCode, 2, String(r.stderr));
    t.equal(String(r.stderr), `netscope trace: you may not open the agent's socket ${sock} (permission denied); run this as root (sudo) or as the user the agent's socket belongs to.`);
  });

  await t.test('TCP without TLS or a token, and without --insecure, is refused', async (t) => {
    const r = await cli(['agent', '--netns', h01, '--listen', 'tcp://127.0.0.1:47999']);
    t.equal(r.exitCode, 2);
    t.match(String(r.stderr), /^netscope agent: refusing to listen on tcp:\/\/127\.0\.0\.1:47999 without TLS or a token/);
    t.equal(String(r.stderr).trim().split('\n').length, 1, 'one sentence, before attaching anything');
    const far = await cli(['agent', '--listen', 'tcp://0.0.0.0:47999', '--insecure']);
    t.equal(far.exitCode, 2);
    t.match(String(far.stderr), /plaintext TCP is only allowed on loopback/);
  });

  await t.test('a client that reads nothing: the agent drops and counts for it, its memory stays bounded', async (t) => {
    const flood = () => execIn(pod1, ['ping', '-f', '-c', '20000', '-W', '1', HOST02_ADDR], { timeoutMs: 120_000 });
    const pid = agent.pid!;
    // a first flood with no slow client grows the agent's heap to its working size (ingest,
    // correlation, V8's lazy collection): what a slow client adds is measured from there
    const cold = rssKb(pid);
    await flood();
    const before = await baseline(sock);
    // a connection each: on a shared one, the paused stream would hold up the other (HTTP/2 flow control)
    const observe = (req: object) => {
      const raw = new ObserverClient(`unix://${sock}`, grpc.credentials.createInsecure(), { 'grpc.use_local_subchannel_pool': 1 });
      t.teardown(() => raw.close());
      return (raw as unknown as { Observe: (r: object) => grpc.ClientReadableStream<{ envelopes?: Envelope[] }> }).Observe(req);
    };
    // a client that pauses after its first batch and reads nothing more
    const slow = observe({ follow: true });
    const slowGot: Envelope[] = [];
    let resumed = false;
    slow.on('data', (r) => {
      slowGot.push(...(r.envelopes ?? []));
      if (slowGot.length && !slow.isPaused() && !resumed) slow.pause();
    });
    slow.on('error', () => undefined);
    await until('the stream connected', async () => ((await connections(sock)) > before ? true : undefined));
    await until('the client paused after its first batch', async () => {
      await execIn(pod1, ['ping', '-c', '1', '-W', '2', HOST02_ADDR]);
      return slow.isPaused() ? true : undefined;
    });
    const rss0 = rssKb(pid);
    let peak = rss0;
    const sampler = setInterval(() => (peak = Math.max(peak, rssKb(pid))), 100);
    const started = Date.now();
    try {
      // twice the traffic of the warm-up while the client reads nothing
      await flood();
      await flood();
      await sleep(1000); // journeys close and the last samples come
    } finally {
      clearInterval(sampler);
    }
    const floodS = (Date.now() - started) / 1000;
    const client = await connectAgent('observe', { agent: sock });
    t.teardown(() => client.close());
    const status = await client.getStatus();
    t.ok((status.lostTotal ?? 0) > 0, `the agent counts lost envelopes: ${status.lostTotal} of ${status.eventsTotal} published`);
    const growthMb = (peak - rss0) / 1024;
    t.comment(`agent RSS ${(cold / 1024).toFixed(1)} MB before any flood, ${(rss0 / 1024).toFixed(1)} MB after a warm-up flood of 20000 pings; peak ${(peak / 1024).toFixed(1)} MB (+${growthMb.toFixed(1)} MB) over ${floodS.toFixed(1)} s and 40000 more pings with a client reading nothing`);
    t.ok(growthMb < 100, `agent RSS grew by ${growthMb.toFixed(1)} MB (< 100 MB) while a client read nothing`);
    resumed = true;
    slow.resume();
    const lost = await until('the slow client gets its LostEvents', () => slowGot.find((e) => e.lost?.stage === LossStage.LOSS_STAGE_CLIENT_QUEUE), 30_000);
    t.ok((lost.lost?.count ?? 0) > 0, `the slow client learns it lost ${lost.lost?.count} envelopes`);
    slow.cancel();
  });

  await t.test('on SIGTERM the agent removes its socket', async (t) => {
    agent.kill('SIGTERM');
    const r = await agent;
    t.equal(r.exitCode, 0, `exit ${r.exitCode} signal ${r.signal}: ${String(r.stderr).slice(-2000)}`);
    t.match(String(r.stderr), /client \d+ reads too slowly: \d+ envelopes? dropped from its queue/, 'the agent reported the slow client');
    t.notOk(existsSync(sock), 'socket removed');
  });
});

