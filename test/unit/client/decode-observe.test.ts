// The CLI decodes Observe batches with the recording codec's decoder (decodeObserve) instead of
// protobufjs + toObject (decodeBatch). Both paths on the same bytes — captured packet sightings, the
// journeys the correlator builds from them, captured conntrack events, qdisc, stats, loss, gap and
// status envelopes, and edge cases — must give the same values and the same printed text in every
// format, the same recording bytes, and the same dashboard state.
import t from 'tap';
import { readFileSync } from 'node:fs';
import { Correlator } from '../../../agent/correlate/journeys.js';
import { capturedSightings } from '../../helpers/loader-fixtures.js';
import { encodeEnvelopes } from '../../../agent/record/codec/encode.js';
import { decodeBatch, decodeObserve, encodeBatch } from '../../../agent/server/service.js';
import { parseConntrackLine } from '../../../agent/sources/conntrack/parse.js';
import { DashboardModel } from '../../../cli/dashboard/model.js';
import { formatEnvelope, FORMATS } from '../../../cli/print/envelope.js';
import { PLAIN } from '../../../cli/print/style.js';
import { LossStage, pb, type Envelope, type PacketEvent } from '../../../proto/index.js';


function agentEvents(file: string): PacketEvent[] {
  return readFileSync(`test/fixtures/agent/${file}`, 'utf8').trim().split('\n').map((l) => pb.Envelope.fromObject(JSON.parse(l)).packet as PacketEvent);
}

/** What the agent streams for the captures: sightings, then the journeys they close, and other kinds. */
function captured(): Envelope[] {
  const envs: Envelope[] = [];
  let seq = 0;
  const loader = capturedSightings();
  loader.forEach((e, i) => {
    e.timeNs = 1795464244686523400 + i * 1013;
    e.netnsName = i % 2 ? 'nspipe-host01' : '';
  });
  for (const packets of [loader, agentEvents('icmp-dnat.jsonl'), agentEvents('forward-drop.jsonl')]) {
    const c = new Correlator({ idPrefix: 'vm-' });
    for (const p of packets) {
      envs.push({ packet: p, node: 'vm', seq: ++seq });
      for (const j of c.add(p)) envs.push({ journey: j, node: 'vm', seq: ++seq });
    }
    for (const j of c.drain()) envs.push({ journey: j, node: 'vm', seq: ++seq });
  }
  for (const f of ['events-masquerade.txt', 'events-timeout-dnat.txt']) {
    for (const line of readFileSync(`test/fixtures/conntrack/${f}`, 'utf8').split('\n')) {
      const p = parseConntrackLine(line, { netns: 4026532177, netnsName: 'lab-host01' });
      if (p.type === 'event') envs.push({ conntrack: p.event, node: 'vm', seq: ++seq });
    }
  }
  envs.push(
    { conntrackStats: { timeNs: 1795464244686523400, netns: 4026532177, netnsName: 'lab-host01', count: 3, max: 262144 }, node: 'vm', seq: ++seq },
    { qdisc: { timeNs: 1795464244686523400, netns: 4026532177, netnsName: 'lab-host01', dev: 'eth0', kind: 'tbf', handle: '8001:', parent: 'root', bytes: 123456, packets: 100, drops: 3, overlimits: 7, backlogBytes: 0, qlen: 0, tbf: { rateBytesPerS: 125000, burstBytes: 32768, latencyUs: 50000 }, intervalS: 1, bytesPerS: 120000.5, packetsPerS: 99, dropsPerS: 0, overlimitsPerS: 2.5 }, node: 'vm', seq: ++seq },
    { qdisc: { dev: 'eth1', kind: 'noqueue' }, node: 'vm', seq: ++seq },
    { lost: { stage: LossStage.LOSS_STAGE_CLIENT_QUEUE, source: 'client 3', count: 4096, timeNs: 1795464244686523400 }, node: 'vm', seq: ++seq },
    { lost: { stage: LossStage.LOSS_STAGE_KERNEL_BUFFER, source: 'netfilter', count: 1 }, node: 'vm' },
    { gap: { source: 'tracepoint', reason: 'the probe runner exited (code 1); restarting', fromTimeNs: 1795464244686523400 }, node: 'vm', seq: ++seq },
    { status: { version: '0.1.0', hostname: 'host01', kernel: '6.18.0', startTimeNs: 1795464244686523400, probeSets: ['netfilter'], netns: ['lab-host01'], eventsTotal: 1234567, lostTotal: 89, counters: [{ set: 2, source: 'netfilter', kernelEmitted: 10, agentReceived: 9 }] }, node: 'vm', seq: ++seq },
    { packet: {} },
    {},
  );
  return envs;
}

/** The bytes the agent's server writes for a batch (encoded once, framed as ObserveResponse field 1). */
const wire = (envs: Envelope[]) => encodeBatch({ encoded: encodeEnvelopes(envs) });
const PLAIN_OBJ = { longs: Number };

t.test('guard: the captures hold every kind the tests depend on', async (t) => {
  const envs = captured();
  for (const k of ['packet', 'journey', 'conntrack', 'conntrackStats', 'qdisc', 'lost', 'gap', 'status'] as const) t.ok(envs.some((e) => e[k]), k);
  t.ok(envs.some((e) => (e.journey?.nat ?? []).length), 'a journey with a NAT rewrite');
  t.ok(envs.some((e) => e.journey?.dropReason), 'a dropped journey');
  t.ok(envs.some((e) => e.packet?.ct), 'a sighting with its conntrack entry');
});

t.test('both decode paths give the same values', async (t) => {
  const envs = captured();
  const bytes = wire(envs);
  const fast = decodeObserve(bytes).envelopes;
  const slow = decodeBatch(bytes).envelopes!;
  t.equal(fast.length, envs.length);
  t.equal(slow.length, envs.length);
  for (let i = 0; i < envs.length; i++) {
    t.strictSame(pb.Envelope.toObject(fast[i] as never, PLAIN_OBJ), slow[i], `envelope ${i}`);
  }
});

t.test('every printed format is the same', async (t) => {
  const envs = captured();
  const bytes = wire(envs);
  const fast = decodeObserve(bytes).envelopes;
  const slow = decodeBatch(bytes).envelopes!;
  let compared = 0;
  for (const format of FORMATS) {
    for (let i = 0; i < envs.length; i++) {
      const a = formatEnvelope(fast[i]!, format, PLAIN);
      const b = formatEnvelope(slow[i]!, format, PLAIN);
      t.equal(a, b, `${format}, envelope ${i}`);
      if (a) compared++;
    }
  }
  t.ok(compared > envs.length * 2, 'most envelopes print in most formats');
});

t.test('recording what was received writes the same bytes', async (t) => {
  const envs = captured();
  const bytes = wire(envs);
  const a = encodeEnvelopes(decodeObserve(bytes).envelopes).map((b) => Buffer.from(b).toString('hex'));
  const b = encodeEnvelopes(decodeBatch(bytes).envelopes!).map((x) => Buffer.from(x).toString('hex'));
  t.strictSame(a, b);
  t.strictSame(a, encodeEnvelopes(envs).map((x) => Buffer.from(x).toString('hex')), 'and the bytes the agent sent');
});

t.test('the dashboard model counts the same', async (t) => {
  const bytes = wire(captured());
  const a = new DashboardModel();
  const b = new DashboardModel();
  for (const e of decodeObserve(bytes).envelopes) a.ingest(e);
  for (const e of decodeBatch(bytes).envelopes!) b.ingest(e);
  // what the panels show; their text comes from the printers compared above
  const seen = (m: DashboardModel) => ({
    received: m.received, kinds: m.kinds, lost: [...m.lost], gaps: m.gaps, latest: m.latestTimeNs,
    journeys: m.journeys.toArray().map((j) => j.id), log: m.log.size,
    conntrack: [...m.conntrack.values()].map((c) => [c.netnsName, c.rows.size]), qdiscs: [...m.qdiscs.values()].map((q) => [q.netnsName, q.dev, q.kind, q.handle, q.points.size]),
    status: m.status?.eventsTotal,
  });
  t.strictSame(seen(a), seen(b));
  t.ok(a.received > 80 && a.journeys.size > 3, 'the model took them in');
});

t.test('a response with a field this client does not know decodes as protobufjs decodes it', async (t) => {
  const envs = captured().slice(0, 3);
  // field 2 (varint) after the envelopes: not an EventBatch's form for a response, so protobufjs reads it
  const bytes = Buffer.concat([wire(envs), Buffer.from([16, 7])]);
  const fast = decodeObserve(bytes).envelopes;
  t.strictSame(fast.map((e) => pb.Envelope.toObject(e as never, PLAIN_OBJ)), decodeBatch(bytes).envelopes);
});

t.test('bytes that are no ObserveResponse are refused, not crashed on', async (t) => {
  t.throws(() => decodeObserve(Buffer.from([10, 200, 1, 2])));
});
