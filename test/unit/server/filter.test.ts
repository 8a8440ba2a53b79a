// The allow/deny filters: Hubble's semantics, per envelope kind, as a pure function.
import t from 'tap';
import { compileFilters, FilterError, kindOf, parseNet, passes } from '../../../agent/server/filter.js';
import { EventKind } from '../../../agent/server/service.js';
import { HopKind, Hook, LossStage, NatKind, Verdict, type Envelope } from '../../../proto/index.js';

const icmp = (src: string, dst: string) => ({ src, dst, protocol: 1, icmpType: 8, icmpId: 1, icmpSeq: 1 });

const pod1Packet: Envelope = { packet: { netns: 11, netnsName: 'lab-pod1', ifname: 'eth0', kind: HopKind.HOP_KIND_XMIT, headers: icmp('10.85.0.2', '192.168.61.12') } };
const pod2Packet: Envelope = { packet: { netns: 12, netnsName: 'lab-pod2', ifname: 'eth0', kind: HopKind.HOP_KIND_XMIT, headers: icmp('10.85.0.3', '192.168.61.12') } };
const drop: Envelope = { packet: { netnsName: 'lab-host01', kind: HopKind.HOP_KIND_DROP, hook: Hook.HOOK_FORWARD, headers: { src: '10.85.0.3', dst: '192.168.61.12', protocol: 6, srcPort: 40000, dstPort: 5201 } } };
// the reply of pod1's ping: first seen post-NAT, de-NATed to the pod on the way
const reply: Envelope = {
  journey: {
    id: 'j2',
    headers: icmp('192.168.61.12', '192.168.61.11'),
    verdict: Verdict.VERDICT_DELIVERED,
    hops: [
      { netnsName: 'lab-host01', ifname: 'eth0', kind: HopKind.HOP_KIND_RECEIVE, headers: icmp('192.168.61.12', '192.168.61.11') },
      { netnsName: 'lab-host01', kind: HopKind.HOP_KIND_HOOK_EXIT, hook: Hook.HOOK_PREROUTING, headers: icmp('192.168.61.12', '10.85.0.2'), nat: { kind: NatKind.NAT_KIND_DNAT } },
      { netnsName: 'lab-host01', ifname: 'veth-pod1', kind: HopKind.HOP_KIND_XMIT, headers: icmp('192.168.61.12', '10.85.0.2') },
    ],
  },
};
const ct: Envelope = { conntrack: { netnsName: 'lab-host01', netns: 99, entry: { protocol: 1, original: { src: '10.85.0.2', dst: '192.168.61.12' }, reply: { src: '192.168.61.12', dst: '192.168.61.11' } } } };
const ctStats: Envelope = { conntrackStats: { netnsName: 'lab-host01', count: 3, max: 100 } };
const qdisc: Envelope = { qdisc: { netnsName: 'lab-host01', dev: 'eth0', kind: 'tbf' } };
const lost: Envelope = { lost: { stage: LossStage.LOSS_STAGE_KERNEL_BUFFER, count: 5 } };
const status: Envelope = { status: { hostname: 'h' } };
const all = [pod1Packet, pod2Packet, drop, reply, ct, ctStats, qdisc, lost, status];

const pass = (req: Parameters<typeof compileFilters>[0]) => {
  const f = compileFilters(req);
  return all.filter((e) => passes(f, e));
};

t.test('no filter passes everything', async (t) => {
  t.same(pass({}), all);
});

t.test('kinds select envelope kinds', async (t) => {
  t.same(pass({ kinds: [EventKind.EVENT_KIND_JOURNEY, EventKind.EVENT_KIND_LOST] }), [reply, lost]);
  t.equal(kindOf(ctStats), EventKind.EVENT_KIND_CONNTRACK_STATS);
  t.equal(kindOf({}), EventKind.EVENT_KIND_UNKNOWN);
});

t.test('allow by address: packets, journeys through their post-NAT hops, conntrack tuples; notices pass', async (t) => {
  t.same(pass({ allow: [{ address: ['10.85.0.2'] }] }), [pod1Packet, reply, ct, lost, status]);
  t.same(pass({ allow: [{ address: ['10.85.0.0/16'] }] }), [pod1Packet, pod2Packet, drop, reply, ct, lost, status]);
});

t.test('a deny filter on one pod removes exactly its events', async (t) => {
  t.same(pass({ deny: [{ address: ['10.85.0.3'] }] }), [pod1Packet, reply, ct, ctStats, qdisc, lost, status]);
});

t.test('fields of one filter are ANDed, values of one field ORed, filters ORed', async (t) => {
  t.same(pass({ kinds: [EventKind.EVENT_KIND_PACKET], allow: [{ protocol: [6], address: ['10.85.0.3'] }] }), [drop]);
  t.same(pass({ kinds: [EventKind.EVENT_KIND_PACKET], allow: [{ protocol: [17], address: ['10.85.0.3'] }] }), []);
  t.same(pass({ kinds: [EventKind.EVENT_KIND_PACKET], allow: [{ netns: ['lab-pod1', 'lab-pod2'] }] }), [pod1Packet, pod2Packet]);
  t.same(pass({ kinds: [EventKind.EVENT_KIND_PACKET], allow: [{ port: [5201] }, { netns: ['lab-pod1'] }] }), [pod1Packet, drop]);
});

t.test('allow and deny together: allowed and not denied', async (t) => {
  t.same(pass({ kinds: [EventKind.EVENT_KIND_PACKET], allow: [{ address: ['10.85.0.0/16'] }], deny: [{ protocol: [6] }] }), [pod1Packet, pod2Packet]);
});

t.test('hook, interface, verdict, netns by inode; fields that do not apply never match', async (t) => {
  t.same(pass({ allow: [{ hook: [Hook.HOOK_PREROUTING] }] }), [reply, lost, status]);
  t.same(pass({ allow: [{ hook: [Hook.HOOK_FORWARD] }] }), [drop, lost, status]);
  t.same(pass({ allow: [{ interface: ['veth-pod1'] }] }), [reply, lost, status]);
  t.same(pass({ allow: [{ interface: ['eth0'] }] }), [pod1Packet, pod2Packet, reply, qdisc, lost, status]);
  t.same(pass({ allow: [{ verdict: [Verdict.VERDICT_DROPPED] }] }), [drop, lost, status]);
  t.same(pass({ allow: [{ verdict: [Verdict.VERDICT_DELIVERED] }] }), [reply, lost, status]);
  t.same(pass({ allow: [{ netns: ['99'] }] }), [ct, lost, status]);
});

t.test('a malformed address is a FilterError naming the filter', async (t) => {
  t.throws(() => compileFilters({ allow: [{ address: ['10.85.0.300'] }] }), new FilterError("allow filter 1: '10.85.0.300' is not an IPv4 address or CIDR"));
  t.throws(() => compileFilters({ deny: [{}, { address: ['x/8'] }] }), { message: /^deny filter 2: 'x\/8'/ });
});

t.test('CIDR masks', async (t) => {
  t.same(parseNet('10.85.7.9/16'), { base: 0x0a550000, mask: 0xffff0000 });
  t.same(parseNet('0.0.0.0/0'), { base: 0, mask: 0 });
  t.equal(parseNet('1.2.3.4/33'), undefined);
});
