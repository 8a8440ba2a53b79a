// One packet, one journey, on real traffic (the journey-truth issue): a TCP flow through MASQUERADE
// and a tbf, a DNAT'd TCP connection packet by packet, pings 10 ms apart, an agent filtered on the
// pod's address that still shows the hops before the DNAT, and the conntrack id a journey names
// found in `netscope conntrack -o json`. Every journey is checked with the one-packet check
// (agent/correlate/coherence.ts): one IP id, one TCP seq/ack, one direction, NAT only at hooks.
import t from 'tap';
import { execa, type ResultPromise } from 'execa';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { kernelTier, uniquePrefix, until } from '../helpers/kernel.js';
import { Agent } from '../../agent/agent.js';
import { resolveNetns } from '../../agent/core/netns.js';
import { labDown, labUp, execIn, runCommand, spawnIn } from '../../agent/lab/lab.js';
import { HOST01_ADDR, HOST02_ADDR, host01Netns, host02Netns, podNetns, podAddress } from '../../agent/lab/topology.js';
import { iperfBurst, ping } from '../../agent/lab/traffic.js';
import { coherenceOf, incoherences } from '../../agent/correlate/coherence.js';
import { pb, Direction, HopKind, Hook, NatKind, Verdict, type Envelope, type Hop, type Journey } from '../../proto/index.js';

const BIN = resolve('bin/netscope');
const cli = (args: string[], timeout = 30_000) => execa('env', ['-u', 'NODE_OPTIONS', BIN, ...args], { reject: false, timeout });

const SYN = 0x02, ACK = 0x10, FIN = 0x01, PSH = 0x08;
const SVC_PORT = 8080;
const POD_PORT = 80;

function describe(j: Journey): string {
  return (j.hops ?? []).map((h) => `${h.netnsName || h.netns}/${h.ifname}:${HopKind[h.kind!]}${h.hook ? ':' + Hook[h.hook] : ''}`).join(' ');
}

const isDev = (h: Hop, ns: string, ifname: string, kind: number) => h.netnsName === ns && h.ifname === ifname && h.kind === kind;

/** A dropped journey whose packet still reached host02 afterwards was not dropped. */
function deliveredButDropped(j: Journey, h02: string): boolean {
  if (j.verdict !== Verdict.VERDICT_DROPPED) return false;
  const hops = j.hops ?? [];
  const drop = hops.findIndex((h) => h.kind === HopKind.HOP_KIND_DROP);
  return hops.some((h, i) => i > drop && h.netnsName === h02 && h.kind === HopKind.HOP_KIND_RECEIVE);
}

/**
 * A one-connection TCP server in the pod: reads, answers, closes. Resolves once it listens (ss says
 * so), with the process in a wrapper (a subprocess is a promise: returned bare, it would be awaited).
 */
async function tcpServer(ns: string, addr: string, port: number): Promise<{ proc: ResultPromise }> {
  const code = `const s=require('net').createServer(c=>{c.on('data',()=>{c.end('world');s.close()})});s.listen(${port},'${addr}')`;
  // without tap's NODE_OPTIONS (its loaders would run in the child too)
  const p = spawnIn(ns, ['env', '-u', 'NODE_OPTIONS', 'node', '-e', code]);
  await until(`the TCP server in ${ns} listening on ${addr}:${port}`, async () => {
    if (p.exitCode !== null) throw new Error(`the TCP server in ${ns} exited before listening`);
    const { stdout } = await runCommand(['ss', '-N', ns, '-ltnH', `sport = :${port}`]);
    return stdout.trim() ? true : undefined;
  }, 30_000);
  return { proc: p };
}

/** One TCP exchange: connect, send "hello", read the answer, close. */
async function tcpClient(ns: string, addr: string, port: number): Promise<string> {
  const code = `const c=require('net').connect(${port},'${addr}',()=>c.write('hello'));let got='';c.on('data',d=>got+=d);c.on('end',()=>{c.end();console.log(got)});c.on('error',e=>{console.error(e.message);process.exit(1)})`;
  const { stdout } = await execIn(ns, ['env', '-u', 'NODE_OPTIONS', 'node', '-e', code], { timeoutMs: 15_000 });
  return stdout.trim();
}

/** portmap-style DNAT on host01: host01:8080 → pod1:80 (as CNI's portmap plugin writes it, in short). */
async function addPortmap(h01: string): Promise<void> {
  await execIn(h01, ['iptables', '-t', 'nat', '-A', 'PREROUTING', '-d', HOST01_ADDR, '-p', 'tcp', '--dport', String(SVC_PORT), '-j', 'DNAT', '--to-destination', `${podAddress(1)}:${POD_PORT}`]);
}

t.test('a TCP flow through MASQUERADE and a tbf: every journey is one packet, no delivered packet dropped', kernelTier(), async (t) => {
  const prefix = uniquePrefix('jt');
  t.teardown(() => labDown(prefix).then(() => undefined));
  await labUp({ prefix, pods: 1, tbf: '50mbit' });
  const h01 = host01Netns(prefix);
  const h02 = host02Netns(prefix);
  const pod1 = podNetns(prefix, 1);
  // the lab's addresses only: the tracepoint probes see every netns on the host
  const agent = new Agent({ netns: [resolveNetns(h01)], probes: ['netfilter', 'tracepoint'], filter: { protocol: 'tcp' }, sources: false });
  const journeys: Journey[] = [];
  agent.subscribe((e) => {
    const j = e.journey;
    if (j && (j.hops ?? []).some((h) => h.netnsName === h01 || h.netnsName === pod1 || h.netnsName === h02)) journeys.push(j);
  });
  t.teardown(() => agent.stop());
  await agent.start();

  const res = await iperfBurst(pod1, h02, HOST02_ADDR, 3);
  t.ok(res.bitsPerSecond > 0, `iperf3 ran: ${(res.bitsPerSecond / 1e6).toFixed(1)} Mbit/s`);
  await agent.stop(); // closes every open journey
  const flow = journeys.filter((j) => j.headers?.protocol === 6 && (j.headers.dstPort === 5201 || j.headers.srcPort === 5201));
  const c = coherenceOf(flow);
  t.ok(c.multiHop > 1000, `guard: the flow gave many journeys (${c.multiHop} with two or more hops)`);
  const bad = flow.filter((j) => incoherences(j).length).slice(0, 2);
  t.ok(c.ratio >= 0.999, `at least 99.9 % of journeys are one packet: ${c.coherent}/${c.multiHop} (${JSON.stringify(c.byKind)}${bad.length ? `; e.g. ${bad.map(describe).join(' || ')}` : ''})`);
  t.same(flow.filter((j) => deliveredButDropped(j, h02)).map(describe), [], 'no packet that reached host02 is marked dropped');
  t.same(flow.filter((j) => j.verdict === Verdict.VERDICT_DROPPED && ['QUEUE_PURGE', 'SOCKET_CLOSE'].includes(j.dropReason ?? '')).map(describe), [], 'a socket purging its queues on close is not a drop');
  // every drop of the flow is the tbf's or the kernel's own reason, at a place
  const drops = flow.filter((x) => x.verdict === Verdict.VERDICT_DROPPED);
  t.same(drops.filter((j) => !j.dropReason || !j.dropLocation).map(describe), [], `each of the ${drops.length} drops has a reason and a place (${[...new Set(drops.map((j) => `${j.dropReason} at ${j.dropLocation}`))].join(', ')})`);
  const segmented = flow.filter((j) => j.segments);
  const segments = flow.filter((j) => j.parentId);
  t.ok(segments.every((s) => s.headers?.protocol === 6), `GSO: ${segmented.length} packets cut by the tbf, ${segments.length} segment journeys linked to them`);
});

t.test('pings 10 ms apart: one journey per echo request and per reply, none mixed', kernelTier(), async (t) => {
  const prefix = uniquePrefix('jp');
  t.teardown(() => labDown(prefix).then(() => undefined));
  await labUp({ prefix, pods: 1 });
  const h01 = host01Netns(prefix);
  const pod1 = podNetns(prefix, 1);
  const agent = new Agent({ netns: [resolveNetns(h01)], probes: ['netfilter', 'tracepoint'], filter: { protocol: 'icmp' }, sources: false });
  const journeys: Journey[] = [];
  agent.subscribe((e) => e.journey && journeys.push(e.journey));
  t.teardown(() => agent.stop());
  await agent.start();
  const N = 30;
  await ping(pod1, HOST02_ADDR, N, 0.01);
  await agent.stop();
  const ours = journeys.filter((j) => (j.hops ?? []).some((h) => h.netnsName === pod1));
  const requests = ours.filter((j) => j.headers?.icmpType === 8);
  const replies = ours.filter((j) => (j.headers?.icmpType ?? 0) === 0 && j.headers?.protocol === 1);
  const seqs = (js: Journey[]) => js.map((j) => j.headers!.icmpSeq ?? 0).sort((a, b) => a - b);
  const want = Array.from({ length: N }, (_, i) => i + 1);
  t.same(seqs(requests), want, 'one request journey per sequence number');
  t.same(seqs(replies), want, 'one reply journey per sequence number');
  t.same(ours.filter((j) => incoherences(j).length).map(describe), [], 'no journey mixes two echoes');
  for (const r of replies) {
    const req = requests.find((q) => q.headers!.icmpSeq === r.headers!.icmpSeq);
    if (r.peerId !== req?.id) t.fail(`reply seq ${r.headers!.icmpSeq} names its request`);
  }
  t.ok(requests.every((j) => j.direction === Direction.DIRECTION_ORIGINAL) && replies.every((j) => j.direction === Direction.DIRECTION_REPLY), 'requests are requests, replies replies');
  t.ok(ours.every((j) => j.verdict === Verdict.VERDICT_DELIVERED), 'all delivered');
});

t.test('a DNAT\'d TCP connection, packet by packet, through the agent and the CLI', kernelTier(['ip', 'iptables', 'conntrack', 'bpftool', 'node']), async (t) => {
  await execa('npx', ['--no-install', 'tsc', '-p', '.']); // the CLI runs from dist/
  const prefix = uniquePrefix('jd');
  const dir = mkdtempSync(join(tmpdir(), 'ns-jd-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  t.teardown(() => labDown(prefix).then(() => undefined));
  await labUp({ prefix, pods: 1 });
  const h01 = host01Netns(prefix);
  const h02 = host02Netns(prefix);
  const pod1 = podNetns(prefix, 1);
  await addPortmap(h01);

  // two agents on the same lab: one sees all TCP, one is filtered on the pod's address
  const start = async (name: string, extra: string[]) => {
    const sock = join(dir, `${name}.sock`);
    const ready = join(dir, `${name}.ready`);
    const p = execa('env', ['-u', 'NODE_OPTIONS', BIN, 'agent', '--netns', h01, '--listen', sock, '--ready-file', ready, '--probes', 'netfilter,tracepoint', ...extra], { reject: false });
    t.teardown(async () => {
      p.kill('SIGTERM');
      await p;
    });
    await until(`agent ${name} ready`, () => (existsSync(ready) ? true : p.exitCode !== null ? Promise.reject(new Error(`agent ${name} exited`)) : undefined), 60_000);
    return { sock };
  };
  const all = await start('all', ['--proto', 'tcp']);
  const pod = await start('pod', ['--host', podAddress(1)]);

  const { proc: server } = await tcpServer(pod1, podAddress(1), POD_PORT);
  t.teardown(() => {
    server.kill('SIGTERM');
  });
  t.equal(await tcpClient(h02, HOST01_ADDR, SVC_PORT), 'world', 'the exchange through the DNAT worked');
  server.kill('SIGTERM');
  await server;

  /** The journeys an agent holds of this connection (its buffered history, as `observe --last` prints it). */
  const journeysOf = async (sock: string): Promise<Journey[]> => {
    const r = await cli(['observe', '--agent', sock, '--last', '5000', '--kind', 'journey', '-o', 'json']);
    if (r.exitCode !== 0) throw new Error(`netscope observe: ${r.stderr}`);
    const js = r.stdout.split('\n').filter((l) => l.includes('"journey"')).map((l) => pb.Envelope.fromObject(JSON.parse(l)).journey as Journey);
    return js.filter((j) => (j.hops ?? []).some((h) => h.headers?.protocol === 6 && [SVC_PORT, POD_PORT].some((p) => h.headers!.dstPort === p || h.headers!.srcPort === p) && [h01, h02, pod1].includes(h.netnsName ?? '')));
  };
  const flags = (j: Journey) => j.headers?.tcpFlags ?? 0;
  // journeys close on the probes' watermark: wait until both FINs' journeys are out
  const settled = (js: Journey[]) => (js.filter((j) => flags(j) & FIN).length >= 2 && js.some((j) => flags(j) === SYN) ? js : undefined);
  const allJ = await until('the connection\'s journeys from the agent', () => journeysOf(all.sock).then(settled));
  const podJ = await until('the connection\'s journeys from the --host agent', () => journeysOf(pod.sock).then(settled));

  // --- the unfiltered agent: each packet its own journey, complete, labelled from conntrack
  const toPod = (j: Journey) => j.direction === Direction.DIRECTION_ORIGINAL;
  const fromPod = (j: Journey) => j.direction === Direction.DIRECTION_REPLY;
  t.same(allJ.filter((j) => incoherences(j).length).map(describe), [], 'every journey of the connection is one packet');
  const syn = allJ.find((j) => flags(j) === SYN);
  const synAck = allJ.find((j) => flags(j) === (SYN | ACK));
  const data = allJ.find((j) => flags(j) & PSH && toPod(j));
  const answer = allJ.find((j) => flags(j) & PSH && fromPod(j));
  const fins = allJ.filter((j) => flags(j) & FIN);
  t.ok(syn && synAck && data && answer, `SYN, SYN-ACK, the request and the answer each have a journey (${allJ.length} journeys)`);
  if (!syn || !synAck || !data || !answer) return;
  t.equal(syn.direction, Direction.DIRECTION_ORIGINAL, 'the SYN is a request');
  t.equal(synAck.direction, Direction.DIRECTION_REPLY, 'the SYN-ACK is a reply');
  t.ok(fins.length >= 2, `both FINs have a journey (${fins.length})`);
  const complete = (j: Journey, fromNs: string, toNs: string) => {
    const hops = j.hops ?? [];
    return hops[0]?.netnsName === fromNs && hops[0]?.kind === HopKind.HOP_KIND_XMIT && hops.some((h) => h.netnsName === toNs && h.kind === HopKind.HOP_KIND_RECEIVE);
  };
  for (const [name, j] of [['SYN', syn], ['request', data]] as const) t.ok(complete(j, h02, pod1), `the ${name} from host02's xmit to the pod's receive: ${describe(j)}`);
  for (const [name, j] of [['SYN-ACK', synAck], ['answer', answer]] as const) t.ok(complete(j, pod1, h02), `the ${name} from the pod's xmit to host02's receive: ${describe(j)}`);
  for (const j of [syn, data]) t.match(j.nat, [{ kind: NatKind.NAT_KIND_DNAT, hook: Hook.HOOK_PREROUTING, from: HOST01_ADDR, to: podAddress(1), fromPort: SVC_PORT, toPort: POD_PORT }], 'the DNAT at PREROUTING');
  for (const j of [synAck, answer]) t.match(j.nat, [{ kind: NatKind.NAT_KIND_SNAT, hook: Hook.HOOK_POSTROUTING, from: podAddress(1), to: HOST01_ADDR, fromPort: POD_PORT, toPort: SVC_PORT, reverse: true }], 'its reverse at POSTROUTING');
  t.ok(allJ.every((j) => !j.hops!.some((h) => h.nat && h.kind !== HopKind.HOP_KIND_HOOK_EXIT)), 'NAT only on hook hops');
  t.same(allJ.filter((j) => j.verdict === Verdict.VERDICT_DROPPED).map((j) => `${j.dropReason} at ${j.dropLocation}: ${describe(j)}`), [], 'a normal close shows no drop');

  // --- conntrack's id on the journey is the entry `netscope conntrack -o json` lists
  const entryId = syn.ct?.entryId;
  t.ok(entryId, `the SYN's journey names its conntrack entry by conntrack's id (${entryId})`);
  t.equal(synAck.ct?.entryId, entryId, 'the SYN-ACK names the same entry');
  const ct = await cli(['conntrack', '--agent', all.sock, '-o', 'json']);
  t.equal(ct.exitCode, 0, `netscope conntrack: ${ct.stderr}`);
  // one Envelope a line: conntrack_stats, then the table's rows
  const rows = ct.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { conntrack?: { entry?: { id?: string; original?: { dstPort?: number } } } });
  const row = rows.find((r) => r.conntrack?.entry?.id === entryId)?.conntrack;
  t.ok(row, `netscope conntrack -o json lists entry ${entryId} (${rows.length} lines)`);
  t.equal(row?.entry?.original?.dstPort, SVC_PORT, 'and it is the connection to the service port');

  // --- the agent filtered on the pod's address keeps the hops before the DNAT and after the de-DNAT
  const podSyn = podJ.find((j) => flags(j) === SYN);
  const podSynAck = podJ.find((j) => flags(j) === (SYN | ACK));
  t.ok(podSyn && podSynAck, `--host ${podAddress(1)}: the SYN and SYN-ACK journeys (${podJ.length} journeys)`);
  if (!podSyn || !podSynAck) return;
  t.same(podJ.filter((j) => incoherences(j).length).map(describe), [], '--host: every journey one packet');
  const entry = podSyn.hops!.find((h) => h.kind === HopKind.HOP_KIND_HOOK_ENTRY && h.hook === Hook.HOOK_PREROUTING);
  t.match(entry?.headers, { dst: HOST01_ADDR, dstPort: SVC_PORT }, '--host: the SYN\'s PREROUTING entry, still addressed to the service port');
  t.match(podSyn.nat, [{ kind: NatKind.NAT_KIND_DNAT, hook: Hook.HOOK_PREROUTING, to: podAddress(1) }], '--host: so the DNAT itself shows');
  t.ok(podSyn.hops!.some((h) => isDev(h, h01, 'eth0', HopKind.HOP_KIND_RECEIVE)), `--host: the uplink's receive before the DNAT: ${describe(podSyn)}`);
  t.ok(podSynAck.hops!.some((h) => isDev(h, h01, 'eth0', HopKind.HOP_KIND_XMIT) && h.headers?.src === HOST01_ADDR), `--host: the SYN-ACK's uplink xmit after its de-DNAT: ${describe(podSynAck)}`);
  t.ok(podSynAck.hops!.some((h) => isDev(h, h02, 'eth0', HopKind.HOP_KIND_RECEIVE)), '--host: and host02 receiving it');
});
