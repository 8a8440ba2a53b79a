// `netscope dashboard`: the terminal dashboard on a running agent's stream.
import { UserError } from '../../agent/util/errors.js';
import { CONNECT_HELP, CONNECT_OPTIONS, connectAgent } from '../client/connect.js';
import { FILTER_HELP, FILTER_OPTIONS, filtersFromFlags } from '../client/filters.js';
import { parseFlags, type Command } from '../command.js';
import { feedFromClient, FILTER_SYNTAX, parseFilter, runDashboard } from '../dashboard/index.js';
import { dashboardColor, needTerminal } from '../dashboard/terminal.js';

const help = `usage: netscope dashboard [--agent ADDR] [filters] [--filter EXPR] [--color WHEN]

A live terminal dashboard on a running agent (no root needed, only access to its socket):
  journeys       latest first; ↑/↓ select one, enter pins it (esc follows the newest again)
  path           the selected journey hop by hop, as 'netscope trace' prints it
  conntrack      the table per netns, count against nf_conntrack_max, NAT'd flows marked with *
                 (read whole with GetConntrack at start, and every 10 s while it has at most
                 5000 entries; its events keep it current in between)
  qdisc charts   measured throughput against the tbf rate per shaped interface, and drops and
                 overlimits per second, over the last minute
  events         packets, journeys, conntrack events, losses and gaps, latest first
  agent          probe sets, netns, events and losses per stage (kernel buffer, probe runner,
                 agent queue, and this client's queue), gaps
The stream is read whatever the screen does; the screen redraws five times a second.

keys:
  q, C-c         quit
  p              pause the view (the stream goes on: the header counts what arrives) / resume
  /              filter: type an expression, enter applies it, an empty one clears it, esc keeps
                 the old one. A bad filter is named in the bottom line; nothing else changes.
  tab, S-tab     move the focus between panels (the focused one is marked >> name <<);
                 ↑/↓, PgUp/PgDn scroll it
  esc            follow the newest journey again

filter expressions (/ or --filter): ${FILTER_SYNTAX}.
  e.g.  proto=icmp ip=10.85.0.0/16 !ip=10.85.0.3     hook=forward verdict=dropped
The expression narrows journeys, packets and conntrack rows on screen; the qdisc charts, table
sizes and counters always show the whole host. The filter flags below are sent to the agent
instead: what they leave out never reaches the dashboard.

options:
${CONNECT_HELP}
  --filter EXPR      start with this filter expression
  --color WHEN       auto (default: colour on a terminal unless NO_COLOR is set), always or never

${FILTER_HELP}

Needs a terminal: with stdout or stdin not a terminal it says so and exits with status 2
(use 'netscope observe' for a stream of lines).

examples:
  netscope dashboard --agent /run/netscope/agent.sock
  netscope dashboard --netns lab-host01 --filter 'proto=icmp'`;

export const dashboard: Command = {
  name: 'dashboard',
  help,
  async run(argv) {
    const { values } = parseFlags('dashboard', argv, {
      ...CONNECT_OPTIONS,
      ...FILTER_OPTIONS,
      filter: { type: 'string' },
      color: { type: 'string' },
    });
    const color = dashboardColor('dashboard', values.color);
    const { allow, deny } = filtersFromFlags('dashboard', values);
    if (values.filter !== undefined) {
      const f = parseFilter(values.filter);
      if ('error' in f) throw new UserError(`netscope dashboard: --filter: ${f.error.replace(/^filter:? ?/, '')}`);
    }
    const tty = needTerminal('dashboard');
    if (tty) throw tty;
    const client = await connectAgent('dashboard', values);
    try {
      const out = await runDashboard(feedFromClient(client, { allow, deny }), { title: `agent ${values.agent ?? process.env.NETSCOPE_AGENT ?? ''}`.trim(), color, filter: values.filter });
      if (out.ended?.failed) {
        process.stderr.write(`${out.ended.message}\n`);
        return 1;
      }
    } finally {
      client.close();
    }
    return 0;
  },
};
