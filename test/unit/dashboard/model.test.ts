// The dashboard model on envelopes the agent makes from real captures: journeys correlated from the
// loader's masquerade ping (test/fixtures/loader), conntrack -E lines (test/fixtures/conntrack), tc
// samples (test/fixtures/tc) with rates derived as the qdisc source does. Ordering, bounds, the
// conntrack table, the throughput series and loss counters.
import t from 'tap';
import { readFileSync } from 'node:fs';
import { Correlator } from '../../../agent/correlate/journeys.js';
import { parseLoaderLine } from '../../../agent/probes/loader/parse.js';
import { parseConntrackLine } from '../../../agent/sources/conntrack/parse.js';
import { deriveRates, parseTcQdiscJson } from '../../../agent/sources/qdisc/parse.js';
import { DashboardModel } from '../../../cli/dashboard/model.js';
import { ConntrackEventType, LossStage, NatKind, type ConntrackEvent, type Envelope, type Journey, type QdiscSample } from '../../../proto/index.js';

const masqueradeJourneys = (): Journey[] => {
  const c = new Correlator();
  for (const line of readFileSync('test/fixtures/loader/masquerade-ping.jsonl', 'utf8').trim().split('\n')) {
    const p = parseLoaderLine(line);
    if (p.kind === 'event') c.add(p.event);
  }
  return c.drain();
};

const conntrackEvents = (): ConntrackEvent[] =>
  readFileSync('test/fixtures/conntrack/events-masquerade.txt', 'utf8').trim().split('\n').flatMap((l) => {
    const p = parseConntrackLine(l, { netns: 7, netnsName: 'lab-host01' });
    return p.type === 'event' ? [p.event] : [];
  });

/** A journey like j, with another id and start time. */
const copy = (j: Journey, id: string, startTimeNs: number): Journey => ({ ...j, id, startTimeNs });

t.test('fixture guard', async (t) => {
  t.match(readFileSync('test/fixtures/conntrack/events-masquerade.txt', 'utf8'), /\[DESTROY\].*udp/);
  t.match(readFileSync('test/fixtures/tc/qdisc-tbf-1.json', 'utf8'), /"kind":"tbf"/);
  t.equal(masqueradeJourneys().length, 2, 'request and reply');
});

t.test('journeys: latest first by start time, bounded by the ring', async (t) => {
  const [req, rep] = masqueradeJourneys();
  const m = new DashboardModel({ journeys: 5 });
  m.ingest({ journey: rep! });
  m.ingest({ journey: req! }); // the request closes later than its reply: arrival is not start order
  t.same(m.latestJourneys().map((j) => j.id), [rep!.id, req!.id], 'reply (started later) first');
  t.equal(m.latestJourneys()[1]!.nat![0]!.to, '192.168.61.11', 'the masquerade rewrite is kept');
  for (let i = 0; i < 20; i++) m.ingest({ journey: copy(req!, `x${i}`, (req!.startTimeNs ?? 0) + 1e9 * (i + 1)) });
  const ids = m.latestJourneys().map((j) => j.id);
  t.same(ids, ['x19', 'x18', 'x17', 'x16', 'x15'], 'only the newest 5 are kept');
  t.same(m.latestJourneys(2).map((j) => j.id), ['x19', 'x18'], 'limit');
  t.equal(m.received, 22);
  t.equal(m.kinds.journey, 22);
  t.equal(m.log.size, 500 > 22 ? 22 : 500, 'journeys also go to the event log');
});

t.test('every store is bounded under a flood', async (t) => {
  const [req] = masqueradeJourneys();
  const m = new DashboardModel({ journeys: 100, log: 50, conntrackRows: 10, qdiscs: 3, qdiscPoints: 7 });
  for (let i = 0; i < 20_000; i++) {
    m.ingest({ journey: copy(req!, `j${i}`, i) });
    m.ingest({ packet: { timeNs: i, headers: req!.headers } });
    m.ingest({ conntrack: { type: ConntrackEventType.CONNTRACK_EVENT_TYPE_NEW, netnsName: 'lab-host01', entry: { id: `c${i}`, protocol: 1 } } });
    m.ingest({ qdisc: { timeNs: i * 1e9, netnsName: 'lab-host01', dev: `d${i % 5}`, handle: '0:', kind: 'noqueue' } });
  }
  t.equal(m.journeys.size, 100);
  t.equal(m.log.size, 50);
  t.equal(m.conntrack.get('lab-host01')!.rows.size, 10);
  t.equal(m.conntrack.get('lab-host01')!.evicted, 19_990, 'evictions counted');
  t.equal(m.qdiscs.size, 3, 'qdiscs followed up to the cap');
  t.equal(m.qdiscsIgnored, 2 * 4000, 'the others are counted, not stored');
  for (const q of m.qdiscs.values()) t.equal(q.points.size, 7);
  t.equal(m.received, 80_000);
});

t.test('conntrack: events build the table, DESTROY removes, NAT marked, stats give count vs max', async (t) => {
  const m = new DashboardModel();
  for (const ev of conntrackEvents()) m.ingest({ conntrack: ev });
  const tb = m.conntrack.get('lab-host01')!;
  const rows = m.conntrackRows(tb);
  // icmp and udp were destroyed; both tcp flows remain, in TIME_WAIT
  t.same(rows.map((r) => r.entry?.state), ['TIME_WAIT', 'TIME_WAIT']);
  t.same(rows.map((r) => r.entry?.original?.srcPort), [39422, 39426], 'newest (last updated) first');
  t.ok(rows.every((r) => r.entry?.nat === NatKind.NAT_KIND_SNAT), 'masqueraded flows are marked SNAT');
  m.ingest({ conntrackStats: { netnsName: 'lab-host01', netns: 7, count: 2, max: 262144 } });
  t.match(tb, { count: 2, max: 262144 });
  // a snapshot replaces the table
  m.applyConntrackTables([{ netnsName: 'lab-host01', netns: 7, stats: { count: 1, max: 262144 }, entries: [rows[1]!] }]);
  t.equal(tb.rows.size, 1);
  t.equal(tb.count, 1);
  m.applyConntrackTables([{ netnsName: 'lab-host01', error: 'conntrack -L failed' }]);
  t.equal(tb.error, 'conntrack -L failed');
  t.equal(m.log.newestFirst().filter((x) => 'conntrack' in x).length, conntrackEvents().length, 'conntrack events in the log');
});

t.test('throughput series: measured against the tbf rate, per shaped interface, one bucket a second', async (t) => {
  const ctx = (timeNs: number) => ({ timeNs, netns: 7, netnsName: 'lab-host01' });
  const one = parseTcQdiscJson(readFileSync('test/fixtures/tc/qdisc-tbf-1.json', 'utf8'), ctx(100e9)).samples;
  const two = parseTcQdiscJson(readFileSync('test/fixtures/tc/qdisc-tbf-2.json', 'utf8'), ctx(101e9)).samples;
  const tbf1 = one.find((s) => s.kind === 'tbf')!;
  const tbf2 = deriveRates(tbf1, two.find((s) => s.kind === 'tbf')!);
  const m = new DashboardModel();
  for (const s of one) m.ingest({ qdisc: s });
  m.ingest({ qdisc: tbf2 });
  t.same(m.shaped().map((q) => q.dev), ['eth0'], 'only the tbf qdisc is a shaped interface');
  const c = m.throughputChart(10);
  t.equal(c.x.length, 10);
  t.equal(c.x[9], '0s');
  const measured = c.series.find((s) => s.title === 'eth0 measured')!;
  const rate = c.series.find((s) => s.title === 'eth0 tbf rate')!;
  t.ok(measured && rate, 'two lines for eth0');
  const mbit = ((tbf2.bytesPerS ?? 0) * 8) / 1e6;
  t.ok(mbit > 0, `derived ${mbit} Mbit/s`);
  t.equal(measured.y[9], mbit, 'the newest second holds the derived rate');
  t.equal(measured.y[8], 0, 'the first sample has no rate yet');
  t.ok(rate.y.every((v) => v === ((tbf1.tbf!.rateBytesPerS! * 8) / 1e6)), 'the tbf rate holds over the window');
  // a later sample three seconds on: the seconds between keep the last value
  m.ingest({ qdisc: { ...tbf2, timeNs: 104e9, bytesPerS: 1e6, intervalS: 3 } });
  const c2 = m.throughputChart(10).series.find((s) => s.title === 'eth0 measured')!;
  t.same(c2.y.slice(6), [mbit, mbit, mbit, 8], 'carried forward, then 8 Mbit/s');
  const d = m.dropsChart(10);
  t.same(d.series.map((s) => s.title), ['eth0 drops/s', 'eth0 overlimits/s']);
  t.equal(d.series[0]!.y[9], tbf2.dropsPerS);
});

t.test('charts with two shaped interfaces of the same name name their netns', async (t) => {
  const m = new DashboardModel();
  for (const ns of ['a-host01', 'b-host01']) m.ingest({ qdisc: { timeNs: 5e9, netnsName: ns, dev: 'eth0', handle: '8001:', kind: 'tbf', tbf: { rateBytesPerS: 1250000 } } });
  t.same(m.throughputChart(5).series.map((s) => s.title), ['a-host01/eth0 measured', 'a-host01/eth0 tbf rate', 'b-host01/eth0 measured', 'b-host01/eth0 tbf rate']);
  t.same(new DashboardModel().throughputChart(5).series, [], 'no tbf: no series');
});

t.test('lost counters per stage, gaps, status', async (t) => {
  const m = new DashboardModel();
  const lost = (stage: LossStage, count: number): Envelope => ({ lost: { stage, count, source: 's' } });
  m.ingest(lost(LossStage.LOSS_STAGE_KERNEL_BUFFER, 5));
  m.ingest(lost(LossStage.LOSS_STAGE_KERNEL_BUFFER, 7));
  m.ingest(lost(LossStage.LOSS_STAGE_CLIENT_QUEUE, 100));
  m.ingest({ gap: { source: 'tracepoint', reason: 'bpftrace exited' } });
  m.ingest({ status: { hostname: 'h', eventsTotal: 10, lostTotal: 12 } });
  t.equal(m.lost.get(LossStage.LOSS_STAGE_KERNEL_BUFFER), 12);
  t.equal(m.lost.get(LossStage.LOSS_STAGE_CLIENT_QUEUE), 100);
  t.equal(m.lostTotal(), 112);
  t.equal(m.gaps, 1);
  t.equal(m.lastGap?.reason, 'bpftrace exited');
  t.equal(m.status?.hostname, 'h');
  t.equal(m.log.size, 4, 'losses and gaps are logged; status is not');
});

t.test('filter: narrows journeys, log and table rows; charts and counters see everything', async (t) => {
  const [req, rep] = masqueradeJourneys();
  const m = new DashboardModel();
  const other = copy({ ...req!, headers: { ...req!.headers, src: '10.85.0.9' }, hops: [] }, 'other', 1);
  m.ingest({ journey: req! });
  m.ingest({ journey: other });
  t.equal(m.setFilter('ip=10.85.0.2'), undefined);
  t.same(m.latestJourneys().map((j) => j.id), [req!.id], 'what is on screen follows the filter');
  m.ingest({ journey: rep! }); // the reply matches by its de-NAT'd hops
  m.ingest({ journey: copy(other, 'other2', 2) });
  t.same(m.latestJourneys().map((j) => j.id).sort(), [req!.id, rep!.id].sort());
  t.equal(m.filteredOut, 1);
  m.ingest({ qdisc: { timeNs: 1e9, netnsName: 'n', dev: 'eth0', kind: 'tbf', tbf: { rateBytesPerS: 1 } } });
  t.equal(m.qdiscs.size, 1, 'qdisc samples pass any filter');
  t.match(m.setFilter('ip=10.85.0.300'), /^filter ip: '10\.85\.0\.300' is not an IPv4 address/);
  t.equal(m.filter?.text, 'ip=10.85.0.2', 'a bad filter changes nothing');
  t.equal(m.setFilter(''), undefined);
  t.equal(m.filter, undefined, 'empty clears');
  t.match(m.latestLog(1)[0], { note: 'filter cleared' });
});
