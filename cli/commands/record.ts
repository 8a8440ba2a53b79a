// `netscope record -o FILE`: records the event stream to a file. For now it runs the agent in-process
// (root), with the same probe and filter options as `netscope agent`; recording from a running
// agent over its API (--agent ADDR) comes with the gRPC API.
import { Agent } from '../../agent/agent.js';
import { systemClock } from '../../agent/core/clock.js';
import { resolveNetns } from '../../agent/core/netns.js';
import { parseFilter } from '../../agent/probes/filter.js';
import { parseProbeSets, SET_NAMES, type ProbeFilter } from '../../agent/probes/sets.js';
import { startRecorder, type Recorder } from '../../agent/record/recorder.js';
import { UserError, requireRoot } from '../../agent/util/errors.js';
import { intFlag, parseFlags, type Command } from '../command.js';

const help = `usage: netscope record -o FILE [--netns NAME|PATH]... [--probes auto|SET[,SET]]
                      [--proto icmp|tcp|udp] [--host ADDR[/LEN]] [--port N]
                      [--duration D | --count N] [--max-size SIZE] [--ready-file PATH]

Records the event stream (packets, journeys, conntrack, qdisc samples, losses, gaps, status) to FILE,
for 'netscope replay', 'inspect' and 'export' later — on any machine, without root. It runs the agent
in this process (needs root) with the same options as 'netscope agent'. The file starts with a header
(host, kernel, probe sets, clock offset) and a snapshot of each target netns (conntrack table, qdiscs,
iptables-save, nft ruleset, addresses, routes); then checksummed batches of events follow (written at
least every 250 ms); Ctrl-C, SIGTERM, --duration or --count end it with a footer and an index.
On a terminal a progress line on stderr shows events, bytes written and events lost.

options:
  -o, --output FILE   the recording to write (replaced if it exists)
  --netns NAME|PATH   a network namespace to watch, repeatable (default the agent's own)
  --probes SETS       auto (default) or a comma list of ${SET_NAMES.join(', ')}
  --proto P           keep only icmp, tcp or udp packets (filtered in the kernel)
  --host ADDR[/LEN]   keep only packets with an end in this address or CIDR
  --port N            keep only packets with this source or destination port
  --duration D        stop after D: 30s, 5m, 1h, 500ms (a bare number is seconds)
  --count N           stop after N events
  --max-size SIZE     rotate before a file passes SIZE bytes (suffix k, M, G): FILE, FILE.1, FILE.2, …
  --ready-file PATH   written once the probes are attached and recording has begun
  -h, --help          this help

example:
  sudo netscope record -o ping.nsrec --netns lab-host01 --proto icmp --duration 10s`;

export function parseDuration(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(v);
  const ms = m ? Number(m[1]) * { ms: 1, s: 1000, m: 60000, h: 3600000 }[(m[2] ?? 's') as 'ms' | 's' | 'm' | 'h'] : NaN;
  if (!(ms > 0)) throw new UserError(`netscope record: --duration takes a time such as 30s, 5m or 500ms, not '${v}'.`);
  return ms;
}

export function parseSize(v: string | undefined, command = 'record', flag = 'max-size'): number | undefined {
  if (v === undefined) return undefined;
  const m = /^(\d+)([kKmMgG])?i?[bB]?$/.exec(v);
  const n = m ? Number(m[1]) * (m[2] ? 1024 ** ('kmg'.indexOf(m[2].toLowerCase()) + 1) : 1) : NaN;
  if (!(n >= 4096)) throw new UserError(`netscope ${command}: --${flag} takes a size of at least 4096 bytes such as 100M or 1G, not '${v}'.`);
  return n;
}

const filterText = (f: ProbeFilter) => [f.protocol && `proto=${f.protocol}`, f.host && `host=${f.host}`, f.port && `port=${f.port}`].filter(Boolean).join(' ');

function human(n: number): string {
  return n >= 1 << 30 ? `${(n / (1 << 30)).toFixed(1)} GiB` : n >= 1 << 20 ? `${(n / (1 << 20)).toFixed(1)} MiB` : n >= 1024 ? `${(n / 1024).toFixed(1)} KiB` : `${n} B`;
}

export const record: Command = {
  name: 'record',
  summary: 'record the event stream to a file for replay, inspect and export (root)',
  help,
  async run(argv) {
    const { values } = parseFlags('record', argv, {
      output: { type: 'string', short: 'o' },
      netns: { type: 'string', multiple: true },
      probes: { type: 'string' },
      proto: { type: 'string' },
      host: { type: 'string' },
      port: { type: 'string' },
      duration: { type: 'string' },
      count: { type: 'string' },
      'max-size': { type: 'string' },
      'ready-file': { type: 'string' },
    });
    if (!values.output) throw new UserError(`netscope record: -o FILE is required (the recording to write); see 'netscope record --help'.`);
    if (values.duration !== undefined && values.count !== undefined) throw new UserError(`netscope record: cannot set both --duration and --count.`);
    const durationMs = parseDuration(values.duration);
    const count = values.count === undefined ? undefined : intFlag('record', 'count', values.count, 1);
    const maxSize = parseSize(values['max-size']);
    const filter = parseFilter({ proto: values.proto, host: values.host, port: values.port });
    const probes = parseProbeSets(values.probes ?? 'auto');
    const netns = (values.netns ?? []).map(resolveNetns);
    requireRoot('netscope record');
    const file = values.output;
    const clock = systemClock();
    const agent = new Agent({ netns, probes, filter, clock, readyFile: undefined, warn: (m) => process.stderr.write(`netscope record: ${m}\n`) });

    let recorder: Recorder | undefined;
    let finish: (reason: string) => void = () => undefined;
    const finished = new Promise<string>((resolve) => (finish = resolve));
    const handlers = (['SIGINT', 'SIGTERM', 'SIGHUP'] as const).map((sig) => {
      const h = () => finish(sig);
      process.on(sig, h); // on, not once: execa's signal-exit re-raises a signal when it sees no other listener
      return [sig, h] as const;
    });
    const tty = process.stderr.isTTY;
    let progress: NodeJS.Timeout | undefined;
    try {
      await agent.start();
      recorder = await startRecorder(agent, file, { clock, maxSize, count, onLimit: () => finish('count reached'), filter: filterText(filter), command: ['netscope', 'record', ...argv].join(' ') });
      if (values['ready-file']) {
        const { writeFileSync, renameSync } = await import('node:fs');
        writeFileSync(`${values['ready-file']}.tmp`, JSON.stringify({ pid: process.pid, file }) + '\n');
        renameSync(`${values['ready-file']}.tmp`, values['ready-file']);
      }
      process.stderr.write(`netscope record: recording to ${file} (${agent.targets.map((t) => t.name).join(', ')}); Ctrl-C to stop\n`);
      const timer = durationMs ? setTimeout(() => finish('duration reached'), durationMs) : undefined;
      if (tty) {
        progress = setInterval(() => {
          const s = recorder!.stats;
          process.stderr.write(`\r\x1b[Kevents ${s.events}  bytes ${human(s.bytes)}  lost ${s.lost}`);
        }, 500);
      }
      const reason = await finished;
      if (timer) clearTimeout(timer);
      if (progress) clearInterval(progress);
      if (tty) process.stderr.write('\r\x1b[K');
      await agent.stop(); // closes open journeys, which are still recorded
      const s = recorder.stop(reason);
      process.stderr.write(`netscope record: ${reason}: ${s.events} events, ${human(s.bytes)}, ${s.lost} lost, in ${s.files.join(', ')}\n`);
      return 0;
    } catch (err) {
      if (progress) clearInterval(progress);
      recorder?.stop('error');
      await agent.stop().catch(() => undefined);
      throw err;
    } finally {
      for (const [sig, h] of handlers) process.removeListener(sig, h);
    }
  },
};
