import t from 'tap';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { deriveAllRates, deriveRates, parseTcQdiscJson, qdiscKey } from '../../../../agent/sources/qdisc/parse.js';

const FIXTURES = fileURLToPath(new URL('../../../fixtures/tc/', import.meta.url));
const fixture = (name: string): string => readFileSync(FIXTURES + name, 'utf8');
const ctx = { netns: 4026532999, netnsName: 'fx-h1' };
const T0 = 1795443560000000000;

t.test('fixtures parse completely (snapshot)', async (t) => {
  for (const name of ['qdisc-noqueue.json', 'qdisc-tbf-1.json', 'qdisc-tbf-2.json', 'qdisc-htb-tbf-child.json']) {
    const { samples, skipped } = parseTcQdiscJson(fixture(name), { ...ctx, timeNs: T0 });
    t.same(skipped, [], `${name}: nothing skipped`);
    t.equal(samples.length, JSON.parse(fixture(name)).length, `${name}: one sample per qdisc`);
    t.matchSnapshot(samples, name);
  }
});

t.test('tbf: rate in bytes/s, burst, latency, counters', async (t) => {
  t.match(fixture('qdisc-tbf-2.json'), '"kind":"tbf","handle":"8001:","dev":"eth0","root":true', 'guard: fixture has the root tbf on eth0');
  const { samples } = parseTcQdiscJson(fixture('qdisc-tbf-2.json'), { ...ctx, timeNs: T0 });
  const tbf = samples.find((s) => s.kind === 'tbf')!;
  t.same(tbf.tbf, { rateBytesPerS: 1_250_000, burstBytes: 1540, latencyUs: 5000 }, '10mbit = 1,250,000 bytes/s');
  t.match(tbf, {
    dev: 'eth0', handle: '8001:', parent: 'root', bytes: 2682171, packets: 1781, drops: 221, overlimits: 3453,
    requeues: 0, backlogBytes: 1514, qlen: 1, netns: ctx.netns, netnsName: 'fx-h1', timeNs: T0, intervalS: 0, bytesPerS: 0,
  });
  t.same(samples.filter((s) => s.kind === 'noqueue').map((s) => s.dev), ['lo', 'vpod']);
  t.notOk(samples.find((s) => s.kind === 'noqueue')!.tbf, 'no tbf config on other kinds');
});

t.test('show dev DEV: tc omits "dev", the context supplies it', async (t) => {
  t.notMatch(fixture('qdisc-tbf-dev.json'), '"dev"', 'guard: fixture has no dev field');
  const { samples, skipped } = parseTcQdiscJson(fixture('qdisc-tbf-dev.json'), { ...ctx, timeNs: T0, dev: 'eth0' });
  t.same(skipped, []);
  t.match(samples, [{ dev: 'eth0', kind: 'tbf', handle: '8001:' }]);
  t.same(parseTcQdiscJson(fixture('qdisc-tbf-dev.json'), { timeNs: T0 }).samples, [], 'without a device it cannot be placed');
});

t.test('a child qdisc has its parent class', async (t) => {
  t.match(fixture('qdisc-htb-tbf-child.json'), '"parent":"1:10"', 'guard');
  const { samples } = parseTcQdiscJson(fixture('qdisc-htb-tbf-child.json'), { timeNs: T0 });
  t.match(samples.find((s) => s.kind === 'tbf'), { parent: '1:10', handle: '10:', tbf: { rateBytesPerS: 625_000, burstBytes: 3000, latencyUs: 20000 } });
  t.match(samples.find((s) => s.kind === 'htb'), { parent: 'root', handle: '1:', tbf: undefined });
});

t.test('rates from two real samples ~1 s apart', async (t) => {
  const a = parseTcQdiscJson(fixture('qdisc-tbf-1.json'), { ...ctx, timeNs: T0 }).samples;
  const b = parseTcQdiscJson(fixture('qdisc-tbf-2.json'), { ...ctx, timeNs: T0 + 1_000_000_000 }).samples;
  const rated = deriveAllRates(new Map(a.map((s) => [qdiscKey(s), s])), b);
  const tbf = rated.find((s) => s.kind === 'tbf')!;
  t.equal(tbf.intervalS, 1);
  t.equal(tbf.bytesPerS, 2682171 - 1463401);
  t.equal(tbf.packetsPerS, 1781 - 976);
  t.equal(tbf.dropsPerS, 221 - 135);
  t.equal(tbf.overlimitsPerS, 3453 - 1918);
  t.ok(Math.abs(tbf.bytesPerS! - 1_250_000) / 1_250_000 < 0.2, 'measured within 20% of the configured rate');
  t.match(rated.find((s) => s.dev === 'lo'), { intervalS: 1, bytesPerS: 0 });
  t.matchSnapshot(rated, 'rated');
});

t.test('deriveRates edge cases', async (t) => {
  const [base] = parseTcQdiscJson(fixture('qdisc-tbf-dev.json'), { timeNs: T0, dev: 'eth0' }).samples;
  const later = { ...base!, timeNs: T0 + 500_000_000, bytes: base!.bytes! + 500_000 };
  t.match(deriveRates(undefined, base!), { intervalS: 0, bytesPerS: 0 }, 'first sample');
  t.match(deriveRates(base, later), { intervalS: 0.5, bytesPerS: 1_000_000 }, 'half a second');
  t.match(deriveRates(later, { ...base!, timeNs: T0 + 1e9, bytes: 10 }), { intervalS: 0, bytesPerS: 0, dropsPerS: 0 }, 'counter reset: as a first sample');
  t.match(deriveRates(base, { ...later, kind: 'fq_codel' }), { intervalS: 0 }, 'a replaced qdisc of another kind');
  t.match(deriveRates(later, { ...later }), { intervalS: 0 }, 'no time passed');
  t.equal(later.bytesPerS, 0, 'inputs are not changed');
});

t.test('malformed input', async (t) => {
  t.throws(() => parseTcQdiscJson('Cannot find device "eth9"', { timeNs: T0 }), /parsing tc -s -j qdisc output/);
  t.same(parseTcQdiscJson('', { timeNs: T0 }), { samples: [], skipped: [] });
  t.same(parseTcQdiscJson('[1, {"no":"kind"}]', { timeNs: T0 }).skipped, [1, { no: 'kind' }]);
});
