// The replay source of `agent --replay`: pacing by recorded timestamps on a fake clock, speed, max
// speed waiting for busy clients, loop, a cut file, and the conntrack/qdisc/status state it serves.
import t from 'tap';
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ReplaySource, type ReplayClock } from '../../../agent/replay/source.js';
import { RecordingWriter } from '../../../agent/record/writer.js';
import { ConntrackEventType, type Envelope } from '../../../proto/index.js';

const dir = mkdtempSync(join(tmpdir(), 'netscope-replay-'));
t.teardown(() => rmSync(dir, { recursive: true, force: true }));

const T0 = 1_800_000_000_000_000_000;
const MS = 1_000_000;

/** A clock whose sleep advances virtual time at once and records how long it was asked to sleep. */
function fakeClock() {
  let now = 0;
  const sleeps: number[] = [];
  const clock: ReplayClock = {
    now: () => now,
    sleep: async (ms) => {
      sleeps.push(ms);
      now += ms;
    },
  };
  return { clock, sleeps, at: () => now };
}

const ct = (type: ConntrackEventType, id: string, ms: number): Envelope => ({
  conntrack: { type, timeNs: T0 + ms * MS, netnsName: 'lab-host01', netns: 7, entry: { id, protocol: 1, original: { src: '10.85.0.2', dst: '192.168.61.12' } } },
});

function envelopes(): Envelope[] {
  const list: Envelope[] = [
    { status: { hostname: 'rec-host', eventsTotal: 0 } },
    { packet: { timeNs: T0, headers: { src: '10.85.0.2', dst: '192.168.61.12', protocol: 1 } } },
    ct(ConntrackEventType.CONNTRACK_EVENT_TYPE_NEW, '11', 100),
    { qdisc: { timeNs: T0 + 500 * MS, netnsName: 'lab-host01', netns: 7, dev: 'eth0', kind: 'tbf', handle: '8001:', parent: 'root', bytes: 999 } },
    { conntrackStats: { timeNs: T0 + 600 * MS, netnsName: 'lab-host01', netns: 7, count: 2, max: 65536 } },
    ct(ConntrackEventType.CONNTRACK_EVENT_TYPE_DESTROY, '10', 1000),
    { journey: { id: 'j1', startTimeNs: T0 + 2000 * MS } },
  ];
  return list.map((e, i) => ({ ...e, seq: i + 1, node: 'rec-host' }));
}

function recording(name: string, envs = envelopes(), opts: { batchCount?: number } = {}): string {
  const file = join(dir, name);
  const w = new RecordingWriter(
    file,
    { hostname: 'rec-host', kernelRelease: '6.1.0', netns: ['lab-host01'], probeSets: [{ set: 1, state: 1 }], startTimeNs: T0, monoToWallOffsetNs: 5 },
    [{
      netnsName: 'lab-host01', netns: 7, timeNs: T0 - MS,
      conntrack: [ct(ConntrackEventType.CONNTRACK_EVENT_TYPE_SNAPSHOT, '10', -1).conntrack!],
      qdiscs: [{ timeNs: T0 - MS, netnsName: 'lab-host01', netns: 7, dev: 'eth0', kind: 'tbf', handle: '8001:', parent: 'root', bytes: 1 }],
      iptablesSave: '-A POSTROUTING -j MASQUERADE',
    }],
    { batchMs: 0, batchCount: opts.batchCount ?? 3 },
  );
  for (const e of envs) w.write(e);
  w.close('test');
  return file;
}

t.test('publishes every envelope in order, paced by its timestamps', async (t) => {
  const file = recording('paced.nsrec');
  const { clock, sleeps, at } = fakeClock();
  const src = new ReplaySource(file, { clock });
  const got: Array<{ seq: number; at: number }> = [];
  src.subscribe((e) => void got.push({ seq: e.seq!, at: at() }));
  await src.start();
  t.same(got.map((g) => g.seq), [1, 2, 3, 4, 5, 6, 7], 'all, in recorded order');
  // each timed envelope goes out when the clock has advanced by its offset from the first one
  t.same(got.map((g) => g.at), [0, 0, 100, 500, 600, 1000, 2000]);
  t.same(sleeps, [100, 400, 100, 400, 1000], 'slept only the gaps between timestamps');
  t.ok(src.progress.finished);
  t.equal(src.progress.published, 7);
  t.equal(src.progress.end?.whole, true);
});

t.test('--speed scales the waits', async (t) => {
  const { clock, at } = fakeClock();
  const src = new ReplaySource(recording('speed.nsrec'), { clock, speed: 4 });
  const times: number[] = [];
  src.subscribe(() => void times.push(at()));
  await src.start();
  t.same(times, [0, 0, 25, 125, 150, 250, 500]);
});

t.test('max speed: no sleeping, but waits while clients are busy, and yields to the event loop', async (t) => {
  const { clock, sleeps } = fakeClock();
  let busyFor = 3;
  let asked = 0;
  const src = new ReplaySource(recording('max.nsrec'), {
    clock,
    speed: Infinity,
    chunk: 2,
    busy: () => {
      asked++;
      return busyFor-- > 0;
    },
  });
  const seqs: number[] = [];
  src.subscribe((e) => void seqs.push(e.seq!));
  await src.start();
  t.same(seqs, [1, 2, 3, 4, 5, 6, 7]);
  t.same(sleeps, [5, 5, 5], 'three short waits while busy, no pacing waits');
  t.ok(asked >= 4, 'asked the clients every chunk');
});

t.test('loop: starts again at the end, from the start snapshot state', async (t) => {
  const { clock } = fakeClock();
  const warnings: string[] = [];
  const src = new ReplaySource(recording('loop.nsrec'), { clock, loop: true, warn: (m) => warnings.push(m) });
  const seqs: number[] = [];
  const tables: number[][] = [];
  src.subscribe((e) => {
    seqs.push(e.seq!);
    if (e.seq === 1) void src.conntrackSources()[0]!.snapshot().then((rows) => tables.push(rows.map((r) => Number(r.entry!.id))));
    if (seqs.length === 17) void src.stop();
  });
  await src.start();
  t.same(seqs, [1, 2, 3, 4, 5, 6, 7, 1, 2, 3, 4, 5, 6, 7, 1, 2, 3], 'the same envelopes again, then stopped');
  t.equal(src.progress.pass, 3);
  t.notOk(src.progress.finished);
  await new Promise((r) => setImmediate(r));
  t.same(tables, [[10], [10], [10]], 'each pass begins from the start snapshot (entry 10, not 11)');
  t.match(warnings, [/pass 1 of .* done \(7 envelopes\); starting again/, /pass 2/]);
});

t.test('status, conntrack, qdiscs and snapshots follow the replay', async (t) => {
  const { clock } = fakeClock();
  const src = new ReplaySource(recording('state.nsrec'), { clock });
  t.equal(src.node, 'rec-host');
  t.match(src.currentStatus(), { hostname: 'rec-host', kernel: '6.1.0', netns: ['lab-host01'], eventsTotal: 0 }, 'from the header before anything is replayed');
  t.match(await src.probeStatus(), [{ set: 1, state: 1 }]);
  const [ctSrc] = src.conntrackSources();
  t.equal(ctSrc!.name, 'conntrack:lab-host01');
  t.same((await ctSrc!.snapshot()).map((r) => r.entry!.id), ['10'], 'start snapshot table');
  t.match(await ctSrc!.stats(), { netnsName: 'lab-host01', count: 1 });
  t.same(src.qdiscSources()[0]!.current().map((q) => q.bytes), [1]);

  const seen: Record<number, { ids: string[]; qbytes: number[] }> = {};
  src.subscribe((e) => {
    seen[e.seq!] = { ids: [], qbytes: src.qdiscSources()[0]!.current().map((q) => Number(q.bytes)) };
    void ctSrc!.snapshot().then((rows) => (seen[e.seq!]!.ids = rows.map((r) => r.entry!.id!)));
  });
  await src.start();
  await new Promise((r) => setImmediate(r));
  t.same(seen[3]!.ids, ['10', '11'], 'NEW adds an entry');
  t.same(seen[6]!.ids, ['11'], 'DESTROY removes one');
  t.same(seen[4]!.qbytes, [999], 'the latest qdisc sample replaces the snapshot one');
  t.match(await ctSrc!.stats(), { count: 2, max: 65536 }, 'the latest replayed conntrack stats');
  t.match(src.currentStatus(), { hostname: 'rec-host', eventsTotal: 0 }, 'the recorded status envelope');
  const snap = await src.snapshot();
  t.equal(snap.monoToWallOffsetNs, 5);
  t.same(snap.snapshots!.map((s) => [s.netnsName, s.iptablesSave, s.conntrack!.map((c) => c.entry!.id), s.conntrack!.map((c) => c.type)]), [['lab-host01', '-A POSTROUTING -j MASQUERADE', ['11'], [ConntrackEventType.CONNTRACK_EVENT_TYPE_SNAPSHOT]]]);
});

t.test('waits for startWhen before publishing', async (t) => {
  const { clock } = fakeClock();
  let go!: () => void;
  const src = new ReplaySource(recording('wait.nsrec'), { clock, startWhen: new Promise<void>((r) => (go = r)) });
  let n = 0;
  src.subscribe(() => void n++);
  const done = src.start();
  await new Promise((r) => setTimeout(r, 20));
  t.equal(n, 0, 'nothing before the first client');
  go();
  await done;
  t.equal(n, 7);
});

t.test('stop() ends a paced replay in the middle of a wait', async (t) => {
  // a real clock: the 1 s gap is cut short by stop()
  const src = new ReplaySource(recording('stop.nsrec'));
  let n = 0;
  src.subscribe(() => void n++);
  const done = src.start();
  await new Promise((r) => setTimeout(r, 200));
  const before = n;
  await src.stop();
  await done;
  t.ok(before >= 2 && before < 7, `stopped part way (${before} of 7)`);
  t.equal(n, before, 'nothing after stop');
});

t.test('a cut recording: replays its whole batches, then says where it stopped', async (t) => {
  const file = recording('cut.nsrec');
  const whole = readFileSync(file);
  writeFileSync(join(dir, 'cut2.nsrec'), whole);
  truncateSync(join(dir, 'cut2.nsrec'), whole.length - 60); // into the footer area or the last batch
  const warnings: string[] = [];
  const { clock } = fakeClock();
  const src = new ReplaySource(join(dir, 'cut2.nsrec'), { clock, warn: (m) => warnings.push(m) });
  const seqs: number[] = [];
  src.subscribe((e) => void seqs.push(e.seq!));
  await src.start();
  t.equal(src.progress.end?.whole, false);
  t.ok(seqs.length >= 3 && seqs.length <= 7, `replayed the whole batches (${seqs.length})`);
  t.same(seqs, [1, 2, 3, 4, 5, 6, 7].slice(0, seqs.length), 'in order');
  t.match(warnings.join('\n'), /incomplete|corrupt/);
});

t.test('a file that is not a recording: the reader\'s one sentence', async (t) => {
  const file = join(dir, 'notes.txt');
  writeFileSync(file, 'hello');
  t.throws(() => new ReplaySource(file), { message: /is not a netscope recording/ });
});
