import t from 'tap';
import { mkdtempSync, writeFileSync, statSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Identity, IdentitySource } from '../../../agent/identity/identity.js';
import { IdentityNames } from '../../../agent/identity/names.js';
import { lookupIdentity, parseIdentitySpec } from '../../../agent/identity/resolve.js';
import { UserError } from '../../../agent/util/errors.js';

/** A source that answers from a list (the parsing is tested against the real engines' output elsewhere). */
function source(engine: string, ids: Identity[] | string): IdentitySource & { updates: ((ids: Identity[]) => void)[] } {
  const updates: ((ids: Identity[]) => void)[] = [];
  return {
    engine,
    kinds: /CRI/.test(engine) ? ['pod'] : ['container'],
    updates,
    canRun: async () => (typeof ids === 'string' ? ids : undefined),
    list: async () => (typeof ids === 'string' ? [] : ids),
    start: async (u) => {
      updates.push(u);
      u(typeof ids === 'string' ? [] : ids);
    },
    stop: async () => undefined,
  };
}

const dir = mkdtempSync(join(tmpdir(), 'ns-identity-'));
t.teardown(() => rmSync(dir, { recursive: true, force: true }));
// a plain file stands in for a netns path: only its inode is read
const nsFile = (name: string): { path: string; inode: number } => {
  const path = join(dir, name);
  writeFileSync(path, '');
  return { path, inode: statSync(path).ino };
};

t.test('container:NAME and pod:[NS/]NAME', async (t) => {
  t.same(parseIdentitySpec('container:web'), { kind: 'container', name: 'web', spec: 'container:web' });
  t.same(parseIdentitySpec('pod:default/web-1'), { kind: 'pod', name: 'web-1', namespace: 'default', spec: 'pod:default/web-1' });
  t.match(parseIdentitySpec('pod:web-1'), { namespace: 'default', name: 'web-1' }, 'no namespace: default, as kubectl and hubble');
  t.equal(parseIdentitySpec('lab-host01'), undefined);
  t.equal(parseIdentitySpec('/proc/1/ns/net'), undefined);
  t.throws(() => parseIdentitySpec('container:'), UserError);
  t.throws(() => parseIdentitySpec('pod:a/b/c'), /not a pod name/);
});

t.test('lookup: the running container with its netns; unknown names name the engines asked', async (t) => {
  const ns = nsFile('web');
  const web: Identity = { engine: 'podman', kind: 'container', name: 'web', id: 'abc', netnsPath: ns.path, running: true };
  const srcs = () => [source('podman', [web]), source('docker', []), source('CRI at unix:///run/containerd/containerd.sock', 'no CRI socket at /run/containerd/containerd.sock')];
  t.same(await lookupIdentity('container:web', srcs()), { name: 'web (podman)', path: ns.path, inode: ns.inode });
  await t.rejects(lookupIdentity('container:nope', srcs()), {
    name: 'UserError',
    message: "unknown container 'nope': no container by that name in podman or docker.",
  });
  await t.rejects(lookupIdentity('pod:default/x', srcs()), { message: 'unknown pod default/x: no CRI runtime (containerd, CRI-O) answered here (not asked: CRI at unix:///run/containerd/containerd.sock: no CRI socket at /run/containerd/containerd.sock).' });
  await t.rejects(lookupIdentity('container:x', [source('podman', 'podman is not installed')]), { message: 'unknown container \'x\': no container engine (podman, docker) answered here (not asked: podman: podman is not installed).' });
  const stopped: Identity = { ...web, name: 'old', running: false };
  await t.rejects(lookupIdentity('container:old', [source('podman', [stopped])]), { message: /is not running, so it has no network namespace/ });
  const twice = [source('podman', [web]), source('docker', [{ ...web, engine: 'docker' }])];
  await t.rejects(lookupIdentity('container:web', twice), { message: /ambiguous: podman or docker/ });
  const pod: Identity = { engine: 'containerd', kind: 'pod', name: 'web-1', namespace: 'default', id: 'p', netnsPath: ns.path, running: true };
  t.match(await lookupIdentity('pod:web-1', [source('containerd (CRI at unix:///x.sock)', [pod])]), { name: 'pod default/web-1', inode: ns.inode });
  await t.rejects(lookupIdentity('pod:other/web-1', [source('containerd (CRI at unix:///x.sock)', [pod])]), { message: 'unknown pod other/web-1: no pod by that name in containerd.' });
});

t.test('names: the map the pipeline holds gets container names; a gone one keeps its name', async (t) => {
  const a = nsFile('a');
  const names = new Map<number, string>([[a.inode, 'netns-aaec625d']]);
  const podman = source('podman', [{ engine: 'podman', kind: 'container', name: 'web', id: '1', netnsPath: a.path, running: true }]);
  const n = new IdentityNames(names, [podman, source('docker', 'no docker socket at /var/run/docker.sock')]);
  const st = await n.start();
  t.same(st.running, ['podman']);
  t.same([...st.off], [['docker', 'no docker socket at /var/run/docker.sock']]);
  t.equal(names.get(a.inode), 'web (podman)', 'replaces the /run/netns file name');
  // a container that joined web's netns later does not rename it
  podman.updates[0]!([{ engine: 'podman', kind: 'container', name: 'sidecar', id: '2', netnsPath: a.path, running: true, shared: true }]);
  t.equal(names.get(a.inode), 'web (podman)');
  // a new container named by an event; then its netns is gone: the name stays
  const b = nsFile('b');
  const c = nsFile('c'); // made now: a file made after b is removed may get b's inode
  podman.updates[0]!([{ engine: 'podman', kind: 'container', name: 'short', id: '3', netnsPath: b.path, running: true }]);
  t.equal(names.get(b.inode), 'short (podman)');
  rmSync(b.path);
  podman.updates[0]!([{ engine: 'podman', kind: 'container', name: 'short', id: '3', netnsPath: b.path, running: false }]);
  t.equal(names.get(b.inode), 'short (podman)', 'kept after the container is gone');
  // host-network containers never name a netns
  podman.updates[0]!([{ engine: 'podman', kind: 'container', name: 'h', id: '4', netnsPath: c.path, running: true, hostNetwork: true }]);
  t.notOk(names.has(c.inode));
  await n.stop();
});
