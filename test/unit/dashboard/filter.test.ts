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

t.test("the dashboard's fast filter gives the agent's answer on recorded envelopes", async (t) => {
  const { readFileSync } = await import('node:fs');
  const { Correlator } = await import('../../../agent/correlate/journeys.js');
  const { parseLoaderLine } = await import('../../../agent/probes/loader/parse.js');
  const { parseConntrackLine } = await import('../../../agent/sources/conntrack/parse.js');
  const { pb } = await import('../../../proto/index.js');
  const { agentPasses } = await import('../../../cli/dashboard/filter.js');
  const envs: Envelope[] = [];
  const c = new Correlator();
  const add = (p: NonNullable<Envelope['packet']>) => {
    envs.push({ packet: p });
    for (const j of c.add(p)) envs.push({ journey: j });
  };
  for (const l of readFileSync('test/fixtures/loader/masquerade-ping.jsonl', 'utf8').trim().split('\n')) {
    const p = parseLoaderLine(l);
    if (p.kind === 'event') add(p.event);
  }
  for (const f of ['forward-drop.jsonl', 'icmp-dnat.jsonl']) {
    for (const l of readFileSync(`test/fixtures/agent/${f}`, 'utf8').trim().split('\n')) add(pb.Envelope.fromObject(JSON.parse(l)).packet as NonNullable<Envelope['packet']>);
  }
  for (const j of c.drain()) envs.push({ journey: j });
  for (const l of readFileSync('test/fixtures/conntrack/events-masquerade.txt', 'utf8').trim().split('\n')) {
    const p = parseConntrackLine(l, { netns: 4026532177, netnsName: 'lab-host01' });
    if (p.type === 'event') envs.push({ conntrack: p.event });
  }
  envs.push({ packet: { netnsName: 'lab-host01', ifname: 'eth0', outIfname: 'cni0', hook: Hook.HOOK_FORWARD, kind: 6, headers: { src: '10.85.0.3', dst: '192.168.61.12', protocol: 6, srcPort: 40000, dstPort: 5201 } } });
  envs.push({ conntrack: { netnsName: 'lab-host01' } }, { journey: { id: 'empty' } }, { packet: {} });
  t.ok(envs.filter((e) => e.journey).length >= 4 && envs.filter((e) => e.conntrack).length >= 10, `${envs.length} envelopes`);
  const exprs = [
    'proto=icmp', 'proto=tcp,udp', 'ip=10.85.0.2', 'ip=192.168.61.0/24', 'ip=0.0.0.0/0', '!ip=10.85.0.3', 'port=5201', 'port=5353 proto=udp',
    'netns=lab-host01', 'netns=4026532177', 'netns=lab-pod1', 'iface=cni0', 'iface=veth-pod1,eth0', 'hook=forward', 'hook=prerouting !hook=postrouting',
    'verdict=dropped', 'verdict=delivered,incomplete', 'ip=10.85.0.0/16 !ip=10.85.0.3 proto=icmp', '!netns=lab-host01', '!verdict=dropped', 'ip=224.0.0.22',
  ];
  let compared = 0;
  for (const x of exprs) {
    const f = ok(x);
    for (const env of envs) {
      if (filterPasses(f, env) !== agentPasses(f, env)) t.fail(`${x}: ${JSON.stringify(env).slice(0, 200)}`);
      compared++;
    }
  }
  t.pass(`${compared} comparisons`);
  // not vacuous: most filters keep some envelopes and leave out others
  const mixed = exprs.filter((x) => {
    const f = ok(x);
    const n = envs.filter((e) => e.packet || e.journey || e.conntrack).filter((e) => filterPasses(f, e)).length;
    return n > 0 && n < envs.length;
  });
  t.ok(mixed.length >= 15, `${mixed.length} of ${exprs.length} filters split the envelopes`);
});
