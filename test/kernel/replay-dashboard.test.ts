// `netscope replay FILE --dashboard` in a real terminal (tmux): a recording of a masqueraded ping on
// the lab plays into the dashboard as an unprivileged user; p holds the file where it is, n and space
// show exactly the next envelope of the file; a cut-off file ends with exit status 3 and the sentence.
import t from 'tap';
import { execa } from 'execa';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, truncateSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { kernelTier, uniquePrefix } from '../helpers/kernel.js';
import { TmuxSession } from '../helpers/tmux.js';
import { labDown, labUp } from '../../agent/lab/lab.js';
import { HOST02_ADDR, host01Netns, podNetns } from '../../agent/lab/topology.js';
import { ping } from '../../agent/lab/traffic.js';
import { RecordingReader } from '../../agent/record/reader.js';
import { compact } from '../../cli/print/envelope.js';
import { PLAIN } from '../../cli/print/style.js';
import type { Envelope } from '../../proto/index.js';

const BIN = resolve('bin/netscope');

async function until(what: string, ok: () => boolean, ms = 60_000): Promise<void> {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const at = (screen: string) => /replay +(PAUSED|playing), at envelope (\d+) of (\d+)/.exec(screen);
/** The status panel's "last" row: the envelope the dashboard showed last, as the compact printer writes it. */
const lastRow = (screen: string) => /│last +(.*?) *│/.exec(screen)?.[1] ?? '';

t.test('replay --dashboard: pause, step, end of a cut file', kernelTier(['ip', 'iptables', 'conntrack', 'tc', 'ping', 'bpftrace', 'bpftool', 'tmux', 'setpriv']), async (t) => {
  await execa('npx', ['--no-install', 'tsc', '-p', '.']);
  const prefix = uniquePrefix('rdh');
  t.teardown(() => labDown(prefix).then(() => undefined));
  await labUp({ prefix, pods: 1, tbf: '10mbit' });
  const dir = mkdtempSync(join(tmpdir(), 'netscope-rdash-'));
  chmodSync(dir, 0o755); // nobody replays the file
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'ping.nsrec');
  const ready = join(dir, 'ready');

  // the recording: a masqueraded ping on the lab, recorded by the in-process agent
  const rec = execa('env', ['-u', 'NODE_OPTIONS', BIN, 'record', '-o', file, '--in-process', '--netns', host01Netns(prefix), '--ready-file', ready], { reject: false });
  t.teardown(() => void rec.kill('SIGKILL'));
  await until('the recorder to be ready', () => existsSync(ready) || rec.exitCode !== null);
  await ping(podNetns(prefix, 1), HOST02_ADDR, 3, 0.5);
  await new Promise((r) => setTimeout(r, 1500)); // journeys closed, a qdisc sample after the pings
  rec.kill('SIGINT');
  t.equal((await rec).exitCode, 0, 'recorded');
  chmodSync(file, 0o644);
  const reader = RecordingReader.open(file);
  const envs: Envelope[] = [];
  for (const { batch } of reader.batches()) envs.push(...batch.envelopes);
  reader.close();
  t.ok(envs.some((e) => e.journey), 'the recording holds journeys');

  const asNobody = 'setpriv --reuid=nobody --regid=nogroup --clear-groups env -u NODE_OPTIONS -u NO_COLOR TERM=xterm-256color LANG=C.UTF-8';

  await t.test('pause holds the file; n and space show the next envelope', async (t) => {
    const exit = join(dir, 'exit');
    // slow enough that the file is far from its end when we pause
    const tmux = await TmuxSession.start(join(dir, 'tmux.sock'), prefix, `${asNobody} ${BIN} replay ${file} --dashboard --speed 0.02 2>${dir}/stderr; echo $? > ${exit}`);
    t.teardown(() => tmux.kill());
    await tmux.waitFor('the replay to start', (s) => / PLAYING · /.test(s) && !!at(s) && Number(at(s)![2]) > 0);
    const start = await tmux.capture();
    t.match(start, /source +recording .*ping\.nsrec/);
    t.match(start, /probes +(tracepoint|netfilter) attached/, 'the recorded probe sets');
    t.match(start, /qdisc throughput vs tbf rate \(Mbit\/s\): eth0 [\d.]+ of 10\.00/, "the tbf from the recording's start snapshot");
    await tmux.keys('p');
    const paused = await tmux.waitFor('PAUSED', (s) => /replay +PAUSED, at envelope \d+/.test(s) && /PAUSED \(n\/space: next event, p: play\)/.test(s));
    const n0 = Number(at(paused)![2]);
    t.equal(Number(at(paused)![3]), envs.length, 'the total is the file\'s');
    await new Promise((r) => setTimeout(r, 1000));
    t.equal(Number(at(await tmux.capture())![2]), n0, 'paused: the file stays where it is');
    for (const [key, n] of [['n', n0 + 1], ['Space', n0 + 2]] as Array<[string, number]>) {
      await tmux.keys(key);
      const s = await tmux.waitFor(`envelope ${n}`, (s) => Number(at(s)?.[2]) === n);
      const want = compact(envs[n - 1]!, PLAIN);
      t.ok(want.startsWith(lastRow(s).slice(0, 40)) && lastRow(s).length >= 40, `${key} shows envelope ${n}: '${want.slice(0, 60)}…' (screen: '${lastRow(s)}')`);
    }
    await tmux.keys('p');
    await tmux.waitFor('playing again', (s) => /replay +playing/.test(s));
    await tmux.keys('q');
    await until('the replay to quit', () => existsSync(exit), 15_000);
    t.equal(readFileSync(exit, 'utf8').trim(), '0', 'exit 0: the file is whole');
    t.equal(readFileSync(join(dir, 'stderr'), 'utf8'), '');
  });

  await t.test('a cut file: the end is named on screen, exit status 3 and the sentence after quitting', async (t) => {
    const cut = join(dir, 'cut.nsrec');
    copyFileSync(file, cut);
    truncateSync(cut, statSync(cut).size - 40); // into the footer: every batch is whole
    chmodSync(cut, 0o644);
    const exit = join(dir, 'cut.exit');
    const tmux = await TmuxSession.start(join(dir, 'tmux-cut.sock'), `${prefix}c`, `${asNobody} ${BIN} replay ${cut} --dashboard --speed max 2>${dir}/cut.err; echo $? > ${exit}`);
    t.teardown(() => tmux.kill());
    const s = await tmux.waitFor('the end of the file', (s) => /\bEND\b/.test(s) && /end +.*incomplete/.test(s));
    t.match(s, new RegExp(`journey +\\S+ +icmp `), 'the journeys replayed up to the cut');
    await tmux.keys('q');
    await until('the replay to quit', () => existsSync(exit), 15_000);
    t.equal(readFileSync(exit, 'utf8').trim(), '3');
    t.match(readFileSync(join(dir, 'cut.err'), 'utf8'), new RegExp(`^${cut.replace(/\./g, '\\.')}: incomplete: .*\\n$`));
  });
});
