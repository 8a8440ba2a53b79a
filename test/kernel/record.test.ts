// Record and replay on the lab: `netscope record --in-process` of a masqueraded ping and a tbf iperf3 burst, then
// replay -o json gives back what was recorded, export pcapng shows the ping on both sides of the
// MASQUERADE in tshark, and replay works for an unprivileged user.
import t from 'tap';
import { execa } from 'execa';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { kernelTier, uniquePrefix } from '../helpers/kernel.js';
import { labDown, labUp } from '../../agent/lab/lab.js';
import { HOST01_ADDR, HOST02_ADDR, host01Netns, host02Netns, podAddress, podNetns } from '../../agent/lab/topology.js';
import { iperfBurst, ping } from '../../agent/lab/traffic.js';
import { RecordingReader } from '../../agent/record/reader.js';
import { envelopeToJson, NatKind, type Envelope } from '../../proto/index.js';

const cli = (args: string[], opts: { uid?: string } = {}) => {
  const base = ['-u', 'NODE_OPTIONS', resolve('bin/netscope'), ...args];
  // tap adds its loader hooks to NODE_OPTIONS of every child: not for the CLI, which runs compiled JS
  return opts.uid
    ? execa('setpriv', ['--reuid=nobody', '--regid=nogroup', '--clear-groups', 'env', ...base], { reject: false })
    : execa('env', base, { reject: false });
};

const until = async (what: string, ok: () => boolean, ms = 60000) => {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
};

t.test('record a masqueraded ping and a tbf burst; replay, export pcapng, replay as nobody', kernelTier(['ip', 'iptables', 'conntrack', 'tc', 'ping', 'iperf3', 'bpftrace', 'bpftool', 'tshark', 'setpriv']), async (t) => {
  const prefix = uniquePrefix('rc');
  t.teardown(() => labDown(prefix).then(() => undefined));
  await labUp({ prefix, pods: 1, tbf: '10mbit' });
  await execa('npx', ['--no-install', 'tsc', '-p', '.']);
  const dir = mkdtempSync(join(tmpdir(), 'netscope-record-'));
  chmodSync(dir, 0o755);
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'lab.nsrec');
  const ready = join(dir, 'ready');
  const h01 = host01Netns(prefix);

  const rec = cli(['record', '-o', file, '--in-process', '--netns', h01, '--ready-file', ready]);
  t.teardown(() => void rec.kill('SIGKILL'));
  await until('the recorder to be ready', () => existsSync(ready) || rec.exitCode !== null);
  t.ok(existsSync(ready), `recorder ready (${rec.exitCode === null ? 'running' : `exited ${rec.exitCode}`})`);
  await ping(podNetns(prefix, 1), HOST02_ADDR, 2);
  await iperfBurst(podNetns(prefix, 1), host02Netns(prefix), HOST02_ADDR, 2);
  await new Promise((r) => setTimeout(r, 1500)); // a qdisc sample after the burst, journeys closed
  rec.kill('SIGINT');
  const done = await rec;
  t.equal(done.exitCode, 0, `record exits 0 on SIGINT: ${done.stderr}`);
  t.match(done.stderr, /SIGINT: \d+ events/);

  // what the recorder wrote
  const r = RecordingReader.open(file);
  const recorded: Envelope[] = [];
  for (const { batch } of r.batches()) recorded.push(...batch.envelopes);
  t.ok(r.end?.whole, 'the file is whole (footer written on SIGINT)');
  t.equal(r.header.hostname !== '', true);
  t.ok(r.snapshots.some((s) => s.netnsName === h01 && (s.iptablesSave ?? '').includes('MASQUERADE') && (s.qdiscs ?? []).some((q) => q.kind === 'tbf')), 'snapshot of host01: rules with MASQUERADE, the tbf qdisc');
  r.close();
  const wanted = (e: Envelope) => !!(e.journey || e.conntrack || e.qdisc);
  const expected = recorded.filter(wanted).map((e) => JSON.stringify(envelopeToJson(e)));
  const journeys = recorded.flatMap((e) => (e.journey ? [e.journey] : []));
  t.ok(journeys.some((j) => j.headers?.src === podAddress(1) && j.headers.protocol === 1 && (j.nat ?? []).some((n) => n.kind === NatKind.NAT_KIND_SNAT && n.to === HOST01_ADDR)), 'the masqueraded echo request journey was recorded');
  t.ok(recorded.some((e) => e.conntrack), 'conntrack events were recorded');
  t.ok(recorded.some((e) => e.qdisc?.kind === 'tbf' && (e.qdisc.bytesPerS ?? 0) > 0), 'tbf samples under load were recorded');

  const rep = await cli(['replay', file, '-o', 'json', '--speed', 'max', '--kind', 'journey,conntrack,qdisc']);
  t.equal(rep.exitCode, 0, rep.stderr);
  t.same(rep.stdout.trim().split('\n'), expected, 'replay -o json prints the recorded journeys, conntrack and qdisc events, timestamps included');

  const pcap = join(dir, 'lab.pcapng');
  const ex = await cli(['export', file, '--format', 'pcapng', '-o', pcap]);
  t.equal(ex.exitCode, 0, ex.stderr);
  const ts = await execa('tshark', ['-r', pcap, '-Y', 'icmp', '-T', 'fields', '-e', 'ip.src', '-e', 'ip.dst', '-e', 'icmp.type'], { reject: false });
  t.equal(ts.exitCode, 0, ts.stderr);
  const rows = ts.stdout.trim().split('\n').map((l) => l.split('\t'));
  t.ok(rows.some(([src, dst, type]) => src === podAddress(1) && dst === HOST02_ADDR && type === '8'), 'the echo request with the pod address');
  t.ok(rows.some(([src, dst, type]) => src === HOST01_ADDR && dst === HOST02_ADDR && type === '8'), 'the echo request with the masqueraded address');

  chmodSync(file, 0o644);
  const asNobody = await cli(['replay', file, '-o', 'json', '--speed', 'max', '--kind', 'journey,conntrack,qdisc'], { uid: 'nobody' });
  t.equal(asNobody.exitCode, 0, asNobody.stderr);
  t.same(asNobody.stdout.trim().split('\n'), expected, 'the same replay as nobody');
});
