// A --netns path must be a network namespace (issue 18): anything else is refused in one sentence
// before the agent attaches anything. (A name under /run/netns, a bind mount, is in the kernel tier.)
import t from 'tap';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkNetworkNamespace, resolveNetns } from '../../../agent/core/netns.js';

const dir = mkdtempSync(join(tmpdir(), 'netscope-netns-'));
t.teardown(() => rmSync(dir, { recursive: true, force: true }));
const check = (spec: string) => () => checkNetworkNamespace(resolveNetns(spec));

t.test('a network namespace passes', async (t) => {
  t.doesNotThrow(check('/proc/self/ns/net'));
  t.doesNotThrow(check(`/proc/${process.pid}/ns/net`));
});

t.test('a regular file, a directory, another kind of namespace: one sentence each', async (t) => {
  t.throws(check('/etc/passwd'), { name: 'UserError', message: "netns 'passwd': /etc/passwd is not a network namespace; give a name under /run/netns ('ip netns list') or a path such as /proc/PID/ns/net." });
  t.throws(check(dir), { name: 'UserError', message: /is not a network namespace/ });
  t.throws(check('/proc/self/ns/mnt'), { name: 'UserError', message: "netns 'mnt': /proc/self/ns/mnt is a mnt namespace, not a network namespace; give a name under /run/netns ('ip netns list') or a path such as /proc/PID/ns/net." });
  t.throws(check('/proc/self/ns/uts'), { message: /is a uts namespace, not a network namespace/ });
  const empty = join(dir, 'empty');
  writeFileSync(empty, '');
  t.throws(check(empty), { message: /is not a network namespace/ });
});

t.test('a FIFO is refused without hanging (it is never opened for a blocking read)', async (t) => {
  const fifo = join(dir, 'fifo');
  execFileSync('mkfifo', [fifo]);
  t.throws(check(fifo), { message: /is not a network namespace/ });
});
