// The table snapshot read row by row while `conntrack -L` writes (a fake conntrack on a path, no root):
// the same events as parsing the whole output at once, rows split across pipe chunks, a failure with
// conntrack's message; and GetConntrack's pre-encoded table decoding to the same message.
import t from 'tap';
import protobuf from 'protobufjs/minimal.js';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { pb, type ConntrackEvent } from '../../../../proto/index.js';
import { ownNetns } from '../../../../agent/core/netns.js';
import { ConntrackSource } from '../../../../agent/sources/conntrack/source.js';
import { parseConntrackList } from '../../../../agent/sources/conntrack/parse.js';
import { encodeConntrackTable } from '../../../../agent/server/service.js';

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
