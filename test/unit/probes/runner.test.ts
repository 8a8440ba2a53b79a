import t from 'tap';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ProbeRunner } from '../../../agent/probes/runner.js';
import { fixedClock } from '../../../agent/core/clock.js';
import type { Envelope } from '../../../proto/index.js';

const FAKE = resolve('test/fixtures/bin/fake-probe');
const dir = mkdtempSync(join(tmpdir(), 'netscope-runner-'));
t.teardown(() => rmSync(dir, { recursive: true, force: true }));
const lines = join(dir, 'lines');
writeFileSync(lines, 'one\ntwo\n');

function runner(mode: string, out: { lines: string[]; envs: Envelope[] }, extra: Partial<ConstructorParameters<typeof ProbeRunner>[0]> = {}) {
  return new ProbeRunner(
    {
      name: 'fake',
      argv: ['env', `FAKE_PROBE_MODE=${mode}`, `FAKE_PROBE_LINES=${lines}`, `FAKE_PROBE_MARK=${join(dir, `mark-${mode}`)}`, FAKE],
      isReady: (l) => l.includes('attached_probes'),
      onLine: (l) => out.lines.push(l),
      backoffMs: [10, 10],
      ...extra,
    },
    (e) => out.envs.push(e),
    fixedClock(0, 5),
  );
}

const until = async (cond: () => boolean, ms = 5000) => {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
};

t.test('start resolves on the readiness line and lines flow to the parser', async (t) => {
  const out = { lines: [] as string[], envs: [] as Envelope[] };
  const r = runner('wait', out);
  await r.start();
  await until(() => out.lines.length >= 3);
  t.same(out.lines.slice(1), ['one', 'two']);
  t.ok(r.running);
  await r.stop();
  t.notOk(r.running);
  await r.stop(); // twice is safe
});

t.test('a probe that exits before it is ready rejects with the command and its stderr', async (t) => {
  const r = runner('never-ready', { lines: [], envs: [] });
  await t.rejects(r.start(), /fake: command 'env .*' exited with code 1: .*fake-probe: cannot attach: Operation not permitted/);
});

t.test('a crash after readiness is a gap, closed when the restart is ready again', async (t) => {
  const out = { lines: [] as string[], envs: [] as Envelope[] };
  const r = runner('once', out);
  await r.start();
  await until(() => out.envs.length >= 2);
  t.match(out.envs[0], { gap: { source: 'fake', reason: /exited with code 3.*crashed/, toTimeNs: 0 } });
  t.match(out.envs[1], { gap: { source: 'fake', reason: 'restarted' } });
  t.ok(r.running);
  await r.stop();
});

t.test('stop while a restarted probe is not ready yet: it stays stopped, nothing is started after', async (t) => {
  const out = { lines: [] as string[], envs: [] as Envelope[] };
  const pids: number[] = [];
  // the first run is ready at once; the restart after its crash never passes the check
  const r = runner('once-stop', out, { confirmReady: async (pid) => (pids.includes(pid) || pids.push(pid), pids.length === 1) });
  await r.start();
  await until(() => pids.length >= 2);
  await r.stop();
  const started = pids.length;
  await new Promise((res) => setTimeout(res, 300)); // the backoff is 10 ms: a restart would have come by now
  t.equal(pids.length, started, 'no probe started after stop');
  t.notOk(r.running);
  t.equal(r.failure, undefined, 'a stop is not a failure');
});

t.test('a probe that keeps crashing is given up after the backoff list, with the reason', async (t) => {
  const out = { lines: [] as string[], envs: [] as Envelope[] };
  const r = runner('crash', out);
  await r.start();
  await until(() => r.failure !== undefined);
  t.match(r.failure, /lost the ring buffer.*gave up after 2 restarts/);
  // each restart came up (closing its gap) and crashed again (opening one); the last gap stays open
  t.equal(out.envs.filter((e) => e.gap && !e.gap.toTimeNs).length, 3);
  t.equal(out.envs.filter((e) => e.gap && e.gap.toTimeNs).length, 2);
  t.match(out.envs.at(-1), { gap: { toTimeNs: 0 } });
  await r.stop();
});

t.test('with confirmReady, an announced probe is ready only once the check passes', async (t) => {
  const out = { lines: [] as string[], envs: [] as Envelope[] };
  let calls = 0;
  let resolvedAfter = -1;
  const r = runner('wait', out, { confirmReady: async () => ++calls >= 3 });
  await r.start().then(() => (resolvedAfter = calls));
  t.equal(resolvedAfter, 3, 'resolved on the third check, not on the announcement');
  await until(() => out.lines.length >= 3);
  t.same(out.lines.slice(1), ['one', 'two'], 'lines printed while confirming are kept');
  await r.stop();
});
