// `netscope agent`: attach the probes, run the sources, and serve the envelope stream over gRPC.
import { Agent } from '../../agent/agent.js';
import { DEFAULT_SOCKET, parseAddress } from '../../agent/server/address.js';
import { DEFAULT_LIMITS } from '../../agent/server/fanout.js';
import { planListen } from '../../agent/server/listen.js';
import { ObserverServer } from '../../agent/server/server.js';
import { checkNetworkNamespace, resolveNetns } from '../../agent/core/netns.js';
import { parseFilter } from '../../agent/probes/filter.js';
import { parseProbeSets, SET_NAMES, type ProbeFilter } from '../../agent/probes/sets.js';
import { systemClock } from '../../agent/core/clock.js';
import { startRecorder, type Recorder } from '../../agent/record/recorder.js';
import { agentBackend } from '../../agent/record/snapshot.js';
import { ReplaySource } from '../../agent/replay/source.js';
import { UserError } from '../../agent/util/errors.js';
import { writeFileReplacing } from '../../agent/util/safe-file.js';
import { envelopeToJson, type Envelope } from '../../proto/index.js';
import { intFlag, parseFlags, type Command } from '../command.js';
import { checkWritable, createError, failedText, parseSize } from './record.js';
import { parseSpeed } from './replay.js';

const KINDS = ['packet', 'journey', 'conntrack', 'conntrackStats', 'qdisc', 'lost', 'gap', 'status'] as const;

const help = `usage: netscope agent [--netns NAME|PATH|container:NAME|pod:NS/NAME]... [--probes auto|SET[,SET]] [--ready-file PATH]
                     [--proto icmp|tcp|udp] [--host ADDR[/LEN]] [--port N]
                     [--listen ADDR] [--tls-cert FILE --tls-key FILE [--tls-client-ca FILE]]
                     [--token-file FILE] [--insecure] [--buffer N] [--client-queue N]
                     [--kinds KIND[,KIND]] [-o json|none] [--record FILE [--record-max-size SIZE]]
                     [--bpf-stats]
       netscope agent --replay FILE [--loop] [--speed X|max] [--wait-for-client] [--listen ADDR] …

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

Recording: with --record FILE the agent also writes everything it publishes to FILE, as 'netscope
record' does (header, start snapshots of each target netns, checksummed batches, footer; see
'netscope replay --help'); with --record-max-size it rotates to FILE.1, FILE.2, … before a part
passes SIZE. SIGINT/SIGTERM write the footer before the agent exits.

Replay: with --replay FILE the agent attaches nothing and needs neither root nor a kernel with BPF:
it serves a recording (or a rotated one, FILE, FILE.1, …) through the same API, so observe, trace,
conntrack, qdisc, probes and 'record --agent' work on it. The envelopes are published as recorded
(timestamps and seq unchanged), paced by their timestamps; GetStatus, GetProbeSets, GetConntrack and
GetQdiscs answer from the recording's header and start snapshots, brought up to date with every
conntrack and qdisc event replayed so far. At the end of the recording the agent keeps serving the
state it reached until stopped (with --loop it starts again, from the start snapshots). A cut or
corrupt recording is served up to its last whole batch, and stderr says where it stopped.

options:
  --netns NAME|PATH  a network namespace to watch: a name under /run/netns or a path such as
                     /proc/PID/ns/net, or a container's or pod's by name: container:NAME (podman,
                     docker) or pod:NAMESPACE/NAME (CRI: containerd, CRI-O); repeatable; default the
                     agent's own. Netfilter probes attach in each; conntrack and qdisc are read in
                     each. Tracepoint probes see every netns.
  --probes SETS      auto (default: every set that attaches here; the others are reported with the
                     reason) or a comma list of ${SET_NAMES.join(', ')}
  --ready-file PATH  written once every requested probe set that can attach is attached
  --proto P          keep only icmp, tcp or udp packets (filtered in the kernel)
  --host ADDR[/LEN]  keep only packets with an end in this address or CIDR at some hop (in the
                     kernel; a packet that matched is followed through NAT, and its hops just
                     before the match, e.g. before a DNAT, are kept too)
  --port N           keep only packets with this source or destination port, the same way
  --bpf-stats        switch kernel.bpf_stats_enabled on while the agent runs, so 'netscope probes'
                     shows its programs' run counts and run time; costs two clock reads on every
                     program run (off by default: the sysctl is left as it is)
  --listen ADDR      where to serve the API: a unix socket path or unix:///path (default
                     ${DEFAULT_SOCKET}, created mode 0600, missing directories created; a stale
                     socket is replaced, a live one refused; on exit the agent removes the socket
                     it bound and the directories it created, nothing else), or tcp://HOST:PORT,
                     which needs TLS (--tls-cert and --tls-key); plaintext TCP is allowed on loopback
                     only, with --token-file or --insecure
  --tls-cert FILE    PEM certificate for tcp:// (with --tls-key)
  --tls-key FILE     PEM private key for tcp://
  --tls-client-ca FILE  require client certificates signed by this CA
  --token-file FILE  require 'authorization: Bearer TOKEN' on every call (TOKEN: the file's content)
  --insecure         allow plaintext TCP on loopback without a token (any local user can read the stream)
  --buffer N         envelopes kept for --last/--first/--since (default 4096)
  --client-queue N   envelopes queued per client before its newest are dropped (default ${DEFAULT_LIMITS.maxItems})
  --kinds KINDS      which envelopes -o json prints: ${KINDS.join(', ')} (default all)
  -o, --output FMT   none (default) or json (the stream on stdout as well)
  --record FILE      also record the published stream to FILE (replaced if it exists)
  --record-max-size SIZE  rotate the recording before a part passes SIZE bytes (suffix k, M, G;
                     at least 4096): FILE, FILE.1, FILE.2, …
  --replay FILE      serve this recording instead of attaching probes (no root; not with --netns,
                     --probes, --proto, --host, --port or --record)
  --loop             with --replay: start again at the end of the recording, endlessly
  --speed X|max      with --replay: pace factor (default 1 = as recorded, 10 = ten times faster);
                     max publishes as fast as the slowest client reads (it waits for full queues
                     instead of dropping)
  --wait-for-client  with --replay: begin only when the first client follows the stream (observe
                     --follow, trace, record --agent), so that it sees the recording from its start
  -h, --help         this help

Container names: hops in a container's netns are named after it, 'web (podman)', 'cn-web (docker)',
'pod default/web-1', by asking podman (its CLI), docker (the socket at $DOCKER_HOST, else
/var/run/docker.sock) and CRI runtimes (the socket at $CONTAINER_RUNTIME_ENDPOINT, else containerd's
and CRI-O's usual ones), and following their new containers while the agent runs. The name of a
container that is gone stays; JSON keeps the netns inode beside it. An engine that is not there is
left out silently.

Probe sets: tracepoint (a CO-RE object on net/skb/qdisc tracepoints, loaded by the probe loader;
bpftrace as fallback: device hops, drops with the kernel's reason, qdisc enqueue/dequeue), netfilter (netfilter BPF links at every IPv4 hook's entry and exit:
hook path, NAT rewrites, conntrack entry per packet; kernel 6.4+), kprobe (a CO-RE object on
nf_hook_slow, nft_do_chain, ipt_do_table, nf_nat_manip_pkt, br_forward: the hook path where there
are no netfilter links, chain verdicts, the NAT function; kernels with CONFIG_KPROBES).

examples:
  sudo netscope lab up && sudo netscope agent --netns lab-host01 --proto icmp
  sudo netscope agent --netns lab-host01 --listen tcp://127.0.0.1:4245 --token-file /etc/netscope/token
  sudo netscope agent --listen tcp://0.0.0.0:4245 --tls-cert agent.pem --tls-key agent-key.pem
  sudo netscope agent --netns lab-host01 --record /var/tmp/lab.nsrec --record-max-size 100M
  netscope agent --replay lab.nsrec --listen /tmp/ns/agent.sock --wait-for-client   # no root`;

export const agent: Command = {
  name: 'agent',
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
      record: { type: 'string' },
      'record-max-size': { type: 'string' },
      replay: { type: 'string' },
      loop: { type: 'boolean' },
      speed: { type: 'string' },
      'wait-for-client': { type: 'boolean' },
      'bpf-stats': { type: 'boolean' },
    });
    if (values.replay !== undefined) {
      const clash = (['netns', 'probes', 'proto', 'host', 'port', 'record', 'record-max-size', 'bpf-stats'] as const).filter((f) => values[f] !== undefined);
      if (clash.length) throw new UserError(`netscope agent: --replay serves a recording and attaches no probes, so it takes no ${clash.map((f) => `--${f}`).join(', ')}; drop ${clash.length === 1 ? 'it' : 'them'} or drop --replay.`);
    } else {
      const only = (['loop', 'speed', 'wait-for-client'] as const).filter((f) => values[f] !== undefined);
      if (only.length) throw new UserError(`netscope agent: ${only.map((f) => `--${f}`).join(', ')} ${only.length === 1 ? 'applies' : 'apply'} to --replay FILE only.`);
    }
    if (values['record-max-size'] !== undefined && values.record === undefined) throw new UserError('netscope agent: --record-max-size needs --record FILE.');
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
    if (values['ready-file'] !== undefined) checkWritable('agent', '--ready-file', values['ready-file'], 'the ready file');
    const ringSize = intFlag('agent', 'buffer', values.buffer, 4096, 0, 1_000_000);
    const maxItems = intFlag('agent', 'client-queue', values['client-queue'], DEFAULT_LIMITS.maxItems, 16, 1_000_000);
    const limits = { ...DEFAULT_LIMITS, maxItems };
    const warn = (m: string) => process.stderr.write(`netscope agent: ${m}\n`);
    const printJson = (env: Envelope) => {
      const kind = Object.keys(env).find((k) => k !== 'seq' && k !== 'node');
      if (kind && kinds.has(kind)) process.stdout.write(JSON.stringify(envelopeToJson(env)) + '\n');
    };
    if (values.replay !== undefined) {
      return serveReplay(values.replay, { plan, ringSize, limits, warn, speed: parseSpeed(values.speed, 'agent'), loop: !!values.loop, waitForClient: !!values['wait-for-client'], readyFile: values['ready-file'], json: output === 'json' ? printJson : undefined });
    }
    const filter = parseFilter({ proto: values.proto, host: values.host, port: values.port });
    const probes = parseProbeSets(values.probes ?? 'auto');
    // every path and namespace is checked, and the socket claimed, before anything is attached
    const netns = (values.netns ?? []).map(resolveNetns);
    netns.forEach(checkNetworkNamespace);
    const maxSize = parseSize(values['record-max-size'], 'agent', 'record-max-size');
    if (values.record !== undefined) checkWritable('agent', '--record', values.record);
    const clock = systemClock();
    const agent = new Agent({ netns, probes, filter, clock, warn, bpfStats: !!values['bpf-stats'] });
    if (output === 'json') agent.subscribe(printJson);
    const server = new ObserverServer(agentBackend(agent, clock), { plan, ringSize, limits, warn });
    await server.claim();
    let recorder: Recorder | undefined;
    let reason = 'stopped';
    let stopping: Promise<void> | undefined;
    // the agent stops before the recorder, so the journeys it closes on the way out are recorded too
    const stop = () => (stopping ??= server.stop(reason).finally(() => agent.stop()).finally(() => finishRecording(recorder, reason, warn)));
    const done = new Promise<void>((resolve) => {
      // on, not once: execa's signal-exit re-raises a signal that no other listener is left for,
      // which would kill the agent by SIGTERM half-way through its cleanup
      for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
        process.on(sig, () => {
          reason = sig;
          void stop().then(resolve);
        });
      }
    });
    try {
      const status = await agent.start();
      if (values.record !== undefined) {
        const file = values.record;
        // a full disk (or any write error) ends the recording, not the agent: it says so once, on
        // stderr and to every client as an open Gap from source 'recorder', and keeps serving
        const onError = (err: NodeJS.ErrnoException) => {
          const text = recorder ? failedText(recorder, err) : `writing the recording ${file} failed`;
          warn(`${text}; the agent keeps serving live clients.`);
          agent.pipeline.envelope({ gap: { source: 'recorder', reason: `${text}; nothing more is recorded.`, fromTimeNs: clock.wallNow(), toTimeNs: 0 } });
        };
        try {
          recorder = await startRecorder(agent, file, { clock, maxSize, onError, filter: filterText(filter), command: ['netscope', 'agent', ...argv].join(' ') });
        } catch (err) {
          throw createError('agent', file, err);
        }
      }
      const where = await server.start();
      const attached = (status.probeSets ?? []).filter((s) => s.state === 1);
      writeReady(values['ready-file'], { pid: process.pid, probeSets: attached.map((s) => s.set), listen: where, ...(values.record !== undefined ? { record: values.record } : {}) });
      const rec = values.record !== undefined ? `; recording to ${values.record}` : '';
      process.stderr.write(`netscope agent: ready: ${attached.length} probe set${attached.length === 1 ? '' : 's'} attached in ${agent.targets.map((t) => t.name).join(', ')}; listening on ${where}${rec}\n`);
    } catch (err) {
      reason = 'error';
      await stop();
      throw err;
    }
    await done;
    // the agent served to the end, but did not record what it was asked to
    return recorder?.failure ? 1 : 0;
  },
};

const filterText = (f: ProbeFilter) => [f.protocol && `proto=${f.protocol}`, f.host && `host=${f.host}`, f.port && `port=${f.port}`].filter(Boolean).join(' ');

function writeReady(file: string | undefined, content: object): void {
  if (file) writeFileReplacing(file, JSON.stringify(content) + '\n');
}

function finishRecording(recorder: Recorder | undefined, reason: string, warn: (m: string) => void): void {
  if (!recorder) return;
  const failure = recorder.failure;
  const s = recorder.stop(reason);
  if (failure) warn(`the recording had ended early (${failure.code}): ${s.events} events, ${s.bytes} bytes, ${s.lost} lost, in ${s.files.join(', ')}`);
  else warn(`recording closed (${reason}): ${s.events} events, ${s.bytes} bytes, ${s.lost} lost, in ${s.files.join(', ')}`);
}

interface ReplayServeOptions {
  plan: ReturnType<typeof planListen>;
  ringSize: number;
  limits: typeof DEFAULT_LIMITS;
  warn: (m: string) => void;
  speed: number;
  loop: boolean;
  waitForClient: boolean;
  readyFile?: string;
  json?: (env: Envelope) => void;
}

/** `agent --replay FILE`: the recording through the same server, until SIGINT/SIGTERM. */
async function serveReplay(file: string, o: ReplayServeOptions): Promise<number> {
  let server: ObserverServer | undefined;
  let firstClient: (() => void) | undefined;
  const startWhen = o.waitForClient ? new Promise<void>((r) => (firstClient = r)) : undefined;
  const source = new ReplaySource(file, {
    speed: o.speed,
    loop: o.loop,
    startWhen,
    // at full speed the replay waits for clients instead of overflowing their queues
    busy: () => (server?.queueFill ?? 0) > 0.5,
    warn: o.warn,
  });
  if (o.json) source.subscribe(o.json);
  server = new ObserverServer(source, { plan: o.plan, ringSize: o.ringSize, limits: o.limits, warn: o.warn });
  const srv = server;
  let poll: NodeJS.Timeout | undefined;
  let stopping: Promise<void> | undefined;
  let reason = 'stopped';
  const stop = () => (stopping ??= source.stop().finally(() => srv.stop(reason)).finally(() => poll && clearInterval(poll)));
  const done = new Promise<void>((resolve) => {
    for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
      process.on(sig, () => {
        reason = sig;
        void stop().then(resolve);
      });
    }
  });
  try {
    const where = await srv.start();
    if (firstClient) {
      const go = firstClient;
      poll = setInterval(() => {
        if (srv.fanout.clients > 0) {
          clearInterval(poll);
          go();
        }
      }, 10);
    }
    const h = source.header;
    const ended = source.start().then(() => {
      if (source.progress.finished) o.warn(`replay of ${file} finished: ${source.progress.published} envelopes published; serving the state it reached until stopped`);
    });
    void ended;
    writeReady(o.readyFile, { pid: process.pid, replay: file, listen: where });
    const speed = o.speed === Infinity ? 'max' : `${o.speed}x`;
    o.warn(`ready: replaying ${file} (recorded on ${h.hostname || 'an unnamed host'}, kernel ${h.kernelRelease || 'unknown'}) at speed ${speed}${o.loop ? ', looping' : ''}${o.waitForClient ? ' once a client follows' : ''}; listening on ${where}`);
  } catch (err) {
    await stop();
    const e = err as NodeJS.ErrnoException & { cause?: Error };
    const code = e.code ?? (e.cause as NodeJS.ErrnoException | undefined)?.code;
    const denied = code === 'EACCES' || code === 'EPERM' || /EACCES|EPERM|permission denied/i.test(String(e.cause?.message ?? ''));
    if (denied && o.plan.address.kind === 'unix') {
      throw new UserError(`netscope agent: cannot create the socket ${o.plan.address.path} (permission denied); pass --listen PATH in a directory you may write.`, { cause: err });
    }
    throw err;
  }
  await done;
  return 0;
}
