// `netscope qdisc`: every qdisc in the netns the agent watches, tbf rate against the measured rate,
// drops, overlimits, backlog; --watch redraws as new samples come.
import { compileFilters, passes } from '../../agent/server/filter.js';
import { EventKind } from '../../agent/server/service.js';
import { UserError } from '../../agent/util/errors.js';
import { envelopeToJson, type QdiscSample } from '../../proto/index.js';
import { CONNECT_HELP, CONNECT_OPTIONS, connectAgent } from '../client/connect.js';
import { filterOptionsFor, filtersFromFlags } from '../client/filters.js';
import { streamEnvelopes } from '../client/stream.js';
import { parseFlags, type Command } from '../command.js';
import { clock } from '../print/envelope.js';
import { styleFor } from '../print/style.js';
import { qdiscTable } from '../print/tables.js';

const help = `usage: netscope qdisc [--agent ADDR] [--watch] [-o table|json] [--netns NAME] [--interface DEV] [--color WHEN]

Shows the qdiscs of every network namespace a running agent watches, as the agent last sampled
them (tc -s -j qdisc, every second): for tbf its configured rate next to the measured rate, and for
every qdisc packets sent, drops, overlimits and backlog. With --watch, prints the table again for
every new round of samples (redrawn in place on a terminal) until Ctrl-C.

options:
${CONNECT_HELP}
  -w, --watch        follow new samples
  -o, --output FMT   table (default) or json (one Envelope with a qdisc sample a line)
  --netns NAME       only qdiscs in this netns (repeatable)
  --interface DEV    only qdiscs on this device (repeatable)
  --deny-netns, --deny-interface   leave these out
  --color WHEN       auto (default: on a terminal), always or never

examples:
  sudo netscope lab up --tbf 10mbit; netscope qdisc --netns lab-host01 --interface eth0 --watch`;

const key = (s: QdiscSample) => `${s.netnsName ?? s.netns}/${s.dev}/${s.handle}/${s.parent}`;

export const qdisc: Command = {
  name: 'qdisc',
  help,
  async run(argv) {
    const { values } = parseFlags('qdisc', argv, {
      ...CONNECT_OPTIONS,
      ...filterOptionsFor(['netns', 'interface']),
      watch: { type: 'boolean', short: 'w' },
      output: { type: 'string', short: 'o' },
      color: { type: 'string' },
    });
    const format = values.output ?? 'table';
    if (format !== 'table' && format !== 'json') throw new UserError(`netscope qdisc: -o takes table or json, not '${format}'.`);
    const style = styleFor(values.color);
    const { allow, deny } = filtersFromFlags('qdisc', values);
    const client = await connectAgent('qdisc', values);
    try {
      if (!values.watch) {
        const f = compileFilters({ allow, deny });
        const samples = (await client.getQdiscs()).filter((q) => passes(f, { qdisc: q }));
        if (format === 'json') for (const q of samples) process.stdout.write(JSON.stringify(envelopeToJson({ qdisc: q })) + '\n');
        else process.stdout.write((samples.length ? qdiscTable(samples, style) : ['no qdisc samples yet (the agent samples every second)']).join('\n') + '\n');
        return 0;
      }
      const latest = new Map<string, QdiscSample>();
      let timer: NodeJS.Timeout | undefined;
      const tty = process.stdout.isTTY;
      const draw = () => {
        timer = undefined;
        const rows = [...latest.values()].sort((a, b) => key(a).localeCompare(key(b)));
        const head = style.dim(`${clock(Math.max(...rows.map((r) => r.timeNs ?? 0)))}  ${rows.length} qdiscs`);
        process.stdout.write((tty ? '\x1b[H\x1b[2J' : '') + [head, ...qdiscTable(rows, style)].join('\n') + '\n\n');
      };
      await streamEnvelopes(client, { kinds: [EventKind.EVENT_KIND_QDISC], allow, deny, follow: true, last: 256 }, (env) => {
        if (!env.qdisc) return true;
        if (format === 'json') {
          process.stdout.write(JSON.stringify(envelopeToJson(env)) + '\n');
          return true;
        }
        latest.set(key(env.qdisc), env.qdisc);
        // one round of samples arrives together: draw once after it
        timer ??= setTimeout(draw, 150);
        return true;
      });
      if (timer) clearTimeout(timer);
    } finally {
      client.close();
    }
    return 0;
  },
};
