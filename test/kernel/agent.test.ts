// The agent on the lab (issue: probes and the agent): a masqueraded ping's journey hop by hop, a
// FORWARD drop with the kernel's reason, and nothing of netscope's left after SIGTERM or SIGKILL.
import t from 'tap';
import { execa } from 'execa';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { kernelTier, uniquePrefix } from '../helpers/kernel.js';
import { Agent } from '../../agent/agent.js';
import { resolveNetns } from '../../agent/core/netns.js';
import { labDown, labUp, execIn } from '../../agent/lab/lab.js';
import { HOST01_ADDR, HOST02_ADDR, host01Netns, host02Netns, podNetns, podAddress } from '../../agent/lab/topology.js';
import { iperfBurst } from '../../agent/lab/traffic.js';
import { Direction, HopKind, Hook, NatKind, Verdict, type Envelope, type Hop, type Journey } from '../../proto/index.js';

const until = async <T>(what: string, get: () => T | undefined, ms = 15000): Promise<T> => {
  const end = Date.now() + ms;
  for (;;) {
    const v = get();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
};

/** Index of each wanted hop in order within hops, or -1 for the first one missing. */
function inOrder(hops: Hop[], wanted: Array<(h: Hop) => boolean>): number[] {
  const idx: number[] = [];
  let from = 0;
  for (const w of wanted) {
    const i = hops.findIndex((h, k) => k >= from && w(h));
    idx.push(i);
    if (i < 0) break;
    from = i + 1;
  }
  return idx;
}

const dev = (ns: string, ifname: string, kind: number) => (h: Hop) => h.netnsName === ns && h.ifname === ifname && h.kind === kind;
const hook = (hk: number, kind = HopKind.HOP_KIND_HOOK_EXIT) => (h: Hop) => h.hook === hk && h.kind === kind;

t.test('agent on host01: journeys of a masqueraded ping, and a drop in FORWARD', kernelTier(), async (t) => {
  const prefix = uniquePrefix('ag');
  t.teardown(() => labDown(prefix).then(() => undefined));
  await labUp({ prefix, pods: 2 });
  const h01 = host01Netns(prefix);
  const pod1 = podNetns(prefix, 1);
  const pod2 = podNetns(prefix, 2);
  const targets = [resolveNetns(h01)];
  const agent = new Agent({ netns: targets, probes: ['netfilter', 'tracepoint'], filter: { protocol: 'icmp' }, sources: false });
  const envs: Envelope[] = [];
  agent.subscribe((e) => envs.push(e));
  t.teardown(() => agent.stop());
  const status = await agent.start();
  t.same(status.probeSets!.filter((s) => s.state === 1).map((s) => s.set), [1, 2], 'tracepoint and netfilter attached');

  await execIn(pod1, ['ping', '-c', '1', '-W', '2', HOST02_ADDR]);
  const journeys = () => envs.flatMap((e) => (e.journey ? [e.journey] : []));
  const req = await until('the echo request journey', () => journeys().find((j) => j.headers?.src === podAddress(1) && j.headers?.icmpType === 8));
  const rep = await until('the echo reply journey', () => journeys().find((j) => j.headers?.dst === HOST01_ADDR && j.headers?.icmpType === 0 && j.direction === Direction.DIRECTION_REPLY));

  const reqOrder = inOrder(req.hops!, [
    dev(pod1, 'eth0', HopKind.HOP_KIND_XMIT),
    dev(h01, 'veth-pod1', HopKind.HOP_KIND_RECEIVE),
    hook(Hook.HOOK_PREROUTING),
    dev(h01, 'cni0', HopKind.HOP_KIND_RECEIVE),
    hook(Hook.HOOK_FORWARD),
    hook(Hook.HOOK_POSTROUTING),
    dev(h01, 'eth0', HopKind.HOP_KIND_XMIT),
  ]);
  // the kernel stamps the bridge's netif_receive_skb on cni0 after PREROUTING has run for the frame
  // (seen on 6.18), so that is the order asserted
  t.notOk(reqOrder.includes(-1), `request hops in order (${reqOrder.join(',')}): ${describe(req)}`);
  t.match(req.nat, [{ kind: NatKind.NAT_KIND_SNAT, hook: Hook.HOOK_POSTROUTING, from: podAddress(1), to: HOST01_ADDR }]);
  t.equal(req.verdict, Verdict.VERDICT_DELIVERED);

  const repOrder = inOrder(rep.hops!, [
    dev(h01, 'eth0', HopKind.HOP_KIND_RECEIVE),
    hook(Hook.HOOK_PREROUTING),
    hook(Hook.HOOK_FORWARD),
    hook(Hook.HOOK_POSTROUTING),
    dev(h01, 'cni0', HopKind.HOP_KIND_XMIT),
    dev(h01, 'veth-pod1', HopKind.HOP_KIND_XMIT),
    dev(pod1, 'eth0', HopKind.HOP_KIND_RECEIVE),
  ]);
  t.notOk(repOrder.includes(-1), `reply hops in order (${repOrder.join(',')}): ${describe(rep)}`);
  t.match(rep.nat, [{ kind: NatKind.NAT_KIND_DNAT, hook: Hook.HOOK_PREROUTING, from: HOST01_ADDR, to: podAddress(1), reverse: true }]);
  t.ok(req.ct?.id && req.ct.id === rep.ct?.id, 'one conntrack entry for both');
  t.match(rep.ct, { original: { src: podAddress(1), dst: HOST02_ADDR }, reply: { src: HOST02_ADDR, dst: HOST01_ADDR } });
  t.equal(rep.peerId, req.id, 'the reply is linked to its request');
  t.equal(rep.verdict, Verdict.VERDICT_DELIVERED, 'delivered to ping (its NO_SOCKET free in ping_rcv is not a drop)');

  // a DROP rule for pod2 in FORWARD: its journey ends there, with the kernel's reason; pod1 unaffected
  await execIn(h01, ['iptables', '-I', 'FORWARD', '-s', podAddress(2), '-j', 'DROP']);
  await execIn(pod2, ['ping', '-c', '1', '-W', '1', HOST02_ADDR]).catch(() => undefined);
  await execIn(pod1, ['ping', '-c', '1', '-W', '2', HOST02_ADDR]);
  const dropped = await until('the dropped journey', () => journeys().find((j) => j.headers?.src === podAddress(2) && j.verdict === Verdict.VERDICT_DROPPED));
  t.equal(dropped.dropLocation, 'FORWARD');
  t.equal(dropped.dropReason, 'NETFILTER_DROP');
  t.notOk(dropped.hops!.some((h) => h.hook === Hook.HOOK_POSTROUTING), 'never reached POSTROUTING');
  const again = await until('pod1 delivered after the rule', () => journeys().filter((j) => j.headers?.src === podAddress(1) && j.headers?.icmpType === 8)[1]);
  t.equal(again.verdict, Verdict.VERDICT_DELIVERED);
  t.notOk(journeys().some((j) => j.headers?.src === podAddress(1) && j.verdict === Verdict.VERDICT_DROPPED), 'no pod1 journey dropped');
});

function describe(j: Journey): string {
  return (j.hops ?? []).map((h) => `${h.netnsName || h.netns}/${h.ifname}:${HopKind[h.kind!]}${h.hook ? ':' + Hook[h.hook] : ''}`).join(' ');
}

async function bpfIdsPresent(): Promise<{ links: Set<number>; progs: Set<number> }> {
  const links = JSON.parse((await execa('bpftool', ['link', 'show', '-j'])).stdout || '[]') as Array<{ id: number }>;
  const progs = JSON.parse((await execa('bpftool', ['prog', 'show', '-j'])).stdout || '[]') as Array<{ id: number }>;
  return { links: new Set(links.map((l) => l.id)), progs: new Set(progs.map((p) => p.id)) };
}

for (const signal of ['SIGTERM', 'SIGKILL'] as const) {
  t.test(`after ${signal} the agent leaves no link, program or child process`, kernelTier(), async (t) => {
    const prefix = uniquePrefix('ak');
    t.teardown(() => labDown(prefix).then(() => undefined));
    await labUp({ prefix, pods: 1 });
    await execa('npx', ['--no-install', 'tsc', '-p', '.']); // the CLI runs from dist/
    const dir = mkdtempSync(join(tmpdir(), 'netscope-agent-'));
    t.teardown(() => rmSync(dir, { recursive: true, force: true }));
    const ready = join(dir, 'ready');
    // Debian's bpftool shows no owning pids: what appeared while the agent ran is the agent's
    const before = await bpfIdsPresent();
    const child = execa('env', ['-u', 'NODE_OPTIONS', resolve('bin/netscope'), 'agent', '--netns', host01Netns(prefix), '--probes', 'netfilter,tracepoint', '--ready-file', ready, '--listen', join(dir, 'agent.sock'), '-o', 'none'], {
      reject: false,
      // tap adds its loader hooks to NODE_OPTIONS of every child: not for the CLI, which runs compiled JS
    });
    t.teardown(() => void child.kill('SIGKILL'));
    await until('the ready file', () => (existsSync(ready) ? true : child.exitCode !== null ? (() => { throw new Error(`agent exited with ${child.exitCode}: ${String(child.stderr?.read() ?? '')}`); })() : undefined), 60000);
    const kids = (await execa('pgrep', ['-P', String(child.pid)], { reject: false })).stdout.split('\n').filter(Boolean);
    t.ok(kids.length >= 2, 'bpftrace and the loader run as children');
    const during = await bpfIdsPresent();
    const ours = { links: [...during.links].filter((id) => !before.links.has(id)), progs: [...during.progs].filter((id) => !before.progs.has(id)) };
    t.ok(ours.links.length >= 10, `the agent attached netfilter links (${ours.links.length}: 5 hooks × entry/exit)`);
    t.ok(ours.progs.length >= 3, `the agent loaded programs (${ours.progs.length})`);
    child.kill(signal);
    await child;
    // children die with the agent (PDEATHSIG); their fd-owned links and programs go with them
    const gone = async () => {
      const now = await bpfIdsPresent();
      const links = ours.links.filter((id) => now.links.has(id));
      const progs = ours.progs.filter((id) => now.progs.has(id));
      const alive = kids.filter((pid) => existsSync(`/proc/${pid}`));
      left = `links ${links.join(',')} progs ${progs.join(',')} children ${alive.map((p) => `${p}:${existsSync(`/proc/${p}/cmdline`) ? readFileSync(`/proc/${p}/cmdline`, 'utf8').replace(/\0/g, ' ') : ''}`).join(',')}`;
      return links.length || progs.length || alive.length ? undefined : true;
    };
    let left = '';
    let ok: boolean | undefined;
    const end = Date.now() + 10000;
    while (!(ok = await gone()) && Date.now() < end) await new Promise((r) => setTimeout(r, 100));
    t.ok(ok, `no link, program or child process of the agent remains (left: ${left})`);
  });
}

t.test('agent on a tbf lab: qdisc samples against the limit, and enqueue/dequeue on the uplink', kernelTier(), async (t) => {
  const prefix = uniquePrefix('aq');
  t.teardown(() => labDown(prefix).then(() => undefined));
  await labUp({ prefix, pods: 1, tbf: '10mbit' });
  const h01 = host01Netns(prefix);
  const agent = new Agent({ netns: [resolveNetns(h01)], probes: ['tracepoint'], filter: { protocol: 'tcp', port: 5201 } });
  const envs: Envelope[] = [];
  agent.subscribe((e) => {
    if (e.qdisc || (e.packet && (e.packet.kind === HopKind.HOP_KIND_QDISC_ENQUEUE || e.packet.kind === HopKind.HOP_KIND_QDISC_DEQUEUE))) envs.push(e);
  });
  t.teardown(() => agent.stop());
  await agent.start();
  const result = await iperfBurst(podNetns(prefix, 1), host02Netns(prefix), HOST02_ADDR, 3);
  t.comment(`iperf3 through tbf 10mbit: ${(result.bitsPerSecond / 1e6).toFixed(2)} Mbit/s`);
  const tbf = envs.flatMap((e) => (e.qdisc?.kind === 'tbf' && e.qdisc.netnsName === h01 ? [e.qdisc] : []));
  t.ok(tbf.length >= 2, `tbf samples (${tbf.length})`);
  t.equal(tbf[0]!.tbf?.rateBytesPerS, 1_250_000, 'the configured rate: 10mbit');
  const peak = Math.max(...tbf.map((s) => s.bytesPerS ?? 0));
  t.ok(Math.abs(peak - 1_250_000) / 1_250_000 <= 0.2, `measured ${(peak * 8 / 1e6).toFixed(2)} Mbit/s is within 20% of 10`);
  t.ok((tbf.at(-1)!.overlimits ?? 0) > (tbf[0]!.overlimits ?? 0) || (tbf.at(-1)!.drops ?? 0) > (tbf[0]!.drops ?? 0), 'overlimits or drops rose');
  const q = envs.flatMap((e) => (e.packet && e.packet.netnsName === h01 && e.packet.ifname === 'eth0' ? [e.packet] : []));
  t.ok(q.some((p) => p.kind === HopKind.HOP_KIND_QDISC_ENQUEUE && p.qdisc?.startsWith('tbf')), 'enqueue events on the uplink tbf');
  t.ok(q.some((p) => p.kind === HopKind.HOP_KIND_QDISC_DEQUEUE && p.qdisc?.startsWith('tbf')), 'dequeue events on the uplink tbf');
});

t.test('netscope probes -o json: each set attached or unavailable with its reason, nothing left after', kernelTier(), async (t) => {
  const before = await bpfIdsPresent();
  const r = await execa('env', ['-u', 'NODE_OPTIONS', resolve('bin/netscope'), 'probes', '--seconds', '0', '-o', 'json'], { reject: false });
  t.equal(r.exitCode, 0, r.stderr);
  const sets = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { set: string; state: string; reason?: string; programs?: unknown[] });
  t.same(sets.map((s) => s.set), ['PROBE_SET_TRACEPOINT', 'PROBE_SET_NETFILTER', 'PROBE_SET_KPROBE']);
  // the CO-RE object through the loader: netif_rx is off by default (netif_receive_skb follows it on the same device)
  t.match(sets[0], { state: 'PROBE_STATE_ATTACHED', programs: [{ name: 'ns_xmit' }, { name: 'ns_receive' }, { name: 'ns_drop' }, { name: 'ns_consume' }, { name: 'ns_enqueue' }, { name: 'ns_dequeue' }] });
  t.match(sets[1], { state: 'PROBE_STATE_ATTACHED', programs: [{ name: 'nsnf_hook_entry' }, { name: 'nsnf_hook_exit' }] });
  // this kernel has no kprobes (KERNEL.md): found by trying to attach, with bpftrace's reason
  if (existsSync('/sys/kernel/tracing/kprobe_events')) t.equal(sets[2]!.state, 'PROBE_STATE_ATTACHED');
  else t.match(sets[2], { state: 'PROBE_STATE_UNAVAILABLE', reason: /kprobe/ });
  const after = await bpfIdsPresent();
  t.same([...after.links].filter((id) => !before.links.has(id)), [], 'no link left');
});
