// The conntrack source for one network namespace: a SNAPSHOT event per row of `conntrack -L`, then the
// live `conntrack -E` stream, and ConntrackStats (nf_conntrack_count / nf_conntrack_max) every second.
//
// Readiness: `conntrack -E` prints nothing until an event happens, so "started" is not "subscribed".
// The stream is started first and is ready once the kernel shows its NETLINK_NETFILTER socket with
// event groups bound (/proc/PID/net/netlink, Groups != 0, inode among /proc/PID/fd); only then is the
// -L snapshot taken. A change between the two shows up as an event (maybe also in the snapshot),
// never in neither.
//
// Lifetime: the stream runs as `setpriv --pdeathsig TERM -- nsenter --net=NS -- conntrack -E …`.
// setpriv and nsenter (net only, no fork) exec in place, so the child's pid is conntrack's own, and
// the kernel sends it SIGTERM if the agent dies, even by SIGKILL: no orphaned `conntrack -E`.
// Crash: an unexpected exit emits an open Gap, restarts with backoff (0.25 s doubling to 10 s), and
// once the new stream is subscribed emits the closing Gap (same from_time_ns, to_time_ns set) and a
// fresh snapshot, since events in the gap are lost. ENOBUFS (kernel dropped events) gives a LostEvents.
import { execa, type ResultPromise } from 'execa';
import { closeSync, constants as fsc, mkdtempSync, openSync, rmSync } from 'node:fs';
import { readFile, readdir, readlink } from 'node:fs/promises';
import { Socket, type SocketConstructorOpts } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { createInterface } from 'node:readline';
import { LossStage, type ConntrackEvent, type ConntrackStats } from '../../../proto/index.js';
import type { Emit, Source } from '../../core/source.js';
import { inNetns, OWN_NETNS, type NetnsTarget } from '../../core/netns.js';
import { commandFailure, stderrTail } from '../../util/exec.js';
import { parseConntrackLine, parseSnapshotLine } from './parse.js';
import { SnapshotWireEncoder } from './wire.js';

export interface SnapshotWireOptions {
  /** a piece of rows (ConntrackTable.entries fields, after `head`); a promise pauses conntrack until it settles */
  onBytes: (bytes: Buffer, release: () => void) => void | Promise<void>;
  /** the bytes to put in front of the next piece's rows (`rowBytes` of them) */
  head?: (rowBytes: number) => Uint8Array;
  /** with filters: the rows to keep; it sees what filters look at (see SnapshotWireEncoder) */
  keep?: (ev: ConntrackEvent) => boolean;
  /** about how many bytes of rows per piece (default 128 KiB; Infinity: the whole table in one piece) */
  chunkBytes?: number;
  /** with chunkBytes Infinity: the bytes the table is expected to take (one buffer of that size, grown if it is short) */
  sizeHint?: number;
  signal?: AbortSignal;
}

export interface ConntrackSourceOptions {
  target: NetnsTarget;
  /** ConntrackStats period; 0 turns periodic stats off (the start-up one is still emitted). Default 1000. */
  statsIntervalMs?: number;
  /** how long start() waits for the stream to subscribe. Default 5000. */
  readyTimeoutMs?: number;
  /** first restart delay after a crash, doubled each failed try up to restartMaxMs. Default 250 / 10000. */
  restartInitialMs?: number;
  restartMaxMs?: number;
  /** netlink receive buffer for `conntrack -E` (its --buffer-size). Default 4 MiB. */
  bufferBytes?: number;
  /** the conntrack binary (a fake one on PATH in tests). Default "conntrack". */
  conntrackBin?: string;
  /** where nf_conntrack_count/_max are read for the agent's own netns (a fake in tests). Default /proc/sys/net/netfilter. */
  netfilterDir?: string;
  /** decides that the stream with this pid is subscribed; default: its netlink socket has groups bound */
  isSubscribed?: (pid: number) => Promise<boolean>;
}

const PROC_NF = '/proc/sys/net/netfilter';
const STDERR_TAIL = 2000;

export class ConntrackSource implements Source {
  readonly name: string;
  private readonly opts: Required<Omit<ConntrackSourceOptions, 'isSubscribed'>> & Pick<ConntrackSourceOptions, 'isSubscribed'>;
  private emit: Emit | undefined;
  /** the current stream */
  private child: ResultPromise | undefined;
  /** every stream not yet reaped, so stop() can wait for all of them */
  private readonly live = new Map<ResultPromise, Promise<unknown>>();
  private statsTimer: NodeJS.Timeout | undefined;
  private restartTimer: NodeJS.Timeout | undefined;
  private restartDelay: number;
  private gapFromNs = 0;
  private stopping = false;
  private started = false;
  /** the current stream has subscribed (it runs inside the netns) */
  private streamReady = false;
  /** this kernel shows the netns the agent's own nf_conntrack_max (undefined until the first read through nsenter) */
  private sharedMax: boolean | undefined;

  constructor(opts: ConntrackSourceOptions) {
    this.opts = {
      statsIntervalMs: 1000,
      readyTimeoutMs: 5000,
      restartInitialMs: 250,
      restartMaxMs: 10_000,
      bufferBytes: 4 * 1024 * 1024,
      conntrackBin: 'conntrack',
      netfilterDir: PROC_NF,
      ...opts,
    };
    this.name = `conntrack:${opts.target.name}`;
    this.restartDelay = this.opts.restartInitialMs;
  }

  async canRun(): Promise<string | undefined> {
    if (typeof process.getuid === 'function' && process.getuid() !== 0) return 'the conntrack source needs root to read the conntrack table; run the agent as root.';
    const missing = [];
    for (const tool of [this.opts.conntrackBin, 'setpriv', ...(this.isOwn() ? [] : ['nsenter'])]) if (!(await onPath(tool))) missing.push(tool);
    if (missing.length) return `the conntrack source needs ${missing.join(' and ')} on PATH (apt-get install conntrack util-linux).`;
    try {
      await readFile(`${this.opts.netfilterDir}/nf_conntrack_max`, 'utf8');
    } catch {
      return `connection tracking is not loaded (${this.opts.netfilterDir}/nf_conntrack_max is missing); load it with 'modprobe nf_conntrack'.`;
    }
    return undefined;
  }

  async start(emit: Emit): Promise<void> {
    if (this.started) throw new Error(`${this.name}: already started`);
    this.started = true;
    this.stopping = false;
    this.emit = emit;
    try {
      await this.startStream();
      await this.emitSnapshot();
      emit({ conntrackStats: await this.stats() });
    } catch (err) {
      await this.stop();
      throw new Error(`starting ${this.name}: ${(err as Error).message}`, { cause: err });
    }
    if (this.opts.statsIntervalMs > 0) {
      this.statsTimer = setInterval(() => {
        this.stats().then(
          (s) => { if (!this.stopping) this.emit?.({ conntrackStats: s }); },
          () => { /* the netns may be going away; the stream's exit reports that */ },
        );
      }, this.opts.statsIntervalMs);
      this.statsTimer.unref();
    }
  }

  async stop(): Promise<void> {
    this.stopping = true;
    if (this.statsTimer) clearInterval(this.statsTimer);
    if (this.restartTimer) clearTimeout(this.restartTimer);
    this.statsTimer = this.restartTimer = undefined;
    this.child = undefined;
    this.streamReady = false;
    for (const child of this.live.keys()) child.kill('SIGTERM');
    await Promise.all(this.live.values());
    this.started = false;
  }

  /** The table now: one SNAPSHOT event per row of `conntrack -L -o extended,id`. */
  async snapshot(): Promise<ConntrackEvent[]> {
    const events: ConntrackEvent[] = [];
    await this.snapshotEach((ev) => events.push(ev));
    return events;
  }

  /**
   * The table now, row by row to onEvent while `conntrack -L` is still writing: parsing overlaps the
   * kernel's dump (at 100,000 entries conntrack itself takes over a second), and no copy of the whole
   * output is held. Resolves with the row count once conntrack has exited; rejects if it failed.
   */
  async snapshotEach(onEvent: (ev: ConntrackEvent) => void): Promise<number> {
    const ctx = this.ctx(Date.now() * 1e6);
    const argv = inNetns(this.opts.target, [this.opts.conntrackBin, '-L', '-o', 'extended,id']);
    const child = execa(argv[0]!, argv.slice(1), { stdin: 'ignore', reject: false, buffer: false });
    let stderr = '';
    child.stderr!.setEncoding('utf8');
    child.stderr!.on('data', (d: string) => (stderr = (stderr + d).slice(-STDERR_TAIL)));
    let rows = 0;
    let partial = '';
    const line = (l: string) => {
      const ev = parseSnapshotLine(l, ctx);
      if (!ev) return;
      onEvent(ev);
      rows++;
    };
    child.stdout!.setEncoding('utf8');
    child.stdout!.on('data', (chunk: string) => {
      const text = partial + chunk;
      let from = 0;
      for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', from)) {
        line(text.slice(from, nl));
        from = nl + 1;
      }
      partial = text.slice(from);
    });
    const res = await child;
    if (partial) line(partial);
    if (res.exitCode !== 0) throw commandFailure(argv, { exitCode: res.exitCode, signal: res.signal, stderr, code: (res as { code?: string }).code });
    return rows;
  }

  /**
   * The table now as protobuf bytes (ConntrackTable.entries fields), encoded from conntrack's output as
   * it arrives, with no object per row (see wire.ts): onBytes gets about chunkBytes at a time. When
   * onBytes returns a promise, reading pauses until it settles, so a slow client holds conntrack back
   * instead of the agent buffering the table. `keep` filters rows (tested on the byte path for
   * rows of the common shape); `signal` ends conntrack early; `head` is put in front of each piece's rows (a message's
   * other fields), and `release` gives a piece's buffer back for the next ones once it is no longer
   * read. Resolves with the row count; rejects if conntrack failed.
   */
  async snapshotWire(opts: SnapshotWireOptions): Promise<number> {
    const chunkBytes = opts.chunkBytes ?? 128 * 1024;
    const enc = new SnapshotWireEncoder(this.ctx(Date.now() * 1e6), opts.keep, chunkBytes, opts.sizeHint);
    const argv = inNetns(this.opts.target, [this.opts.conntrackBin, '-L', '-o', 'extended,id']);
    // conntrack's output through a FIFO read into one buffer (net.Socket's onread), not a pipe whose
    // every read is a new Buffer: at 100,000 rows those are 17 MB of garbage per snapshot that V8
    // frees late (external memory), the bulk of the agent's peak RSS; a pipe when no FIFO can be made
    const fifo = await openFifo();
    let child: ResultPromise;
    try {
      child = execa(argv[0]!, argv.slice(1), { stdin: 'ignore', stdout: (fifo ? fifo.wfd : 'pipe') as 'pipe', reject: false, buffer: false, ...(opts.signal ? { cancelSignal: opts.signal } : {}) });
    } catch (err) {
      if (fifo) closeSync(fifo.rfd); // nothing will read it
      throw err;
    } finally {
      if (fifo) closeSync(fifo.wfd); // conntrack holds the write end: EOF comes when it exits
    }
    let stderr = '';
    child.stderr!.setEncoding('utf8');
    child.stderr!.on('data', (d: string) => (stderr = (stderr + d).slice(-STDERR_TAIL)));
    let failed: unknown;
    let waiting: Promise<void> | undefined;
    const onChunk = (chunk: Buffer) => {
      if (failed !== undefined) return;
      enc.push(chunk);
      if (enc.size >= chunkBytes) hand(enc.take(opts.head?.(enc.size)));
    };
    let stdout: Readable;
    let eof: Promise<void>;
    let closeFifo = () => {};
    if (fifo) {
      // onread (one buffer for every read) is in the Socket constructor since Node 12; @types/node lists it for connect() only
      const onread = { buffer: Buffer.allocUnsafe(64 * 1024), callback: (n: number, b: Uint8Array) => void onChunk(Buffer.from(b.buffer, b.byteOffset, n)) };
      const sock = new Socket({ fd: fifo.rfd, readable: true, writable: false, onread } as SocketConstructorOpts);
      stdout = sock;
      eof = new Promise<void>((resolve) => {
        sock.once('end', resolve);
        sock.once('close', () => resolve());
        sock.once('error', (err) => { failed ??= err; resolve(); });
      }).finally(() => sock.destroy());
      closeFifo = () => sock.destroy();
    } else {
      stdout = child.stdout!;
      stdout.on('data', onChunk);
      eof = Promise.resolve();
    }
    const hand = (bytes: Buffer) => {
      let r: void | Promise<void>;
      try {
        r = opts.onBytes(bytes, () => enc.recycle(bytes));
      } catch (err) {
        failed ??= err;
        child.kill('SIGTERM');
        return;
      }
      if (r && typeof r.then === 'function') {
        stdout.pause();
        waiting = r.then(
          () => { waiting = undefined; stdout.resume(); },
          (err: unknown) => { failed ??= err; child.kill('SIGTERM'); stdout.resume(); },
        );
      }
    };
    const res = await child;
    // on success the rest of the output is still in the FIFO; on failure nothing more is read (a
    // process conntrack left behind may hold the FIFO open: closing the read end ends it)
    if (failed === undefined && !res.isCanceled && res.exitCode === 0) await eof;
    else closeFifo();
    await waiting;
    if (failed !== undefined) throw failed;
    if (res.isCanceled) throw new Error(`${this.name}: conntrack -L was cancelled`);
    if (res.exitCode !== 0) throw commandFailure(argv, { exitCode: res.exitCode, signal: res.signal, stderr, code: (res as { code?: string }).code });
    enc.end();
    if (enc.size > 0) {
      hand(enc.take(opts.head?.(enc.size)));
      await waiting;
      if (failed !== undefined) throw failed;
    }
    return enc.rows;
  }

  /**
   * nf_conntrack_count (per netns) and nf_conntrack_max. In another netns the count is read without a
   * process: from /proc/PID/net/stat/nf_conntrack of the running `conntrack -E` (which lives in that
   * netns; its first column is the same counter), and the max from the agent's own sysctl, once the
   * first read through nsenter has shown that this kernel keeps one max for every netns. Otherwise,
   * and while the stream is down, `nsenter … cat` as before.
   */
  async stats(): Promise<ConntrackStats> {
    const timeNs = Date.now() * 1e6;
    const done = (count: number, max: number): ConntrackStats => ({ timeNs, netns: this.opts.target.inode, netnsName: this.opts.target.name, count, max });
    if (this.isOwn()) {
      const [count, max] = await Promise.all(['nf_conntrack_count', 'nf_conntrack_max'].map(async (f) => Number((await readFile(`${this.opts.netfilterDir}/${f}`, 'utf8')).trim())));
      return done(count ?? 0, max ?? 0);
    }
    const pid = this.streamPid;
    if (this.sharedMax && pid !== undefined) {
      try {
        const [stat, max] = await Promise.all([readFile(`/proc/${pid}/net/stat/nf_conntrack`, 'latin1'), readFile(`${PROC_NF}/nf_conntrack_max`, 'latin1')]);
        // "entries  clashres …\n000186a0  00000000 …": hex, one row per CPU, the same count in each
        const first = stat.split('\n', 2)[1]?.trim().split(/\s+/, 1)[0];
        // the pid is still ours and still the stream (not recycled) when it is the current child
        if (first && /^[0-9a-f]+$/i.test(first) && this.streamPid === pid) return done(parseInt(first, 16), Number(max.trim()));
      } catch {
        // the stream just exited, or this kernel has no conntrack procfs: read it the slow way
      }
    }
    const argv = inNetns(this.opts.target, ['cat', `${PROC_NF}/nf_conntrack_count`, `${PROC_NF}/nf_conntrack_max`]);
    const res = await execa(argv[0]!, argv.slice(1), { stdin: 'ignore', reject: false });
    if (res.exitCode !== 0) throw commandFailure(argv, { exitCode: res.exitCode, signal: res.signal, stderr: String(res.stderr ?? ''), code: (res as { code?: string }).code });
    const [count, max] = String(res.stdout).split(/\s+/).filter(Boolean).map(Number);
    if (this.sharedMax === undefined && max !== undefined) {
      const own = Number((await readFile(`${PROC_NF}/nf_conntrack_max`, 'latin1').catch(() => '')).trim());
      this.sharedMax = own === max;
    }
    return done(count ?? 0, max ?? 0);
  }

  /** the pid of the subscribed `conntrack -E` (setpriv and nsenter exec, so it is conntrack's own and inside the netns) */
  private get streamPid(): number | undefined {
    return this.child && this.streamReady ? this.child.pid : undefined;
  }

  private isOwn(): boolean {
    return this.opts.target.path === OWN_NETNS;
  }

  private ctx(timeNs?: number) {
    return { netns: this.opts.target.inode, netnsName: this.opts.target.name, timeNs };
  }

  private async emitSnapshot(): Promise<void> {
    await this.snapshotEach((ev) => this.emit?.({ conntrack: ev }));
  }

  /** Spawns `conntrack -E` and resolves once it is subscribed; rejects if it exits or times out first. */
  private async startStream(): Promise<void> {
    const argv = ['setpriv', '--pdeathsig', 'TERM', '--', ...inNetns(this.opts.target, [
      this.opts.conntrackBin, '-E', '-o', 'timestamp,extended,id', '--buffer-size', String(this.opts.bufferBytes),
    ])];
    const child: ResultPromise = execa(argv[0]!, argv.slice(1), { stdin: 'ignore', buffer: false, reject: false, forceKillAfterDelay: 2000 });
    this.child = child;
    this.streamReady = false;
    let stderr = '';
    let exited = false;
    let ready = false;
    child.stderr!.setEncoding('utf8');
    child.stderr!.on('data', (chunk: string) => {
      stderr = (stderr + chunk).slice(-STDERR_TAIL);
      for (const line of chunk.split('\n')) {
        if (parseConntrackLine(line).type === 'enobufs') {
          // conntrack keeps running but does not say how many: count 1 = "at least one"
          this.emit?.({ lost: { stage: LossStage.LOSS_STAGE_KERNEL_BUFFER, source: this.name, count: 1, timeNs: Date.now() * 1e6 } });
        }
      }
    });
    const lines = createInterface({ input: child.stdout!, crlfDelay: Infinity });
    lines.on('line', (line) => {
      const parsed = parseConntrackLine(line, this.ctx(Date.now() * 1e6));
      if (parsed.type === 'event' && this.child === child) this.emit?.({ conntrack: parsed.event });
    });
    this.live.set(child, child.then((res) => {
      exited = true;
      this.live.delete(child);
      if (this.child !== child) return; // stopped, or given up on
      this.child = undefined;
      this.streamReady = false;
      // before readiness the waiting loop below reports the failure; after it, this is a crash
      if (ready && !this.stopping) this.onCrash(`conntrack -E exited (${res.signal ?? `code ${res.exitCode}`}): ${tail(stderr) || 'no message'}`);
    }));

    const isSubscribed = this.opts.isSubscribed ?? netlinkSubscribed;
    const deadline = Date.now() + this.opts.readyTimeoutMs;
    for (;;) {
      if (exited) throw new Error(`conntrack -E exited before subscribing: ${tail(stderr) || 'no message'}`);
      if (this.child !== child) throw new Error('stopped while waiting for conntrack -E to subscribe');
      if (child.pid !== undefined && (await isSubscribed(child.pid).catch(() => false))) {
        ready = true;
        if (this.child === child) this.streamReady = true;
        return;
      }
      if (Date.now() > deadline) {
        this.child = undefined;
        child.kill('SIGTERM');
        throw new Error(`conntrack -E did not subscribe to conntrack events within ${this.opts.readyTimeoutMs} ms: ${tail(stderr) || 'no message'}`);
      }
      await sleep(20);
    }
  }

  private onCrash(reason: string): void {
    if (this.gapFromNs === 0) {
      this.gapFromNs = Date.now() * 1e6;
      this.emit?.({ gap: { source: this.name, reason, fromTimeNs: this.gapFromNs, toTimeNs: 0 } });
    }
    this.scheduleRestart(reason);
  }

  private scheduleRestart(reason: string): void {
    const delay = this.restartDelay;
    this.restartDelay = Math.min(this.restartDelay * 2, this.opts.restartMaxMs);
    this.restartTimer = setTimeout(() => {
      this.restartTimer = undefined;
      if (this.stopping) return;
      this.startStream().then(
        async () => {
          if (this.stopping) return;
          this.restartDelay = this.opts.restartInitialMs;
          this.emit?.({ gap: { source: this.name, reason, fromTimeNs: this.gapFromNs, toTimeNs: Date.now() * 1e6 } });
          this.gapFromNs = 0;
          await this.emitSnapshot().catch(() => undefined);
        },
        (err: Error) => {
          if (!this.stopping) this.scheduleRestart(`${reason}; restart failed: ${err.message}`);
        },
      );
    }, delay);
    this.restartTimer.unref();
  }
}

/** true once pid holds a NETLINK_NETFILTER (12) socket bound to multicast groups (the ctnetlink event groups). */
export async function netlinkSubscribed(pid: number): Promise<boolean> {
  const inodes = new Set<string>();
  for (const fd of await readdir(`/proc/${pid}/fd`)) {
    const link = await readlink(`/proc/${pid}/fd/${fd}`).catch(() => '');
    const m = /^socket:\[(\d+)\]$/.exec(link);
    if (m) inodes.add(m[1]!);
  }
  if (inodes.size === 0) return false;
  // sk Eth Pid Groups Rmem Wmem Dump Locks Drops Inode — Groups is hex
  const table = await readFile(`/proc/${pid}/net/netlink`, 'utf8');
  return table.split('\n').slice(1).some((row) => {
    const f = row.trim().split(/\s+/);
    return f.length >= 10 && f[1] === '12' && parseInt(f[3]!, 16) !== 0 && inodes.has(f[9]!);
  });
}

/**
 * A FIFO opened at both ends (the read end non-blocking, for the event loop) and already unlinked,
 * so nothing is left behind; undefined when none can be made (no mkfifo, no writable temp dir).
 */
async function openFifo(): Promise<{ rfd: number; wfd: number } | undefined> {
  let dir: string | undefined;
  try {
    dir = mkdtempSync(join(tmpdir(), 'netscope-ct-'));
    const path = join(dir, 'list');
    const res = await execa('mkfifo', ['-m', '600', path], { stdin: 'ignore', reject: false });
    if (res.exitCode !== 0) return undefined;
    const rfd = openSync(path, fsc.O_RDONLY | fsc.O_NONBLOCK);
    try {
      return { rfd, wfd: openSync(path, fsc.O_WRONLY) };
    } catch {
      closeSync(rfd);
      return undefined;
    }
  } catch {
    return undefined;
  } finally {
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

async function onPath(tool: string): Promise<boolean> {
  const res = await execa('sh', ['-c', 'command -v "$1"', 'sh', tool], { reject: false, stdin: 'ignore' });
  return res.exitCode === 0;
}

const tail = (s: string): string => stderrTail(s, 3);

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
