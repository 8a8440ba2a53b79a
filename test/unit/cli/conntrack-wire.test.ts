// The CLI's hand decoder of ConntrackTable messages against protobufjs: decodeTablePiece gives the
// objects decode + toObject({ longs: Number }) gives, and the `-o json` lines (JsonLineWriter from the
// bytes, conntrackJsonLine from objects) are the text the generated proto3 JSON mapping prints — on
// every captured `conntrack -L` fixture, on hand-made rows, and on rows the agent would never write
// (fields out of order, repeated, unknown, strings that need escaping), which take the object path.
import t from 'tap';
import protobuf from 'protobufjs/minimal.js';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JSON_OPTIONS, pb, type ConntrackEvent } from '../../../proto/index.js';
import { parseConntrackList } from '../../../agent/sources/conntrack/parse.js';
import { SnapshotWireEncoder } from '../../../agent/sources/conntrack/wire.js';
import { encodeConntrackTable } from '../../../agent/server/service.js';
import { JsonLineWriter, conntrackJsonLine, decodeTablePiece, measureTablePiece } from '../../../cli/print/conntrack-wire.js';
import { conntrackCells, growWidths } from '../../../cli/print/tables.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/conntrack/', import.meta.url));
const ctx = { netns: 4026532999, netnsName: 'fx-h1', timeNs: 1795443550123456789 };
const PLAIN = { longs: Number };

/** the old CLI's line for a decoded row */
const oldLine = (e: ConntrackEvent) => JSON.stringify(pb.Envelope.toObject({ conntrack: e } as never, JSON_OPTIONS));

function check(t: Tap.Test, msg: Buffer, what: string): void {
  const ref = pb.ConntrackTable.toObject(pb.ConntrackTable.decode(msg), PLAIN) as { entries?: ConntrackEvent[]; netnsName?: string; netns?: number; error?: string; stats?: object };
  const rows: ConntrackEvent[] = [];
  const piece = decodeTablePiece(msg, (ev) => rows.push(ev));
  t.same(rows, ref.entries ?? [], `${what}: rows as protobufjs decodes them`);
  t.equal(piece.netnsName, ref.netnsName, `${what}: netns_name`);
  t.equal(piece.error, ref.error, `${what}: error`);
  if (ref.stats) t.same(pb.ConntrackStats.toObject(pb.ConntrackStats.decode(piece.stats!), PLAIN), ref.stats, `${what}: stats`);
  const want = (ref.entries ?? []).map(oldLine);
  t.same(rows.map(conntrackJsonLine), want, `${what}: conntrackJsonLine`);
  const w = new JsonLineWriter();
  w.piece(msg);
  t.same(w.take().toString('utf8').split('\n').slice(0, -1), want, `${what}: JsonLineWriter`);
  // the table view's first pass: the widths conntrackCells' cells need (the last column, FLAGS, is never padded)
  const wantWidths = [0, 0, 0, 0, 0, 0, 0];
  for (const e of ref.entries ?? []) growWidths(wantWidths, conntrackCells(e));
  const widths = [0, 0, 0, 0, 0, 0, 0];
  let odd = 0;
  const m = measureTablePiece(msg, widths, (ev) => {
    odd++;
    growWidths(widths, conntrackCells(ev));
  });
  t.same(widths.slice(0, 6), wantWidths.slice(0, 6), `${what}: measureTablePiece widths (${odd} rows decoded)`);
  t.equal(m.rows, (ref.entries ?? []).length, `${what}: measureTablePiece rows`);
  t.equal(m.nat, (ref.entries ?? []).filter((e) => e.entry?.nat === 1 || e.entry?.nat === 2).length, `${what}: measureTablePiece NAT'd rows`);
  t.equal(m.netnsName, ref.netnsName);
  t.equal(m.error, ref.error);
}

const FIXTURE_LISTS = ['list-established.txt', 'list-timewait.txt', 'list-plain.txt', 'list-dnat.txt', 'list-ktimestamp.txt', 'list-edge.txt'];

t.test('rows of every captured listing, as the agent encodes them', async (t) => {
  for (const name of FIXTURE_LISTS) {
    const enc = new SnapshotWireEncoder(ctx);
    enc.push(readFileSync(FIXTURES + name));
    enc.end();
    const stats = { timeNs: ctx.timeNs, netns: ctx.netns, netnsName: ctx.netnsName, count: 3, max: 262144 };
    check(t, Buffer.from(encodeConntrackTable({ netnsName: ctx.netnsName, netns: ctx.netns, stats }, [enc.take()])), name);
  }
});

type Tuple = NonNullable<NonNullable<ConntrackEvent['entry']>['original']>;
const tuple = (o: Partial<Tuple>): Tuple => o;

t.test('hand-made rows: every field, zeros, big counters, escapes, unknown enum values', async (t) => {
  const rows: ConntrackEvent[] = [
    { type: 4, timeNs: 1795443550123456789, netns: 4026532999, netnsName: 'fx', entry: { id: '1', protocol: 6, state: 'ESTABLISHED', timeoutS: 431999, original: tuple({ src: '10.0.0.1', dst: '10.0.0.2', protocol: 6, srcPort: 1, dstPort: 2 }), reply: tuple({ src: '10.0.0.2', dst: '10.0.0.9', protocol: 6, srcPort: 2, dstPort: 1 }), flags: ['ASSURED', 'SEEN_REPLY'], mark: 4294967295, zone: 65535, use: 2, origPackets: 9007199254740991, origBytes: 4294967296, replyPackets: 1, replyBytes: 2 ** 40, nat: 1 } },
    { type: 4, entry: { protocol: 1, original: tuple({ src: 'fd00::1', dst: 'fd00::2', protocol: 1, icmpId: 7, icmpType: 8, icmpCode: 3 }), reply: tuple({}), nat: 2 } },
    { type: 9, netnsName: 'na"me\\with\tescapes', entry: { id: 'é', state: 'X\u0001', flags: [''], nat: 7, original: tuple({ src: '💥' }) } },
    { netns: 1 },
    {},
    { type: 4, entry: {} },
    { type: 4, timeNs: 2 ** 63, netns: 2 ** 64 - 2 ** 12, entry: { origPackets: 2 ** 53 + 2, protocol: 2 ** 32 - 1 } },
  ];
  const w = protobuf.Writer.create();
  for (const r of rows) pb.ConntrackEvent.encode(r, w.uint32(34).fork()).ldelim();
  check(t, Buffer.from(encodeConntrackTable({ netnsName: 'fx', error: 'cut short: conntrack -L exited with code 1' }, [Buffer.from(w.finish())])), 'hand-made');
});

t.test('rows the agent never writes take the object path and still print the same', async (t) => {
  const w = protobuf.Writer.create();
  // an entry whose fields come out of order, a repeated scalar (the last wins), flags split by another
  // field, and an unknown field of each wire type
  const entry = protobuf.Writer.create();
  entry.uint32(16).uint32(17); // protocol
  entry.uint32(10).string('77'); // id, after protocol
  entry.uint32(80).uint32(1).uint32(80).uint32(3); // use twice
  entry.uint32(58).string('A').uint32(64).uint32(5).uint32(58).string('B'); // flag, mark, flag
  entry.uint32(16 * 8).uint32(1); // field 16, varint
  entry.uint32((17 << 3) | 1).fixed64(5); // field 17, fixed64
  entry.uint32((18 << 3) | 2).string('x'); // field 18, bytes
  entry.uint32((19 << 3) | 5).fixed32(9); // field 19, fixed32
  const ev = protobuf.Writer.create();
  ev.uint32(8).int32(4).uint32(34).string('ns').uint32(16).uint64(5); // name before time
  ev.uint32(42).bytes(entry.finish());
  w.uint32(34).bytes(ev.finish());
  // a duplicate entry field: protobufjs keeps the last
  const ev2 = protobuf.Writer.create();
  ev2.uint32(42).bytes(pb.ConntrackEntry.encode({ id: 'first' }).finish());
  ev2.uint32(42).bytes(pb.ConntrackEntry.encode({ id: 'second' }).finish());
  w.uint32(34).bytes(ev2.finish());
  // a tuple with its fields reversed
  const tu = protobuf.Writer.create();
  tu.uint32(32).uint32(80).uint32(10).string('1.2.3.4');
  const ev3 = protobuf.Writer.create();
  ev3.uint32(42).bytes(protobuf.Writer.create().uint32(42).bytes(tu.finish()).finish());
  w.uint32(34).bytes(ev3.finish());
  check(t, Buffer.from(encodeConntrackTable({ netnsName: 'odd', netns: 5 }, [Buffer.from(w.finish())])), 'odd shapes');
});

t.test('a stream of pieces: one writer, the shared row head changes between tables', async (t) => {
  const text = readFileSync(`${FIXTURES}list-edge.txt`);
  const w = new JsonLineWriter();
  let got = '';
  let want = '';
  for (const c of [ctx, { ...ctx, netnsName: 'other', netns: 7 }, {}]) {
    const enc = new SnapshotWireEncoder(c);
    enc.push(text);
    enc.end();
    const msg = Buffer.from(encodeConntrackTable({ netnsName: c.netnsName }, [enc.take()]));
    w.piece(msg);
    got += w.take().toString('utf8');
    want += parseConntrackList(text.toString(), c).events.map((e) => oldLine(pb.ConntrackEvent.toObject(pb.ConntrackEvent.decode(pb.ConntrackEvent.encode(e).finish()), PLAIN) as ConntrackEvent) + '\n').join('');
  }
  t.equal(got, want);
});

t.test('a message cut short is an error, not a wrong line', async (t) => {
  const enc = new SnapshotWireEncoder(ctx);
  enc.push(readFileSync(`${FIXTURES}list-established.txt`));
  enc.end();
  const msg = Buffer.from(encodeConntrackTable({ netnsName: 'fx' }, [enc.take()]));
  t.throws(() => decodeTablePiece(msg.subarray(0, msg.length - 3), () => {}));
  t.throws(() => new JsonLineWriter().piece(msg.subarray(0, msg.length - 3)));
});
