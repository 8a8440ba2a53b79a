// `netscope trace`: journeys only, as readable paths (one line a hop, NAT, conntrack, latency, verdict).
import { EventKind } from '../../agent/server/service.js';
import { UserError } from '../../agent/util/errors.js';
import { envelopeToJson } from '../../proto/index.js';
import { CONNECT_HELP, CONNECT_OPTIONS, connectAgent } from '../client/connect.js';
import { FILTER_HELP, FILTER_OPTIONS, filtersFromFlags } from '../client/filters.js';
import { streamEnvelopes } from '../client/stream.js';
import { intFlag, parseFlags, type Command } from '../command.js';
import { formatJourney } from '../print/journey.js';
import { styleFor } from '../print/style.js';

const help = `usage: netscope trace [--agent ADDR] [filters] [-o journey|json] [--count N] [--last N] [--color WHEN]

Follows packets through the host as a running agent correlates them: for each journey, one line a
hop, indented, with netns, device or netfilter hook, per-hop latency, the NAT rewrite where it
happened (src 10.85.0.4 → 192.168.61.11 (SNAT/MASQUERADE)), the conntrack entry, and the verdict
at the end. Runs until Ctrl-C or --count journeys were printed.

options:
${CONNECT_HELP}
  -o, --output FMT   journey (default: the readable path) or json (one Envelope a line, proto3 JSON)
  --count N          exit after N journeys
  --last N           start with the newest N buffered journeys that pass the filters
  --color WHEN       auto (default: on a terminal), always or never

${FILTER_HELP}

examples:
  netscope trace --proto icmp --netns lab-host01
  netscope trace --ip 10.85.0.2 --count 1 -o json | jq '.journey.nat'
  netscope trace --verdict dropped`;

export const trace: Command = {
  name: 'trace',
  help,
  async run(argv) {
    const { values } = parseFlags('trace', argv, {
      ...CONNECT_OPTIONS,
      ...FILTER_OPTIONS,
      output: { type: 'string', short: 'o' },
      count: { type: 'string' },
      last: { type: 'string' },
      color: { type: 'string' },
    });
    const format = values.output ?? 'journey';
    if (format !== 'journey' && format !== 'json') throw new UserError(`netscope trace: -o takes journey or json, not '${format}'.`);
    const style = styleFor(values.color);
    const { allow, deny } = filtersFromFlags('trace', values);
    const count = intFlag('trace', 'count', values.count, 0);
    const last = intFlag('trace', 'last', values.last, 0);
    const client = await connectAgent('trace', values);
    let printed = 0;
    try {
      await streamEnvelopes(client, { kinds: [EventKind.EVENT_KIND_JOURNEY], allow, deny, follow: true, last }, (env) => {
        if (!env.journey) return true;
        process.stdout.write(format === 'json' ? JSON.stringify(envelopeToJson(env)) + '\n' : formatJourney(env.journey, style).join('\n') + '\n\n');
        printed++;
        return !(count && printed >= count);
      });
    } finally {
      client.close();
    }
    return 0;
  },
};
