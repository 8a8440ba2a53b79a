// The correlator on hand-built sequences shaped like the kernel's (KERNEL.md: a masqueraded ping
// keeps its skb across veth, bridge and hooks; ct appears at PREROUTING exit; POSTROUTING rewrites
// the source). Recorded real sequences are tested in journeys-recorded.test.ts.
import t from 'tap';
import { Correlator } from '../../../agent/correlate/journeys.js';
import { Direction, HopKind, Hook, NatKind, Verdict, type ConntrackRef, type PacketEvent } from '../../../proto/index.js';

const POD = '10.85.0.2';
const H01 = '192.168.61.11';
const H02 = '192.168.61.12';
const ct: ConntrackRef = {
  id: '0xffff888100aa0000',
  status: 0x190,
  original: { src: POD, dst: H02, protocol: 1, icmpId: 7 },
  reply: { src: H02, dst: H01, protocol: 1, icmpId: 7 },
};
const icmp = (src: string, dst: string, type: number) => ({ src, dst, protocol: 1, icmpType: type, icmpId: 7, icmpSeq: 1 });

function seq(skb: string, start: number, steps: Array<Partial<PacketEvent>>): PacketEvent[] {
  return steps.map((s, i) => ({ skb, monoNs: start + i * 1000, netns: 4026532000, ...s }));
}

const request = seq('0xffff8881aaaa0000', 1_000_000, [
  { kind: HopKind.HOP_KIND_XMIT, ifname: 'eth0', netns: 4026531111, headers: icmp(POD, H02, 8) },
  { kind: HopKind.HOP_KIND_RECEIVE, ifname: 'veth-pod1', headers: icmp(POD, H02, 8) },
  { kind: HopKind.HOP_KIND_RECEIVE, ifname: 'cni0', headers: icmp(POD, H02, 8) },
  { kind: HopKind.HOP_KIND_HOOK_ENTRY, hook: Hook.HOOK_PREROUTING, headers: icmp(POD, H02, 8) },
  { kind: HopKind.HOP_KIND_HOOK_EXIT, hook: Hook.HOOK_PREROUTING, headers: icmp(POD, H02, 8), ct: { ...ct, status: 0x100 } },
  { kind: HopKind.HOP_KIND_HOOK_ENTRY, hook: Hook.HOOK_FORWARD, headers: icmp(POD, H02, 8), ct: { ...ct, status: 0x100 } },
  { kind: HopKind.HOP_KIND_HOOK_EXIT, hook: Hook.HOOK_FORWARD, headers: icmp(POD, H02, 8), ct: { ...ct, status: 0x100 } },
  { kind: HopKind.HOP_KIND_HOOK_ENTRY, hook: Hook.HOOK_POSTROUTING, headers: icmp(POD, H02, 8), ct: { ...ct, status: 0x100 } },
  { kind: HopKind.HOP_KIND_HOOK_EXIT, hook: Hook.HOOK_POSTROUTING, headers: icmp(H01, H02, 8), ct },
  { kind: HopKind.HOP_KIND_XMIT, ifname: 'eth0', headers: icmp(H01, H02, 8) },
]);
const reply = seq('0xffff8881bbbb0000', 1_100_000, [
  { kind: HopKind.HOP_KIND_RECEIVE, ifname: 'eth0', headers: icmp(H02, H01, 0) },
  { kind: HopKind.HOP_KIND_HOOK_ENTRY, hook: Hook.HOOK_PREROUTING, headers: icmp(H02, H01, 0) },
  { kind: HopKind.HOP_KIND_HOOK_EXIT, hook: Hook.HOOK_PREROUTING, headers: icmp(H02, POD, 0), ct: { ...ct, status: 0x19a } },
  { kind: HopKind.HOP_KIND_HOOK_ENTRY, hook: Hook.HOOK_FORWARD, headers: icmp(H02, POD, 0), ct: { ...ct, status: 0x19a } },
  { kind: HopKind.HOP_KIND_HOOK_EXIT, hook: Hook.HOOK_FORWARD, headers: icmp(H02, POD, 0), ct: { ...ct, status: 0x19a } },
  { kind: HopKind.HOP_KIND_HOOK_ENTRY, hook: Hook.HOOK_POSTROUTING, headers: icmp(H02, POD, 0), ct: { ...ct, status: 0x19a } },
  { kind: HopKind.HOP_KIND_HOOK_EXIT, hook: Hook.HOOK_POSTROUTING, headers: icmp(H02, POD, 0), ct: { ...ct, status: 0x19a } },
  { kind: HopKind.HOP_KIND_XMIT, ifname: 'cni0', headers: icmp(H02, POD, 0) },
  { kind: HopKind.HOP_KIND_XMIT, ifname: 'veth-pod1', headers: icmp(H02, POD, 0) },
  { kind: HopKind.HOP_KIND_RECEIVE, ifname: 'eth0', netns: 4026531111, headers: icmp(H02, POD, 0) },
]);

t.test('masquerade round trip: hops in order, SNAT then de-NAT, one conntrack entry, linked', async (t) => {
  const c = new Correlator({ idleNs: 50e6 });
  // events of two probe processes arrive interleaved and out of order
  const mixed = [...request.filter((_, i) => i % 2), ...request.filter((_, i) => !(i % 2)), ...reply.slice().reverse()];
  for (const e of mixed) t.same(c.add(e), [], 'nothing closes while packets are in flight');
  const journeys = c.flush(1_100_000 + 60e6);
  t.equal(journeys.length, 2);
  const [req, rep] = journeys;
  t.same(req!.hops!.map((h) => [h.kind, h.hook, h.ifname]), request.map((e) => [e.kind, e.hook ?? 0, e.ifname ?? '']));
  t.same(req!.nat, [{ kind: NatKind.NAT_KIND_SNAT, hook: Hook.HOOK_POSTROUTING, from: POD, to: H01, fromPort: 0, toPort: 0, reverse: false }]);
  t.equal(req!.direction, Direction.DIRECTION_ORIGINAL);
  t.equal(req!.verdict, Verdict.VERDICT_DELIVERED);
  t.equal(req!.hops![1]!.deltaNs, 1000, 'per-hop latency');
  t.same(rep!.nat, [{ kind: NatKind.NAT_KIND_DNAT, hook: Hook.HOOK_PREROUTING, from: H01, to: POD, fromPort: 0, toPort: 0, reverse: true }]);
  t.equal(rep!.direction, Direction.DIRECTION_REPLY);
  t.equal(rep!.ct!.id, req!.ct!.id, 'one conntrack entry');
  t.equal(rep!.peerId, req!.id, 'the reply names its request');
});

t.test('a packet that enters FORWARD and is freed as a drop is dropped in FORWARD with the reason', async (t) => {
  const c = new Correlator({ idleNs: 50e6 });
  const drop = seq('0xffff8881cccc0000', 5_000_000, [
    ...request.slice(0, 6).map((e) => ({ kind: e.kind, hook: e.hook, ifname: e.ifname, headers: e.headers, ct: e.ct, netns: e.netns })),
    { kind: HopKind.HOP_KIND_DROP, headers: icmp(POD, H02, 8), dropReason: 'NETFILTER_DROP', dropReasonCode: 6 },
  ]);
  for (const e of drop) c.add(e);
  const [j] = c.flush(5_000_000 + 60e6);
  t.equal(j!.verdict, Verdict.VERDICT_DROPPED);
  t.equal(j!.dropLocation, 'FORWARD');
  t.equal(j!.dropReason, 'NETFILTER_DROP');
  t.equal(j!.hops!.length, 7);
});

t.test('an skb address reused after a drop starts a new journey', async (t) => {
  const c = new Correlator({ idleNs: 50e6 });
  c.add({ skb: '0x1', monoNs: 1, kind: HopKind.HOP_KIND_XMIT, headers: icmp(POD, H02, 8) });
  c.add({ skb: '0x1', monoNs: 2, kind: HopKind.HOP_KIND_DROP, dropReason: 'NOT_SPECIFIED' });
  t.same(c.add({ skb: '0x1', monoNs: 3, kind: HopKind.HOP_KIND_XMIT, headers: icmp(POD, H02, 8) }), []);
  t.equal(c.openCount, 2, 'the next packet at the address has a journey of its own');
  // the freed one closes once the probes' watermark is a little past its free, the other stays open
  const closed = c.flush(3 + 10e6);
  t.equal(closed.length, 1);
  t.equal(closed[0]!.verdict, Verdict.VERDICT_DROPPED);
  t.same(closed[0]!.hops!.map((h) => h.monoNs), [1, 2]);
  t.equal(c.openCount, 1);
});

t.test('without hook probes a rewrite still shows between device hops', async (t) => {
  const c = new Correlator({ idleNs: 50e6 });
  for (const e of request.filter((e) => e.kind === HopKind.HOP_KIND_XMIT || e.kind === HopKind.HOP_KIND_RECEIVE)) c.add(e);
  const [j] = c.drain();
  t.equal(j!.nat!.length, 1);
  t.match(j!.nat![0], { kind: NatKind.NAT_KIND_SNAT, hook: Hook.HOOK_UNKNOWN, from: POD, to: H01 });
});

t.test('open groups are bounded', async (t) => {
  const c = new Correlator({ maxOpen: 10 });
  let closed = 0;
  for (let i = 0; i < 100; i++) closed += c.add({ skb: `0x${i.toString(16)}`, monoNs: i, kind: HopKind.HOP_KIND_XMIT }).length;
  t.equal(c.openCount, 10);
  t.equal(closed, 90);
});

t.test('a hook sighting that arrives after the drop it preceded stays in the dropped journey', async (t) => {
  const c = new Correlator({ idleNs: 50e6 });
  // bpftrace's drop line reaches the agent before the loader's FORWARD entry line
  c.add({ skb: '0x9', monoNs: 10, kind: HopKind.HOP_KIND_RECEIVE, ifname: 'cni0', headers: icmp(POD, H02, 8) });
  c.add({ skb: '0x9', monoNs: 30, kind: HopKind.HOP_KIND_DROP, dropReason: 'NETFILTER_DROP', function: 'nft_do_chain' });
  t.same(c.add({ skb: '0x9', monoNs: 20, kind: HopKind.HOP_KIND_HOOK_ENTRY, hook: Hook.HOOK_FORWARD, headers: icmp(POD, H02, 8) }), []);
  const [j] = c.drain();
  t.equal(c.openCount, 0);
  t.equal(j!.hops!.length, 3);
  t.equal(j!.dropLocation, 'FORWARD');
});

t.test('a ping flood: every reply names its own request, and complete pairs are not kept', async (t) => {
  const c = new Correlator({ idleNs: 50e6 });
  const N = 5000;
  let linked = 0;
  const ids = new Map<number, string>();
  for (let i = 0; i < N; i++) {
    const at = 1e9 + i * 1e6;
    const withSeq = (e: PacketEvent, skb: string, base: number) => ({ ...e, skb, monoNs: (e.monoNs ?? 0) - base + at, headers: { ...e.headers, icmpSeq: i } });
    for (const e of request) c.add(withSeq(e, `0xffff8881aa${i}`, 1_000_000));
    for (const e of reply) c.add(withSeq(e, `0xffff8881bb${i}`, 1_000_000));
    for (const j of c.flush(at + 60e6)) {
      if (j.direction === Direction.DIRECTION_ORIGINAL) ids.set(j.headers!.icmpSeq!, j.id!);
      else if (j.peerId && j.peerId === ids.get(j.headers!.icmpSeq!)) linked++;
    }
  }
  for (const j of c.drain()) if (j.direction === Direction.DIRECTION_REPLY && j.peerId === ids.get(j.headers!.icmpSeq!)) linked++;
  t.equal(linked, N, 'each reply links to the request with its sequence number');
  t.ok(c.linkCount < 10, `links held after the flood: ${c.linkCount}`);
});

t.test('unanswered echoes: the links held stay bounded', async (t) => {
  const c = new Correlator({ idleNs: 50e6 });
  for (let i = 0; i < 70_000; i++) {
    const at = 1e9 + i * 1e3;
    for (const e of request.slice(3, 5)) c.add({ ...e, skb: `0xffff8881cc${i}`, monoNs: at, headers: { ...e.headers, icmpSeq: i } });
    if (i % 1000 === 0) c.flush(at);
  }
  c.drain();
  t.ok(c.linkCount > 60_000 && c.linkCount <= 65536, `links held: ${c.linkCount} (each request waits for its reply, up to the bound)`);
});

t.test('an skb address reused without a free seen (netfilter set alone): a second pass of a hook starts a new journey', async (t) => {
  const c = new Correlator({ idleNs: 50e6 });
  const hooks = request.filter((e) => e.kind === HopKind.HOP_KIND_HOOK_ENTRY || e.kind === HopKind.HOP_KIND_HOOK_EXIT);
  t.equal(hooks.length, 6, 'guard: three hooks, in and out');
  const closed = [];
  // three echoes, 10 µs apart, all at one address (the slab handed it on at once)
  for (let i = 0; i < 3; i++) {
    for (const e of hooks) closed.push(...c.add({ ...e, skb: '0xffff8881dddd0000', monoNs: (e.monoNs ?? 0) + i * 10_000, headers: { ...e.headers, icmpSeq: i } }));
  }
  closed.push(...c.drain());
  t.equal(closed.length, 3, 'one journey per echo');
  t.same(closed.map((j) => j.hops!.length), [6, 6, 6]);
  t.same(closed.map((j) => j.headers!.icmpSeq), [0, 1, 2]);
  t.same(closed.map((j) => j.nat!.length), [1, 1, 1], 'each its own SNAT');
});

t.test('a group is bounded in sightings', async (t) => {
  const c = new Correlator({ idleNs: 50e6, maxHops: 8 });
  const closed = [];
  for (let i = 0; i < 20; i++) closed.push(...c.add({ skb: '0x5', monoNs: i, kind: HopKind.HOP_KIND_RECEIVE, ifname: `v${i}` }));
  closed.push(...c.drain());
  t.same(closed.map((j) => j.hops!.length), [8, 8, 4]);
});

t.test('two packets of one identity at one address (repeated stateless RSTs): hops after the first one\'s free are the second\'s', async (t) => {
  const c = new Correlator({ idleNs: 50e6 });
  const rst = { src: H02, dst: POD, protocol: 6, ipId: 0, srcPort: 5201, dstPort: 40000, tcpFlags: 0x04, tcpSeq: 77, tcpAck: 0 };
  const skb = '0xffff8881eeee0000';
  // packet A's device hops and free (tracepoint set) …
  const a = seq(skb, 10_000_000, [
    { kind: HopKind.HOP_KIND_XMIT, ifname: 'eth0', headers: rst },
    { kind: HopKind.HOP_KIND_RECEIVE, ifname: 'eth0', headers: rst },
    { kind: HopKind.HOP_KIND_DROP, ifname: 'eth0', headers: rst, dropReason: 'NO_SOCKET' },
  ]);
  // … and packet B's hooks, 1 ms later, which the netfilter set delivered before A's free arrived
  const b = seq(skb, 11_000_000, [
    { kind: HopKind.HOP_KIND_HOOK_ENTRY, hook: Hook.HOOK_PREROUTING, headers: rst },
    { kind: HopKind.HOP_KIND_HOOK_EXIT, hook: Hook.HOOK_PREROUTING, headers: rst },
  ]);
  for (const e of [a[0]!, a[1]!, ...b, a[2]!]) c.add(e);
  const js = c.drain();
  t.equal(js.length, 2, 'two journeys');
  t.same(js[0]!.hops!.map((h) => h.kind), [HopKind.HOP_KIND_XMIT, HopKind.HOP_KIND_RECEIVE, HopKind.HOP_KIND_DROP], 'the first packet ends at its free');
  t.same(js[1]!.hops!.map((h) => h.kind), [HopKind.HOP_KIND_HOOK_ENTRY, HopKind.HOP_KIND_HOOK_EXIT], 'the second has the hooks after it');
  t.not(js[0]!.id, js[1]!.id);
});
