// The loader's binary frames, captured from a real masqueraded ping together with the JSON output
// of a second loader that watched the same ping (test/fixtures/loader/capture-binary.sh): the
// binary decoder must give what the JSON says, record for record.
import t from 'tap';
import { readFileSync } from 'node:fs';
import { parseLoaderLine } from '../../../../agent/probes/loader/parse.js';
import { decodeNf, decodeStats, decodeTp, FRAME_NF, FRAME_STATS, FRAME_TP, FrameSplitter, hexAt, NF_RECORD_SIZE, TP_RECORD_SIZE, type LoaderStats } from '../../../../agent/probes/loader/binary.js';
import { HopKind, ProbeSet, type PacketEvent } from '../../../../proto/index.js';

const FIX = 'test/fixtures/loader';

/** The frames after the attached line of a .bin capture. */
function frames(file: string): { attached: string; frames: Array<{ type: number; b: Buffer; off: number; len: number }> } {
  const all = readFileSync(`${FIX}/${file}`);
  const nl = all.indexOf(10);
  const out: Array<{ type: number; b: Buffer; off: number; len: number }> = [];
  new FrameSplitter((type, b, off, len) => out.push({ type, b, off, len })).push(all.subarray(nl + 1));
  return { attached: all.toString('utf8', 0, nl), frames: out };
}

const jsonLines = (file: string) => readFileSync(`${FIX}/${file}`, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, any>);
const withoutTiming = (e: PacketEvent) => ({ ...e, monoNs: undefined, cpu: undefined });

t.test('netfilter records decode to what the JSON line parser makes of the same records', async (t) => {
  const { attached, frames: fs } = frames('masquerade-ping-nf.bin');
  t.match(JSON.parse(attached), { type: 'attached', set: 'netfilter', format: 'binary' });
  const recs = fs.filter((f) => f.type === FRAME_NF);
  t.ok(recs.every((f) => f.len === NF_RECORD_SIZE), 'every record frame holds one struct nf_record');
  const fromJson = readFileSync(`${FIX}/masquerade-ping-nf.jsonl`, 'utf8').trim().split('\n').map(parseLoaderLine).flatMap((p) => (p.kind === 'event' ? [p.event] : []));
  t.equal(recs.length, 12, 'guard: the request and the reply at three hooks, entry and exit');
  t.equal(recs.length, fromJson.length, 'both loaders saw the same records');
  const decoded = recs.map((f) => decodeNf(f.b, f.off));
  t.same(decoded.map(withoutTiming), fromJson.map(withoutTiming));
  t.ok(decoded.every((e) => e.monoNs! > 0 && e.probeSet === ProbeSet.PROBE_SET_NETFILTER));
  const post = decoded.find((e) => e.kind === HopKind.HOP_KIND_HOOK_EXIT && e.headers?.icmpType === 8 && e.headers.src === '192.168.61.11');
  t.ok(post, 'the masqueraded source at a hook exit');
});

t.test('tracepoint records decode to the JSON lines of the same records', async (t) => {
  const { attached, frames: fs } = frames('masquerade-ping-tp.bin');
  t.match(JSON.parse(attached), { type: 'attached', set: 'tracepoint', format: 'binary' });
  const recs = fs.filter((f) => f.type === FRAME_TP);
  t.ok(recs.every((f) => f.len === TP_RECORD_SIZE), 'every record frame holds one struct tp_record');
  const json = jsonLines('masquerade-ping-tp.jsonl').filter((o) => o.type === 'tp');
  t.equal(recs.length, 13, 'guard: 4 hops of the request, 4 of the reply, the reply freed in the pod, and 4 normal frees');
  t.equal(json.filter((o) => o.kind === 'consume').length, 4, 'guard: the request consumed by host02, the raw socket\'s clone, two ARP-queued originals');
  t.equal(recs.length, json.length, 'both loaders saw the same records');
  const kinds: Record<string, number> = { xmit: HopKind.HOP_KIND_XMIT, receive: HopKind.HOP_KIND_RECEIVE, drop: HopKind.HOP_KIND_DROP, enqueue: HopKind.HOP_KIND_QDISC_ENQUEUE, dequeue: HopKind.HOP_KIND_QDISC_DEQUEUE, consume: HopKind.HOP_KIND_CONSUME };
  const reasons = new Map([[3, 'NO_SOCKET']]);
  let symbolized = '';
  const symbolize = (hi: number, lo: number) => (symbolized = `0x${hi.toString(16)}${lo.toString(16).padStart(8, '0')}`) && 'ping_rcv';
  recs.forEach((f, i) => {
    const e = decodeTp(f.b, f.off, { dropReasons: reasons, symbolize })!;
    const j = json[i]!;
    t.match(e, { skb: j.skb, netns: j.netns, ifindex: j.ifindex, ifname: j.ifname, kind: kinds[j.kind], probeSet: ProbeSet.PROBE_SET_TRACEPOINT }, `record ${i}: ${j.kind} on ${j.ifname}`);
    t.same(e.headers, { src: j.headers.src, dst: j.headers.dst, protocol: 1, length: j.headers.length, ttl: j.headers.ttl, ipId: j.headers.ip_id, ...(j.headers.frag_off ? { fragOff: j.headers.frag_off } : {}), icmpType: j.headers.icmp_type, icmpCode: j.headers.icmp_code, icmpId: j.headers.icmp_id, icmpSeq: j.headers.icmp_seq }, `record ${i}: headers`);
    if (j.kind === 'consume') {
      t.equal(symbolized, j.location, 'a consume carries the location of the code that freed it');
      t.equal(e.function, 'ping_rcv', 'and the agent names it');
    }
    if (j.kind === 'drop') {
      t.match(e, { dropReasonCode: j.reason, dropReason: 'NO_SOCKET', function: 'ping_rcv' });
      t.equal(symbolized, j.location, 'the location handed to the symbolizer is the one the kernel reported');
    }
  });
});

t.test('stats frames carry the loader counters; the last one counts every record before it', async (t) => {
  for (const file of ['masquerade-ping-nf.bin', 'masquerade-ping-tp.bin']) {
    const { frames: fs } = frames(file);
    const stats: LoaderStats[] = fs.filter((f) => f.type === FRAME_STATS).map((f) => decodeStats(f.b, f.off));
    t.ok(stats.length >= 1, `${file}: at least the final report`);
    const last = stats[stats.length - 1]!;
    const records = fs.filter((f) => f.type !== FRAME_STATS).length;
    t.match(last, { emitted: records, lost: 0, written: records, runnerLost: 0 }, `${file}: ${records} records`);
    t.equal(fs[fs.length - 1]!.type, FRAME_STATS, `${file}: the loader's last word is its counters`);
  }
});

t.test('frames split across chunks at every byte come out whole and in order', async (t) => {
  const all = readFileSync(`${FIX}/masquerade-ping-nf.bin`);
  const body = all.subarray(all.indexOf(10) + 1);
  const whole: string[] = [];
  new FrameSplitter((type, b, off, len) => whole.push(`${type}:${b.toString('hex', off, off + len)}`)).push(body);
  for (const size of [1, 3, 4, 5, 167, 168, 169, 1000]) {
    const got: string[] = [];
    const s = new FrameSplitter((type, b, off, len) => got.push(`${type}:${b.toString('hex', off, off + len)}`));
    for (let i = 0; i < body.length; i += size) s.push(Buffer.from(body.subarray(i, i + size)));
    t.same(got, whole, `chunks of ${size} bytes`);
    t.equal(s.pending, 0);
  }
});

t.test('pointers print as the JSON does, also from the cache', async (t) => {
  const b = Buffer.alloc(16);
  b.writeBigUInt64LE(0xffff888104a40100n, 0);
  b.writeBigUInt64LE(0x1234n, 8);
  t.equal(hexAt(b, 0), '0xffff888104a40100');
  t.equal(hexAt(b, 0), '0xffff888104a40100');
  t.equal(hexAt(b, 8), '0x1234');
  b.writeBigUInt64LE(0xffff999904a40100n, 0); // same low word, other high word
  t.equal(hexAt(b, 0), '0xffff999904a40100');
});
