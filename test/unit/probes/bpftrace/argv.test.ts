import t from 'tap';
import { bpftraceArgv, filterParams, parseHost, scriptPath, TRACEPOINT_SCRIPT } from '../../../../agent/probes/bpftrace/argv.js';
import { existsSync } from 'node:fs';
import { UserError } from '../../../../agent/util/errors.js';

t.test('no filter: six zeros (any)', async (t) => {
  t.same(filterParams(), ['0', '0', '0', '0', '0', '0']);
  t.same(bpftraceArgv('/x/packet-path.bt'), ['bpftrace', '-f', 'json', '/x/packet-path.bt', '0', '0', '0', '0', '0', '0']);
});

t.test('filters become the probe parameters', async (t) => {
  // the fixture tracepoint-icmp.jsonl.cmd was produced with exactly these
  t.same(filterParams({ protocol: 'icmp', host: '10.201.0.0/24' }), ['1', '51466', '16777215', '0', '0', '0']);
  t.same(filterParams({ protocol: 'icmp', netns: 4026532954, kinds: ['xmit', 'receive', 'netif_rx'] }), ['1', '0', '0', '0', '4026532954', '7']);
  t.same(filterParams({ protocol: 'TCP', port: '5201', netns: '4026531840' }), ['6', '0', '0', '5201', '4026531840', '0']);
  t.same(filterParams({ protocol: 47 }), ['47', '0', '0', '0', '0', '0']);
  t.same(filterParams({ netns: 4026531840n }).slice(4, 5), ['4026531840']);
  t.same(parseHost('10.0.0.1'), [0x0100000a, 0xffffffff]);
  t.same(parseHost('192.168.61.0/24'), [0x003da8c0, 0x00ffffff]);
  t.same(parseHost('0.0.0.0/0'), [0, 0]);
});

t.test('bad filters: one sentence naming what is wrong', async (t) => {
  const cases: Array<[object, RegExp]> = [
    [{ protocol: 'sctpx' }, /protocol filter 'sctpx' is not icmp, tcp, udp or an IP protocol number/],
    [{ protocol: 300 }, /protocol filter '300'/],
    [{ host: '10.0.0.256' }, /address filter '10.0.0.256' is not an IPv4 address or CIDR/],
    [{ host: '10.0.0.0/33' }, /address filter '10.0.0.0\/33'/],
    [{ host: 'fe80::1' }, /address filter 'fe80::1'/],
    [{ host: '10.85.0.4/16' }, /has host bits set; did you mean 10.85.0.0\/16\?/],
    [{ port: 0 }, /port filter '0' is not a port number 1-65535/],
    [{ port: '80x' }, /port filter '80x'/],
    [{ port: 70000 }, /port filter '70000'/],
    [{ protocol: 'icmp', port: 80 }, /port filter \(80\) needs protocol tcp or udp, not icmp/],
    [{ netns: 'lab-host01' }, /netns filter 'lab-host01' is not a network namespace inode number/],
    [{ kinds: ['bogus'] }, /unknown sighting kind 'bogus'/],
  ];
  for (const [filter, msg] of cases) {
    t.throws(() => filterParams(filter), msg, JSON.stringify(filter));
    try { filterParams(filter); } catch (e) { t.type(e, UserError); }
  }
});

t.test('shipped scripts are found', async (t) => {
  t.ok(existsSync(scriptPath('tracepoint', TRACEPOINT_SCRIPT)));
});
