// Bad input to `netscope agent` gets one sentence naming what is wrong, before anything is attached.
import t from 'tap';
import { run } from '../../../cli/main.js';

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
  [['agent', '--netns', 'no-such-netns-here'], /^unknown netns 'no-such-netns-here': \/run\/netns\/no-such-netns-here does not exist; list them with 'ip netns list'/],
  [['agent', '--proto', 'sctp'], /^--proto: 'sctp' is not a protocol netscope filters on; use icmp, tcp or udp\.\n$/],
  [['agent', '--host', '10.85.0.300'], /^--host: '10\.85\.0\.300' is not an IPv4 address or CIDR/],
  [['agent', '--port', '70000'], /^--port: '70000' is not a port/],
  [['agent', '--probes', 'tracepoint,bogus'], /^--probes: unknown probe set 'bogus'; use auto or a comma list of tracepoint, netfilter, kprobe\.\n$/],
  [['agent', '--kinds', 'packets'], /^netscope agent: --kinds: unknown kind 'packets'/],
  [['agent', '--replay', 'x.nsrec', '--bpf-stats'], /^netscope agent: --replay serves a recording and attaches no probes, so it takes no --bpf-stats; drop it or drop --replay\.\n$/],
  [['agent', '--frobnicate'], /^netscope agent: unknown option --frobnicate; see 'netscope agent --help'\.\n$/],
  [['demo', '--tbf', 'fast'], /^netscope demo: --tbf 'fast' is not a tc rate/],
  [['probes', '-o', 'yaml'], /^netscope probes: -o takes table or json, not 'yaml'\.\n$/],
];

for (const [argv, want] of cases) {
  t.test(argv.join(' '), async (t) => {
    const { code, err } = await stderrOf(argv);
    t.equal(code, 2);
    t.match(err, want);
    t.equal(err.trim().split('\n').length, 1, 'one sentence, one line');
  });
}
