// `netscope observe`: the agent's envelope stream, filtered, as compact lines, JSON lines or journeys.
import { EventKind } from '../../agent/server/service.js';
import { UserError } from '../../agent/util/errors.js';
import { CONNECT_HELP, CONNECT_OPTIONS, connectAgent } from '../client/connect.js';
import { FILTER_HELP, FILTER_OPTIONS, KIND_NAMES, filtersFromFlags, kindsFromFlag, sinceFromFlag } from '../client/filters.js';
import { BoundedOutput, streamEnvelopes } from '../client/stream.js';
import { LossStage } from '../../proto/index.js';
import { intFlag, parseFlags, type Command } from '../command.js';
import { FORMATS, formatEnvelope, type Format } from '../print/envelope.js';
import { styleFor } from '../print/style.js';

const help = `usage: netscope observe [--agent ADDR] [filters] [--kind KIND]... [-o compact|json|journey]
                       [--follow] [--last N | --first N] [--since WHEN] [--count N] [--color WHEN]

Shows what a running agent sees (no root needed, only access to its socket): packet sightings,
journeys, conntrack events and table size, qdisc samples, lost-event and gap notices, agent status.
Without --follow it prints what the agent has buffered (the last 20 by default) and exits; with
--follow it keeps printing live events until Ctrl-C or --count is reached.

A slow reader of stdout ('observe --follow | slow-consumer') costs envelopes, never memory: at most
4 MiB wait for it; beyond that envelopes are dropped and counted, a LostEvents line (source 'netscope
observe: stdout read too slowly') marks the hole when the reader catches up, and observe ends with
the count on stderr and exit status 1. When the agent stops, --follow ends with 'the agent … is
stopping' on stderr and exit status 1.

options:
${CONNECT_HELP}
  --kind KIND        only these kinds (repeatable, or a comma list): ${Object.keys(KIND_NAMES).join(', ')}
                     (default all)
  -o, --output FMT   compact (default: one line an event), json (one Envelope a line in the proto3
                     JSON mapping, for jq), journey (journeys only, one block a journey, hop by hop)
  -f, --follow       keep the stream open and print events as they come
  --last N           start with the newest N buffered events that pass the filters
  --first N          start with the oldest N buffered events (not with --follow or --last)
  --since WHEN       start with the buffered events since WHEN: 30s, 5m, 2h or a date
  --count N          exit after printing N events (follows live events until then)
  --color WHEN       auto (default: on a terminal), always or never

${FILTER_HELP}
Events that are not packets or journeys match the fields that apply to them (conntrack: proto, ip,
port, netns; qdisc: netns, interface); lost, gap and status notices pass every filter (pick them
with --kind).

examples:
  netscope observe --follow --proto icmp --netns lab-host01
  netscope observe --kind journey --ip 10.85.0.0/16 --deny-ip 10.85.0.3 -o json | jq .journey.nat
  netscope observe --last 100 --verdict dropped -o journey`;

export const observe: Command = {
  name: 'observe',
  help,
  async run(argv) {
    const { values } = parseFlags('observe', argv, {
      ...CONNECT_OPTIONS,
      ...FILTER_OPTIONS,
      kind: { type: 'string', multiple: true },
      output: { type: 'string', short: 'o' },
      follow: { type: 'boolean', short: 'f' },
      last: { type: 'string' },
      first: { type: 'string' },
      since: { type: 'string' },
      count: { type: 'string' },
      color: { type: 'string' },
    });
    // everything is checked before connecting
    const format = (values.output ?? 'compact') as Format;
    if (!(FORMATS as readonly string[]).includes(format)) throw new UserError(`netscope observe: -o takes ${FORMATS.join(', ')}, not '${values.output}'.`);
    const style = styleFor(values.color);
    let kinds = kindsFromFlag('observe', values.kind);
    if (format === 'journey' && !kinds.length) kinds = [EventKind.EVENT_KIND_JOURNEY]; // the only kind it prints
    const { allow, deny } = filtersFromFlags('observe', values);
    const first = intFlag('observe', 'first', values.first, 0);
    let last = intFlag('observe', 'last', values.last, 0);
    const count = intFlag('observe', 'count', values.count, 0);
    const sinceNs = sinceFromFlag('observe', values.since);
    if (first && last) throw new UserError('netscope observe: cannot set both --first and --last.');
    if (first && values.follow) throw new UserError('netscope observe: cannot set both --first and --follow.');
    // --count without --follow waits for live events; with nothing asked, the last 20 (as hubble)
    const follow = !!values.follow || (!!count && !first);
    if (!follow && !first && !last && !sinceNs) last = 20;
    const client = await connectAgent('observe', values);
    let printed = 0;
    // a slow reader of stdout costs dropped envelopes, counted and reported, never unbounded memory
    const out = new BoundedOutput({
      command: 'observe',
      lossLine: (n) => formatEnvelope({ lost: { stage: LossStage.LOSS_STAGE_CLIENT_QUEUE, source: 'netscope observe: stdout read too slowly', count: n, timeNs: Date.now() * 1e6 } }, format, style),
    });
    let failed: unknown;
    try {
      await streamEnvelopes(client, { kinds, allow, deny, follow, first, last, sinceNs }, (env) => {
        if (!out.accept()) return true;
        const text = formatEnvelope(env, format, style);
        if (text === undefined || text === '') return true;
        out.write(text);
        printed++;
        return !(count && printed >= count);
      });
    } catch (err) {
      failed = err;
    } finally {
      client.close();
    }
    const lossCode = await out.finish();
    // what a stalled reader never took keeps pending writes, and with them the process, alive
    const exitNow = out.stalled > 0;
    if (failed instanceof UserError) {
      process.stderr.write(`${failed.message}\n`);
      if (exitNow) process.exit(failed.exitCode);
      return failed.exitCode;
    }
    if (failed) throw failed;
    if (exitNow) process.exit(lossCode);
    return lossCode;
  },
};
