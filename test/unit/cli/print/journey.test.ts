// Golden output of the journey printer, colour off, on the journeys built from a captured
// masqueraded ping (test/fixtures/loader/masquerade-ping.jsonl).
import t from 'tap';
import { readFileSync } from 'node:fs';
import { Correlator } from '../../../../agent/correlate/journeys.js';
import { parseLoaderLine } from '../../../../agent/probes/loader/parse.js';
import { ctStatusNames, formatJourney } from '../../../../cli/print/journey.js';
import { PLAIN } from '../../../../cli/print/style.js';

const c = new Correlator({ idPrefix: 'j' });
for (const line of readFileSync('test/fixtures/loader/masquerade-ping.jsonl', 'utf8').trim().split('\n')) {
  const p = parseLoaderLine(line);
  if (p.kind === 'event') c.add(p.event);
}
const journeys = c.drain();

t.test('request and reply print as paths with the rewrite, conntrack entry and verdict', async (t) => {
  const text = journeys.map((j) => formatJourney(j, PLAIN).join('\n')).join('\n\n');
  t.matchSnapshot(text);
  t.match(text, /POSTROUTING .*src 10\.85\.0\.2 → 192\.168\.61\.11 \(SNAT\/MASQUERADE\)/);
  t.match(text, /PREROUTING .*dst 192\.168\.61\.11 → 10\.85\.0\.2 \(de-NAT\)/);
  t.match(text, /conntrack 0x[0-9a-f]+ +icmp +orig 10\.85\.0\.2 → 192\.168\.61\.12/);
  t.match(text, /verdict: delivered/);
  t.notMatch(text, /\x1b\[/, 'no colour codes');
});

t.test('conntrack status bits by name', async (t) => {
  t.same(ctStatusNames(0x19a), ['SEEN_REPLY', 'CONFIRMED', 'SRC_NAT', 'SRC_NAT_DONE', 'DST_NAT_DONE']);
  t.same(ctStatusNames(0), []);
});

t.test('an echo reply that crossed the wire (proto3 drops icmpType 0) still prints as echo-reply', async (t) => {
  const { pb } = await import('../../../../proto/index.js');
  const reply = journeys.find((j) => formatJourney(j, PLAIN)[0]!.includes('echo-reply'));
  t.ok(reply, 'the fixture holds a reply');
  const wire = pb.Journey.toObject(pb.Journey.decode(pb.Journey.encode(reply!).finish()), { longs: Number }) as typeof reply;
  t.equal(wire!.headers?.icmpType, undefined, 'guard: the decoded journey has no icmpType');
  t.match(formatJourney(wire!, PLAIN)[0]!, /icmp echo-reply .* id \d+ seq \d+/);
});

t.test('kprobe hops (captured on 6.1): hooks fold like the netfilter set\'s, functions name what they found', async (t) => {
  const { FrameSplitter, decodeKp, FRAME_KP } = await import('../../../../agent/probes/loader/binary.js');
  const journeysOf = (file: string) => {
    const all = readFileSync(`test/fixtures/loader/${file}`);
    const evs: ReturnType<typeof decodeKp>[] = [];
    new FrameSplitter((type, b, off) => { if (type === FRAME_KP) evs.push(decodeKp(b, off)); }).push(all.subarray(all.indexOf(10) + 1));
    const host01 = evs.find((e) => e.function?.startsWith('nft_do_chain'))!.netns;
    const c = new Correlator();
    const js = evs.filter((e) => e.netns === host01).flatMap((e) => c.add(e));
    return [...js, ...c.drain()].map((j) => formatJourney(j, PLAIN).map((l) => l.replace(/\+\d+\.\d+ ms/, '+T ms').replace(/\d+\.\dµs/, 'Tµs')));
  };
  const [req, rep] = journeysOf('kprobe-masquerade-ping.bin');
  t.match(req!.join('\n'), /PREROUTING +in veth-pod {2}Tµs in hook\n.*FORWARD +in veth-pod {2}Tµs in hook/, 'PREROUTING then FORWARD, entry and exit folded');
  t.match(req!.join('\n'), /nft_do_chain +at FORWARD {2}dev veth-pod {2}table filter {2}chain FORWARD {2}verdict ACCEPT/);
  t.match(req!.join('\n'), /nf_nat_manip_pkt +at POSTROUTING {2}dev veth-pod {2}SNAT {2}to 192\.168\.61\.11/);
  t.match(req!.join('\n'), /POSTROUTING +in veth-pod {2}Tµs in hook {2}src 10\.85\.0\.2 → 192\.168\.61\.11 \(SNAT\/MASQUERADE\)/);
  t.notMatch(req!.join('\n'), / call /, 'no bare "call" lines');
  t.match(rep!.join('\n'), /PREROUTING +in eth1 {2}Tµs in hook {2}dst 192\.168\.61\.11 → 10\.85\.0\.2 \(de-NAT\)/);
  t.match(rep!.at(-1), /verdict: delivered/);
  const [drop] = journeysOf('kprobe-forward-drop.bin');
  t.match(drop!.join('\n'), /FORWARD +in veth-pod \(never left\)/);
  t.match(drop!.join('\n'), /nf_hook_slow +at FORWARD {2}dev veth-pod {2}verdict DROP {2}errno 1/);
  t.match(drop!.at(-1), /verdict: dropped at FORWARD/);
});
