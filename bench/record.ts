// Recording speed (issue 5's benchmarks, issue 7 item 5): the recorder's write rate and replay's
// decode rate on a synthetic 1,000,000-event recording (bench/record-data.ts: the lab's mix of
// packet sightings, journeys, conntrack and qdisc events), each beside a baseline measured in the
// same run on the same envelopes and bytes:
//   write  — RecordingWriter (hand-written codec, one buffer per frame)  vs  protobufjs's
//            EventBatch.encode + encodeFrame + write(2) of the same batches;
//   decode — RecordingReader.batches() to a null sink  vs  protobufjs's EventBatch.decode (through
//            numberReader, uint64 as numbers) of the same frames; and the floor under both: reading
//            the frames and checking their CRC32 without decoding.
// Envelopes are generated in batch-sized chunks outside the timed part, so the write rate is the
// writer's and the heap holds one chunk, not a million objects. The decode "null sink" gets every
// decoded Envelope (the objects printers use) and only counts it. Median of 3 rounds; the order of
// fast and baseline alternates between rounds, after an uncounted warm-up (JIT compilation).
// Run alone: `node dist/bench/record.js [--events N]`.
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { netscope } from '../proto/gen/netscope.js';
import type { Envelope } from '../proto/index.js';
import { RecordingWriter } from '../agent/record/writer.js';
import { fileSource, readFrame, RecordingReader } from '../agent/record/reader.js';
import { slowBatch } from '../agent/record/codec/decode.js';
import { encodeFrame, encodePreamble, FRAME_HEADER_SIZE, FrameType } from '../agent/record/format.js';
import { syntheticEnvelope, MIX } from './record-data.js';
import { fmt, type Figure, type Target } from './figure.js';

/** bench/figure.ts's Figure without its section (bench/run.ts adds it). */
export type BenchResult = Omit<Figure, 'section'> & { value: number };

const COMMAND = 'BENCH_ONLY=recording npm run bench (alone: node dist/bench/record.js --events 1000000)';
const BATCH = 4096;
const WRITE_TARGET: Target = { op: '>=', value: 500_000 };
const DECODE_TARGET: Target = { op: '>=', value: 1_000_000 };

const median = (xs: number[]) => {
  const s = xs.slice().sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/** Feeds `events` synthetic envelopes to `put` a batch-sized chunk at a time; returns the seconds spent in put/finish. */
function timedFeed(events: number, put: (chunk: Envelope[]) => void, finish: () => void): number {
  let ns = 0n;
  for (let i = 0; i < events; i += BATCH) {
    const chunk: Envelope[] = [];
    for (let j = i; j < Math.min(events, i + BATCH); j++) chunk.push(syntheticEnvelope(j));
    const t = process.hrtime.bigint();
    put(chunk);
    if (i + BATCH >= events) finish();
    ns += process.hrtime.bigint() - t;
  }
  return Number(ns) / 1e9;
}

function writeFast(file: string, events: number): number {
  let w: RecordingWriter | undefined;
  const t0 = process.hrtime.bigint();
  w = new RecordingWriter(file, { hostname: 'bench', netscopeVersion: 'bench' }, [], { batchMs: 0 });
  const open = Number(process.hrtime.bigint() - t0) / 1e9;
  return open + timedFeed(events, (chunk) => { for (const e of chunk) w!.write(e); }, () => w!.close('stopped'));
}

/** The baseline writer: protobufjs encodes each batch, encodeFrame copies it behind its header, one write each. */
function writeProtobufjs(file: string, events: number): number {
  const fd = openSync(file, 'w', 0o644);
  try {
    writeSync(fd, encodePreamble());
    writeSync(fd, encodeFrame(FrameType.HEADER, netscope.v1.RecordingHeader.encode({ hostname: 'bench', formatVersion: 1, schemaVersion: 1 }).finish()));
    return timedFeed(events, (chunk) => {
      const payload = netscope.v1.EventBatch.encode({ envelopes: chunk, firstSeq: chunk[0]!.seq ?? 0 }).finish();
      const frame = encodeFrame(FrameType.BATCH, payload);
      let done = 0;
      while (done < frame.length) done += writeSync(fd, frame, done, frame.length - done);
    }, () => undefined);
  } finally {
    closeSync(fd);
  }
}

/** What a read pass took: wall seconds, CPU seconds of the process (user + system, GC threads included), events. */
interface ReadRun {
  seconds: number;
  cpuSeconds: number;
  events: number;
}

const cpuSince = (c: NodeJS.CpuUsage) => {
  const d = process.cpuUsage(c);
  return (d.user + d.system) / 1e6;
};

/** Replay's path: open, stream the batches, hand every envelope to a sink that only counts. */
function decodeFast(file: string): ReadRun {
  const c = process.cpuUsage();
  const t = process.hrtime.bigint();
  const r = RecordingReader.open(file);
  let n = 0;
  const sink = (e: Envelope) => {
    if (e) n++;
  };
  for (const { batch } of r.batches()) for (const e of batch.envelopes) sink(e);
  r.close();
  return { seconds: Number(process.hrtime.bigint() - t) / 1e9, cpuSeconds: cpuSince(c), events: n };
}

/** Frames read and CRC-checked the same way, payload decoded by protobufjs (or not at all). */
function decodeFrames(file: string, decode: boolean): ReadRun {
  const c = process.cpuUsage();
  const t = process.hrtime.bigint();
  const r = RecordingReader.open(file);
  const src = fileSource(file);
  let n = 0;
  let off = r.dataOffset;
  const sink = (e: Envelope) => {
    if (e) n++;
  };
  for (;;) {
    const f = readFrame(src, off, true); // the reused buffer, as RecordingReader.batches() reads
    if ('end' in f || f.frame.type !== FrameType.BATCH) break;
    off += FRAME_HEADER_SIZE + f.frame.payload.length;
    if (decode) for (const e of slowBatch(f.frame.payload).envelopes) sink(e);
    else n += r.footer?.index?.find((b) => b.offset === f.frame.offset)?.count ?? 0;
  }
  src.close();
  r.close();
  return { seconds: Number(process.hrtime.bigint() - t) / 1e9, cpuSeconds: cpuSince(c), events: n };
}

export async function benchRecording(opts: { events: number }): Promise<BenchResult[]> {
  const events = opts.events;
  const dir = mkdtempSync(join(tmpdir(), 'netscope-bench-rec-'));
  const fast = join(dir, 'codec.nsrec');
  const base = join(dir, 'protobufjs.nsrec');
  const rates: Record<string, number[]> = { write: [], writeBase: [], decode: [], decodeBase: [], readCrc: [], decodeCpu: [], decodeBaseCpu: [] };
  let bytes = 0;
  try {
    // warm-up, not counted: the first pass through the codec and protobufjs is mostly JIT compilation
    const warm = Math.min(events, 100_000);
    writeFast(fast, warm);
    writeProtobufjs(base, warm);
    decodeFast(fast);
    decodeFrames(fast, true);
    decodeFrames(fast, false);
    for (let round = 0; round < 3; round++) {
      const runs: Array<[string, () => number]> = [
        ['write', () => events / writeFast(fast, events)],
        ['writeBase', () => events / writeProtobufjs(base, events)],
      ];
      if (round % 2) runs.reverse();
      for (const [k, f] of runs) rates[k]!.push(f());
      bytes = statSync(fast).size;
      rmSync(base, { force: true });
      const reads: Array<[string, () => ReadRun]> = [
        ['decode', () => decodeFast(fast)],
        ['decodeBase', () => decodeFrames(fast, true)],
        ['readCrc', () => decodeFrames(fast, false)],
      ];
      if (round % 2) reads.reverse();
      for (const [k, f] of reads) {
        const r = f();
        if (r.events !== events) throw new Error(`bench: ${k} read ${r.events} of ${events} events back`);
        rates[k]!.push(r.events / r.seconds);
        if (k !== 'readCrc') rates[`${k}Cpu`]!.push(r.events / r.cpuSeconds);
      }
      rmSync(fast, { force: true });
      process.stderr.write(`bench: recording round ${round + 1}/3: write ${k(rates.write!.at(-1)!)} (protobufjs ${k(rates.writeBase!.at(-1)!)}), decode ${k(rates.decode!.at(-1)!)} (protobufjs ${k(rates.decodeBase!.at(-1)!)}, read+CRC ${k(rates.readCrc!.at(-1)!)}) events/s; decode per CPU second ${k(rates.decodeCpu!.at(-1)!)} (protobufjs ${k(rates.decodeBaseCpu!.at(-1)!)})\n`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const m = Object.fromEntries(Object.entries(rates).map(([key, v]) => [key, median(v)])) as Record<string, number>;
  return [
    {
      metric: 'record write rate',
      value: m.write!,
      unit: 'events/s',
      baseline: { name: 'protobufjs EventBatch.encode + encodeFrame + write(2), same batches', value: m.writeBase! },
      ratio: m.write! / m.writeBase!,
      target: WRITE_TARGET,
      met: m.write! >= WRITE_TARGET.value,
      command: COMMAND,
    },
    {
      metric: 'replay decode rate to a null sink',
      value: m.decode!,
      unit: 'events/s',
      baseline: { name: 'protobufjs EventBatch.decode (numberReader) of the same frames', value: m.decodeBase! },
      ratio: m.decode! / m.decodeBase!,
      target: DECODE_TARGET,
      met: m.decode! >= DECODE_TARGET.value,
      command: COMMAND,
    },
    {
      // CPU time moves less than wall time when other work shares the machine; not a target, a cross-check
      metric: 'replay decode rate per CPU second of the process (user + system, GC threads included)',
      value: m.decodeCpu!,
      unit: 'events/CPU-s',
      baseline: { name: 'protobufjs EventBatch.decode (numberReader) of the same frames, per CPU second', value: m.decodeBaseCpu! },
      ratio: m.decodeCpu! / m.decodeBaseCpu!,
      command: COMMAND,
    },
    {
      metric: 'replay frame read + CRC32 rate, no decoding (the floor under decode)',
      value: m.readCrc!,
      unit: 'events/s',
      baseline: { name: 'replay decode rate (read + CRC + decode)', value: m.decode! },
      ratio: m.readCrc! / m.decode!,
      command: COMMAND,
    },
    {
      metric: 'recording size per envelope',
      value: bytes / events,
      unit: 'bytes',
      command: `${COMMAND}; mix per 100 envelopes: ${Object.entries(MIX).map(([kind, n]) => `${n} ${kind}`).join(', ')}, a lost report every 1000th`,
    },
  ];
}

const k = (v: number) => `${Math.round(v / 1000)}k`;

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const i = process.argv.indexOf('--events');
  const events = i > 0 ? Number(process.argv[i + 1]) : 1_000_000;
  if (!Number.isInteger(events) || events < 1) {
    process.stderr.write('bench/record: --events needs a positive whole number, e.g. --events 1000000.\n');
    process.exit(2);
  }
  benchRecording({ events }).then((rs) => {
    for (const r of rs) {
      const base = r.baseline ? `  vs ${r.baseline.name}: ${fmt(r.baseline.value)} (×${fmt(r.ratio)})` : '';
      const target = r.target ? `  target ≥ ${fmt(r.target.value)}: ${r.met ? 'met' : `missed by ${fmt(100 - (100 * r.value) / r.target.value)}%`}` : '';
      process.stdout.write(`${r.metric}: ${fmt(r.value)} ${r.unit}${base}${target}\n`);
    }
  }, (err) => {
    process.stderr.write(`bench/record: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  });
}
