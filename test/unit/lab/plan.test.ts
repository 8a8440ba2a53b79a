import t from 'tap';
import { netnsExec, planDown, planRollback, planUp, type Step } from '../../../agent/lab/plan.js';
import { labNetnsPattern, labOptions } from '../../../agent/lab/topology.js';

const render = (steps: Step[]) => steps.map((s) => s.argv.join(' '));

/** the netns a step works in, or undefined if it would run in the root netns */
function targetNetns(argv: string[]): string | undefined {
  if (argv[0] === 'ip' && argv[1] === 'netns' && ['add', 'del', 'exec'].includes(argv[2]!)) return argv[3];
  if ((argv[0] === 'ip' || argv[0] === 'tc') && argv[1] === '-n') return argv[2];
  return undefined;
}

t.test('the whole plan for one pod and a tbf, command by command', async (t) => {
  t.same(render(planUp(labOptions({ prefix: 'p', pods: 1, tbf: '10mbit' }))), [
    'ip netns add p-host01',
    'ip netns add p-host02',
    'ip -n p-host01 link set lo up',
    'ip -n p-host02 link set lo up',
    'ip -n p-host01 link add eth0 type veth peer name eth0 netns p-host02',
    'ip -n p-host01 addr add 192.168.61.11/24 dev eth0',
    'ip -n p-host02 addr add 192.168.61.12/24 dev eth0',
    'ip -n p-host01 link set eth0 up',
    'ip -n p-host02 link set eth0 up',
    'ip -n p-host01 link add cni0 type bridge',
    'ip -n p-host01 addr add 10.85.0.1/16 dev cni0',
    'ip -n p-host01 link set cni0 up',
    'ip netns exec p-host01 sysctl -q -w net.ipv4.ip_forward=1',
    'ip netns exec p-host01 iptables -w -t nat -N CNI-NETSCOPE',
    'ip netns exec p-host01 iptables -w -t nat -A CNI-NETSCOPE -d 10.85.0.0/16 -j ACCEPT',
    'ip netns exec p-host01 iptables -w -t nat -A CNI-NETSCOPE ! -d 224.0.0.0/4 -j MASQUERADE',
    'ip netns exec p-host01 iptables -w -t nat -A POSTROUTING -s 10.85.0.0/16 -j CNI-NETSCOPE',
    'ip netns add p-pod1',
    'ip -n p-pod1 link set lo up',
    'ip -n p-host01 link add veth-pod1 type veth peer name eth0 netns p-pod1',
    'ip -n p-host01 link set veth-pod1 master cni0',
    'ip -n p-host01 link set veth-pod1 up',
    'ip -n p-pod1 addr add 10.85.0.2/16 dev eth0',
    'ip -n p-pod1 link set eth0 up',
    'ip -n p-pod1 route add default via 10.85.0.1 dev eth0',
    'tc -n p-host01 qdisc add dev eth0 root tbf rate 10mbit burst 1540 latency 5ms',
  ]);
});

t.test('every step runs inside a lab namespace added by an earlier step', async (t) => {
  const opts = labOptions({ prefix: 'lab-a1', pods: 5, tbf: '1gbit' });
  const re = labNetnsPattern(opts.prefix);
  const added = new Set<string>();
  for (const step of planUp(opts)) {
    const ns = targetNetns(step.argv);
    t.ok(ns !== undefined && re.test(ns), `${step.argv.join(' ')} targets a lab netns`);
    if (step.argv[2] === 'add' && step.argv[1] === 'netns') added.add(ns!);
    else t.ok(added.has(ns!), `${ns} exists before '${step.description}'`);
    // the other end of a veth goes straight into a lab netns too
    const peer = step.argv.indexOf('netns', 3);
    if (step.argv.includes('veth')) t.ok(added.has(step.argv[peer + 1]!), `veth peer netns of '${step.description}' exists`);
    t.ok(step.description.length > 0);
  }
  t.same([...added], ['lab-a1-host01', 'lab-a1-host02', 'lab-a1-pod1', 'lab-a1-pod2', 'lab-a1-pod3', 'lab-a1-pod4', 'lab-a1-pod5']);
});

t.test('only namespace additions carry an undo, and it deletes that namespace', async (t) => {
  for (const step of planUp(labOptions({ pods: 3, tbf: '100kbit' }))) {
    if (step.argv.slice(0, 3).join(' ') === 'ip netns add') t.same(step.undo, ['ip', 'netns', 'del', step.argv[3]]);
    else t.equal(step.undo, undefined, `'${step.description}' goes with its namespace`);
  }
});

t.test('lo is brought up in every namespace', async (t) => {
  const steps = render(planUp(labOptions({ prefix: 'q', pods: 3 })));
  for (const ns of ['q-host01', 'q-host02', 'q-pod1', 'q-pod2', 'q-pod3']) t.ok(steps.includes(`ip -n ${ns} link set lo up`), ns);
});

t.test('pods get 10.85.0.(N+1) and a default route via the bridge; host02 gets no route back', async (t) => {
  const steps = render(planUp(labOptions({ prefix: 'q', pods: 200 })));
  t.ok(steps.includes('ip -n q-pod1 addr add 10.85.0.2/16 dev eth0'));
  t.ok(steps.includes('ip -n q-pod200 addr add 10.85.0.201/16 dev eth0'));
  t.ok(steps.includes('ip -n q-pod200 route add default via 10.85.0.1 dev eth0'));
  t.equal(steps.filter((s) => / route /.test(s)).length, 200, 'one route per pod, none elsewhere');
  t.notOk(steps.some((s) => s.startsWith('ip -n q-host02 route')), 'host02 has no route to the pods');
});

t.test('the nat chain is created before it is filled and jumped to', async (t) => {
  const steps = render(planUp(labOptions({ prefix: 'q' })));
  const at = (frag: string) => steps.findIndex((s) => s.includes(frag));
  t.ok(at('-N CNI-NETSCOPE') < at('-A CNI-NETSCOPE -d 10.85.0.0/16 -j ACCEPT'));
  t.ok(at('-j ACCEPT') < at('-j MASQUERADE'), 'ACCEPT for pod-to-pod comes before MASQUERADE');
  t.ok(at('-j MASQUERADE') < at('-A POSTROUTING'), 'the jump comes last, so no packet sees half a chain');
  t.ok(at('ip_forward=1') >= 0 && steps[at('ip_forward=1')]!.startsWith('ip netns exec q-host01 '), 'ip_forward only in host01');
});

t.test('tbf appears only when asked, on host01 uplink, with the book burst and latency', async (t) => {
  t.notOk(render(planUp(labOptions({}))).some((s) => s.startsWith('tc ')));
  const tc = render(planUp(labOptions({ tbf: '100mbit' }))).filter((s) => s.startsWith('tc '));
  t.same(tc, ['tc -n lab-host01 qdisc add dev eth0 root tbf rate 100mbit burst 1540 latency 5ms']);
});

t.test('planRollback undoes the finished steps, last first', async (t) => {
  const steps = planUp(labOptions({ prefix: 'r', pods: 2 }));
  t.same(planRollback(steps, 0), []);
  t.same(render(planRollback(steps, 1)), ['ip netns del r-host01']);
  t.same(render(planRollback(steps, 10)), ['ip netns del r-host02', 'ip netns del r-host01']);
  t.same(render(planRollback(steps, steps.length)), ['ip netns del r-pod2', 'ip netns del r-pod1', 'ip netns del r-host02', 'ip netns del r-host01']);
  t.match(planRollback(steps, 1)[0]!.description, /^undo: add namespace r-host01$/);
});

t.test('planDown removes pods first, in number order, then the hosts', async (t) => {
  t.same(render(planDown(['x-host02', 'x-pod10', 'x-host01', 'x-pod2', 'x-pod1'])), [
    'ip netns del x-pod1', 'ip netns del x-pod2', 'ip netns del x-pod10', 'ip netns del x-host01', 'ip netns del x-host02',
  ]);
  t.same(planDown([]), []);
});

t.test('netnsExec wraps an argv in ip netns exec', async (t) => {
  t.same(netnsExec('a-host01', ['conntrack', '-L']), ['ip', 'netns', 'exec', 'a-host01', 'conntrack', '-L']);
});
