// The dashboard's filter prompt: field=value words or the CLI's own flags, the same checks and
// sentences as `netscope observe`'s flags.
import t from 'tap';
import { parseFilter, filterPasses, type DashboardFilter } from '../../../cli/dashboard/filter.js';
import { Hook, Verdict, type Envelope } from '../../../proto/index.js';

const ok = (text: string): DashboardFilter => {
  const f = parseFilter(text);
  if ('error' in f) throw new Error(f.error);
  return f;
};
const err = (text: string): string => {
  const f = parseFilter(text);
  return 'error' in f ? f.error : '(no error)';
};

t.test('field=value, flags and bare words give the same filters', async (t) => {
  const want = { allow: [{ protocol: [1], address: ['10.85.0.0/16'] }], deny: [{ address: ['10.85.0.3'] }] };
  t.match(ok('proto=icmp ip=10.85.0.0/16 !ip=10.85.0.3'), want);
  t.match(ok('--proto icmp --ip=10.85.0.0/16 --deny-ip 10.85.0.3'), want);
  t.match(ok('icmp 10.85.0.0/16 deny-ip=10.85.0.3'), want);
  t.match(ok('hook=forward,postrouting verdict=dropped iface=cni0 port=5201 netns=lab-host01'), {
    allow: [{ hook: [Hook.HOOK_FORWARD, Hook.HOOK_POSTROUTING], verdict: [Verdict.VERDICT_DROPPED], interface: ['cni0'], port: [5201], netns: ['lab-host01'] }],
    deny: [],
  });
  t.match(ok('   '), { text: '', allow: [], deny: [] }, 'empty');
});

t.test('bad filters: one sentence naming what is wrong', async (t) => {
  const cases: Array<[string, RegExp]> = [
    ['ip=10.85.0.300', /^filter ip: '10\.85\.0\.300' is not an IPv4 address or CIDR; write it like/],
    ['!port=http', /^filter !port: 'http' is not a port; use a number from 1 to 65535\.$/],
    ['proto=sctpx', /^filter proto: 'sctpx' is not a protocol/],
    ['hook=input2', /^filter hook: 'input2' is not a netfilter hook; use prerouting, input, forward, output, postrouting\.$/],
    ['colour=red', /^filter: 'colour' is not a filter field; use proto, ip, port, netns, interface, hook, verdict/],
    ['--colour red', /^filter: --colour is not a filter flag/],
    ['--proto', /^filter: --proto needs a value, e.g\. --proto icmp\.$/],
    ['ip=', /^filter: ip= needs a value, e.g\. ip=10\.85\.0\.2\.$/],
    ['hello', /^filter: 'hello' is neither field=value nor an address or protocol/],
  ];
  for (const [text, re] of cases) {
    const e = err(text);
    t.match(e, re, text);
    t.equal(e.split('\n').length, 1, 'one line');
  }
});

t.test('what a filter narrows', async (t) => {
  const f = ok('ip=10.85.0.2');
  const j = (src: string): Envelope => ({ journey: { id: 'j', headers: { src, dst: '192.168.61.12', protocol: 1 } } });
  t.ok(filterPasses(f, j('10.85.0.2')));
  t.notOk(filterPasses(f, j('10.85.0.3')));
  t.notOk(filterPasses(f, { packet: { headers: { src: '10.85.0.3', dst: '1.1.1.1', protocol: 1 } } }));
  t.notOk(filterPasses(f, { conntrack: { entry: { protocol: 1, original: { src: '10.85.0.3', dst: '1.1.1.1' } } } }));
  for (const env of [{ qdisc: { dev: 'eth0' } }, { conntrackStats: { count: 1 } }, { status: {} }, { lost: { count: 1 } }, { gap: {} }] as Envelope[]) {
    t.ok(filterPasses(f, env), `${Object.keys(env)[0]} always passes`);
  }
  t.ok(filterPasses(undefined, j('10.85.0.3')), 'no filter');
});
