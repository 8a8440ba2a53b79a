// The fan-out encodes with the recording codec's encodeEnvelopes: the same bytes protobufjs's generated
// encoder writes, on the events decoded from the captured loader frames, on edge cases (zeros present,
// 64-bit times, long and non-ASCII strings, every optional field), and views that stay intact.
import t from 'tap';
import { encodeEnvelopes, sharedMessage } from '../../../agent/record/codec/encode.js';
import { capturedSightings } from '../../helpers/loader-fixtures.js';
import { pb, type Envelope, type PacketEvent } from '../../../proto/index.js';


const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
const same = (t: Tap.Test, env: Envelope, what: string) => {
  const want = pb.Envelope.encode(env).finish();
  const [got] = encodeEnvelopes([env]);
  t.equal(hex(got!), hex(want), what);
};

t.test('captured events, as the pipeline stamps them', async (t) => {
  const evs = capturedSightings();
  t.equal(evs.length, 25, 'guard: 12 netfilter and 13 tracepoint records');
  evs.forEach((e, i) => {
    e.timeNs = 1795464244686523400 + i;
    e.netnsName = i % 2 ? 'nspipe-host01' : '';
    same(t, { packet: e, node: 'vm', seq: 1_000_000 + i }, `event ${i}`);
  });
});

t.test('edge cases', async (t) => {
  const long = 'x'.repeat(300);
  const cases: Array<[string, Envelope]> = [
    ['empty packet', { packet: {} }],
    ['zeros present', { packet: { monoNs: 0, ifindex: 0, ifname: '', kind: 0, headers: { src: '', protocol: 0, srcPort: 0 } }, seq: 0, node: '' }],
    ['64-bit values', { packet: { monoNs: 2 ** 53 - 1, timeNs: 1.8e19, netns: 4026532246 }, seq: 2 ** 40 + 7 }],
    ['long and non-ASCII strings', { packet: { skb: long, ifname: 've\u00e9th\u{1F600}', function: long + '\u00e9', netnsName: '\u00e9'.repeat(41), outIfname: 'a'.repeat(41) + '\u00e9' } }],
    ['every field', { packet: { monoNs: 1, timeNs: 2, skb: '0xff', netns: 3, ifindex: 4, ifname: 'eth0', kind: 5, hook: 2, headers: { src: '1.2.3.4', dst: '5.6.7.8', protocol: 6, length: 60, ttl: 64, ipId: 9, srcPort: 80, dstPort: 443, tcpFlags: 18, icmpType: 1, icmpCode: 2, icmpId: 3, icmpSeq: 4 }, ct: { id: '0xabc', status: 0x19a, original: { src: 'a', dst: 'b', protocol: 1, srcPort: 1, dstPort: 2, icmpId: 3, icmpType: 8, icmpCode: 0 }, reply: { src: 'c' }, mark: 7, zone: 8, replyDirection: true }, dropReason: 'NETFILTER_DROP', dropReasonCode: 12, qdisc: 'tbf 8001:', qdiscQlen: 3, function: 'nft_do_chain', probeSet: 2, cpu: 1, netnsName: 'h', outIfindex: 5, outIfname: 'eth1' }, node: 'n', seq: 5 }],
    ['reply_direction false', { packet: { ct: { replyDirection: false } } }],
  ];
  for (const [what, env] of cases) same(t, env, what);
});

t.test('many envelopes across buffer boundaries stay intact', async (t) => {
  const evs = capturedSightings();
  const outs: Array<[Uint8Array, Envelope]> = [];
  // batches of mixed kinds, one after another: the codec's buffer is reused between calls
  for (let b = 0; b < 50; b++) {
    const batch: Envelope[] = [];
    for (let i = 0; i < 100; i++) {
      const n = b * 100 + i;
      batch.push(n % 7 === 3
        ? { lost: { stage: 2, source: 'tracepoint', count: n }, node: 'vm', seq: n }
        : { packet: { ...evs[n % evs.length]!, monoNs: n }, node: 'vm', seq: n });
    }
    const bytes = encodeEnvelopes(batch);
    batch.forEach((env, i) => outs.push([bytes[i]!, env]));
  }
  t.equal(outs.length, 5000);
  const bad = outs.filter(([b, env]) => hex(b) !== hex(pb.Envelope.encode(env).finish()));
  t.equal(bad.length, 0, 'earlier views are never written over');
});

t.test('a shared conntrack reference (sharedMessage) is encoded once and copied after, in packets and journeys', async (t) => {
  const ct = { id: '0xffff888100aa0000', status: 0x19a, mark: 3, zone: 0, replyDirection: true, original: { src: '10.85.0.2', dst: '192.168.61.12', protocol: 1, icmpId: 7 }, reply: { src: '192.168.61.12', dst: '192.168.61.11', protocol: 1, icmpId: 7 } };
  sharedMessage(ct);
  const long = { ...ct, id: 'x'.repeat(200) }; // over 127 bytes: a two-byte length
  sharedMessage(long);
  for (let round = 0; round < 3; round++) {
    same(t, { packet: { monoNs: 1 + round, skb: '0x1', ct }, node: 'n', seq: round }, `packet, round ${round}`);
    same(t, { journey: { id: 'j1', hops: [{ monoNs: 1 }], ct }, node: 'n', seq: 10 + round }, `journey, round ${round}`);
    same(t, { packet: { ct: long } }, `long, round ${round}`);
  }
  const batch = encodeEnvelopes([{ packet: { ct } }, { packet: { ct: long } }, { journey: { ct } }]);
  t.same(batch.map(hex), [pb.Envelope.encode({ packet: { ct } }).finish(), pb.Envelope.encode({ packet: { ct: long } }).finish(), pb.Envelope.encode({ journey: { ct } }).finish()].map(hex), 'in one batch');
});
