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

t.test('Debian 12\'s 6.1 numbers the same reasons differently: names come from the running kernel', async (t) => {
  const dump61 = readFileSync(new URL('../../../fixtures/bpftrace/btf-skb-drop-reason-6.1.h', import.meta.url), 'utf8');
  t.match(dump61, /SKB_DROP_REASON_NO_SOCKET = 2,/, 'fixture holds 6.1\'s NO_SOCKET');
  const r61 = parseDropReasons(dump61);
  const r618 = parseDropReasons(dump);
  t.equal(r61.get(2), 'NO_SOCKET', 'on 6.1, 2 is NO_SOCKET');
  t.equal(r618.get(2), 'NOT_SPECIFIED', 'on 6.18, 2 is NOT_SPECIFIED');
  t.equal(r61.get(7), 'NETFILTER_DROP');
  t.equal(r61.get(1), 'NOT_SPECIFIED');
  t.notOk([...r61.values()].includes('CONSUMED'), '6.1 has no CONSUMED reason');
  t.equal(r61.size, 66, 'codes 0..65');
});
