// The correlator on sequences the agent recorded on the lab (test/fixtures/agent/capture.sh):
// a masqueraded round trip (the loader capture), a drop in FORWARD, and a DNAT'd ping.
import t from 'tap';
import { readFileSync } from 'node:fs';
import { Correlator } from '../../../agent/correlate/journeys.js';
import { coherenceOf } from '../../../agent/correlate/coherence.js';
import { parseLoaderLine } from '../../../agent/probes/loader/parse.js';
import { pb, Direction, HopKind, Hook, NatKind, Verdict, type Journey, type PacketEvent } from '../../../proto/index.js';

function recorded(file: string): PacketEvent[] {
  return readFileSync(`test/fixtures/agent/${file}`, 'utf8').trim().split('\n')
    .map((l) => pb.Envelope.fromObject(JSON.parse(l)).packet as PacketEvent);
}

function correlate(events: PacketEvent[]): Journey[] {
  const c = new Correlator();
  // arrival order of the agent's stdout: two probe processes interleaved
  for (const e of events) c.add(e);
  return c.drain();
}

t.test('fixture guard: the recordings hold the lines the tests depend on', async (t) => {
  t.match(readFileSync('test/fixtures/agent/forward-drop.jsonl', 'utf8'), /"dropReason":"NETFILTER_DROP"/);
  t.match(readFileSync('test/fixtures/agent/icmp-dnat.jsonl', 'utf8'), /"hook":"HOOK_PREROUTING"/);
});

t.test('masquerade round trip (loader capture): SNAT out, de-NAT back, one entry', async (t) => {
  const events = readFileSync('test/fixtures/loader/masquerade-ping.jsonl', 'utf8').trim().split('\n')
    .map(parseLoaderLine).flatMap((p) => (p.kind === 'event' ? [p.event] : []));
  const [req, rep] = correlate(events);
  t.match(req, { direction: Direction.DIRECTION_ORIGINAL, verdict: Verdict.VERDICT_DELIVERED, nat: [{ kind: NatKind.NAT_KIND_SNAT, to: '192.168.61.11' }] });
  t.match(rep, { direction: Direction.DIRECTION_REPLY, peerId: req!.id, nat: [{ kind: NatKind.NAT_KIND_DNAT, reverse: true, to: '10.85.0.2' }] });
});

t.test('a pod dropped in FORWARD: dropped there, with the kernel reason, never POSTROUTING', async (t) => {
  const journeys = correlate(recorded('forward-drop.jsonl'));
  const j = journeys.find((x) => x.headers?.src === '10.85.0.3')!;
  t.ok(j, 'the pod2 journey');
  t.equal(j.verdict, Verdict.VERDICT_DROPPED);
  t.equal(j.dropLocation, 'FORWARD');
  t.equal(j.dropReason, 'NETFILTER_DROP');
  t.notOk(j.hops!.some((h) => h.hook === Hook.HOOK_POSTROUTING));
  t.ok(j.hops!.some((h) => h.kind === HopKind.HOP_KIND_HOOK_ENTRY && h.hook === Hook.HOOK_FORWARD));
  t.matchSnapshot(journeys.map((x) => [x.verdict, x.dropLocation, x.hops!.map((h) => `${h.netnsName}/${h.ifname}/${HopKind[h.kind!]}/${Hook[h.hook!]}`)]));
});

t.test('a DNAT\'d ping: destination rewritten at PREROUTING, undone on the reply', async (t) => {
  const journeys = correlate(recorded('icmp-dnat.jsonl'));
  const req = journeys.find((x) => x.headers?.icmpType === 8 && x.direction === Direction.DIRECTION_ORIGINAL)!;
  const rep = journeys.find((x) => x.headers?.icmpType === 0 && x.direction === Direction.DIRECTION_REPLY)!;
  t.match(req.nat, [{ kind: NatKind.NAT_KIND_DNAT, hook: Hook.HOOK_PREROUTING, from: '192.168.61.11', to: '10.85.0.2', reverse: false }]);
  t.match(rep.nat, [{ kind: NatKind.NAT_KIND_SNAT, hook: Hook.HOOK_POSTROUTING, from: '10.85.0.2', to: '192.168.61.11', reverse: true }]);
  t.equal(rep.peerId, req.id);
  t.equal(req.ct!.id, rep.ct!.id);
  t.equal(req.verdict, Verdict.VERDICT_DELIVERED);
});

t.test('fixture guard: the TCP and ping captures hold both probe sets', async (t) => {
  for (const f of ['tcp-dnat.jsonl', 'pings-10ms.jsonl']) {
    const text = readFileSync(`test/fixtures/agent/${f}`, 'utf8');
    t.match(text, /"probeSet":"PROBE_SET_TRACEPOINT"/, `${f}: tracepoint sightings`);
    t.match(text, /"probeSet":"PROBE_SET_NETFILTER"/, `${f}: netfilter sightings`);
  }
});

t.test('a DNAT\'d TCP connection (portmap-style, captured): every packet its own journey, labelled from conntrack', async (t) => {
  const journeys = correlate(recorded('tcp-dnat.jsonl'));
  const c = coherenceOf(journeys);
  t.equal(c.coherent, c.multiHop, `every journey is one packet (${c.multiHop} journeys, ${JSON.stringify(c.byKind)})`);
  const flags = (j: Journey) => j.headers?.tcpFlags ?? 0;
  const syn = journeys.find((j) => flags(j) === 0x02);
  const synAck = journeys.find((j) => flags(j) === 0x12);
  t.ok(syn && synAck, 'the SYN and the SYN-ACK');
  t.match(syn, { direction: Direction.DIRECTION_ORIGINAL, verdict: Verdict.VERDICT_DELIVERED, nat: [{ kind: NatKind.NAT_KIND_DNAT, hook: Hook.HOOK_PREROUTING, to: '10.85.0.2', fromPort: 8080, toPort: 80 }] });
  t.match(synAck, { direction: Direction.DIRECTION_REPLY, nat: [{ kind: NatKind.NAT_KIND_SNAT, hook: Hook.HOOK_POSTROUTING, reverse: true, to: '192.168.61.11', toPort: 8080 }] });
  t.equal(synAck!.peerId, syn!.id, 'the SYN-ACK names the SYN');
  const data = journeys.filter((j) => flags(j) & 0x08);
  t.same(data.map((j) => j.direction).sort(), [Direction.DIRECTION_ORIGINAL, Direction.DIRECTION_REPLY], 'the request and the answer, one each way');
  t.ok(journeys.filter((j) => flags(j) & 0x01).length >= 2, 'both FINs');
  t.same(journeys.filter((j) => j.verdict === Verdict.VERDICT_DROPPED).map((j) => j.dropReason), [], 'a normal close drops nothing');
  for (const j of journeys) {
    const seqs = new Set((j.hops ?? []).filter((h) => h.headers?.protocol === 6).map((h) => `${h.headers!.ipId}/${h.headers!.tcpSeq}/${h.headers!.tcpAck}`));
    if (seqs.size !== 1) t.fail(`journey ${j.id} holds ${seqs.size} packets`);
  }
});

t.test('pings 10 ms apart (captured): one journey per echo request and per reply', async (t) => {
  const journeys = correlate(recorded('pings-10ms.jsonl')).filter((j) => j.headers?.protocol === 1);
  const seqs = (type: number) => journeys.filter((j) => (j.headers!.icmpType ?? 0) === type).map((j) => j.headers!.icmpSeq ?? 0).sort((a, b) => a - b);
  const want = Array.from({ length: 10 }, (_, i) => i + 1);
  t.same(seqs(8), want, 'requests');
  t.same(seqs(0), want, 'replies');
  const c = coherenceOf(journeys);
  t.equal(c.coherent, c.multiHop, 'none mixed');
  t.ok(journeys.every((j) => j.verdict === Verdict.VERDICT_DELIVERED), 'all delivered (ping\'s NO_SOCKET free is not a drop)');
});
