// The kprobe set where kprobes exist, run inside a VM by the VM tier (test/vm/README.md):
//   npx tsc -p tsconfig.json && make -C bpf        # on the host: the guest sees dist/ and bpf/build/
//   test/vm/run --kernel 6.1 --timeout 1500 -- npx tap --timeout 1400 test/vm/kprobe.test.ts
//   test/vm/run --kernel 6.12 --timeout 1500 -- npx tap --timeout 1400 test/vm/kprobe.test.ts
// On 6.1 (no netfilter links) the kprobe set gives the hooks: the masquerade journey of a pod's ping
// shows PREROUTING, FORWARD and POSTROUTING, the SNAT at POSTROUTING and the nf_nat_manip_pkt call
// that did it, the reply's de-NAT, the conntrack entry; a FORWARD DROP ends the journey at FORWARD
// with the chain's DROP. On 6.12 (both sets) each hook shows once (the netfilter set's) and the kprobe
// set adds the chain verdicts and the NAT function. After SIGTERM or SIGKILL of the agent nothing of
// it is left: programs, links, perf-event kprobes, kprobe_events. Lean on purpose: under TCG every
// step is ~10x slower than on the host. On a kernel without kprobes every test skips, saying why.
import t from 'tap';
import { execa } from 'execa';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { kernelTier, uniquePrefix } from '../helpers/kernel.js';
import { Agent } from '../../agent/agent.js';
import { resolveNetns } from '../../agent/core/netns.js';
import { execIn, labDown, labUp } from '../../agent/lab/lab.js';
import { HOST01_ADDR, HOST02_ADDR, host01Netns, podAddress, podNetns } from '../../agent/lab/topology.js';
import { Direction, HopKind, Hook, NatKind, ProbeSet, ProbeState, Verdict, type Envelope, type Hop, type Journey } from '../../proto/index.js';

const KPROBES = existsSync('/sys/bus/event_source/devices/kprobe/type') || existsSync('/sys/kernel/tracing/kprobe_events');
const tier = (): { skip?: string } => {
  const k = kernelTier();
  if (k.skip) return k;
  return KPROBES ? {} : { skip: `this kernel (${process.env.NETSCOPE_VM_KERNEL ?? 'the host'}) has no kprobes: run it under test/vm/run --kernel 6.1 or 6.12` };
};

const until = async <T>(what: string, get: () => T | undefined, ms = 60000): Promise<T> => {
  const end = Date.now() + ms;
  for (;;) {
    const v = get();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
};

const describe = (j: Journey) => (j.hops ?? []).map((h) => `${HopKind[h.kind!]}${h.hook ? ':' + Hook[h.hook] : ''}${h.function ? `(${h.function})` : ''}`).join(' ');
const exits = (j: Journey, hook: number) => (j.hops ?? []).filter((h) => h.kind === HopKind.HOP_KIND_HOOK_EXIT && h.hook === hook);
const fn = (j: Journey, re: RegExp) => (j.hops ?? []).find((h: Hop) => h.kind === HopKind.HOP_KIND_FUNCTION && re.test(h.function ?? ''));

t.test('kprobe set: a masqueraded ping and a FORWARD drop, hook by hook', tier(), async (t) => {
  const prefix = uniquePrefix('kv');
  t.teardown(() => labDown(prefix).then(() => undefined));
  await labUp({ prefix, pods: 2 });
  const h01 = host01Netns(prefix);
  // nf_hook_slow runs only at hooks where something is registered: a filter FORWARD chain (the lab has only nat)
  await execIn(h01, ['iptables', '-w', '-A', 'FORWARD', '-j', 'ACCEPT']);
  const agent = new Agent({ netns: [resolveNetns(h01)], probes: 'auto', filter: { protocol: 'icmp' }, sources: false });
  const envs: Envelope[] = [];
  agent.subscribe((e) => envs.push(e));
  t.teardown(() => agent.stop());
  await agent.start();
  const status = await agent.probeStatus();
  const kp = status.find((s) => s.set === ProbeSet.PROBE_SET_KPROBE)!;
  const nfAttached = status.find((s) => s.set === ProbeSet.PROBE_SET_NETFILTER)!.state === ProbeState.PROBE_STATE_ATTACHED;
  t.equal(kp.state, ProbeState.PROBE_STATE_ATTACHED, `kprobe set attached: ${kp.reason}`);
  t.match(kp.reason, /hook \(nf_hook_slow\): attached/);
  t.match(kp.reason, /nft \(nft_do_chain in nf_tables\): attached/, 'nf_tables (loaded by the lab) attached from module BTF');
  t.match(kp.reason, /nat \(nf_nat_manip_pkt in nf_nat\): attached/);
  t.comment(`kernel ${process.env.NETSCOPE_VM_KERNEL ?? ''}: netfilter set ${nfAttached ? 'attached' : 'unavailable'}; kprobe groups: ${kp.reason}`);

  await execIn(podNetns(prefix, 1), ['ping', '-c', '1', '-W', '5', HOST02_ADDR]);
  const journeys = () => envs.flatMap((e) => (e.journey ? [e.journey] : []));
  const inH01 = (j: Journey) => (j.hops ?? []).some((h) => h.netnsName === h01);
  const req = await until('the echo request journey', () => journeys().find((j) => inH01(j) && j.headers?.src === podAddress(1) && j.headers?.icmpType === 8));
  const rep = await until('the echo reply journey', () => journeys().find((j) => inH01(j) && j.direction === Direction.DIRECTION_REPLY && j.headers?.icmpType === 0));
  for (const hook of [Hook.HOOK_PREROUTING, Hook.HOOK_FORWARD, Hook.HOOK_POSTROUTING]) {
    t.equal(exits(req, hook).filter((h) => h.netnsName === h01).length, 1, `request: ${Hook[hook]} once in host01 (${describe(req)})`);
    t.equal(exits(rep, hook).filter((h) => h.netnsName === h01).length, 1, `reply: ${Hook[hook]} once in host01 (${describe(rep)})`);
  }
  const hookSet = nfAttached ? ProbeSet.PROBE_SET_NETFILTER : ProbeSet.PROBE_SET_KPROBE;
  t.ok(exits(req, Hook.HOOK_FORWARD).every((h) => h.probeSet === hookSet), `hooks from the ${nfAttached ? 'netfilter' : 'kprobe'} set`);
  t.match(req.nat, [{ kind: NatKind.NAT_KIND_SNAT, hook: Hook.HOOK_POSTROUTING, from: podAddress(1), to: HOST01_ADDR }], 'the SNAT at POSTROUTING');
  t.match(fn(req, /^nf_nat_manip_pkt SNAT/), { hook: Hook.HOOK_POSTROUTING, function: `nf_nat_manip_pkt SNAT to=${HOST01_ADDR}` }, 'the function that rewrote it');
  t.match(fn(req, /^nft_do_chain table=filter chain=FORWARD/), { function: /verdict=ACCEPT$/ }, 'the FORWARD chain\'s verdict');
  t.match(rep.nat, [{ kind: NatKind.NAT_KIND_DNAT, hook: Hook.HOOK_PREROUTING, from: HOST01_ADDR, to: podAddress(1), reverse: true }], 'the reply de-NATed at PREROUTING');
  t.ok(req.ct?.id && req.ct.id === rep.ct?.id, 'one conntrack entry for both');
  t.match(rep.ct, { original: { src: podAddress(1), dst: HOST02_ADDR }, reply: { src: HOST02_ADDR, dst: HOST01_ADDR } });
  t.equal(rep.peerId, req.id, 'the reply is linked to its request');
  t.equal(req.verdict, Verdict.VERDICT_DELIVERED);
  // the reply ends with the pod's ping socket freeing the original skb (NO_SOCKET; icmp_rcv on 6.1,
  // ping_rcv on 6.18): whether that counts as a drop is the correlator's excuse list, not this set's
  t.notOk(rep.dropLocation && /ROUTING|FORWARD|INPUT|OUTPUT/.test(rep.dropLocation), `the reply was not dropped at a hook (${rep.dropLocation ?? ''})`);

  await execIn(h01, ['iptables', '-w', '-I', 'FORWARD', '-s', podAddress(2), '-j', 'DROP']);
  await execIn(podNetns(prefix, 2), ['ping', '-c', '1', '-W', '2', HOST02_ADDR]).catch(() => undefined);
  const dropped = await until('the dropped journey', () => journeys().find((j) => j.headers?.src === podAddress(2) && j.verdict === Verdict.VERDICT_DROPPED));
  t.equal(dropped.dropLocation, 'FORWARD', `dropped at FORWARD (${describe(dropped)})`);
  t.equal(dropped.dropReason, 'NETFILTER_DROP', 'the kernel\'s reason, by name from this kernel\'s BTF');
  // 6.1's nft_do_chain returns NF_DROP and nf_hook_slow frees the skb; newer ones (6.12) free it in
  // nft_do_chain with the reason and return NF_STOLEN: then the drop hop names nft_do_chain
  const chain = fn(dropped, /^nft_do_chain table=filter chain=FORWARD/);
  t.match(chain, { function: /verdict=(DROP|STOLEN)$/ }, `the chain that dropped it (${chain?.function})`);
  if (chain?.function?.endsWith('STOLEN')) {
    t.ok((dropped.hops ?? []).some((h) => h.kind === HopKind.HOP_KIND_DROP && h.function === 'nft_do_chain' && h.dropReason === 'NETFILTER_DROP'), 'freed by nft_do_chain itself, as a NETFILTER_DROP');
  }
  t.notOk(exits(dropped, Hook.HOOK_POSTROUTING).some((h) => h.netnsName === h01), "never reached host01's POSTROUTING (the pod's own came before)");

  // a module that loads after the agent started: its group attaches when /proc/modules shows it
  const ipt = async () => ((await agent.probeStatus()).find((s) => s.set === ProbeSet.PROBE_SET_KPROBE)!.reason ?? '').split('; ').find((g) => g.startsWith('ipt '));
  const was = await ipt();
  if (was?.includes(': attached')) {
    t.comment(`ip_tables was loaded before the agent: ${was}`);
  } else {
    t.match(was, /^ipt \(ipt_do_table\): pending/, 'ipt waits for its module');
    await execa('modprobe', ['ip_tables']);
    let now = was;
    const end = Date.now() + 60000;
    while (!now?.includes(': attached') && Date.now() < end) {
      await new Promise((r) => setTimeout(r, 500));
      now = await ipt();
    }
    t.match(now, /^ipt \(ipt_do_table in ip_tables\): attached/, `attached once ip_tables loaded (${now})`);
  }
});

async function present(): Promise<{ links: Set<number>; progs: Set<number>; perf: number; events: string }> {
  const links = JSON.parse((await execa('bpftool', ['link', 'show', '-j'])).stdout || '[]') as Array<{ id: number }>;
  const progs = JSON.parse((await execa('bpftool', ['prog', 'show', '-j'])).stdout || '[]') as Array<{ id: number }>;
  const perf = JSON.parse((await execa('bpftool', ['perf', 'show', '-j'], { reject: false })).stdout || '[]') as Array<{ fd_type?: string }>;
  const events = existsSync('/sys/kernel/tracing/kprobe_events') ? readFileSync('/sys/kernel/tracing/kprobe_events', 'utf8') : '';
  return { links: new Set(links.map((l) => l.id)), progs: new Set(progs.map((p) => p.id)), perf: perf.filter((p) => /probe/.test(p.fd_type ?? '')).length, events };
}

for (const signal of ['SIGTERM', 'SIGKILL'] as const) {
  t.test(`after ${signal} the agent leaves no kprobe, program, link or child`, tier(), async (t) => {
    if (!existsSync(resolve('dist/cli/main.js'))) await execa('npx', ['--no-install', 'tsc', '-p', '.']);
    const dir = mkdtempSync(join(tmpdir(), 'netscope-kv-'));
    t.teardown(() => rmSync(dir, { recursive: true, force: true }));
    const ready = join(dir, 'ready');
    const before = await present();
    const child = execa('env', ['-u', 'NODE_OPTIONS', resolve('bin/netscope'), 'agent', '--probes', 'kprobe', '--ready-file', ready, '--listen', join(dir, 'agent.sock'), '-o', 'none'], { reject: false });
    t.teardown(() => void child.kill('SIGKILL'));
    await until('the ready file', () => (existsSync(ready) ? true : child.exitCode !== null ? (() => { throw new Error(`agent exited with ${child.exitCode}`); })() : undefined), 180000);
    const kids = (await execa('pgrep', ['-P', String(child.pid)], { reject: false })).stdout.split('\n').filter(Boolean);
    const during = await present();
    const ours = { links: [...during.links].filter((id) => !before.links.has(id)), progs: [...during.progs].filter((id) => !before.progs.has(id)) };
    t.ok(ours.progs.length >= 2, `the agent loaded kprobe programs (${ours.progs.length})`);
    t.ok(during.perf > before.perf, `kprobes attached (${during.perf - before.perf} perf events)`);
    child.kill(signal);
    await child;
    let left = '';
    const gone = async () => {
      const now = await present();
      const links = ours.links.filter((id) => now.links.has(id));
      const progs = ours.progs.filter((id) => now.progs.has(id));
      const alive = kids.filter((pid) => existsSync(`/proc/${pid}`));
      left = `links ${links.join(',')} progs ${progs.join(',')} perf ${now.perf - before.perf} children ${alive.join(',')} kprobe_events ${JSON.stringify(now.events)}`;
      return links.length || progs.length || alive.length || now.perf > before.perf || now.events !== before.events ? undefined : true;
    };
    let ok: boolean | undefined;
    const end = Date.now() + 30000;
    while (!(ok = await gone()) && Date.now() < end) await new Promise((r) => setTimeout(r, 200));
    t.ok(ok, `nothing of the agent remains (left: ${left})`);
  });
}
