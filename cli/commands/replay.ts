// `netscope replay FILE`: a recording through the same printers as live data, paced by its timestamps.
import { basename } from 'node:path';
import { matchEnvelope, protocolNumber, type ReplayFilter } from '../../agent/record/filter.js';
import { KINDS, timeOf, type Kind } from '../../agent/record/envelope-info.js';
import { describeEnd, recordingParts, type ReadEnd } from '../../agent/record/reader.js';
import { parseCidr } from '../../agent/probes/filter.js';
import { UserError } from '../../agent/util/errors.js';
import { parseFlags, type Command } from '../command.js';
import { FORMATS, formatEnvelope, type Format } from '../print/envelope.js';
import { styleFor } from '../print/style.js';
import { dashboardColor, needTerminal } from '../dashboard/terminal.js';

const help = `usage: netscope replay FILE [-o compact|json|journey] [--speed X|max] [--kind KIND[,KIND]]...
                      [--proto icmp|tcp|udp] [--ip ADDR] [--port N] [--color auto|always|never]
       netscope replay FILE --dashboard [--speed X|max] [--kind …] [--proto …] [--ip …] [--port …]

Replays a recording made by 'netscope record' (or 'netscope agent --record') through the same
printers as live data: the output is what the live view printed. Needs no root and no kernel
support; the file only has to be readable. A recording that was rotated (FILE, FILE.1, …) is
replayed part after part.

Pacing: events are printed at the pace of their recorded timestamps, scaled by --speed (2 = twice as
fast); --speed max prints without waiting.

A file that was cut off (the recorder crashed or was killed) replays up to its last whole batch,
then says on stderr where it stopped and why; a corrupt batch (CRC32 mismatch) stops the replay
there, naming its byte offset.

With --dashboard the recording plays into the terminal dashboard (see 'netscope dashboard --help'):
the conntrack table and qdiscs start from the recording's start snapshot, the agent panel shows
the recorded host, kernel and probe sets. p pauses the replay itself; while paused, n or space
shows the next event (the agent panel names it), p plays on from there. q quits; the exit status
then says how the file ended, as below.

options:
  --dashboard        replay into the terminal dashboard (needs a terminal; not with -o)
  -o, --output FMT   compact (default: one line per event), json (one Envelope a line, proto3 JSON,
                     as 'netscope agent' and '-o json' of the live views print), or journey (each
                     journey hop by hop; other kinds are not shown)
  --speed X|max      replay speed factor (default 1), e.g. 0.5, 10, max
  --kind KINDS       only these envelope kinds: ${KINDS.join(', ')} (comma list, repeatable)
  --proto P          only packets, journeys and conntrack events of icmp, tcp or udp
  --ip ADDR          only those with ADDR as a source or destination (a journey matches if any hop
                     does, so both the pod and the masqueraded address find it)
  --port N           only those with this source or destination port
  --color WHEN       auto (default: on a terminal), always or never
  -h, --help         this help

exit status: 0 the file was whole, 3 it was cut off (everything up to the cut was replayed),
4 it is corrupt (replayed up to the corrupt frame), 2 it is not a recording this netscope reads.

examples:
  netscope replay trace.nsrec -o journey --speed max --proto icmp
  netscope replay trace.nsrec --dashboard --speed 0.5`;

export function parseSpeed(v: string | undefined, command = 'replay'): number {
  if (v === undefined) return 1;
  if (v === 'max') return Infinity;
  const n = Number(v);
  if (!/^\d+(\.\d+)?$/.test(v) || !(n > 0)) throw new UserError(`netscope ${command}: --speed takes a positive number such as 0.5 or 10, or max, not '${v}'.`);
  return n;
}

export function parseKinds(command: string, values: string[] | undefined): Set<Kind> | undefined {
  if (!values?.length) return undefined;
  const out = new Set<Kind>();
  for (const k of values.flatMap((v) => v.split(',')).map((k) => k.trim()).filter(Boolean)) {
    if (!(KINDS as readonly string[]).includes(k)) throw new UserError(`netscope ${command}: --kind: unknown kind '${k}'; use a comma list of ${KINDS.join(', ')}.`);
    out.add(k as Kind);
  }
  return out;
}

export function parseReplayFilter(command: string, v: { kind?: string[]; proto?: string; ip?: string; port?: string }): ReplayFilter {
  const f: ReplayFilter = { kinds: parseKinds(command, v.kind) };
  if (v.proto !== undefined) {
    f.protocol = protocolNumber(v.proto);
    if (f.protocol === undefined) throw new UserError(`netscope ${command}: --proto: '${v.proto}' is not a protocol netscope filters on; use icmp, tcp or udp.`);
  }
  if (v.ip !== undefined) {
    const c = parseCidr(v.ip);
    if (!c || c.prefixLen !== 32) throw new UserError(`netscope ${command}: --ip: '${v.ip}' is not an IPv4 address; write it like 10.85.0.2.`);
    f.ip = c.addr;
  }
  if (v.port !== undefined) {
    if (!/^\d+$/.test(v.port) || Number(v.port) < 1 || Number(v.port) > 65535) throw new UserError(`netscope ${command}: --port: '${v.port}' is not a port; use a number from 1 to 65535.`);
    f.port = Number(v.port);
  }
  return f;
}

/** Exit code and stderr line for how a file ended. */
export function endStatus(name: string, end: ReadEnd | undefined): number {
  if (!end || end.whole) return 0;
  process.stderr.write(describeEnd(name, end) + '\n');
  return end.corrupt ? 4 : 3;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export const replay: Command = {
  name: 'replay',
  help,
  async run(argv) {
    const { values, positionals } = parseFlags('replay', argv, {
      output: { type: 'string', short: 'o' },
      speed: { type: 'string' },
      kind: { type: 'string', multiple: true },
      proto: { type: 'string' },
      ip: { type: 'string' },
      port: { type: 'string' },
      color: { type: 'string' },
      dashboard: { type: 'boolean' },
    }, true);
    if (positionals.length !== 1) throw new UserError(`netscope replay: give exactly one recording file; see 'netscope replay --help'.`);
    const file = positionals[0]!;
    if (values.dashboard) return replayDashboard(file, values);
    const format = (values.output ?? 'compact') as Format;
    if (!(FORMATS as readonly string[]).includes(format)) throw new UserError(`netscope replay: -o takes ${FORMATS.join(', ')}, not '${values.output}'.`);
    const speed = parseSpeed(values.speed);
    const filter = parseReplayFilter('replay', values);
    const style = styleFor(values.color);
    let out = '';
    const flush = async () => {
      if (!out) return;
      const chunk = out;
      out = '';
      if (!process.stdout.write(chunk)) await new Promise((r) => process.stdout.once('drain', r));
    };
    let t0 = 0;
    let started = 0;
    let end: ReadEnd | undefined;
    for (const reader of recordingParts(file)) {
      for (const { batch } of reader.batches()) {
        for (const env of batch.envelopes) {
          if (!matchEnvelope(env, filter)) continue;
          if (speed !== Infinity) {
            const t = timeOf(env);
            if (t) {
              if (!t0) {
                t0 = t;
                started = performance.now();
              }
              const wait = (t - t0) / 1e6 / speed - (performance.now() - started);
              if (wait > 1) {
                await flush();
                await sleep(wait);
              }
            }
          }
          const text = formatEnvelope(env, format, style);
          if (text !== undefined) out += text + '\n';
          if (out.length > 1 << 16) await flush();
        }
        if (speed !== Infinity) await flush();
      }
      await flush();
      end = reader.end;
      if (!end?.whole) break;
    }
    await flush();
    return endStatus(file, end);
  },
};

/** `replay FILE --dashboard`: the recording into the dashboard, paced, with pause and step. */
async function replayDashboard(file: string, values: { output?: string; speed?: string; kind?: string[]; proto?: string; ip?: string; port?: string; color?: string }): Promise<number> {
  if (values.output !== undefined) throw new UserError('netscope replay: --dashboard shows the recording on a screen; it cannot be combined with -o.');
  const speed = parseSpeed(values.speed);
  const filter = parseReplayFilter('replay', values);
  const color = dashboardColor('replay', values.color);
  const tty = needTerminal('replay', `leave out --dashboard to print the recording as lines`);
  if (tty) throw tty;
  const { feedFromRecording, runDashboard } = await import('../dashboard/index.js'); // blessed only when drawn
  const feed = feedFromRecording(file, { speed, filter }); // a file that is not a readable recording: one sentence, before the screen
  await runDashboard(feed, { title: `replay ${basename(file)}${speed === Infinity ? ' at max speed' : speed !== 1 ? ` at ${speed}×` : ''}`, color });
  // how the file ended, as plain replay reports it (0 whole or not read to its end, 3 cut, 4 corrupt)
  return endStatus(file, feed.end);
}
