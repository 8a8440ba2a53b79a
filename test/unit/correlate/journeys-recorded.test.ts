// The correlator on sequences the agent recorded on the lab (test/fixtures/agent/capture.sh):
// a masqueraded round trip (the loader capture), a drop in FORWARD, and a DNAT'd ping.
import t from 'tap';
import { readFileSync } from 'node:fs';
import { Correlator } from '../../../agent/correlate/journeys.js';
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
