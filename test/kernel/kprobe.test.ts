// The kprobe set on the kernel the tests run on. On this project's machines (no CONFIG_KPROBES) it
// must report itself unavailable with a clear reason, after every group's programs loaded and passed
// the verifier against this kernel's BTF, and leave nothing loaded. Where kprobes exist, each group
// that is in this kernel attaches. The journeys themselves are proven under QEMU on 6.1 and 6.12
// (test/vm/kprobe.test.ts), where kprobes exist.
import t from 'tap';
import { execa } from 'execa';
import { existsSync } from 'node:fs';
import { kernelTier } from '../helpers/kernel.js';
import { Agent } from '../../agent/agent.js';
import { KP_OBJECT, kprobeArgv } from '../../agent/probes/kprobe.js';
import { NF_LOADER } from '../../agent/util/paths.js';
import { ProbeSet, ProbeState } from '../../proto/index.js';

const hasKprobes = existsSync('/sys/bus/event_source/devices/kprobe/type') || existsSync('/sys/kernel/tracing/kprobe_events');

async function kpProgs(): Promise<number[]> {
  const progs = JSON.parse((await execa('bpftool', ['prog', 'show', '-j'])).stdout || '[]') as Array<{ id: number; name?: string }>;
  return progs.filter((p) => p.name?.startsWith('kp_')).map((p) => p.id);
}

t.test('the loader with --set kprobe: every group verified here; unavailable with the reason, or attached', kernelTier(), async (t) => {
  const before = await kpProgs();
  const [file, ...args] = kprobeArgv({ protocol: 'icmp' }, {}, 'json');
  if (!hasKprobes) {
    const r = await execa(file!, args, { reject: false, timeout: 60000, stdin: 'ignore' });
    t.equal(r.exitCode, 1, 'exits 1');
    t.equal(r.stdout, '', 'nothing on stdout: it never said attached');
    t.equal(r.stderr.trim().split('\n').length, 1, 'one line on stderr');
    t.match(r.stderr, /^kprobes cannot attach on this kernel \(no kprobe PMU and no kprobe_events in tracefs: CONFIG_KPROBES is off\); the programs of groups hook, nft, ipt, nat, bridge loaded and passed the verifier$/m,
      'says why, and that the programs of every group loaded against this kernel\'s BTF');
  } else {
    const child = execa(file!, args, { reject: false, stdin: 'pipe', buffer: false });
    let out = '';
    child.stdout!.setEncoding('utf8').on('data', (d: string) => (out += d));
    const end = Date.now() + 60000;
    while (!out.includes('\n') && child.exitCode === null && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
    child.kill('SIGTERM');
    await child;
    const attached = JSON.parse(out.split('\n')[0]!) as { set: string; groups: Array<{ group: string; state: string }> };
    t.equal(attached.set, 'kprobe');
    t.match(attached.groups.find((g) => g.group === 'hook'), { state: 'attached' }, 'nf_hook_slow is always in the kernel');
  }
  t.same((await kpProgs()).filter((id) => !before.includes(id)), [], 'no kp_ program left loaded');
});

t.test('the loader: bad input gets one sentence and exit status 2', kernelTier(), async (t) => {
  const cases: Array<[string[], RegExp]> = [
    [['--groups', 'hook,bogus'], /^--groups: unknown group 'bogus' \(want a comma-separated list of hook, nft, ipt, nat, bridge\)$/],
    [['--netns', '/proc/self/ns/net'], /^--netns does not apply to --set kprobe \(kprobes see every netns\); leave it out$/],
  ];
  for (const [extra, msg] of cases) {
    const r = await execa(NF_LOADER, ['--obj', KP_OBJECT, '--set', 'kprobe', ...extra], { reject: false });
    t.equal(r.exitCode, 2, extra.join(' '));
    t.match(r.stderr.trim(), msg);
  }
  const r = await execa(NF_LOADER, ['--obj', KP_OBJECT, '--set', 'tracepoint', '--groups', 'nft'], { reject: false });
  t.match(r.stderr.trim(), /^--groups and --skip-hooks-netns apply only to --set kprobe$/);
});

t.test('the agent with --probes kprobe alone: the set fails with the loader\'s sentence, nothing left', kernelTier(), async (t) => {
  const before = await kpProgs();
  const agent = new Agent({ netns: [], probes: ['kprobe'], filter: {}, sources: false });
  t.teardown(() => agent.stop());
  if (!hasKprobes) {
    await t.rejects(agent.start(), /^no probe set could attach \(kprobe: kprobes cannot attach on this kernel \(no kprobe PMU and no kprobe_events in tracefs: CONFIG_KPROBES is off\)/);
    const st = (await agent.probeStatus()).find((s) => s.set === ProbeSet.PROBE_SET_KPROBE)!;
    t.equal(st.state, ProbeState.PROBE_STATE_FAILED, 'asked for by name: failed');
    t.match(st.reason, /^kprobes cannot attach on this kernel/);
  } else {
    await agent.start();
    const st = (await agent.probeStatus()).find((s) => s.set === ProbeSet.PROBE_SET_KPROBE)!;
    t.equal(st.state, ProbeState.PROBE_STATE_ATTACHED);
    t.match(st.reason, /hook \(nf_hook_slow\): attached/, 'the groups, one by one');
    await agent.stop();
  }
  t.same((await kpProgs()).filter((id) => !before.includes(id)), [], 'no kp_ program left loaded');
});
