// Each API command has a full --help (usage, options, the filter flags), and bad flags fail with one
// sentence before any connection is tried.
import t from 'tap';
import { run } from '../../../cli/main.js';

// cli/main.ts's run() adds an EPIPE listener to stdout on each call: many calls in one process
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

for (const [cmd, wants] of [
  ['observe', [/^usage: netscope observe /, /--agent ADDR/, /--deny-ip/, /--kind KIND/, /-o, --output FMT +compact/, /--follow/, /--last N/, /--count N/, /--color WHEN/]],
  ['trace', [/^usage: netscope trace /, /--agent ADDR/, /--proto P/, /--deny-interface/, /-o, --output FMT +journey/, /--count N/]],
  ['conntrack', [/^usage: netscope conntrack /, /--watch/, /-o, --output FMT +table/, /--deny-netns/]],
  ['qdisc', [/^usage: netscope qdisc /, /--watch/, /-o, --output FMT +table/, /--interface DEV/]],
  ['agent', [/--listen ADDR/, /--tls-cert FILE/, /--token-file FILE/, /--insecure/, /--client-queue N/]],
  ['probes', [/--agent ADDR/, /--local/]],
] as Array<[string, RegExp[]]>) {
  t.test(`netscope ${cmd} --help`, async (t) => {
    const { code, out } = await output([cmd, '--help']);
    t.equal(code, 0);
    for (const w of wants) t.match(out, w);
  });
}

const NOWHERE = '/nonexistent/netscope-test.sock';
for (const [argv, want] of [
  [['observe', '--ip', '10.85.0.300'], /^netscope observe: --ip: '10\.85\.0\.300' is not an IPv4 address or CIDR/],
  [['observe', '--kind', 'bogus'], /^netscope observe: --kind: unknown kind 'bogus'/],
  [['observe', '-o', 'yaml'], /^netscope observe: -o takes compact, json, journey, not 'yaml'\./],
  [['observe', '--first', '3', '--last', '2'], /^netscope observe: cannot set both --first and --last\./],
  [['observe', '--first', '3', '--follow'], /^netscope observe: cannot set both --first and --follow\./],
  [['observe', '--agent', 'tcp://x'], /^netscope observe: --agent: 'tcp:\/\/x' is not a TCP address/],
  [['trace', '-o', 'compact'], /^netscope trace: -o takes journey or json, not 'compact'\./],
  [['trace', '--hook', 'ingress'], /^netscope trace: --hook: 'ingress' is not a netfilter hook/],
  [['conntrack', '--hook', 'forward'], /^netscope conntrack: unknown option --hook/],
  [['qdisc', '-o', 'yaml'], /^netscope qdisc: -o takes table or json/],
  [['observe', '--color', 'sometimes'], /^--color takes auto, always or never/],
] as Array<[string[], RegExp]>) {
  t.test(argv.join(' '), async (t) => {
    const { code, err } = await output(argv.includes('--agent') ? argv : [...argv, '--agent', NOWHERE]);
    t.equal(code, 2);
    t.match(err, want);
    t.notMatch(err, /no agent is listening/, 'fails before connecting');
    t.equal(err.trim().split('\n').length, 1, 'one sentence, one line');
  });
}

t.test('no agent at the address: the sentence, exit 1', async (t) => {
  const { code, err } = await output(['observe', '--agent', NOWHERE]);
  t.equal(code, 1);
  t.equal(err, `netscope observe: no agent is listening on ${NOWHERE}; start one with 'sudo netscope agent --listen ${NOWHERE}' (add --netns NAME for the namespaces to watch), or point --agent at a running one.\n`);
});
