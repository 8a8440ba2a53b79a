// Record and replay through the agent and its API (issue 5), on the lab with a tbf uplink:
// - a spawned `agent --record FILE --record-max-size` while `observe -o json --follow` watches a
//   masqueraded ping and an iperf3 burst through the tbf: `replay FILE -o json` prints exactly the
//   journeys, conntrack and qdisc envelopes the live client printed, for the stretch it was connected;
// - the rotated parts FILE, FILE.1, … are each whole and replay in order;
// - `record --agent SOCK --count N` from the running agent writes a whole file of that agent's stream;
// - `agent --replay FILE` as nobody, then `trace -o json` as nobody gives replay's journeys.
import t from 'tap';
import { execa, type ResultPromise } from 'execa';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { kernelTier, uniquePrefix } from '../helpers/kernel.js';
import { labDown, labUp } from '../../agent/lab/lab.js';
import { HOST01_ADDR, HOST02_ADDR, host01Netns, host02Netns, podAddress, podNetns } from '../../agent/lab/topology.js';
import { iperfBurst, ping } from '../../agent/lab/traffic.js';
import { RecordingReader } from '../../agent/record/reader.js';

const BIN = resolve('bin/netscope');
const NOBODY = ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'];
// tap adds its loader hooks to NODE_OPTIONS of every child: not for the CLI, which runs compiled JS
const argvOf = (args: string[], asNobody = false) => [...(asNobody ? NOBODY : []), 'env', '-u', 'NODE_OPTIONS', BIN, ...args];
const spawn = (args: string[], asNobody = false): ResultPromise<{ reject: false }> => {
  const [cmd, ...rest] = argvOf(args, asNobody);
  return execa(cmd!, rest, { reject: false });
};
const cli = async (args: string[], asNobody = false) => {
  const r = await spawn(args, asNobody);
  return { exitCode: r.exitCode, stdout: String(r.stdout), stderr: String(r.stderr) };
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until<T>(what: string, get: () => T | undefined | Promise<T | undefined>, ms = 60_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await get();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

/** Connections the agent has accepted on its socket (ss shows the socket path on the agent's end). */
async function connections(sock: string): Promise<number> {
  const { stdout } = await execa('ss', ['-xH', 'state', 'connected'], { reject: false });
  return stdout.split('\n').filter((l) => l.includes(` ${sock} `)).length;
}

type Json = Record<string, any>;
const lines = (s: string) => s.split('\n').filter(Boolean);
const parse = (l: string) => JSON.parse(l) as Json;
const kindOf = (j: Json) => Object.keys(j).find((k) => k !== 'seq' && k !== 'node')!;
const COMPARED = new Set(['journey', 'conntrack', 'qdisc']);

t.test('agent --record / --replay and record --agent on the lab', kernelTier(['ip', 'iptables', 'conntrack', 'tc', 'ping', 'iperf3', 'bpftrace', 'bpftool', 'setpriv', 'ss']), async (t) => {
  await execa('npx', ['--no-install', 'tsc', '-p', '.']); // the CLI runs from dist/
  const prefix = uniquePrefix('ra');
  t.teardown(() => labDown(prefix).then(() => undefined));
  await labUp({ prefix, pods: 1, tbf: '10mbit' });
  const h01 = host01Netns(prefix);
  const dir = mkdtempSync(join(tmpdir(), 'netscope-record-agent-'));
  chmodSync(dir, 0o755); // nobody reads the recordings below
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'live.nsrec');
  const apiFile = join(dir, 'api.nsrec');
  const sock = join(dir, 'agent.sock');
  const ready = join(dir, 'ready');
  const MAX = 64 * 1024; // small, so that the run rotates into several parts

  const agent = spawn(['agent', '--netns', h01, '--listen', sock, '--ready-file', ready, '--record', file, '--record-max-size', String(MAX)]);
  t.teardown(async () => {
    if (agent.exitCode === null) agent.kill('SIGKILL');
    await agent;
  });
  await until('the agent ready file', () => {
    if (agent.exitCode !== null) throw new Error(`agent exited with ${agent.exitCode}: ${agent.stderr}`);
    return existsSync(ready) ? true : undefined;
  });

  // the live client: what it prints is what replay must print
  const before = await connections(sock);
  const observe = spawn(['observe', '--agent', sock, '--follow', '-o', 'json', '--kind', 'journey,conntrack,qdisc']);
  t.teardown(() => void observe.kill('SIGKILL'));
  let live = '';
  observe.stdout!.on('data', (b: Buffer) => (live += b.toString()));
  await until('observe connected', async () => ((await connections(sock)) > before ? true : observe.exitCode !== null ? true : undefined));

  // a recorder over the API, from the same agent
  const apiReady = join(dir, 'api.ready');
  const recApi = spawn(['record', '--agent', sock, '-o', apiFile, '--count', '300', '--ready-file', apiReady]);
  t.teardown(() => void recApi.kill('SIGKILL'));
  await until('record --agent ready', () => (existsSync(apiReady) || recApi.exitCode !== null ? true : undefined));
  // and one that runs until Ctrl-C
  const intFile = join(dir, 'api-int.nsrec');
  const intReady = join(dir, 'api-int.ready');
  const recInt = spawn(['record', '--agent', sock, '-o', intFile, '--kind', 'journey', '--proto', 'icmp', '--ready-file', intReady]);
  t.teardown(() => void recInt.kill('SIGKILL'));
  await until('record --agent (until Ctrl-C) ready', () => (existsSync(intReady) || recInt.exitCode !== null ? true : undefined));

  await ping(podNetns(prefix, 1), HOST02_ADDR, 3);
  const burst = await iperfBurst(podNetns(prefix, 1), host02Netns(prefix), HOST02_ADDR, 2);
  t.ok(burst.bitsPerSecond > 0, `iperf3 ran through the tbf (${(burst.bitsPerSecond / 1e6).toFixed(2)} Mbit/s)`);
  const burstEnd = Date.now() * 1e6;
  // stop once the client has seen a tbf sample taken after the burst (the agent samples every second)
  const whole = () => lines(live.slice(0, live.lastIndexOf('\n') + 1)); // complete lines only
  await until('a qdisc sample after the burst', () => (whole().some((l) => { const j = parse(l); return j.qdisc?.kind === 'tbf' && j.qdisc.timeNs > burstEnd; }) ? true : undefined), 20_000);
  recInt.kill('SIGINT');
  const ri = await recInt;
  t.equal(ri.exitCode, 0, `record --agent exits 0 on SIGINT: ${ri.stderr}`);
  t.match(String(ri.stderr), /SIGINT: \d+ events/);
  agent.kill('SIGINT');
  const a = await agent;
  t.equal(a.exitCode, 0, `agent exits 0 on SIGINT: ${a.stderr}`);
  t.match(String(a.stderr), /recording closed \(SIGINT\): \d+ events/);
  const o = await observe;
  t.equal(o.exitCode, 1, `observe ends with the agent, and says so (the stream did not end because it was asked): ${o.stderr}`);
  t.match(String(o.stderr), /the agent at .* is stopping \(SIGINT\), so the stream ends here/);
  const r = await recApi;
  t.equal(r.exitCode, 0, `record --agent exits 0: ${r.stderr}`);
  t.match(String(r.stderr), /count reached: 300 events/);

  const rep = await cli(['replay', file, '-o', 'json', '--speed', 'max']);
  t.equal(rep.exitCode, 0, rep.stderr);
  const replayed = lines(rep.stdout);

  await t.test('replay prints what the live observe printed', async (t) => {
    // The client saw journeys, conntrack and qdisc envelopes from when it connected until the agent
    // stopped its server; the recording began before it connected and also holds what the agent
    // published while stopping (journeys it closed after the server went away). So compare the
    // client's lines with the recording's envelopes of those kinds in the seq window the client saw.
    const seen = lines(live);
    const lost = seen.filter((l) => parse(l).lost);
    const shown = seen.filter((l) => !parse(l).lost);
    t.ok(shown.some((l) => { const j = parse(l).journey; return j?.headers?.src === podAddress(1) && (j.nat ?? []).some((n: Json) => n.kind === 'NAT_KIND_SNAT' && n.to === HOST01_ADDR); }), 'the live client saw the masqueraded echo request');
    t.ok(shown.some((l) => parse(l).conntrack), 'and conntrack events');
    t.ok(shown.some((l) => parse(l).qdisc?.kind === 'tbf' && parse(l).qdisc.bytesPerS > 0), 'and tbf samples under load');
    const seqs = shown.map((l) => parse(l).seq as number);
    const [lo, hi] = [Math.min(...seqs), Math.max(...seqs)];
    const window = replayed.filter((l) => { const j = parse(l); return COMPARED.has(kindOf(j)) && j.seq >= lo && j.seq <= hi; });
    t.ok(window.length > 20, `${window.length} envelopes compared (seq ${lo}..${hi})`);
    if (lost.length === 0) {
      t.same(shown, window, 'the same envelopes, in order, timestamps included');
    } else {
      // the client's queue overflowed: it saw fewer, but each one it saw is the recorded one, in order
      const inRecording = new Set(window);
      t.ok(shown.every((l) => inRecording.has(l)), `with ${lost.length} client-queue losses, every envelope the client printed is in the recording`);
      t.same(shown, window.filter((l) => shown.includes(l)), 'in the same order');
    }
  });

  await t.test('rotation: FILE, FILE.1, … are each whole and replay in order', async (t) => {
    const parts = readdirSync(dir).filter((f) => f === 'live.nsrec' || /^live\.nsrec\.\d+$/.test(f)).sort((x, y) => Number(x.split('.')[2] ?? 0) - Number(y.split('.')[2] ?? 0));
    t.ok(parts.length >= 2, `rotated into ${parts.length} parts: ${parts.join(', ')}`);
    let events = 0;
    let lastSeq = 0;
    let ordered = true;
    for (const [i, p] of parts.entries()) {
      const ins = await cli(['inspect', join(dir, p)]);
      t.equal(ins.exitCode, 0, ins.stderr);
      t.match(ins.stdout, /whole\s+yes/, `${p} is whole`);
      const rd = RecordingReader.open(join(dir, p));
      t.equal(rd.header.part, i, `${p} is part ${i}`);
      t.equal(rd.footer?.nextPart ?? '', i < parts.length - 1 ? parts[i + 1] : '', `${p} names the next part`);
      for (const { batch } of rd.batches()) {
        for (const e of batch.envelopes) {
          if (e.seq) {
            if (e.seq <= lastSeq) ordered = false;
            lastSeq = e.seq;
          }
          events++;
        }
      }
      // the writer's policy: a batch that would pass the limit opens the next part, so a part ends
      // (before its footer) within the limit, or holds one batch that alone is larger
      t.ok((rd.footerOffset ?? Infinity) <= MAX || rd.footer?.batches === 1, `${p}: batches end at byte ${rd.footerOffset} of ${MAX} (${rd.footer?.batches} batches)`);
      rd.close();
    }
    t.ok(ordered, 'seq increases across the parts');
    t.equal(replayed.length, events, 'replay FILE goes through every part: as many lines as the parts hold envelopes');
  });

  await t.test('record --agent: a whole file of the agent\'s stream', async (t) => {
    const ins = await cli(['inspect', apiFile]);
    t.equal(ins.exitCode, 0, ins.stderr);
    t.match(ins.stdout, /whole\s+yes/);
    const rd = RecordingReader.open(apiFile);
    t.equal(rd.header.hostname, hostname(), 'header from GetStatus: host');
    t.same(rd.header.netns, [h01], 'header: the agent\'s netns');
    t.ok((rd.header.probeSets ?? []).some((s) => s.state === 1), 'header: the attached probe sets');
    t.ok(rd.snapshots.some((s) => s.netnsName === h01 && (s.iptablesSave ?? '').includes('MASQUERADE') && (s.qdiscs ?? []).some((q) => q.kind === 'tbf') && (s.ipAddrJson ?? '').includes(HOST01_ADDR)), 'snapshot over the API: rules with MASQUERADE, the tbf qdisc, addresses');
    rd.close();
    const api = await cli(['replay', apiFile, '-o', 'json', '--speed', 'max']);
    t.equal(api.exitCode, 0, api.stderr);
    const got = lines(api.stdout);
    t.equal(got.length, 300, 'replays its 300 envelopes');
    // each envelope it holds (but for a loss marker of its own queue) is the agent's, as the agent recorded it
    const recorded = new Set(replayed);
    const own = got.filter((l) => !parse(l).lost);
    t.ok(own.length > 0 && own.every((l) => recorded.has(l)), 'the same envelopes the agent recorded itself');
  });

  await t.test('record --agent ended by Ctrl-C: a whole file of icmp journeys', async (t) => {
    const ins = await cli(['inspect', intFile]);
    t.equal(ins.exitCode, 0, ins.stderr);
    t.match(ins.stdout, /whole\s+yes: footer intact \(closed: SIGINT/);
    const js = lines((await cli(['replay', intFile, '-o', 'json', '--speed', 'max'])).stdout).map(parse).filter((j) => !j.lost);
    t.ok(js.length >= 6, `${js.length} journeys: 3 pings, request and reply each`);
    t.ok(js.every((j) => j.journey?.headers?.protocol === 1), 'only icmp journeys (the filters went to the agent)');
    const recorded = new Set(replayed);
    t.ok(js.every((j) => recorded.has(JSON.stringify(j))), 'each is the one the agent recorded');
  });

  await t.test('agent --replay as nobody; trace -o json as nobody gives replay\'s journeys', async (t) => {
    const expected = lines((await cli(['replay', file, '-o', 'json', '--kind', 'journey', '--speed', 'max'], true)).stdout);
    t.ok(expected.length > 10, `${expected.length} journeys recorded`);
    const home = join(dir, 'nobody');
    mkdirSync(home);
    chownSync(home, 65534, 65534);
    const rsock = join(home, 'agent.sock');
    const rready = join(home, 'ready');
    const served = spawn(['agent', '--replay', file, '--listen', rsock, '--ready-file', rready, '--wait-for-client', '--speed', 'max'], true);
    t.teardown(async () => {
      if (served.exitCode === null) served.kill('SIGKILL');
      await served;
    });
    await until('the replaying agent ready file', () => {
      if (served.exitCode !== null) throw new Error(`agent --replay exited with ${served.exitCode}: ${served.stderr}`);
      return existsSync(rready) ? true : undefined;
    });
    t.equal((await execa('stat', ['-c', '%u %a', rsock])).stdout, '65534 600', "the socket is nobody's, mode 0600");
    const tr = await cli(['trace', '--agent', rsock, '-o', 'json', '--count', String(expected.length)], true);
    t.equal(tr.exitCode, 0, tr.stderr);
    t.same(lines(tr.stdout), expected, 'the same journeys, in order, timestamps included');
    const ct = await cli(['conntrack', '--agent', rsock, '-o', 'json'], true);
    t.equal(ct.exitCode, 0, ct.stderr);
    t.match(parse(lines(ct.stdout)[0]!), { conntrackStats: { netnsName: h01 } }, 'conntrack answers from the replayed state');
    const st = await cli(['probes', '--agent', rsock, '-o', 'json'], true);
    t.equal(st.exitCode, 0, st.stderr);
    t.match(st.stdout, /PROBE_SET_NETFILTER/, 'probe sets from the recording header');
    served.kill('SIGTERM');
    const s = await served;
    t.equal(s.exitCode, 0, `agent --replay exits 0 on SIGTERM: ${s.stderr}`);
    t.notOk(existsSync(rsock), 'and removes its socket');
  });
});
