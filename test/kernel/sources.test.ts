// Kernel tier: the conntrack and qdisc sources on a small masquerade topology of their own
// (pod → host01 [MASQUERADE, tbf on eth0] → host02). Traffic stays inside these namespaces;
// teardown removes the namespaces and every process in them, also when a test fails.
import t from 'tap';
import { execa, type ResultPromise } from 'execa';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ConntrackEventType, NatKind, type Envelope, type QdiscSample } from '../../proto/index.js';
import { resolveNetns } from '../../agent/core/netns.js';
import { ConntrackSource } from '../../agent/sources/conntrack/source.js';
import { QdiscSource } from '../../agent/sources/qdisc/source.js';
import { kernelTier, uniquePrefix } from '../helpers/kernel.js';

const TOOLS = ['ip', 'iptables', 'conntrack', 'tc', 'ping', 'iperf3', 'nsenter', 'setpriv', 'ss'];
const POD = '10.85.0.4';
const H1_POD_SIDE = '10.85.0.1';
const H1_UPLINK = '192.168.61.11';
const H2 = '192.168.61.12';
const TBF_RATE_BYTES = 1_250_000; // 10mbit

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const sh = (argv: string[]) => execa(argv[0]!, argv.slice(1), { stdin: 'ignore' });
const inNs = (ns: string, argv: string[]) => sh(['ip', 'netns', 'exec', ns, ...argv]);

async function topologyUp(p: string): Promise<void> {
  const [pod, h1, h2] = [`${p}-pod`, `${p}-h1`, `${p}-h2`];
  for (const ns of [pod, h1, h2]) await sh(['ip', 'netns', 'add', ns]);
  await sh(['ip', 'link', 'add', 'vpod', 'netns', h1, 'type', 'veth', 'peer', 'name', 'eth0', 'netns', pod]);
  await sh(['ip', 'link', 'add', 'eth0', 'netns', h1, 'type', 'veth', 'peer', 'name', 'eth0', 'netns', h2]);
  await sh(['ip', '-n', pod, 'addr', 'add', `${POD}/16`, 'dev', 'eth0']);
  await sh(['ip', '-n', h1, 'addr', 'add', `${H1_POD_SIDE}/16`, 'dev', 'vpod']);
  await sh(['ip', '-n', h1, 'addr', 'add', `${H1_UPLINK}/24`, 'dev', 'eth0']);
  await sh(['ip', '-n', h2, 'addr', 'add', `${H2}/24`, 'dev', 'eth0']);
  for (const [ns, dev] of [[pod, 'eth0'], [pod, 'lo'], [h1, 'vpod'], [h1, 'eth0'], [h1, 'lo'], [h2, 'eth0'], [h2, 'lo']] as const) {
    await sh(['ip', '-n', ns, 'link', 'set', dev, 'up']);
  }
  await sh(['ip', '-n', pod, 'route', 'add', 'default', 'via', H1_POD_SIDE]);
  await inNs(h1, ['sysctl', '-qw', 'net.ipv4.ip_forward=1']);
  await inNs(h1, ['iptables', '-t', 'nat', '-A', 'POSTROUTING', '-s', '10.85.0.0/16', '!', '-d', '10.85.0.0/16', '-j', 'MASQUERADE']);
}

/** Sync, so it also works from process.on('exit'): kill what runs in the namespaces, delete them. */
function topologyDown(p: string): void {
  for (const ns of [`${p}-pod`, `${p}-h1`, `${p}-h2`]) {
    for (const pid of nsPids(ns)) {
      try { process.kill(pid, 'SIGKILL'); } catch { /* gone */ }
    }
    try { execFileSync('ip', ['netns', 'del', ns], { stdio: 'ignore' }); } catch { /* not there */ }
  }
}

function nsPids(ns: string): number[] {
  try {
    return execFileSync('ip', ['netns', 'pids', ns], { encoding: 'utf8' }).split('\n').filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

/** pids of our own children with this comm (conntrack runs as a direct child: setpriv and nsenter exec) */
function childrenNamed(comm: string): number[] {
  const out: number[] = [];
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === process.pid && readFileSync(`/proc/${d}/comm`, 'utf8').trim() === comm) out.push(Number(d));
    } catch { /* exited */ }
  }
  return out;
}

/** pids with this comm whose network namespace is nsPath's */
function pidsInNetns(comm: string, nsPath: string): number[] {
  const ino = statSync(nsPath).ino;
  return readdirSync('/proc').filter((d) => /^\d+$/.test(d)).map(Number).filter((pid) => {
    try {
      return readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === comm && statSync(`/proc/${pid}/ns/net`).ino === ino;
    } catch {
      return false;
    }
  });
}

/** Resolves once some envelope (past or future) satisfies pred; rejects after timeoutMs. */
function collector() {
  const seen: Envelope[] = [];
  const waiters: { pred: (e: Envelope) => boolean; resolve: (e: Envelope) => void }[] = [];
  const emit = (e: Envelope) => {
    seen.push(e);
    for (const w of [...waiters]) if (w.pred(e)) { waiters.splice(waiters.indexOf(w), 1); w.resolve(e); }
  };
  const waitFor = (what: string, pred: (e: Envelope) => boolean, timeoutMs = 8000, from = 0): Promise<Envelope> => {
    const hit = seen.slice(from).find(pred);
    if (hit) return Promise.resolve(hit);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)), timeoutMs);
      waiters.push({ pred, resolve: (e) => { clearTimeout(timer); resolve(e); } });
    });
  };
  return { seen, emit, waitFor };
}

t.test('conntrack and qdisc sources on a masquerade topology', kernelTier(TOOLS), async (t) => {
  const p = uniquePrefix('src');
  const onExit = () => topologyDown(p);
  process.on('exit', onExit);
  const spawned: ResultPromise[] = [];
  t.teardown(async () => {
    for (const c of spawned) c.kill('SIGKILL');
    await Promise.allSettled(spawned);
    topologyDown(p);
    process.off('exit', onExit);
  });
  await topologyUp(p);
  const h1 = resolveNetns(`${p}-h1`);

  t.test('conntrack: NEW with masquerade, stats, snapshot, crash and restart', async (t) => {
    const src = new ConntrackSource({ target: h1, statsIntervalMs: 200, restartInitialMs: 100 });
    t.teardown(() => src.stop());
    t.equal(await src.canRun(), undefined, 'can run here');
    const c = collector();
    await src.start(c.emit);
    t.equal(pidsInNetns('conntrack', h1.path).length, 1, 'one conntrack -E in host01 once ready');

    await inNs(`${p}-pod`, ['ping', '-c1', '-W2', H2]);
    const isPing = (e: Envelope) => e.conntrack?.entry?.protocol === 1 && e.conntrack.entry.original?.src === POD && e.conntrack.entry.original.dst === H2;
    const created = await c.waitFor('NEW icmp event', (e) => isPing(e) && e.conntrack!.type === ConntrackEventType.CONNTRACK_EVENT_TYPE_NEW);
    const ev = created.conntrack!;
    t.equal(ev.entry!.reply!.dst, H1_UPLINK, "reply tuple's dst is host01's uplink: masqueraded");
    t.equal(ev.entry!.nat, NatKind.NAT_KIND_SNAT);
    t.equal(ev.netns, h1.inode);
    t.equal(ev.netnsName, h1.name);
    t.ok(Math.abs(ev.timeNs! / 1e6 - Date.now()) < 10_000, 'wall-clock timestamp');
    t.ok(ev.entry!.id, 'flow id');
    await c.waitFor('stats with count >= 1', (e) => (e.conntrackStats?.count ?? 0) >= 1);
    const stats = c.seen.filter((e) => e.conntrackStats).at(-1)!.conntrackStats!;
    t.ok(stats.max! > 0, `nf_conntrack_max read (${stats.max})`);

    const table = await src.snapshot();
    t.ok(table.some((e) => e.type === ConntrackEventType.CONNTRACK_EVENT_TYPE_SNAPSHOT && e.entry?.id === ev.entry!.id), 'snapshot() has the flow');

    // crash: kill the stream behind the source's back
    const [pid] = pidsInNetns('conntrack', h1.path);
    process.kill(pid!, 'SIGKILL');
    const open = await c.waitFor('open gap', (e) => !!e.gap && !e.gap.toTimeNs);
    t.match(open.gap, { source: src.name, reason: /conntrack -E exited \(SIGKILL\)/ });
    const closed = await c.waitFor('closed gap', (e) => !!e.gap?.toTimeNs);
    t.equal(closed.gap!.fromTimeNs, open.gap!.fromTimeNs, 'the closing gap names the same start');
    const afterRestart = c.seen.length;
    await c.waitFor('resync snapshot', (e) => e.conntrack?.type === ConntrackEventType.CONNTRACK_EVENT_TYPE_SNAPSHOT && isPing(e), 8000, c.seen.indexOf(closed));
    await inNs(`${p}-pod`, ['ping', '-c1', '-W2', H2]);
    await c.waitFor('event after restart', (e) => isPing(e) && e.conntrack!.type !== ConntrackEventType.CONNTRACK_EVENT_TYPE_SNAPSHOT, 8000, afterRestart);

    await src.stop();
    await src.stop();
    t.same(childrenNamed('conntrack'), [], 'no conntrack child left');
    t.same(pidsInNetns('conntrack', h1.path), [], 'no conntrack left in host01');
  });

  t.test('conntrack: an agent killed with SIGKILL takes its conntrack -E along (pdeathsig)', async (t) => {
    const dir = t.testdir({});
    const script = `${dir}/agent.mjs`;
    writeFileSync(script, [
      `const { ConntrackSource } = await import(${JSON.stringify(`${ROOT}agent/sources/conntrack/source.js`)});`,
      `const { resolveNetns } = await import(${JSON.stringify(`${ROOT}agent/core/netns.js`)});`,
      `const src = new ConntrackSource({ target: resolveNetns(process.argv[2]), statsIntervalMs: 0 });`,
      `await src.start(() => {});`,
      `console.log('ready');`,
      `setInterval(() => {}, 1000);`,
    ].join('\n'));
    // the child loads the TypeScript sources the way tap does
    const agent = execa('node', ['--no-warnings', '--import', '@tapjs/typescript/import', script, h1.path], {
      cwd: ROOT, stdin: 'ignore', reject: false, env: { TS_NODE_TRANSPILE_ONLY: '1' },
    });
    spawned.push(agent);
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the child agent did not get ready')), 60_000);
      agent.stdout!.on('data', (d: Buffer) => { if (String(d).includes('ready')) { clearTimeout(timer); resolve(); } });
      agent.then((r) => reject(new Error(`the child agent exited: ${r.stderr}`)), reject);
    });
    const [ct] = pidsInNetns('conntrack', h1.path);
    t.ok(ct, 'the child agent runs conntrack -E in host01');
    const ppid = (pid: number) => { const st = readFileSync(`/proc/${pid}/stat`, 'utf8'); return Number(st.slice(st.lastIndexOf(')') + 2).split(' ')[1]); };
    t.equal(ppid(ct!), agent.pid, 'as its direct child (setpriv and nsenter exec in place)');
    agent.kill('SIGKILL');
    await agent;
    const exited = (pid: number) => {
      try {
        const st = readFileSync(`/proc/${pid}/stat`, 'utf8');
        return st.slice(st.lastIndexOf(')') + 2).startsWith('Z');
      } catch {
        return true;
      }
    };
    for (let i = 0; !exited(ct!); i++) {
      if (i > 100) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    t.ok(exited(ct!), 'conntrack -E exited (gone or a zombie awaiting its new parent) once its agent died');
  });

  t.test('qdisc: tbf 10mbit against iperf3', async (t) => {
    await inNs(`${p}-h1`, ['tc', 'qdisc', 'add', 'dev', 'eth0', 'root', 'tbf', 'rate', '10mbit', 'burst', '1540', 'latency', '5ms']);
    const src = new QdiscSource({ target: h1 });
    t.teardown(() => src.stop());
    t.equal(await src.canRun(), undefined);
    const c = collector();
    await src.start(c.emit);
    t.ok(src.current().some((s) => s.kind === 'tbf' && s.dev === 'eth0'), 'ready with a first sample');
    const tcPids = pidsInNetns('tc', h1.path);
    t.equal(tcPids.length, 1, 'one tc (batch mode) in host01');

    const server = execa('ip', ['netns', 'exec', `${p}-h2`, 'iperf3', '-s', '-1', '-B', H2], { stdin: 'ignore', reject: false });
    spawned.push(server);
    for (let i = 0; ; i++) { // wait for the listener (explicit, not a sleep)
      const ss = await inNs(`${p}-h2`, ['ss', '-Hltn', 'sport = :5201']);
      if (ss.stdout.trim()) break;
      if (i > 100) throw new Error('iperf3 server did not listen');
      await new Promise((r) => setTimeout(r, 50));
    }
    const client = await inNs(`${p}-pod`, ['iperf3', '-c', H2, '-t', '3', '-J']);
    const recv = JSON.parse(client.stdout).end.sum_received.bits_per_second / 8;
    await server;
    // one more tick so the last second of the run is in a sample
    const last = c.seen.length;
    await c.waitFor('a sample after the run', (e) => e.qdisc?.kind === 'tbf', 3000, last);
    t.same(pidsInNetns('tc', h1.path), tcPids, 'the same tc answered every tick');
    await src.stop();
    t.same(pidsInNetns('tc', h1.path), [], 'no tc left after stop');

    const tbf = c.seen.flatMap((e) => (e.qdisc?.kind === 'tbf' && e.qdisc.dev === 'eth0' ? [e.qdisc] : [])) as QdiscSample[];
    t.ok(tbf.length >= 4, `${tbf.length} tbf samples`);
    t.same(tbf[0]!.tbf, { rateBytesPerS: TBF_RATE_BYTES, burstBytes: 1540, latencyUs: 5000 }, 'the configured rate: 10mbit = 1,250,000 bytes/s');
    const peak = Math.max(...tbf.map((s) => s.bytesPerS ?? 0));
    t.comment(`tbf 10mbit: peak measured ${(peak * 8 / 1e6).toFixed(2)} Mbit/s (${Math.round(peak)} B/s); iperf3 receiver ${(recv * 8 / 1e6).toFixed(2)} Mbit/s; ` +
      `rates per sample: ${tbf.map((s) => Math.round(s.bytesPerS ?? 0)).join(', ')}`);
    t.ok(Math.abs(peak - TBF_RATE_BYTES) / TBF_RATE_BYTES < 0.2, `measured ${Math.round(peak)} B/s within 20% of ${TBF_RATE_BYTES}`);
    t.ok(tbf.some((s) => (s.overlimitsPerS ?? 0) > 0 || (s.dropsPerS ?? 0) > 0), 'overlimits or drops rising');
    t.ok(tbf.at(-1)!.overlimits! > 0, `overlimits counted (${tbf.at(-1)!.overlimits}, drops ${tbf.at(-1)!.drops})`);
    t.same(nsPids(`${p}-h2`).concat(nsPids(`${p}-pod`)), [], 'no iperf3 left');
  });

  t.test('qdisc: a netns deleted under the source opens a gap and ends its tc', async (t) => {
    const ns = `${p}-gone`;
    await sh(['ip', 'netns', 'add', ns]);
    t.teardown(() => {
      try { execFileSync('ip', ['netns', 'del', ns], { stdio: 'ignore' }); } catch { /* deleted by the test */ }
    });
    const target = resolveNetns(ns);
    const src = new QdiscSource({ target, intervalMs: 100 });
    t.teardown(() => src.stop());
    const c = collector();
    await src.start(c.emit);
    const tc = pidsInNetns('tc', target.path);
    t.equal(tc.length, 1, 'its tc runs in the netns');
    await sh(['ip', 'netns', 'del', ns]);
    const open = await c.waitFor('open gap', (e) => !!e.gap && !e.gap.toTimeNs, 3000);
    t.match(open.gap, { source: `qdisc:${ns}`, reason: new RegExp(`netns ${ns} is gone`) });
    const alive = (pid: number) => {
      try {
        return existsSync(`/proc/${pid}`) && readFileSync(`/proc/${pid}/stat`, 'utf8').split(' ')[2] !== 'Z';
      } catch {
        return false;
      }
    };
    for (let i = 0; tc.some(alive) && i < 150; i++) await new Promise((r) => setTimeout(r, 20));
    t.notOk(tc.some(alive), 'its tc ended');
    await src.stop();
  });
});
