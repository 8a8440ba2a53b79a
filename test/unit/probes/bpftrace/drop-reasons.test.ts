import t from 'tap';
import { readFileSync } from 'node:fs';
import { parseDropReasons } from '../../../../agent/probes/bpftrace/drop-reasons.js';

const dump = readFileSync(new URL('../../../fixtures/bpftrace/btf-skb-drop-reason.h', import.meta.url), 'utf8');

t.test('the enum from this kernel\'s BTF dump', async (t) => {
  t.match(dump, /enum skb_drop_reason \{/, 'fixture holds the enum');
  const r = parseDropReasons(dump);
  t.equal(r.get(0), 'NOT_DROPPED_YET');
  t.equal(r.get(1), 'CONSUMED');
  t.equal(r.get(2), 'NOT_SPECIFIED');
  t.equal(r.get(12), 'NETFILTER_DROP');
  t.equal(r.get(65), 'QDISC_OVERLIMIT');
  t.notOk([...r.values()].some((n) => n === 'MAX' || n === 'SUBSYS_MASK'), 'bounds and masks are not reasons');
  t.notOk([...r.values()].some((n) => n.startsWith('SKB_')), 'prefixes stripped');
  t.equal(r.size, 128, 'codes 0..127');
  t.matchSnapshot(Object.fromEntries(r), 'table');
});

t.test('a kernel without drop reasons gives an empty table', async (t) => {
  t.equal(parseDropReasons('struct foo {\n\tint a;\n};\n').size, 0);
  t.equal(parseDropReasons('').size, 0);
});
