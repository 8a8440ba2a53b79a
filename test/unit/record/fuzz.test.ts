// A fuzz test of the recording reader (issue 18), seeded so that a failure replays: random byte flips,
// truncations, and mutations that keep every CRC valid (so the decoders see the garbage). Whatever
// the damage, the reader throws nothing but a UserError (one sentence, when the file cannot be read
// at all), never hangs, always says how reading ended, and what it yields before the damage is
// exactly what was recorded: a byte flip or a cut gives a prefix of the recording, never changed
// envelopes. Runs in a few seconds.
import t from 'tap';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FRAME_HEADER_SIZE, PREAMBLE_SIZE, frameCrc } from '../../../agent/record/format.js';
import { RecordingReader, bufferSource } from '../../../agent/record/reader.js';
import { RecordingWriter } from '../../../agent/record/writer.js';
import { UserError } from '../../../agent/util/errors.js';
import { envelopeToJson, type Envelope } from '../../../proto/index.js';

const dir = mkdtempSync(join(tmpdir(), 'netscope-fuzz-'));
t.teardown(() => rmSync(dir, { recursive: true, force: true }));

/** mulberry32: a small seeded PRNG, so a failing case can be replayed from its seed */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = a;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

const T0 = 1795447876456765200;
function envelope(i: number): Envelope {
  const base = { node: 'vm', seq: i + 1 };
  switch (i % 7) {
    case 0: return { ...base, packet: { monoNs: 7926476230603 + i, timeNs: T0 + i * 1000, skb: '0xffff88814cff4100', netns: 4026532291, ifname: 'veth-pod1', kind: 2, headers: { src: '10.85.0.2', dst: '192.168.61.12', protocol: 1, length: 84, icmpType: 8, icmpId: 7, icmpSeq: i }, netnsName: 'lab-host01' } };
    case 1: return { ...base, journey: { id: `vm-${i}`, skb: '0xffff88814cff4100', headers: { src: '10.85.0.2', dst: '192.168.61.12', protocol: 1 }, hops: [{ ifindex: 3, monoNs: i }, { ifindex: 4, monoNs: i + 5 }], nat: [] } };
    case 2: return { ...base, conntrack: { timeNs: T0 + i, netnsName: 'lab-host01', entry: { protocol: 1, original: { src: '10.85.0.2', dst: '192.168.61.12' }, reply: { src: '192.168.61.12', dst: '192.168.61.11' }, flags: ['ASSURED'] } } };
    case 3: return { ...base, qdisc: { timeNs: T0 + i, netnsName: 'lab-host01', dev: 'eth0', kind: 'tbf', bytesPerS: 1250000.5, tbf: {} } };
    case 4: return { ...base, lost: { stage: 2, source: 'netfilter', count: i, timeNs: T0 + i } };
    case 5: return { ...base, gap: { source: 'conntrack:lab-host01', reason: 'restarted', fromTimeNs: T0, toTimeNs: T0 + i } };
    default: return { ...base, status: { hostname: 'vm', kernel: '6.18', eventsTotal: i, lostTotal: 1 } };
  }
}

// 30 batches of 7, a snapshot, a footer with its index
const N = 210;
const original = Array.from({ length: N }, (_, i) => envelope(i));
const file = join(dir, 'base.nsrec');
{
  const w = new RecordingWriter(file, { hostname: 'vm', kernelRelease: '6.18', startTimeNs: T0, netns: ['lab-host01'] }, [{ netnsName: 'lab-host01', iptablesSave: '-A POSTROUTING -j MASQUERADE\n' }], { batchCount: 7, batchMs: 0 });
  for (const e of original) w.write(e);
  w.close();
}
const full = readFileSync(file);
const want = original.map((e) => JSON.stringify(envelopeToJson(e)));

/** every frame's offset and payload length, walked from the preamble */
const frames: Array<{ at: number; type: number; length: number }> = [];
for (let at = PREAMBLE_SIZE; at + FRAME_HEADER_SIZE <= full.length - 16;) {
  const type = full[at]!;
  const length = full.readUInt32LE(at + 1);
  frames.push({ at, type, length });
  at += FRAME_HEADER_SIZE + length;
}

interface Outcome { refused?: string; got: string[]; whole?: boolean; reason?: string }

/** Opens and reads a damaged copy; fails the test on anything but a UserError, or on a read that takes too long. */
function readDamaged(t: Tap, buf: Buffer, what: string): Outcome {
  const started = Date.now();
  let out: Outcome;
  try {
    const r = new RecordingReader(bufferSource(buf), 'f.nsrec');
    const got: string[] = [];
    for (const { batch } of r.batches()) for (const e of batch.envelopes) got.push(JSON.stringify(envelopeToJson(e)));
    if (!r.end) t.fail(`${what}: does not say how reading ended`);
    out = { got, whole: r.end?.whole, reason: r.end?.reason };
  } catch (err) {
    if (!(err instanceof UserError)) {
      t.fail(`${what}: threw ${(err as Error)?.stack ?? String(err)}`);
      return { got: [] };
    }
    if (!/^[^\n]+$/.test(err.message)) t.fail(`${what}: more than one line: ${err.message}`);
    out = { refused: err.message, got: [] };
  }
  const ms = Date.now() - started;
  if (ms > 2000) t.fail(`${what}: took ${ms} ms`);
  return out;
}

const isPrefix = (got: string[]) => got.length <= want.length && got.every((g, i) => g === want[i]);
type Tap = typeof t;

t.test('the undamaged file reads whole', async (t) => {
  const o = readDamaged(t, full, 'undamaged');
  t.same(o.got, want);
  t.equal(o.whole, true);
  t.ok(frames.length > 30, `${frames.length} frames`);
});

t.test('byte flips: a prefix, never a changed envelope; not whole when the flip is in a frame before the footer', async (t) => {
  const rnd = prng(18001);
  const footerAt = frames.at(-1)!.at;
  let refused = 0;
  let short = 0;
  for (let i = 0; i < 300; i++) {
    const buf = Buffer.from(full);
    const at = Math.floor(rnd() * buf.length);
    buf[at] ^= 1 + Math.floor(rnd() * 255);
    const o = readDamaged(t, buf, `flip at ${at} (case ${i})`);
    if (o.refused) {
      refused++;
      continue;
    }
    if (!isPrefix(o.got)) t.fail(`flip at ${at} (case ${i}): ${o.got.length} envelopes, not a prefix of the recording`);
    if (at >= frames[0]!.at && at < footerAt && o.whole) t.fail(`flip at ${at} (case ${i}): read as whole`);
    if (o.got.length < N) short++;
  }
  t.pass(`300 flips: ${refused} refused at open, ${short} read a strict prefix`);
});

t.test('truncations: a prefix up to the last whole batch, and the reason', async (t) => {
  const rnd = prng(18002);
  const lengths = [0, 1, PREAMBLE_SIZE - 1, PREAMBLE_SIZE, PREAMBLE_SIZE + 5, full.length - 1, full.length - 16, full.length - 17, ...frames.map((f) => f.at), ...frames.map((f) => f.at + 3)];
  for (let i = 0; i < 200; i++) lengths.push(Math.floor(rnd() * full.length));
  for (const len of lengths) {
    const o = readDamaged(t, full.subarray(0, len), `cut at ${len}`);
    if (o.refused) continue;
    if (!isPrefix(o.got)) t.fail(`cut at ${len}: not a prefix`);
    if (o.whole) t.fail(`cut at ${len}: read as whole`);
    else if (!o.reason) t.fail(`cut at ${len}: no reason`);
    // every batch that ends before the cut is read
    const batchesBefore = frames.filter((f) => f.type === 3 && f.at + FRAME_HEADER_SIZE + f.length <= len).length;
    if (o.got.length < Math.min(N, batchesBefore * 7)) t.fail(`cut at ${len}: ${o.got.length} envelopes, but ${batchesBefore} whole batches were before the cut`);
  }
  t.pass(`${lengths.length} cuts`);
});

t.test('CRC-valid mutations: no crash, no hang; the batches before the mutated frame are exactly as recorded', async (t) => {
  const rnd = prng(18003);
  const kinds: Record<number, number> = {};
  for (let i = 0; i < 300; i++) {
    const f = frames[Math.floor(rnd() * frames.length)]!;
    if (f.length === 0) continue;
    const buf = Buffer.from(full);
    const payload = buf.subarray(f.at + FRAME_HEADER_SIZE, f.at + FRAME_HEADER_SIZE + f.length);
    const n = 1 + Math.floor(rnd() * 4);
    for (let k = 0; k < n; k++) {
      const at = Math.floor(rnd() * payload.length);
      // a random byte, or one of the values that make protobuf lengths and tags extreme
      payload[at] = rnd() < 0.5 ? Math.floor(rnd() * 256) : [0x00, 0x7f, 0x80, 0xff][Math.floor(rnd() * 4)]!;
    }
    buf.writeUInt32LE(frameCrc(buf.subarray(f.at, f.at + 5), payload), f.at + 5);
    kinds[f.type] = (kinds[f.type] ?? 0) + 1;
    const o = readDamaged(t, buf, `frame type ${f.type} at ${f.at}, ${n} bytes (case ${i})`);
    if (o.refused) continue;
    const before = frames.filter((g) => g.type === 3 && g.at < f.at).length * 7;
    if (!want.slice(0, before).every((w, j) => o.got[j] === w)) t.fail(`case ${i}: the ${before} envelopes before the mutated frame changed`);
  }
  t.pass(`300 mutations by frame type: ${JSON.stringify(kinds)}`);
});
