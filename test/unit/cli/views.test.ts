// Golden output of the views observe / trace / conntrack / qdisc print, per format, colour off:
// every envelope kind in compact, json and journey, and the conntrack and qdisc tables.
import t from 'tap';
import { readFileSync } from 'node:fs';
process.env.TZ = 'UTC'; // the compact clock is local time
const { Correlator } = await import('../../../agent/correlate/journeys.js');
const { parseLoaderLine } = await import('../../../agent/probes/loader/parse.js');
const { FORMATS, formatEnvelope } = await import('../../../cli/print/envelope.js');
const { PLAIN } = await import('../../../cli/print/style.js');
const { conntrackTable, qdiscTable } = await import('../../../cli/print/tables.js');
const { HopKind, Hook, LossStage, NatKind } = await import('../../../proto/index.js');
type Envelope = import('../../../proto/index.js').Envelope;

const T = 1_795_447_956_620_701_000;
const c = new Correlator({ idPrefix: 'j' });
for (const line of readFileSync('test/fixtures/loader/masquerade-ping.jsonl', 'utf8').trim().split('\n')) {
  const p = parseLoaderLine(line);
  if (p.kind === 'event') c.add(p.event);
}
const journeys: Envelope[] = c.drain().map((j, i) => ({ seq: 10 + i, node: 'host01', journey: { ...j, startTimeNs: T + i * 1000 } }));

const conntrack = { type: 1, timeNs: T, netns: 4026532457, netnsName: 'lab-host01', entry: { id: '3001', protocol: 1, timeoutS: 30, original: { src: '10.85.0.2', dst: '192.168.61.12', protocol: 1, icmpId: 7, icmpType: 8 }, reply: { src: '192.168.61.12', dst: '192.168.61.11', protocol: 1, icmpId: 7 }, nat: NatKind.NAT_KIND_SNAT } };
const envelopes: Envelope[] = [
  { seq: 1, node: 'host01', packet: { timeNs: T, monoNs: 8006640167515, skb: '0xffff88815e07a000', netns: 4026532457, netnsName: 'lab-host01', ifname: 'veth-pod1', kind: HopKind.HOP_KIND_RECEIVE, headers: { src: '10.85.0.2', dst: '192.168.61.12', protocol: 1, icmpType: 8, icmpId: 7, icmpSeq: 1 }, probeSet: 1 } },
  { seq: 2, node: 'host01', packet: { timeNs: T + 5000, netnsName: 'lab-host01', kind: HopKind.HOP_KIND_DROP, hook: Hook.HOOK_FORWARD, dropReason: 'NETFILTER_DROP', headers: { src: '10.85.0.3', dst: '192.168.61.12', protocol: 6, srcPort: 40312, dstPort: 5201, tcpFlags: 2 } } },
  ...journeys,
  { seq: 20, node: 'host01', conntrack },
  { seq: 21, node: 'host01', conntrackStats: { timeNs: T, netnsName: 'lab-host01', count: 3, max: 262144 } },
  { seq: 22, node: 'host01', qdisc: { timeNs: T, netnsName: 'lab-host01', dev: 'eth0', kind: 'tbf', handle: '8001:', parent: 'root', bytes: 3_000_000, packets: 2100, drops: 12, overlimits: 340, backlogBytes: 3028, qlen: 2, tbf: { rateBytesPerS: 1_250_000, burstBytes: 1540, latencyUs: 5000 }, intervalS: 1, bytesPerS: 1_240_000 } },
  { node: 'host01', lost: { stage: LossStage.LOSS_STAGE_CLIENT_QUEUE, source: 'client 3', count: 1234, timeNs: T } },
  { seq: 23, node: 'host01', gap: { source: 'conntrack:lab-host01', reason: 'conntrack -E exited with code 1', fromTimeNs: T, toTimeNs: T + 250_000_000 } },
  { seq: 24, node: 'host01', status: { hostname: 'host01', kernel: '6.18.0', eventsTotal: 90347, lostTotal: 1234 } },
];

for (const format of FORMATS) {
  t.test(`every envelope kind as -o ${format}`, async (t) => {
    const text = envelopes.map((e) => formatEnvelope(e, format, PLAIN)).filter((s) => s !== undefined).join('\n');
    t.matchSnapshot(text);
    t.notMatch(text, /\x1b\[/, 'no colour codes');
    if (format === 'json') for (const line of text.split('\n')) t.doesNotThrow(() => JSON.parse(line), 'one JSON object a line');
    if (format === 'journey') t.match(text, /src 10\.85\.0\.2 → 192\.168\.61\.11 \(SNAT\/MASQUERADE\)/);
  });
}

t.test('conntrack and qdisc tables', async (t) => {
  const text = [...conntrackTable([conntrack], PLAIN), '', ...conntrackTable([conntrack], PLAIN, true), '', ...qdiscTable(envelopes.flatMap((e) => (e.qdisc ? [e.qdisc] : [])), PLAIN)].join('\n');
  t.matchSnapshot(text);
  t.match(text, /SNAT/);
  t.match(text, /10\.00 Mbit\/s +9\.92 Mbit\/s/);
});
