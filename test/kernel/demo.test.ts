// `netscope demo`, the README's main job, run as a user would: it must trace the masqueraded ping,
// show conntrack and the tbf limit, record it all to a file whose printed replay command shows the
// same journeys again, and leave nothing else behind — also when Ctrl-C interrupts it at any step.
import t from 'tap';
import { execa, type ResultPromise } from 'execa';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { kernelTier, uniquePrefix } from '../helpers/kernel.js';
import { TmuxSession } from '../helpers/tmux.js';

const TOOLS = ['ip', 'iptables', 'conntrack', 'tc', 'ping', 'iperf3', 'bpftrace', 'bpftool', 'setpriv', 'ps'];
const bin = resolve('bin/netscope');

/** Every journey block as printed (`journey …` to its `  verdict: …` line). */
function journeyBlocks(text: string): string[] {
  return [...text.matchAll(/^journey [\s\S]*?^ {2}verdict: .*$/gm)].map((m) => m[0]);
}

/** The pids of a process and all its descendants now. */
async function processTree(root: number): Promise<Set<number>> {
  const { stdout } = await execa('ps', ['-e', '-o', 'pid=,ppid=']);
  const children = new Map<number, number[]>();
  for (const line of stdout.trim().split('\n')) {
    const [pid, ppid] = line.trim().split(/\s+/).map(Number) as [number, number];
    children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  }
  const out = new Set<number>([root]);
  const todo = [root];
  while (todo.length) for (const c of children.get(todo.pop()!) ?? []) if (!out.has(c)) (out.add(c), todo.push(c));
  return out;
}

interface Bpf {
  links: number[];
  progs: number[];
}

/** The BPF links and programs these processes hold open (read from their fdinfo). */
async function bpfHeldBy(pids: Set<number>): Promise<Bpf> {
  const links = new Set<number>();
  const progs = new Set<number>();
  for (const pid of pids) {
    let fds: string[] = [];
    try {
      fds = readdirSync(`/proc/${pid}/fdinfo`);
    } catch {
      continue; // exited meanwhile
    }
    for (const fd of fds) {
      let info = '';
      try {
        info = readFileSync(`/proc/${pid}/fdinfo/${fd}`, 'utf8');
      } catch {
        continue;
      }
      const l = /^link_id:\s+(\d+)/m.exec(info);
      const p = /^prog_id:\s+(\d+)/m.exec(info);
      if (l) links.add(Number(l[1]));
      if (p) progs.add(Number(p[1]));
    }
  }
  return { links: [...links], progs: [...progs] };
}

/** Which of these BPF links and programs still exist. */
async function stillThere(held: Bpf): Promise<Bpf> {
  const ids = async (what: string) => new Set((JSON.parse((await execa('bpftool', [what, 'show', '-j'])).stdout || '[]') as { id: number }[]).map((x) => x.id));
  const links = await ids('link');
  const progs = await ids('prog');
  return { links: held.links.filter((id) => links.has(id)), progs: held.progs.filter((id) => progs.has(id)) };
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

interface Run {
  proc: ResultPromise;
  stdout: () => string;
  /** resolves once stdout contains `marker`; rejects if the demo ended first */
  reach: (marker: string | RegExp) => Promise<void>;
}

/** Starts the demo in its own process group (like a shell job, so Ctrl-C reaches all of it). */
function startDemo(cwd: string, args: string[]): Run {
  // tap adds its loader hooks to NODE_OPTIONS of every child: not for the CLI, which runs compiled JS
  const proc = execa('env', ['-u', 'NODE_OPTIONS', bin, 'demo', '--color', 'never', ...args], { cwd, reject: false, detached: true, all: false });
  let out = '';
  proc.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  const reach = (marker: string | RegExp) =>
    new Promise<void>((res, rej) => {
      const test = () => (typeof marker === 'string' ? out.includes(marker) : marker.test(out));
      const timer = setInterval(() => {
        if (test()) (clearInterval(timer), res());
        else if (proc.exitCode !== null) (clearInterval(timer), rej(new Error(`demo ended before '${String(marker)}': ${out.slice(-400)}`)));
      }, 25);
    });
  return { proc, stdout: () => out, reach };
}

/** What the demo leaves: its namespaces, live processes of its tree, BPF links and programs its processes held. */
async function leftovers(prefix: string, tree: Set<number>, held: Bpf) {
  const ns = (await execa('ip', ['netns', 'list'])).stdout.split('\n').filter((l) => l.startsWith(`${prefix}-`));
  const procs = [...tree].filter(alive);
  return { ns, procs, bpf: await stillThere(held) };
}

t.test('netscope demo traces, shows conntrack and tbf, records, prints a replay command that shows the same journeys, cleans up', kernelTier(TOOLS), async (t) => {
  await execa('npx', ['--no-install', 'tsc', '-p', '.']); // the CLI runs from dist/
  const cwd = mkdtempSync(join(tmpdir(), 'netscope-demo-'));
  chmodSync(cwd, 0o755); // replay runs as nobody below
  t.teardown(() => rmSync(cwd, { recursive: true, force: true }));

  const run = startDemo(cwd, ['--pings', '2']);
  await run.reach('3. Trace');
  const tree = await processTree(run.proc.pid!);
  const held = await bpfHeldBy(tree);
  t.ok(held.links.length > 0 && held.progs.length > 0, `the running demo's probes hold BPF links and programs (${held.links.length}, ${held.progs.length})`);
  const r = await run.proc;
  const out = run.stdout();
  t.equal(r.exitCode, 0, `demo exits 0 (stderr: ${String(r.stderr).slice(-500)})`);
  const prefix = /lab '(demo-[0-9a-f]+)'/.exec(out)?.[1];
  t.ok(prefix, 'names its lab');
  t.match(out, /POSTROUTING .*src 10\.85\.0\.2 → 192\.168\.61\.11 \(SNAT\/MASQUERADE\)/, 'the SNAT on the way out');
  t.match(out, /PREROUTING .*dst 192\.168\.61\.11 → 10\.85\.0\.2 \(de-NAT\)/, 'and back');
  t.match(out, /conntrack id \d+ \(0x[0-9a-f]+\) +icmp +orig 10\.85\.0\.2 → 192\.168\.61\.12 id \d+ +reply 192\.168\.61\.12 → 192\.168\.61\.11/, 'the conntrack entry by its conntrack id and kernel address, with both tuples');
  t.match(out, /NEW +icmp/, 'the conntrack event the ping caused');
  const m = /measured at the qdisc \(peak 1 s\) +([\d.]+) Mbit\/s/.exec(out);
  t.ok(m, 'the tbf section');
  const measured = Number(m?.[1]);
  t.ok(Math.abs(measured - 10) / 10 <= 0.2, `measured ${measured} Mbit/s within 20% of the 10mbit limit`);

  // nothing left but the recording: no namespace, process or BPF link of the demo
  const left = await leftovers(prefix!, tree, held);
  t.same(left, { ns: [], procs: [], bpf: { links: [], progs: [] } }, 'no namespace, process, BPF link or program of the demo remains');
  const procs = (await execa('pgrep', ['-af', `nsenter --net=/run/netns/${prefix}`], { reject: false })).stdout;
  t.equal(procs.trim(), '', 'no process in its namespaces');
  const files = readdirSync(cwd);
  t.equal(files.length, 1, `one file in the current directory: the recording (${files.join(', ')})`);
  t.match(files[0], /^netscope-demo-\d{8}-\d{6}\.nsrec$/, 'named for the demo and the time');

  // the printed replay command, run as given (by a shell, as nobody: replay needs no root)
  const cmd = /^ {2}(netscope replay .*)$/m.exec(out)?.[1];
  t.ok(cmd, 'prints the replay command');
  t.match(cmd, join(cwd, files[0]!), 'naming the recording');
  const pathDir = join(cwd, '.bin');
  mkdirSync(pathDir);
  symlinkSync(bin, join(pathDir, 'netscope'));
  chmodSync(pathDir, 0o755);
  chmodSync(join(cwd, files[0]!), 0o644);
  const replay = await execa('setpriv', ['--reuid=nobody', '--regid=nogroup', '--clear-groups', 'env', '-u', 'NODE_OPTIONS', `PATH=${pathDir}:${process.env.PATH}`, 'bash', '-c', cmd!], { cwd: '/', reject: false });
  t.equal(replay.exitCode, 0, `the replay command exits 0 (stderr: ${replay.stderr.slice(-300)})`);
  const live = journeyBlocks(out);
  const again = journeyBlocks(replay.stdout);
  t.ok(live.length >= 4, `the demo printed the two pings' request and reply journeys (${live.length} blocks)`);
  t.same(again, live, 'the replay prints the same journeys, hop for hop');
});

// Ctrl-C in the middle of each kind of step: the lab being built, the agent attaching, traffic
// flowing through the tbf. Each time: exit 130, one sentence, nothing left, the recording (if it
// had begun) whole and readable.
const POINTS: { name: string; marker: string | RegExp; recording: boolean }[] = [
  { name: 'while the lab is built', marker: '1. Lab', recording: false },
  { name: 'while pings are traced', marker: '3. Trace', recording: true },
  { name: 'during the iperf3 burst', marker: '5. Bandwidth', recording: true },
];

for (const point of POINTS) {
  t.test(`Ctrl-C ${point.name} leaves nothing behind`, kernelTier(TOOLS), async (t) => {
    await execa('npx', ['--no-install', 'tsc', '-p', '.']);
    const cwd = mkdtempSync(join(tmpdir(), 'netscope-demo-int-'));
    t.teardown(() => rmSync(cwd, { recursive: true, force: true }));
    const file = join(cwd, 'interrupted.nsrec');
    const run = startDemo(cwd, ['--pings', '20', '--iperf-seconds', '10', '--record', file]);
    t.teardown(() => {
      if (run.proc.exitCode === null) process.kill(-run.proc.pid!, 'SIGKILL');
    });
    await run.reach(point.marker);
    if (point.marker === '5. Bandwidth') await new Promise((r) => setTimeout(r, 1500)); // iperf3 running
    const prefix = /lab '(demo-[0-9a-f]+)'/.exec(run.stdout())?.[1];
    t.ok(prefix, 'the demo named its lab');
    const tree = await processTree(run.proc.pid!);
    const held = await bpfHeldBy(tree);
    if (point.recording) t.ok(held.links.length > 0 && held.progs.length > 0, `its probes hold BPF links and programs when interrupted (${held.links.length}, ${held.progs.length})`);
    process.kill(-run.proc.pid!, 'SIGINT'); // a terminal's Ctrl-C: the whole process group
    const r = await run.proc;
    t.equal(r.exitCode, 130, 'exits 130');
    t.match(String(r.stderr), new RegExp(`netscope demo: interrupted by SIGINT; the lab '${prefix}' was removed`), `one sentence: ${String(r.stderr).trim()}`);
    const left = await leftovers(prefix!, tree, held);
    t.same(left, { ns: [], procs: [], bpf: { links: [], progs: [] } }, 'no namespace, process, BPF link or program of the demo remains');
    if (point.recording) {
      t.ok(existsSync(file), 'the recording so far stays');
      t.match(String(r.stderr), file, 'and the sentence says where it is');
      const inspect = await execa('env', ['-u', 'NODE_OPTIONS', bin, 'inspect', file], { reject: false });
      t.equal(inspect.exitCode, 0, `it is whole: the footer was written (${inspect.stderr})`);
    } else {
      t.notOk(existsSync(file), 'no recording had begun, so none is left');
    }
    t.same(readdirSync(cwd).filter((f) => f !== 'interrupted.nsrec'), [], 'no other file in the current directory');
  });
}

// --real on a stand-in for host01 of the Vagrantfile: the demo runs inside a netns the test made
// (its "host"), with eth1 192.168.61.11/24 on a veth to a second test netns holding 192.168.61.12,
// so the traffic rule holds while the real-host path (pod side built in the host's own netns,
// MASQUERADE out of eth1) runs for real. Afterwards the "host" is as it was.
t.test('demo --real on a stand-in host: traces through its uplink, undoes every change, refuses an address off its networks', kernelTier([...TOOLS, 'nsenter']), async (t) => {
  await execa('npx', ['--no-install', 'tsc', '-p', '.']);
  const p = uniquePrefix('dr');
  const h1 = `${p}-h1`;
  const h2 = `${p}-h2`;
  t.teardown(async () => {
    await execa('ip', ['netns', 'del', h1], { reject: false });
    await execa('ip', ['netns', 'del', h2], { reject: false });
  });
  for (const argv of [
    ['netns', 'add', h1], ['netns', 'add', h2],
    ['-n', h1, 'link', 'add', 'eth1', 'type', 'veth', 'peer', 'name', 'eth1', 'netns', h2],
    ['-n', h1, 'addr', 'add', '192.168.61.11/24', 'dev', 'eth1'], ['-n', h2, 'addr', 'add', '192.168.61.12/24', 'dev', 'eth1'],
    ['-n', h1, 'link', 'set', 'eth1', 'up'], ['-n', h2, 'link', 'set', 'eth1', 'up'], ['-n', h1, 'link', 'set', 'lo', 'up'],
  ]) await execa('ip', argv);
  const state = async () => ({
    links: (await execa('ip', ['-n', h1, '-o', 'link', 'show'])).stdout.split('\n').map((l) => l.split(':')[1]!.trim().split('@')[0]).sort(),
    rules: (await execa('ip', ['netns', 'exec', h1, 'iptables-save'])).stdout.split('\n').filter((l) => l.startsWith('-A')),
    forward: (await execa('ip', ['netns', 'exec', h1, 'sysctl', '-n', 'net.ipv4.ip_forward'])).stdout.trim(),
  });
  const before = await state();
  t.same(before.links, ['eth1', 'lo']);
  const cwd = mkdtempSync(join(tmpdir(), 'netscope-demo-real-'));
  t.teardown(() => rmSync(cwd, { recursive: true, force: true }));
  const inHost = (args: string[]) => execa('nsenter', [`--net=/run/netns/${h1}`, 'env', '-u', 'NODE_OPTIONS', bin, 'demo', '--real', '--color', 'never', ...args], { cwd, reject: false });

  const refused = await inHost(['--host02', '192.168.62.12']);
  t.equal(refused.exitCode, 2, 'an address on no local network: refused');
  t.match(refused.stderr, /^netscope demo --real: 192\.168\.62\.12 is not on the network of any local interface \(eth1 192\.168\.61\.11\/24\), so netscope will not send it traffic;/);
  t.same(await state(), before, 'and nothing changed');

  const file = join(cwd, 'real.nsrec');
  const r = await inHost(['--pings', '2', '--record', file]);
  t.equal(r.exitCode, 0, `demo --real exits 0 (stderr: ${r.stderr.slice(-400)})`);
  t.match(r.stdout, /host02 192\.168\.61\.12 is on eth1 \(192\.168\.61\.11\/24\)/, 'finds the uplink');
  t.match(r.stdout, /host +POSTROUTING .*src 10\.85\.0\.2 → 192\.168\.61\.11 \(SNAT\/MASQUERADE\)/, 'the SNAT in the host\'s own netns');
  t.match(r.stdout, /host +eth1 xmit\n.*-h2 +eth1 rx/, 'out of the real uplink to the other host');
  t.match(r.stdout, /host +PREROUTING .*dst 192\.168\.61\.11 → 10\.85\.0\.2 \(de-NAT\)/, 'and back');
  t.notMatch(r.stdout, /Bandwidth/, 'no tbf on a real interface');
  t.same(await state(), before, 'links, rules and ip_forward as they were');
  t.notOk((await execa('ip', ['netns', 'list'])).stdout.includes(`${/'(demo-[0-9a-f]+)'/.exec(r.stdout)?.[1]}-pod1`), 'the pod namespace is gone');
  const cmd = /^ {2}(netscope replay .*)$/m.exec(r.stdout)?.[1];
  t.ok(cmd, 'prints the replay command');
  const replay = await execa('env', ['-u', 'NODE_OPTIONS', bin, ...cmd!.split(' ').slice(1)], { reject: false });
  t.equal(replay.exitCode, 0);
  const live = journeyBlocks(r.stdout);
  t.ok(live.length >= 4, `request and reply journeys (${live.length})`);
  t.same(journeyBlocks(replay.stdout), live, 'the replay shows the same journeys');
});

// --dashboard in a real terminal (tmux): the lab's ping journeys with the masqueraded address and
// the tbf chart appear while traffic loops; q quits; then the replay command is printed, the lab
// removed and the recording left.
t.test('demo --dashboard: live journeys and the tbf chart under tmux, q quits, then replay command and cleanup', kernelTier([...TOOLS, 'tmux']), async (t) => {
  await execa('npx', ['--no-install', 'tsc', '-p', '.']);
  const dir = mkdtempSync(join(tmpdir(), 'netscope-demo-dash-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'dash.nsrec');
  const exitFile = join(dir, 'exit');
  const name = uniquePrefix('dd');
  // the dashboard draws on the terminal; what the demo prints after it closes stays in the pane
  const tmux = await TmuxSession.start(join(dir, 'tmux.sock'), name, `env -u NODE_OPTIONS -u NO_COLOR TERM=xterm-256color LANG=C.UTF-8 ${bin} demo --dashboard --pings 2 --record ${file} 2>${dir}/stderr; echo $? > ${exitFile}; sleep 30`);
  t.teardown(() => tmux.kill());
  const esc = (s: string) => s.replace(/\./g, '\\.');
  const screen = await tmux.waitFor('a masqueraded ping journey and the tbf chart', (s) =>
    /^│\d\d:\d\d:\d\d\.\d{3} \S+ icmp .* hops NAT/m.test(s) &&
    /qdisc throughput vs tbf rate \(Mbit\/s\): eth0 [\d.]+ of 10\.00/.test(s), 120_000);
  t.match(screen, /netscope demo — demo-[0-9a-f]+/, 'the title names the demo\'s lab');
  const prefix = /netscope demo — (demo-[0-9a-f]+)/.exec(screen)?.[1];
  t.match(screen, /conntrack: \d+ entries, [1-9]\d* NAT'd/, 'the conntrack panel');
  t.ok((await execa('ip', ['netns', 'list'])).stdout.includes(`${prefix}-host01`), 'the lab is up while the dashboard runs');
  await tmux.keys('q');
  const end = Date.now() + 90_000;
  while (!existsSync(exitFile) && Date.now() < end) await new Promise((r) => setTimeout(r, 200));
  t.equal(readFileSync(exitFile, 'utf8').trim(), '0', `exits 0 (stderr: ${readFileSync(join(dir, 'stderr'), 'utf8').slice(-300)})`);
  const after = await tmux.capture();
  t.match(after, new RegExp(`netscope replay ${esc(file)} -o journey --speed max --proto icmp`), 'prints the replay command after the dashboard');
  t.match(after, new RegExp(`removed lab '${prefix}'`), 'and removes the lab');
  t.notOk((await execa('ip', ['netns', 'list'])).stdout.includes(`${prefix}-`), 'no namespace of the demo remains');
  const replay = await execa('env', ['-u', 'NODE_OPTIONS', bin, 'replay', file, '-o', 'journey', '--speed', 'max', '--proto', 'icmp'], { reject: false });
  t.equal(replay.exitCode, 0, 'the recording replays');
  t.match(replay.stdout, /POSTROUTING .*src 10\.85\.0\.[23] → 192\.168\.61\.11 \(SNAT\/MASQUERADE\)/, 'with the journeys the dashboard showed');
});
