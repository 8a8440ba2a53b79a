import t from 'tap';
import { readFileSync } from 'node:fs';
import { parseBpftraceLine, parsePayload, formatHandle, dropReasonName, isAttachedLine } from '../../../../agent/probes/bpftrace/parse.js';
import { parseDropReasons } from '../../../../agent/probes/bpftrace/drop-reasons.js';
import { HopKind, ProbeSet, type PacketEvent } from '../../../../proto/index.js';

const fixture = (name: string) => readFileSync(new URL(`../../../fixtures/bpftrace/${name}`, import.meta.url), 'utf8');
const reasons = parseDropReasons(fixture('btf-skb-drop-reason.h'));
const icmpRun = fixture('tracepoint-icmp.jsonl').split('\n');
const rxRun = fixture('tracepoint-netns-rx.jsonl').split('\n');

function events(lines: string[]): PacketEvent[] {
  return lines.map((l) => parseBpftraceLine(l, { dropReasons: reasons })).flatMap((p) => (p.kind === 'event' ? [p.event] : []));
}

t.test('the fixtures still hold the lines these tests depend on', async (t) => {
  t.equal(icmpRun[0], '{"type": "attached_probes", "data": {"probes": 6}}');
  t.ok(icmpRun.some((l) => l.includes('"data": "d ') && l.includes(' 12 nft_do_chain"')), 'a netfilter drop (reason 12)');
  t.ok(icmpRun.some((l) => l.includes('"data": "e ') && l.includes(' tbf ')), 'a tbf enqueue');
  t.ok(rxRun.some((l) => l.includes('"data": "n ')), 'a netif_rx line');
  t.match(fixture('btf-skb-drop-reason.h'), /SKB_DROP_REASON_NETFILTER_DROP = 12,/);
});

t.test('captured ICMP run: ping, netfilter drop, tbf', async (t) => {
  const parsed = icmpRun.map((l) => parseBpftraceLine(l, { dropReasons: reasons }));
  t.same(parsed[0], { kind: 'attached', count: 6 });
  t.matchSnapshot(parsed, 'parsed lines');
  const evs = events(icmpRun);
  t.equal(evs.length, 15);
  t.ok(evs.every((e) => e.probeSet === ProbeSet.PROBE_SET_TRACEPOINT));

  const [xmit, recv] = evs;
  t.same(xmit, {
    monoNs: 4083371058118, skb: '0xffff88814e0a4d00', netns: 4026532955, ifindex: 2, ifname: 'va',
    kind: HopKind.HOP_KIND_XMIT, probeSet: ProbeSet.PROBE_SET_TRACEPOINT, cpu: 1,
    headers: { src: '10.201.0.1', dst: '10.201.0.2', protocol: 1, length: 84, ttl: 64, ipId: 57146, icmpType: 8, icmpCode: 0, icmpId: 15682, icmpSeq: 1 },
  });
  t.equal(recv!.kind, HopKind.HOP_KIND_RECEIVE);
  t.equal(recv!.skb, xmit!.skb, 'one skb from va to vb');
  t.equal(recv!.netns, 4026533024);

  const drop = evs.find((e) => e.kind === HopKind.HOP_KIND_DROP && e.dropReasonCode === 12)!;
  t.match(drop, { dropReason: 'NETFILTER_DROP', function: 'nft_do_chain', ifname: 'vb', headers: { icmpType: 8, icmpSeq: 1 } });
  const quirk = evs.find((e) => e.kind === HopKind.HOP_KIND_DROP && e.dropReasonCode === 3)!;
  t.match(quirk, { dropReason: 'NO_SOCKET', function: 'ping_rcv', headers: { icmpType: 0 } });

  const enq = evs.find((e) => e.kind === HopKind.HOP_KIND_QDISC_ENQUEUE)!;
  const deq = evs.find((e) => e.kind === HopKind.HOP_KIND_QDISC_DEQUEUE)!;
  t.match(enq, { qdisc: 'tbf 8010:', qdiscQlen: 1, ifname: 'va' });
  t.match(deq, { qdisc: 'tbf 8010:', qdiscQlen: 0, skb: enq.skb });
  t.equal(parseBpftraceLine('', {}).kind, 'other', 'the blank lines bpftrace prints at exit');
});

t.test('captured netns-filtered run with netif_rx', async (t) => {
  const evs = events(rxRun);
  t.matchSnapshot(evs, 'events');
  t.ok(evs.every((e) => e.netns === evs[0]!.netns), 'one netns');
  const rx = evs.find((e) => e.kind === HopKind.HOP_KIND_NETIF_RX)!;
  const recv = evs.find((e) => e.kind === HopKind.HOP_KIND_RECEIVE && e.skb === rx.skb)!;
  t.ok(recv, 'netif_rx and receive share the skb');
  t.ok(rx.monoNs! <= recv.monoNs!);
});

t.test('tcp and udp payloads', async (t) => {
  const tcp = parsePayload('x 100 0 0xffff888100000001 4026531840 3 eth0 10.0.0.1 10.0.0.2 6 60 64 1 40000 5201 2 0')!;
  t.same(tcp.headers, { src: '10.0.0.1', dst: '10.0.0.2', protocol: 6, length: 60, ttl: 64, ipId: 1, srcPort: 40000, dstPort: 5201, tcpFlags: 2 });
  const udp = parsePayload('r 100 0 0xffff888100000001 4026531840 3 eth0 10.0.0.1 10.0.0.2 17 60 64 1 5353 53 0 0')!;
  t.same(udp.headers, { src: '10.0.0.1', dst: '10.0.0.2', protocol: 17, length: 60, ttl: 64, ipId: 1, srcPort: 5353, dstPort: 53 });
  const unreach = parsePayload('x 100 0 0xffff888100000001 4026531840 3 eth0 10.0.0.1 10.0.0.2 1 56 64 1 3 3 0 0')!;
  t.same(unreach.headers, { src: '10.0.0.1', dst: '10.0.0.2', protocol: 1, length: 56, ttl: 64, ipId: 1, icmpType: 3, icmpCode: 3 }, 'no id/seq outside echo');
});

t.test('a drop without a device (empty ifname) and without a reason table', async (t) => {
  const e = parsePayload('d 5 2 0xffff888100000002 0 0  10.0.0.1 10.0.0.2 17 60 64 1 1 2 0 0 2 kfree_skb_list_reason')!;
  t.match(e, { ifname: '', ifindex: 0, netns: 0, dropReasonCode: 2, dropReason: '', function: 'kfree_skb_list_reason' });
});

t.test('other lines are classified, never thrown', async (t) => {
  t.same(parseBpftraceLine('{"type": "lost_events", "data": {"events": 1234}}'), { kind: 'lost', count: 1234 });
  t.same(parseBpftraceLine('{"type": "attached_probes", "data": {"probes": 2}}'), { kind: 'attached', count: 2 });
  t.ok(isAttachedLine('{"type": "attached_probes", "data": {"probes": 2}}'));
  t.notOk(isAttachedLine('{"type": "printf", "data": "x"}'));
  for (const line of ['garbage', '{"type": "map", "data": {"@x": 1}}', '{"type": "printf", "data": "hello world"}',
    '{"type": "printf", "data": "x notanumber 0 0x1 1 1 a 1.1.1.1 2.2.2.2 1 1 1 1 0 0 0 0"}',
    '{"type": "helper_error", "helper": "probe_read", "retcode": -14, "line": 1, "col": 1}']) {
    t.equal(parseBpftraceLine(line).kind, 'other', line);
  }
});

t.test('escaped printf data goes through JSON.parse', async (t) => {
  const p = parseBpftraceLine('{"type": "printf", "data": "x 1 0 0xffff888100000001 1 3 we\\"ird 10.0.0.1 10.0.0.2 1 84 64 1 8 0 1 1"}');
  t.equal(p.kind, 'event');
  if (p.kind === 'event') t.equal(p.event.ifname, 'we"ird');
});

t.test('qdisc handles and drop reason names', async (t) => {
  t.equal(formatHandle('80100000'), '8010:');
  t.equal(formatHandle('10002'), '1:2');
  t.equal(formatHandle('ffffffff'), 'ffff:ffff');
  t.equal(dropReasonName(reasons, 12), 'NETFILTER_DROP');
  t.equal(dropReasonName(reasons, 0x30005), 'SUBSYS_3_5');
  t.equal(dropReasonName(reasons, 9999), 'UNKNOWN_9999');
});

t.test('captured flood excerpt: lost events between printf lines', async (t) => {
  const lines = fixture('tracepoint-flood-excerpt.jsonl').split('\n').filter(Boolean);
  t.ok(lines.includes('{"type": "lost_events", "data": {"events": 19744}}'), 'the fixture still holds the lost_events line');
  const parsed = lines.map((l) => parseBpftraceLine(l, { dropReasons: reasons }));
  t.same(parsed.filter((p) => p.kind === 'lost'), [{ kind: 'lost', count: 19744 }]);
  t.equal(parsed.filter((p) => p.kind === 'event').length, 9);
  t.matchSnapshot(parsed, 'parsed lines');
});
