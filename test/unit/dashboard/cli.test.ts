// `netscope dashboard` and `replay --dashboard` before any screen: --help, bad flags, no terminal.
import t from 'tap';
import { run } from '../../../cli/main.js';

process.stdout.setMaxListeners(100);

async function output(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const o = process.stdout.write.bind(process.stdout);
  const e = process.stderr.write.bind(process.stderr);
  process.stdout.write = ((s: string) => (out.push(String(s)), true)) as typeof process.stdout.write;
  process.stderr.write = ((s: string) => (err.push(String(s)), true)) as typeof process.stderr.write;
  try {
    return { code: await run(argv), out: out.join(''), err: err.join('') };
  } finally {
    process.stdout.write = o;
    process.stderr.write = e;
  }
}

t.test('dashboard --help: panels, keys, filter syntax, flags', async (t) => {
  const r = await output(['dashboard', '--help']);
  t.equal(r.code, 0);
  for (const re of [/^usage: netscope dashboard /, /--agent ADDR/, /--filter EXPR/, /--deny-ip/, /q, C-c +quit/, /^ {2}p +pause/m, /^ {2}\/ +filter/m, /tab, S-tab/, /qdisc charts/, /proto=icmp ip=10\.85\.0\.0\/16 !ip=10\.85\.0\.3/]) t.match(r.out, re);
});

t.test('dashboard: one sentence, exit 2, for a bad flag, a bad filter, no terminal', async (t) => {
  t.ok(!process.stdout.isTTY, 'tap runs tests without a terminal');
  const cases: Array<[string[], string]> = [
    [['dashboard', '--ip', '10.85.0.300'], "netscope dashboard: --ip: '10.85.0.300' is not an IPv4 address or CIDR; write it like 10.85.0.2 or 10.85.0.0/16.\n"],
    [['dashboard', '--filter', 'port=http'], "netscope dashboard: --filter: port: 'http' is not a port; use a number from 1 to 65535.\n"],
    [['dashboard', '--color', 'pink'], "netscope dashboard: --color takes auto, always or never, not 'pink'.\n"],
    [['dashboard', '--agent', '/nonexistent/agent.sock'], "netscope dashboard: the dashboard needs a terminal, and stdout is not one; run it in a terminal (or under tmux/ssh -t), or use 'netscope observe' for a stream of lines.\n"],
    [['replay', 'x.nsrec', '--dashboard', '-o', 'json'], "netscope replay: --dashboard shows the recording on a screen; it cannot be combined with -o.\n"],
    [['replay', '/nonexistent/x.nsrec', '--dashboard'], "netscope replay: the dashboard needs a terminal, and stdout is not one; run it in a terminal (or under tmux/ssh -t), or leave out --dashboard to print the recording as lines.\n"],
    [['replay', 'x.nsrec', '--dashboard', '--speed', 'fast'], "netscope replay: --speed takes a positive number such as 0.5 or 10, or max, not 'fast'.\n"],
  ];
  for (const [argv, err] of cases) {
    const r = await output(argv);
    t.equal(r.code, 2, argv.join(' '));
    t.equal(r.err, err);
  }
});
