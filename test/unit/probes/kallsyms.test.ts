// kfree_skb locations → function names from kallsyms text (the format of /proc/kallsyms as root).
import t from 'tap';
import { lookup, parseKallsyms } from '../../../agent/probes/kallsyms.js';

const text = [
  '0000000000000000 A fixed_percpu_data',
  'ffffffff81000000 T _stext',
  'ffffffff820701c0 T ping_rcv',
  'ffffffff82070400 t ping_v4_push_pending_frames',
  'ffffffff82107000 D some_data',
  'ffffffffc0a01000 t nft_do_chain_ipv4\t[nf_tables]',
  'ffffffffc0a02000 W weak_thing\t[nf_tables]',
].join('\n');

t.test('text symbols of the top 4 GiB, sorted, module names stripped', async (t) => {
  const tab = parseKallsyms(text);
  t.same(tab.names, ['_stext', 'ping_rcv', 'ping_v4_push_pending_frames', 'nft_do_chain_ipv4', 'weak_thing']);
});

t.test('an address maps to the function it lies in', async (t) => {
  const tab = parseKallsyms(text);
  t.equal(lookup(tab, 0xffffffff, 0x8207026b), 'ping_rcv', 'inside ping_rcv (the captured NO_SOCKET location)');
  t.equal(lookup(tab, 0xffffffff, 0x820701c0), 'ping_rcv', 'its first byte');
  t.equal(lookup(tab, 0xffffffff, 0xc0a01010), 'nft_do_chain_ipv4');
  t.equal(lookup(tab, 0xffffffff, 0x80000000), '', 'below the first symbol');
  t.equal(lookup(tab, 0xffff8881, 0x8207026b), '', 'not kernel text');
});
