// Kernel tier: the lab for real — pings through masquerade, conntrack in host01, tbf against iperf3,
// clean removal, and rollback of a run that fails part-way. Traffic stays inside the lab's namespaces.
import t from 'tap';
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { UserError } from '../../agent/util/errors.js';
import {
  HOST01_ADDR, HOST02_ADDR, NAT_CHAIN, execIn, labDown, labStatus, labUp, listLabNetns, planUp, runCommand, spawnIn,
  labOptions, topology,
} from '../../agent/lab/lab.js';
import { kernelTier, uniquePrefix } from '../helpers/kernel.js';

const TOOLS = ['ip', 'iptables', 'conntrack', 'tc', 'ping', 'iperf3', 'ss', 'sysctl'];

/** Builds a lab for one test and removes it when the test ends, pass or fail. */
async function upFor(t: { teardown(fn: () => unknown): void }, opts: Parameters<typeof labUp>[0]) {
  t.teardown(async () => { await labDown(opts!.prefix!); });
  return labUp(opts);
}

/** Polls until check() is true or the deadline passes; returns whether it became true. */
async function waitFor(check: () => Promise<boolean>, timeoutMs: number, pollMs = 50): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return true;
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, pollMs));
  }
}

/** Orig and reply tuples of `conntrack -L` lines (src/dst pairs in order). */
function conntrackFlows(out: string): { proto: string; orig: { src: string; dst: string }; reply: { src: string; dst: string } }[] {
  return out.split('\n').filter((l) => l.trim()).flatMap((line) => {
    const src = [...line.matchAll(/\bsrc=(\S+)/g)].map((m) => m[1]!);
    const dst = [...line.matchAll(/\bdst=(\S+)/g)].map((m) => m[1]!);
    if (src.length < 2 || dst.length < 2) return [];
    return [{ proto: line.split(/\s+/)[0]!, orig: { src: src[0]!, dst: dst[0]! }, reply: { src: src[1]!, dst: dst[1]! } }];
  });
}

/** Everything of a prefix visible from the root netns: namespace names, link names, nft ruleset lines. */
async function traces(prefix: string): Promise<string[]> {
  const links = (await runCommand(['ip', '-o', 'link', 'show'])).stdout;
  const rules = (await runCommand(['nft', 'list', 'ruleset']).catch(() => runCommand(['iptables-save']))).stdout;
  return [
    ...(await listLabNetns(prefix)),
    ...(await runCommand(['ip', 'netns', 'list'])).stdout.split('\n').map((l) => l.split(' ')[0]!).filter((n) => n.startsWith(`${prefix}-`)),
    ...links.split('\n').filter((l) => l.includes(prefix)),
    ...rules.split('\n').filter((l) => l.includes(prefix) || l.includes(NAT_CHAIN)),
  ];
}

t.test('lab up: pods reach host02 only through masquerade, status reports it, down removes it', kernelTier(TOOLS), async (t) => {
  const prefix = uniquePrefix('lab');
  const rootChainBefore = (await traces(prefix)).length;
  t.equal(rootChainBefore, 0, 'nothing of this lab (or its nat chain) in the root netns before');
  const status = await upFor(t, { prefix, pods: 2 });
  const topo = topology({ prefix, pods: 2 });

  t.equal(status.state, 'up');
  t.same(status.namespaces.map((n) => n.name), [topo.host01, topo.host02, ...topo.pods.map((p) => p.netns)]);
  for (const ns of status.namespaces) {
    t.equal(ns.inode, statSync(`/run/netns/${ns.name}`).ino, `${ns.name} inode is the netns file's`);
    t.ok(ns.interfaces.some((i) => i.name === 'lo' && i.addresses.includes('127.0.0.1/8')), `lo up in ${ns.name}`);
  }
  const ifs = (name: string) => status.namespaces.find((n) => n.name === name)!.interfaces;
  t.match(ifs(topo.host01).find((i) => i.name === 'eth0'), { kind: 'veth', state: 'UP', addresses: [`${HOST01_ADDR}/24`] });
  t.match(ifs(topo.host01).find((i) => i.name === 'cni0'), { kind: 'bridge', state: 'UP', addresses: ['10.85.0.1/16'] });
  t.match(ifs(topo.host01).find((i) => i.name === 'veth-pod2'), { kind: 'veth', state: 'UP', master: 'cni0' });
  t.match(ifs(topo.host02).find((i) => i.name === 'eth0'), { state: 'UP', addresses: [`${HOST02_ADDR}/24`] });
  for (const pod of topo.pods) {
    t.match(ifs(pod.netns).find((i) => i.name === 'eth0'), { state: 'UP', addresses: [`${pod.address}/16`] });
    t.equal(status.addresses.pods[pod.netns], pod.address);
  }
  t.equal((await execIn(topo.host01, ['sysctl', '-n', 'net.ipv4.ip_forward'])).stdout, '1', 'ip_forward on in host01');
  t.notMatch((await runCommand(['ip', '-n', topo.host02, 'route'])).stdout, /10\.85\./, 'host02 has no route to the pods');
  t.same((await execIn(topo.host01, ['iptables', '-w', '-t', 'nat', '-S', NAT_CHAIN])).stdout.split('\n'), [
    `-N ${NAT_CHAIN}`, `-A ${NAT_CHAIN} -d 10.85.0.0/16 -j ACCEPT`, `-A ${NAT_CHAIN} ! -d 224.0.0.0/4 -j MASQUERADE`,
  ]);

  for (const pod of topo.pods) {
    const ping = await execIn(pod.netns, ['ping', '-c', '2', '-i', '0.2', '-W', '2', HOST02_ADDR]);
    t.match(ping.stdout, /2 received/, `${pod.netns} pings ${HOST02_ADDR}`);
  }
  const flows = conntrackFlows((await execIn(topo.host01, ['conntrack', '-L', '-p', 'icmp'])).stdout);
  for (const pod of topo.pods) {
    const flow = flows.find((f) => f.orig.src === pod.address && f.orig.dst === HOST02_ADDR);
    t.ok(flow, `host01 conntrack has ${pod.address} → ${HOST02_ADDR}`);
    t.same(flow?.reply, { src: HOST02_ADDR, dst: HOST01_ADDR }, `${pod.netns}'s reply goes to ${HOST01_ADDR}: masqueraded`);
  }

  // up on an existing prefix says so and changes nothing
  await t.rejects(labUp({ prefix, pods: 3 }), { name: 'UserError', message: new RegExp(`a lab with prefix '${prefix}' already exists .*nothing was changed`) });
  const again = await labStatus(prefix);
  t.same(again.namespaces.map((n) => [n.name, n.inode]), status.namespaces.map((n) => [n.name, n.inode]), 'same namespaces, same inodes');

  const all = [topo.host01, topo.host02, ...topo.pods.map((p) => p.netns)];
  t.same((await traces(prefix)).sort(), [...all, ...all].sort(),
    'guard: traces() sees a lab that is up (namespaces; its links and rules are inside them)');
  t.same(await labDown(prefix), [...topo.pods.map((p) => p.netns), topo.host01, topo.host02]);
  t.same(await traces(prefix), [], 'no namespace, link or rule with the prefix is left');
  t.same(await labDown(prefix), [], 'down twice is fine');
  t.equal((await labStatus(prefix)).state, 'down');
});

t.test('lab up --tbf 10mbit: iperf3 from a pod to host02 stays within 10% of the limit', kernelTier(TOOLS), async (t) => {
  const prefix = uniquePrefix('lab');
  const status = await upFor(t, { prefix, pods: 1, tbf: '10mbit' });
  const topo = topology({ prefix, pods: 1 });
  t.same(status.tbf, { rateBitsPerSec: 10e6, burstBytes: 1540, latencyUs: 5000 }, 'status shows the tbf');

  // -1: serve one client then exit; killed in teardown if the test ends early
  const server = spawnIn(topo.host02, ['iperf3', '-s', '-1', '-B', HOST02_ADDR, '-p', '5201']);
  t.teardown(async () => { server.kill('SIGKILL'); await server; });
  const listening = await waitFor(async () => {
    if (server.exitCode !== null) return true;
    return (await runCommand(['ss', '-N', topo.host02, '-ltnH', 'sport = :5201'])).stdout.trim() !== '';
  }, 5000);
  t.ok(listening && server.exitCode === null, 'iperf3 server listens in host02');

  const client = await execIn(topo.pods[0]!.netns, ['iperf3', '-c', HOST02_ADDR, '-p', '5201', '-t', '3', '-J'], { timeoutMs: 20000 });
  const report = JSON.parse(client.stdout) as { end: { sum_received: { bits_per_second: number } } };
  const bps = report.end.sum_received.bits_per_second;
  t.comment(`iperf3 through tbf 10mbit: ${(bps / 1e6).toFixed(2)} Mbit/s received`);
  t.ok(bps <= 10e6 * 1.1, `received ${(bps / 1e6).toFixed(2)} Mbit/s ≤ 11 Mbit/s`);
  t.ok(bps >= 1e6, 'and traffic did flow');
  const tc = JSON.parse((await runCommand(['tc', '-n', topo.host01, '-s', '-j', 'qdisc', 'show', 'dev', 'eth0'])).stdout) as { kind: string; overlimits: number }[];
  t.ok(tc.find((q) => q.kind === 'tbf')!.overlimits > 0, 'the tbf had to hold packets back');
  await server;
});

t.test('a run that fails part-way through up leaves nothing behind', kernelTier(TOOLS), async (t) => {
  const opts = { pods: 2, tbf: '1mbit' };
  const total = planUp(labOptions({ prefix: 'x', ...opts })).length;
  // first step, second namespace, mid-way (nat chain), first pod, and the very last step
  const steps = [...new Set([1, 2, 14, 19, total])];
  for (const n of steps) {
    const prefix = uniquePrefix('lab');
    t.teardown(async () => { await labDown(prefix); });
    const err = await labUp({ prefix, ...opts }, { failAtStep: n }).then(() => undefined, (e: unknown) => e);
    t.ok(err instanceof UserError, `failAtStep ${n} rejects with a UserError`);
    t.match((err as Error).message, new RegExp(`^netscope lab up: step ${n}/${total} \\(.+\\) failed: injected failure .*; everything it had built was removed\\.$`));
    t.same(await traces(prefix), [], `failAtStep ${n}: nothing left`);
  }
});

t.test('a real command failure rolls back too, and an abort does as well', kernelTier(TOOLS), async (t) => {
  // something else takes the name cni0 in host01 just before the bridge step: ip itself fails
  const prefix = uniquePrefix('lab');
  t.teardown(async () => { await labDown(prefix); });
  const err = await labUp({ prefix, pods: 1 }, {
    onStep: (step) => {
      if (step.argv.join(' ').endsWith('link add cni0 type bridge')) {
        execFileSync('ip', ['-n', `${prefix}-host01`, 'link', 'add', 'cni0', 'type', 'veth', 'peer', 'name', 'other']);
      }
    },
  }).then(() => undefined, (e: unknown) => e);
  t.ok(err instanceof UserError);
  t.match((err as Error).message, /^netscope lab up: step \d+\/\d+ \(add the bridge .*\/cni0\) failed: command 'ip -n \S+-host01 link add cni0 type bridge' exited with code 2: RTNETLINK answers: File exists; everything it had built was removed\.$/);
  t.same(await traces(prefix), []);

  const prefix2 = uniquePrefix('lab');
  t.teardown(async () => { await labDown(prefix2); });
  const ac = new AbortController();
  // aborted while step 20 runs: it finishes, step 21 never starts
  const aborted = await labUp({ prefix: prefix2, pods: 2 }, { signal: ac.signal, onStep: (_s, i) => { if (i === 20) ac.abort(); } })
    .then(() => undefined, (e: unknown) => e);
  t.match((aborted as Error)?.message, /^netscope lab up: interrupted before step 21\/\d+ .*; everything it had built was removed\.$/);
  t.same(await traces(prefix2), []);
});
