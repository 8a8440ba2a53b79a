// podman through its CLI (rootful; no API service needs to run): `podman ps` + `podman inspect` for what
// runs now, `podman events` to name a container the moment it is initialised (its netns exists from
// `init` on, before its process starts), and a slow poll behind that in case events are off.
//
// On an event the name is known at once and the netns soon after: the container's pid is in the pidfile
// runc wrote under podman's run root before podman reported `init`, so /proc/PID/ns/net names the netns
// within a millisecond. `podman inspect` (a Go binary opening podman's database: 60 ms on an idle
// machine, seconds on a busy one) confirms it after; a container that lives half a second is named
// before its first journey is published (200 ms after its last hop).
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { execa } from 'execa';
import { commandFailure, dieWithParent } from '../util/exec.js';
import type { Identity, IdentitySource, Update } from './identity.js';
import { NETNS_READY, parseContainerEvent, parseOciInspect } from './parse.js';

export interface CliEngineOptions {
  /** the CLI to run (default "podman") */
  bin?: string;
  /** full re-list every this many ms, behind the events (default 10000; 0: never) */
  pollMs?: number;
}

export class PodmanSource implements IdentitySource {
  readonly engine = 'podman';
  readonly kinds = ['container'] as const;
  readonly netnsFile = /^netns-[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/;
  private readonly bin: string;
  private events: ChildProcess | undefined;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;
  /** where runc's pidfiles are: RunRoot/DRIVER-containers/ID/userdata/pidfile */
  private containersRun: string | undefined;

  constructor(private readonly opts: CliEngineOptions = {}) {
    this.bin = opts.bin ?? 'podman';
  }

  async canRun(): Promise<string | undefined> {
    const r = await execa(this.bin, ['version', '--format', '{{.Client.Version}}'], { reject: false, timeout: 10_000 });
    if (r.exitCode === 0) return undefined;
    if ((r as { code?: string }).code === 'ENOENT') return 'podman is not installed';
    return `'podman version' failed: ${commandFailure([this.bin, 'version'], r).message}`;
  }

  async list(): Promise<Identity[]> {
    const ps = await execa(this.bin, ['ps', '-a', '-q', '--no-trunc'], { reject: false, timeout: 15_000 });
    if (ps.exitCode !== 0) throw commandFailure([this.bin, 'ps', '-a', '-q'], ps);
    const ids = ps.stdout.split('\n').map((l) => l.trim()).filter(Boolean);
    return this.inspect(ids);
  }

  /** inspect of some containers; one that is gone meanwhile is left out, not an error */
  async inspect(ids: string[]): Promise<Identity[]> {
    if (!ids.length) return [];
    const r = await execa(this.bin, ['inspect', '--type', 'container', ...ids], { reject: false, timeout: 15_000 });
    // podman prints the ones it found and exits 125 naming the others
    if (!r.stdout.trim()) return [];
    return parseOciInspect(r.stdout, this.engine);
  }

  async start(update: Update): Promise<void> {
    this.stopped = false;
    const info = await execa(this.bin, ['info', '--format', '{{.Store.RunRoot}} {{.Store.GraphDriverName}}'], { reject: false, timeout: 15_000 });
    const [runRoot, driver] = info.stdout.trim().split(' ');
    if (info.exitCode === 0 && runRoot && driver) this.containersRun = `${runRoot}/${driver}-containers`;
    update(await this.list());
    const argv = dieWithParent([this.bin, 'events', '--format', 'json', '--filter', 'type=container']);
    const child = spawn(argv[0]!, argv.slice(1), { stdio: ['ignore', 'pipe', 'ignore'] });
    this.events = child;
    child.on('error', () => undefined);
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      const ev = parseContainerEvent(line);
      if (!ev || !NETNS_READY.has(ev.action)) return;
      const quick = this.fromPidfile(ev.id, ev.name);
      if (quick) update([quick]);
      this.inspect([ev.id]).then(update, () => undefined);
    });
    const poll = this.opts.pollMs ?? 10_000;
    if (poll > 0) {
      this.timer = setInterval(() => {
        if (!this.stopped) this.list().then(update, () => undefined);
      }, poll);
      this.timer.unref();
    }
  }

  /** The container as its event and runc's pidfile tell it, before podman is asked (see the top). */
  private fromPidfile(id: string, name: string | undefined): Identity | undefined {
    if (!name || !this.containersRun || !/^[0-9a-f]{64}$/.test(id)) return undefined;
    try {
      const pid = Number(readFileSync(`${this.containersRun}/${id}/userdata/pidfile`, 'utf8').trim());
      return pid > 0 ? { engine: this.engine, kind: 'container', name, id, pid, running: true, guess: true } : undefined;
    } catch {
      return undefined;
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    const child = this.events;
    this.events = undefined;
    if (child && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise<void>((r) => child.once('exit', () => r()));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 2000).unref())]);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
  }
}
