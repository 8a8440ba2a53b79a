// kfree_skb locations → function names from kallsyms text (the format of /proc/kallsyms as root).
import t from 'tap';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lookup, names, parseKallsyms, readKallsyms } from '../../../agent/probes/kallsyms.js';

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
  t.same(names(tab), ['_stext', 'ping_rcv', 'ping_v4_push_pending_frames', 'nft_do_chain_ipv4', 'weak_thing']);
});

t.test('an address maps to the function it lies in', async (t) => {
  const tab = parseKallsyms(text);
  t.equal(lookup(tab, 0xffffffff, 0x8207026b), 'ping_rcv', 'inside ping_rcv (the captured NO_SOCKET location)');
  t.equal(lookup(tab, 0xffffffff, 0x820701c0), 'ping_rcv', 'its first byte');
  t.equal(lookup(tab, 0xffffffff, 0xc0a01010), 'nft_do_chain_ipv4');
  t.equal(lookup(tab, 0xffffffff, 0x80000000), '', 'below the first symbol');
  t.equal(lookup(tab, 0xffff8881, 0x8207026b), '', 'not kernel text');
});

t.test('bytes and text parse alike; same-address symbols keep file order; lines it cannot read are skipped', async (t) => {
  const lines = ['ffffffff81000000 T _stext', 'ffffffff81000000 T startup_64', 'ffffffff8100zz00 T bad_hex', 'ffffffff81001000', 'ffffffff81002000 t \u00e9t\u00e9'];
  const tab = parseKallsyms(Buffer.from(lines.join('\n') + '\n', 'latin1'));
  t.same(names(tab), ['_stext', 'startup_64', '\u00e9t\u00e9']);
  t.same(names(parseKallsyms(lines.join('\n'))), names(tab));
  t.same(Array.from(tab.addrs), [0x81000000, 0x81000000, 0x81002000]);
  t.equal(lookup(tab, 0xffffffff, 0x81002fff), '\u00e9t\u00e9');
});

t.test('a larger table (20,000 symbols, shuffled) matches a plain sort of the same lines', async (t) => {
  const rows: Array<[number, string]> = [];
  for (let i = 0; i < 20000; i++) rows.push([0x81000000 + ((i * 7919) % 20000) * 64, `fn_${i}`]);
  const text = rows.map(([a, n]) => `ffffffff${a.toString(16)} ${i2t(a)} ${n}`).join('\n');
  const tab = parseKallsyms(text);
  const want = [...rows].sort((a, b) => a[0] - b[0]);
  t.same(Array.from(tab.addrs), want.map((r) => r[0]));
  t.same(names(tab), want.map((r) => r[1]));
  t.equal(lookup(tab, 0xffffffff, want[12345]![0] + 3), want[12345]![1]);
});

function i2t(a: number): string {
  return a % 3 ? 'T' : 't';
}

t.test('a file read through the 256 KiB buffer (lines cut at every chunk edge) gives what parsing it whole gives', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'netscope-kallsyms-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const lines: string[] = [];
  for (let i = 0; i < 40000; i++) {
    const a = (0x81000000 + ((i * 104729) % 40000) * 16).toString(16);
    lines.push(i % 5 ? `ffffffff${a} T sym_${'x'.repeat(i % 37)}_${i}` : `ffffffff${a} d data_${i}`, `ffffffffc0${(i % 0xffffff).toString(16).padStart(6, '0')} t mod_${i}\t[mod${i % 7}]`);
  }
  const text = lines.join('\n'); // no newline at the end: the last line is still read
  writeFileSync(join(dir, 'kallsyms'), text);
  t.ok(text.length > 4 * (1 << 18), `the file spans several buffers (${text.length} bytes)`);
  const read = readKallsyms(join(dir, 'kallsyms'));
  const whole = parseKallsyms(text);
  t.equal(read.addrs.length, 72000, 'every text symbol');
  t.same(Array.from(read.addrs), Array.from(whole.addrs));
  t.same(names(read), names(whole));
});
