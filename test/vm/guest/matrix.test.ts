// The VM tier, run INSIDE a guest of test/vm/run (test/vm/matrix.test.ts boots each kernel and runs this as
// plain JS: transpiled to dist/test/vm/guest/, because tap's TypeScript loader costs minutes under TCG).
// On the kernel it runs on: which probe sets the agent attaches and whether `netscope probes` says so
// truthfully, the journey of a pod's ping through MASQUERADE (device hops, hooks where a set sees them,
// the reply), and that after SIGTERM nothing of the agent is left. What is known not to work on a kernel
// is asserted as a todo with the reason, so the TAP output lists it on every run instead of hiding it.
import t from 'tap';
import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const NETSCOPE = resolve('bin/netscope');
const HOST02 = '192.168.61.12';
const HOST01 = '192.168.61.11';
const POD1 = '10.85.0.2';

const release = readFileSync('/proc/sys/kernel/osrelease', 'utf8').trim();
const [major, minor] = release.split('.').map(Number) as [number, number];
const atLeast = (a: number, b: number) => major > a || (major === a && minor >= b);
const tracefs = '/sys/kernel/tracing';
const hasKprobes = existsSync(`${tracefs}/kprobe_events`);
const tracepointExists = (sys: string, name: string) => existsSync(`${tracefs}/events/${sys}/${name}`);

// What is known not to work here, by kernel (found by this test; see the README's kernel table).
const KNOWN = {
  tracepointSet: atLeast(5, 17) ? undefined
    : 'tracepoint set: the CO-RE objects need bpf_rdonly_cast (main) or skb:kfree_skb\'s reason (compat, 5.17+), and the bpftrace fallback needs qdisc:qdisc_enqueue (5.15+)',
  kprobeSet: atLeast(6, 1)
    ? 'kprobe set: bpf/kprobe/nf-tables.bt does not compile once nf_tables (a module) is loaded: bpftrace 0.17 reads only vmlinux BTF (issue 20), and one failing script takes the set down'
    : 'kprobe set: bpf/kprobe/nf-hooks.bt does not compile with bpftrace 0.17 against 5.10 ("Casts are not supported for type: none")',
  hooks: atLeast(6, 4) ? undefined : 'netfilter hooks below 6.4 come only from the kprobe set, which does not yet give hook hops (issue 20)',
  replyLinked: atLeast(6, 4) ? undefined : 'without the netfilter set (its conntrack pointer) the reply is not linked to its request: the conntrack -E tuples do not link it (seen on 6.1 under TCG, not yet diagnosed)',
  replyDelivered: atLeast(6, 18) ? undefined : 'the reply is freed in icmp_rcv (NO_SOCKET) here, named ping_rcv and excused only on 6.18, so it reads as a drop (issue 20)',
};

type Json = Record<string, any>;
const sh = (cmd: string, args: string[], opts: { timeout?: number } = {}) =>
  new Promise<{ code: number; stdout: string; stderr: string }>((res) => {
    execFile(cmd, args, { timeout: opts.timeout ?? 600_000, maxBuffer: 64 << 20, env: { ...process.env, NODE_OPTIONS: '' } }, (err, stdout, stderr) => {
      res({ code: err ? (typeof (err as any).code === 'number' ? (err as any).code : 1) : 0, stdout, stderr });
    });
  });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function until<T>(what: string, get: () => T | undefined | Promise<T | undefined>, ms: number): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await get();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`timed out after ${ms / 1000} s waiting for ${what}`);
    await sleep(200);
  }
}
async function bpfIds(): Promise<{ links: number[]; progs: number[] }> {
  const links = JSON.parse((await sh('bpftool', ['link', 'show', '-j'])).stdout || '[]') as Json[];
  const progs = JSON.parse((await sh('bpftool', ['prog', 'show', '-j'])).stdout || '[]') as Json[];
  return { links: links.map((l) => l.id), progs: progs.map((p) => p.id) };
}
const kprobeEvents = () => (hasKprobes ? readFileSync(`${tracefs}/kprobe_events`, 'utf8').trim() : '');
const netnsNames = () => (existsSync('/run/netns') ? readdirSync('/run/netns') : []);

t.setTimeout(0); // the host's test/vm/run --timeout bounds the whole run
t.comment(`kernel ${release}: kprobes ${hasKprobes ? 'yes' : 'no'}, netfilter links ${atLeast(6, 4) ? 'yes (6.4+)' : 'no (< 6.4)'}`);

t.test(`netscope on ${release}: probe sets, a masqueraded ping's journey, nothing left after SIGTERM`, async (t) => {
  const prefix = `vm${randomBytes(3).toString('hex')}`;
  const h01 = `${prefix}-host01`;
  const dir = mkdtempSync(join(tmpdir(), 'netscope-vm-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  t.teardown(async () => { await sh(NETSCOPE, ['lab', 'down', '--prefix', prefix]); });

  const up = await sh(NETSCOPE, ['lab', 'up', '--prefix', prefix, '--pods', '1']);
  t.equal(up.code, 0, `lab up: ${up.stderr.trim()}`);
  if (up.code !== 0) return;

  const before = await bpfIds();
  t.equal(kprobeEvents(), '', 'no kprobe events before the agent');
  const ready = join(dir, 'ready');
  const sock = join(dir, 'agent.sock');
  const agent = spawn(NETSCOPE, ['agent', '--netns', h01, '--probes', 'auto', '--proto', 'icmp', '--ready-file', ready, '--listen', sock, '-o', 'json', '--kinds', 'journey,status'],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_OPTIONS: '' } });
  let out = '';
  let err = '';
  agent.stdout.on('data', (b) => { out += b; });
  agent.stderr.on('data', (b) => { err += b; });
  let exited: number | null | undefined;
  const done = new Promise<void>((r) => agent.on('exit', (code, sig) => { exited = code ?? (sig ? 128 : null); r(); }));
  t.teardown(() => { if (exited === undefined) agent.kill('SIGKILL'); });
  const started = Date.now();
  await until('the agent to be ready or to exit', () => (existsSync(ready) ? true : exited !== undefined ? false : undefined), 600_000);
  t.comment(`agent ${existsSync(ready) ? 'ready' : 'exited'} after ${((Date.now() - started) / 1000).toFixed(0)} s; its stderr: ${err.trim().replace(/\n/g, ' | ')}`);

  // which sets the agent holds, from the agent itself (netscope probes asks a running agent)
  let sets: Json[] = [];
  if (existsSync(ready)) {
    const p = await sh(NETSCOPE, ['probes', '--agent', sock, '-o', 'json']);
    t.equal(p.code, 0, `netscope probes --agent: ${p.stderr.trim()}`);
    sets = p.stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Json);
  } else {
    // each set's reason, from the agent's warnings (one line a set); `netscope probes --local` would
    // attach them all again to say the same, minutes under TCG
    t.match(err, /no probe set could attach \(.+\); run 'netscope probes'/, 'the agent says in one sentence that no set could attach, and why');
    t.not(exited, 0, 'and exits non-zero');
    for (const m of err.matchAll(/probe set (\w+) could not attach: (.*)/g)) {
      sets.push({ set: `PROBE_SET_${m[1]!.toUpperCase()}`, state: 'PROBE_STATE_UNAVAILABLE', reason: m[2] });
    }
  }
  const set = (name: string) => sets.find((s) => s.set === `PROBE_SET_${name.toUpperCase()}`) ?? {};
  for (const s of sets) t.comment(`probe set ${s.set}: ${s.state}${s.reason ? ` (${s.reason})` : ''}${s.programs ? `, ${s.programs.length} programs` : ''}`);
  t.same(sets.map((s) => s.set), ['PROBE_SET_TRACEPOINT', 'PROBE_SET_NETFILTER', 'PROBE_SET_KPROBE'], 'every set reported');

  // netfilter: links exist from 6.4 on; below, unavailable with a reason that says so
  if (atLeast(6, 4)) t.match(set('netfilter'), { state: 'PROBE_STATE_ATTACHED', programs: [{ name: 'nsnf_hook_entry' }, { name: 'nsnf_hook_exit' }] }, 'netfilter set attached (6.4+)');
  else t.match(set('netfilter'), { state: 'PROBE_STATE_UNAVAILABLE', reason: /6\.4/ }, 'netfilter set unavailable, and the reason names 6.4');

  // tracepoint: attached (by the CO-RE object or a fallback), or unavailable naming what this kernel lacks
  const tp = set('tracepoint');
  if (tp.state !== 'PROBE_STATE_ATTACHED') {
    const missing = [['qdisc', 'qdisc_enqueue'], ['net', 'net_dev_start_xmit'], ['skb', 'kfree_skb']].filter(([s, n]) => !tracepointExists(s!, n!));
    t.ok(missing.some(([, n]) => String(tp.reason).includes(n!)), `the tracepoint set's reason names a tracepoint this kernel lacks (${missing.map((m) => m.join(':')).join(', ') || 'none missing'}): ${tp.reason}`);
  }
  t.equal(tp.state, 'PROBE_STATE_ATTACHED', 'tracepoint set attached (any kernel with BTF, the design says)', KNOWN.tracepointSet ? { todo: KNOWN.tracepointSet } : {});

  // kprobe: where the kernel has kprobes, attached; else unavailable saying so
  const kp = set('kprobe');
  if (!hasKprobes) t.match(kp, { state: 'PROBE_STATE_UNAVAILABLE', reason: /kprobe/ }, 'no kprobes in this kernel: the kprobe set says so');
  else t.equal(kp.state, 'PROBE_STATE_ATTACHED', `kprobe set attached (kprobes exist here)${kp.reason ? `; reason given: ${kp.reason}` : ''}`, KNOWN.kprobeSet ? { todo: KNOWN.kprobeSet } : {});

  if (existsSync(ready)) {
    const ping = await sh('ip', ['netns', 'exec', `${prefix}-pod1`, 'ping', '-c', '1', '-W', '10', HOST02]);
    t.match(ping.stdout, /1 received/, 'pod1 pings host02 through MASQUERADE');
    const journeys = () => out.split('\n').filter((l) => l.startsWith('{"journey"')).map((l) => (JSON.parse(l) as Json).journey as Json);
    const req = await until('the echo request journey', () => journeys().find((j) => j.headers?.src === POD1 && j.headers?.icmpType === 8), 120_000).catch((e: Error) => { t.fail(e.message); return undefined; });
    const rep = await until('the echo reply journey', () => journeys().find((j) => j.headers?.src === HOST02 && j.headers?.dst === HOST01 && !j.headers?.icmpType /* 0, left out of proto3 JSON */), 60_000).catch((e: Error) => { t.fail(e.message); return undefined; });
    const hops = (j: Json | undefined) => ((j?.hops ?? []) as Json[]);
    const describe = (j: Json | undefined) => hops(j).map((h) => `${h.netnsName}/${h.ifname}:${String(h.kind).replace('HOP_KIND_', '')}${h.hook ? ':' + String(h.hook).replace('HOOK_', '') : ''}`).join(' ');
    t.comment(`request: ${describe(req)}; verdict ${req?.verdict}; nat ${JSON.stringify(req?.nat ?? [])}`);
    t.comment(`reply:   ${describe(rep)}; verdict ${rep?.verdict}${rep?.dropReason ? ` (${rep.dropLocation} ${rep.dropReason})` : ''}`);
    if (!req || !rep) for (const j of journeys()) t.comment(`journey ${j.id} ${j.direction} ${JSON.stringify(j.headers)}: ${describe(j)}`);
    const has = (j: Json | undefined, ns: string, ifname: string, kind: string) => hops(j).some((h) => h.netnsName === ns && h.ifname === ifname && h.kind === `HOP_KIND_${kind}`);
    t.ok(has(req, `${prefix}-pod1`, 'eth0', 'XMIT') && has(req, h01, 'veth-pod1', 'RECEIVE') && has(req, h01, 'cni0', 'RECEIVE') && has(req, h01, 'eth0', 'XMIT'),
      'request: device hops pod eth0 → host01 veth-pod1 → cni0 → host01 eth0');
    const uplink = hops(req).find((h) => h.netnsName === h01 && h.ifname === 'eth0' && h.kind === 'HOP_KIND_XMIT');
    t.equal(uplink?.headers?.src, HOST01, 'the uplink hop shows the masqueraded source');
    t.ok(has(rep, h01, 'eth0', 'RECEIVE') && has(rep, h01, 'veth-pod1', 'XMIT') && has(rep, `${prefix}-pod1`, 'eth0', 'RECEIVE'),
      'reply: device hops host01 eth0 → veth-pod1 → pod eth0');
    const hooks = new Set(hops(req).filter((h) => h.hook).map((h) => String(h.hook)));
    t.ok(['HOOK_PREROUTING', 'HOOK_FORWARD', 'HOOK_POSTROUTING'].every((h) => hooks.has(h)), `request passes PREROUTING, FORWARD, POSTROUTING (seen: ${[...hooks].join(', ') || 'no hook'})`, KNOWN.hooks ? { todo: KNOWN.hooks } : {});
    t.match(req?.nat ?? [], [{ kind: 'NAT_KIND_SNAT', from: POD1, to: HOST01 }], 'the SNAT of MASQUERADE is on the request');
    t.equal(req?.verdict, 'VERDICT_DELIVERED', 'request delivered');
    t.equal(rep?.direction, 'DIRECTION_REPLY', 'the reply is linked as the reply', KNOWN.replyLinked ? { todo: KNOWN.replyLinked } : {});
    t.equal(rep?.verdict, 'VERDICT_DELIVERED', 'reply delivered', KNOWN.replyDelivered ? { todo: KNOWN.replyDelivered } : {});

    const kids = (await sh('pgrep', ['-P', String(agent.pid)])).stdout.split('\n').filter(Boolean);
    const during = await bpfIds();
    const ours = { links: during.links.filter((id) => !before.links.includes(id)), progs: during.progs.filter((id) => !before.progs.includes(id)) };
    t.ok(ours.progs.length > 0, `the agent loaded programs (${ours.progs.length}) and links (${ours.links.length}); children ${kids.length}`);
    if (kp.state === 'PROBE_STATE_ATTACHED') t.not(kprobeEvents(), '', 'the attached kprobe set shows in kprobe_events');
    agent.kill('SIGTERM');
    await Promise.race([done, sleep(120_000)]);
    t.equal(exited, 0, 'the agent exits 0 on SIGTERM');
    const left = await until('the agent\'s programs and children to go', async () => {
      const now = await bpfIds();
      const l = { links: ours.links.filter((id) => now.links.includes(id)), progs: ours.progs.filter((id) => now.progs.includes(id)), kids: kids.filter((p) => existsSync(`/proc/${p}`)) };
      return l.links.length + l.progs.length + l.kids.length ? undefined : l;
    }, 30_000).catch(() => undefined);
    t.ok(left, 'no link, program or child process of the agent remains');
  } else {
    await done;
  }
  t.equal(kprobeEvents(), '', 'kprobe_events is empty after the agent');
  t.same(await bpfIds(), before, 'the same BPF links and programs as before the agent');

  const down = await sh(NETSCOPE, ['lab', 'down', '--prefix', prefix]);
  t.equal(down.code, 0, `lab down: ${down.stderr.trim()}`);
  t.same(netnsNames().filter((n) => n.startsWith(prefix)), [], 'no namespace of the lab is left');
});
