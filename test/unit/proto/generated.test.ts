// The generated code in proto/gen must match what proto/ generates now: edit the .proto, run `npm run proto:gen`.
import t from 'tap';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

t.test('proto/gen is up to date with proto/*.proto', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'netscope-proto-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  execFileSync('node', ['scripts/proto-gen.mjs', '--out', dir], { stdio: 'pipe' });
  for (const f of ['netscope.js', 'netscope.d.ts']) {
    const fresh = readFileSync(join(dir, f), 'utf8');
    const committed = readFileSync(join('proto', 'gen', f), 'utf8');
    t.ok(fresh === committed, `proto/gen/${f} is stale: run 'npm run proto:gen' and commit the result`);
  }
});

t.test('an envelope survives encode/decode and maps to proto3 JSON names', async (t) => {
  const { pb, envelopeToJson, HopKind, Hook } = await import('../../../proto/index.js');
  const env = {
    seq: 7,
    node: 'host01',
    packet: {
      monoNs: 1234567890,
      skb: '0xffff888103a4c800',
      kind: HopKind.HOP_KIND_HOOK_EXIT,
      hook: Hook.HOOK_POSTROUTING,
      headers: { src: '192.168.61.11', dst: '192.168.61.12', protocol: 1, icmpId: 42, icmpSeq: 1 },
    },
  };
  const back = pb.Envelope.decode(pb.Envelope.encode(env).finish());
  const json = envelopeToJson(back);
  t.same(json, {
    seq: 7,
    node: 'host01',
    packet: {
      monoNs: 1234567890,
      skb: '0xffff888103a4c800',
      kind: 'HOP_KIND_HOOK_EXIT',
      hook: 'HOOK_POSTROUTING',
      headers: { src: '192.168.61.11', dst: '192.168.61.12', protocol: 1, icmpId: 42, icmpSeq: 1 },
    },
  });
});
