// --agent / --listen addresses: socket paths, unix:// and tcp://, and what is refused.
import t from 'tap';
import { resolve } from 'node:path';
import { DEFAULT_SOCKET, formatAddress, grpcTarget, isLoopback, parseAddress } from '../../../agent/server/address.js';
import { agentAddress } from '../../../cli/client/connect.js';

t.test('socket paths', async (t) => {
  t.same(parseAddress('/run/netscope/agent.sock'), { kind: 'unix', path: '/run/netscope/agent.sock' });
  t.same(parseAddress('unix:///tmp/a.sock'), { kind: 'unix', path: '/tmp/a.sock' });
  t.same(parseAddress('unix:rel.sock'), { kind: 'unix', path: resolve('rel.sock') });
  t.same(parseAddress('rel/a.sock'), { kind: 'unix', path: resolve('rel/a.sock') });
  t.equal(grpcTarget({ kind: 'unix', path: '/tmp/a.sock' }), 'unix:///tmp/a.sock');
});

t.test('tcp addresses', async (t) => {
  t.same(parseAddress('tcp://127.0.0.1:4245'), { kind: 'tcp', host: '127.0.0.1', port: 4245 });
  t.same(parseAddress('tcp://[::1]:4245'), { kind: 'tcp', host: '::1', port: 4245 });
  t.same(parseAddress('tcp://agent.example:443'), { kind: 'tcp', host: 'agent.example', port: 443 });
  t.equal(formatAddress({ kind: 'tcp', host: '::1', port: 1 }), 'tcp://[::1]:1');
  t.equal(grpcTarget({ kind: 'tcp', host: '127.0.0.1', port: 9 }), '127.0.0.1:9');
});

t.test('malformed addresses say why', async (t) => {
  t.match(parseAddress('tcp://127.0.0.1'), /write tcp:\/\/HOST:PORT/);
  t.match(parseAddress('tcp://127.0.0.1:0'), /no valid port/);
  t.match(parseAddress('tcp://127.0.0.1:70000'), /no valid port/);
  t.match(parseAddress('http://x:1'), /scheme netscope does not speak/);
  t.match(parseAddress('unix://relative'), /unix:\/\/\/absolute\/path/);
  t.match(parseAddress(''), /empty/);
});

t.test('loopback', async (t) => {
  for (const h of ['127.0.0.1', '127.1.2.3', '::1', 'localhost']) t.ok(isLoopback(h), h);
  for (const h of ['0.0.0.0', '10.0.0.1', '::', 'example.com']) t.notOk(isLoopback(h), h);
});

t.test('--agent: the flag, then $NETSCOPE_AGENT, then the default socket; bad ones name the flag', async (t) => {
  const saved = process.env.NETSCOPE_AGENT;
  t.teardown(() => (saved === undefined ? delete process.env.NETSCOPE_AGENT : (process.env.NETSCOPE_AGENT = saved)));
  delete process.env.NETSCOPE_AGENT;
  t.same(agentAddress('observe', undefined), { kind: 'unix', path: DEFAULT_SOCKET });
  process.env.NETSCOPE_AGENT = 'tcp://127.0.0.1:4245';
  t.same(agentAddress('observe', undefined), { kind: 'tcp', host: '127.0.0.1', port: 4245 });
  t.same(agentAddress('observe', '/x.sock'), { kind: 'unix', path: '/x.sock' });
  t.throws(() => agentAddress('trace', 'tcp://nope'), { name: 'UserError', message: /^netscope trace: --agent: 'tcp:\/\/nope' is not a TCP address/ });
});
