// `netscope dashboard` in a real terminal (tmux, 220×60) on the lab with a tbf limit: a masqueraded
// ping shows as a journey with 192.168.61.11, the conntrack panel marks the NAT'd flow, the qdisc
// chart compares eth0 with its tbf rate; p pauses (and counts what arrives meanwhile), / filters (a
// bad filter is one sentence on screen), tab moves the focus, q quits.
import t from 'tap';
import { execa } from 'execa';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { kernelTier, uniquePrefix } from '../helpers/kernel.js';
import { TmuxSession } from '../helpers/tmux.js';
import { labDown, labUp } from '../../agent/lab/lab.js';
import { HOST01_ADDR, HOST02_ADDR, host01Netns, host02Netns, podAddress, podNetns } from '../../agent/lab/topology.js';
import { ping } from '../../agent/lab/traffic.js';

const BIN = resolve('bin/netscope');
const esc = (s: string) => s.replace(/\./g, '\\.');

async function until(what: string, ok: () => boolean, ms = 60_000): Promise<void> {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The journeys panel: the left half of the rows between the header and the first panel's bottom border. */
function journeysPanel(screen: string): string {
  const lines = screen.split('\n');
  const end = lines.findIndex((l, i) => i > 1 && l.startsWith('└'));
  return lines.slice(1, end).map((l) => l.slice(0, 99)).join('\n');
}

t.test('dashboard in tmux on the lab', kernelTier(['ip', 'iptables', 'conntrack', 'tc', 'ping', 'bpftrace', 'bpftool', 'tmux']), async (t) => {
  await execa('npx', ['--no-install', 'tsc', '-p', '.']); // the CLI runs from dist/
  const prefix = uniquePrefix('dsh');
  t.teardown(() => labDown(prefix).then(() => undefined));
  await labUp({ prefix, pods: 2, tbf: '10mbit' });
  const h01 = host01Netns(prefix);
  const dir = mkdtempSync(join(tmpdir(), 'netscope-dash-'));
  chmodSync(dir, 0o755);
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const sock = join(dir, 'agent.sock');
  const ready = join(dir, 'ready');
  const agent = execa('env', ['-u', 'NODE_OPTIONS', BIN, 'agent', '--netns', h01, '--listen', sock, '--ready-file', ready], { reject: false });
  t.teardown(async () => {
    if (agent.exitCode === null) agent.kill('SIGTERM');
    await agent;
  });
  await until('the agent ready file', () => {
    if (agent.exitCode !== null) throw new Error(`agent exited with ${agent.exitCode}: ${agent.stderr}`);
    return existsSync(ready);
  });

  const exitFile = join(dir, 'exit');
  // only this lab's namespaces (the agent's tracepoints see every netns on the machine, and other
  // labs may be busy); colour on as on a user's terminal (tap sets NO_COLOR for its children)
  const netns = [h01, host02Netns(prefix), podNetns(prefix, 1), podNetns(prefix, 2)].join(',');
  const tmux = await TmuxSession.start(join(dir, 'tmux.sock'), prefix, `env -u NODE_OPTIONS -u NO_COLOR TERM=xterm-256color LANG=C.UTF-8 ${BIN} dashboard --agent ${sock} --netns ${netns} 2>${dir}/stderr; echo $? > ${exitFile}`);
  t.teardown(() => tmux.kill());
  await tmux.waitFor('the dashboard to draw', (s) => / LIVE · /.test(s));

  await t.test('a masqueraded ping: journey with 192.168.61.11, conntrack panel, qdisc chart', async (t) => {
    await ping(podNetns(prefix, 1), HOST02_ADDR, 2);
    const screen = await tmux.waitFor('the ping in every panel', (s) =>
      new RegExp(`\\d\\d:\\d\\d:\\d\\d\\.\\d{3} \\S+ icmp .*${esc(HOST02_ADDR)} → ${esc(HOST01_ADDR)}`).test(journeysPanel(s)) &&
      new RegExp(`conntrack: \\d+ entries, [1-9]\\d* NAT'd`).test(s) &&
      new RegExp(`\\* icmp .*${esc(podAddress(1))} → ${esc(HOST02_ADDR)}.*${esc(HOST01_ADDR)}.*SNAT`).test(s) &&
      /qdisc throughput vs tbf rate \(Mbit\/s\): eth0 [\d.]+ of 10\.00/.test(s));
    t.match(screen, new RegExp(`${h01}: \\d+ of max \\d+ entries`), 'count against max per netns');
    t.match(screen, /eth0 tbf rate/, 'the tbf rate line in the chart legend');
    t.match(screen, /qdisc drops\/overlimits per s: eth0 \d+\/\d+ total/, 'drops and overlimits chart');
    t.match(screen, /probes +(tracepoint|netfilter) attached/, 'agent status: the probe sets and their state');
    t.match(screen, /lost +kernel buffer \d+, probe runner \d+, agent queue \d+, client queue \d+/, 'loss counters per stage');
    // the selected (newest) journey's hops in full, as `netscope trace` prints them
    t.match(screen, new RegExp(`journey \\S+ +icmp `), 'the path panel');
    t.match(screen, /verdict: delivered/);
  });

  await t.test('p pauses the view while the stream goes on, and resumes', async (t) => {
    await tmux.keys('p');
    const paused = await tmux.waitFor('PAUSED', (s) => /PAUSED \(\d+ envelopes arrived since\)/.test(s));
    const before = Number(/PAUSED \((\d+) envelopes/.exec(paused)![1]);
    await ping(podNetns(prefix, 2), HOST02_ADDR, 2);
    const later = await tmux.waitFor('envelopes counted while paused', (s) => Number(/PAUSED \((\d+) envelopes/.exec(s)?.[1] ?? -1) > before);
    t.notMatch(journeysPanel(later), new RegExp(esc(podAddress(2))), 'the frozen view does not show what arrived');
    await tmux.keys('p');
    const live = await tmux.waitFor('LIVE again with pod2 journeys', (s) => / LIVE · /.test(s) && new RegExp(`icmp echo-request ${esc(podAddress(2))}`).test(journeysPanel(s)));
    t.notMatch(live, /PAUSED/);
  });

  await t.test('/ filters; a bad filter is one sentence on screen', async (t) => {
    // typed ahead: the '/', the filter and Enter in one write, read by the dashboard in one chunk
    await tmux.keys('/', 'i', 'p', '=', '1', '0', '.', '8', '5', '.', '0', '.', '3', '0', '0', 'Enter');
    await tmux.waitFor('the bad-filter sentence', (s) => /filter ip: '10\.85\.0\.300' is not an IPv4 address or CIDR; write it like 10\.85\.0\.2 or 10\.85\.0\.0\/16\./.test(s));
    t.ok(await tmux.alive(), 'still running');
    await tmux.keys('/');
    await tmux.type(`ip=${podAddress(2)}`);
    await tmux.keys('Enter');
    await tmux.waitFor('the filter in the header', (s) => new RegExp(`filter: ip=${esc(podAddress(2))} ·`).test(s));
    await ping(podNetns(prefix, 1), HOST02_ADDR, 1);
    await ping(podNetns(prefix, 2), HOST02_ADDR, 1);
    // both pings' journeys arrived when the agent's count of journeys moved past both (status panel)
    const screen = await tmux.waitFor('pod2 journeys, and pod1 kept out', (s) => new RegExp(`icmp echo-request ${esc(podAddress(2))}`).test(journeysPanel(s)) && new RegExp(`filter +ip=${esc(podAddress(2))} \\([1-9]\\d* kept out\\)`).test(s));
    t.notMatch(screen, new RegExp(`${esc(podAddress(1))}\\b`), "pod1's journeys, packets and conntrack rows are kept out");
  });

  await t.test('tab moves the focus marker', async (t) => {
    const before = await tmux.capture();
    t.match(before, />> journeys \(latest first/, 'journeys focused at start');
    await tmux.keys('Tab');
    const after = await tmux.waitFor('focus on the path panel', (s) => />> path of the selected journey <</.test(s));
    t.notMatch(after, />> journeys/, 'journeys no longer marked');
    await tmux.keys('Tab');
    await tmux.waitFor('focus on conntrack', (s) => />> conntrack: /.test(s));
  });

  await t.test('no agent: the sentence every command gives', async (t) => {
    const none = join(dir, 'none.sock');
    const name = `${prefix}n`;
    const other = await TmuxSession.start(join(dir, 'tmux-n.sock'), name, `env -u NODE_OPTIONS TERM=xterm-256color ${BIN} dashboard --agent ${none} 2>${dir}/none.err; echo $? > ${dir}/none.exit`, 100, 30);
    t.teardown(() => other.kill());
    await until('the no-agent run to end', () => existsSync(`${dir}/none.exit`), 15_000);
    t.equal(readFileSync(`${dir}/none.exit`, 'utf8').trim(), '1');
    t.equal(readFileSync(`${dir}/none.err`, 'utf8'), `netscope dashboard: no agent is listening on ${none}; start one with 'sudo netscope agent --listen ${none}' (add --netns NAME for the namespaces to watch), or point --agent at a running one.\n`);
  });

  await t.test('q quits: the process exits 0 and the session ends', async (t) => {
    await tmux.keys('q');
    await until('the session to end', () => existsSync(exitFile), 15_000);
    t.equal(readFileSync(exitFile, 'utf8').trim(), '0');
    t.equal(readFileSync(join(dir, 'stderr'), 'utf8'), '', 'nothing on stderr');
    t.notOk(await tmux.alive(), 'session gone');
  });
});

