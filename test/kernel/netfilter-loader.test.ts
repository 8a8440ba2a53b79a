// Kernel tier: bpf/build/netscope-nf-loader on a masquerade topology of its own
// (pod 10.85.0.2 → host01 [ip_forward, MASQUERADE] → host02 192.168.61.12). It attaches
// nf_hooks.bpf.o at every IPv4 hook of host01, a ping crosses it, and the records must show the
// hook path, the SNAT and its de-NAT, and one conntrack entry; then every way the loader can end
// (SIGTERM, SIGKILL, stdin EOF, parent death) must leave no link and no program behind.
// Traffic stays inside these namespaces; teardown removes them, also when a test fails.
import t from 'tap';
import { execa, type ResultPromise } from 'execa';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { kernelTier, uniquePrefix } from '../helpers/kernel.js';

const TOOLS = ['ip', 'iptables', 'ping', 'bpftool', 'sh'];
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const LOADER = `${ROOT}bpf/build/netscope-nf-loader`;
const OBJ = `${ROOT}bpf/netfilter/nf_hooks.bpf.o`;

const POD = '10.85.0.2';
const H1_POD_SIDE = '10.85.0.1';
const H1_UPLINK = '192.168.61.11';
const H2 = '192.168.61.12';

// IPS_* bits of struct nf_conn.status
const IPS_SEEN_REPLY = 0x2;
const IPS_CONFIRMED = 0x8;
const IPS_SRC_NAT = 0x10;
const IPS_SRC_NAT_DONE = 0x80;
const IPS_DST_NAT_DONE = 0x100;

const BPF_LINK_TYPE_NETFILTER = 10; // bpftool 7.1 predates netfilter links: it prints the number

interface Tuple { src: string; dst: string; protocol: number; icmp_id?: number; icmp_type?: number }
interface Pkt {
  type: 'pkt';
  mono_ns: string;
  skb: string;
  netns: number;
  hook: string;
  phase: 'entry' | 'exit';
  ifname: string;
  out_ifname: string;
  headers: { src: string; dst: string; protocol: number; icmp_type?: number; icmp_id?: number; icmp_seq?: number };
  ct: null | { id: string; status: number; reply_direction: boolean; original: Tuple; reply: Tuple };
  verdict: string;
}
interface AttachedLine {
  type: 'attached';
  links: { netns: string; inode: number; hook: string; phase: string; priority: number; link_id: number; prog_id: number }[];
}

const sh = (argv: string[]) => execa(argv[0]!, argv.slice(1), { stdin: 'ignore' });
const inNs = (ns: string, argv: string[]) => sh(['ip', 'netns', 'exec', ns, ...argv]);
const names = (p: string) => ({ pod: `${p}-pod`, h1: `${p}-host01`, h2: `${p}-host02` });

async function topologyUp(p: string): Promise<void> {
  const { pod, h1, h2 } = names(p);
  for (const ns of [pod, h1, h2]) await sh(['ip', 'netns', 'add', ns]);
  await sh(['ip', 'link', 'add', 'vpod', 'netns', h1, 'type', 'veth', 'peer', 'name', 'eth0', 'netns', pod]);
  await sh(['ip', 'link', 'add', 'eth1', 'netns', h1, 'type', 'veth', 'peer', 'name', 'eth1', 'netns', h2]);
  await sh(['ip', '-n', pod, 'addr', 'add', `${POD}/16`, 'dev', 'eth0']);
  await sh(['ip', '-n', h1, 'addr', 'add', `${H1_POD_SIDE}/16`, 'dev', 'vpod']);
  await sh(['ip', '-n', h1, 'addr', 'add', `${H1_UPLINK}/24`, 'dev', 'eth1']);
  await sh(['ip', '-n', h2, 'addr', 'add', `${H2}/24`, 'dev', 'eth1']);
  for (const [ns, dev] of [[pod, 'eth0'], [pod, 'lo'], [h1, 'vpod'], [h1, 'eth1'], [h1, 'lo'], [h2, 'eth1'], [h2, 'lo']] as const) {
    await sh(['ip', '-n', ns, 'link', 'set', dev, 'up']);
  }
  await sh(['ip', '-n', pod, 'route', 'add', 'default', 'via', H1_POD_SIDE]);
  await inNs(h1, ['sysctl', '-qw', 'net.ipv4.ip_forward=1']);
  await inNs(h1, ['iptables', '-t', 'nat', '-A', 'POSTROUTING', '-s', '10.85.0.0/16', '!', '-d', '10.85.0.0/16', '-j', 'MASQUERADE']);
}

/** Sync, so it also works from process.on('exit'): kill what runs in the namespaces, delete them. */
function topologyDown(p: string): void {
  for (const ns of Object.values(names(p))) {
    let pids: number[] = [];
    try {
      pids = execFileSync('ip', ['netns', 'pids', ns], { encoding: 'utf8' }).split('\n').filter(Boolean).map(Number);
    } catch { /* not there */ }
    for (const pid of pids) {
      try { process.kill(pid, 'SIGKILL'); } catch { /* gone */ }
    }
    try { execFileSync('ip', ['netns', 'del', ns], { stdio: 'ignore' }); } catch { /* not there */ }
  }
}

/** A running loader: its JSON lines as they arrive, and a way to wait for one without sleeping. */
class Loader {
  readonly lines: Record<string, any>[] = [];
  readonly stderr: string[] = [];
  private waiters: (() => void)[] = [];
  readonly proc: ResultPromise;
  readonly exited: Promise<{ code: number | null; signal: string | null }>;

  constructor(argv: string[], viaShell = false) {
    // viaShell: an intermediate `sh` parent, to kill it and see PR_SET_PDEATHSIG end the loader
    this.proc = viaShell
      ? execa('sh', ['-c', '"$@" & wait', 'sh', ...argv], { stdin: 'pipe', buffer: false, reject: false })
      : execa(argv[0]!, argv.slice(1), { stdin: 'pipe', buffer: false, reject: false });
    createInterface({ input: this.proc.stdout! }).on('line', (l) => {
      this.lines.push(JSON.parse(l));
      this.wake();
    });
    createInterface({ input: this.proc.stderr! }).on('line', (l) => {
      this.stderr.push(l);
      this.wake();
    });
    this.exited = new Promise((resolve) => {
      this.proc.on('exit', (code, signal) => {
        resolve({ code, signal });
        this.wake();
      });
    });
  }

  private wake(): void {
    for (const w of this.waiters.splice(0)) w();
  }

  /** Resolves with the first time `pred` holds; rejects after `ms` or when the loader exits first. */
  async waitFor<T>(what: string, pred: () => T | undefined | false, ms = 10_000): Promise<T> {
    const deadline = Date.now() + ms;
    for (;;) {
      const v = pred();
      if (v) return v;
      if (this.proc.exitCode !== null || this.proc.signalCode !== null) {
        throw new Error(`loader exited before ${what}: ${this.stderr.join(' | ') || 'no stderr'}`);
      }
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out after ${ms} ms waiting for ${what}; stderr: ${this.stderr.join(' | ')}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => { clearTimeout(timer); resolve(); });
      });
    }
  }

  attached(): Promise<AttachedLine> {
    return this.waitFor('the attached line', () => this.lines.find((l) => l.type === 'attached') as AttachedLine | undefined);
  }

  pkts(): Pkt[] {
    return this.lines.filter((l) => l.type === 'pkt') as Pkt[];
  }
}

interface BpfObj { id: number; type: number | string; prog_id?: number; name?: string }
async function bpftoolJson(what: 'link' | 'prog'): Promise<BpfObj[]> {
  const { stdout } = await execa('bpftool', [what, 'show', '-j']);
  return stdout.trim() ? JSON.parse(stdout) : [];
}

/** Polls bpftool until none of these links or programs is left (release is asynchronous in the kernel). */
async function leftovers(att: AttachedLine, ms = 5_000): Promise<{ links: BpfObj[]; progs: BpfObj[] }> {
  const linkIds = new Set(att.links.map((l) => l.link_id));
  const progIds = new Set(att.links.map((l) => l.prog_id));
  const deadline = Date.now() + ms;
  for (;;) {
    const links = (await bpftoolJson('link')).filter(
      (l) => linkIds.has(l.id) || ((l.type === BPF_LINK_TYPE_NETFILTER || l.type === 'netfilter') && progIds.has(l.prog_id!)),
    );
    const progs = (await bpftoolJson('prog')).filter((p) => progIds.has(p.id));
    if ((!links.length && !progs.length) || Date.now() > deadline) return { links, progs };
    await new Promise((r) => setTimeout(r, 50));
  }
}

const HOOK_PATH = ['PREROUTING entry', 'PREROUTING exit', 'FORWARD entry', 'FORWARD exit', 'POSTROUTING entry', 'POSTROUTING exit'];

t.test('netfilter loader on a masquerade topology', kernelTier(TOOLS), async (t) => {
  if (!existsSync(LOADER) || !existsSync(OBJ)) {
    t.fail(`${LOADER} or ${OBJ} is missing: run make -C bpf (scripts/setup does)`);
    return;
  }
  const p = uniquePrefix('nf');
  const { pod, h1 } = names(p);
  const loaders: Loader[] = [];
  const onExit = () => {
    for (const l of loaders) l.proc.kill('SIGKILL');
    topologyDown(p);
  };
  process.on('exit', onExit);
  t.teardown(() => {
    onExit();
    process.off('exit', onExit);
  });
  await topologyUp(p);
  const start = (viaShell = false) => {
    const l = new Loader([LOADER, '--obj', OBJ, '--netns', `/run/netns/${h1}`, '--proto', 'icmp'], viaShell);
    loaders.push(l);
    return l;
  };

  t.test('a masqueraded ping, hook by hook', async (t) => {
    const loader = start();
    const att = await loader.attached();
    t.equal(att.links.length, 10, 'entry and exit links at all five hooks');
    t.same(
      new Set(att.links.map((l) => `${l.hook} ${l.phase} ${l.priority}`)),
      new Set(['PREROUTING', 'INPUT', 'FORWARD', 'OUTPUT', 'POSTROUTING'].flatMap((h) => [`${h} entry -500`, `${h} exit 500`])),
      'priorities -500 (entry) and +500 (exit)',
    );

    await inNs(pod, ['ping', '-c1', '-W2', H2]);
    const isReq = (r: Pkt) => r.headers.icmp_type === 8;
    const isRep = (r: Pkt) => r.headers.icmp_type === 0;
    await loader.waitFor('the echo reply at POSTROUTING exit', () =>
      loader.pkts().some((r) => isRep(r) && r.hook === 'POSTROUTING' && r.phase === 'exit'));

    const req0 = loader.pkts().find((r) => isReq(r) && r.headers.src === POD && r.hook === 'PREROUTING' && r.phase === 'entry');
    t.ok(req0, 'the echo request enters PREROUTING with the pod as source');
    if (!req0) return;
    const req = loader.pkts().filter((r) => r.skb === req0.skb && isReq(r));
    t.same(req.map((r) => `${r.hook} ${r.phase}`), HOOK_PATH, 'request: PREROUTING → FORWARD → POSTROUTING, entry and exit of each, one skb');
    t.ok(req.every((r, i) => i === 0 || BigInt(r.mono_ns) >= BigInt(req[i - 1]!.mono_ns)), 'monotonic timestamps along the path');
    t.ok(req.every((r) => r.verdict === 'NF_ACCEPT' && r.netns === att.links[0]!.inode), 'verdict NF_ACCEPT, host01 netns inode');

    const [postIn, postOut] = [req[4]!, req[5]!];
    t.equal(postIn.headers.src, POD, 'POSTROUTING entry: source still the pod');
    t.equal(postOut.headers.src, H1_UPLINK, 'POSTROUTING exit: source rewritten to host01 uplink (MASQUERADE)');
    t.equal(postOut.headers.dst, H2);
    t.equal(postOut.out_ifname, 'eth1', 'leaves through the uplink');

    t.equal(req[0]!.ct, null, 'no conntrack entry at PREROUTING entry');
    const ctId = req[1]!.ct?.id;
    t.match(ctId, /^0x[0-9a-f]+$/, 'ct id is a hex pointer string');
    t.ok(req.slice(1).every((r) => r.ct?.id === ctId), 'the same ct entry from PREROUTING exit on');
    t.ok(req[1]!.ct!.status & IPS_DST_NAT_DONE, 'DST_NAT_DONE after PREROUTING');
    const st = postOut.ct!.status;
    t.ok(st & IPS_SRC_NAT && st & IPS_SRC_NAT_DONE, `SRC_NAT and SRC_NAT_DONE after POSTROUTING (status 0x${st.toString(16)})`);
    t.match(postOut.ct!.original, { src: POD, dst: H2, protocol: 1, icmp_type: 8 }, 'original tuple');
    t.match(postOut.ct!.reply, { src: H2, dst: H1_UPLINK, protocol: 1, icmp_type: 0 }, 'reply tuple points at the masquerade address');
    t.equal(postOut.ct!.original.icmp_id, req0.headers.icmp_id, 'tuple carries the echo id');

    const rep0 = loader.pkts().find((r) => isRep(r) && r.hook === 'PREROUTING' && r.phase === 'entry');
    t.ok(rep0, 'the echo reply enters PREROUTING');
    if (!rep0) return;
    const rep = loader.pkts().filter((r) => r.skb === rep0.skb && isRep(r));
    t.same(rep.map((r) => `${r.hook} ${r.phase}`), HOOK_PATH, 'reply: the same six points, one skb');
    t.equal(rep[0]!.headers.dst, H1_UPLINK, 'reply enters PREROUTING addressed to host01');
    t.equal(rep[1]!.headers.dst, POD, 'PREROUTING exit: destination de-NATed to the pod');
    t.ok(rep.slice(1).every((r) => r.ct?.id === ctId && r.ct?.reply_direction === true), 'reply belongs to the same ct entry, reply direction');
    const rst = rep[5]!.ct!.status;
    t.ok(rst & IPS_SEEN_REPLY && rst & IPS_CONFIRMED, `SEEN_REPLY and CONFIRMED on the reply (status 0x${rst.toString(16)})`);

    loader.proc.kill('SIGTERM');
    const ex = await loader.exited;
    t.equal(ex.code, 0, 'SIGTERM: exit status 0');
    t.same(loader.stderr, [], 'nothing on stderr');
    t.same(await leftovers(att), { links: [], progs: [] }, 'SIGTERM: no netfilter link and no program of ours left');
  });

  t.test('SIGKILL leaves nothing behind (fd-owned links)', async (t) => {
    const loader = start();
    const att = await loader.attached();
    t.ok((await bpftoolJson('link')).some((l) => l.id === att.links[0]!.link_id), 'links visible while it runs');
    loader.proc.kill('SIGKILL');
    t.equal((await loader.exited).signal, 'SIGKILL');
    t.same(await leftovers(att), { links: [], progs: [] }, 'SIGKILL: no netfilter link and no program of ours left');
  });

  t.test('stdin EOF (the agent went away) ends it cleanly', async (t) => {
    const loader = start();
    const att = await loader.attached();
    loader.proc.stdin!.end();
    t.equal((await loader.exited).code, 0, 'exit status 0');
    t.same(await leftovers(att), { links: [], progs: [] }, 'no link and no program left');
  });

  // sh gives a background job /dev/null as stdin, which the loader cannot watch: only the
  // parent-death signal can end it here
  t.test('parent death ends it (PR_SET_PDEATHSIG)', async (t) => {
    const loader = start(true);
    const att = await loader.attached();
    loader.proc.kill('SIGKILL'); // the sh parent
    t.same(await leftovers(att), { links: [], progs: [] }, 'parent killed: no link and no program left');
  });

  t.test('a missing netns is one line on stderr and a non-zero exit', async (t) => {
    const r = await execa(LOADER, ['--obj', OBJ, '--netns', `/run/netns/${p}-nope`], { reject: false, stdin: 'ignore' });
    t.not(r.exitCode, 0);
    t.equal(r.stdout, '', 'nothing on stdout');
    t.match(r.stderr, new RegExp(`^opening netns /run/netns/${p}-nope: No such file or directory`));
    t.equal(r.stderr.split('\n').length, 1, 'one line');
  });
});
