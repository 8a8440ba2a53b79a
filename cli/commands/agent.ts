// `netscope agent`: attach the probes, run the sources, and serve the envelope stream over gRPC.
import { renameSync, writeFileSync } from 'node:fs';
import { Agent } from '../../agent/agent.js';
import { DEFAULT_SOCKET, parseAddress } from '../../agent/server/address.js';
import { DEFAULT_LIMITS } from '../../agent/server/fanout.js';
import { planListen } from '../../agent/server/listen.js';
import { ObserverServer } from '../../agent/server/server.js';
import { resolveNetns } from '../../agent/core/netns.js';
import { parseFilter } from '../../agent/probes/filter.js';
import { parseProbeSets, SET_NAMES } from '../../agent/probes/sets.js';
import { UserError } from '../../agent/util/errors.js';
import { envelopeToJson, type Envelope } from '../../proto/index.js';
import { intFlag, parseFlags, type Command } from '../command.js';

const KINDS = ['packet', 'journey', 'conntrack', 'conntrackStats', 'qdisc', 'lost', 'gap', 'status'] as const;

const help = `usage: netscope agent [--netns NAME|PATH]... [--probes auto|SET[,SET]] [--ready-file PATH]
                     [--proto icmp|tcp|udp] [--host ADDR[/LEN]] [--port N]
                     [--listen ADDR] [--tls-cert FILE --tls-key FILE [--tls-client-ca FILE]]
                     [--token-file FILE] [--insecure] [--buffer N] [--client-queue N]
                     [--kinds KIND[,KIND]] [-o json|none]

Runs the netscope agent (needs root): attaches the probe sets this kernel supports, reads conntrack
and tc for each target network namespace, correlates packet sightings into journeys, and serves the
event stream over gRPC (service netscope.v1.Observer, proto/netscope/v1/observer.proto) to
'netscope observe | trace | conntrack | qdisc | probes'. With -o json it also writes the stream as
JSON lines on stdout (one Envelope a line, proto3 JSON mapping). Stops on SIGINT/SIGTERM, detaching
every probe, ending every child process and removing its socket.

Each client gets a bounded queue (--client-queue envelopes, 8 MiB at most); when a client reads too
slowly, the newest envelopes are dropped for it, counted, and the client receives a LostEvents
(stage CLIENT_QUEUE) with the count where the hole is. The agent's memory does not grow with a slow
client. The last --buffer envelopes are kept for 'observe --last N'.

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
  --listen ADDR      where to serve the API: a unix socket path or unix:///path (default
                     ${DEFAULT_SOCKET}, created mode 0600, its directory created, a stale socket
                     replaced, removed on exit), or tcp://HOST:PORT, which needs TLS (--tls-cert and
                     --tls-key); plaintext TCP is allowed on loopback only, with --token-file or --insecure
  --tls-cert FILE    PEM certificate for tcp:// (with --tls-key)
  --tls-key FILE     PEM private key for tcp://
  --tls-client-ca FILE  require client certificates signed by this CA
  --token-file FILE  require 'authorization: Bearer TOKEN' on every call (TOKEN: the file's content)
  --insecure         allow plaintext TCP on loopback without a token (any local user can read the stream)
  --buffer N         envelopes kept for --last/--first/--since (default 4096)
  --client-queue N   envelopes queued per client before its newest are dropped (default ${DEFAULT_LIMITS.maxItems})
  --kinds KINDS      which envelopes -o json prints: ${KINDS.join(', ')} (default all)
  -o, --output FMT   none (default) or json (the stream on stdout as well)
  -h, --help         this help

Probe sets: tracepoint (bpftrace on net/skb/qdisc tracepoints: device hops, drops with the kernel's
reason, qdisc enqueue/dequeue), netfilter (netfilter BPF links at every IPv4 hook's entry and exit:
hook path, NAT rewrites, conntrack entry per packet; kernel 6.4+), kprobe (bpftrace kprobes on
nf_hook_slow, nft_do_chain, veth_xmit, br_forward …; kernels with CONFIG_KPROBES).

examples:
  sudo netscope lab up && sudo netscope agent --netns lab-host01 --proto icmp
  sudo netscope agent --netns lab-host01 --listen tcp://127.0.0.1:4245 --token-file /etc/netscope/token
  sudo netscope agent --listen tcp://0.0.0.0:4245 --tls-cert agent.pem --tls-key agent-key.pem`;

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
      listen: { type: 'string' },
      'tls-cert': { type: 'string' },
      'tls-key': { type: 'string' },
      'tls-client-ca': { type: 'string' },
      'token-file': { type: 'string' },
      insecure: { type: 'boolean' },
      buffer: { type: 'string' },
      'client-queue': { type: 'string' },
    });
    const output = values.output ?? 'none';
    if (output !== 'json' && output !== 'none') throw new UserError(`netscope agent: -o takes json or none, not '${output}'.`);
    const kinds = new Set((values.kinds ?? KINDS.join(',')).split(',').map((k) => k.trim()));
    for (const k of kinds) {
      if (!(KINDS as readonly string[]).includes(k)) throw new UserError(`netscope agent: --kinds: unknown kind '${k}'; use a comma list of ${KINDS.join(', ')}.`);
    }
    const address = parseAddress(values.listen ?? DEFAULT_SOCKET);
    if (typeof address === 'string') throw new UserError(`netscope agent: --listen: ${address}.`);
    // refuse an unsafe listen before attaching anything
    const plan = planListen({
      address,
      tlsCert: values['tls-cert'],
      tlsKey: values['tls-key'],
      tlsClientCa: values['tls-client-ca'],
      tokenFile: values['token-file'],
      insecure: values.insecure,
    });
    const ringSize = intFlag('agent', 'buffer', values.buffer, 4096, 0, 1_000_000);
    const maxItems = intFlag('agent', 'client-queue', values['client-queue'], DEFAULT_LIMITS.maxItems, 16, 1_000_000);
    const filter = parseFilter({ proto: values.proto, host: values.host, port: values.port });
    const probes = parseProbeSets(values.probes ?? 'auto');
    const netns = (values.netns ?? []).map(resolveNetns);
    const agent = new Agent({
      netns,
      probes,
      filter,
      warn: (m) => process.stderr.write(`netscope agent: ${m}\n`),
    });
    if (output === 'json') {
      agent.subscribe((env: Envelope) => {
        const kind = Object.keys(env).find((k) => k !== 'seq' && k !== 'node');
        if (kind && kinds.has(kind)) process.stdout.write(JSON.stringify(envelopeToJson(env)) + '\n');
      });
    }
    const warn = (m: string) => process.stderr.write(`netscope agent: ${m}\n`);
    const server = new ObserverServer(agent, { plan, ringSize, limits: { ...DEFAULT_LIMITS, maxItems }, warn });
    let stopping: Promise<void> | undefined;
    const stop = () => (stopping ??= server.stop().finally(() => agent.stop()));
    const done = new Promise<void>((resolve) => {
      // on, not once: execa's signal-exit re-raises a signal that no other listener is left for,
      // which would kill the agent by SIGTERM half-way through its cleanup
      for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(sig, () => void stop().then(resolve));
    });
    try {
      const status = await agent.start();
      const where = await server.start();
      const attached = (status.probeSets ?? []).filter((s) => s.state === 1);
      if (values['ready-file']) {
        const file = values['ready-file'];
        writeFileSync(`${file}.tmp`, JSON.stringify({ pid: process.pid, probeSets: attached.map((s) => s.set), listen: where }) + '\n');
        renameSync(`${file}.tmp`, file);
      }
      process.stderr.write(`netscope agent: ready: ${attached.length} probe set${attached.length === 1 ? '' : 's'} attached in ${agent.targets.map((t) => t.name).join(', ')}; listening on ${where}\n`);
    } catch (err) {
      await stop();
      throw err;
    }
    await done;
    return 0;
  },
};
