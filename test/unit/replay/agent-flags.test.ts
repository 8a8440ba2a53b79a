// `agent --replay/--record` flag mistakes get one sentence before anything starts (no root needed).
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
  [['agent', '--replay', 'x.nsrec', '--netns', 'lab-host01'], /^netscope agent: --replay serves a recording and attaches no probes, so it takes no --netns; drop it or drop --replay\.\n$/],
  [['agent', '--replay', 'x.nsrec', '--probes', 'tracepoint', '--record', 'y'], /takes no --probes, --record; drop them or drop --replay\.\n$/],
  [['agent', '--loop'], /^netscope agent: --loop applies to --replay FILE only\.\n$/],
  [['agent', '--speed', '2', '--wait-for-client'], /^netscope agent: --speed, --wait-for-client apply to --replay FILE only\.\n$/],
  [['agent', '--replay', 'x.nsrec', '--speed', 'fast'], /^netscope agent: --speed takes a positive number such as 0\.5 or 10, or max, not 'fast'\.\n$/],
  [['agent', '--record-max-size', '1M'], /^netscope agent: --record-max-size needs --record FILE\.\n$/],
  [['agent', '--record', 'x', '--record-max-size', '10'], /^netscope agent: --record-max-size takes a size of at least 4096 bytes/],
  [['agent', '--replay', '/nonexistent/x.nsrec', '--listen', '/tmp/netscope-unit-never/agent.sock'], /^cannot open recording \/nonexistent\/x\.nsrec: no such file\.\n$/],
];

for (const [argv, want] of cases) {
  t.test(argv.join(' '), async (t) => {
    const { code, err } = await stderrOf(argv);
    t.equal(code, 2);
    t.match(err, want);
    t.equal(err.trim().split('\n').length, 1, 'one sentence, one line');
  });
}
