// The agent's per-event work without the kernel, the loader or a socket: synthetic netfilter loader
// frames (the captured masquerade ping's 12 records, with skb addresses reused from a small pool,
// sequence numbers, IP ids and timestamps advanced per round trip) pushed in 64 KiB chunks through
// the agent queue (RecordIngest), the pipeline (correlator, journeys) and the fan-out to one client
// that takes ObserveResponse messages as grpc-js would. CPU seconds and heap figures of this process
// are what it reports: they move little when other work shares the machine, so before/after
// comparisons of the agent's JS can be made in one sitting on a loaded machine.
//
//   node dist/bench/pipeline-cpu.js [--events N] [--rate EVENTS_PER_S] [--kinds packet,lost]
// (run with --trace-gc or under /usr/bin/time -v to see the collector and the peak RSS)
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Pipeline } from '../agent/core/pipeline.js';
import { StageCounters } from '../agent/probes/counters.js';
import { RecordIngest } from '../agent/probes/ingest.js';
import { decodeNf, FRAME_NF, FRAME_HEADER, FrameSplitter, NF_RECORD_SIZE } from '../agent/probes/loader/binary.js';
import { ClientQueue, DEFAULT_LIMITS, Fanout } from '../agent/server/fanout.js';
import { compileFilters } from '../agent/server/filter.js';
import { EventKind } from '../agent/server/service.js';
import type { Clock } from '../agent/core/clock.js';

const args = process.argv.slice(2);
const opt = (name: string, def: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : def;
};
const EVENTS = Number(opt('events', '2000000'));
const RATE = Number(opt('rate', '200000'));
const KINDS: Record<string, EventKind> = { packet: EventKind.EVENT_KIND_PACKET, journey: EventKind.EVENT_KIND_JOURNEY, lost: EventKind.EVENT_KIND_LOST };
const kinds = opt('kinds', 'packet,lost').split(',').map((k) => KINDS[k]!);

// the 12 records of one masqueraded echo round trip, as the loader wrote them
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const fixture = readFileSync(join(root, 'test/fixtures/loader/masquerade-ping-nf.bin'));
const records: Buffer[] = [];
new FrameSplitter((type, b, off, len) => {
  if (type === FRAME_NF && len === NF_RECORD_SIZE) records.push(Buffer.from(b.subarray(off, off + len)));
}).push(fixture.subarray(fixture.indexOf(10) + 1));
if (records.length !== 12) throw new Error(`expected 12 netfilter records in the fixture, found ${records.length}`);
const reqSkb = records[0]!.readBigUInt64LE(8);
const SKB_POOL = 64;

/** Round trips r0..r1-1 as frames in one buffer. */
function frames(r0: number, r1: number, gapNs: number, t0: number): Buffer {
  const FR = FRAME_HEADER + NF_RECORD_SIZE;
  const out = Buffer.allocUnsafe((r1 - r0) * 12 * FR);
  let p = 0;
  for (let r = r0; r < r1; r++) {
    for (let k = 0; k < 12; k++) {
      const src = records[k]!;
      out.writeUInt16LE(FRAME_NF, p);
      out.writeUInt16LE(NF_RECORD_SIZE, p + 2);
      src.copy(out, p + 4);
      const o = p + 4;
      const mono = t0 + (r * 12 + k) * gapNs;
      out.writeUInt32LE(mono % 0x100000000, o);
      out.writeUInt32LE(Math.floor(mono / 0x100000000), o + 4);
      // request and reply skbs from two pools: the slab hands addresses on at once under a flood
      const isReq = src.readBigUInt64LE(8) === reqSkb;
      out.writeBigUInt64LE(0xffff888100000000n + BigInt(((r % SKB_POOL) * 2 + (isReq ? 0 : 1)) * 256), o + 8);
      out.writeUInt16LE(r & 0xffff, o + 102); // ip id
      out.writeUInt16LE(r & 0xffff, o + 130); // icmp seq
      p += FR;
    }
  }
  return out;
}

let mono = 0;
const clock: Clock = { wallOf: (m) => m + 1.7e18, monoNow: () => mono, wallNow: () => mono + 1.7e18 };
const pipeline = new Pipeline({ node: 'bench', clock, netnsNames: new Map() });
const fanout = new Fanout(4096);
const queue = new ClientQueue(DEFAULT_LIMITS, 'client 1', 'bench');
let messages = 0;
let bytesOut = 0;
fanout.subscribe({ filters: compileFilters({ kinds }), queue, wake: () => undefined }, [], true);
pipeline.subscribeBatch(fanout.publishBatch);
const counters = new StageCounters(0, 'netfilter');
const ingest = new RecordIngest({
  counters,
  decode: (type, b, off, len) => (type === FRAME_NF && len >= NF_RECORD_SIZE ? decodeNf(b, off) : undefined),
  onStats: () => undefined,
  sink: pipeline.packets,
  lost: () => undefined,
  batch: 2048,
});
ingest.stop(); // drained here, synchronously, chunk by chunk

const gapNs = 1e9 / RATE;
const t0 = 1e12;
const rounds = Math.ceil(EVENTS / 12);
const CHUNK_ROUNDS = Math.floor(65536 / (12 * (FRAME_HEADER + NF_RECORD_SIZE)));
let nextFlush = t0 + 50e6;
let peakRss = 0;
let peakHeap = 0;
const cpu0 = process.cpuUsage();
const w0 = process.hrtime.bigint();
for (let r = 0; r < rounds; r += CHUNK_ROUNDS) {
  const end = Math.min(rounds, r + CHUNK_ROUNDS);
  ingest.push(frames(r, end, gapNs, t0));
  ingest.flush(Infinity);
  mono = t0 + end * 12 * gapNs;
  while (mono >= nextFlush) {
    pipeline.flush();
    nextFlush += 50e6;
  }
  // the client reads what is queued (grpc-js would write it to the socket)
  while (queue.length) {
    bytesOut += queue.takeMessage(8192, 256 * 1024).length;
    messages++;
  }
  if ((r / CHUNK_ROUNDS) % 64 === 0) {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  }
}
pipeline.stop();
const cpu = process.cpuUsage(cpu0);
const wall = Number(process.hrtime.bigint() - w0) / 1e9;
const events = rounds * 12;
const cpuS = (cpu.user + cpu.system) / 1e6;
const status = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
process.stdout.write(
  JSON.stringify({
    events,
    accepted: counters.agentAccepted,
    lost: queue.lostTotal,
    packets: pipeline.packetsPublished,
    journeys: pipeline.journeysPublished,
    messages,
    bytesOut,
    cpuS: Number(cpuS.toFixed(3)),
    cpuUsPerEvent: Number(((cpuS * 1e6) / events).toFixed(3)),
    eventsPerCpuS: Math.round(events / cpuS),
    wallS: Number(wall.toFixed(3)),
    peakRssMb: Math.round(peakRss / 1048576),
    vmHwmMb: status ? Math.round(Number(status[1]) / 1024) : undefined,
    peakHeapUsedMb: Math.round(peakHeap / 1048576),
  }) + '\n',
);
