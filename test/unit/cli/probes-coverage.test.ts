// `netscope probes`: the kprobe set's groups and which hops a journey will have or lack, from the
// sets' statuses as an agent reports them (the reason strings are the kprobe set's detail()).
import t from 'tap';
import { journeyCoverage, kprobeGroups } from '../../../cli/commands/probes.js';
import { describeGroups } from '../../../agent/probes/kprobe.js';
import { ProbeSet, ProbeState, type ProbeSetStatus } from '../../../proto/index.js';

const reason61 = describeGroups([
  { group: 'hook', function: 'nf_hook_slow', module: '', state: 'attached', programs: [], reason: '' },
  { group: 'nft', function: 'nft_do_chain', module: 'nf_tables', state: 'attached', programs: [], reason: '' },
  { group: 'ipt', function: 'ipt_do_table', module: '', state: 'pending', programs: [], reason: 'ipt_do_table is not in this kernel now (built as a module that is not loaded, or not built); attaches when it appears' },
  { group: 'nat', function: 'nf_nat_manip_pkt', module: 'nf_nat', state: 'attached', programs: [], reason: '' },
  { group: 'bridge', function: 'br_forward', module: '', state: 'unavailable', programs: [], reason: 'attaching kp_br_forward to br_forward: Invalid argument' },
]);

t.test('6.1-like: tracepoint and kprobe attached, netfilter unavailable', async (t) => {
  const statuses: ProbeSetStatus[] = [
    { set: ProbeSet.PROBE_SET_TRACEPOINT, state: ProbeState.PROBE_STATE_ATTACHED },
    { set: ProbeSet.PROBE_SET_NETFILTER, state: ProbeState.PROBE_STATE_UNAVAILABLE, reason: 'loading BPF object: Invalid argument' },
    { set: ProbeSet.PROBE_SET_KPROBE, state: ProbeState.PROBE_STATE_ATTACHED, reason: reason61 },
  ];
  t.same(kprobeGroups(statuses[2]).map((g) => [g.group, g.state]), [['hook', 'attached'], ['nft', 'attached'], ['ipt', 'pending'], ['nat', 'attached'], ['bridge', 'unavailable']]);
  t.match(kprobeGroups(statuses[2])[2]!.line, /^ipt \(ipt_do_table\): pending: ipt_do_table is not in this kernel now \(built as a module that is not loaded, or not built\); attaches when it appears$/, 'a reason with "; " in it stays whole');
  const { have, lack } = journeyCoverage(statuses);
  t.match(have, [/device hops/, /netfilter hooks with NAT and the conntrack entry \(kprobe nf_hook_slow/, /nftables chain verdicts/, /NAT function/]);
  t.equal(have.length, 4);
  t.match(lack, [/legacy iptables table verdicts.*pending/, /bridge's port-to-port forwarding.*Invalid argument/]);
});

t.test('no kprobes (this machine): hooks from the netfilter set, every kprobe hop lacking with the reason', async (t) => {
  const why = 'kprobe: kprobes cannot attach on this kernel (no kprobe PMU and no kprobe_events in tracefs: CONFIG_KPROBES is off)';
  const { have, lack } = journeyCoverage([
    { set: ProbeSet.PROBE_SET_TRACEPOINT, state: ProbeState.PROBE_STATE_ATTACHED },
    { set: ProbeSet.PROBE_SET_NETFILTER, state: ProbeState.PROBE_STATE_ATTACHED },
    { set: ProbeSet.PROBE_SET_KPROBE, state: ProbeState.PROBE_STATE_UNAVAILABLE, reason: why },
  ]);
  t.match(have, [/device hops/, /netfilter hooks .*\(netfilter\)/]);
  t.equal(lack.length, 1, 'the kprobe hops in one line');
  t.match(lack[0], /^nftables chain verdicts, legacy iptables table verdicts, the NAT function where the rewrite happens, the bridge's port-to-port forwarding \(kprobe: .*CONFIG_KPROBES is off\)\)$/);
});
