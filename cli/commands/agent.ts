// `netscope agent`: attach the probes, run the sources, and stream envelopes.
import { Agent } from '../../agent/agent.js';
import { resolveNetns } from '../../agent/core/netns.js';
import { parseFilter } from '../../agent/probes/filter.js';
import { parseProbeSets, SET_NAMES } from '../../agent/probes/sets.js';
import { UserError } from '../../agent/util/errors.js';
import { envelopeToJson, type Envelope } from '../../proto/index.js';
import { parseFlags, type Command } from '../command.js';

const KINDS = ['packet', 'journey', 'conntrack', 'conntrackStats', 'qdisc', 'lost', 'gap', 'status'] as const;

const help = `usage: netscope agent [--netns NAME|PATH]... [--probes auto|SET[,SET]] [--ready-file PATH]
                     [--proto icmp|tcp|udp] [--host ADDR[/LEN]] [--port N]
                     [--kinds KIND[,KIND]] [-o json|none]

Runs the netscope agent (needs root): attaches the probe sets this kernel supports, reads conntrack
and tc for each target network namespace, correlates packet sightings into journeys, and writes the
event stream as JSON lines on stdout (one Envelope of proto/netscope/v1/events.proto a line, in the
proto3 JSON mapping). Stops on SIGINT/SIGTERM, detaching every probe and ending every child process.

options:
  --netns NAME|PATH  a network namespace to watch: a name under /run/netns or a path such as
                     /proc/PID/ns/net; repeatable; default the agent's own. Netfilter probes attach in
                     each; conntrack and qdisc are read in each. Tracepoint probes see every netns.
  --probes SETS      auto (default: every set that attaches here; the others are reported with the
                     reason) or a comma list of ${SET_NAMES.join(', ')}
  --ready-file PATH  written once every requested probe set that can attach is attached
  --proto P          keep only icmp, tcp or udp packets (filtered in the kernel)
  --host ADDR[/LEN]  keep only packets with an end in this address or CIDR (in the kernel)
  --port N           keep only packets with this source or destination port (in the kernel)
  --kinds KINDS      which envelopes to print: ${KINDS.join(', ')} (default all)
  -o, --output FMT   json (default) or none
  -h, --help         this help

Probe sets: tracepoint (bpftrace on net/skb/qdisc tracepoints: device hops, drops with the kernel's
reason, qdisc enqueue/dequeue), netfilter (netfilter BPF links at every IPv4 hook's entry and exit:
hook path, NAT rewrites, conntrack entry per packet; kernel 6.4+), kprobe (bpftrace kprobes on
nf_hook_slow, nft_do_chain, veth_xmit, br_forward …; kernels with CONFIG_KPROBES).

example:
  sudo netscope lab up && sudo netscope agent --netns lab-host01 --proto icmp --kinds journey`;

export const agent: Command = {
  name: 'agent',
  summary: 'run the agent: attach probes, read conntrack and tc, stream events (root)',
  help,
  async run(argv) {
    const { values } = parseFlags('agent', argv, {
      netns: { type: 'string', multiple: true },
      probes: { type: 'string' },
      'ready-file': { type: 'string' },
      proto: { type: 'string' },
      host: { type: 'string' },
      port: { type: 'string' },
      kinds: { type: 'string' },
      output: { type: 'string', short: 'o' },
    });
    const output = values.output ?? 'json';
    if (output !== 'json' && output !== 'none') throw new UserError(`netscope agent: -o takes json or none, not '${output}'.`);
    const kinds = new Set((values.kinds ?? KINDS.join(',')).split(',').map((k) => k.trim()));
    for (const k of kinds) {
      if (!(KINDS as readonly string[]).includes(k)) throw new UserError(`netscope agent: --kinds: unknown kind '${k}'; use a comma list of ${KINDS.join(', ')}.`);
    }
    const filter = parseFilter({ proto: values.proto, host: values.host, port: values.port });
    const probes = parseProbeSets(values.probes ?? 'auto');
    const netns = (values.netns ?? []).map(resolveNetns);
    const agent = new Agent({
      netns,
      probes,
      filter,
      readyFile: values['ready-file'],
      warn: (m) => process.stderr.write(`netscope agent: ${m}\n`),
    });
    if (output === 'json') {
      agent.subscribe((env: Envelope) => {
        const kind = Object.keys(env).find((k) => k !== 'seq' && k !== 'node');
        if (kind && kinds.has(kind)) process.stdout.write(JSON.stringify(envelopeToJson(env)) + '\n');
      });
    }
    let stopping: Promise<void> | undefined;
    const stop = () => (stopping ??= agent.stop());
    const done = new Promise<void>((resolve) => {
      for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(sig, () => void stop().then(resolve));
    });
    try {
      const status = await agent.start();
      const attached = (status.probeSets ?? []).filter((s) => s.state === 1).length;
      process.stderr.write(`netscope agent: ready: ${attached} probe set${attached === 1 ? '' : 's'} attached in ${agent.targets.map((t) => t.name).join(', ')}\n`);
    } catch (err) {
      await stop();
      throw err;
    }
    await done;
    return 0;
  },
};
