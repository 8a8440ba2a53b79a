// The kprobe set's binary records, captured on Debian 12's 6.1 kernel under QEMU together with the
// JSON output of a second loader that watched the same ping (test/fixtures/loader/capture-kprobe.sh,
// README there): the decoder must give what the JSON says, and the correlator must build from them
// the journeys the netfilter set gives on 6.4+ (hooks, NAT where it happened, conntrack, the drop).
import t from 'tap';
import { readFileSync } from 'node:fs';
import { Correlator } from '../../../../agent/correlate/journeys.js';
import { decodeKp, FRAME_KP, FRAME_KP_GROUP, FRAME_STATS, FrameSplitter, KP_RECORD_SIZE, parseKprobeGroup, type KprobeGroup } from '../../../../agent/probes/loader/binary.js';
import { describeGroups, kprobeArgv } from '../../../../agent/probes/kprobe.js';
import { Direction, HopKind, Hook, NatKind, ProbeSet, Verdict, type Journey, type PacketEvent } from '../../../../proto/index.js';

const FIX = 'test/fixtures/loader';

function capture(file: string): { attached: Record<string, any>; records: PacketEvent[]; groups: KprobeGroup[]; types: number[] } {
  const all = readFileSync(`${FIX}/${file}`);
  const nl = all.indexOf(10);
  const records: PacketEvent[] = [];
  const groups: KprobeGroup[] = [];
  const types: number[] = [];
  new FrameSplitter((type, b, off, len) => {
    types.push(type);
    if (type === FRAME_KP) {
      t.equal(len, KP_RECORD_SIZE, 'a record frame holds one struct kp_record');
      records.push(decodeKp(b, off));
    } else if (type === FRAME_KP_GROUP) {
      const g = parseKprobeGroup(b.toString('utf8', off, off + len));
      if (g) groups.push(g);
    }
  }).push(all.subarray(nl + 1));
  return { attached: JSON.parse(all.toString('utf8', 0, nl)), records, groups, types };
}

const HOOK_NAMES: Record<string, number> = { PREROUTING: Hook.HOOK_PREROUTING, FORWARD: Hook.HOOK_FORWARD, POSTROUTING: Hook.HOOK_POSTROUTING, INPUT: Hook.HOOK_INPUT, OUTPUT: Hook.HOOK_OUTPUT };

function journeys(evs: PacketEvent[]): Journey[] {
  const c = new Correlator();
  const out: Journey[] = [];
  for (const e of evs) out.push(...c.add(e));
  return [...out, ...c.drain()];
}

t.test('masqueraded ping on 6.1: records decode to what the JSON twin says', async (t) => {
  const { attached, records, types } = capture('kprobe-masquerade-ping.bin');
  t.match(attached, { type: 'attached', set: 'kprobe', format: 'binary' });
  const states = Object.fromEntries((attached.groups as Array<Record<string, unknown>>).map((g) => [g.group, g.state]));
  t.same(states, { hook: 'attached', nft: 'attached', ipt: 'pending', nat: 'attached', bridge: 'pending' }, 'guard: the groups as captured');
  t.ok(types.includes(FRAME_STATS), 'counter frames between the records');
  const json = readFileSync(`${FIX}/kprobe-masquerade-ping.jsonl`, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, any>).filter((o) => o.type === 'kp');
  t.equal(records.length, 21, 'guard: 11 records of the request (2 in the pod), 10 of the reply (2 in host02)');
  t.equal(records.length, json.length, 'both loaders saw the same records');
  records.forEach((e, i) => {
    const j = json[i]!;
    t.equal(e.probeSet, ProbeSet.PROBE_SET_KPROBE);
    t.equal(e.netns, j.netns, `record ${i}: netns`);
    t.equal(e.hook, HOOK_NAMES[j.hook] ?? Hook.HOOK_UNKNOWN, `record ${i}: hook`);
    t.equal(e.headers?.src, j.src, `record ${i}: src`);
    t.equal(e.headers?.dst, j.dst, `record ${i}: dst`);
    t.equal(e.ct?.id, j.ct, `record ${i}: conntrack entry`);
    if (j.ct) t.equal(e.ct?.status, j.ct_status, `record ${i}: ct status`);
    const kind = { hook_entry: HopKind.HOP_KIND_HOOK_ENTRY, hook_exit: HopKind.HOP_KIND_HOOK_EXIT }[j.kind as string] ?? HopKind.HOP_KIND_FUNCTION;
    t.equal(e.kind, kind, `record ${i}: kind ${j.kind}`);
  });
  const fns = records.filter((e) => e.kind === HopKind.HOP_KIND_FUNCTION).map((e) => e.function);
  t.same(fns, [
    'nft_do_chain table=filter chain=FORWARD verdict=ACCEPT',
    'nft_do_chain table=nat chain=POSTROUTING verdict=ACCEPT',
    'nf_nat_manip_pkt SNAT to=192.168.61.11',
    'nf_nat_manip_pkt DNAT dir=reply to=10.85.0.2',
    'nft_do_chain table=filter chain=FORWARD verdict=ACCEPT',
  ]);
  t.ok(records.filter((e) => e.kind !== HopKind.HOP_KIND_FUNCTION).every((e) => e.function === 'nf_hook_slow'), 'hook hops name their function');
});

t.test('masqueraded ping on 6.1: the journeys have the hooks, the SNAT at POSTROUTING, the de-NAT and the conntrack entry', async (t) => {
  const { records } = capture('kprobe-masquerade-ping.bin');
  const host01 = records.find((e) => e.function?.startsWith('nft_do_chain'))!.netns;
  const js = journeys(records.filter((e) => e.netns === host01));
  t.equal(js.length, 2, 'request and reply');
  const [req, rep] = js as [Journey, Journey];
  const hooks = (j: Journey) => (j.hops ?? []).filter((h) => h.kind === HopKind.HOP_KIND_HOOK_EXIT).map((h) => h.hook);
  t.same(hooks(req), [Hook.HOOK_PREROUTING, Hook.HOOK_FORWARD, Hook.HOOK_POSTROUTING], 'request: PREROUTING, FORWARD, POSTROUTING, each entered and left');
  t.equal(req.nat?.length, 1, 'one rewrite on the request');
  t.match(req.nat, [{ kind: NatKind.NAT_KIND_SNAT, hook: Hook.HOOK_POSTROUTING, from: '10.85.0.2', to: '192.168.61.11' }], 'SNAT at POSTROUTING');
  t.equal(req.verdict, Verdict.VERDICT_DELIVERED);
  t.equal(req.direction, Direction.DIRECTION_ORIGINAL);
  t.match(req.ct, { original: { src: '10.85.0.2', dst: '192.168.61.12' }, reply: { src: '192.168.61.12', dst: '192.168.61.11' } });
  t.same(hooks(rep), [Hook.HOOK_PREROUTING, Hook.HOOK_FORWARD, Hook.HOOK_POSTROUTING]);
  t.equal(rep.nat?.length, 1, 'one rewrite on the reply');
  t.match(rep.nat, [{ kind: NatKind.NAT_KIND_DNAT, hook: Hook.HOOK_PREROUTING, from: '192.168.61.11', to: '10.85.0.2', reverse: true }], 'the reply de-NATed at PREROUTING');
  t.equal(rep.direction, Direction.DIRECTION_REPLY);
  t.equal(rep.peerId, req.id, 'linked to its request through the conntrack entry');
  t.equal(rep.ct?.id, req.ct?.id);
  t.equal((rep.ct?.status ?? 0) & 0x2, 0x2, 'SEEN_REPLY on the reply');
});

t.test('FORWARD DROP on 6.1: the chain says DROP, the hook never exits, the journey ends there', async (t) => {
  const { records } = capture('kprobe-forward-drop.bin');
  const chain = records.find((e) => e.function === 'nft_do_chain table=filter chain=FORWARD verdict=DROP');
  t.ok(chain, 'the filter chain FORWARD returned DROP');
  t.equal(chain?.hook, Hook.HOOK_FORWARD);
  const verdict = records.find((e) => e.function?.startsWith('nf_hook_slow verdict='));
  t.match(verdict, { kind: HopKind.HOP_KIND_FUNCTION, hook: Hook.HOOK_FORWARD, function: 'nf_hook_slow verdict=DROP errno=1' }, 'nf_hook_slow returned -EPERM');
  t.notOk(verdict?.headers, 'no headers: the skb was freed by then');
  t.notOk(records.some((e) => e.kind === HopKind.HOP_KIND_HOOK_EXIT && e.hook === Hook.HOOK_FORWARD), 'no FORWARD exit');
  const [j] = journeys(records.filter((e) => e.netns === chain?.netns));
  t.equal(j?.verdict, Verdict.VERDICT_DROPPED);
  t.equal(j?.dropLocation, 'FORWARD');
});

t.test('group states: frames and the attached line parse alike; bad input is not a group', async (t) => {
  const g = parseKprobeGroup('{"type":"group","group":"ipt","function":"ipt_do_table","module":"ip_tables","state":"attached","programs":[{"name":"kp_ipt_table","prog_id":41},{"name":"kp_ipt_ret","prog_id":43}],"reason":""}');
  t.same(g, { group: 'ipt', function: 'ipt_do_table', module: 'ip_tables', state: 'attached', programs: [{ name: 'kp_ipt_table', progId: 41 }, { name: 'kp_ipt_ret', progId: 43 }], reason: '' });
  t.equal(parseKprobeGroup('not json'), undefined);
  t.equal(parseKprobeGroup('{"type":"stats"}'), undefined);
  t.equal(describeGroups([g!, { group: 'bridge', function: 'br_forward', module: '', state: 'pending', programs: [], reason: 'br_forward is not in this kernel now' }]),
    'ipt (ipt_do_table in ip_tables): attached; bridge (br_forward): pending: br_forward is not in this kernel now');
});

t.test('argv: filters, the netns whose hooks the netfilter set covers, and the groups', async (t) => {
  const argv = kprobeArgv({ protocol: 'icmp', host: '10.85.0.0/16', port: 80 }, { skipHooksNetns: ['/run/netns/a'], groups: ['nft', 'nat'] });
  t.same(argv.slice(1), ['--obj', argv[2], '--set', 'kprobe', '--format', 'binary', '--proto', 'icmp', '--host', '10.85.0.0/16', '--port', '80', '--skip-hooks-netns', '/run/netns/a', '--groups', 'nft,nat']);
  t.match(argv[2], /bpf\/kprobe\/nf_kprobes\.bpf\.o$/);
});
