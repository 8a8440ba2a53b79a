// The conntrack source's runner against a fake `conntrack` that replays captured output (no root, no
// kernel): readiness, events, snapshot, stats, a crash with its Gap and restart, ENOBUFS, clean stop.
import t from 'tap';
import { chmodSync, existsSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ConntrackEventType, LossStage, type Envelope } from '../../../../proto/index.js';
import { ownNetns } from '../../../../agent/core/netns.js';
import { ConntrackSource } from '../../../../agent/sources/conntrack/source.js';

const FIXTURES = fileURLToPath(new URL('../../../fixtures/conntrack/', import.meta.url));
const linuxOnly = process.platform === 'linux' ? {} : { skip: 'the runner uses setpriv and /proc (Linux)' };

// run 1 of -E: replays the events, marks itself subscribed, then crashes when told to;
// run 2: reports ENOBUFS, replays again, and runs until stopped.
const FAKE = `#!/bin/sh
S="$FAKE_STATE"
case "$1" in
  -L) cat "$FAKE_FIXTURES/list-established.txt"; echo "conntrack v1.4.7 (conntrack-tools): 4 flow entries have been shown." >&2 ;;
  -E)
    n=$(cat "$S/runs" 2>/dev/null || echo 0); echo $((n+1)) > "$S/runs"
    echo "NOTICE: Netlink socket buffer size has been set to 8388608 bytes." >&2
    touch "$S/subscribed.$$"
    if [ "$n" = 0 ]; then
      cat "$FAKE_FIXTURES/events-masquerade.txt"
      while [ ! -f "$S/crash" ]; do sleep 0.02; done
      echo "conntrack v1.4.7 (conntrack-tools): Operation failed: boom" >&2; exit 1
    fi
    echo "WARNING: We have hit ENOBUFS! We are losing events." >&2
    cat "$FAKE_FIXTURES/events-timeout-dnat.txt"
    exec sleep 1000 ;;
  *) echo "fake conntrack: unexpected $*" >&2; exit 2 ;;
esac
`;

t.test('fake conntrack: ready, events, stats, crash → gap → restart, stop', linuxOnly, async (t) => {
  const dir = t.testdir({ state: {}, nf: { nf_conntrack_count: '7\n', nf_conntrack_max: '262144\n' } });
  const bin = `${dir}/conntrack`;
  writeFileSync(bin, FAKE);
  chmodSync(bin, 0o755);
  process.env.FAKE_STATE = `${dir}/state`;
  process.env.FAKE_FIXTURES = FIXTURES;
  t.teardown(() => { delete process.env.FAKE_STATE; delete process.env.FAKE_FIXTURES; });

  const target = ownNetns();
  const src = new ConntrackSource({
    target, conntrackBin: bin, netfilterDir: `${dir}/nf`, statsIntervalMs: 50, restartInitialMs: 20,
    isSubscribed: async (pid) => existsSync(`${dir}/state/subscribed.${pid}`),
  });
  t.teardown(() => src.stop());
  t.equal(src.name, 'conntrack:host');
  const seen: Envelope[] = [];
  const until = async (what: string, pred: () => boolean) => {
    for (let i = 0; !pred(); i++) {
      if (i > 400) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  };
  await src.start((e) => seen.push(e));

  const snap = seen.filter((e) => e.conntrack?.type === ConntrackEventType.CONNTRACK_EVENT_TYPE_SNAPSHOT);
  t.equal(snap.length, 4, 'one SNAPSHOT per -L row, before start resolves');
  t.match(snap[0]!.conntrack, { netns: target.inode, netnsName: 'host', entry: { id: '918874675', state: 'ESTABLISHED' } });
  t.match(seen.find((e) => e.conntrackStats)!.conntrackStats, { count: 7, max: 262144, netnsName: 'host' });

  await until('18 stream events', () => seen.filter((e) => e.conntrack && e.conntrack.type !== ConntrackEventType.CONNTRACK_EVENT_TYPE_SNAPSHOT).length >= 18);
  const first = seen.find((e) => e.conntrack?.type === ConntrackEventType.CONNTRACK_EVENT_TYPE_NEW)!.conntrack!;
  t.match(first, { timeNs: 1795443547449966000, netns: target.inode, entry: { id: '707283079' } });
  await until('periodic stats', () => seen.filter((e) => e.conntrackStats).length >= 3);

  writeFileSync(`${dir}/state/crash`, '');
  await until('closed gap', () => seen.some((e) => e.gap?.toTimeNs));
  const gaps = seen.filter((e) => e.gap).map((e) => e.gap!);
  t.equal(gaps.length, 2, 'one open, one closing gap');
  t.match(gaps[0], { source: 'conntrack:host', toTimeNs: 0, reason: /exited \(code 1\).*boom/ });
  t.equal(gaps[1]!.fromTimeNs, gaps[0]!.fromTimeNs);
  t.ok(gaps[1]!.toTimeNs! >= gaps[0]!.fromTimeNs!);
  const afterGap = seen.findIndex((e) => e.gap?.toTimeNs);
  await until('resync snapshot', () => seen.slice(afterGap).filter((e) => e.conntrack?.type === ConntrackEventType.CONNTRACK_EVENT_TYPE_SNAPSHOT).length === 4);
  await until('events of the second run', () => seen.some((e) => e.conntrack?.entry?.id === '4230276274'));
  await until('ENOBUFS as lost events', () => seen.some((e) => e.lost));
  t.match(seen.find((e) => e.lost)!.lost, { stage: LossStage.LOSS_STAGE_KERNEL_BUFFER, source: 'conntrack:host', count: 1 });

  await src.stop();
  await src.stop();
  const n = seen.length;
  await new Promise((r) => setTimeout(r, 120));
  t.equal(seen.length, n, 'nothing emitted after stop');
});

t.test('a stream that exits before subscribing fails start with its message', linuxOnly, async (t) => {
  const dir = t.testdir({ nf: { nf_conntrack_count: '0\n', nf_conntrack_max: '1\n' } });
  const bin = `${dir}/conntrack`;
  writeFileSync(bin, '#!/bin/sh\necho "conntrack v1.4.7 (conntrack-tools): Operation not permitted" >&2\nexit 1\n');
  chmodSync(bin, 0o755);
  const src = new ConntrackSource({ target: ownNetns(), conntrackBin: bin, netfilterDir: `${dir}/nf`, isSubscribed: async () => false });
  await t.rejects(src.start(() => {}), /starting conntrack:host: conntrack -E exited before subscribing: .*Operation not permitted/);
  await src.stop();
});

t.test('a stream that never subscribes times out and is killed', linuxOnly, async (t) => {
  const dir = t.testdir({ nf: { nf_conntrack_count: '0\n', nf_conntrack_max: '1\n' } });
  const bin = `${dir}/conntrack`;
  writeFileSync(bin, '#!/bin/sh\nexec sleep 1000\n');
  chmodSync(bin, 0o755);
  const src = new ConntrackSource({ target: ownNetns(), conntrackBin: bin, netfilterDir: `${dir}/nf`, readyTimeoutMs: 200, isSubscribed: async () => false });
  await t.rejects(src.start(() => {}), /did not subscribe to conntrack events within 200 ms/);
  await src.stop();
});
