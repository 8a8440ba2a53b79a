import t from 'tap';
import { run } from '../../../cli/main.js';

/** runs the CLI, capturing stdout and stderr */
async function cli(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const o = process.stdout.write.bind(process.stdout);
  const e = process.stderr.write.bind(process.stderr);
  process.stdout.write = ((s: string) => { out.push(String(s)); return true; }) as typeof process.stdout.write;
  process.stderr.write = ((s: string) => { err.push(String(s)); return true; }) as typeof process.stderr.write;
  try {
    return { code: await run(argv), out: out.join(''), err: err.join('') };
  } finally {
    process.stdout.write = o;
    process.stderr.write = e;
  }
}

t.test('lab is listed and has a full --help', async (t) => {
  t.match((await cli(['--help'])).out, /\n {2}lab +build, inspect or remove the test lab/);
  const h = await cli(['lab', '--help']);
  t.equal(h.code, 0);
  for (const frag of ['netscope lab up', 'netscope lab down', 'netscope lab status', '--prefix P', '--pods N', '--tbf RATE',
    'burst 1540', 'latency 5ms', 'CNI-NETSCOPE', 'MASQUERADE', '192.168.61.11', '192.168.61.12', '10.85.0.1', 'pod1 = 10.85.0.2', 'ip_forward']) {
    t.ok(h.out.includes(frag), `help mentions ${frag}`);
  }
});

t.test('usage errors are one sentence on stderr with exit code 2', async (t) => {
  const cases: [string[], RegExp][] = [
    [['lab'], /^netscope lab: say what to do \(up, down or status\); see 'netscope lab --help'\.\n$/],
    [['lab', 'sideways'], /^netscope lab: unknown subcommand 'sideways'; use up, down or status/],
    [['lab', 'up', 'extra'], /^netscope lab up: unexpected argument 'extra'/],
    [['lab', 'up', '--prefix', 'A'], /^netscope lab up: the prefix 'A' has characters other than/],
    [['lab', 'up', '--pods', '0'], /^netscope lab up: --pods takes a whole number from 1 to 200, not '0'\.\n$/],
    [['lab', 'up', '--pods', 'many'], /--pods takes a whole number from 1 to 200, not 'many'/],
    [['lab', 'up', '--tbf', '10'], /^netscope lab up: --tbf takes a tc rate such as 10mbit, 100kbit or 1gbit, not '10'\.\n$/],
    [['lab', 'up', '-o', 'yaml'], /^netscope lab up: --output takes text or json, not 'yaml'\.\n$/],
    [['lab', 'down', '--tbf', '1mbit'], /^netscope lab down: --tbf only applies to 'netscope lab up'\.\n$/],
    [['lab', 'status', '--pods', '3'], /^netscope lab status: --pods only applies to 'netscope lab up'\.\n$/],
    [['lab', 'down', '-o', 'json'], /^netscope lab down: --output only applies to/],
    [['lab', 'up', '--frob'], /^netscope lab: unknown option --frob; see 'netscope lab --help'\.\n$/],
  ];
  for (const [argv, re] of cases) {
    const r = await cli(argv);
    t.equal(r.code, 2, argv.join(' '));
    t.match(r.err, re, argv.join(' '));
    t.equal(r.out, '');
  }
});

t.test('without root every subcommand says the lab needs root, in one sentence', async (t) => {
  const getuid = process.getuid;
  process.getuid = () => 1000;
  t.teardown(() => { process.getuid = getuid; });
  for (const sub of ['up', 'down', 'status']) {
    const r = await cli(['lab', sub, '--prefix', 'nsunitnoroot']);
    t.equal(r.code, 2, sub);
    t.match(r.err, new RegExp(`^netscope lab ${sub} needs root, because the lab lives in network namespaces only root can create and enter; run it with sudo or as root\\.\\n$`));
  }
});
