// The CLI's stdout bound (issue 18): a reader that stalls costs counted, reported envelopes, never
// memory without end; a hole is marked in the output when the reader catches up; the exit status says so.
import t from 'tap';
import { Writable } from 'node:stream';
import { BoundedOutput } from '../../../cli/client/stream.js';

/** a stdout whose reader takes nothing until release() */
function stalledOut() {
  const pending: Array<() => void> = [];
  const written: string[] = [];
  const out = new Writable({
    highWaterMark: 1024,
    write(chunk, _enc, cb) {
      pending.push(() => {
        written.push(String(chunk));
        cb();
      });
    },
  });
  const release = () => {
    while (pending.length) pending.shift()!();
  };
  return { out: out as unknown as NodeJS.WriteStream, written, release, pending };
}

const sink = () => {
  const lines: string[] = [];
  return { lines, err: new Writable({ write(c, _e, cb) { lines.push(String(c)); cb(); } }) };
};

t.test('a stalled reader: what waits stays under the bound; the rest is dropped and counted, said once on stderr', async (t) => {
  const { out, release } = stalledOut();
  const e = sink();
  const o = new BoundedOutput({ command: 'observe', maxBytes: 64 * 1024, out, err: e.err, lossLine: (n) => `LOST ${n}` });
  const line = 'x'.repeat(99);
  let printed = 0;
  for (let i = 0; i < 100_000; i++) {
    if (!o.accept()) continue;
    o.write(line);
    printed++;
  }
  t.ok(out.writableLength <= 64 * 1024 + 100, `${out.writableLength} bytes wait, at most the bound and one line`);
  t.equal(o.dropped + printed, 100_000, 'each envelope printed or counted');
  t.ok(o.dropped > 99_000);
  await new Promise((r) => setImmediate(r));
  t.equal(e.lines.length, 1, 'one line on stderr while it drops');
  t.match(e.lines[0], /^netscope observe: stdout is read too slowly \(more than 64 KiB wait for it\): dropping envelopes/);
  const code = await o.finish(50);
  t.equal(code, 1, 'exit status 1');
  t.ok(o.stalled > 0, 'what is still unwritten is known');
  t.match(e.lines[1], new RegExp(`^netscope observe: stdout was read too slowly: ${o.dropped + o.stalled} envelopes were not printed \\(${o.dropped} dropped while more than 64 KiB waited, ${o.stalled} still unwritten at the end\\)\\.\\n$`));
  release();
});

t.test('a reader that catches up: a loss line marks the hole, in the output, before the next envelope', async (t) => {
  const s = stalledOut();
  const e = sink();
  const o = new BoundedOutput({ command: 'observe', maxBytes: 2048, out: s.out, err: e.err, lossLine: (n) => `LOST ${n}` });
  for (let i = 0; i < 1000; i++) if (o.accept()) o.write(`env ${i}`);
  const dropped = o.dropped;
  t.ok(dropped > 0);
  s.release();
  await new Promise((r) => setImmediate(r));
  s.release();
  t.ok(o.accept());
  o.write('env next');
  s.release();
  await new Promise((r) => setImmediate(r));
  s.release();
  const text = s.written.join('');
  t.match(text, new RegExp(`LOST ${dropped}\\nenv next\\n$`));
  t.equal(await o.finish(50), 1, 'still exit status 1: envelopes were lost');
});

t.test('a reader that keeps up: nothing dropped, exit status 0, nothing on stderr', async (t) => {
  const e = sink();
  const got: string[] = [];
  const out = new Writable({ write(c, _e, cb) { got.push(String(c)); cb(); } }) as unknown as NodeJS.WriteStream;
  const o = new BoundedOutput({ command: 'observe', out, err: e.err });
  for (let i = 0; i < 1000; i++) if (o.accept()) o.write(`env ${i}\n`);
  t.equal(await o.finish(), 0);
  t.equal(got.length, 1000);
  t.same(e.lines, []);
});
