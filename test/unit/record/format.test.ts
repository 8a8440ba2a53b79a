// The recording format on plain buffers and temp files: round trip, cut, flipped byte, foreign and
// future files, CRC32 vectors, rotation, seeking, and the pcapng writer's block structure.
import t from 'tap';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, crc32Table, encodePreamble, MAGIC } from '../../../agent/record/format.js';
import { RecordingReader, bufferSource, preambleProblem, recordingParts } from '../../../agent/record/reader.js';
import { RecordingWriter } from '../../../agent/record/writer.js';
import { PcapngBuilder, inetChecksum } from '../../../agent/record/pcapng.js';
import { envelopeToJson, type Envelope } from '../../../proto/index.js';

const T0 = 1795447876456765200;
const env = (i: number): Envelope => ({
  packet: { monoNs: 7926476230603 + i * 1000, timeNs: T0 + i * 1000, skb: '0xffff88814cff4100', netns: 4026532291, ifname: 'veth-pod1', kind: 2, headers: { src: '10.85.0.2', dst: '192.168.61.12', protocol: 1, length: 84, icmpType: 8, icmpId: 7, icmpSeq: i }, netnsName: 'lab-host01' },
  node: 'vm',
  seq: i + 1,
});

const dir = mkdtempSync(join(tmpdir(), 'netscope-rec-'));
t.teardown(() => rmSync(dir, { recursive: true, force: true }));

function writeRecording(name: string, n: number, batchCount = 10): string {
  const file = join(dir, name);
  const w = new RecordingWriter(file, { hostname: 'vm', kernelRelease: '6.18', startTimeNs: T0, monoToWallOffsetNs: T0 - 7926476230603 }, [{ netnsName: 'lab-host01', iptablesSave: '-A POSTROUTING -j MASQUERADE\n' }], { batchCount, batchMs: 0 });
  for (let i = 0; i < n; i++) w.write(env(i));
  w.close('stopped');
  return file;
}

function readAll(r: RecordingReader): Envelope[] {
  const out: Envelope[] = [];
  for (const { batch } of r.batches()) out.push(...batch.envelopes);
  return out;
}

t.test('CRC32 known vectors (table and native agree)', async (t) => {
  t.equal(crc32Table(Buffer.from('123456789')), 0xcbf43926);
  t.equal(crc32Table(Buffer.alloc(0)), 0);
  t.equal(crc32Table(Buffer.from('The quick brown fox jumps over the lazy dog')), 0x414fa339);
  t.equal(crc32(Buffer.from('123456789')), 0xcbf43926);
  t.equal(crc32(Buffer.from('6789'), crc32(Buffer.from('12345'))), 0xcbf43926, 'running CRC');
});

t.test('round trip: header, snapshot, every envelope, footer with counts and index', async (t) => {
  const file = writeRecording('rt.nsrec', 95);
  const r = RecordingReader.open(file);
  t.match(r.header, { formatVersion: 1, schemaVersion: 1, hostname: 'vm', startTimeNs: T0 });
  t.equal(r.snapshots[0]!.netnsName, 'lab-host01');
  const got = readAll(r);
  t.equal(got.length, 95);
  t.same(got.map((e) => envelopeToJson(e)), Array.from({ length: 95 }, (_, i) => envelopeToJson(env(i))), 'same JSON, timestamps exact');
  t.equal(typeof got[0]!.packet!.timeNs, 'number', 'uint64 fields decode as numbers');
  t.equal(got[0]!.packet!.cpu, 0, 'absent fields read as 0, not a Long');
  t.match(r.end, { whole: true, events: 95, batches: 10 });
  t.match(r.footer, { events: 95, batches: 10, kinds: [{ kind: 'packet', count: 95 }], reason: 'stopped' });
  t.equal(r.footer!.index!.length, 10);
  const off = r.seekOffset(T0 + 50 * 1000);
  const from = [...r.batches(off)].flatMap((b) => b.batch.envelopes);
  t.equal(from[0]!.seq, 51, 'seek via the footer index lands on the batch holding the time');
  r.close();
});

t.test('a file cut in the middle of a batch reads to the last whole batch and says where and why', async (t) => {
  const full = readFileSync(writeRecording('cut-src.nsrec', 95));
  const r0 = RecordingReader.open(join(dir, 'cut-src.nsrec'));
  const index = r0.footer!.index!;
  r0.close();
  const cutAt = Number(index[4]!.offset) + 30; // inside the fifth batch
  const file = join(dir, 'cut.nsrec');
  writeFileSync(file, full.subarray(0, cutAt));
  const r = RecordingReader.open(file);
  t.equal(r.footer, undefined);
  t.equal(readAll(r).length, 40, 'the four whole batches');
  t.match(r.end, { whole: false, corrupt: undefined, offset: Number(index[4]!.offset), events: 40, batches: 4 });
  t.match(r.end!.reason, new RegExp(`ends at byte ${cutAt}, inside a batch frame that starts at byte ${index[4]!.offset}.*cut off`));
  r.close();
});

t.test('a file cut between frames (no footer) reads every batch and says the footer is missing', async (t) => {
  const full = readFileSync(join(dir, 'rt.nsrec'));
  const r0 = RecordingReader.open(join(dir, 'rt.nsrec'));
  const footerAt = r0.footerOffset!;
  r0.close();
  const r = new RecordingReader(bufferSource(full.subarray(0, footerAt)), 'x.nsrec');
  t.equal(readAll(r).length, 95);
  t.match(r.end, { whole: false, offset: footerAt });
  t.match(r.end!.reason, /without a footer/);
});

t.test('a flipped byte inside a batch fails its CRC and is reported with the offset', async (t) => {
  const full = Buffer.from(readFileSync(join(dir, 'rt.nsrec')));
  const r0 = RecordingReader.open(join(dir, 'rt.nsrec'));
  const b = Number(r0.footer!.index![2]!.offset);
  const next = Number(r0.footer!.index![3]!.offset);
  r0.close();
  const at = b + 40;
  full[at] ^= 0x10;
  const r = new RecordingReader(bufferSource(full), 'flip.nsrec');
  t.equal(readAll(r).length, 20, 'the batches before it');
  t.match(r.end, { whole: false, corrupt: true, offset: b });
  t.match(r.end!.reason, new RegExp(`batch frame at bytes ${b}-${next - 1} fails its CRC32 check`));
});

t.test('a non-netscope file, a short one, and a future version get one sentence', async (t) => {
  const file = join(dir, 'foreign.txt');
  writeFileSync(file, 'hello, this is not a recording\n');
  t.throws(() => RecordingReader.open(file), { name: 'UserError', message: /foreign\.txt is not a netscope recording \(it does not start with netscope's magic bytes\)/ });
  t.match(preambleProblem('f', MAGIC.subarray(0, 5)), /only 5 bytes long/);
  const future = Buffer.concat([encodePreamble(7), Buffer.alloc(40)]);
  const ff = join(dir, 'future.nsrec');
  writeFileSync(ff, future);
  t.throws(() => RecordingReader.open(ff), { name: 'UserError', message: /is a netscope recording of format version 7, and this netscope reads format version 1; use a newer netscope/ });
  t.match(preambleProblem('f', encodePreamble(0)), /version 0, which never existed/);
  const empty = join(dir, 'empty');
  writeFileSync(empty, '');
  t.throws(() => RecordingReader.open(empty), { name: 'UserError' });
  t.throws(() => RecordingReader.open(join(dir, 'missing')), { name: 'UserError', message: /no such file/ });
});

t.test('rotation: FILE, FILE.1, … each whole, read in order through next_part', async (t) => {
  const file = join(dir, 'rot.nsrec');
  const w = new RecordingWriter(file, { hostname: 'vm' }, [], { batchCount: 100, batchMs: 0, maxSize: 8192 });
  for (let i = 0; i < 1000; i++) w.write(env(i));
  w.close();
  t.ok(w.stats.files.length >= 3, `${w.stats.files.length} parts`);
  t.same(readdirSync(dir).filter((f) => f.startsWith('rot.nsrec')).sort(), w.stats.files.map((f) => f.slice(dir.length + 1)).sort());
  const seqs: number[] = [];
  let parts = 0;
  for (const r of recordingParts(file)) {
    parts++;
    t.equal(r.header.part, parts - 1);
    for (const { batch } of r.batches()) seqs.push(...batch.envelopes.map((e) => e.seq!));
    t.ok(r.end!.whole);
  }
  t.equal(parts, w.stats.files.length);
  t.same(seqs, Array.from({ length: 1000 }, (_, i) => i + 1), 'every envelope once, in order');
});

t.test('rotation: a batch bigger than a part is split; each part stays within maxSize up to its footer and counts its own envelopes', async (t) => {
  for (const maxSize of [8192, 2048, 600]) {
    const file = join(dir, `split-${maxSize}.nsrec`);
    // 1,000 envelopes in batches of 500 (~50 KB each, far over maxSize), every 97th a LostEvents
    const w = new RecordingWriter(file, { hostname: 'vm' }, [], { batchCount: 500, batchMs: 0, maxSize });
    let lostWritten = 0;
    for (let i = 0; i < 1000; i++) {
      if (i % 97 === 0) {
        w.write({ lost: { count: i + 1, stage: 2, probeSet: 'netfilter' }, node: 'vm', seq: i + 1 });
        lostWritten += i + 1;
      } else w.write(env(i));
    }
    w.close();
    const seqs: number[] = [];
    let lostInFooters = 0;
    for (const r of recordingParts(file)) {
      t.ok(r.footerOffset! <= maxSize, `${maxSize}: part ${r.header.part}'s batches end at byte ${r.footerOffset}, within ${maxSize}`);
      const kinds = new Map<string, number>();
      let n = 0;
      for (const { batch } of r.batches()) {
        for (const e of batch.envelopes) {
          seqs.push(e.seq!);
          const k = e.lost ? 'lost' : 'packet';
          kinds.set(k, (kinds.get(k) ?? 0) + 1);
          n++;
        }
      }
      t.ok(r.end!.whole, `${maxSize}: part ${r.header.part} whole`);
      t.equal(r.footer!.events, n, `${maxSize}: part ${r.header.part}'s footer counts the envelopes in it`);
      t.same(Object.fromEntries((r.footer!.kinds ?? []).map((k) => [k.kind, k.count])), Object.fromEntries(kinds), `${maxSize}: part ${r.header.part}'s footer kinds are its own`);
      lostInFooters += Number(r.footer!.lost ?? 0);
    }
    t.same(seqs, Array.from({ length: 1000 }, (_, i) => i + 1), `${maxSize}: every envelope once, in order`);
    t.equal(lostInFooters, lostWritten, `${maxSize}: the parts' lost counts add up`);
    t.equal(w.stats.lost, lostWritten);
  }
});

t.test('pcapng: section header, one interface per device, packet blocks with comment', async (t) => {
  const b = new PcapngBuilder();
  b.packet('ns/eth0', 'device eth0', T0, { src: '10.85.0.2', dst: '192.168.61.12', protocol: 1, length: 84, ttl: 64, icmpType: 8, icmpId: 7, icmpSeq: 1 }, 'hop one');
  b.packet('ns/cni0', 'device cni0', T0 + 10, { src: '192.168.61.11', dst: '192.168.61.12', protocol: 6, length: 60, srcPort: 40000, dstPort: 5201, tcpFlags: 2 }, 'SNAT');
  b.packet('ns/eth0', 'device eth0', T0 + 20, { src: '10.85.0.2', dst: '192.168.61.12', protocol: 17, length: 40, srcPort: 1, dstPort: 2 }, '');
  const buf = b.take();
  const blocks: Array<{ type: number; len: number; at: number }> = [];
  for (let at = 0; at < buf.length;) {
    const type = buf.readUInt32LE(at);
    const len = buf.readUInt32LE(at + 4);
    t.equal(buf.readUInt32LE(at + len - 4), len, 'trailing length equals leading length');
    t.equal(len % 4, 0, 'blocks are 32-bit aligned');
    blocks.push({ type, len, at });
    at += len;
  }
  t.same(blocks.map((x) => x.type), [0x0a0d0d0a, 1, 6, 1, 6, 6], 'SHB, IDB before its first EPB');
  t.equal(buf.readUInt32LE(8), 0x1a2b3c4d, 'byte-order magic');
  t.equal(buf.readUInt16LE(blocks[1]!.at + 8), 101, 'LINKTYPE_RAW');
  const epb = blocks[2]!.at;
  t.equal(buf.readUInt32LE(epb + 8), 0, 'interface 0');
  const ts = (BigInt(buf.readUInt32LE(epb + 12)) << 32n) | BigInt(buf.readUInt32LE(epb + 16));
  t.equal(Number(ts), T0, 'nanosecond timestamp');
  t.equal(buf.readUInt32LE(epb + 20), 28, 'captured: IPv4 + ICMP header');
  t.equal(buf.readUInt32LE(epb + 24), 84, 'original length');
  const ip = buf.subarray(epb + 28, epb + 48);
  t.equal(ip[0], 0x45);
  t.equal(inetChecksum(ip), 0, 'IPv4 header checksum valid');
  t.same([...ip.subarray(12, 16)], [10, 85, 0, 2]);
  t.equal(buf.readUInt32LE(blocks[5]!.at + 8), 0, 'the third packet reuses eth0');
  t.ok(buf.includes(Buffer.from('hop one')), 'comment option');
});
