import t from 'tap';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ConntrackEventType, NatKind } from '../../../../proto/index.js';
import {
  classifyConntrackLine, natKind, parseConntrackLine, parseConntrackList, type ConntrackLine,
} from '../../../../agent/sources/conntrack/parse.js';

const FIXTURES = fileURLToPath(new URL('../../../fixtures/conntrack/', import.meta.url));
const fixture = (name: string): string => readFileSync(FIXTURES + name, 'utf8');
const ctx = { netns: 4026532999, netnsName: 'fx-h1', timeNs: 1795443550000000000 };

/** guard: the fixture still holds the line a test depends on */
function guardLine(t: { ok: (value: unknown, message: string) => unknown }, name: string, needle: string): string {
  const line = fixture(name).split('\n').find((l) => l.includes(needle));
  t.ok(line, `${name} holds a line with ${needle}`);
  return line ?? '';
}

function parseAll(name: string): ConntrackLine[] {
  return fixture(name).split('\n').filter((l) => l !== '').map((l) => parseConntrackLine(l, ctx));
}

for (const name of ['events-masquerade.txt', 'events-timeout-dnat.txt', 'list-established.txt', 'list-timewait.txt', 'list-plain.txt', 'list-dnat.txt', 'list-ktimestamp.txt']) {
  t.test(`${name} parses completely`, async (t) => {
    const parsed = parseAll(name);
    t.ok(parsed.length > 0);
    t.same(parsed.filter((p) => p.type !== 'event' && p.type !== 'entry'), [], 'every line is an event or a row');
    t.matchSnapshot(parsed, name);
  });
}

t.test('-E: NEW icmp through MASQUERADE, echo id vs flow id', async (t) => {
  const line = guardLine(t, 'events-masquerade.txt', '[NEW] ipv4     2 icmp');
  const p = parseConntrackLine(line, ctx);
  if (p.type !== 'event') throw new Error(`not an event: ${p.type}`);
  t.equal(p.event.type, ConntrackEventType.CONNTRACK_EVENT_TYPE_NEW);
  t.equal(p.event.timeNs, 1795443547449966000, 'wall-clock timestamp in ns');
  t.equal(p.event.netns, ctx.netns);
  t.equal(p.event.netnsName, 'fx-h1');
  const e = p.event.entry!;
  t.equal(e.id, '707283079', 'the second id= is the flow id');
  t.equal(e.protocol, 1);
  t.equal(e.timeoutS, 30);
  t.same(e.flags, ['UNREPLIED']);
  t.match(e.original, { src: '10.85.0.4', dst: '192.168.61.12', icmpType: 8, icmpCode: 0, icmpId: 5601 });
  t.match(e.reply, { src: '192.168.61.12', dst: '192.168.61.11', icmpType: 0, icmpId: 5601 });
  t.equal(e.nat, NatKind.NAT_KIND_SNAT, 'reply dst is the masquerade address');
});

t.test('-E: tcp states and UPDATE', async (t) => {
  const line = guardLine(t, 'events-masquerade.txt', 'ESTABLISHED src=10.85.0.4 dst=192.168.61.12 sport=39422');
  const p = parseConntrackLine(line, ctx);
  if (p.type !== 'event') throw new Error('not an event');
  t.equal(p.event.type, ConntrackEventType.CONNTRACK_EVENT_TYPE_UPDATE);
  t.equal(p.event.entry!.state, 'ESTABLISHED');
  t.equal(p.event.entry!.timeoutS, 432000);
  t.same(p.event.entry!.flags, ['ASSURED']);
  t.equal(p.event.entry!.id, '918874675');
  t.match(p.event.entry!.original, { srcPort: 39422, dstPort: 5201, protocol: 6 });
  const states = parseAll('events-masquerade.txt').flatMap((x) => (x.type === 'event' && x.event.entry!.id === '918874675' ? [x.event.entry!.state] : []));
  t.same(states, ['SYN_SENT', 'SYN_RECV', 'ESTABLISHED', 'FIN_WAIT', 'LAST_ACK', 'TIME_WAIT']);
});

t.test('-E: DESTROY by conntrack -D carries counters and [USERSPACE] portid', async (t) => {
  const line = guardLine(t, 'events-masquerade.txt', '[DESTROY] ipv4     2 udp');
  const p = parseConntrackLine(line, ctx);
  if (p.type !== 'event') throw new Error('not an event');
  t.equal(p.event.type, ConntrackEventType.CONNTRACK_EVENT_TYPE_DESTROY);
  const e = p.event.entry!;
  t.equal(e.id, '4192926832');
  t.same([e.origPackets, e.origBytes, e.replyPackets, e.replyBytes], [3, 93, 3, 93]);
  t.same(e.flags, ['USERSPACE']);
  t.match(p.extra, ['portid=3798219364']);
});

t.test('-E: DESTROY by timeout has no timeout column', async (t) => {
  const line = guardLine(t, 'events-timeout-dnat.txt', '[DESTROY] ipv4     2 icmp     1 src=');
  const p = parseConntrackLine(line, ctx);
  if (p.type !== 'event') throw new Error('not an event');
  t.equal(p.event.entry!.timeoutS, undefined);
  t.equal(p.event.entry!.id, '2632165388');
  t.equal(p.event.entry!.original!.icmpId, 5760);
  t.same(p.extra, ['delta-time=2']);
});

t.test('-L: DNAT row, and a bracketed token with spaces', async (t) => {
  const line = guardLine(t, 'list-ktimestamp.txt', '[start=');
  const p = parseConntrackLine(line, ctx);
  if (p.type !== 'entry') throw new Error('not an entry');
  t.equal(p.entry.nat, NatKind.NAT_KIND_DNAT, 'reply src is the pod, not the address dialled');
  t.equal(p.entry.id, '4230276274');
  t.equal(p.entry.use, 1);
  t.equal(p.entry.mark, 0);
  t.same(p.extra, ['delta-time=3', '[start=Mon Nov 23 14:19:29 2026]']);
});

t.test('-L: list as SNAPSHOT events at the snapshot time', async (t) => {
  guardLine(t, 'list-established.txt', '431998 ESTABLISHED');
  const { events, other } = parseConntrackList(fixture('list-established.txt'), ctx);
  t.same(other, []);
  t.equal(events.length, 4);
  for (const ev of events) {
    t.equal(ev.type, ConntrackEventType.CONNTRACK_EVENT_TYPE_SNAPSHOT);
    t.equal(ev.timeNs, ctx.timeNs);
    t.equal(ev.netnsName, 'fx-h1');
    t.equal(ev.entry!.nat, NatKind.NAT_KIND_SNAT);
  }
  t.same(events.map((e) => e.entry!.protocol).sort(), [1, 17, 6, 6].sort());
  const tcp = events.find((e) => e.entry!.id === '3678901694')!;
  t.equal(tcp.entry!.origBytes, 1153515621);
});

t.test('-L without -o: no l3 columns, no flow id', async (t) => {
  const line = guardLine(t, 'list-plain.txt', 'udp      17');
  const p = parseConntrackLine(line, ctx);
  if (p.type !== 'entry') throw new Error('not an entry');
  t.equal(p.entry.protocol, 17);
  t.equal(p.entry.id, undefined);
  t.match(p.entry.reply, { src: '192.168.61.12', dst: '192.168.61.11', srcPort: 5353, dstPort: 40000 });
});

t.test('classifier: the lines that are not flows', async (t) => {
  t.equal(classifyConntrackLine(''), 'blank');
  t.equal(classifyConntrackLine('conntrack v1.4.7 (conntrack-tools): 18 flow events have been shown.'), 'summary');
  t.equal(classifyConntrackLine('conntrack v1.4.7 (conntrack-tools): 4 flow entries have been shown.'), 'summary');
  t.match(parseConntrackLine('conntrack v1.4.7 (conntrack-tools): 4 flow entries have been shown.'), { type: 'summary', count: 4 });
  t.equal(classifyConntrackLine('WARNING: We have hit ENOBUFS! We are losing events.'), 'enobufs');
  t.equal(classifyConntrackLine('NOTICE: Netlink socket buffer size has been set to 8388608 bytes.'), 'other');
  t.same(parseConntrackLine('something else entirely'), { type: 'other', line: 'something else entirely' });
  t.equal(parseConntrackLine('tcp      6 10 src=1.2.3.4').type, 'other', 'one tuple is not a flow');
});

t.test('natKind', async (t) => {
  const orig = { src: '10.85.0.4', dst: '192.168.61.12', srcPort: 40000, dstPort: 53 };
  t.equal(natKind(orig, { src: '192.168.61.12', dst: '10.85.0.4', srcPort: 53, dstPort: 40000 }), NatKind.NAT_KIND_UNKNOWN);
  t.equal(natKind(orig, { src: '192.168.61.12', dst: '192.168.61.11', srcPort: 53, dstPort: 40000 }), NatKind.NAT_KIND_SNAT);
  t.equal(natKind(orig, { src: '192.168.61.12', dst: '10.85.0.4', srcPort: 53, dstPort: 1024 }), NatKind.NAT_KIND_SNAT, 'port-only source rewrite');
  t.equal(natKind(orig, { src: '10.0.0.9', dst: '10.85.0.4', srcPort: 53, dstPort: 40000 }), NatKind.NAT_KIND_DNAT);
  t.equal(natKind(orig, undefined), NatKind.NAT_KIND_UNKNOWN);
});
