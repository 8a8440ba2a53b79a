// docker through its Engine API on the daemon's unix socket ($DOCKER_HOST, else /var/run/docker.sock):
// /containers/json + /containers/ID/json for what runs now, the /events stream to name a container as
// it starts, and a slow poll behind that. No docker CLI needed (nor its version to match the daemon's).
import { existsSync } from 'node:fs';
import { request, type ClientRequest } from 'node:http';
import type { Identity, IdentitySource, Update } from './identity.js';
import { NETNS_READY, parseContainerEvent, parseOciInspect } from './parse.js';

export const DEFAULT_DOCKER_SOCKET = '/var/run/docker.sock';

/** The socket path from DOCKER_HOST (unix:// only), or the default; an error sentence for tcp:// and the like. */
export function dockerSocket(env: NodeJS.ProcessEnv = process.env): { path?: string; why?: string } {
  const host = env.DOCKER_HOST;
  if (!host) return { path: DEFAULT_DOCKER_SOCKET };
  if (host.startsWith('unix://')) return { path: host.slice('unix://'.length) };
  return { why: `DOCKER_HOST is ${host}, and only a unix:// socket is asked` };
}

export class DockerSource implements IdentitySource {
  readonly engine = 'docker';
  readonly kinds = ['container'] as const;
  private readonly socket: { path?: string; why?: string };
  private events: ClientRequest | undefined;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(private readonly opts: { socket?: string; pollMs?: number } = {}) {
    this.socket = opts.socket ? { path: opts.socket } : dockerSocket();
  }

  async canRun(): Promise<string | undefined> {
    if (!this.socket.path) return this.socket.why;
    if (!existsSync(this.socket.path)) return `no docker socket at ${this.socket.path}`;
    try {
      await this.get('/_ping');
      return undefined;
    } catch (err) {
      return `the docker daemon at ${this.socket.path} does not answer: ${(err as Error).message}`;
    }
  }

  private get(path: string, timeoutMs = 10_000): Promise<string> {
    return new Promise((resolve, reject) => {
      const req = request({ socketPath: this.socket.path, path, method: 'GET', headers: { host: 'docker' }, timeout: timeoutMs }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const body = Buffer.concat(chunks).toString('utf8');
          if ((res.statusCode ?? 500) >= 300) reject(new Error(`GET ${path}: HTTP ${res.statusCode}: ${body.trim().slice(0, 200)}`));
          else resolve(body);
        });
        res.on('error', reject);
      });
      req.on('timeout', () => req.destroy(new Error(`GET ${path} timed out`)));
      req.on('error', reject);
      req.end();
    });
  }

  async inspect(ids: string[]): Promise<Identity[]> {
    const all = await Promise.all(
      ids.map((id) =>
        this.get(`/containers/${encodeURIComponent(id)}/json`).then(
          (body) => parseOciInspect([JSON.parse(body)], this.engine),
          () => [] as Identity[], // removed meanwhile
        ),
      ),
    );
    return all.flat();
  }

  async list(): Promise<Identity[]> {
    const list = JSON.parse(await this.get('/containers/json?all=1')) as { Id?: string }[];
    return this.inspect(list.map((c) => c.Id ?? '').filter(Boolean));
  }

  async start(update: Update): Promise<void> {
    this.stopped = false;
    update(await this.list());
    this.follow(update);
    const poll = this.opts.pollMs ?? 10_000;
    if (poll > 0) {
      this.timer = setInterval(() => {
        if (!this.stopped) this.list().then(update, () => undefined);
      }, poll);
      this.timer.unref();
    }
  }

  /** The /events stream (one JSON object a line); reconnects while running if the daemon restarts. */
  private follow(update: Update): void {
    const filters = encodeURIComponent(JSON.stringify({ type: ['container'], event: ['start', 'restart'] }));
    const req = request({ socketPath: this.socket.path, path: `/events?filters=${filters}`, method: 'GET', headers: { host: 'docker' } }, (res) => {
      let buf = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buf += chunk;
        let nl: number;
        while ((nl = buf.indexOf('\n')) >= 0) {
          const line = buf.slice(0, nl);
          buf = buf.slice(nl + 1);
          const ev = parseContainerEvent(line);
          if (ev && NETNS_READY.has(ev.action)) this.inspect([ev.id]).then(update, () => undefined);
        }
      });
      res.on('end', () => this.again(update));
      res.on('error', () => undefined);
    });
    req.on('error', () => this.again(update));
    req.end();
    this.events = req;
  }

  private again(update: Update): void {
    if (this.stopped) return;
    setTimeout(() => {
      if (!this.stopped) this.follow(update);
    }, 1000).unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    this.events?.destroy();
    this.events = undefined;
  }
}
