// The agent queue (RecordIngest) on the captured binary frames: every record received is either
// accepted into the pipeline or counted as lost there, batches come out in stream order with the
// loss reported where the hole is, and the loader's counters pass through in stream order.
import t from 'tap';
import { readFileSync } from 'node:fs';
import { RecordIngest } from '../../../agent/probes/ingest.js';
import { StageCounters } from '../../../agent/probes/counters.js';
import { decodeNf, FRAME_NF, FRAME_PROGRESS, FrameSplitter, type LoaderStats } from '../../../agent/probes/loader/binary.js';
import type { PacketEvent } from '../../../proto/index.js';

const all = readFileSync('test/fixtures/loader/masquerade-ping-nf.bin');
const body = all.subarray(all.indexOf(10) + 1); // the 12 records and the loader's stats frames

function ingest(maxQueued: number, maxQueuedBytes?: number) {
  const counters = new StageCounters(2, 'netfilter');
  const out = { batches: [] as PacketEvent[][], lost: [] as number[], stats: [] as LoaderStats[], order: [] as string[] };
  const ing = new RecordIngest({
    counters,
    maxQueued,
    maxQueuedBytes,
    batch: 5,
    decode: (type, b, off) => (type === FRAME_NF ? decodeNf(b, off) : undefined),
    onStats: (s) => {
      out.stats.push(s);
      out.order.push(`stats@${counters.agentReceived}`);
    },
    sink: (evs) => {
      out.batches.push(evs);
      out.order.push(`batch:${evs.length}`);
    },
    lost: (n) => {
      out.lost.push(n);
      out.order.push(`lost:${n}`);
    },
  });
  return { ing, counters, out };
}

const settle = () => new Promise((r) => setImmediate(() => setImmediate(() => setImmediate(r))));

t.test('all records pass a roomy queue, in order, in batches between event-loop turns', async (t) => {
  const { ing, counters, out } = ingest(1000);
  ing.push(body);
  t.equal(out.batches.length, 0, 'nothing is decoded in the read callback itself');
  for (let i = 0; i < 5 && ing.queued; i++) await settle();
  t.same(out.batches.map((b) => b.length), [5, 5, 2]);
  const skbs = out.batches.flat().map((e) => e.skb);
  t.equal(skbs.length, 12);
  t.match(counters, { agentReceived: 12, agentAccepted: 12, agentQueueLost: 0 });
  t.same(out.lost, []);
  t.equal(out.stats.at(-1)?.written, 12, "the loader's last counters arrive after its 12 records");
});

t.test('a full queue drops and counts, and reports the loss before the next batch', async (t) => {
  const { ing, counters, out } = ingest(4);
  ing.push(body);
  t.match(counters, { agentReceived: 12, agentQueueLost: 8 }, '4 queued, 8 dropped on arrival');
  for (let i = 0; i < 5 && ing.queued; i++) await settle();
  t.same(out.lost, [8]);
  t.equal(out.order.filter((o) => !o.startsWith('stats')).join(' '), 'lost:8 batch:4');
  t.equal(counters.agentReceived, counters.agentQueueLost + counters.agentAccepted, 'received = lost + accepted');
});

t.test('byte-sized chunks give the same records; reset drops a half frame of a crashed run', async (t) => {
  const { ing, counters } = ingest(1000);
  for (let i = 0; i < body.length; i++) ing.push(body.subarray(i, i + 1));
  t.equal(counters.agentReceived, 12);
  ing.push(body.subarray(0, 100)); // a run cut inside its first record
  ing.reset();
  ing.push(body);
  t.equal(counters.agentReceived, 24, 'the next run is read from its first frame');
  ing.flush();
  t.equal(counters.agentAccepted, 24, 'flush decodes what is queued at once');
});

t.test('at shutdown a backlog beyond the bound is counted as lost, not decoded', async (t) => {
  const { ing, counters, out } = ingest(1000);
  ing.push(body);
  ing.flush(5);
  t.match(counters, { agentReceived: 12, agentAccepted: 5, agentQueueLost: 7 });
  t.same(out.lost, [7]);
  t.equal(ing.queued, 0);
});

t.test('the byte bound holds too: a record that does not fit is dropped and counted', async (t) => {
  const { ing, counters, out } = ingest(1000, 164 * 3 + 100); // room for three 164-byte records
  ing.push(body);
  t.match(counters, { agentReceived: 12, agentQueueLost: 9 });
  for (let i = 0; i < 5 && ing.queued; i++) await settle();
  t.same(out.lost, [9]);
  t.same(out.batches.map((b) => b.length), [3]);
  ing.push(body); // drained: room for three again
  for (let i = 0; i < 5 && ing.queued; i++) await settle();
  t.match(counters, { agentReceived: 24, agentAccepted: 6, agentQueueLost: 18 });
});

t.test('progress marks pass on only after the records before them, and keep passing under a steady backlog', async (t) => {
  const counters = new StageCounters(2, 'netfilter');
  const order: string[] = [];
  let sunk = 0;
  const ing = new RecordIngest({
    counters,
    batch: 4,
    decode: (type, b, off) => (type === FRAME_NF ? decodeNf(b, off) : undefined),
    onStats: () => undefined,
    sink: (evs) => {
      sunk += evs.length;
      order.push(`batch:${evs.length}`);
    },
    onProgress: (mono) => order.push(`progress:${mono}@${sunk}`),
    lost: () => undefined,
  });
  const recs: Buffer[] = [];
  new FrameSplitter((type, b, off, len) => type === FRAME_NF && recs.push(Buffer.concat([b.subarray(off - 4, off), b.subarray(off, off + len)]))).push(body);
  const mark = (mono: number) => {
    const f = Buffer.alloc(12);
    f.writeUInt16LE(FRAME_PROGRESS, 0);
    f.writeUInt16LE(8, 2);
    f.writeBigUInt64LE(BigInt(mono), 4);
    return f;
  };
  // a steady backlog: records keep arriving with a mark after every three, faster than one drain turn
  for (let i = 0; i < 4; i++) {
    ing.push(Buffer.concat([recs[3 * i]!, recs[3 * i + 1]!, recs[3 * i + 2]!, mark(1000 + i)]));
  }
  await settle();
  await settle();
  const marks = order.filter((o) => o.startsWith('progress'));
  t.same(marks, ['progress:1000@4', 'progress:1001@8', 'progress:1003@12'], `each mark once its records were sunk (${order.join(' ')})`);
});
