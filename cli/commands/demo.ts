// `netscope demo`: the whole story on a throwaway lab — build it, trace a masqueraded ping hop by
// hop, show conntrack and a tbf limit at work, tear everything down (also on Ctrl-C).
import { randomBytes } from 'node:crypto';
import { Agent } from '../../agent/agent.js';
import { resolveNetns } from '../../agent/core/netns.js';
import { execIn, labDown, labUp } from '../../agent/lab/lab.js';
import { HOST01_ADDR, HOST02_ADDR, UPLINK_IF, host01Netns, host02Netns, podAddress, podNetns, isTcRate, tcRateBits } from '../../agent/lab/topology.js';
import { iperfBurst, ping } from '../../agent/lab/traffic.js';
import { parseConntrackList } from '../../agent/sources/conntrack/parse.js';
import { UserError, requireRoot } from '../../agent/util/errors.js';
import { ProbeState, ProbeSet, Direction, type ConntrackEvent, type Envelope, type Journey, type QdiscSample } from '../../proto/index.js';
import { intFlag, parseFlags, type Command } from '../command.js';
import { formatJourney } from '../print/journey.js';
import { styleFor, type Style } from '../print/style.js';
import { conntrackTable, mbit, qdiscTable, table } from '../print/tables.js';

const help = `usage: netscope demo [--tbf RATE] [--pings N] [--iperf-seconds S] [--color auto|always|never]

Shows what netscope does, on a lab it builds and removes again (needs root):
  1. builds the lab (netscope lab up) with a unique prefix and a tbf limit on host01's uplink,
  2. starts the agent on host01's netns with every probe set this kernel supports (and says
     which it could not attach, and why),
  3. pings host02 from pod1 through the bridge and MASQUERADE, and prints each packet's journey
     as netscope trace does: every hop, the rewrite, the conntrack entry, per-hop latency,
  4. shows host01's conntrack table and the conntrack events the pings caused,
  5. runs an iperf3 burst from pod1 to host02 through the tbf and prints the configured rate
     against the measured one, with drops and overlimits,
  6. tears the lab down and leaves nothing behind, also when interrupted with Ctrl-C.
All traffic stays inside the lab's network namespaces.

options:
  --tbf RATE          the uplink limit (default 10mbit)
  --pings N           echo requests to send (default 3)
  --iperf-seconds S   length of the iperf3 burst (default 3)
  --color WHEN        auto (default: on a terminal), always or never`;

function heading(style: Style, n: number, title: string): string {
  return `\n${style.bold(`${n}. ${title}`)}\n`;
}

export const demo: Command = {
  name: 'demo',
  summary: 'build a lab, trace a masqueraded ping, conntrack and a tbf limit, tear it down (root)',
  help,
  async run(argv) {
    const { values } = parseFlags('demo', argv, {
      tbf: { type: 'string' },
      pings: { type: 'string' },
      'iperf-seconds': { type: 'string' },
      color: { type: 'string' },
    });
    const style = styleFor(values.color);
    const rate = values.tbf ?? '10mbit';
    if (!isTcRate(rate)) throw new UserError(`netscope demo: --tbf '${rate}' is not a tc rate; write it like 10mbit, 500kbit or 1gbit.`);
    const pings = intFlag('demo', 'pings', values.pings, 3, 1, 100);
    const seconds = intFlag('demo', 'iperf-seconds', values['iperf-seconds'], 3, 1, 60);
    requireRoot('netscope demo');
    const out = (s = '') => process.stdout.write(s + '\n');

    const prefix = `demo-${randomBytes(2).toString('hex')}`;
    const h01 = host01Netns(prefix);
    const pod1 = podNetns(prefix, 1);
    let agent: Agent | undefined;
    let cleaning: Promise<void> | undefined;
    const cleanup = () =>
      (cleaning ??= (async () => {
        await agent?.stop().catch(() => undefined);
        await labDown(prefix).catch(() => undefined);
      })());
    const interrupted = new Promise<never>((_, reject) => {
      for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
        process.once(sig, () => reject(new UserError(`netscope demo: interrupted by ${sig}; the lab '${prefix}' was removed.`, { exitCode: 130 })));
      }
    });
    const step = <T>(p: Promise<T>) => Promise.race([p, interrupted]);

    try {
      out(style.bold(`netscope demo — lab '${prefix}'`));
      out(heading(style, 1, 'Lab'));
      await step(labUp({ prefix, pods: 2, tbf: rate }));
      out(table([
        ['NAMESPACE', 'ROLE', 'ADDRESS'],
        [pod1, 'pod', `${podAddress(1)}/16 via 10.85.0.1 (cni0)`],
        [podNetns(prefix, 2), 'pod', `${podAddress(2)}/16`],
        [h01, 'node', `${HOST01_ADDR}/24 on ${UPLINK_IF} (tbf ${rate}), bridge cni0 10.85.0.1/16, MASQUERADE for 10.85.0.0/16`],
        [host02Netns(prefix), 'other host', `${HOST02_ADDR}/24`],
      ], style).join('\n'));

      out(heading(style, 2, 'Agent'));
      const envs: Envelope[] = [];
      agent = new Agent({ netns: [resolveNetns(h01)], probes: 'auto', filter: {}, warn: () => undefined });
      agent.subscribe((e) => {
        if (e.journey || e.conntrack || e.qdisc) envs.push(e);
      });
      const status = await step(agent.start());
      const setName: Record<number, string> = { [ProbeSet.PROBE_SET_TRACEPOINT]: 'tracepoint', [ProbeSet.PROBE_SET_NETFILTER]: 'netfilter', [ProbeSet.PROBE_SET_KPROBE]: 'kprobe' };
      out(table([
        ['PROBE SET', 'STATE', 'WHY'],
        ...(status.probeSets ?? []).map((s) => [setName[s.set ?? 0] ?? '?', s.state === ProbeState.PROBE_STATE_ATTACHED ? style.green('attached') : style.yellow('not attached'), s.reason ?? (s.state === ProbeState.PROBE_STATE_ATTACHED ? `in ${(s.netns ?? []).join(', ')}` : '')]),
      ], style).join('\n'));

      out(heading(style, 3, `Trace: ${pings} ping${pings === 1 ? '' : 's'} from ${pod1} (${podAddress(1)}) to host02 (${HOST02_ADDR})`));
      const mark = envs.length;
      await step(ping(pod1, HOST02_ADDR, pings));
      const wanted = (j: Journey) => j.headers?.protocol === 1 && (j.headers.src === podAddress(1) || j.direction === Direction.DIRECTION_REPLY) && (j.hops ?? []).some((h) => h.netnsName === h01);
      const journeys = () => envs.slice(mark).flatMap((e) => (e.journey && wanted(e.journey) ? [e.journey] : []));
      const deadline = Date.now() + 5000;
      while (journeys().length < 2 * pings && Date.now() < deadline) await step(new Promise((r) => setTimeout(r, 50)));
      const js = journeys();
      if (!js.length) out(style.red('no journeys were seen: the probes did not report the pings (see the probe sets above)'));
      for (const j of js) out(formatJourney(j, style).join('\n') + '\n');

      out(heading(style, 4, `Conntrack in ${h01}`));
      const events = envs.slice(mark).flatMap((e) => (e.conntrack ? [e.conntrack as ConntrackEvent] : []));
      out('events the pings caused:');
      out(events.length ? conntrackTable(events, style, true).join('\n') : '  (none)');
      const { stdout } = await step(execIn(h01, ['conntrack', '-L', '-o', 'extended,id']));
      out('\nthe table now:');
      out(conntrackTable(parseConntrackList(stdout, { netnsName: h01 }).events, style).join('\n'));

      out(heading(style, 5, `Bandwidth: ${seconds} s iperf3 from ${pod1} to host02 through tbf ${rate}`));
      const qmark = envs.length;
      const result = await step(iperfBurst(pod1, host02Netns(prefix), HOST02_ADDR, seconds));
      await step(new Promise((r) => setTimeout(r, 1100))); // one more qdisc sample after the burst
      const samples = envs.slice(qmark).flatMap((e) => (e.qdisc && e.qdisc.kind === 'tbf' && e.qdisc.netnsName === h01 ? [e.qdisc as QdiscSample] : []));
      const busy = samples.filter((s) => (s.bytesPerS ?? 0) > 0);
      const peak = Math.max(0, ...busy.map((s) => s.bytesPerS ?? 0));
      const configured = tcRateBits(rate) / 8;
      const last = samples.at(-1);
      out(table([
        ['', 'RATE'],
        ['configured (tbf)', mbit(configured)],
        ['measured at the qdisc (peak 1 s)', `${mbit(peak)}  (${((peak / configured) * 100).toFixed(0)}% of the limit)`],
        ['iperf3 receiver', `${(result.bitsPerSecond / 1e6).toFixed(2)} Mbit/s`],
      ], style).join('\n'));
      if (last) out('\n' + qdiscTable([last], style).join('\n'));

      out(heading(style, 6, 'Cleanup'));
      await cleanup();
      out(`removed lab '${prefix}' and stopped the agent: no namespace, probe or process of the demo remains.`);
      return 0;
    } finally {
      await cleanup();
    }
  },
};
