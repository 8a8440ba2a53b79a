import t from 'tap';
import { run } from '../../../cli/main.js';

t.test('unknown command is one sentence naming it', async (t) => {
  const errs: string[] = [];
  const orig = process.stderr.write.bind(process.stderr);
  process.stderr.write = ((s: string) => { errs.push(String(s)); return true; }) as typeof process.stderr.write;
  try {
    t.equal(await run(['frobnicate']), 2);
  } finally {
    process.stderr.write = orig;
  }
  t.match(errs.join(''), /unknown command 'frobnicate'.*netscope --help/);
});
