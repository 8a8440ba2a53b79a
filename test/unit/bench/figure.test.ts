import t from 'tap';
import { figureTable, fmt, formatTarget, judge, median, percentile, ratio, verdict, type Figure } from '../../../bench/figure.js';
import { report } from '../../../bench/report.js';

t.test('median', async (t) => {
  t.equal(median([3, 1, 2]), 2);
  t.equal(median([4, 1, 3, 2]), 2.5);
  t.equal(median([7]), 7);
  t.ok(Number.isNaN(median([])));
});

t.test('percentile is nearest-rank on an unsorted sample', async (t) => {
  const xs = Array.from({ length: 100 }, (_, i) => 100 - i); // 100..1
  t.equal(percentile(xs, 50), 50);
  t.equal(percentile(xs, 99), 99);
  t.equal(percentile(xs, 100), 100);
  t.equal(percentile(xs, 0), 1);
  t.equal(percentile(new Float64Array([5, 1, 3]), 50), 3);
  t.equal(percentile([10, 20], 99), 20);
  t.ok(Number.isNaN(percentile([], 50)));
});

t.test('ratio', async (t) => {
  t.equal(ratio(3, 2), 1.5);
  t.equal(ratio(1, 0), undefined);
  t.equal(ratio(NaN, 2), undefined);
});

const base: Figure = { section: 'conntrack', metric: 'snapshot', value: 300, unit: 'ms', baseline: { name: 'conntrack -L', value: 200 }, command: 'BENCH_ONLY=conntrack npm run bench' };

t.test('judge computes the ratio and compares it or the value with the target', async (t) => {
  const r = judge({ ...base, target: { op: '<=', value: 1.5, of: 'ratio' } });
  t.equal(r.ratio, 1.5);
  t.equal(r.met, true);
  const miss = judge({ ...base, value: 400, target: { op: '<=', value: 1.5, of: 'ratio' } });
  t.equal(miss.ratio, 2);
  t.equal(miss.met, false);
  t.equal(verdict(miss), '**missed** by 0.500 (33.3 %)');
  const rate = judge({ section: 'pipeline', metric: 'rate', value: 150_000, unit: 'events/s', target: { op: '>=', value: 200_000 }, command: 'x' });
  t.equal(rate.met, false);
  t.equal(verdict(rate), '**missed** by 50,000 events/s (25.0 %)');
  t.equal(verdict(judge({ ...rate, value: 250_000 })), 'met');
  const lat = judge({ section: 'latency', metric: 'p99', value: 50, unit: 'ms', target: { op: '<', value: 50 }, command: 'x' });
  t.equal(lat.met, false, 'a strict target is missed at equality');
  t.equal(judge({ ...base, ratio: 0.9 }).ratio, 0.9, 'a given ratio (median of pair ratios) is kept');
});

t.test('a figure that could not be measured says so, with the reason', async (t) => {
  const f = judge({ section: 'recording', metric: 'write rate', unit: 'events/s', target: { op: '>=', value: 500_000 }, command: 'BENCH_ONLY=recording npm run bench', note: 'not yet measured: bench/record.ts does not exist yet' });
  t.equal(f.met, undefined);
  t.equal(verdict(f), 'not measured');
  t.match(figureTable([f]), /not measured: not yet measured: bench\/record\.ts does not exist yet/);
  t.equal(verdict({ ...base }), 'reported');
});

t.test('fmt and formatTarget', async (t) => {
  t.equal(fmt(0.97312), '0.973');
  t.equal(fmt(12.345), '12.3');
  t.equal(fmt(123.4), '123');
  t.equal(fmt(201_000.4), '201,000');
  t.equal(fmt(0), '0');
  t.equal(fmt(undefined), '–');
  t.equal(formatTarget({ ...base, target: { op: '>=', value: 0.97, of: 'ratio' } }), '≥ 0.970 × baseline');
  t.equal(formatTarget({ ...base, unit: 'MB', target: { op: '<=', value: 150 } }), '≤ 150 MB');
  t.equal(formatTarget(base), 'report');
});

t.test('figureTable: one row a figure, pipes escaped, command in code', async (t) => {
  const table = figureTable([judge({ ...base, metric: 'a | b', target: { op: '<=', value: 1.5, of: 'ratio' } })]);
  const rows = table.split('\n');
  t.equal(rows.length, 3);
  t.equal(rows[2], '| a \\| b | 300 ms | 200 ms (conntrack -L) | 1.50 | ≤ 1.50 × baseline | met | `BENCH_ONLY=conntrack npm run bench` |');
});

t.test('report: machine line, a section per measured section, notes under the table', async (t) => {
  const md = report({
    machine: { cpu: 'Test CPU', cores: 2, memoryGiB: 24, kernel: '6.1.0', node: 'v20.0.0' },
    date: '2026-01-01T00:00:00.000Z', durationS: 10, quick: false, sections: ['conntrack'], failures: [], detail: {},
    figures: [judge({ ...base, note: '100000 rows returned' })],
  });
  t.match(md, /Machine: Test CPU, 2 cores, 24 GiB, kernel 6\.1\.0, Node v20\.0\.0\. Run: 2026-01-01T00:00:00\.000Z, 10 s\./);
  t.match(md, /## 4\. Conntrack at scale/);
  t.notMatch(md, /## 1\. Data-path/);
  t.match(md, /- snapshot: 100000 rows returned/);
});
