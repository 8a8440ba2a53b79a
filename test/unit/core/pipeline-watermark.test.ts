// Journeys are closed on the probes' clock: when one probe set's stream runs behind another's (under
// load the tracepoint set, which sees every netns, lags the netfilter set by hundreds of ms), a
// packet's late hops still join its journey instead of the journey closing on the agent's clock first.
import t from 'tap';
import { Pipeline } from '../../../agent/core/pipeline.js';
import { HopKind, Hook, ProbeSet, type Envelope, type PacketEvent } from '../../../proto/index.js';

const MS = 1e6;
function setup() {
  const clock = { now: 1000 * MS, monoNow: () => clock.now, wallOf: (m: number) => m + 1e18, wallNow: () => clock.now + 1e18 };
  const p = new Pipeline({ node: 'vm', clock, netnsNames: new Map() });
  const out: Envelope[] = [];
  p.subscribeBatch((envs) => out.push(...envs));
  const journeys = () => out.filter((e) => e.journey).map((e) => e.journey!);
  return { clock, p, journeys };
}
const nf = (skb: string, mono: number, hook: Hook, kind: HopKind): PacketEvent => ({ skb, monoNs: mono, netns: 4026532177, hook, kind, probeSet: ProbeSet.PROBE_SET_NETFILTER });
const tp = (skb: string, mono: number, kind: HopKind, ifname: string): PacketEvent => ({ skb, monoNs: mono, netns: 4026532177, kind, ifname, probeSet: ProbeSet.PROBE_SET_TRACEPOINT });

t.test('a lagging probe set keeps a journey open until its hops arrive', async (t) => {
  const { clock, p, journeys } = setup();
  // the tracepoint set delivers sightings 250 ms old; the netfilter set is current
  p.packets([tp('0xb', 750 * MS, HopKind.HOP_KIND_XMIT, 'eth0')]);
  p.packets([nf('0xa', 1000 * MS, Hook.HOOK_PREROUTING, HopKind.HOP_KIND_HOOK_ENTRY), nf('0xa', 1000 * MS + 5000, Hook.HOOK_PREROUTING, HopKind.HOP_KIND_HOOK_EXIT)]);
  t.equal(p.watermark(), 750 * MS, 'the watermark is the lagging set\'s time');
  clock.now = 1250 * MS; // 250 ms on the agent's clock: past the 200 ms idle window
  p.flush();
  t.same(journeys().filter((j) => j.skb === '0xa'), [], 'the packet\'s journey is still open');
  // the tracepoint set's sightings of the same packet arrive, 250 ms late
  p.packets([tp('0xa', 1000 * MS + 9000, HopKind.HOP_KIND_XMIT, 'eth0')]);
  clock.now = 1500 * MS;
  p.flush();
  const a = journeys().filter((j) => j.skb === '0xa');
  t.equal(a.length, 1, 'one journey for the packet');
  t.same(a[0]!.hops!.map((h) => h.kind), [HopKind.HOP_KIND_HOOK_ENTRY, HopKind.HOP_KIND_HOOK_EXIT, HopKind.HOP_KIND_XMIT], 'with the hops of both probe sets');
});

t.test('a probe set that fell silent holds nothing up for long', async (t) => {
  const { clock, p, journeys } = setup();
  p.packets([tp('0xb', 750 * MS, HopKind.HOP_KIND_XMIT, 'eth0')]); // 250 ms behind, then silent
  p.packets([nf('0xc', 1000 * MS, Hook.HOOK_FORWARD, HopKind.HOP_KIND_HOOK_ENTRY)]);
  clock.now = 1300 * MS;
  p.flush();
  t.notOk(journeys().some((j) => j.skb === '0xc'), 'within the silent set\'s last lag: still open');
  clock.now = 2100 * MS; // the tracepoint set has said nothing for 1.1 s: drained
  t.equal(p.watermark(), 2100 * MS, 'the silent set no longer counts');
  p.flush();
  t.ok(journeys().some((j) => j.skb === '0xc'), 'closed');
});

t.test('with streams in step, a journey closes after the idle window as before', async (t) => {
  const { clock, p, journeys } = setup();
  p.packets([nf('0xd', 1000 * MS, Hook.HOOK_PREROUTING, HopKind.HOP_KIND_HOOK_ENTRY)]);
  p.packets([tp('0xd', 1000 * MS + 2000, HopKind.HOP_KIND_RECEIVE, 'veth-pod1')]);
  clock.now = 1150 * MS;
  p.flush();
  t.equal(journeys().length, 0, '150 ms idle: open');
  clock.now = 1250 * MS;
  p.flush();
  t.equal(journeys().length, 1, '250 ms idle: closed');
  t.equal(journeys()[0]!.hops!.length, 2);
});

t.test('a set far behind (an agent that cannot keep up) holds journeys at most 400 ms', async (t) => {
  const { clock, p } = setup();
  p.packets([tp('0xb', 400 * MS, HopKind.HOP_KIND_XMIT, 'eth0')]); // 600 ms behind the agent's clock
  p.packets([nf('0xa', 1000 * MS, Hook.HOOK_PREROUTING, HopKind.HOP_KIND_HOOK_ENTRY)]);
  clock.now = 1000 * MS;
  t.equal(p.watermark(), 600 * MS, 'the watermark stays at most 400 ms behind (memory under a flood)');
});
