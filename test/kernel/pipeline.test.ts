// The event pipeline under a flood (issue 7, item 2): every event the probes emit in the kernel is
// either received by the agent or counted as lost at a named stage, and a gRPC client's envelopes
// plus the losses reported to it add up to what the agent published for it. `ping -f` from a pod
// through the bridge and MASQUERADE for 2 s, with a client that stops reading during the flood so
// its queue overflows. No timing assertions: only counts, once everything has settled.
import t from 'tap';
import { execa } from 'execa';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as grpc from '@grpc/grpc-js';
import { kernelTier, uniquePrefix } from '../helpers/kernel.js';
import { labDown, labUp } from '../../agent/lab/lab.js';
import { HOST02_ADDR, host01Netns, podNetns } from '../../agent/lab/topology.js';
import { EventKind, ObserverClient } from '../../agent/server/service.js';
import { LossStage, ProbeSet, type AgentStatus, type Envelope, type ProbeSetCounters } from '../../proto/index.js';

const BIN = resolve('bin/netscope');
/** a uint64 field of a decoded message: absent when 0 (proto3) */
const n = (x: unknown) => Number(x ?? 0);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let lastSeen: unknown;

async function until<T>(what: string, get: () => T | undefined | Promise<T | undefined>, ms = 60_000): Promise<T> {
  const end = Date.now() + ms;
  lastSeen = undefined;
  for (;;) {
    const v = await get();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}${lastSeen ? `; last seen: ${JSON.stringify(lastSeen)}` : ''}`);
    await sleep(100);
  }
}

t.test('per-stage accounting under ping -f', kernelTier(), async (t) => {
  await execa('npx', ['--no-install', 'tsc', '-p', '.']); // the agent runs from dist/
  const prefix = uniquePrefix('pipe');
  t.teardown(() => labDown(prefix).then(() => undefined));
  await labUp({ prefix, pods: 1 });
  const dir = mkdtempSync(join(tmpdir(), 'netscope-pipeline-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const sock = join(dir, 'agent.sock');
  const ready = join(dir, 'ready');
  // icmp only: nothing but the flood (and the lab's own rare packets) reaches the probes
  const agent = execa('env', ['-u', 'NODE_OPTIONS', BIN, 'agent', '--netns', host01Netns(prefix), '--probes', 'tracepoint,netfilter', '--proto', 'icmp', '--listen', sock, '--ready-file', ready, '--client-queue', '512'], { reject: false });
  t.teardown(async () => {
    if (agent.exitCode === null) agent.kill('SIGTERM');
    await agent;
  });
  await until('the agent ready file', () => {
    if (agent.exitCode !== null) throw new Error(`agent exited with ${agent.exitCode}: ${String(agent.stderr ?? '')}`);
    return existsSync(ready) ? true : undefined;
  });

  const client = new ObserverClient(`unix://${sock}`, grpc.credentials.createInsecure()) as unknown as grpc.Client & {
    observe(req: object): grpc.ClientReadableStream<{ envelopes?: Envelope[] }>;
    getStatus(req: object, cb: (err: grpc.ServiceError | null, res: { status: AgentStatus }) => void): void;
  };
  t.teardown(() => client.close());
  const status = () => new Promise<AgentStatus>((res, rej) => client.getStatus({}, (err, r) => (err ? rej(err) : res(r.status))));

  // packets only; the client-queue loss markers come whatever the kinds
  const got = { envelopes: 0, packets: 0, clientLost: 0, other: 0 };
  const call = client.observe({ kinds: [EventKind.EVENT_KIND_PACKET], follow: true });
  call.on('data', (res: { envelopes?: Envelope[] }) => {
    for (const e of res.envelopes ?? []) {
      got.envelopes++;
      if (e.packet) got.packets++;
      else if (e.lost?.stage === LossStage.LOSS_STAGE_CLIENT_QUEUE) got.clientLost += n(e.lost.count);
      else got.other++;
    }
  });
  call.on('error', () => undefined);
  t.teardown(() => call.cancel());
  await until('the stream to be open', async () => ((await status()).clients?.length ? true : undefined));
  const before = await status();

  // the flood, with the client not reading: its queue overflows
  call.pause();
  const ping = await execa('ip', ['netns', 'exec', podNetns(prefix, 1), 'timeout', '-s', 'INT', '2', 'ping', '-f', '-q', HOST02_ADDR], { reject: false });
  t.match(String(ping.stdout), /packets transmitted/, 'ping -f ran');
  call.resume();

  // settled: every probe set's counters reported after the flood, its agent queue empty, the client's queue empty,
  // and quiet: two of a set's stats reports in a row with the same count emitted. A report taken while the flood
  // still filled the pipe from the loader can arrive after it ended, counting as emitted what is still on its way.
  const floodEnd = Date.now() * 1e6;
  const previous = new Map<number, { time: number; emitted: number }>();
  const quiet = new Set<number>();
  const end = await until('the counters to settle', async () => {
    const s = await status();
    lastSeen = { counters: s.counters, clients: s.clients, floodEnd };
    const sets = s.counters ?? [];
    for (const c of sets) {
      const p = previous.get(n(c.set));
      if (p && p.time !== n(c.countersTimeNs)) (p.emitted === n(c.kernelEmitted) ? quiet.add(n(c.set)) : quiet.delete(n(c.set)));
      previous.set(n(c.set), { time: n(c.countersTimeNs), emitted: n(c.kernelEmitted) });
    }
    const settled =
      sets.length === 2 &&
      sets.every((c) => n(c.countersTimeNs) > floodEnd && quiet.has(n(c.set)) && n(c.agentReceived) === n(c.agentQueueLost) + n(c.agentAccepted)) &&
      (s.clients ?? []).every((c) => n(c.queued) === 0);
    return settled ? s : undefined;
  });
  const last = await until('the client to have read what was sent to it', async () => {
    const s = await status();
    const c = s.clients?.[0];
    lastSeen = { client: c, got };
    return c && n(c.queued) === 0 && n(c.sent) === got.envelopes ? s : undefined;
  });

  const bySet = new Map<number, ProbeSetCounters>((end.counters ?? []).map((c) => [n(c.set), c]));
  for (const [name, set] of [['tracepoint', ProbeSet.PROBE_SET_TRACEPOINT], ['netfilter', ProbeSet.PROBE_SET_NETFILTER]] as const) {
    const c = bySet.get(set);
    t.ok(c, `${name}: counters reported`);
    if (!c) continue;
    t.ok(c.kernelCounted, `${name}: counted in the kernel`);
    t.ok(n(c.kernelEmitted) > 1000, `${name}: the flood made events (${n(c.kernelEmitted)} emitted)`);
    t.equal(n(c.kernelEmitted), n(c.kernelLost) + n(c.runnerLost) + n(c.agentReceived), `${name}: emitted ${n(c.kernelEmitted)} = kernel lost ${n(c.kernelLost)} + runner lost ${n(c.runnerLost)} + received ${n(c.agentReceived)}`);
    t.equal(n(c.runnerWritten), n(c.agentReceived), `${name}: the runner wrote what the agent received (${n(c.runnerWritten)})`);
    t.equal(n(c.agentReceived), n(c.agentQueueLost) + n(c.agentAccepted), `${name}: received = agent-queue lost ${n(c.agentQueueLost)} + accepted ${n(c.agentAccepted)}`);
  }
  const accepted = [...bySet.values()].reduce((sum, c) => sum + n(c.agentAccepted), 0);
  t.equal(n(end.packetsPublished), accepted, `every accepted record was published as a packet event (${accepted})`);

  // the client: what it read plus the losses reported to it = what the agent published for it
  const cc = last.clients![0]!;
  const offered = n(cc.offered);
  const published = n(last.packetsPublished) - n(before.packetsPublished);
  t.ok(got.clientLost > 0, `the paused client lost envelopes from its queue and was told (${got.clientLost})`);
  t.equal(got.packets + got.clientLost, offered, `client read ${got.packets} + reported lost ${got.clientLost} = ${offered} offered to it`);
  t.ok(offered <= published && offered > 0, `offered to it ${offered} of ${published} packet events published while it listened`);
  t.equal(n(cc.lost), got.clientLost, 'the agent counts the same client-queue loss it reported');
  t.equal(got.other, 0, 'nothing but packets and loss markers on a packets-only stream');
});
