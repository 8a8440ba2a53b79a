// The qdisc source's sampler against a fake `tc` that replays captured `tc -s -j qdisc show` output.
import t from 'tap';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Envelope } from '../../../../proto/index.js';
import { ownNetns } from '../../../../agent/core/netns.js';
import { QdiscSource } from '../../../../agent/sources/qdisc/source.js';

const FIXTURES = fileURLToPath(new URL('../../../fixtures/tc/', import.meta.url));

// A fake `tc -s -j -force -batch -`: reads commands from stdin and answers each on one line, like tc.
// Answer 1: tbf-1, 2: tbf-2, 3: an error (tc reads on), 4: tc exits (crashes); the source starts a new
// one, which goes on counting from the state file: tbf-2 from then on. Each start is counted too.
const FAKE = `#!/bin/sh
[ "$*" = "-s -j -force -batch -" ] || { echo "fake tc: unexpected $*" >&2; exit 2; }
s=$(cat "$FAKE_STATE/starts" 2>/dev/null || echo 0); echo $((s+1)) > "$FAKE_STATE/starts"
while read -r cmd; do
  [ "$cmd" = "qdisc show" ] || { echo "fake tc: unexpected command $cmd" >&2; exit 2; }
  n=$(cat "$FAKE_STATE/n" 2>/dev/null || echo 0); echo $((n+1)) > "$FAKE_STATE/n"
  case "$n" in
    0) tr -d '\\n' < "$FAKE_FIXTURES/qdisc-tbf-1.json"; echo ;;
    1) tr -d '\\n' < "$FAKE_FIXTURES/qdisc-tbf-2.json"; echo ;;
    2) echo "Cannot open netlink socket: boom" >&2; echo "Command failed -:$((n+1))" >&2 ;;
    3) exit 1 ;;
    *) tr -d '\\n' < "$FAKE_FIXTURES/qdisc-tbf-2.json"; echo ;;
  esac
done
`;

t.test('fake tc: first sample on start, rates, failed ticks as one gap, a new tc after a crash, stop', async (t) => {
  const dir = t.testdir({ state: {} });
  writeFileSync(`${dir}/tc`, FAKE);
  chmodSync(`${dir}/tc`, 0o755);
  process.env.FAKE_STATE = `${dir}/state`;
  process.env.FAKE_FIXTURES = FIXTURES;
  t.teardown(() => { delete process.env.FAKE_STATE; delete process.env.FAKE_FIXTURES; });

  const src = new QdiscSource({ target: ownNetns(), tcBin: `${dir}/tc`, intervalMs: 40 });
  t.teardown(() => src.stop());
  t.equal(src.name, 'qdisc:host');
  t.equal(await src.canRun(), undefined);
  const seen: Envelope[] = [];
  await src.start((e) => seen.push(e));
  t.equal(seen.length, 3, 'start resolves after the first sample is emitted (3 qdiscs)');
  t.match(seen.map((e) => e.qdisc!.kind), ['noqueue', 'noqueue', 'tbf']);
  t.match(seen[2]!.qdisc, { dev: 'eth0', netnsName: 'host', intervalS: 0, bytes: 1463401, tbf: { rateBytesPerS: 1250000 } });

  for (let i = 0; !seen.some((e) => e.gap?.toTimeNs); i++) {
    if (i > 300) throw new Error('timed out waiting for the gap to close');
    await new Promise((r) => setTimeout(r, 10));
  }
  await src.stop();
  const tbf = seen.filter((e) => e.qdisc?.kind === 'tbf').map((e) => e.qdisc!);
  t.ok(tbf[1]!.intervalS! > 0, 'second sample has an interval');
  t.equal(tbf[1]!.bytes, 2682171);
  t.ok(Math.abs(tbf[1]!.bytesPerS! - (2682171 - 1463401) / tbf[1]!.intervalS!) < 1e-6, 'bytes/s from the two samples');
  const gaps = seen.filter((e) => e.gap).map((e) => e.gap!);
  t.equal(gaps.length, 2);
  t.match(gaps[0], { source: 'qdisc:host', toTimeNs: 0, reason: /reported an error: Cannot open netlink socket: boom$/ });
  t.equal(readFileSync(`${dir}/state/starts`, 'utf8').trim(), '2', 'one tc for the first three ticks, a second after the first one exited');
  t.equal(gaps[1]!.fromTimeNs, gaps[0]!.fromTimeNs);
  t.match(src.current().find((s) => s.kind === 'tbf'), { bytes: 2682171 });
  const n = seen.length;
  await new Promise((r) => setTimeout(r, 100));
  t.equal(seen.length, n, 'nothing emitted after stop');
  await src.stop();
});
