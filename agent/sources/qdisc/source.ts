// The qdisc source for one network namespace: every second (configurable) `qdisc show` for all devices,
// one QdiscSample envelope per qdisc with rates derived from that qdisc's previous sample. Ready once
// the first sample is taken.
//
// tc runs once, in batch mode (`tc -s -j -force -batch -` in the netns), and each tick writes one
// `qdisc show` line to its stdin and reads the JSON line it answers: spawning `nsenter … tc` from the
// agent every second cost more CPU than everything else the idle agent does (fork of a large Node
// process, plus nsenter and tc starting). A failed tick (tc reports an error, does not answer in time
// or exits; the netns is gone) opens a Gap, the tc process is replaced on the next tick, and the
// next good tick closes the Gap. stop() ends tc (stdin closed; it also dies with the agent).
import { statSync } from 'node:fs';
import { execa, type ResultPromise } from 'execa';
import type { QdiscSample } from '../../../proto/index.js';
import type { Emit, Source } from '../../core/source.js';
import { inNetns, OWN_NETNS, type NetnsTarget } from '../../core/netns.js';
import { commandFailure, dieWithParent, renderArgv, stderrTail } from '../../util/exec.js';
import { deriveAllRates, parseTcQdiscJson, qdiscKey } from './parse.js';

export interface QdiscSourceOptions {
  target: NetnsTarget;
  /** sampling period. Default 1000. */
  intervalMs?: number;
  /** the tc binary (a fake one on PATH in tests). Default "tc". */
  tcBin?: string;
  /** tc answering later than this fails the tick. Default 5000. */
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
  private tc: TcBatch | undefined;
  /** a tc being ended after a failed tick; stop() waits for it too */
  private closing: Promise<void> | undefined;

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
      this.retire();
      await this.closing;
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
    this.retire();
    await this.closing;
    this.emit = undefined;
  }

  /** Ends the current tc (if any) in the background; stop() waits for every one so ended. */
  private retire(): void {
    const tc = this.tc;
    this.tc = undefined;
    if (tc) this.closing = Promise.all([this.closing, tc.close()]).then(() => undefined);
  }

  /** The latest sample of every qdisc in the netns (with rates), as last emitted. */
  current(): QdiscSample[] {
    return [...this.latest.values()];
  }

  /** Takes one sample now: asks tc, derives rates against the previous samples, and updates current(). */
  async sample(): Promise<QdiscSample[]> {
    const askedMs = Date.now();
    if (this.opts.target.path !== OWN_NETNS) {
      // tc holds the netns open: a netns deleted under it would go on answering, so look first
      let inode: number | undefined;
      try {
        inode = statSync(this.opts.target.path).ino;
      } catch {
        /* gone */
      }
      if (inode !== this.opts.target.inode) {
        this.retire();
        throw new Error(`netns ${this.opts.target.name} is gone (${this.opts.target.path} ${inode === undefined ? 'no longer exists' : 'is another netns now'})`);
      }
    }
    if (!this.tc || this.tc.exited) this.tc = new TcBatch(inNetns(this.opts.target, [this.opts.tcBin, '-s', '-j', '-force', '-batch', '-']));
    let stdout: string;
    try {
      stdout = await this.tc.ask('qdisc show', this.opts.timeoutMs, this.abort?.signal);
    } catch (err) {
      if (!(err instanceof TcReported)) this.retire(); // no answer: a fresh tc on the next tick
      throw err;
    }
    // tc read the counters somewhere between the question and its answer: stamped at the midpoint, a
    // tc held up on a busy machine is off by half its round trip, not all of it (rates divide by the gap)
    const timeNs = Math.round((askedMs + Date.now()) / 2) * 1e6;
    const { samples } = parseTcQdiscJson(stdout, { timeNs, netns: this.opts.target.inode, netnsName: this.opts.target.name });
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

/** An error tc reported for a command; with -force it reads on, so the process stays. */
class TcReported extends Error {}

/**
 * One `tc -batch -` process: ask() writes a command line and resolves with the JSON line tc prints
 * for it, or rejects with tc's error (with -force tc reports "Command failed -:N" on stderr and reads
 * on), when it exits, or after timeoutMs. One question at a time.
 */
class TcBatch {
  private readonly child: ResultPromise;
  private out = '';
  private err = '';
  private waiter: { resolve: (line: string) => void; reject: (err: Error) => void } | undefined;
  exited = false;

  constructor(private readonly argv: string[]) {
    const [file, ...args] = dieWithParent(argv);
    this.child = execa(file!, args, { buffer: false, stdin: 'pipe', stdout: 'pipe', stderr: 'pipe', reject: false, cleanup: true });
    this.child.stdout!.setEncoding('utf8');
    this.child.stderr!.setEncoding('utf8');
    this.child.stdout!.on('data', (d: string) => {
      this.out += d;
      for (let nl = this.out.indexOf('\n'); nl >= 0; nl = this.out.indexOf('\n')) {
        const line = this.out.slice(0, nl);
        this.out = this.out.slice(nl + 1);
        this.settle(undefined, line); // one answer per question; anything else is dropped
      }
    });
    this.child.stderr!.on('data', (d: string) => {
      this.err = (this.err + d).slice(-4096);
      if (/Command failed/.test(this.err)) {
        const msg = `command '${renderArgv(this.argv)}' reported an error: ${stderrTail(this.err.replace(/Command failed[^\n]*\n?/g, ''), 2) || 'no message'}`;
        this.err = '';
        this.out = ''; // a partial answer is no answer
        this.settle(new TcReported(msg));
      }
    });
    this.child.stdin!.on('error', () => undefined); // EPIPE when tc is gone: reported by the exit below
    void this.child.then((r) => {
      this.exited = true;
      this.settle(commandFailure(argv, { exitCode: r.exitCode, signal: r.signal, code: (r as { code?: string }).code, stderr: this.err }));
    });
  }

  ask(command: string, timeoutMs: number, signal?: AbortSignal): Promise<string> {
    if (this.exited) return Promise.reject(new Error(`command '${renderArgv(this.argv)}' is not running`));
    return new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => this.settle(new Error(`command '${renderArgv(this.argv)}' did not answer within ${timeoutMs} ms`)), timeoutMs);
      const onAbort = () => this.settle(new Error('stopped'));
      signal?.addEventListener('abort', onAbort, { once: true });
      this.waiter = {
        resolve: (line) => { clearTimeout(timer); signal?.removeEventListener('abort', onAbort); resolve(line); },
        reject: (err) => { clearTimeout(timer); signal?.removeEventListener('abort', onAbort); reject(err); },
      };
      this.child.stdin!.write(`${command}\n`);
    });
  }

  /** Ends tc: stdin closed (tc exits at EOF), killed if it does not; resolves once it has exited. */
  async close(): Promise<void> {
    this.settle(new Error('closed'));
    if (this.exited) return;
    this.child.stdin!.end();
    const t = setTimeout(() => this.child.kill('SIGKILL'), 2000);
    await this.child;
    clearTimeout(t);
  }

  private settle(err: Error | undefined, line?: string): void {
    const w = this.waiter;
    this.waiter = undefined;
    if (!w) return;
    if (err) w.reject(err);
    else w.resolve(line!);
  }
}
