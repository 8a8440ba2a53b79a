// `record --agent` against an agent serving a recording (ReplaySource behind the real gRPC server,
// in this process, no root): the new file's header, snapshots and envelopes come over the API.
// Also the one-sentence flag mistakes of record's two modes.
import t from 'tap';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../../cli/main.js';
import { ReplaySource } from '../../../agent/replay/source.js';
import { RecordingReader } from '../../../agent/record/reader.js';
import { RecordingWriter } from '../../../agent/record/writer.js';
import { ObserverServer } from '../../../agent/server/server.js';
import { planListen } from '../../../agent/server/listen.js';
import { ConntrackEventType, type Envelope } from '../../../proto/index.js';

// run() adds its EPIPE listener to stdout on every call: many calls in one process are expected here
process.stdout.setMaxListeners(50);

const dir = mkdtempSync(join(tmpdir(), 'netscope-record-agent-unit-'));
t.teardown(() => rmSync(dir, { recursive: true, force: true }));

async function quiet(argv: string[]): Promise<{ code: number; err: string }> {
  const errs: string[] = [];
  const orig = process.stderr.write.bind(process.stderr);
  process.stderr.write = ((s: string) => { errs.push(String(s)); return true; }) as typeof process.stderr.write;
  try {
    return { code: await run(argv), err: errs.join('') };
  } finally {
    process.stderr.write = orig;
  }
}

const T0 = 1_800_000_000_000_000_000;

t.test('record --agent from an agent serving a recording', async (t) => {
  const src = join(dir, 'src.nsrec');
  const w = new RecordingWriter(src, { hostname: 'rec-host', kernelRelease: '6.1.0', netns: ['lab-host01'], probeSets: [{ set: 2, state: 1 }], monoToWallOffsetNs: 42 }, [
    { netnsName: 'lab-host01', netns: 7, timeNs: T0, iptablesSave: '-A POSTROUTING -j MASQUERADE', conntrack: [{ type: ConntrackEventType.CONNTRACK_EVENT_TYPE_SNAPSHOT, netnsName: 'lab-host01', netns: 7, entry: { id: '5', protocol: 1 } }] },
  ], { batchMs: 0 });
  const envs: Envelope[] = [];
  for (let i = 1; i <= 20; i++) envs.push({ seq: i, node: 'rec-host', packet: { timeNs: T0 + i * 1000, headers: { src: '10.85.0.2', dst: '192.168.61.12', protocol: i % 2 ? 1 : 6 } } });
  for (const e of envs) w.write(e);
  w.close('test');

  let server: ObserverServer | undefined;
  let go!: () => void;
  const source = new ReplaySource(src, { speed: Infinity, startWhen: new Promise<void>((r) => (go = r)) });
  const sock = join(dir, 'agent.sock');
  server = new ObserverServer(source, { plan: planListen({ address: { kind: 'unix', path: sock } }) });
  await server.start();
  t.teardown(async () => {
    await source.stop();
    await server!.stop();
  });
  const poll = setInterval(() => server!.fanout.clients > 0 && (clearInterval(poll), go()), 5);
  void source.start();

  const out = join(dir, 'api.nsrec');
  const r = await quiet(['record', '--agent', sock, '-o', out, '--proto', 'icmp', '--count', '6']);
  t.equal(r.code, 0, r.err);
  t.match(r.err, /count reached: 6 events/);
  const rd = RecordingReader.open(out);
  const got: Envelope[] = [];
  for (const { batch } of rd.batches()) got.push(...batch.envelopes);
  t.ok(rd.end?.whole, 'whole');
  t.match(rd.header, { hostname: 'rec-host', kernelRelease: '6.1.0', netns: ['lab-host01'], filter: 'proto=icmp' });
  t.match(rd.header.probeSets, [{ set: 2, state: 1 }]);
  t.equal(Number(rd.header.monoToWallOffsetNs), 42, 'the agent\'s clock offset from GetSnapshot');
  t.match(rd.snapshots, [{ netnsName: 'lab-host01', iptablesSave: '-A POSTROUTING -j MASQUERADE', conntrack: [{ entry: { id: '5' } }] }]);
  t.same(got.map((e) => e.seq), [1, 3, 5, 7, 9, 11], 'the icmp envelopes, in order, with their recorded seq');
  rd.close();
});

const cases: Array<[string[], RegExp, number]> = [
  [['record', '-o', 'x.nsrec', '--in-process', '--ip', '10.85.0.2'], /^netscope record: --ip applies to recording from an agent, not to --in-process; drop it or --in-process\.\n$/, 2],
  [['record', '-o', 'x.nsrec', '--in-process', '--agent', '/tmp/a.sock', '--kind', 'journey'], /^netscope record: --agent, --kind apply to recording from an agent/, 2],
  [['record', '-o', 'x.nsrec', '--probes', 'tracepoint'], /^netscope record: --probes applies to --in-process only \(a running agent's probes and kernel filters are its own\)\.\n$/, 2],
  [['record', '-o', 'x.nsrec', '--in-process', '--proto', 'icmp', '--proto', 'tcp'], /^netscope record: --proto takes one value with --in-process, not 2\.\n$/, 2],
  [['record', '-o', 'x.nsrec', '--proto', 'sctp'], /^netscope record: --proto: 'sctp' is not a protocol/, 2],
  [['record', '-o', 'x.nsrec', '--kind', 'packets'], /^netscope record: --kind: unknown kind 'packets'/, 2],
  [['record', '-o', '/nonexistent-netscope-dir/x.nsrec'], /^netscope record: -o: cannot write the recording \/nonexistent-netscope-dir\/x\.nsrec: the directory \/nonexistent-netscope-dir does not exist; pass a path in a directory you may write\.\n$/, 2],
  [['agent', '--record', tmpdir()], /^netscope agent: --record: cannot write the recording .*: it is a directory;/, 2],
  [['record', '-o', 'x.nsrec', '--agent', join(dir, 'nobody-here.sock')], /^netscope record: no agent is listening on /, 1],
];

for (const [argv, want, code] of cases) {
  t.test(argv.join(' '), async (t) => {
    const r = await quiet(argv);
    t.equal(r.code, code);
    t.match(r.err, want);
    t.equal(r.err.trim().split('\n').length, 1, 'one sentence, one line');
  });
}
