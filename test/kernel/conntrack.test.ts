// Kernel tier: `netscope conntrack` against a running agent on tables filled by the kernel, not by
// hand: two namespaces of its own, one with a few thousand entries (`conntrack -R`) and the edge
// cases (zone, mark, ipv6, icmp, a SNAT'd row), one small. What the CLI prints over StreamConntrack
// must be what conntrack -L holds (parsed by the object parser), table by table in the agent's order;
// the same over GetConntrack (older clients); filters by netns (decided per table) and by protocol
// (per row); the table view's counts; and the stats count (read from /proc/PID/net/stat of the
// agent's conntrack -E, no process per read) against the netns's own nf_conntrack_count.
import t from 'tap';
import { execa } from 'execa';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { kernelTier, uniquePrefix } from '../helpers/kernel.js';
import { parseConntrackList } from '../../agent/sources/conntrack/parse.js';
import { connectAgent } from '../../cli/client/connect.js';
import { JSON_OPTIONS, pb, type ConntrackEvent } from '../../proto/index.js';

const BIN = resolve('bin/netscope');
const cli = (args: string[]) => execa('env', ['-u', 'NODE_OPTIONS', BIN, ...args], { reject: false, timeout: 60_000 });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const ROWS = 4000;

/** what a row is, without the parts that change between two reads (timeout, time) */
const key = (e: ConntrackEvent['entry']) => JSON.stringify({ ...e, timeoutS: undefined });
/** a parsed row as it is after the wire (proto3 leaves zeros out) */
const wire = (e: ConntrackEvent['entry']) => key(pb.ConntrackEntry.toObject(pb.ConntrackEntry.decode(pb.ConntrackEntry.encode(e ?? {}).finish()), { longs: Number }));

t.test('netscope conntrack on kernel tables: StreamConntrack, GetConntrack, filters, stats', kernelTier(['ip', 'conntrack', 'nsenter', 'setpriv']), async (t) => {
  await execa('npx', ['--no-install', 'tsc', '-p', '.']); // the CLI runs from dist/
  const prefix = uniquePrefix('ct');
  const big = `${prefix}-big`;
  const small = `${prefix}-small`;
  const dir = mkdtempSync(join(tmpdir(), 'netscope-ct-'));
  t.teardown(async () => {
    for (const ns of [big, small]) await execa('ip', ['netns', 'del', ns], { reject: false });
    rmSync(dir, { recursive: true, force: true });
  });
  for (const ns of [big, small]) await execa('ip', ['netns', 'add', ns]);
  const lines: string[] = [];
  for (let k = 0; k < ROWS; k++) lines.push(`-I -p udp -s 10.9.${(k >> 8) & 255}.${k & 255} -d 192.0.2.1 --sport 4000 --dport 53 -t 600`);
  lines.push(
    '-I -p tcp -s 10.0.0.1 -d 10.0.0.2 --sport 1000 --dport 80 --state ESTABLISHED -u ASSURED,SEEN_REPLY -t 600 -m 7',
    '-I -p udp -s 10.0.0.1 -d 10.0.0.2 --sport 1001 --dport 53 -t 600 --zone 3',
    '-I -p icmp -s 10.0.0.1 -d 10.0.0.2 --icmp-type 8 --icmp-code 0 --icmp-id 77 -t 600',
    '-I -p udp -s fd00::1 -d fd00::2 --sport 5000 --dport 53 -t 600',
    '-I -p udp -s 10.85.0.2 -d 192.168.61.12 --sport 40000 --dport 53 -r 192.168.61.12 -q 192.168.61.11 --reply-port-src 53 --reply-port-dst 40000 -t 600',
  );
  writeFileSync(join(dir, 'big'), lines.join('\n') + '\n');
  await execa('ip', ['netns', 'exec', big, 'conntrack', '-R', join(dir, 'big')]);
  writeFileSync(join(dir, 'small'), '-I -p tcp -s 10.1.0.1 -d 10.1.0.2 --sport 2000 --dport 443 --state SYN_SENT -t 600\n');
  await execa('ip', ['netns', 'exec', small, 'conntrack', '-R', join(dir, 'small')]);

  const sock = join(dir, 'agent.sock');
  const ready = join(dir, 'ready');
  // the netfilter probes only: this test is about the conntrack source and the API
  const agent = execa('env', ['-u', 'NODE_OPTIONS', BIN, 'agent', '--netns', big, '--netns', small, '--probes', 'netfilter', '--listen', sock, '--ready-file', ready], { reject: false });
  t.teardown(async () => {
    if (agent.exitCode === null) agent.kill('SIGTERM');
    await agent;
  });
  for (let i = 0; !existsSync(ready); i++) {
    if (agent.exitCode !== null || i > 1200) throw new Error(`the agent did not start: ${String((await agent).stderr).slice(-500)}`);
    await sleep(50);
  }

  // what the kernel holds, through the object parser
  const listing = async (ns: string) => parseConntrackList(String((await execa('ip', ['netns', 'exec', ns, 'conntrack', '-L', '-o', 'extended,id'])).stdout), { netnsName: ns }).events;
  const want = { [big]: await listing(big), [small]: await listing(small) };
  t.equal(want[big]!.length, ROWS + 5, 'the big table holds every inserted row');
  const wantKeys = (ns: string) => want[ns]!.map((e) => wire(e.entry)).sort();

  t.test('-o json over StreamConntrack: stats then rows, table by table, every row as conntrack -L has it', async (t) => {
    const r = await cli(['conntrack', '--agent', sock, '-o', 'json']);
    t.equal(r.exitCode, 0, r.stderr);
    const out = String(r.stdout).trim().split('\n').map((l) => JSON.parse(l) as { conntrackStats?: { netnsName: string; count: number; max: number }; conntrack?: ConntrackEvent & { type: string } });
    const statsAt = out.flatMap((o, i) => (o.conntrackStats ? [i] : []));
    t.same(out.filter((o) => o.conntrackStats).map((o) => o.conntrackStats!.netnsName), [big, small], 'a stats line per table, in the agent order');
    t.equal(statsAt[0], 0, 'the first line is the first table\'s stats');
    const bigRows = out.slice(1, statsAt[1]).map((o) => o.conntrack!);
    const smallRows = out.slice(statsAt[1]! + 1).map((o) => o.conntrack!);
    t.equal(out[statsAt[0]!]!.conntrackStats!.count, ROWS + 5, 'the count in the stats line');
    t.ok(out[statsAt[0]!]!.conntrackStats!.max > 0);
    t.ok(bigRows.every((e) => e.type === 'CONNTRACK_EVENT_TYPE_SNAPSHOT' && e.netnsName === big && (e.timeNs ?? 0) > 0));
    // the JSON mapping names enums: compare through the same mapping
    const asJson = (e: ConntrackEvent) => key(pb.ConntrackEntry.toObject(pb.ConntrackEntry.fromObject(e.entry!), JSON_OPTIONS) as ConntrackEvent['entry']);
    t.same(bigRows.map((e) => key(e.entry)).sort(), want[big]!.map(asJson).sort(), `all ${ROWS + 5} rows of the big table`);
    t.same(smallRows.map((e) => key(e.entry)).sort(), want[small]!.map(asJson).sort(), 'the small table');
    const nat = bigRows.find((e) => e.entry?.original?.src === '10.85.0.2');
    t.equal(nat?.entry?.nat, 'NAT_KIND_SNAT', 'the masqueraded row is marked SNAT');
    t.ok(bigRows.some((e) => e.entry?.zone === 3) && bigRows.some((e) => e.entry?.mark === 7) && bigRows.some((e) => e.entry?.original?.src === 'fd00::1'), 'zone, mark and ipv6 rows');
  });

  t.test('the same rows over GetConntrack, as an older client asks', async (t) => {
    const client = await connectAgent('test', { agent: sock });
    t.teardown(() => client.close());
    const tables = await client.getConntrack({});
    t.same(tables.map((x) => x.netnsName), [big, small]);
    t.same((tables[0]!.entries ?? []).map((e) => key(e.entry)).sort(), wantKeys(big));
    t.same((tables[1]!.entries ?? []).map((e) => key(e.entry)).sort(), wantKeys(small));
    // and StreamConntrack's pieces decode with protobufjs into the same rows
    const pieces: Buffer[] = await new Promise((res, rej) => {
      const got: Buffer[] = [];
      const call = client.streamConntrack({ allow: [{ netns: [big] }] });
      call.on('data', (b: Buffer) => got.push(b));
      call.on('error', rej);
      call.on('end', () => res(got));
    });
    t.ok(pieces.length > 1, `the big table came in ${pieces.length} pieces`);
    const decoded = pieces.map((p) => pb.ConntrackTable.toObject(pb.ConntrackTable.decode(p), { longs: Number }));
    t.ok(decoded[0]!.stats, 'the first piece carries the stats');
    t.ok(decoded.slice(1).every((d) => !d.stats && d.netnsName === big), 'the others only the netns and rows');
    const rows = decoded.flatMap((d) => (d.entries ?? []) as ConntrackEvent[]);
    t.same(rows.map((e) => key(e.entry)).sort(), wantKeys(big));
    t.equal(decoded.at(-1)!.netnsName, big, 'the netns filter left the small table out: not sent');
  });

  t.test('filters: --netns decided per table, --proto per row, and the table view', async (t) => {
    const onlySmall = await cli(['conntrack', '--agent', sock, '-o', 'json', '--netns', small]);
    const lines = String(onlySmall.stdout).trim().split('\n').map((l) => JSON.parse(l) as { conntrackStats?: { netnsName: string }; conntrack?: ConntrackEvent });
    t.same(lines.filter((l) => l.conntrackStats).map((l) => l.conntrackStats!.netnsName), [small]);
    t.equal(lines.filter((l) => l.conntrack).length, want[small]!.length);
    const tcp = await cli(['conntrack', '--agent', sock, '-o', 'json', '--proto', 'tcp']);
    const tcpRows = String(tcp.stdout).trim().split('\n').map((l) => JSON.parse(l) as { conntrack?: ConntrackEvent }).filter((l) => l.conntrack);
    t.equal(tcpRows.length, want[big]!.filter((e) => e.entry?.protocol === 6).length + want[small]!.filter((e) => e.entry?.protocol === 6).length, 'tcp rows of both tables');
    t.ok(tcpRows.every((l) => l.conntrack!.entry?.protocol === 6));
    const table = await cli(['conntrack', '--agent', sock, '--color', 'never']);
    t.equal(table.exitCode, 0, table.stderr);
    const text = String(table.stdout);
    t.match(text, new RegExp(`^${big}: ${ROWS + 5} of max \\d+ entries, 1 NAT'd\\n`), 'the big table\'s header: count, max, NAT\'d rows');
    t.match(text, new RegExp(`\\n${small}: 1 of max \\d+ entries, 0 NAT'd\\n`));
    t.equal(text.split('\n').filter((l) => / 192\.0\.2\.1:53 /.test(l)).length, ROWS, 'a line per bulk row');
    t.match(text, /udp +- +10\.85\.0\.2:40000 → 192\.168\.61\.12:53 +192\.168\.61\.12:53 → 192\.168\.61\.11:40000 +SNAT /);
  });

  t.test('stats follow the table: a row more shows in the count, as the netns itself counts it', async (t) => {
    const client = await connectAgent('test', { agent: sock });
    t.teardown(() => client.close());
    const count = async () => (await client.getConntrack({})).find((x) => x.netnsName === small)!.stats!.count;
    const before = await count();
    writeFileSync(join(dir, 'more'), '-I -p udp -s 10.1.0.9 -d 10.1.0.2 --sport 9 --dport 9 -t 600\n');
    await execa('ip', ['netns', 'exec', small, 'conntrack', '-R', join(dir, 'more')]);
    const after = await count();
    t.equal(after, before! + 1, `${before} then ${after}`);
    const inNs = Number(String((await execa('ip', ['netns', 'exec', small, 'cat', '/proc/sys/net/netfilter/nf_conntrack_count'])).stdout));
    t.equal(after, inNs, 'the count the netns itself shows');
  });
});
