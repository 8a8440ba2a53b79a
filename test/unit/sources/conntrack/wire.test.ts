// The byte-level snapshot encoder against the object parser plus the generated encoder: for every row of
// every captured `conntrack -L` fixture, and for edge cases written by hand, the same bytes — fed whole,
// and fed in chunks cut at every possible place.
import t from 'tap';
import protobuf from 'protobufjs/minimal.js';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { pb, type ConntrackEvent } from '../../../../proto/index.js';
import { parseConntrackList, parseSnapshotLine } from '../../../../agent/sources/conntrack/parse.js';
import { SnapshotWireEncoder, TABLE_ENTRIES_TAG } from '../../../../agent/sources/conntrack/wire.js';
import { compileFilters, passes } from '../../../../agent/server/filter.js';
import type { Filter } from '../../../../agent/server/service.js';

const FIXTURES = fileURLToPath(new URL('../../../fixtures/conntrack/', import.meta.url));
const fixture = (name: string): string => readFileSync(FIXTURES + name, 'utf8');
const ctx = { netns: 4026532999, netnsName: 'fx-h1', timeNs: 1795443550123456789 };

/** what the object path sends for this output (as snapshotEach reads it): each row as ConntrackTable.entries */
function reference(text: string, keep?: (ev: ConntrackEvent) => boolean): Buffer {
  const w = protobuf.Writer.create();
  for (const line of text.split('\n')) {
    const ev = parseSnapshotLine(line, ctx);
    if (!ev || (keep && !keep(ev))) continue;
    w.uint32(TABLE_ENTRIES_TAG);
    pb.ConntrackEvent.encode(ev, w.fork()).ldelim();
  }
  return Buffer.from(w.finish());
}

function encode(text: string, cuts: number[] = [], keep?: (ev: ConntrackEvent) => boolean): { bytes: Buffer; rows: number } {
  const enc = new SnapshotWireEncoder(ctx, keep, 256); // a small chunk size: take() mid-way, buffers grow
  const all = Buffer.from(text);
  const parts: Buffer[] = [];
  let from = 0;
  for (const c of [...cuts, all.length]) {
    enc.push(all.subarray(from, c));
    from = c;
    if (enc.size > 256) parts.push(enc.take());
  }
  enc.end();
  parts.push(enc.take());
  return { bytes: Buffer.concat(parts), rows: enc.rows };
}

const LISTS = ['list-established.txt', 'list-timewait.txt', 'list-plain.txt', 'list-dnat.txt', 'list-ktimestamp.txt', 'list-edge.txt'];

for (const name of LISTS) {
  t.test(`${name}: the same bytes as parse + pb.ConntrackEvent.encode`, async (t) => {
    const text = fixture(name);
    const want = reference(text);
    const got = encode(text);
    t.ok(want.length > 0);
    t.equal(got.rows, parseConntrackList(text, ctx).events.length, 'every row counted');
    t.same(got.bytes, want);
    // cut at every byte of the first rows: partial lines carried across chunks
    for (let c = 1; c < Math.min(text.length, 400); c++) {
      const cut = encode(text, [c]);
      if (!cut.bytes.equals(want)) {
        t.fail(`cut at byte ${c} differs`);
        break;
      }
    }
  });
}

t.test('list-edge.txt holds the edge cases this encoder must get right', async (t) => {
  const text = fixture('list-edge.txt');
  for (const needle of ['[UNREPLIED]', '[ASSURED]', 'mark=7', 'zone=3', 'use=1', 'type=128 code=0 id=99', 'ipv6     10', 'sctp     132', 'dccp     33', 'unknown  253', 'gre      47', 'srckey=0x1', 'dst=192.168.61.11 sport=53', 'src=10.85.0.4']) {
    t.ok(text.includes(needle), `list-edge.txt holds ${needle}`);
  }
  const decoded = pb.ConntrackTable.toObject(pb.ConntrackTable.decode(encode(text).bytes), { longs: Number, enums: String });
  const entries = (decoded.entries as Array<{ entry: Record<string, unknown> }>).map((e) => e.entry);
  t.ok(entries.some((e) => e.nat === 'NAT_KIND_SNAT'), 'a SNAT row');
  t.ok(entries.some((e) => e.nat === 'NAT_KIND_DNAT'), 'a DNAT row');
  t.ok(entries.some((e) => e.zone === 3 && (e.flags as string[]).includes('UNREPLIED')), 'zone= and [UNREPLIED]');
  t.ok(entries.some((e) => e.mark === 7 && (e.flags as string[]).includes('ASSURED') && e.state === 'ESTABLISHED'), 'mark= and [ASSURED]');
  t.ok(entries.some((e) => (e.original as { icmpId?: number; icmpType?: number }).icmpType === 128 && (e.original as { icmpId?: number }).icmpId === 99), 'icmpv6 echo id and type');
  t.ok(entries.some((e) => e.protocol === 253 && (e.original as { src?: string }).src === '::1'), 'unknown protocol over ipv6');
});

// Written by hand (this machine has no SELinux, so no secctx=; the others are the shapes the object
// parser knows and the common path must hand over to it or match).
const EDGE = [
  'ipv4     2 tcp      6 431999 ESTABLISHED src=10.0.0.1 dst=10.0.0.2 sport=1 dport=2 src=10.0.0.2 dst=10.0.0.1 sport=2 dport=1 [ASSURED] mark=0 secctx=system_u:object_r:unlabeled_t:s0 use=1 id=12',
  'ipv4     2 udp      17 26 src=1.1.1.1 dst=2.2.2.2 sport=5 dport=6 src=2.2.2.2 dst=1.1.1.1 sport=6 dport=5 mark=0 delta-time=3 [start=Mon Nov 23 14:19:29 2026] use=1 id=9',
  'ipv4     2 udp      17 26 src=1.1.1.1 dst=2.2.2.2 sport=5 dport=6\tsrc=2.2.2.2 dst=1.1.1.1 sport=6 dport=5 use=1',
  'ipv4     2 tcp      6 10 CLOSE src=1.1.1.1 dst=2.2.2.2 sport=x dport=6 src=2.2.2.2 dst=1.1.1.1 sport=6 dport=5 use=1',
  'ipv4     2 tcp      6 10 CLOSE src=1.1.1.1 dst=2.2.2.2 sport=5 dport=6 packets=123456789012345678 bytes=1 src=2.2.2.2 dst=1.1.1.1 sport=6 dport=5 use=1',
  'ipv4     2 tcp      6 10 CLOSE src=1.1.1.1 dst=2.2.2.2 sport=5 dport=6 packets=9007199254740 bytes=281474976710655 src=2.2.2.2 dst=1.1.1.1 sport=6 dport=5 packets=1 bytes=4294967296 mark=4294967295 zone=65535 use=1 id=4294967295',
  'ipv4     2 tcp      6 10 CLOSE src=1.1.1.1 dst=2.2.2.2 sport=5 dport=6 src=2.2.2.2 dst=1.1.1.1 sport=6 dport=5 mark=4294967296 use=1',
  'ipv4     2 tcp      6 CLOSE src=1.1.1.1 dst=2.2.2.2 sport=5 dport=6 src=2.2.2.2 dst=1.1.1.1 sport=6 dport=5',
  'ipv4     2 udp      17 30 src=1.1.1.1 dst= sport=5 dport=6 src=2.2.2.2 dst=1.1.1.1 sport=6 dport=5',
  'ipv4     2 udp      17 30 src=1.1.1.1 dst=2.2.2.2 sport=5 dport=6 [UNREPLIED] src=2.2.2.2 dst=1.1.1.1 sport=6 dport=5 [HW_OFFLOAD] [OFFLOAD] use=2',
  'ipv4     2 udp      17 30 src=1.1.1.1 dst=2.2.2.2 sport=5 dport=6 src=2.2.2.2 dst=1.1.1.1 sport=6 dport=5 src=3.3.3.3 use=2',
  'ipv4     2 udp      17 30 src=1.1.1.1 dst=2.2.2.2 sport=5 dport=6 src=2.2.2.2 dst=1.1.1.1 sport=6 dport=5 [] use=2',
  'ipv4     2 icmp     1 30 src=1.1.1.1 dst=2.2.2.2 type=3 code=1 src=2.2.2.2 dst=1.1.1.1 type=0 code=0 id=7',
  'ipv4     2 udp      17 30 src=1.1.1.1 dst=2.2.2.2 sport=5 dport=6 src=2.2.2.2 dst=1.1.1.1 sport=6 dport=5 id=1 id=2',
  'ipv4     2 udp      17 30 src=1.1.1.1 dst=2.2.2.2 sport=5 dport=6 src=2.2.2.2 dst=1.1.1.1 sport=6 dport=5 labels=0x1 use=1 portid=7',
  'ipv4     2 udp      17 30 src=1.1.1.1 dst=2.2.2.2 sport=5 dport=6 src=2.2.2.2',
  'ipv4     2 udp      17 30 src=1.1.1.1 dst=2.2.2.2',
  'ipv4     2 udp      17 30 src=1.1.1.1 dst=2.2.2.2 sport=5 dport=6 src=2.2.2.2 dst=1.1.1.1 sport=6 dport=5 use=1\r',
  'ipv4     2 udp      17 30 src=1.1.1.1 dst=2.2.2.2 sport=5 dport=6 src=2.2.2.2 dst=1.1.1.1 sport=6 dport=5 use=1 ENOBUFS',
  'ipv4     2 udp      17 30 src=1.1.1.1 dst=2.2.2.2 sport=5 dport=6 src=2.2.2.2 dst=1.1.1.1 sport=6 dport=5 mark=1 mark=2 use=1',
  'ipv4     2 udp      17 30 src=1.1.1.1 dst=2.2.2.2 sport=5 dport=6 src=2.2.2.2 dst=1.1.1.1 sport=6 dport=5 mark=0x10',
  'ipv4     2 udp      17 30 src=1.1.1.1 dst=2.2.2.2 sport=05 dport=6 src=2.2.2.2 dst=1.1.1.1 sport=6 dport=5',
  'ipv4     2 weird-proto 0 30 src=1.1.1.1 dst=2.2.2.2 src=2.2.2.2 dst=1.1.1.1',
  'ipv4 x udp 17 30 src=1.1.1.1 dst=2.2.2.2 src=2.2.2.2 dst=1.1.1.1',
  'ipv4     2 udp      17 30 src=é dst=2.2.2.2 src=2.2.2.2 dst=é',
  'ipv4     2 udp      17 30 src=1.1.1.1 dst=2.2.2.2 sport=5 dport=6 src=2.2.2.2 dst=1.1.1.1 sport=6 dport=5 =x use=1',
  'tcp      6 119 TIME_WAIT src=10.85.0.4 dst=192.168.61.12 sport=39422 dport=5201 src=192.168.61.12 dst=192.168.61.11 sport=5201 dport=39422 [ASSURED] mark=0 use=1',
  '',
  'conntrack v1.4.7 (conntrack-tools): 2 flow entries have been shown.',
  'not a row at all',
];

t.test('hand-written edge cases: the same bytes, row by row and all together', async (t) => {
  for (const line of EDGE) {
    const text = line + '\n';
    t.same(encode(text).bytes, reference(text), JSON.stringify(line));
  }
  const all = EDGE.join('\n');
  t.same(encode(all).bytes, reference(all), 'all at once, the last line without a newline');
});

t.test('with a filter every row goes through keep(), and only kept rows are encoded', async (t) => {
  const text = fixture('list-edge.txt') + fixture('list-established.txt');
  const keep = (ev: ConntrackEvent) => ev.entry?.protocol === 17;
  const got = encode(text, [100, 1000], keep);
  t.same(got.bytes, reference(text, keep));
  t.equal(got.rows, parseConntrackList(text, ctx).events.filter(keep).length);
  t.ok(got.rows > 0 && got.rows < parseConntrackList(text, ctx).events.length);
});

t.test('the API filters on the byte path (a light event per row): the rows the object path keeps, byte for byte', async (t) => {
  const text = ['list-edge.txt', 'list-established.txt', 'list-dnat.txt', 'list-timewait.txt', 'list-plain.txt', 'list-ktimestamp.txt'].map(fixture).join('');
  const all = parseConntrackList(text, ctx).events.length;
  const cases: Array<{ allow?: Filter[]; deny?: Filter[] }> = [
    { allow: [{ protocol: [6] }] },
    { allow: [{ protocol: [1, 58] }] },
    { allow: [{ address: ['10.85.0.0/16'] }] },
    { allow: [{ address: ['192.168.61.12'] }, { port: [53] }] },
    { allow: [{ port: [5201] }] },
    { allow: [{ protocol: [6], port: [80] }] },
    { deny: [{ protocol: [17] }] },
    { allow: [{ netns: ['fx-h1'], protocol: [17] }], deny: [{ address: ['10.0.0.1/32'] }] },
    { allow: [{ netns: ['4026532999'] }], deny: [{ port: [1000] }] },
    { allow: [{ interface: ['eth0'] }] }, // not a conntrack fact: nothing passes
  ];
  for (const c of cases) {
    const cf = compileFilters(c);
    const keep = (ev: ConntrackEvent) => passes(cf, { conntrack: ev });
    const got = encode(text, [100, 1000, 5000], keep);
    const want = parseConntrackList(text, ctx).events.filter(keep).length;
    t.same(got.bytes, reference(text, keep), `${JSON.stringify(c)}: the same bytes`);
    t.equal(got.rows, want, `${JSON.stringify(c)}: ${want} of ${all} rows`);
  }
});

t.test('no context: no time, netns or name on the rows', async (t) => {
  const text = fixture('list-timewait.txt');
  const enc = new SnapshotWireEncoder({});
  enc.push(Buffer.from(text));
  enc.end();
  const w = protobuf.Writer.create();
  for (const ev of parseConntrackList(text, {}).events) pb.ConntrackEvent.encode(ev, w.uint32(TABLE_ENTRIES_TAG).fork()).ldelim();
  t.same(enc.take(), Buffer.from(w.finish()));
});
