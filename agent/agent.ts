// The agent: attaches the probe sets it can, runs the conntrack and qdisc sources for each target
// netns, and publishes one envelope stream. Everything it starts is stopped on stop(), in reverse.
import { writeFileSync, renameSync, readFileSync } from 'node:fs';
import { hostname, release } from 'node:os';
import { execa } from 'execa';
import { ProbeState, type AgentStatus, type Envelope, type ProbeSetStatus } from '../proto/index.js';
import { systemClock, type Clock } from './core/clock.js';
import { namedNetns, ownNetns, type NetnsTarget } from './core/netns.js';
import { Pipeline } from './core/pipeline.js';
import type { IdentitySource } from './identity/identity.js';
import { IdentityNames } from './identity/names.js';
import type { Source } from './core/source.js';
import { createProbeSet, createNetnsSources } from './probes/index.js';
import { TracepointProbes } from './probes/tracepoint.js';
import { ConntrackSource } from './sources/conntrack/source.js';
import { QdiscSource } from './sources/qdisc/source.js';
import { SET_ENUM, SET_NAMES, type ProbeFilter, type ProbeSetSource, type SetName } from './probes/sets.js';
import { UserError, requireRoot } from './util/errors.js';

export const AGENT_VERSION = '0.1.0';

export interface AgentOptions {
  netns: NetnsTarget[];
  probes: SetName[] | 'auto';
  filter: ProbeFilter;
  readyFile?: string;
  /** run conntrack and qdisc sources for the target netns (default true) */
  sources?: boolean;
  clock?: Clock;
  /** called with one line for each set that could not attach, and other warnings */
  warn?: (msg: string) => void;
  /** the agent queue's bound per loader-run probe set, in records (default 131072) */
  maxQueued?: number;
  /**
   * Switch kernel.bpf_stats_enabled on while the agent runs (restored on stop), so the probe sets'
   * programs report run counts and run time. Off by default: it costs two clock reads on every
   * program run, about as much as a probe program rejecting a packet takes itself. The sysctl is
   * then left as it is (counts show when something else switched it on).
   */
  bpfStats?: boolean;
  /**
   * Where container and pod names come from (agent/identity): default every engine the environment
   * points at (podman, docker at $DOCKER_HOST, CRI at $CONTAINER_RUNTIME_ENDPOINT or the usual
   * sockets); [] for none.
   */
  identities?: IdentitySource[];
}

const STATS_SYSCTL = '/proc/sys/kernel/bpf_stats_enabled';

interface BpftoolProg { id: number; name?: string; type?: string | number; run_cnt?: number; run_time_ns?: number }

export class Agent {
  readonly pipeline: Pipeline;
  readonly node = hostname();
  private readonly sets: ProbeSetSource[] = [];
  private readonly others: Source[] = [];
  private readonly status = new Map<SetName, ProbeSetStatus>();
  private started: Source[] = [];
  private statsWas: string | undefined;
  private readonly startTimeNs: number;
  private statusTimer: NodeJS.Timeout | undefined;
  private readonly netnsNames: Map<number, string>;
  private readonly clock: Clock;
  private readonly identities: IdentityNames;

  constructor(private readonly opts: AgentOptions) {
    const clock = opts.clock ?? systemClock();
    this.clock = clock;
    const targets = opts.netns.length ? opts.netns : [ownNetns()];
    this.opts = { ...opts, netns: targets };
    this.startTimeNs = clock.wallNow();
    const names = namedNetns();
    for (const t of targets) names.set(t.inode, t.name);
    this.netnsNames = names;
    this.identities = new IdentityNames(names, opts.identities);
    // a short-lived container's journeys wait up to 300 ms for its name (agent/identity)
    this.pipeline = new Pipeline({ node: this.node, clock, netnsNames: names, nameWaitNs: 300e6 });
  }

  get targets(): NetnsTarget[] {
    return this.opts.netns;
  }

  /** Attaches what it can; resolves once every attachable requested set is attached. */
  async start(): Promise<AgentStatus> {
    requireRoot('netscope agent', 'it loads BPF probes and reads conntrack and tc in the target network namespaces');
    const warn = this.opts.warn ?? (() => undefined);
    const requested = this.opts.probes === 'auto' ? [...SET_NAMES] : this.opts.probes;
    if (this.opts.bpfStats) this.enableStats();
    await this.startIdentities(warn);
    this.pipeline.start();
    for (const name of SET_NAMES) {
      if (!requested.includes(name)) {
        this.status.set(name, { set: SET_ENUM[name], state: ProbeState.PROBE_STATE_NOT_REQUESTED });
        continue;
      }
      const set = createProbeSet(name, { targets: this.opts.netns, filter: this.opts.filter, clock: this.clock, emit: this.pipeline.envelope, packets: this.pipeline.packets, progress: this.pipeline.progress, maxQueued: this.opts.maxQueued, attached: this.sets });
      const why = await set.canRun();
      if (why) {
        this.status.set(name, { set: SET_ENUM[name], state: ProbeState.PROBE_STATE_UNAVAILABLE, reason: why });
        warn(`probe set ${name} unavailable: ${why}`);
        continue;
      }
      try {
        await set.start(this.pipeline.envelope, this.pipeline.packets);
        if (set instanceof TracepointProbes && set.fallbackReason) warn(`probe set tracepoint runs on bpftrace (slower): the CO-RE object did not load: ${set.fallbackReason}`);
        else if (set instanceof TracepointProbes && set.compatReason) warn(`probe set tracepoint runs its compat object (headers read with bpf_probe_read_kernel, a little slower per packet): the main object did not load: ${set.compatReason}`);
        this.sets.push(set);
        this.started.push(set);
        this.status.set(name, { set: SET_ENUM[name], state: ProbeState.PROBE_STATE_ATTACHED, netns: set.attachedIn });
      } catch (err) {
        const reason = err instanceof Error ? err.message : String(err);
        await set.stop().catch(() => undefined);
        // in auto mode a set that cannot attach here is unavailable; asked for by name, it failed
        const state = this.opts.probes === 'auto' ? ProbeState.PROBE_STATE_UNAVAILABLE : ProbeState.PROBE_STATE_FAILED;
        this.status.set(name, { set: SET_ENUM[name], state, reason });
        warn(`probe set ${name} could not attach: ${reason}`);
      }
    }
    if (!this.sets.length) {
      await this.stop();
      const reasons = [...this.status.entries()].filter(([, s]) => s.reason).map(([n, s]) => `${n}: ${s.reason}`);
      throw new UserError(`no probe set could attach (${reasons.join('; ')}); run 'netscope probes' to see what this kernel supports.`, { exitCode: 1 });
    }
    if (this.opts.sources !== false) {
      for (const src of createNetnsSources(this.opts.netns, this.clock)) {
        const why = await src.canRun();
        if (why) {
          warn(`${src.name} unavailable: ${why}`);
          continue;
        }
        try {
          await src.start(this.pipeline.envelope);
          this.others.push(src);
          this.started.push(src);
        } catch (err) {
          warn(`${src.name} could not start: ${err instanceof Error ? err.message : String(err)}`);
        }
      }
    }
    const status = this.currentStatus();
    this.pipeline.envelope({ status });
    this.statusTimer = setInterval(() => {
      // namespaces come and go (pods start): keep the inode → name map current
      for (const [ino, name] of namedNetns()) if (!this.netnsNames.has(ino) && !this.identities.claims(name)) this.netnsNames.set(ino, name);
      this.pipeline.envelope({ status: this.currentStatus() });
    }, 5000);
    this.statusTimer.unref();
    if (this.opts.readyFile) {
      const tmp = `${this.opts.readyFile}.tmp`;
      writeFileSync(tmp, JSON.stringify({ pid: process.pid, probeSets: this.sets.map((s) => s.set) }) + '\n');
      renameSync(tmp, this.opts.readyFile);
    }
    return status;
  }

  /** Container and pod names into the netns names; a target that is a container's netns takes its name. */
  private async startIdentities(warn: (msg: string) => void): Promise<void> {
    const st = await this.identities.start();
    for (const t of this.opts.netns) {
      const id = t.name !== 'host' ? this.identities.identityOf(t.inode) : undefined;
      if (id) t.name = this.netnsNames.get(t.inode) ?? t.name;
    }
    // engines that are not there at all say nothing; one that is there but does not answer says why
    const broken = [...st.off].filter(([, why]) => !/^(podman is not installed|no docker socket|no CRI socket)/.test(why));
    for (const [engine, why] of broken) warn(`container names from ${engine} are off: ${why}`);
  }

  /** The probe sets with their programs' run counts and run time (bpftool prog show; needs kernel.bpf_stats_enabled, see bpfStats). */
  async probeStatus(): Promise<ProbeSetStatus[]> {
    const r = await execa('bpftool', ['prog', 'show', '-j'], { reject: false });
    const progs = r.exitCode === 0 && r.stdout.trim() ? (JSON.parse(r.stdout) as BpftoolProg[]) : [];
    const byId = new Map(progs.map((p) => [p.id, p]));
    return SET_NAMES.map((n) => {
      const st: ProbeSetStatus = { ...this.status.get(n)! };
      const set = this.sets.find((s) => s.set === n);
      // the kprobe set's groups attach and detach as modules come and go: say how they are now
      if (set?.detail) st.reason = set.detail();
      if (set) {
        st.programs = set.programIds().flatMap((id) => {
          const p = byId.get(id);
          return p ? [{ id, name: p.name ?? '', type: String(p.type ?? ''), runCount: p.run_cnt ?? 0, runTimeNs: p.run_time_ns ?? 0 }] : [];
        });
      }
      return st;
    });
  }

  currentStatus(): AgentStatus {
    return {
      version: AGENT_VERSION,
      hostname: this.node,
      kernel: release(),
      startTimeNs: this.startTimeNs,
      probeSets: SET_NAMES.map((n) => this.status.get(n)!).filter(Boolean),
      netns: this.opts.netns.map((t) => t.name),
      eventsTotal: this.pipeline.eventsTotal,
      lostTotal: this.pipeline.lostTotal,
      counters: this.sets.map((s) => s.counters()),
      packetsPublished: this.pipeline.packetsPublished,
      journeysPublished: this.pipeline.journeysPublished,
      agentQueueLost: this.sets.reduce((n, s) => n + Number(s.counters().agentQueueLost ?? 0), 0),
    };
  }

  /** Stops every source (in reverse start order), closes open journeys, restores bpf_stats_enabled. */
  async stop(): Promise<void> {
    if (this.statusTimer) clearInterval(this.statusTimer);
    const had = this.started.length > 0;
    const all = this.started.reverse();
    this.started = [];
    await Promise.allSettled([...all.map((s) => s.stop()), this.identities.stop()]);
    this.pipeline.stop();
    // the last word on counts, once the probes' last records and counters are in: what was
    // delivered and lost over the whole run
    if (had) this.pipeline.envelope({ status: this.currentStatus() });
    this.restoreStats();
  }

  /** The running conntrack sources, one per target netns (for the API's table snapshot). */
  conntrackSources(): ConntrackSource[] {
    return this.others.filter((s): s is ConntrackSource => s instanceof ConntrackSource);
  }

  /** The running qdisc sources, one per target netns (for the API's current samples). */
  qdiscSources(): QdiscSource[] {
    return this.others.filter((s): s is QdiscSource => s instanceof QdiscSource);
  }

  subscribe(sink: (env: Envelope) => void): () => void {
    return this.pipeline.subscribe(sink);
  }

  /** The stream in batches (the fan-out's fast path). */
  subscribeBatch(sink: (envs: Envelope[]) => void): () => void {
    return this.pipeline.subscribeBatch(sink);
  }

  private enableStats(): void {
    try {
      this.statsWas = readFileSync(STATS_SYSCTL, 'utf8').trim();
      if (this.statsWas !== '1') writeFileSync(STATS_SYSCTL, '1');
    } catch {
      this.statsWas = undefined; // run counts are then not available; probes still work
    }
  }

  private restoreStats(): void {
    if (this.statsWas !== undefined && this.statsWas !== '1') {
      try {
        writeFileSync(STATS_SYSCTL, this.statsWas);
      } catch {
        /* already gone or not permitted: nothing to restore */
      }
    }
    this.statsWas = undefined;
  }
}
