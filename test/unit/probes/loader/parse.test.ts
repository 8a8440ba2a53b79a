// The netfilter loader's lines, captured from a real masqueraded ping (test/fixtures/loader/README.md).
import t from 'tap';
import { readFileSync } from 'node:fs';
import { parseLoaderLine } from '../../../../agent/probes/loader/parse.js';
import { Correlator } from '../../../../agent/correlate/journeys.js';
import { HopKind, Hook, NatKind, type PacketEvent } from '../../../../proto/index.js';

const lines = readFileSync('test/fixtures/loader/masquerade-ping.jsonl', 'utf8').trim().split('\n');

t.test('fixture guard: the capture holds the POSTROUTING exit with the masqueraded source', async (t) => {
  t.ok(lines.some((l) => l.includes('"hook":"POSTROUTING"') && l.includes('"phase":"exit"') && l.includes('"src":"192.168.61.11"')));
});

t.test('every line parses; the snapshot holds the parsed stream', async (t) => {
  const parsed = lines.map(parseLoaderLine);
  t.equal(parsed.filter((p) => p.kind === 'other').length, 0);
  t.equal(parsed[0]!.kind, 'attached');
  t.matchSnapshot(parsed);
});

t.test('records become netfilter hook sightings with conntrack tuples', async (t) => {
  const events = lines.map(parseLoaderLine).flatMap((p) => (p.kind === 'event' ? [p.event] : []));
  const post = events.find((e) => e.hook === Hook.HOOK_POSTROUTING && e.kind === HopKind.HOP_KIND_HOOK_EXIT && e.headers?.icmpType === 8)!;
  t.equal(post.headers!.src, '192.168.61.11');
  t.match(post.ct, { status: Number, original: { src: '10.85.0.2', dst: '192.168.61.12', protocol: 1 }, reply: { src: '192.168.61.12', dst: '192.168.61.11' } });
  t.match(post.skb, /^0x[0-9a-f]+$/);
  t.ok(post.monoNs! > 0);
});

t.test('the correlator turns the captured round trip into a request and a reply with the NAT both ways', async (t) => {
  const c = new Correlator();
  const events: PacketEvent[] = lines.map(parseLoaderLine).flatMap((p) => (p.kind === 'event' ? [p.event] : []));
  for (const e of events) c.add(e);
  const journeys = c.drain();
  const req = journeys.find((j) => j.headers?.icmpType === 8)!;
  const rep = journeys.find((j) => j.headers?.icmpType === 0)!;
  t.match(req.nat, [{ kind: NatKind.NAT_KIND_SNAT, hook: Hook.HOOK_POSTROUTING, from: '10.85.0.2', to: '192.168.61.11' }]);
  t.match(rep.nat, [{ kind: NatKind.NAT_KIND_DNAT, hook: Hook.HOOK_PREROUTING, from: '192.168.61.11', to: '10.85.0.2', reverse: true }]);
  t.equal(rep.ct!.id, req.ct!.id);
  t.equal(rep.peerId, req.id);
  t.same(req.hops!.map((h) => Hook[h.hook!]), ['HOOK_PREROUTING', 'HOOK_PREROUTING', 'HOOK_FORWARD', 'HOOK_FORWARD', 'HOOK_POSTROUTING', 'HOOK_POSTROUTING']);
});
