// `demo --real` planning: which host it refuses and why (one sentence each), and the steps it takes
// on a host it accepts, each change with its undo. Pure: interfaces as `ip -j addr` prints them.
import t from 'tap';
import { planReal, inNetwork, type HostInterface } from '../../../agent/lab/real.js';
import { planRollback } from '../../../agent/lab/plan.js';

// host01 of the Vagrantfile: NAT interface from the provider, the private network on eth1
const host01: HostInterface[] = [
  { ifname: 'lo', operstate: 'UNKNOWN', flags: ['LOOPBACK', 'UP'], addr_info: [{ family: 'inet', local: '127.0.0.1', prefixlen: 8 }] },
  { ifname: 'eth0', operstate: 'UP', flags: ['BROADCAST', 'UP'], addr_info: [{ family: 'inet', local: '10.0.2.15', prefixlen: 24 }, { family: 'inet6', local: 'fe80::1', prefixlen: 64 }] },
  { ifname: 'eth1', operstate: 'UP', flags: ['BROADCAST', 'UP'], addr_info: [{ family: 'inet', local: '192.168.61.11', prefixlen: 24 }] },
];
const base = { prefix: 'demo-1a2b', target: '192.168.61.12', interfaces: host01, ipForward: '0\n' };

t.test('inNetwork', async (t) => {
  t.ok(inNetwork('192.168.61.12', '192.168.61.11', 24));
  t.notOk(inNetwork('192.168.62.12', '192.168.61.11', 24));
  t.ok(inNetwork('10.85.0.200', '10.85.0.0', 24));
  t.ok(inNetwork('1.2.3.4', '0.0.0.0', 0));
  t.notOk(inNetwork('10.85.1.1', '10.85.0.0', 24));
});

t.test('on host01 of the Vagrantfile: the pod side, out of eth1, every change undone', async (t) => {
  const plan = planReal(base);
  t.equal(plan.uplink, 'eth1');
  t.equal(plan.uplinkAddr, '192.168.61.11');
  t.equal(plan.podNetns, 'demo-1a2b-pod1');
  t.equal(plan.hostVeth, 'veth1a2bp1');
  const cmds = plan.steps.map((s) => s.argv.join(' '));
  t.ok(cmds.includes('ip netns add demo-1a2b-pod1'));
  t.ok(cmds.includes('ip link add cni0 type bridge'));
  t.ok(cmds.includes('ip addr add 10.85.0.1/24 dev cni0'));
  t.ok(cmds.includes('ip link add veth1a2bp1 type veth peer name eth0 netns demo-1a2b-pod1'));
  t.ok(cmds.includes('ip -n demo-1a2b-pod1 route add default via 10.85.0.1 dev eth0'));
  t.ok(cmds.includes('sysctl -q -w net.ipv4.ip_forward=1'), 'ip_forward on, since it was off');
  t.ok(cmds.includes('iptables -w -t nat -A POSTROUTING -s 10.85.0.0/24 -o eth1 ! -d 10.85.0.0/24 -j MASQUERADE -m comment --comment netscope demo demo-1a2b'));
  t.ok(cmds.some((c) => c.startsWith('iptables -w -t filter -I FORWARD -i cni0 -o eth1')));
  const undo = planRollback(plan.steps, plan.steps.length).map((s) => s.argv.join(' '));
  t.same(undo, [
    'iptables -w -t nat -D POSTROUTING -s 10.85.0.0/24 -o eth1 ! -d 10.85.0.0/24 -j MASQUERADE -m comment --comment netscope demo demo-1a2b',
    'iptables -w -t filter -D FORWARD -i eth1 -o cni0 -d 10.85.0.0/24 -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT -m comment --comment netscope demo demo-1a2b',
    'iptables -w -t filter -D FORWARD -i cni0 -o eth1 -s 10.85.0.0/24 -j ACCEPT -m comment --comment netscope demo demo-1a2b',
    'sysctl -q -w net.ipv4.ip_forward=0',
    'ip link del veth1a2bp1',
    'ip link del cni0',
    'ip netns del demo-1a2b-pod1',
  ], 'undone last first: rules, ip_forward back to 0, links, the namespace');
  const on = planReal({ ...base, ipForward: '1\n' });
  t.notOk(on.steps.some((s) => s.argv.includes('net.ipv4.ip_forward=1')), 'ip_forward already on: left alone');
});

const refusals: Array<[string, Partial<typeof base>, RegExp]> = [
  ['an address on no local network', { target: '8.8.8.8' }, /^netscope demo --real: 8\.8\.8\.8 is not on the network of any local interface \(eth0 10\.0\.2\.15\/24, eth1 192\.168\.61\.11\/24\), so netscope will not send it traffic; give the address of a host on a directly attached network/],
  ['this host\'s own address', { target: '192.168.61.11' }, /is this host's own address \(on eth1\)/],
  ['loopback', { target: '127.0.0.1' }, /is a loopback, multicast or reserved address/],
  ['multicast', { target: '224.0.0.1' }, /is a loopback, multicast or reserved address/],
  ['not an address', { target: 'host02' }, /'host02' is not an IPv4 address/],
  ['an address inside the pod network', { target: '10.85.0.7' }, /is inside the demo's own pod network 10\.85\.0\.0\/24/],
  ['a host with cni0', { interfaces: [...host01, { ifname: 'cni0', operstate: 'UP', addr_info: [] }] }, /an interface named cni0 exists already/],
  ['a host that uses 10.85.0.0/24', { interfaces: [...host01, { ifname: 'docker9', operstate: 'UP', addr_info: [{ family: 'inet', local: '10.85.0.1', prefixlen: 16 }] }] }, /already uses 10\.85\.0\.1\/16 on docker9, which overlaps the demo's pod network/],
  ['a down uplink', { interfaces: [host01[0]!, host01[1]!, { ...host01[2]!, operstate: 'DOWN' }] }, /eth1, the interface on 192\.168\.61\.12's network, is down/],
  ['only loopback', { target: '127.0.0.2', interfaces: [host01[0]!] }, /loopback/],
];
for (const [name, patch, want] of refusals) {
  t.test(`refuses ${name}`, async (t) => {
    t.throws(() => planReal({ ...base, ...patch }), { name: 'UserError', message: want });
    try {
      planReal({ ...base, ...patch });
    } catch (err) {
      t.equal((err as Error).message.split('\n').length, 1, 'one sentence');
      t.match((err as Error).message, /\.$/);
    }
  });
}
