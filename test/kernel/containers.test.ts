// Containers and pods by name (issue 16), with the real engines from Debian: podman, docker (dockerd
// 20.10) and containerd's CRI plugin, each confined to a network namespace T that this test makes
// (podman run through nsenter --net=T; dockerd and containerd started inside T with their own
// roots, sockets and config under a temp dir), so their bridges, iptables rules and sysctls are T's
// alone. Images are a busybox-static rootfs, imported (no registry). Everything is removed at the
// end, also on failure: containers, networks, images, sandboxes, daemons and their shims, mounts,
// T, the temp dir.
//
// nsenter rather than `ip netns exec`: the latter mounts a fresh /sys, which hides the cgroup
// mounts runc needs ("no cgroup mount found in mountinfo"). Podman's containers get
// --ulimit nofile/nproc within the caller's hard limits: on a machine without CAP_SYS_RESOURCE
// podman's default (nofile 1048576) makes runc fail with "error setting rlimit type 7". For the
// same reason containerd runs with restrict_oom_score_adj (its sandboxes ask for -998, which only
// CAP_SYS_RESOURCE may set: runc then fails with "can't get final child's PID from pipe: EOF").
import t from 'tap';
import { execa, type ResultPromise } from 'execa';
import { createHash, randomInt } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, copyFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { kernelTier, uniquePrefix } from '../helpers/kernel.js';
import { Agent } from '../../agent/agent.js';
import { resolveNetns } from '../../agent/core/netns.js';
import { CriClient, CriSource } from '../../agent/identity/cri.js';
import { DockerSource } from '../../agent/identity/docker.js';
import { PodmanSource } from '../../agent/identity/podman.js';
import { NatKind, type Envelope, type Hop, type Journey } from '../../proto/index.js';
import { formatJourney } from '../../cli/print/journey.js';
import { PLAIN } from '../../cli/print/style.js';

const BIN = resolve('bin/netscope');
const TOOLS = ['ip', 'iptables', 'nsenter', 'setpriv', 'tar', 'bpftool', 'busybox', 'podman', 'dockerd', 'docker', 'containerd', 'ctr'];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const until = async <T>(what: string, get: () => T | undefined | Promise<T | undefined>, ms = 15000): Promise<T> => {
  const end = Date.now() + ms;
  for (;;) {
    const v = await get();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
};

const describe = (j: Journey): string => (j.hops ?? []).map((h) => `${h.netnsName || h.netns}/${h.ifname || '-'}`).join(' ');
const named = (j: Journey, name: string) => (j.hops ?? []).some((h: Hop) => h.netnsName === name);

/** Steps that undo the setup, run in reverse, each bounded; one failing does not stop the rest. */
class Undo {
  private readonly steps: Array<[string, () => Promise<unknown>]> = [];
  add(what: string, fn: () => Promise<unknown>): void {
    this.steps.push([what, fn]);
  }
  async run(): Promise<string[]> {
    const failed: string[] = [];
    for (const [what, fn] of this.steps.reverse()) {
      try {
        await Promise.race([fn(), sleep(60_000).then(() => Promise.reject(new Error('timed out after 60 s')))]);
      } catch (err) {
        failed.push(`${what}: ${(err as Error).message}`);
      }
    }
    this.steps.length = 0;
    return failed;
  }
}

/** The rootfs every container runs: busybox-static and its applets, an index page for httpd. */
function rootfsTar(dir: string): string {
  const root = join(dir, 'rootfs');
  for (const d of ['bin', 'etc', 'proc', 'sys', 'dev', 'tmp', 'www']) mkdirSync(join(root, d), { recursive: true });
  copyFileSync('/bin/busybox', join(root, 'bin/busybox'));
  for (const a of ['sh', 'ping', 'sleep', 'httpd', 'wget', 'nc', 'ip', 'cat']) symlinkSync('busybox', join(root, 'bin', a));
  writeFileSync(join(root, 'www/index.html'), 'netscope\n');
  writeFileSync(join(root, 'etc/passwd'), 'root:x:0:0:root:/:/bin/sh\n');
  return join(dir, 'rootfs.tar');
}

/** An OCI image layout (one layer: the rootfs tar) for `ctr images import`: containerd's sandbox ("pause") image. */
function ociImage(dir: string, layerTar: string, ref: string): string {
  const lay = join(dir, 'oci');
  mkdirSync(join(lay, 'blobs/sha256'), { recursive: true });
  const blob = (b: Buffer): { digest: string; size: number } => {
    const hex = createHash('sha256').update(b).digest('hex');
    writeFileSync(join(lay, 'blobs/sha256', hex), b);
    return { digest: `sha256:${hex}`, size: b.length };
  };
  const layer = blob(readFileSync(layerTar));
  const arch = process.arch === 'x64' ? 'amd64' : process.arch;
  const config = blob(Buffer.from(JSON.stringify({ architecture: arch, os: 'linux', config: { Entrypoint: ['/bin/sleep', '2147483647'] }, rootfs: { type: 'layers', diff_ids: [layer.digest] } })));
  const manifest = blob(Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.manifest.v1+json', config: { mediaType: 'application/vnd.oci.image.config.v1+json', ...config }, layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar', ...layer }] })));
  writeFileSync(join(lay, 'index.json'), JSON.stringify({ schemaVersion: 2, manifests: [{ mediaType: 'application/vnd.oci.image.manifest.v1+json', ...manifest, annotations: { 'io.containerd.image.name': ref } }] }));
  writeFileSync(join(lay, 'oci-layout'), '{"imageLayoutVersion":"1.0.0"}');
  return lay;
}

/** pids of processes whose command line mentions the test's temp dir (daemons, their shims), not this one. */
function processesUnder(dir: string): number[] {
  const out: number[] = [];
  for (const p of readdirSync('/proc')) {
    if (!/^\d+$/.test(p) || Number(p) === process.pid) continue;
    try {
      if (readFileSync(`/proc/${p}/cmdline`, 'utf8').includes(dir)) out.push(Number(p));
    } catch {
      /* gone */
    }
  }
  return out;
}

async function stopPid(pid: number | undefined, ms = 20_000): Promise<void> {
  if (!pid) return;
  const alive = () => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  if (!alive()) return;
  process.kill(pid, 'SIGTERM');
  const end = Date.now() + ms;
  while (alive() && Date.now() < end) await sleep(100);
  if (alive()) process.kill(pid, 'SIGKILL');
}

t.test('containers and pods by name: podman, docker, containerd CRI', kernelTier(TOOLS), async (t) => {
  const started = Date.now();
  await execa('npx', ['--no-install', 'tsc', '-p', '.']); // bin/netscope runs from dist/
  const p = uniquePrefix('cn');
  const T = `${p}-T`;
  const dir = mkdtempSync(join(tmpdir(), 'netscope-cn-'));
  const R = randomInt(150, 250); // 10.R.0.0/16 for every engine's network, inside T only
  const P = randomInt(20000, 30000); // the published port (the same inside, so the in-kernel port filter sees both sides of the DNAT)
  const undo = new Undo();
  t.teardown(async () => {
    const failed = await undo.run();
    if (failed.length) console.error(`containers test cleanup: ${failed.join('; ')}`);
  });
  const inT = (argv: string[], opts: Record<string, unknown> = {}) => execa('nsenter', [`--net=/run/netns/${T}`, ...argv], opts);

  await execa('ip', ['netns', 'add', T]);
  undo.add('netns T', () => execa('ip', ['netns', 'del', T]));
  undo.add('temp dir', async () => {
    // whatever the daemons left mounted under the temp dir goes first, deepest first
    const mounts = readFileSync('/proc/self/mountinfo', 'utf8').split('\n').map((l) => l.split(' ')[4] ?? '').filter((m) => m.startsWith(dir)).sort().reverse();
    for (const m of mounts) await execa('umount', ['-l', m], { reject: false });
    rmSync(dir, { recursive: true, force: true });
  });
  undo.add('processes under the temp dir', async () => {
    for (const pid of processesUnder(dir)) await stopPid(pid, 5000);
  });
  await execa('ip', ['-n', T, 'link', 'set', 'lo', 'up']);
  const tar = rootfsTar(dir);
  await execa('tar', ['-C', join(dir, 'rootfs'), '-cf', tar, '.']);

  // --- podman: an image, a bridge network in T ---
  const pmImage = `localhost/${p}-bb:1`;
  const pmNet = `${p}-pm`;
  const pmNames = { web: `${p}-web`, peer: `${p}-peer`, short: `${p}-short` };
  // rlimits within the hard ones (see the top); NET_RAW for busybox ping (podman 4 leaves it out of its defaults)
  const podmanRun = ['--ulimit', 'nofile=1024:1024', '--ulimit', 'nproc=4096:4096', '--cap-add', 'NET_RAW'];
  const pm = (args: string[]) => inT(['podman', ...args]);
  await execa('podman', ['import', '-q', tar, pmImage]);
  undo.add('podman image', () => execa('podman', ['rmi', '-f', pmImage]));
  await pm(['network', 'create', '--disable-dns', '--subnet', `10.${R}.1.0/24`, pmNet]);
  undo.add('podman network', () => pm(['network', 'rm', '-f', pmNet]));
  undo.add('podman containers', async () => {
    for (const n of Object.values(pmNames)) await pm(['rm', '-f', '-t', '0', n]).catch(() => undefined);
    const left = (await execa('podman', ['ps', '-a', '--filter', `name=^${p}-`, '--format', '{{.Names}}'])).stdout.trim();
    if (left) throw new Error(`podman containers left: ${left}`);
  });

  // --- docker: dockerd inside T with its own roots and socket ---
  const dd = join(dir, 'd');
  mkdirSync(dd);
  writeFileSync(join(dd, 'daemon.json'), '{}');
  const dockerSock = join(dd, 'docker.sock');
  const dockerEnv = { ...process.env, DOCKER_HOST: `unix://${dockerSock}` };
  const dockerd = inT(['dockerd', '--config-file', join(dd, 'daemon.json'), '--data-root', join(dd, 'data'), '--exec-root', join(dd, 'exec'), '--pidfile', join(dd, 'pid'), '-H', `unix://${dockerSock}`, '--bridge', 'none', '--userland-proxy=false'], { reject: false, all: true });
  undo.add('dockerd', () => stopPid(dockerd.pid));
  const dk = (args: string[]) => execa('docker', args, { env: dockerEnv });
  const dkNames = { web: `${p}-cnweb`, peer: `${p}-cnpeer` };
  const dkNet = `${p}-dk`;
  const dkImage = `${p}-bb:1`;

  // --- containerd with its CRI plugin, inside T ---
  const cd = join(dir, 'c');
  mkdirSync(join(cd, 'cni'), { recursive: true });
  const criSock = join(cd, 'containerd.sock');
  const pauseRef = `localhost/${p}-pause:1`;
  const cniNet = `${p}-cri`;
  writeFileSync(join(cd, 'cni', '10-netscope.conflist'), JSON.stringify({ cniVersion: '0.4.0', name: cniNet, plugins: [{ type: 'bridge', bridge: `${p.slice(-8)}c`, isGateway: true, ipMasq: true, ipam: { type: 'host-local', ranges: [[{ subnet: `10.${R}.3.0/24` }]], routes: [{ dst: '0.0.0.0/0' }] } }, { type: 'portmap', capabilities: { portMappings: true } }] }));
  const cniBin = ['/usr/lib/cni', '/opt/cni/bin'].find((d) => existsSync(join(d, 'bridge'))) ?? '/usr/lib/cni';
  writeFileSync(join(cd, 'config.toml'), [
    'version = 2',
    `root = "${cd}/root"`,
    `state = "${cd}/state"`,
    '[grpc]',
    `  address = "${criSock}"`,
    '[plugins."io.containerd.internal.v1.opt"]',
    `  path = "${cd}/opt"`,
    '[plugins."io.containerd.grpc.v1.cri"]',
    `  sandbox_image = "${pauseRef}"`,
    '  restrict_oom_score_adj = true',
    '  [plugins."io.containerd.grpc.v1.cri".cni]',
    `    bin_dir = "${cniBin}"`,
    `    conf_dir = "${cd}/cni"`,
    '',
  ].join('\n'));
  const containerd = inT(['containerd', '--config', join(cd, 'config.toml')], { reject: false, all: true });
  undo.add('containerd', () => stopPid(containerd.pid));
  undo.add('CNI state of the pod network', async () => {
    rmSync(`/var/lib/cni/networks/${cniNet}`, { recursive: true, force: true });
    for (const f of existsSync('/var/lib/cni/results') ? readdirSync('/var/lib/cni/results') : []) if (f.startsWith(`${cniNet}-`)) rmSync(`/var/lib/cni/results/${f}`, { force: true });
  });

  const cri = new CriClient(`unix://${criSock}`);
  undo.add('CRI client', async () => cri.close());
  const daemonUp = async (what: string, child: ResultPromise, ok: () => Promise<unknown>) =>
    until(what, async () => {
      if (child.exitCode !== null) throw new Error(`${what} exited: ${String((await child).all).slice(-1500)}`);
      return (await ok().then(() => true, () => false)) ? true : undefined;
    }, 60_000);
  await Promise.all([
    daemonUp('dockerd', dockerd, async () => {
      if (!existsSync(dockerSock) || (await dk(['version'])).exitCode !== 0) throw new Error('not yet');
    }),
    daemonUp('containerd', containerd, async () => {
      if (!existsSync(criSock)) throw new Error('not yet');
      await cri.version();
    }),
  ]);
  await dk(['import', tar, dkImage]);
  await dk(['network', 'create', '--subnet', `10.${R}.2.0/24`, dkNet]);
  undo.add('docker containers and network', async () => {
    await dk(['rm', '-f', ...Object.values(dkNames)]).catch(() => undefined);
    await dk(['network', 'rm', dkNet]).catch(() => undefined);
  });
  const lay = ociImage(dir, tar, pauseRef);
  await execa('tar', ['-C', lay, '-cf', join(dir, 'pause.tar'), 'oci-layout', 'index.json', 'blobs']);
  await execa('ctr', ['-a', criSock, '-n', 'k8s.io', 'images', 'import', join(dir, 'pause.tar')]);
  t.comment(`engines up in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  // --- two agents on T, names from the three engines: ICMP in 10.R/16, and TCP on port P ---
  const target = resolveNetns(T);
  const identities = () => [new PodmanSource(), new DockerSource({ socket: dockerSock }), new CriSource(`unix://${criSock}`)];
  const warnings: string[] = [];
  const icmpAgent = new Agent({ netns: [target], probes: ['netfilter', 'tracepoint'], filter: { protocol: 'icmp', host: `10.${R}.0.0/16` }, sources: false, identities: identities(), warn: (m) => warnings.push(m) });
  const tcpAgent = new Agent({ netns: [{ ...target }], probes: ['netfilter', 'tracepoint'], filter: { protocol: 'tcp', port: P }, sources: false, identities: identities(), warn: (m) => warnings.push(m) });
  const icmp: Journey[] = [];
  const tcp: Journey[] = [];
  icmpAgent.subscribe((e: Envelope) => e.journey && icmp.push(e.journey));
  tcpAgent.subscribe((e: Envelope) => e.journey && tcp.push(e.journey));
  undo.add('agents', () => Promise.all([icmpAgent.stop(), tcpAgent.stop()]));
  await Promise.all([icmpAgent.start(), tcpAgent.start()]);
  t.same(warnings.filter((w) => /container names/.test(w)), [], 'every engine answered the agents');

  const ip = async (inspect: Promise<{ stdout: string }>) => (await inspect).stdout.trim();
  // an HTTP GET from T's loopback (busybox nc: its wget crashed here on an empty 404 body)
  const get = async (port: number) => {
    const r = await execa('ip', ['netns', 'exec', T, 'busybox', 'nc', '-w', '5', '127.0.0.1', String(port)], { input: 'GET / HTTP/1.0\r\n\r\n' });
    return r.stdout.split('\r\n\r\n').slice(1).join('').trim();
  };
  const echo = (from: string, to: string) => (j: Journey) => j.headers?.icmpType === 8 && j.headers.src === from && j.headers.dst === to;
  const dnatTo = (addr: string) => (j: Journey) => (j.nat ?? []).some((n) => n.kind === NatKind.NAT_KIND_DNAT && n.to === addr && !n.reverse);

  t.test('podman: a ping between two containers and a DNAT to a published port name both', async (t) => {
    await pm(['run', '-d', '--name', pmNames.web, '--network', pmNet, '-p', `${P}:${P}`, ...podmanRun, pmImage, 'httpd', '-f', '-p', String(P), '-h', '/www']);
    await pm(['run', '-d', '--name', pmNames.peer, '--network', pmNet, ...podmanRun, pmImage, 'sleep', '600']);
    const webIp = await ip(execa('podman', ['inspect', pmNames.web, '--format', `{{(index .NetworkSettings.Networks "${pmNet}").IPAddress}}`]));
    const peerIp = await ip(execa('podman', ['inspect', pmNames.peer, '--format', `{{(index .NetworkSettings.Networks "${pmNet}").IPAddress}}`]));
    await pm(['exec', pmNames.peer, 'ping', '-c', '2', '-W', '2', webIp]);
    t.equal(await get(P), 'netscope', 'the published port answers from T\'s loopback');
    const req = await until('the echo request journey', () => icmp.find((j) => echo(peerIp, webIp)(j) && named(j, `${pmNames.web} (podman)`)));
    t.ok(named(req, `${pmNames.peer} (podman)`) && named(req, `${pmNames.web} (podman)`), `the request crosses both, by name: ${describe(req)}`);
    const syn = await until('the DNAT journey', () => tcp.find((j) => dnatTo(webIp)(j) && named(j, `${pmNames.web} (podman)`)));
    t.match(syn.nat, [{ kind: NatKind.NAT_KIND_DNAT, from: '127.0.0.1', to: webIp }], `DNAT 127.0.0.1 → ${webIp}: ${describe(syn)}`);
    t.comment(['as trace prints them:', ...formatJourney(req, PLAIN), ...formatJourney(syn, PLAIN)].join('\n'));
  });

  t.test('--netns container:NAME attaches in that container; an unknown name says which engines were asked', async (t) => {
    const sock = join(dir, 'a.sock');
    const ready = join(dir, 'a.ready');
    const env = { ...dockerEnv, CONTAINER_RUNTIME_ENDPOINT: `unix://${criSock}` };
    const agent = execa('env', ['-u', 'NODE_OPTIONS', BIN, 'agent', '--netns', `container:${pmNames.web}`, '--probes', 'netfilter', '--proto', 'icmp', '--host', `10.${R}.0.0/16`, '--listen', sock, '--ready-file', ready, '-o', 'json', '--kinds', 'journey'], { reject: false, env, buffer: true });
    undo.add('agent on container:NAME', async () => {
      if (agent.exitCode === null) agent.kill('SIGTERM');
      await agent;
    });
    await until('the agent on the container', async () => {
      if (agent.exitCode !== null) throw new Error(`the agent exited: ${String((await agent).stderr).slice(-800)}`);
      return existsSync(ready) ? true : undefined;
    }, 60_000);
    const webPid = Number(await ip(execa('podman', ['inspect', pmNames.web, '--format', '{{.State.Pid}}'])));
    const webIno = statSync(`/proc/${webPid}/ns/net`).ino;
    const webIp = await ip(execa('podman', ['inspect', pmNames.web, '--format', `{{(index .NetworkSettings.Networks "${pmNet}").IPAddress}}`]));
    await pm(['exec', pmNames.peer, 'ping', '-c', '1', '-W', '2', webIp]);
    await sleep(1500);
    agent.kill('SIGTERM');
    const r = await agent;
    t.match(String(r.stderr), `attached in ${pmNames.web} (podman)`, 'the ready line names the container');
    const journeys = String(r.stdout).trim().split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { journey?: { hops?: Array<{ netns?: string; netnsName?: string; hook?: string }> } }).journey);
    const inWeb = journeys.flatMap((j) => j?.hops ?? []).filter((h) => h.hook && Number(h.netns) === webIno);
    t.ok(inWeb.length > 0, `netfilter hooks seen inside the container's netns (inode ${webIno})`);
    t.ok(inWeb.every((h) => h.netnsName === `${pmNames.web} (podman)`), 'named after the container, inode kept in JSON');

    const bad = await execa('env', ['-u', 'NODE_OPTIONS', BIN, 'agent', '--netns', `container:${p}-nope`, '--listen', join(dir, 'b.sock')], { reject: false, env });
    t.equal(bad.exitCode, 2);
    t.equal(String(bad.stderr).trim().split('\n').length, 1, 'one sentence');
    t.match(String(bad.stderr), `unknown container '${p}-nope': no container by that name in podman or docker.`);
  });

  t.test('a container started after the agent, gone within 2 s, is named in its journeys', async (t) => {
    const webIp = await ip(execa('podman', ['inspect', pmNames.web, '--format', `{{(index .NetworkSettings.Networks "${pmNet}").IPAddress}}`]));
    const peerIp = await ip(execa('podman', ['inspect', pmNames.peer, '--format', `{{(index .NetworkSettings.Networks "${pmNet}").IPAddress}}`]));
    const t0 = Date.now();
    await pm(['run', '--rm', '--name', pmNames.short, '--network', pmNet, ...podmanRun, pmImage, 'ping', '-c', '3', '-i', '0.2', '-W', '1', webIp]);
    // the container lives about 0.4 s (three pings 0.2 s apart); podman's own create and removal around it
    t.comment(`podman run --rm … ping -c 3 -i 0.2: made, run and removed in ${Date.now() - t0} ms`);
    const mine = (j: Journey) => j.headers?.icmpType === 8 && j.headers.dst === webIp && j.headers.src !== peerIp;
    await until('its three echo requests', () => (icmp.filter(mine).length >= 3 ? true : undefined));
    await sleep(500);
    const js = icmp.filter(mine);
    for (const j of js) t.ok(named(j, `${pmNames.short} (podman)`), `named: ${describe(j)}`);
    // every hop outside T and web is in the short-lived container's netns, and carries its name
    const web = `${pmNames.web} (podman)`;
    const other = js.flatMap((j) => j.hops ?? []).filter((h) => h.netns !== target.inode && h.netnsName !== web);
    t.ok(other.length > 0 && other.every((h) => h.netnsName === `${pmNames.short} (podman)`), `no hop left as an inode: ${[...new Set(other.map((h) => h.netnsName || h.netns))].join(', ')}`);
  });

  t.test('docker: a ping between two containers and a DNAT to a published port name both', async (t) => {
    // podman's containers go first: the published port is the same
    for (const n of [pmNames.peer, pmNames.web]) await pm(['rm', '-f', '-t', '0', n]);
    await dk(['run', '-d', '--name', dkNames.web, '--network', dkNet, '-p', `${P}:${P}`, dkImage, 'httpd', '-f', '-p', String(P), '-h', '/www']);
    await dk(['run', '-d', '--name', dkNames.peer, '--network', dkNet, dkImage, 'sleep', '600']);
    const addr = (n: string) => ip(dk(['inspect', n, '--format', `{{(index .NetworkSettings.Networks "${dkNet}").IPAddress}}`]));
    const webIp = await addr(dkNames.web);
    const peerIp = await addr(dkNames.peer);
    await dk(['exec', dkNames.peer, 'ping', '-c', '2', '-W', '2', webIp]);
    t.equal(await get(P), 'netscope', 'the published port answers from T\'s loopback (DNAT: --userland-proxy=false)');
    const req = await until('the echo request journey', () => icmp.find((j) => echo(peerIp, webIp)(j) && named(j, `${dkNames.web} (docker)`)));
    t.ok(named(req, `${dkNames.peer} (docker)`) && named(req, `${dkNames.web} (docker)`), `the request crosses both, by name: ${describe(req)}`);
    const syn = await until('the DNAT journey', () => tcp.find((j) => dnatTo(webIp)(j) && named(j, `${dkNames.web} (docker)`)));
    t.match(syn.nat, [{ kind: NatKind.NAT_KIND_DNAT, from: '127.0.0.1', to: webIp }], `DNAT 127.0.0.1 → ${webIp}: ${describe(syn)}`);
  });

  t.test('containerd CRI: a pod sandbox with Kubernetes labels shows as pod NAMESPACE/NAME', async (t) => {
    const podName = 'web-1';
    const id = await cri.runPodSandbox({
      metadata: { name: podName, namespace: p, uid: `${p}-uid`, attempt: 0 },
      hostname: podName,
      log_directory: join(cd, 'logs'),
      labels: { 'io.kubernetes.pod.name': podName, 'io.kubernetes.pod.namespace': p },
      linux: { security_context: { namespace_options: { network: 0 } } },
    });
    undo.add('pod sandbox', async () => {
      await cri.stopPodSandbox(id);
      await cri.removePodSandbox(id);
    });
    const st = await cri.podSandboxStatus(id);
    const podIp = (st.status as { network?: { ip?: string } }).network?.ip ?? '';
    t.match(podIp, new RegExp(`^10\\.${R}\\.3\\.`), 'the pod has an address on the CNI bridge');
    await execa('ip', ['netns', 'exec', T, 'ping', '-c', '2', '-W', '2', podIp]);
    const req = await until('the echo request into the pod', () => icmp.find((j) => j.headers?.icmpType === 8 && j.headers.dst === podIp && named(j, `pod ${p}/${podName}`)), 10_000);
    t.ok(req, `named: ${describe(req)}`);
  });

  t.test('cleanup leaves nothing', async (t) => {
    const failed = await undo.run();
    t.same(failed, [], 'every cleanup step succeeded');
    t.notOk(existsSync(`/run/netns/${T}`), 'T is gone');
    t.same(processesUnder(dir), [], 'no daemon or shim left');
    t.equal((await execa('podman', ['ps', '-a', '--filter', `name=^${p}-`, '--format', '{{.Names}}'])).stdout.trim(), '', 'no podman container left');
    t.equal((await execa('podman', ['network', 'ls', '--filter', `name=^${p}-`, '--format', '{{.Name}}'])).stdout.trim(), '', 'no podman network left');
    t.comment(`whole test ${((Date.now() - started) / 1000).toFixed(1)} s`);
  });
});
