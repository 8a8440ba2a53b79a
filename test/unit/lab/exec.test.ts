import t from 'tap';
import { UserError } from '../../../agent/util/errors.js';
import { CommandError, commandFailure, renderArgv, runCommand } from '../../../agent/lab/exec.js';
import { parseIpAddr } from '../../../agent/lab/lab.js';

t.test('a failed command names the command, how it ended and the stderr tail', async (t) => {
  const err = commandFailure(['ip', '-n', 'a-host01', 'link', 'add', 'cni0', 'type', 'bridge'], {
    exitCode: 2, stderr: 'line 1\nline 2\nline 3\nline 4\nline 5\nRTNETLINK answers: File exists\n',
  });
  t.ok(err instanceof CommandError);
  t.equal(err.message, "command 'ip -n a-host01 link add cni0 type bridge' exited with code 2: line 2 / line 3 / line 4 / line 5 / RTNETLINK answers: File exists");
  t.same((err as CommandError).argv, ['ip', '-n', 'a-host01', 'link', 'add', 'cni0', 'type', 'bridge']);
});

t.test('other endings', async (t) => {
  t.equal(commandFailure(['x'], { signal: 'SIGKILL' }).message, "command 'x' was killed by SIGKILL");
  t.equal(commandFailure(['x'], { isCanceled: true, signal: 'SIGTERM' }).message, "command 'x' was cancelled");
  t.equal(commandFailure(['x'], { timedOut: true }).message, "command 'x' timed out");
  t.equal(commandFailure(['x'], { code: 'EACCES' }).message, "command 'x' could not start (EACCES)");
});

t.test('a missing tool is a UserError saying what to install', async (t) => {
  const direct = commandFailure(['iptables', '-L'], { code: 'ENOENT' });
  t.ok(direct instanceof UserError);
  t.equal(direct.message, "'iptables' is not installed or not on PATH; install it (Debian: apt-get install iptables).");
  const viaNetns = commandFailure(['ip', 'netns', 'exec', 'a-host01', 'sysctl', '-w', 'x=1'], {
    exitCode: 255, stderr: 'exec of "sysctl" failed: No such file or directory\n',
  });
  t.ok(viaNetns instanceof UserError);
  t.match(viaNetns.message, /^'sysctl' is not installed or not on PATH; install it \(Debian: apt-get install procps\)\.$/);
});

t.test('renderArgv quotes only what a shell would need', async (t) => {
  t.equal(renderArgv(['iptables', '-A', 'X', '!', '-d', '224.0.0.0/4']), "iptables -A X '!' -d 224.0.0.0/4");
  t.equal(renderArgv(['sh', '-c', "echo 'hi'"]), `sh -c 'echo '\\''hi'\\'''`);
});

t.test('runCommand returns output, and throws the built message on failure', async (t) => {
  t.same(await runCommand(['sh', '-c', 'echo out; echo err >&2']), { stdout: 'out', stderr: 'err' });
  await t.rejects(runCommand(['sh', '-c', 'echo first >&2; echo boom >&2; exit 3']), {
    name: 'CommandError', message: "command 'sh -c 'echo first >&2; echo boom >&2; exit 3'' exited with code 3: first / boom",
  });
  await t.rejects(runCommand(['netscope-no-such-tool-xyz']), { name: 'UserError', message: /'netscope-no-such-tool-xyz' is not installed or not on PATH; install it\.$/ });
  const ac = new AbortController();
  const p = runCommand(['sleep', '5'], { signal: ac.signal });
  ac.abort();
  await t.rejects(p, { message: "command 'sleep 5' was cancelled" });
});

t.test('parseIpAddr keeps name, kind, state, master and IPv4 addresses', async (t) => {
  // captured from: ip -n lab-host01 -j -d addr show (trimmed to the fields used)
  const json = JSON.stringify([
    { ifindex: 1, ifname: 'lo', operstate: 'UNKNOWN', link_type: 'loopback', address: '00:00:00:00:00:00',
      addr_info: [{ family: 'inet', local: '127.0.0.1', prefixlen: 8 }, { family: 'inet6', local: '::1', prefixlen: 128 }] },
    { ifindex: 3, ifname: 'cni0', operstate: 'UP', link_type: 'ether', address: '46:4f:c2:54:d7:a3', linkinfo: { info_kind: 'bridge' },
      addr_info: [{ family: 'inet', local: '10.85.0.1', prefixlen: 16 }] },
    { ifindex: 4, ifname: 'veth-pod1', operstate: 'UP', link_type: 'ether', address: 'aa:bb:cc:dd:ee:ff', master: 'cni0', linkinfo: { info_kind: 'veth' }, addr_info: [] },
  ]);
  t.same(parseIpAddr(json), [
    { name: 'lo', ifindex: 1, kind: 'loopback', state: 'UNKNOWN', mac: '00:00:00:00:00:00', addresses: ['127.0.0.1/8'] },
    { name: 'cni0', ifindex: 3, kind: 'bridge', state: 'UP', mac: '46:4f:c2:54:d7:a3', addresses: ['10.85.0.1/16'] },
    { name: 'veth-pod1', ifindex: 4, kind: 'veth', state: 'UP', mac: 'aa:bb:cc:dd:ee:ff', master: 'cni0', addresses: [] },
  ]);
  t.same(parseIpAddr(''), []);
});
