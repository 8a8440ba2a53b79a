// The demo's pure parts: where it records, the replay command it prints (quoted so a shell runs it
// as given), which envelopes belong to it, and its flags' one-sentence errors.
import t from 'tap';
import { mkdtempSync, rmSync, writeFileSync, chmodSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { belongsTo, defaultRecordPath, demo, recordPath, replayCommand, shellQuote } from '../../../cli/commands/demo.js';
import { run } from '../../../cli/main.js';
import { UserError } from '../../../agent/util/errors.js';

t.test('shellQuote leaves plain words alone and quotes the rest so sh reads them back', async (t) => {
  t.equal(shellQuote('/tmp/netscope-demo-20261123-194512.nsrec'), '/tmp/netscope-demo-20261123-194512.nsrec');
  for (const word of ['/tmp/my demo.nsrec', "it's.nsrec", '$HOME/x', 'a"b', '*', '']) {
    const back = execFileSync('sh', ['-c', `printf %s ${shellQuote(word)}`]).toString();
    t.equal(back, word, `round trip of ${JSON.stringify(word)}`);
  }
});

t.test('replayCommand shows the journeys again at full speed', async (t) => {
  t.equal(replayCommand('/tmp/d.nsrec'), 'netscope replay /tmp/d.nsrec -o journey --speed max --proto icmp');
  t.equal(replayCommand('/tmp/a b.nsrec'), "netscope replay '/tmp/a b.nsrec' -o journey --speed max --proto icmp");
});

t.test('defaultRecordPath: the current directory if writable, else tmp; never an existing file', async (t) => {
  const now = new Date(2026, 10, 23, 19, 45, 12);
  t.equal(defaultRecordPath(now, '/home/u', '/tmp', () => true, () => false), '/home/u/netscope-demo-20261123-194512.nsrec');
  t.equal(defaultRecordPath(now, '/', '/tmp', (d) => d === '/tmp', () => false), '/tmp/netscope-demo-20261123-194512.nsrec');
  const taken = new Set(['/home/u/netscope-demo-20261123-194512.nsrec', '/home/u/netscope-demo-20261123-194512-2.nsrec']);
  t.equal(defaultRecordPath(now, '/home/u', '/tmp', () => true, (f) => taken.has(f)), '/home/u/netscope-demo-20261123-194512-3.nsrec');
});

t.test('recordPath: --record is made absolute; a directory or an unwritable place is one sentence', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'netscope-demo-unit-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  t.equal(recordPath('x.nsrec', dir), join(dir, 'x.nsrec'));
  writeFileSync(join(dir, 'old.nsrec'), '');
  t.equal(recordPath('old.nsrec', dir), join(dir, 'old.nsrec'), 'an existing file is replaced, as record -o does');
  t.throws(() => recordPath('.', dir), { message: /--record \. is a directory; give a file name/ });
  t.throws(() => recordPath('sub/', dir), UserError);
  t.throws(() => recordPath('no/such/dir/x.nsrec', dir), { message: /is not a writable directory; choose another place\.$/ });
  t.match(recordPath(undefined, dir), /netscope-demo-\d{8}-\d{6}\.nsrec$/);
  if (process.getuid?.() !== 0) {
    chmodSync(dir, 0o500);
    t.throws(() => recordPath('x.nsrec', dir), { message: /not a writable directory/ });
    chmodSync(dir, 0o700);
  }
});

t.test('belongsTo keeps the demo\'s namespaces only (and run-wide envelopes)', async (t) => {
  const mine = belongsTo('demo-1a2b');
  t.ok(mine({ packet: { netnsName: 'demo-1a2b-pod1' } }));
  t.notOk(mine({ packet: { netnsName: 'demo-1a2bc-pod1' } }), 'a prefix that only starts the same is not ours');
  t.notOk(mine({ packet: { netnsName: 'nsab12cd-host01' } }));
  t.ok(mine({ journey: { hops: [{ netnsName: 'netns:4026532674' }, { netnsName: 'demo-1a2b-host01' }] } }));
  t.notOk(mine({ journey: { hops: [{ netnsName: 'lab-host01' }] } }));
  t.ok(mine({ conntrack: { netnsName: 'demo-1a2b-host01' } }));
  t.notOk(mine({ qdisc: { netnsName: 'other-host01' } }));
  t.ok(mine({ lost: { count: 3 } }), 'losses concern the whole run');
});

async function stderrOf(argv: string[]): Promise<{ code: number; err: string }> {
  const errs: string[] = [];
  const orig = process.stderr.write.bind(process.stderr);
  process.stderr.write = ((s: string) => { errs.push(String(s)); return true; }) as typeof process.stderr.write;
  try {
    return { code: await run(argv), err: errs.join('') };
  } finally {
    process.stderr.write = orig;
  }
}

const cases: Array<[string[], RegExp]> = [
  [['demo', '--real', '--tbf', '10mbit'], /^netscope demo: cannot set both --real and --tbf; --real never shapes a real interface\.\n$/],
  [['demo', '--real', '--iperf-seconds', '2'], /^netscope demo: cannot set both --real and --iperf-seconds/],
  [['demo', '--host02', '192.168.61.12'], /^netscope demo: --host02 is for --real only/],
  [['demo', '--record', '/no/such/dir/x.nsrec'], /^netscope demo: cannot write --record \/no\/such\/dir\/x\.nsrec: \/no\/such\/dir is not a writable directory/],
  [['demo', '--pings', '0'], /^netscope demo: --pings takes a whole number from 1 to 100, not '0'\.\n$/],
  [['demo', '--dashboard'], /^netscope demo: the dashboard needs a terminal, and stdout is not one; run it in a terminal \(or under tmux\/ssh -t\), or leave --dashboard out for the printed tour\.\n$/],
];
for (const [argv, want] of cases) {
  t.test(argv.join(' '), async (t) => {
    const { code, err } = await stderrOf(argv);
    t.equal(code, 2);
    t.match(err, want);
    t.equal(err.trim().split('\n').length, 1, 'one sentence, one line');
  });
}

t.test('demo --help names the recording, the replay command and --real', async (t) => {
  // the text main.ts prints for --help (capturing stdout here would swallow tap's own output)
  for (const want of ['--record FILE', 'netscope replay', '--real', '--host02 ADDR', 'Ctrl-C', '--dashboard']) t.match(demo.help, want);
});

t.test('defaultRecordPath: a dangling symlink planted at the guessable name counts as taken', async (t) => {
  const d = mkdtempSync(join(tmpdir(), 'netscope-demo-path-'));
  t.teardown(() => rmSync(d, { recursive: true, force: true }));
  const now = new Date(2026, 10, 23, 19, 45, 12);
  symlinkSync('/nonexistent/target', join(d, 'netscope-demo-20261123-194512.nsrec'));
  t.equal(defaultRecordPath(now, '/', d, (x) => x === d), join(d, 'netscope-demo-20261123-194512-2.nsrec'));
});
