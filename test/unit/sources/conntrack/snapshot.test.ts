// The table snapshot read row by row while `conntrack -L` writes (a fake conntrack on a path, no root):
// the same events as parsing the whole output at once, rows split across pipe chunks, a failure with
// conntrack's message; and GetConntrack's pre-encoded table decoding to the same message, read
// through the byte path into one buffer per table.
import t from 'tap';
import protobuf from 'protobufjs/minimal.js';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { pb, type ConntrackEvent } from '../../../../proto/index.js';
import { ownNetns } from '../../../../agent/core/netns.js';
import { ConntrackSource } from '../../../../agent/sources/conntrack/source.js';
import { parseConntrackList } from '../../../../agent/sources/conntrack/parse.js';
import { encodeConntrackTable, observerService } from '../../../../agent/server/service.js';
import { getConntrack } from '../../../../agent/server/conntrack.js';

const FIXTURES = fileURLToPath(new URL('../../../fixtures/conntrack/', import.meta.url));
const linuxOnly = process.platform === 'linux' ? {} : { skip: 'the source spawns through /bin/sh (Linux)' };
const strip = (evs: ConntrackEvent[]) => evs.map(({ timeNs: _t, ...rest }) => rest);

t.test('snapshotEach: every row of a large listing, across pipe chunks, equals the whole-text parse', linuxOnly, async (t) => {
  const fixture = readFileSync(`${FIXTURES}list-established.txt`, 'utf8');
  // ~20,000 rows (over a megabyte): the pipe delivers it in many chunks, rows cut at chunk ends
  const big = Array.from({ length: 5000 }, () => fixture.trimEnd()).join('\n') + '\n';
  const dir = t.testdir({ 'list.txt': big, nf: { nf_conntrack_count: '1\n', nf_conntrack_max: '1\n' } });
  const bin = `${dir}/conntrack`;
  writeFileSync(bin, `#!/bin/sh\n[ "$1" = -L ] || exit 2\ncat "${dir}/list.txt"\necho "conntrack v1.4.7 (conntrack-tools): 20000 flow entries have been shown." >&2\n`);
  chmodSync(bin, 0o755);
  const src = new ConntrackSource({ target: ownNetns(), conntrackBin: bin, netfilterDir: `${dir}/nf` });
  const rows: ConntrackEvent[] = [];
  const n = await src.snapshotEach((e) => rows.push(e));
  const want = parseConntrackList(big, { netns: ownNetns().inode, netnsName: ownNetns().name }).events;
  t.ok(want.length > 10_000, `the listing has ${want.length} rows`);
  t.equal(n, want.length);
  t.same(strip(rows), strip(want));
  t.ok(rows.every((r) => r.timeNs === rows[0]!.timeNs && r.timeNs! > 0), 'one snapshot time on every row');
  t.same(strip(await src.snapshot()), strip(want), 'snapshot() collects the same rows');
});

t.test('snapshotEach: a failing conntrack -L rejects with its exit code and message', linuxOnly, async (t) => {
  const dir = t.testdir({ nf: { nf_conntrack_count: '1\n', nf_conntrack_max: '1\n' } });
  const bin = `${dir}/conntrack`;
  writeFileSync(bin, '#!/bin/sh\necho "conntrack v1.4.7 (conntrack-tools): Operation not permitted" >&2\nexit 1\n');
  chmodSync(bin, 0o755);
  const src = new ConntrackSource({ target: ownNetns(), conntrackBin: bin, netfilterDir: `${dir}/nf` });
  await t.rejects(src.snapshotEach(() => {}), /^command '.*conntrack -L -o extended,id' exited with code 1: .*Operation not permitted/);
  await t.rejects(src.snapshotWire({ onBytes: () => {} }), /^command '.*conntrack -L -o extended,id' exited with code 1: .*Operation not permitted/);
});

t.test('snapshotWire: a large listing in pieces, paused while onBytes waits, equals the object path encoded', linuxOnly, async (t) => {
  const fixture = readFileSync(`${FIXTURES}list-edge.txt`, 'utf8') + readFileSync(`${FIXTURES}list-ktimestamp.txt`, 'utf8');
  const big = Array.from({ length: 1500 }, () => fixture.trimEnd()).join('\n') + '\n'; // ~24,000 rows
  const dir = t.testdir({ 'list.txt': big, nf: { nf_conntrack_count: '1\n', nf_conntrack_max: '1\n' } });
  const bin = `${dir}/conntrack`;
  writeFileSync(bin, `#!/bin/sh\n[ "$1" = -L ] || exit 2\ncat "${dir}/list.txt"\n`);
  chmodSync(bin, 0o755);
  const src = new ConntrackSource({ target: ownNetns(), conntrackBin: bin, netfilterDir: `${dir}/nf` });
  const pieces: Buffer[] = [];
  let waits = 0;
  const rows = await src.snapshotWire({
    chunkBytes: 64 * 1024,
    // every other piece makes conntrack wait a little, as a full gRPC send buffer does
    onBytes: (b) => {
      pieces.push(Buffer.from(b));
      if (pieces.length % 2) return;
      waits++;
      return new Promise((r) => setTimeout(r, 5));
    },
  });
  t.ok(pieces.length > 10, `${pieces.length} pieces`);
  t.ok(waits > 0);
  const table = pb.ConntrackTable.toObject(pb.ConntrackTable.decode(Buffer.concat(pieces)), { longs: Number });
  const want = parseConntrackList(big, { netns: ownNetns().inode, netnsName: ownNetns().name }).events;
  t.equal(rows, want.length);
  t.same(strip(table.entries as ConntrackEvent[]), strip(pb.ConntrackTable.toObject(pb.ConntrackTable.decode(pb.ConntrackTable.encode({ entries: want }).finish()), { longs: Number }).entries as ConntrackEvent[]));
  // a filter: only udp rows, through keep()
  const udp: Buffer[] = [];
  const n = await src.snapshotWire({ onBytes: (b) => void udp.push(Buffer.from(b)), keep: (ev) => ev.entry?.protocol === 17 });
  t.equal(n, want.filter((e) => e.entry?.protocol === 17).length);
  t.ok(n > 0 && n < want.length);
  // a failing onBytes stops conntrack and rejects with its error
  await t.rejects(src.snapshotWire({ chunkBytes: 4096, onBytes: () => Promise.reject(new Error('client went away')) }), /client went away/);
});

t.test('encodeConntrackTable: head plus pre-encoded entries decode to the same table', async (t) => {
  const fixture = readFileSync(`${FIXTURES}list-established.txt`, 'utf8');
  const entries = parseConntrackList(fixture, { netns: 4026531840, netnsName: 'fx', timeNs: 1795443550000000000 }).events;
  const stats = { timeNs: 1795443550000000000, netns: 4026531840, netnsName: 'fx', count: entries.length, max: 262144 };
  const w = pb.ConntrackTable.encode; // reference: the generated encoder on the whole table
  const reference = pb.ConntrackTable.toObject(pb.ConntrackTable.decode(w({ netnsName: 'fx', netns: 4026531840, stats, entries }).finish()), { longs: Number });
  // entries split over two buffers, as the server writes them in chunks
  const enc = (es: ConntrackEvent[]) => {
    const wr = protobuf.Writer.create();
    for (const e of es) pb.ConntrackEvent.encode(e, wr.uint32(34).fork()).ldelim(); // field 4, length-delimited
    return wr.finish();
  };
  const table = encodeConntrackTable({ netnsName: 'fx', netns: 4026531840, stats }, [enc(entries.slice(0, 2)), enc(entries.slice(2))]);
  t.same(pb.ConntrackTable.toObject(pb.ConntrackTable.decode(table), { longs: Number }), reference);
  const error = encodeConntrackTable({ netnsName: 'fx', error: 'cannot read' }, []);
  t.same(pb.ConntrackTable.toObject(pb.ConntrackTable.decode(error)), { netnsName: 'fx', error: 'cannot read' });
});

t.test('GetConntrack from the byte path: one buffer per table, decoded by protobufjs as an older client does, equals the object path', linuxOnly, async (t) => {
  const fixture = readFileSync(`${FIXTURES}list-edge.txt`, 'utf8') + readFileSync(`${FIXTURES}list-ktimestamp.txt`, 'utf8');
  const big = Array.from({ length: 400 }, () => fixture.trimEnd()).join('\n') + '\n'; // ~6,000 rows
  // nf_conntrack_count says 1: the buffer sized from it is far too small and has to grow
  const dir = t.testdir({ 'list.txt': big, nf: { nf_conntrack_count: '1\n', nf_conntrack_max: '262144\n' } });
  const bin = `${dir}/conntrack`;
  writeFileSync(bin, `#!/bin/sh\n[ "$1" = -L ] || exit 2\ncat "${dir}/list.txt"\n`);
  chmodSync(bin, 0o755);
  const own = ownNetns();
  const sources = ['fx1', 'fx2'].map((name) => new ConntrackSource({ target: { ...own, name }, conntrackBin: bin, netfilterDir: `${dir}/nf` }));
  const plain = { longs: Number };
  const decode = (b: Buffer) => pb.GetConntrackResponse.toObject(pb.GetConntrackResponse.decode(b), plain) as { tables?: Array<{ netnsName?: string; stats?: { count?: number; timeNs?: number }; entries?: ConntrackEvent[] }> };
  const serialize = (m: Awaited<ReturnType<typeof getConntrack>>) => observerService.GetConntrack.responseSerialize(m);
  const want = (netnsName: string, keep: (e: ConntrackEvent) => boolean = () => true) => strip(parseConntrackList(big, { netns: own.inode, netnsName }).events.filter(keep));
  const entriesOf = (tb: { entries?: ConntrackEvent[] }) => strip(pb.ConntrackTable.toObject(pb.ConntrackTable.decode(pb.ConntrackTable.encode({ entries: tb.entries ?? [] }).finish()), plain).entries as ConntrackEvent[]);
  const reference = (es: ConntrackEvent[]) => strip(pb.ConntrackTable.toObject(pb.ConntrackTable.decode(pb.ConntrackTable.encode({ entries: es }).finish()), plain).entries as ConntrackEvent[]);

  const one = await getConntrack(sources.slice(0, 1), {});
  t.equal(one.framedTables.length, 1);
  t.equal(serialize(one), one.framedTables[0], 'one netns: its buffer is the response, not a copy');
  const res = decode(serialize(await getConntrack(sources, {})));
  t.same(res.tables!.map((x) => x.netnsName), ['fx1', 'fx2']);
  for (const tb of res.tables!) {
    t.equal(tb.stats?.count, 1, `${tb.netnsName}: the stats as read`);
    t.ok(tb.entries!.length > 5000, `${tb.netnsName}: ${tb.entries!.length} rows`);
    t.same(entriesOf(tb), reference(want(tb.netnsName!).map((e) => ({ ...e }))), `${tb.netnsName}: the rows of the object path`);
  }
  // a filter on a row field: rows through keep(); on the netns: the other table with its stats and no rows
  const udp = decode(serialize(await getConntrack(sources, { allow: [{ protocol: [17] }] })));
  t.same(entriesOf(udp.tables![0]!), reference(want('fx1', (e) => e.entry?.protocol === 17)));
  const onlyFx2 = decode(serialize(await getConntrack(sources, { allow: [{ netns: ['fx2'] }] })));
  t.same(onlyFx2.tables!.map((x) => [x.netnsName, x.entries?.length ?? 0, x.stats?.count]), [['fx1', 0, 1], ['fx2', want('fx2').length, 1]]);
});
