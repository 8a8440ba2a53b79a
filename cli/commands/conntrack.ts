// `netscope conntrack`: the conntrack table of each netns the agent watches, NAT'd flows marked,
// count against nf_conntrack_max; --watch: NEW / UPDATE / DESTROY as they happen.
import { EventKind } from '../../agent/server/service.js';
import { UserError } from '../../agent/util/errors.js';
import { JSON_OPTIONS, NatKind, envelopeToJson, pb } from '../../proto/index.js';
import { CONNECT_HELP, CONNECT_OPTIONS, connectAgent } from '../client/connect.js';
import { filterOptionsFor, filtersFromFlags } from '../client/filters.js';
import { streamEnvelopes } from '../client/stream.js';
import { parseFlags, type Command } from '../command.js';
import { compact } from '../print/envelope.js';
import { styleFor } from '../print/style.js';
import { conntrackTable } from '../print/tables.js';

const help = `usage: netscope conntrack [--agent ADDR] [--watch] [-o table|json] [filters] [--color WHEN]

Shows the conntrack table of every network namespace a running agent watches, read now
(conntrack -L in that netns): protocol, state, original and reply tuples, NAT (SNAT/DNAT where the
reply tuple is not the original's inverse), timeout and flags, with the table's size against
nf_conntrack_max. With --watch, prints each NEW / UPDATE / DESTROY event as it happens, and the
table size when it changes, until Ctrl-C.

options:
${CONNECT_HELP}
  -w, --watch        follow the table's events live
  -o, --output FMT   table (default) or json (one Envelope a line: conntrack_stats, then conntrack rows)
  --color WHEN       auto (default: on a terminal), always or never

filters (each may be repeated or take a comma list):
  --proto P          icmp, tcp, udp
  --ip ADDR[/LEN]    an address or CIDR in the original or reply tuple
  --port N           a port in either tuple
  --netns NAME       only this netns's table
  --deny-proto, --deny-ip, --deny-port, --deny-netns   leave out what matches all of these

examples:
  netscope conntrack --netns lab-host01
  netscope conntrack --watch --proto icmp`;

export const conntrack: Command = {
  name: 'conntrack',
  summary: 'the conntrack table (NAT marked, count vs max), or its events live with --watch',
  help,
  async run(argv) {
    const { values } = parseFlags('conntrack', argv, {
      ...CONNECT_OPTIONS,
      ...filterOptionsFor(['proto', 'ip', 'port', 'netns']),
      watch: { type: 'boolean', short: 'w' },
      output: { type: 'string', short: 'o' },
      color: { type: 'string' },
    });
    const format = values.output ?? 'table';
    if (format !== 'table' && format !== 'json') throw new UserError(`netscope conntrack: -o takes table or json, not '${format}'.`);
    const style = styleFor(values.color);
    const { allow, deny } = filtersFromFlags('conntrack', values);
    const client = await connectAgent('conntrack', values);
    try {
      if (values.watch) {
        const counts = new Map<string, number>();
        await streamEnvelopes(client, { kinds: [EventKind.EVENT_KIND_CONNTRACK, EventKind.EVENT_KIND_CONNTRACK_STATS], allow, deny, follow: true }, (env) => {
          if (format === 'json') {
            process.stdout.write(JSON.stringify(envelopeToJson(env)) + '\n');
            return true;
          }
          if (env.conntrackStats) {
            const key = env.conntrackStats.netnsName || String(env.conntrackStats.netns);
            if (counts.get(key) === env.conntrackStats.count) return true;
            counts.set(key, env.conntrackStats.count ?? 0);
          }
          const line = compact(env, style);
          const nat = env.conntrack?.entry?.nat;
          process.stdout.write(line + (nat === NatKind.NAT_KIND_SNAT ? style.yellow('  [SNAT]') : nat === NatKind.NAT_KIND_DNAT ? style.yellow('  [DNAT]') : '') + '\n');
          return true;
        });
        return 0;
      }
      const tables = await client.getConntrack({ allow, deny });
      const netnsAllow = allow[0]?.netns;
      const netnsDeny = deny.length === 1 && Object.keys(deny[0]!).length === 1 ? deny[0]!.netns : undefined;
      const shown = tables.filter((t) => (!netnsAllow || netnsAllow.includes(t.netnsName ?? '')) && !netnsDeny?.includes(t.netnsName ?? ''));
      if (format === 'json') {
        // a table can hold 100,000s of rows: the decoded rows go straight to their proto3 JSON (the
        // generated toObject reads plain objects as well as messages), written a few thousand lines at a time
        let buf: string[] = [];
        const flush = () => {
          if (buf.length) process.stdout.write(buf.join(''));
          buf = [];
        };
        for (const t of shown) {
          if (t.stats) buf.push(JSON.stringify(envelopeToJson({ conntrackStats: t.stats })) + '\n');
          for (const e of t.entries ?? []) {
            buf.push(JSON.stringify(pb.Envelope.toObject({ conntrack: e } as never, JSON_OPTIONS)) + '\n');
            if (buf.length >= 4096) flush();
          }
        }
        flush();
      } else {
        const out: string[] = [];
        for (const t of shown) {
          if (t.error) {
            out.push(style.red(`${t.netnsName}: cannot read the table: ${t.error}`), '');
            continue;
          }
          const entries = t.entries ?? [];
          const nat = entries.filter((e) => e.entry?.nat === NatKind.NAT_KIND_SNAT || e.entry?.nat === NatKind.NAT_KIND_DNAT).length;
          out.push(style.bold(`${t.netnsName}: ${t.stats?.count ?? 0} of max ${t.stats?.max ?? 0} entries${allow.length || deny.length ? `, ${entries.length} shown` : ''}, ${nat} NAT'd`));
          out.push(...(entries.length ? conntrackTable(entries, style) : ['(no entries)']), '');
        }
        if (!shown.length) out.push('the agent watches no netns that passes the filters', '');
        process.stdout.write(out.join('\n'));
      }
    } finally {
      client.close();
    }
    return 0;
  },
};
