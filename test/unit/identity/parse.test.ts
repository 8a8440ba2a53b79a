import t from 'tap';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { label } from '../../../agent/identity/identity.js';
import { NETNS_READY, parseContainerEvent, parseCriSandbox, parseOciInspect } from '../../../agent/identity/parse.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const fixture = (name: string): string => readFileSync(FIXTURES + name, 'utf8');

t.test('podman inspect: name, netns path, pid; a joined container is shared, a host-network one marked', async (t) => {
  const text = fixture('podman/inspect.json');
  t.match(text, '"SandboxKey": "/run/netns/netns-', 'guard: podman names its netns under /run/netns');
  t.match(text, '"NetworkMode": "container:', 'guard: the fixture has a container that joined another');
  const ids = parseOciInspect(text, 'podman');
  t.equal(ids.length, 3);
  const [web, sidecar, host] = ids;
  t.match(web, { engine: 'podman', kind: 'container', name: 'web', running: true, netnsPath: /^\/run\/netns\/netns-/, pid: Number });
  t.notOk(web!.shared);
  t.notOk(web!.hostNetwork);
  t.match(sidecar, { name: 'sidecar', shared: true, running: true });
  t.equal(sidecar!.netnsPath, web!.netnsPath, 'a joined container reports the same netns');
  t.match(host, { name: 'hostnet', hostNetwork: true });
  t.equal(label(web!), 'web (podman)');
  t.matchSnapshot(ids, 'podman inspect');
});

t.test('docker inspect (Engine API): the leading slash goes, SandboxKey under the exec-root', async (t) => {
  const text = fixture('docker/container-inspect.json');
  t.match(text, '"SandboxKey": "/tmp/dtry/exec/netns/', 'guard: docker keeps its netns under its exec-root');
  const [id] = parseOciInspect([JSON.parse(text)], 'docker');
  t.match(id, { engine: 'docker', kind: 'container', name: 'dtry1', running: true, netnsPath: /^\/tmp\/dtry\/exec\/netns\/[0-9a-f]+$/, pid: Number });
  t.equal(label(id!), 'dtry1 (docker)');
  t.same(parseOciInspect('[]', 'docker'), []);
  t.same(parseOciInspect([{ Name: 'no id' }, null], 'docker'), [], 'entries without an id are skipped');
});

t.test('podman events: the netns exists from init on; other lines are ignored', async (t) => {
  const lines = fixture('podman/events.jsonl').trim().split('\n');
  const evs = lines.map(parseContainerEvent);
  t.same(evs.map((e) => e?.action), ['create', 'init', 'start', 'attach', 'died', 'remove']);
  t.equal(evs[1]!.name, 'short1');
  t.match(evs[1]!.id, /^[0-9a-f]{64}$/);
  t.same(evs.filter((e) => e && NETNS_READY.has(e.action)).map((e) => e!.action), ['init', 'start']);
  t.equal(parseContainerEvent('not json'), undefined);
  t.equal(parseContainerEvent('{"Type":"image","ID":"x","Status":"pull"}'), undefined, 'image events are not container events');
});

t.test('docker events: Action and the name from Actor.Attributes', async (t) => {
  const lines = fixture('docker/events.jsonl').trim().split('\n');
  const evs = lines.map(parseContainerEvent);
  t.ok(evs.every(Boolean), 'every line is a container event');
  const start = evs.find((e) => e!.action === 'start');
  t.match(start, { action: 'start', name: 'dtry9', id: /^[0-9a-f]{64}$/ });
  t.same(evs.map((e) => e!.action).slice(0, 1), ['create']);
});

t.test('CRI PodSandboxStatus (containerd): Kubernetes labels, netns path from the runtime spec, pid', async (t) => {
  const st = JSON.parse(fixture('cri/pod-sandbox-status.json')) as { status: Parameters<typeof parseCriSandbox>[0]; info: Record<string, string> };
  t.match(st.info.info, '"type":"network","path":"/var/run/netns/cni-', 'guard: containerd reports the netns path in the verbose info');
  const id = parseCriSandbox(st.status, st.info, 'containerd');
  t.match(id, { engine: 'containerd', kind: 'pod', name: 'web-1', namespace: 'default', running: true, netnsPath: /^\/var\/run\/netns\/cni-/, pid: Number });
  t.notOk(id!.hostNetwork);
  t.equal(label(id!), 'pod default/web-1');
  // labels win over metadata; without labels, metadata names the pod
  t.match(parseCriSandbox({ id: 'x', metadata: { name: 'meta', namespace: 'kube-system' }, state: 1 }, {}, 'cri-o'), { name: 'meta', namespace: 'kube-system', running: false });
  t.equal(parseCriSandbox({ metadata: { name: 'x' } }, {}, 'cri-o'), undefined, 'no id, no identity');
  const noNet = JSON.stringify({ runtimeSpec: { linux: { namespaces: [{ type: 'pid' }] } } });
  t.match(parseCriSandbox({ id: 'h', metadata: { name: 'h' } }, { info: noNet }, 'containerd'), { hostNetwork: true }, 'a sandbox without a network namespace is on the host network');
  t.match(parseCriSandbox({ id: 'b', metadata: { name: 'b' } }, { info: '{not json' }, 'containerd'), { name: 'b', namespace: 'default' }, 'bad verbose info: named, no netns');
});
