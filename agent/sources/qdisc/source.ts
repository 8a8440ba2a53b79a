// The qdisc source for one network namespace: every second (configurable) `tc -s -j qdisc show` for all
// devices, one QdiscSample envelope per qdisc with rates derived from that qdisc's previous sample.
// Ready once the first sample is taken. tc runs to completion each tick, so no child outlives a tick;
// a failed tick (netns gone, tc missing) opens a Gap, and the next good tick closes it.
import { execa } from 'execa';
import type { QdiscSample } from '../../../proto/index.js';
import type { Emit, Source } from '../../core/source.js';
import { inNetns, OWN_NETNS, type NetnsTarget } from '../../core/netns.js';
import { deriveAllRates, parseTcQdiscJson, qdiscKey } from './parse.js';

export interface QdiscSourceOptions {
  target: NetnsTarget;
  /** sampling period. Default 1000. */
  intervalMs?: number;
  /** the tc binary (a fake one on PATH in tests). Default "tc". */
  tcBin?: string;
  /** a tc run taking longer than this fails the tick. Default 5000. */
  timeoutMs?: number;
}

export class QdiscSource implements Source {
  readonly name: string;
  private readonly opts: Required<QdiscSourceOptions>;
  private emit: Emit | undefined;
  private latest = new Map<string, QdiscSample>();
  private timer: NodeJS.Timeout | undefined;
  private tick: Promise<void> | undefined;
  private abort: AbortController | undefined;
  private gapFromNs = 0;
  private gapReason = '';
  private stopping = false;

  constructor(opts: QdiscSourceOptions) {
    this.opts = { intervalMs: 1000, tcBin: 'tc', timeoutMs: 5000, ...opts };
    this.name = `qdisc:${opts.target.name}`;
  }

  async canRun(): Promise<string | undefined> {
    const tools = [this.opts.tcBin, ...(this.opts.target.path === OWN_NETNS ? [] : ['nsenter'])];
    for (const tool of tools) {
      const res = await execa('sh', ['-c', 'command -v "$1"', 'sh', tool], { reject: false, stdin: 'ignore' });
      if (res.exitCode !== 0) return `the qdisc source needs ${tool} on PATH (apt-get install iproute2 util-linux).`;
    }
    if (this.opts.target.path !== OWN_NETNS && typeof process.getuid === 'function' && process.getuid() !== 0) {
      return `the qdisc source needs root to enter netns ${this.opts.target.name}; run the agent as root.`;
    }
    return undefined;
  }

  async start(emit: Emit): Promise<void> {
    this.stopping = false;
    this.abort = new AbortController();
    try {
      await this.sample();
    } catch (err) {
      throw new Error(`starting ${this.name}: ${(err as Error).message}`, { cause: err });
    }
    this.emit = emit;
    // emit after the first sample so that start() resolving means "first sample delivered"
    for (const s of this.latest.values()) emit({ qdisc: s });
    this.schedule();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.abort?.abort();
    await this.tick;
    this.emit = undefined;
  }

  /** The latest sample of every qdisc in the netns (with rates), as last emitted. */
  current(): QdiscSample[] {
    return [...this.latest.values()];
  }

  /** Takes one sample now: runs tc, derives rates against the previous samples, and updates current(). */
  async sample(): Promise<QdiscSample[]> {
    const timeNs = Date.now() * 1e6;
    const argv = inNetns(this.opts.target, [this.opts.tcBin, '-s', '-j', 'qdisc', 'show']);
    const res = await execa(argv[0]!, argv.slice(1), {
      stdin: 'ignore', reject: false, timeout: this.opts.timeoutMs, ...(this.abort ? { cancelSignal: this.abort.signal } : {}),
    });
    if (res.exitCode !== 0) throw new Error(`${argv.join(' ')} failed (${res.signal ?? `exit code ${res.exitCode}`}): ${String(res.stderr).trim().split('\n').slice(-2).join(' / ')}`);
    const { samples } = parseTcQdiscJson(String(res.stdout), { timeNs, netns: this.opts.target.inode, netnsName: this.opts.target.name });
    const derived = deriveAllRates(this.latest, samples);
    this.latest = new Map(derived.map((s) => [qdiscKey(s), s])); // qdiscs that went away are forgotten
    return derived;
  }

  private emitAll(samples: QdiscSample[]): void {
    for (const s of samples) this.emit?.({ qdisc: s });
  }

  private schedule(): void {
    if (this.stopping) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.tick = this.runTick().finally(() => this.schedule());
    }, this.opts.intervalMs);
    this.timer.unref();
  }

  private async runTick(): Promise<void> {
    try {
      const samples = await this.sample();
      if (this.stopping) return;
      if (this.gapFromNs) {
        this.emit?.({ gap: { source: this.name, reason: this.gapReason, fromTimeNs: this.gapFromNs, toTimeNs: Date.now() * 1e6 } });
        this.gapFromNs = 0;
      }
      this.emitAll(samples);
    } catch (err) {
      if (this.stopping || this.gapFromNs) return;
      this.gapFromNs = Date.now() * 1e6;
      this.gapReason = (err as Error).message;
      this.emit?.({ gap: { source: this.name, reason: this.gapReason, fromTimeNs: this.gapFromNs, toTimeNs: 0 } });
    }
  }
}
