// The recording writer on a full disk (issue 18): a write error ends the recording, never the
// process. Simulated with a byte budget in writeSync (short writes up to it, then ENOSPC, as a full
// file system does): from the batch timer, from write(), at close(), at the header; the file reads
// up to its last whole batch, with a footer when there is room for one; onError hears of it once.
import t, { type Test } from 'tap';
import * as fs from 'node:fs';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RecordingReader } from '../../../agent/record/reader.js';
import type { Envelope } from '../../../proto/index.js';

const dir = mkdtempSync(join(tmpdir(), 'netscope-writer-faults-'));
t.teardown(() => rmSync(dir, { recursive: true, force: true }));

const T0 = 1795447876456765200;
const env = (i: number): Envelope => ({
  packet: { monoNs: 7926476230603 + i * 1000, timeNs: T0 + i * 1000, skb: '0xffff88814cff4100', netns: 4026532291, ifname: 'veth-pod1', kind: 2, headers: { src: '10.85.0.2', dst: '192.168.61.12', protocol: 1, length: 84, icmpType: 8, icmpId: 7, icmpSeq: i } },
  node: 'vm',
  seq: i + 1,
});

/** The writer module with a disk that holds `budget()` bytes per file: short writes up to it, then ENOSPC. */
async function writerOnSmallDisk(t: Test, budget: () => number) {
  const enospc = () => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28, syscall: 'write' });
  const writeSync = (fd: number, buf: Uint8Array, off = 0, len = buf.length - off, pos?: number | null): number => {
    const at = pos ?? fs.fstatSync(fd).size;
    const room = budget() - at;
    if (room <= 0) throw enospc();
    return fs.writeSync(fd, buf, off, Math.min(len, room), pos);
  };
  return t.mockImport<typeof import('../../../agent/record/writer.js')>('../../../agent/record/writer.js', { 'node:fs': { ...fs, writeSync } });
}

const readAll = (file: string) => {
  const r = RecordingReader.open(file);
  const envs = [...r.batches()].flatMap((b) => b.batch.envelopes);
  const out = { envs, footer: r.footer, end: r.end };
  r.close();
  return out;
};

/** where the batches of 10 of env() begin in a recording, the first one's size, and where its footer begins */
function layout(W: typeof import('../../../agent/record/writer.js')) {
  const file = join(dir, 'layout.nsrec');
  const w = new W.RecordingWriter(file, { hostname: 'vm' }, [], { batchCount: 10, batchMs: 0 });
  for (let i = 0; i < 30; i++) w.write(env(i));
  w.close();
  const r = RecordingReader.open(file);
  const index = r.footer!.index!.map((e) => Number(e.offset));
  const footerAt = r.footerOffset!;
  r.close();
  return { start: index[0]!, batch: index[1]! - index[0]!, third: index[2]!, end: footerAt };
}

t.test('from the batch timer: the recording ends with a footer (room was freed by cutting the partial batch), onError once, no exception', async (t) => {
  let limit = Infinity;
  const W = await writerOnSmallDisk(t, () => limit);
  const L = layout(W);
  limit = L.third + Math.floor(L.batch / 2); // two batches and half of the third fit
  const errors: NodeJS.ErrnoException[] = [];
  const file = join(dir, 'timer.nsrec');
  const w = new W.RecordingWriter(file, { hostname: 'vm' }, [], { batchCount: 10_000, batchMs: 20, onError: (e) => errors.push(e) });
  for (let batch = 0; batch < 4; batch++) {
    for (let i = 0; i < 10; i++) w.write(env(batch * 10 + i));
    await new Promise((r) => setTimeout(r, 80)); // the timer writes each ten as one batch
  }
  await new Promise((r) => setImmediate(r));
  t.equal(errors.length, 1, 'onError once');
  t.equal(errors[0]!.code, 'ENOSPC');
  t.equal(w.failure?.code, 'ENOSPC');
  t.ok(w.footerAfterFailure, 'the footer fit where the partial batch was');
  const got = readAll(file);
  t.equal(got.envs.length, 20, 'the two whole batches');
  t.same(got.envs.map((e) => e.seq), Array.from({ length: 20 }, (_, i) => i + 1));
  t.match(got.footer, { events: 20, batches: 2, reason: 'write failed: no space left on device (ENOSPC)' });
  t.ok(got.end!.whole, 'a whole file');
  w.write(env(99));
  w.close('SIGTERM'); // what the agent does at its stop: nothing more, no exception
  t.equal(readAll(file).envs.length, 20);
});

t.test('from write() (a full batch): no room even for the footer: the file ends at its last whole batch, without one', async (t) => {
  let limit = Infinity;
  const W = await writerOnSmallDisk(t, () => limit);
  const L = layout(W);
  limit = L.third + 3; // three bytes of the third batch fit, no footer does
  const errors: NodeJS.ErrnoException[] = [];
  const file = join(dir, 'write.nsrec');
  const w = new W.RecordingWriter(file, { hostname: 'vm' }, [], { batchCount: 10, batchMs: 0, onError: (e) => errors.push(e) });
  t.doesNotThrow(() => {
    for (let i = 0; i < 50; i++) w.write(env(i));
  });
  await new Promise((r) => setImmediate(r));
  t.equal(errors.length, 1);
  t.notOk(w.footerAfterFailure);
  t.equal(readFileSync(file).length, L.third, 'cut back to the end of the last whole batch');
  const got = readAll(file);
  t.equal(got.envs.length, 20);
  t.equal(got.footer, undefined);
  t.match(got.end!.reason, /without a footer/);
  t.doesNotThrow(() => w.close());
});

t.test('at close(): a footer that does not fit is cut off; the batches stay', async (t) => {
  let limit = Infinity;
  const W = await writerOnSmallDisk(t, () => limit);
  const L = layout(W);
  const errors: NodeJS.ErrnoException[] = [];
  const file = join(dir, 'close.nsrec');
  const w = new W.RecordingWriter(file, { hostname: 'vm' }, [], { batchCount: 10, batchMs: 0, onError: (e) => errors.push(e) });
  for (let i = 0; i < 30; i++) w.write(env(i));
  limit = L.end + 10; // the disk fills up before the footer
  t.doesNotThrow(() => w.close('SIGTERM'));
  await new Promise((r) => setImmediate(r));
  t.equal(errors.length, 1);
  t.equal(readFileSync(file).length, L.end);
  t.equal(readAll(file).envs.length, 30);
});

t.test('at the header: the constructor throws (nothing was recorded) and removes the file it created', async (t) => {
  const W = await writerOnSmallDisk(t, () => 20);
  const file = join(dir, 'header.nsrec');
  t.throws(() => new W.RecordingWriter(file, { hostname: 'vm' }, [], {}), { code: 'ENOSPC' });
  t.notOk(existsSync(file));
  t.equal(W.writeErrorText({ code: 'ENOSPC' }), 'no space left on device (ENOSPC)');
});

t.test('a Recorder stops taking envelopes once its writer failed', async (t) => {
  let limit = Infinity;
  const W = await writerOnSmallDisk(t, () => limit);
  const { Recorder } = await t.mockImport<typeof import('../../../agent/record/recorder.js')>('../../../agent/record/recorder.js', {
    '../../../agent/record/writer.js': W,
  });
  const L = layout(W);
  limit = L.start + L.batch + 5;
  const w = new W.RecordingWriter(join(dir, 'rec.nsrec'), { hostname: 'vm' }, [], { batchCount: 10, batchMs: 0 });
  const rec = new Recorder(w);
  let sink: ((e: Envelope) => void) | undefined;
  let unsubscribed = false;
  rec.attach((s) => {
    sink = s;
    return () => (unsubscribed = true);
  });
  for (let i = 0; i < 25; i++) sink!(env(i));
  t.equal(rec.failure?.code, 'ENOSPC');
  t.ok(unsubscribed, 'unsubscribed');
  t.doesNotThrow(() => rec.stop('SIGTERM'));
  t.equal(rec.stats.events, 10);
});
