// --pod and --container: netns filters by the names the agent gives container and pod namespaces.
import t from 'tap';
import { filterOptionsFor, filtersFromFlags } from '../../../cli/client/filters.js';
import { compileFilters, passes } from '../../../agent/server/filter.js';
import type { Envelope } from '../../../proto/index.js';

t.test('--pod [NS/]NAME and --container NAME become netns names; --netns values stay', async (t) => {
  t.same(filtersFromFlags('trace', { pod: ['default/web-1'] }).allow, [{ netns: ['pod default/web-1'] }]);
  t.same(filtersFromFlags('trace', { pod: ['web-1'] }).allow, [{ netns: ['pod default/web-1'] }], 'no namespace: default, as in hubble');
  t.same(filtersFromFlags('trace', { container: ['web,cn-web'] }).allow, [{ netns: ['web (podman)', 'web (docker)', 'cn-web (podman)', 'cn-web (docker)'] }]);
  t.same(filtersFromFlags('trace', { netns: ['lab-host01'], container: ['web'] }).allow, [{ netns: ['lab-host01', 'web (podman)', 'web (docker)'] }], 'any of them matches');
  t.same(filtersFromFlags('trace', { 'deny-pod': ['kube-system/coredns'] }).deny, [{ netns: ['pod kube-system/coredns'] }]);
  t.throws(() => filtersFromFlags('trace', { pod: ['a/b/c'] }), { name: 'UserError', message: /^netscope trace: --pod: 'a\/b\/c' is not a pod; write NAMESPACE\/NAME or NAME/ });
  t.throws(() => filtersFromFlags('trace', { container: ['we b'] }), { name: 'UserError', message: /^netscope trace: --container: 'we b' is not a container name\.$/ });
  t.ok('pod' in filterOptionsFor(['netns']) && 'deny-container' in filterOptionsFor(['netns']), 'they come with the netns flags');
  t.notOk('pod' in filterOptionsFor(['proto']));
});

t.test('the agent matches them against hop names', async (t) => {
  const journey = (name: string): Envelope => ({ journey: { hops: [{ netns: 4026532239, netnsName: name }, { netns: 4026531840, netnsName: 'host' }] } });
  const cf = compileFilters(filtersFromFlags('trace', { container: ['web'] }));
  t.ok(passes(cf, journey('web (podman)')));
  t.ok(passes(cf, journey('web (docker)')));
  t.notOk(passes(cf, journey('web-2 (podman)')));
  t.ok(passes(compileFilters(filtersFromFlags('trace', { pod: ['web-1'] })), journey('pod default/web-1')));
});
