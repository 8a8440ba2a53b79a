// Filter flags → the API's allow/deny filters; every bad value fails here, naming its flag.
import t from 'tap';
import { filtersFromFlags, kindsFromFlag, sinceFromFlag } from '../../../cli/client/filters.js';
import { EventKind } from '../../../agent/server/service.js';
import { Hook, Verdict } from '../../../proto/index.js';

t.test('allow flags make one filter, deny flags another; repeats and comma lists are ORed values', async (t) => {
  const f = filtersFromFlags('observe', {
    proto: ['icmp'], ip: ['10.85.0.0/16'], port: ['53,5201'], netns: ['lab-host01'], interface: ['cni0'], hook: ['POSTROUTING'], verdict: ['dropped'],
    'deny-ip': ['10.85.0.3', '10.85.0.4'],
  });
  t.same(f.allow, [{ protocol: [1], address: ['10.85.0.0/16'], port: [53, 5201], netns: ['lab-host01'], interface: ['cni0'], hook: [Hook.HOOK_POSTROUTING], verdict: [Verdict.VERDICT_DROPPED] }]);
  t.same(f.deny, [{ address: ['10.85.0.3', '10.85.0.4'] }]);
  t.same(filtersFromFlags('observe', {}), { allow: [], deny: [] });
  t.same(filtersFromFlags('observe', { proto: ['47'] }).allow, [{ protocol: [47] }]);
});

t.test('each bad value is one sentence naming its flag', async (t) => {
  const cases: Array<[Record<string, string[]>, RegExp]> = [
    [{ ip: ['10.85.0.300'] }, /^netscope observe: --ip: '10\.85\.0\.300' is not an IPv4 address or CIDR; write it like 10\.85\.0\.2 or 10\.85\.0\.0\/16\.$/],
    [{ 'deny-ip': ['10.85.0.0/40'] }, /^netscope observe: --deny-ip: '10\.85\.0\.0\/40'/],
    [{ proto: ['sctpx'] }, /^netscope observe: --proto: 'sctpx' is not a protocol/],
    [{ port: ['0'] }, /^netscope observe: --port: '0' is not a port/],
    [{ 'deny-port': ['65536'] }, /^netscope observe: --deny-port: '65536'/],
    [{ hook: ['ingress'] }, /^netscope observe: --hook: 'ingress' is not a netfilter hook; use prerouting, input, forward, output, postrouting\.$/],
    [{ verdict: ['maybe'] }, /^netscope observe: --verdict: 'maybe' is not a verdict/],
    [{ netns: [''] }, /^netscope observe: --netns needs a name/],
  ];
  for (const [flags, msg] of cases) t.throws(() => filtersFromFlags('observe', flags), { name: 'UserError', message: msg }, JSON.stringify(flags));
});

t.test('--kind', async (t) => {
  t.same(kindsFromFlag('observe', undefined), []);
  t.same(kindsFromFlag('observe', ['journey,lost', 'conntrack_stats']), [EventKind.EVENT_KIND_JOURNEY, EventKind.EVENT_KIND_LOST, EventKind.EVENT_KIND_CONNTRACK_STATS]);
  t.throws(() => kindsFromFlag('observe', ['journeys']), { message: /^netscope observe: --kind: unknown kind 'journeys'; use packet, journey, / });
});

t.test('--since', async (t) => {
  const now = Date.parse('2026-01-02T03:04:05Z');
  t.equal(sinceFromFlag('observe', undefined, now), 0);
  t.equal(sinceFromFlag('observe', '30s', now), (now - 30_000) * 1e6);
  t.equal(sinceFromFlag('observe', '2h', now), (now - 7_200_000) * 1e6);
  t.equal(sinceFromFlag('observe', '2026-01-02T03:00:00Z', now), Date.parse('2026-01-02T03:00:00Z') * 1e6);
  t.throws(() => sinceFromFlag('observe', 'yesterday', now), { message: /^netscope observe: --since: 'yesterday'/ });
});
