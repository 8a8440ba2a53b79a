import t from 'tap';
import { UserError } from '../../../agent/util/errors.js';
import {
  isTcRate, labNetnsPattern, labOptions, podAddress, prefixProblem, tcRateBits, topology,
} from '../../../agent/lab/topology.js';

t.test('labOptions fills in the defaults', async (t) => {
  t.same(labOptions(), { prefix: 'lab', pods: 2 });
  t.same(labOptions({ prefix: 'a-1', pods: 200, tbf: '10mbit' }), { prefix: 'a-1', pods: 200, tbf: '10mbit' });
});

t.test('bad options are one sentence naming the option', async (t) => {
  const cases: [Parameters<typeof labOptions>[0], RegExp][] = [
    [{ prefix: '' }, /^netscope lab up: the prefix is empty; --prefix takes/],
    [{ prefix: 'Lab' }, /the prefix 'Lab' has characters other than a-z, 0-9 and '-'/],
    [{ prefix: 'a_b' }, /has characters other than/],
    [{ prefix: 'a/b' }, /has characters other than/],
    [{ prefix: '-ab' }, /does not start with a letter or digit/],
    [{ prefix: 'a'.repeat(25) }, /longer than 24 characters/],
    [{ pods: 0 }, /--pods takes a whole number from 1 to 200, not '0'/],
    [{ pods: 201 }, /--pods takes a whole number from 1 to 200/],
    [{ pods: 1.5 }, /--pods takes a whole number/],
    [{ tbf: '10mb' }, /--tbf takes a tc rate such as 10mbit, 100kbit or 1gbit, not '10mb'/],
    [{ tbf: '0mbit' }, /--tbf takes a tc rate/],
    [{ tbf: 'fast' }, /--tbf takes a tc rate/],
    [{ tbf: '1bit' }, /--tbf takes a tc rate/],
  ];
  for (const [input, re] of cases) {
    let err: unknown;
    try { labOptions(input, 'netscope lab up'); } catch (e) { err = e; }
    t.ok(err instanceof UserError, JSON.stringify(input));
    t.match((err as Error).message, re);
    t.match((err as Error).message, /^[a-z][^\n]*\.$/, 'lowercase, one line, ends with a full stop');
  }
});

t.test('prefixProblem accepts what uniquePrefix-style names look like', async (t) => {
  for (const p of ['lab', 'nslab1a2b3c', 'a', 'ci-42', '0x', 'a'.repeat(24)]) t.equal(prefixProblem(p), undefined, p);
});

t.test('tc rates', async (t) => {
  for (const r of ['10mbit', '100kbit', '1gbit', '1.5mbit', '800bit', '8bit', '1Mbit', '125kbps', '1bps']) t.ok(isTcRate(r), r);
  for (const r of ['', '10', 'mbit', '10 mbit', '-1mbit', '10mib', '1e6bit', '1bit', '7bit']) t.notOk(isTcRate(r), r);
  t.equal(tcRateBits('10mbit'), 10e6);
  t.equal(tcRateBits('100kbit'), 100e3);
  t.equal(tcRateBits('1gbit'), 1e9);
  t.equal(tcRateBits('1mbps'), 8e6, 'bps is bytes per second in tc');
  t.throws(() => tcRateBits('x'));
});

t.test('the netns pattern matches exactly one lab', async (t) => {
  const re = labNetnsPattern('lab');
  for (const n of ['lab-host01', 'lab-host02', 'lab-pod1', 'lab-pod200']) t.ok(re.test(n), n);
  for (const n of ['lab-x-host01', 'lab-pod0', 'lab-pod', 'lab-host03', 'xlab-host01', 'lab-host01x', 'lab-pod01']) t.notOk(re.test(n), n);
  t.notOk(labNetnsPattern('lab-x').test('lab-host01'));
  t.ok(labNetnsPattern('lab-x').test('lab-x-pod3'));
});

t.test('topology names and the pod address scheme', async (t) => {
  t.equal(podAddress(1), '10.85.0.2');
  t.equal(podAddress(200), '10.85.0.201');
  t.throws(() => podAddress(0));
  t.throws(() => podAddress(201));
  t.same(topology({ prefix: 'z', pods: 2 }), {
    prefix: 'z', host01: 'z-host01', host02: 'z-host02',
    pods: [
      { index: 1, netns: 'z-pod1', ifname: 'eth0', hostIfname: 'veth-pod1', address: '10.85.0.2' },
      { index: 2, netns: 'z-pod2', ifname: 'eth0', hostIfname: 'veth-pod2', address: '10.85.0.3' },
    ],
  });
});
