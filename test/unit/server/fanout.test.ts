// The fan-out: ring buffer, bounded per-client queues (drop newest, loss marker where the hole is),
// history for last/first/since, and batches that decode as ObserveResponse.
import t from 'tap';
import { ClientQueue, Fanout, Ring, type Item } from '../../../agent/server/fanout.js';
import { compileFilters, passes } from '../../../agent/server/filter.js';
import { decodeBatch, encodeBatch } from '../../../agent/server/service.js';
import { LossStage, pb, type Envelope } from '../../../proto/index.js';

const env = (seq: number, src = '10.85.0.2'): Envelope => ({ seq, node: 'n', packet: { timeNs: seq * 1000, headers: { src, dst: '192.168.61.12', protocol: 1 } } });
const item = (e: Envelope): Item => ({ bytes: pb.Envelope.encode(e).finish() });
const seqOf = (i: Item) => (pb.Envelope.toObject(pb.Envelope.decode(i.bytes), { longs: Number }) as Envelope).seq;
const decode = (bufs: Uint8Array[]) => bufs.map((b) => pb.Envelope.toObject(pb.Envelope.decode(b), { longs: Number }) as Envelope);

t.test('ring keeps the newest N, oldest first', async (t) => {
  const r = new Ring(3);
  for (let i = 1; i <= 5; i++) r.push(item(env(i)));
  t.same(r.items().map(seqOf), [3, 4, 5]);
  t.equal(r.length, 3);
  const empty = new Ring(0);
  empty.push(item(env(1)));
  t.same(empty.items(), []);
});

t.test('a full queue drops the newest, counts them, and puts one marker where the hole is', async (t) => {
  const q = new ClientQueue({ maxItems: 3, maxBytes: 1 << 20 }, 'client 1', 'n', () => 42);
  for (let i = 1; i <= 10; i++) q.push(pb.Envelope.encode(env(i)).finish());
  t.equal(q.length, 3);
  t.equal(q.lostTotal, 7);
  const first = decode(q.take(2));
  t.same(first.map((e) => e.seq), [1, 2]);
  q.push(pb.Envelope.encode(env(11)).finish()); // room again: the marker goes first
  const rest = decode(q.take(10));
  t.same(rest.map((e) => e.seq ?? 0), [3, 0, 11]);
  t.match(rest[1]!.lost, { stage: LossStage.LOSS_STAGE_CLIENT_QUEUE, source: 'client 1', count: 7, timeNs: 42 });
  t.equal(q.length, 0);
});

t.test('a queue that runs empty after losses gets the marker without waiting for new events', async (t) => {
  const q = new ClientQueue({ maxItems: 2, maxBytes: 1 << 20 }, 'c', 'n');
  for (let i = 1; i <= 5; i++) q.push(pb.Envelope.encode(env(i)).finish());
  t.same(decode(q.take(2)).map((e) => e.seq), [1, 2]);
  t.equal(q.length, 1, 'the marker was queued as the queue emptied');
  t.equal(decode(q.take(1))[0]!.lost?.count, 3);
});

t.test('a full queue never drops a loss marker of another stage: it is merged and delivered with the client-queue marker', async (t) => {
  const q = new ClientQueue({ maxItems: 2, maxBytes: 1 << 20 }, 'c', 'n', () => 42);
  const kernel = (count: number, timeNs: number): Envelope => ({ node: 'n', lost: { stage: LossStage.LOSS_STAGE_KERNEL_BUFFER, source: 'netfilter', count, timeNs } });
  for (let i = 1; i <= 4; i++) q.push(pb.Envelope.encode(env(i)).finish());
  const k1 = kernel(100, 7), k2 = kernel(50, 8), r1: Envelope = { node: 'n', lost: { stage: LossStage.LOSS_STAGE_PROBE_RUNNER, source: 'tracepoint', count: 3 } };
  t.ok(q.push(pb.Envelope.encode(k1).finish(), k1.lost!), 'a marker is never refused');
  t.ok(q.push(pb.Envelope.encode(k2).finish(), k2.lost!));
  t.ok(q.push(pb.Envelope.encode(r1).finish(), r1.lost!));
  t.equal(q.lostTotal, 2, 'only the two packets count as lost for the client');
  const got = decode(q.take(10)).concat(decode(q.take(10)));
  t.same(got.map((e) => e.seq ?? 0), [1, 2, 0, 0, 0]);
  t.match(got[2]!.lost, { stage: LossStage.LOSS_STAGE_KERNEL_BUFFER, source: 'netfilter', count: 150, timeNs: 8 });
  t.match(got[3]!.lost, { stage: LossStage.LOSS_STAGE_PROBE_RUNNER, source: 'tracepoint', count: 3 });
  t.match(got[4]!.lost, { stage: LossStage.LOSS_STAGE_CLIENT_QUEUE, count: 2 });
  t.equal(q.offered, got.length - 1 + q.lostTotal, 'offered = delivered (less the client-queue marker) + lost; merged markers count once');
});

t.test('the byte bound holds too', async (t) => {
  const b = pb.Envelope.encode(env(1)).finish();
  const framed = b.length + 2; // as queued: tag and length in front (a message body as it is)
  const q = new ClientQueue({ maxItems: 1000, maxBytes: framed * 4 }, 'c', 'n');
  for (let i = 0; i < 100; i++) q.push(b);
  t.equal(q.length, 4);
  t.equal(q.queuedBytes, framed * 4);
  t.equal(q.lostTotal, 96);
});

t.test('fan-out: each subscriber gets what passes its filters; a slow one loses only its own', async (t) => {
  const f = new Fanout(100);
  const fast = new ClientQueue({ maxItems: 1000, maxBytes: 1 << 20 }, 'fast', 'n');
  const slow = new ClientQueue({ maxItems: 5, maxBytes: 1 << 20 }, 'slow', 'n');
  const pod2 = new ClientQueue({ maxItems: 1000, maxBytes: 1 << 20 }, 'pod2', 'n');
  let wakes = 0;
  f.subscribe({ filters: compileFilters({}), queue: fast, wake: () => wakes++ }, [], true);
  f.subscribe({ filters: compileFilters({}), queue: slow, wake: () => undefined }, [], true);
  const remove = f.subscribe({ filters: compileFilters({ deny: [{ address: ['10.85.0.2'] }] }), queue: pod2, wake: () => undefined }, [], true);
  for (let i = 1; i <= 20; i++) f.publish(env(i, i % 2 ? '10.85.0.2' : '10.85.0.3'));
  t.equal(fast.length, 20);
  t.equal(slow.length, 5);
  t.equal(slow.lostTotal, 15);
  t.equal(f.clientLostTotal, 15);
  t.same(decode(pod2.take(100)).map((e) => e.seq), [2, 4, 6, 8, 10, 12, 14, 16, 18, 20]);
  t.equal(wakes, 20);
  remove();
  f.publish(env(21, '10.85.0.3'));
  t.equal(pod2.length, 0, 'removed subscribers get nothing');
  t.equal(f.clients, 2);
});

t.test('history: last, first, since, everything; status envelopes are not buffered', async (t) => {
  const f = new Fanout(10);
  for (let i = 1; i <= 15; i++) f.publish(env(i));
  f.publish({ seq: 16, status: { hostname: 'h' } });
  const all = compileFilters({});
  const seqs = (items: Item[]) => items.map(seqOf);
  t.same(seqs(f.history(all, { last: 3 }, false)), [13, 14, 15]);
  t.same(seqs(f.history(all, { first: 2 }, false)), [6, 7]);
  t.same(seqs(f.history(all, { sinceNs: 14000 }, false)), [14, 15]);
  t.same(seqs(f.history(all, {}, true)), [6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
  t.same(f.history(all, {}, false), [], 'follow without history asks for none');
  const q = new ClientQueue({ maxItems: 2, maxBytes: 1 << 20 }, 'c', 'n');
  f.subscribe({ filters: all, queue: q, wake: () => undefined }, f.history(all, { last: 5 }, false), false);
  t.equal(q.length, 5, 'history is not cut by the live bound (the ring bounds it)');
});

t.test('a batch of pre-encoded envelopes is exactly an ObserveResponse', async (t) => {
  const envs = [env(1), env(2), { seq: 3, lost: { stage: LossStage.LOSS_STAGE_CLIENT_QUEUE, count: 9 } }];
  const framed = encodeBatch({ encoded: envs.map((e) => pb.Envelope.encode(e).finish()) });
  const direct = encodeBatch({ envelopes: envs });
  t.same([...framed], [...direct], 'byte for byte what pb.ObserveResponse.encode writes');
  const back = decodeBatch(framed) as { envelopes: Envelope[] };
  t.same(back.envelopes.map((e) => e.seq), [1, 2, 3]);
  t.equal(back.envelopes[2]!.lost?.count, 9);
});

t.test('framing envelopes of every length size is what pb.ObserveResponse.encode writes', async (t) => {
  const big = (n: number): Envelope => ({ seq: n, node: 'n', gap: { source: 'x'.repeat(n), reason: 'r' } });
  const envs = [env(1), big(200), big(20_000), big(3_000_000), env(2)];
  const framed = encodeBatch({ encoded: envs.map((e) => pb.Envelope.encode(e).finish()) });
  t.ok(Buffer.from(pb.ObserveResponse.encode({ envelopes: envs }).finish()).equals(framed));
});

t.test('take stops at about maxBytes (at least one envelope) and the loss marker still follows', async (t) => {
  const q = new ClientQueue({ maxItems: 5, maxBytes: 1 << 20 }, 'c', 'n', () => 42);
  const one = pb.Envelope.encode(env(1)).finish().length + 2; // framed: tag and length in front
  for (let i = 1; i <= 8; i++) q.push(pb.Envelope.encode(env(i)).finish());
  t.same(decode(q.take(100, one * 2)).map((e) => e.seq), [1, 2], 'two fit in twice the size of one');
  t.same(decode(q.take(100, 1)).map((e) => e.seq), [3], 'one even when it alone is larger');
  t.same(decode(q.take(100, Infinity)).map((e) => e.seq), [4, 5], 'the rest');
  t.match(decode(q.take(100, 1))[0]!.lost, { stage: LossStage.LOSS_STAGE_CLIENT_QUEUE, count: 3 }, 'then the marker of the 3 dropped');
  t.equal(q.queuedBytes, 0);
});

t.test('a mixed batch: each client gets its envelopes in order, as one message body, markers kept', async (t) => {
  const f = new Fanout(100);
  const all = new ClientQueue({ maxItems: 1000, maxBytes: 1 << 20 }, 'all', 'n');
  const pod3 = new ClientQueue({ maxItems: 1000, maxBytes: 1 << 20 }, 'pod3', 'n');
  const tiny = new ClientQueue({ maxItems: 5, maxBytes: 1 << 20 }, 'tiny', 'n', () => 42);
  const pod3Filter = compileFilters({ deny: [{ address: ['10.85.0.2'] }] });
  f.subscribe({ filters: compileFilters({}), queue: all, wake: () => undefined }, [], true);
  f.subscribe({ filters: pod3Filter, queue: pod3, wake: () => undefined }, [], true);
  f.subscribe({ filters: compileFilters({}), queue: tiny, wake: () => undefined }, [], true);
  const batch: Envelope[] = [];
  for (let i = 1; i <= 20; i++) {
    if (i === 8) batch.push({ seq: i, node: 'n', lost: { stage: LossStage.LOSS_STAGE_KERNEL_BUFFER, source: 'netfilter', count: 5 } });
    else if (i === 13) batch.push({ seq: i, node: 'n', status: { hostname: 'h' } });
    else batch.push(env(i, i % 3 ? '10.85.0.2' : '10.85.0.3'));
  }
  f.publishBatch(batch);
  const seqs = (b: Buffer) => (decodeBatch(b).envelopes ?? []).map((e) => e.seq ?? 0);
  const msg = all.takeMessage(1000);
  t.same(seqs(msg), batch.map((e) => e.seq), 'everything, in order');
  t.ok(msg.equals(Buffer.from(pb.ObserveResponse.encode({ envelopes: batch }).finish())), 'byte for byte what pb.ObserveResponse.encode writes');
  t.same(seqs(pod3.takeMessage(1000)), batch.filter((e) => passes(pod3Filter, e)).map((e) => e.seq), 'the filter\'s choice, runs split around what it leaves out');
  t.equal(tiny.lostTotal, 14, '5 queued, 14 dropped; the kernel marker is not dropped');
  const got = decodeBatch(tiny.takeMessage(1000)).envelopes!.concat(decodeBatch(tiny.takeMessage(1000)).envelopes!);
  t.same(got.map((e) => e.seq ?? 0), [1, 2, 3, 4, 5, 0, 0]);
  t.match(got[5]!.lost, { stage: LossStage.LOSS_STAGE_KERNEL_BUFFER, count: 5 });
  t.match(got[6]!.lost, { stage: LossStage.LOSS_STAGE_CLIENT_QUEUE, count: 14, timeNs: 42 });
  t.same(f.ring.items().map(seqOf), batch.filter((e) => !e.status).map((e) => e.seq), 'the ring keeps all but the status');
  t.equal(f.clientLostTotal, 14);
});

t.test('takeMessage splits a run at the item and byte bounds', async (t) => {
  const f = new Fanout(0);
  const q = new ClientQueue({ maxItems: 1000, maxBytes: 1 << 20 }, 'c', 'n');
  f.subscribe({ filters: compileFilters({}), queue: q, wake: () => undefined }, [], true);
  const batch = Array.from({ length: 10 }, (_, i) => env(i + 1));
  f.publishBatch(batch);
  const seqs = (b: Buffer) => (decodeBatch(b).envelopes ?? []).map((e) => e.seq ?? 0);
  t.same(seqs(q.takeMessage(3)), [1, 2, 3]);
  const one = pb.Envelope.encode(batch[3]!).finish().length + 2;
  t.same(seqs(q.takeMessage(100, one * 2 + 1)), [4, 5]);
  t.same(seqs(q.takeMessage(100)), [6, 7, 8, 9, 10]);
  t.equal(q.length, 0);
  t.equal(q.queuedBytes, 0);
  t.equal(q.sent, 10);
});
