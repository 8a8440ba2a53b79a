// `netscope demo`, the README's main job, run as a user would: it must trace the masqueraded ping,
// show conntrack and the tbf limit, and leave nothing behind.
import t from 'tap';
import { execa } from 'execa';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { kernelTier } from '../helpers/kernel.js';

t.test('netscope demo traces, shows conntrack and tbf, and cleans up', kernelTier(), async (t) => {
  await execa('npx', ['--no-install', 'tsc', '-p', '.']); // the CLI runs from dist/
  const linksBefore = JSON.parse((await execa('bpftool', ['link', 'show', '-j'])).stdout || '[]') as unknown[];
  const r = await execa('env', ['-u', 'NODE_OPTIONS', resolve('bin/netscope'), 'demo', '--pings', '2', '--color', 'never'], { reject: false });
  t.equal(r.exitCode, 0, `demo exits 0 (stderr: ${r.stderr.slice(-500)})`);
  const out = r.stdout;
  const prefix = /lab '(demo-[0-9a-f]+)'/.exec(out)?.[1];
  t.ok(prefix, 'names its lab');
  t.match(out, /POSTROUTING .*src 10\.85\.0\.2 → 192\.168\.61\.11 \(SNAT\/MASQUERADE\)/, 'the SNAT on the way out');
  t.match(out, /PREROUTING .*dst 192\.168\.61\.11 → 10\.85\.0\.2 \(de-NAT\)/, 'and back');
  t.match(out, /conntrack 0x[0-9a-f]+ +icmp +orig 10\.85\.0\.2 → 192\.168\.61\.12 id \d+ +reply 192\.168\.61\.12 → 192\.168\.61\.11/, 'the conntrack entry with both tuples');
  t.match(out, /NEW +icmp/, 'the conntrack event the ping caused');
  const m = /measured at the qdisc \(peak 1 s\) +([\d.]+) Mbit\/s/.exec(out);
  t.ok(m, 'the tbf section');
  const measured = Number(m?.[1]);
  t.ok(Math.abs(measured - 10) / 10 <= 0.2, `measured ${measured} Mbit/s within 20% of the 10mbit limit`);
  // nothing left: no namespace of its lab, no new link, no bpftrace/loader/conntrack child
  const ns = (await execa('ip', ['netns', 'list'])).stdout;
  t.notMatch(ns, new RegExp(`${prefix}-`), 'no namespace of the demo');
  const linksAfter = JSON.parse((await execa('bpftool', ['link', 'show', '-j'])).stdout || '[]') as unknown[];
  t.ok(linksAfter.length <= linksBefore.length, 'no BPF link left');
  const procs = (await execa('pgrep', ['-af', `netscope-nf-loader|bpf/tracepoint/packet-path.bt|nsenter --net=/run/netns/${prefix}`], { reject: false })).stdout;
  t.equal(procs.trim(), '', 'no child process left');
  t.ok(!existsSync(`/run/netns/${prefix}-host01`));
});
