// The hand-written batch codec (agent/record/codec/) against protobufjs, on envelopes generated from
// the schema's reflection (proto/netscope/v1/*.proto): every field of every message an Envelope can
// hold is set, so a field added to the .proto fails here until the codec handles it — the encoder's
// bytes would differ from protobufjs's, or the decoder would fall back to protobufjs.
import t from 'tap';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import protobuf from 'protobufjs';
import { netscope } from '../../../proto/gen/netscope.js';
import type { Envelope } from '../../../proto/index.js';
import { decodeEventBatch, decodeFallbacks, slowBatch } from '../../../agent/record/codec/decode.js';
import { encodeBatchFrame, encodeEventBatch, encodeFallbacks } from '../../../agent/record/codec/encode.js';
import { crc32, encodeFrame, FrameType } from '../../../agent/record/format.js';
import { RecordingReader } from '../../../agent/record/reader.js';
import { RecordingWriter } from '../../../agent/record/writer.js';
import { ROOT } from '../../../agent/util/paths.js';

const pb = netscope.v1;
type Test = typeof t;

const root = new protobuf.Root();
root.resolvePath = (_origin, target) => (target.startsWith('proto/') ? join(ROOT, target) : target);
root.loadSync(join(ROOT, 'proto/netscope/v1/recording.proto'), { keepCase: false });
root.resolveAll();
const EnvelopeType = root.lookupType('netscope.v1.Envelope');

// Kinds the fast path does not take (protobufjs encodes and decodes them): rare, and tested below.
const SLOW_KINDS = new Set(['status']);

type Rand = () => number;
function rng(seed: number): Rand {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return s / 4294967296;
  };
}

const STRINGS = ['10.85.0.2', 'eth0', '0xffff88814cff4100', 'lab-host01', 'veth-pöd1', 'naïve €uro ∑ 𝄞', 'x'.repeat(60), 'ü'.repeat(45), 'a'.repeat(200), 'NETFILTER_DROP'];

/** A value for one field, never its default. `vary` picks among several so repeated calls differ. */
function value(field: protobuf.Field, r: Rand, depth: number): unknown {
  if (field.resolvedType instanceof protobuf.Type) return message(field.resolvedType, r, depth + 1, 'full');
  if (field.resolvedType instanceof protobuf.Enum) {
    const vals = Object.values(field.resolvedType.values).filter((v) => v !== 0);
    return vals[Math.floor(r() * vals.length)]!;
  }
  switch (field.type) {
    case 'string': return STRINGS[Math.floor(r() * STRINGS.length)]!;
    case 'bool': return true;
    case 'double': return [1.000213, 1249876.5, -0.25, 1e300, 5e-324][Math.floor(r() * 5)]!;
    case 'uint32': return [1, 127, 128, 16383, 16384, 2 ** 31, 2 ** 32 - 1][Math.floor(r() * 7)]!;
    case 'int32': return [1, 2 ** 31 - 1][Math.floor(r() * 2)]!;
    case 'uint64':
    case 'int64': return [1, 300, 2 ** 32, 2 ** 32 + 1, 4026532291, 1795447876456765200, Number.MAX_SAFE_INTEGER][Math.floor(r() * 7)]!;
    default: throw new Error(`the codec test does not know proto type ${field.type} (field ${field.fullName}): teach value() and the codec`);
  }
}

/** A message with every field set ('full'), or a random subset ('some'). */
function message(type: protobuf.Type, r: Rand, depth: number, mode: 'full' | 'some'): Record<string, unknown> {
  const m: Record<string, unknown> = {};
  for (const f of type.fieldsArray) {
    if (f.partOf) continue; // oneof members: chosen by the caller
    if (mode === 'some' && r() < 0.4) continue;
    m[f.name] = f.repeated ? Array.from({ length: mode === 'full' ? 2 : 1 + Math.floor(r() * 3) }, () => value(f, r, depth)) : value(f, r, depth);
  }
  return m;
}

function envelopeOf(kind: string, r: Rand, mode: 'full' | 'some'): Envelope {
  const env = message(EnvelopeType, r, 0, mode);
  const f = EnvelopeType.fields[kind]!;
  env[kind] = message(f.resolvedType as protobuf.Type, r, 1, mode);
  return env as Envelope;
}

const kinds = EnvelopeType.oneofsArray[0]!.fieldsArray.map((f) => f.name);

/** Encodes with both and decodes with both: the same bytes and the same objects, without protobufjs's help when `fast`. */
function agree(t: Test, envs: Envelope[], what: string, fast = true): void {
  const batch = { envelopes: envs, firstTimeNs: 1795447876456765200, lastTimeNs: 1795447876456766200, firstSeq: 3 };
  const enc0 = encodeFallbacks.envelopes;
  const dec0 = decodeFallbacks.envelopes + decodeFallbacks.batches;
  const ref = pb.EventBatch.encode(batch).finish();
  const mine = encodeEventBatch(batch);
  t.ok(Buffer.from(mine).equals(Buffer.from(ref)), `${what}: the codec's bytes are protobufjs's bytes`);
  const want = slowBatch(ref);
  const got = decodeEventBatch(ref);
  t.ok(isDeepStrictEqual(got, want), `${what}: the codec decodes what protobufjs decodes (same classes, own fields, values)`);
  if (!isDeepStrictEqual(got, want)) t.strictSame(got, want);
  if (fast) {
    t.equal(encodeFallbacks.envelopes - enc0, 0, `${what}: encoded without protobufjs`);
    t.equal(decodeFallbacks.envelopes + decodeFallbacks.batches - dec0, 0, `${what}: decoded without protobufjs`);
  }
}

t.test('the schema still has the kinds the codec knows', async (t) => {
  t.same(kinds, ['packet', 'journey', 'conntrack', 'conntrackStats', 'qdisc', 'lost', 'gap', 'status']);
});

for (const kind of kinds) {
  t.test(`${kind}: every field set, round trip both ways`, async (t) => {
    const r = rng(kind.length * 7919);
    const envs = Array.from({ length: 6 }, () => envelopeOf(kind, r, 'full'));
    agree(t, envs, kind, !SLOW_KINDS.has(kind));
  });
}

t.test('random subsets of fields, all kinds mixed (2000 envelopes)', async (t) => {
  const r = rng(42);
  const fastKinds = kinds.filter((k) => !SLOW_KINDS.has(k));
  const envs = Array.from({ length: 2000 }, () => envelopeOf(fastKinds[Math.floor(r() * fastKinds.length)]!, r, 'some'));
  agree(t, envs, 'random');
});

t.test('defaults given explicitly are not written, and decode to the prototype defaults', async (t) => {
  const envs: Envelope[] = [
    { packet: { monoNs: 0, skb: '', kind: 0, headers: {}, ct: { replyDirection: false } }, node: '', seq: 0 },
    { journey: { hops: [], nat: [], headers: { src: '' } } },
    { qdisc: { intervalS: 0, bytesPerS: -0, tbf: {} } },
    { conntrack: { entry: { flags: ['', 'ASSURED'] } } },
    {},
  ];
  agree(t, envs, 'defaults');
  const back = decodeEventBatch(encodeEventBatch({ envelopes: envs })).envelopes;
  t.equal(back[0]!.packet!.monoNs, 0, 'an absent uint64 reads 0, not a Long');
  t.equal(back[0]!.packet!.skb, '');
  t.notOk(Object.hasOwn(back[0]!.packet!, 'kind'), 'absent fields are not own properties');
  t.equal(back[2]!.qdisc!.bytesPerS, -0, '-0 is kept, as protobufjs does');
  t.ok(back[0] instanceof pb.Envelope && back[0]!.packet instanceof pb.PacketEvent, 'the generated classes, as protobufjs decodes');
});

t.test('large messages: multi-byte lengths at every level', async (t) => {
  const hops = Array.from({ length: 400 }, (_, i) => ({ monoNs: 1e12 + i, ifname: `veth${i}`, headers: { src: '10.85.0.2', dst: '192.168.61.12', protocol: 6, srcPort: i } }));
  agree(t, [{ journey: { id: 'big', hops, skb: 'y'.repeat(20000) }, seq: 1 }, { packet: { function: 'z'.repeat(300) } }], 'large');
});

t.test('what the fast path leaves to protobufjs comes out exactly as protobufjs has it', async (t) => {
  // Longs (protobufjs's own decode gives them): written as protobufjs writes them, in an envelope and the batch
  const Long = (await import('long')).default;
  const long = (n: number) => Long.fromNumber(n, true) as unknown as number;
  agree(t, [{ packet: { monoNs: long(5), timeNs: long(1795447876456765200), netns: long(0) } }, { seq: long(2 ** 40 + 3) }], 'Longs');
  const withLongs = { envelopes: [{ seq: long(7) }], firstSeq: long(7), firstTimeNs: long(0), lastTimeNs: long(2 ** 33) };
  t.ok(Buffer.from(encodeEventBatch(withLongs)).equals(Buffer.from(pb.EventBatch.encode(withLongs).finish())), 'Longs in the batch fields');
  // a negative enum, $unknowns from a newer schema: encoded by protobufjs
  agree(t, [{ packet: { kind: -3 } }], 'negative enum', false);
  const withUnknown = Buffer.concat([pb.Envelope.encode({ seq: 9, packet: { cpu: 1 } }).finish(), Buffer.from([0xa8, 0x06, 0x05])]); // field 101 varint 5
  const unknownEnv = pb.Envelope.decode(withUnknown);
  agree(t, [unknownEnv as Envelope], 'unknown field carried in $unknowns', false);
  // bytes no protobufjs encoder writes: fields out of order, a field twice, two oneof members
  const frame = (parts: number[][]) => Buffer.from(parts.flat());
  const odd = [
    frame([[0x78, 0x05], [0x0a, 0x02, 0x28, 0x01]]), // seq before packet
    frame([[0x0a, 0x02, 0x28, 0x01], [0x0a, 0x03, 0x88, 0x01, 0x02]]), // packet twice (merged)
    frame([[0x0a, 0x02, 0x28, 0x01], [0x12, 0x02, 0x0a, 0x00]]), // packet then journey (last wins)
    frame([[0x0a, 0x04, 0x28, 0x01, 0x28, 0x00]]), // ifindex 1 then 0
    frame([[0x0a, 0x02, 0x2a, 0x00]]), // ifindex with the wrong wire type
  ];
  for (const [i, env] of odd.entries()) {
    const batch = Buffer.concat([Buffer.from([0x0a, env.length]), env]);
    t.ok(isDeepStrictEqual(decodeEventBatch(batch), slowBatch(batch)), `odd envelope ${i}: as protobufjs decodes it`);
  }
  const oddBatch = Buffer.from([0x10, 0x05, 0x0a, 0x00, 0x0a, 0x00]); // first_time_ns before the envelopes
  t.ok(isDeepStrictEqual(decodeEventBatch(oddBatch), slowBatch(oddBatch)), 'odd batch: as protobufjs decodes it');
});

t.test('unknown fields survive a file read with the reader reusing its batch buffer', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'netscope-codec-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'unknown.nsrec');
  const envs = [1, 2, 3].map((i) => pb.Envelope.decode(Buffer.concat([pb.Envelope.encode({ seq: i, packet: { cpu: i } }).finish(), Buffer.from([0xa8, 0x06, i])])) as Envelope);
  const w = new RecordingWriter(file, { hostname: 'vm' }, [], { batchCount: 1, batchMs: 0 });
  for (const e of envs) w.write(e);
  w.close();
  const r = RecordingReader.open(file);
  const back = [...r.batches()].flatMap((b) => b.batch.envelopes);
  r.close();
  t.equal(back.length, 3);
  t.same(back.map((e) => Buffer.from(pb.Envelope.encode(e).finish()).toString('hex')), envs.map((e) => Buffer.from(pb.Envelope.encode(e).finish()).toString('hex')), 'each envelope re-encodes with its own unknown field, after later batches were read');
});

t.test('bytes that do not decode fail as protobufjs fails', async (t) => {
  const good = encodeEventBatch({ envelopes: [{ packet: { skb: '0xffff', headers: { src: '10.0.0.1' } }, seq: 1 }] });
  const errorOf = (f: () => unknown) => {
    try {
      f();
      return 'no error';
    } catch (err) {
      return (err as Error).message;
    }
  };
  for (const cut of [1, 3, 7, good.length - 1]) {
    const b = good.subarray(0, cut);
    t.equal(errorOf(() => decodeEventBatch(b)), errorOf(() => slowBatch(b)), `cut at ${cut} of ${good.length}`);
    t.not(errorOf(() => slowBatch(b)), 'no error');
  }
});

t.test('a batch frame: header, CRC and payload as format.ts frames the protobufjs payload', async (t) => {
  const r = rng(7);
  const envs = Array.from({ length: 50 }, () => envelopeOf('packet', r, 'some'));
  const b = { envelopes: envs, firstTimeNs: 10, lastTimeNs: 20, firstSeq: 1 };
  const frame = Buffer.from(encodeBatchFrame(b));
  t.ok(frame.equals(encodeFrame(FrameType.BATCH, pb.EventBatch.encode(b).finish())), 'the same bytes as encodeFrame(BATCH, protobufjs payload)');
  t.equal(frame.readUInt32LE(5), crc32(frame.subarray(9), crc32(frame.subarray(0, 5))));
});

t.test('strings through the decoder cache: every length, one-byte differences, non-ASCII, evictions, across batches and buffer offsets', async (t) => {
  // The cache hashes a few words of a string's bytes and compares the rest: strings that differ in a
  // single byte (at every position, ASCII or not) must never come back as one another, also after
  // thousands of other strings evicted them and in later batches read from other buffers.
  const strs: string[] = [];
  for (let n = 1; n <= 60; n++) {
    const base = Array.from({ length: n }, (_, i) => String.fromCharCode(97 + ((i * 7) % 26))).join('');
    strs.push(base);
    for (let at = 0; at < n; at++) {
      strs.push(base.slice(0, at) + 'Z' + base.slice(at + 1));
      strs.push(base.slice(0, at) + 'é' + base.slice(at + 1));
      strs.push(base.slice(0, at) + String.fromCharCode(base.charCodeAt(at) ^ 1) + base.slice(at + 1));
    }
  }
  for (let i = 0; i < 6000; i++) strs.push(`0xffff8881${(0x4cff4100 + i * 0x40).toString(16)}`, `dev${i}`);
  const r = rng(5);
  let checked = 0;
  for (let round = 0; round < 4; round++) {
    const order = strs.map((s) => [r(), s] as const).sort((a, b) => a[0] - b[0]).map(([, s]) => s);
    for (let i = 0; i < order.length; i += 1500) {
      const part = order.slice(i, i + 1500);
      const envs: Envelope[] = part.map((s, k) => ({ packet: { ifname: s, skb: part[(k + 1) % part.length], headers: { src: s } }, node: 'vm', seq: k + 1 }));
      const payload = encodeEventBatch({ envelopes: envs });
      // somewhere inside a larger buffer, at an odd offset
      const at = 1 + Math.floor(r() * 13);
      const big = Buffer.alloc(payload.length + 20, 0xee);
      big.set(payload, at);
      const got = decodeEventBatch(big.subarray(at, at + payload.length)).envelopes;
      for (const [k, e] of got.entries()) {
        const want = { ifname: part[k], skb: part[(k + 1) % part.length], src: part[k] };
        const have = { ifname: e.packet?.ifname, skb: e.packet?.skb, src: e.packet?.headers?.src };
        if (!isDeepStrictEqual(have, want)) {
          t.strictSame(have, want, `round ${round}, envelope ${k}: the strings written`);
          return;
        }
      }
      checked += part.length;
    }
  }
  t.equal(checked, 4 * strs.length, `${checked} strings came back as written`);
});

t.test('varints of every length: uint64 of 1-10 bytes and uint32 of 1-5 bytes decode as protobufjs decodes them', async (t) => {
  const u64s: number[] = [];
  for (let k = 0; k < 64; k++) u64s.push(2 ** k, 2 ** k + 1, Math.max(0, 2 ** k - 1));
  const u32s: number[] = [];
  for (let k = 0; k < 32; k++) u32s.push(2 ** k, 2 ** k - 1, 2 ** (k + 1) - 1);
  const envs: Envelope[] = [
    ...u64s.map((v, i) => ({ packet: { monoNs: v, netns: u64s[(i + 1) % u64s.length], ifindex: u32s[i % u32s.length] }, seq: v })),
    ...u32s.map((v) => ({ journey: { hops: [{ ifindex: v, monoNs: v }], headers: { ipId: v, srcPort: v, icmpSeq: v } } })),
  ];
  const ref = pb.EventBatch.encode({ envelopes: envs, firstSeq: 2 ** 63 }).finish();
  const dec0 = decodeFallbacks.envelopes + decodeFallbacks.batches;
  const got = decodeEventBatch(ref);
  t.ok(isDeepStrictEqual(got, slowBatch(ref)), 'the same objects as protobufjs');
  t.equal(decodeFallbacks.envelopes + decodeFallbacks.batches - dec0, 0, 'without protobufjs');
  t.equal(got.envelopes[3 * 40]!.seq, 2 ** 40, 'a 6-byte varint');
  t.equal(got.envelopes[3 * 63]!.packet!.monoNs, 2 ** 63, 'a 10-byte varint');
});
