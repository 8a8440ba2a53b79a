// Runs one probe process (bpftrace, the netfilter loader, conntrack -E …): waits for its explicit
// readiness line, hands every stdout line to the parser (or, for a binary stream, every chunk after
// the readiness line), restarts it with backoff when it crashes and reports the uncovered stretch
// as a Gap, and stops it without leaving a child behind.
import { execa, type ResultPromise } from 'execa';
import type { Envelope } from '../../proto/index.js';
import type { Clock } from '../core/clock.js';
import { commandFailure, dieWithParent, stderrTail } from '../util/exec.js';

export interface RunnerSpec {
  /** names the runner in gaps and errors, e.g. "tracepoint" */
  name: string;
  argv: string[];
  /** true for the line that says the probes are attached (e.g. bpftrace's attached_probes) */
  isReady(line: string): boolean;
  /** every stdout line after readiness (and the readiness line itself) */
  onLine(line: string): void;
  /**
   * When given, the output after the readiness line is binary: its bytes go here, chunk by chunk as
   * they arrive (chunks are reused by no one: keep them), instead of being split into lines.
   */
  onData?: (chunk: Buffer) => void;
  /** called before each (re)start of the process, e.g. to drop a half-read frame of the last one */
  onSpawn?: () => void;
  /**
   * Some tools announce readiness before they are: bpftrace prints attached_probes before attaching.
   * When given, readiness also waits until this check (polled) says the probes are really in place.
   */
  confirmReady?: (pid: number, readyLine: string) => Promise<boolean>;
  readyTimeoutMs?: number;
  /** restart delays in ms; after the last one the runner gives up */
  backoffMs?: number[];
}

type State = 'idle' | 'starting' | 'running' | 'restarting' | 'stopped' | 'failed';

export class ProbeRunner {
  private child: ResultPromise | undefined;
  private state: State = 'idle';
  private stderr = '';
  private restarts = 0;
  private restartTimer: NodeJS.Timeout | undefined;
  private gapFrom = 0;
  /** the last failure, in one sentence, once the runner has given up */
  failure: string | undefined;

  constructor(
    private readonly spec: RunnerSpec,
    private readonly emit: (env: Envelope) => void,
    private readonly clock: Clock,
  ) {}

  get running(): boolean {
    return this.state === 'running';
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  /** Starts the process and resolves once it is ready; rejects with one sentence if it exits or times out first. */
  start(): Promise<void> {
    this.state = 'starting';
    return this.spawn();
  }

  private spawn(): Promise<void> {
    this.stderr = '';
    this.spec.onSpawn?.();
    const [file, ...args] = dieWithParent(this.spec.argv);
    const child = execa(file!, args, { buffer: false, stdin: 'pipe', stdout: 'pipe', stderr: 'pipe', reject: false, cleanup: true });
    this.child = child;
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (d: string) => {
      this.stderr = (this.stderr + d).slice(-8192);
    });
    return new Promise<void>((resolve, reject) => {
      let ready = false;
      const timeout = setTimeout(() => {
        if (ready) return;
        child.kill('SIGKILL');
        reject(new Error(`${this.spec.name}: not ready after ${(this.spec.readyTimeoutMs ?? 30000) / 1000}s: ${this.spec.argv[0]}${stderrTail(this.stderr) ? `: ${stderrTail(this.stderr)}` : ''}`));
      }, this.spec.readyTimeoutMs ?? 30000);
      let announced = false;
      let binary = false;
      let pending: Buffer | undefined;
      const becomeReady = () => {
        if (ready || child.exitCode !== null) return;
        ready = true;
        clearTimeout(timeout);
        this.state = 'running';
        if (this.gapFrom) {
          this.emit({ gap: { source: this.spec.name, reason: 'restarted', fromTimeNs: this.gapFrom, toTimeNs: this.clock.wallNow() } });
          this.gapFrom = 0;
        }
        resolve();
      };
      const confirm = async (line: string) => {
        while (!ready && child.exitCode === null && this.state !== 'stopped') {
          if (await this.spec.confirmReady!(child.pid!, line).catch(() => false)) return becomeReady();
          await new Promise((r) => setTimeout(r, 50));
        }
      };
      const onLine = (line: string) => {
        if (!announced && this.spec.isReady(line)) {
          announced = true;
          if (this.spec.confirmReady) void confirm(line);
          else becomeReady();
          if (this.spec.onData) binary = true;
        }
        // lines after the announcement are kept even while readiness is being confirmed
        if (announced) this.spec.onLine(line);
      };
      // lines split by hand (readline's regex split showed in profiles); a binary stream after readiness
      child.stdout!.on('data', (chunk: Buffer) => {
        if (binary) return this.spec.onData!(chunk);
        let buf = pending ? Buffer.concat([pending, chunk]) : chunk;
        pending = undefined;
        let start = 0;
        for (;;) {
          const nl = buf.indexOf(10, start);
          if (nl < 0) break;
          const end = nl > start && buf[nl - 1] === 13 ? nl - 1 : nl;
          onLine(buf.toString('utf8', start, end));
          start = nl + 1;
          if (binary) {
            if (start < buf.length) this.spec.onData!(buf.subarray(start));
            return;
          }
        }
        if (start < buf.length) pending = Buffer.from(buf.subarray(start));
      });
      child.stdout!.on('end', () => {
        if (!binary && pending?.length) onLine(pending.toString('utf8'));
        pending = undefined;
      });
      child.then((result) => {
        clearTimeout(timeout);
        const how = { exitCode: result.exitCode ?? null, signal: result.signal ?? null, stderr: this.stderr };
        const msg = `${this.spec.name}: ${commandFailure(this.spec.argv, how).message}`;
        if (!ready) {
          // a restart that stop() ended before it was ready has not failed: it stays stopped
          if (this.state !== 'stopped') {
            this.state = 'failed';
            this.failure = msg;
          }
          reject(new Error(msg));
          return;
        }
        if (this.state === 'stopped') return;
        this.crashed(msg);
      });
    });
  }

  private crashed(msg: string): void {
    if (this.state === 'stopped') return;
    const delays = this.spec.backoffMs ?? [250, 1000, 4000];
    if (!this.gapFrom) {
      this.gapFrom = this.clock.wallNow();
      this.emit({ gap: { source: this.spec.name, reason: msg, fromTimeNs: this.gapFrom, toTimeNs: 0 } });
    }
    if (this.restarts >= delays.length) {
      this.state = 'failed';
      this.failure = `${msg} (gave up after ${this.restarts} restarts)`;
      return;
    }
    this.state = 'restarting';
    const delay = delays[this.restarts++]!;
    this.restartTimer = setTimeout(() => {
      if (this.state !== 'restarting') return;
      this.spawn().catch((err: Error) => this.crashed(err.message));
    }, delay);
  }

  /** Stops the process: closes its stdin, SIGTERM, and SIGKILL after graceMs. Safe to call twice. */
  async stop(graceMs = 3000): Promise<void> {
    const prev = this.state;
    this.state = 'stopped';
    if (this.restartTimer) clearTimeout(this.restartTimer);
    const child = this.child;
    if (!child || prev === 'stopped' || child.exitCode !== null) {
      await child?.catch(() => undefined);
      return;
    }
    child.stdin?.end();
    child.kill('SIGTERM');
    const killer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    await child.catch(() => undefined);
    clearTimeout(killer);
  }
}
