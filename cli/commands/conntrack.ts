// `netscope conntrack`: the conntrack table of each netns the agent watches, NAT'd flows marked,
// count against nf_conntrack_max; --watch: NEW / UPDATE / DESTROY as they happen.
// The table comes over StreamConntrack and is printed as it arrives (GetConntrack from agents that
// predate it); rows are decoded by hand (cli/print/conntrack-wire.ts), and what only --watch needs is
// loaded only then: at 100,000 rows the command is bound by conntrack -L itself, not by the CLI.
import type * as grpc from '@grpc/grpc-js';
import { readFileSync } from 'node:fs';
import { connect as h2connect, constants as h2c } from 'node:http2';
import { connect as netConnect } from 'node:net';
import { DEFAULT_SOCKET, parseAddress } from '../../agent/server/address.js';
import { UserError } from '../../agent/util/errors.js';
import { NatKind, envelopeToJson, pb, type ConntrackEvent, type ConntrackStats } from '../../proto/index.js';
import type { AgentClient, ConnectFlags } from '../client/connect.js';
import { filterOptionsFor, filtersFromFlags } from '../client/filters.js';
import { parseFlags, type Command } from '../command.js';
import { JsonLineWriter, conntrackJsonLine, decodeTablePiece, measureTablePiece, type MeasuredPiece } from '../print/conntrack-wire.js';
import { styleFor, type Style } from '../print/style.js';
import { conntrackCells, conntrackHead, growWidths, tableLine } from '../print/tables.js';
import type { Filter } from '../../agent/server/service.js';

// the same text as CONNECT_HELP in cli/client/connect.ts (test/unit/cli/conntrack-wire.test.ts compares
// them): importing it from there would load grpc-js before the table is asked for
const CONNECT_HELP = `  --agent ADDR       the agent to ask: a unix socket path, unix:///path or tcp://HOST:PORT
                     (default ${DEFAULT_SOCKET}, or $NETSCOPE_AGENT)
  --tls-ca FILE      for tcp://: verify the agent's TLS certificate against this CA (PEM)
  --token-file FILE  send the token in FILE as 'authorization: Bearer TOKEN'`;
const CONNECT_OPTIONS = {
  agent: { type: 'string' },
  'tls-ca': { type: 'string' },
  'token-file': { type: 'string' },
} as const;

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
    if (!values.watch) {
      const netnsAllow = allow[0]?.netns;
      const netnsDeny = deny.length === 1 && Object.keys(deny[0]!).length === 1 ? deny[0]!.netns : undefined;
      const shown = (name: string | null | undefined) => (!netnsAllow || netnsAllow.includes(name ?? '')) && !netnsDeny?.includes(name ?? '');
      const out = format === 'json' ? jsonOut() : tableOut(style, allow.length > 0 || deny.length > 0);
      const onPiece = pieceReader(out, shown);
      // StreamConntrack over plain HTTP/2 first: no grpc-js to load (a third of the command's CPU at
      // start-up); anything it does not handle goes to the gRPC client before a row is printed
      if ((await streamOverHttp2(values, { allow, deny }, onPiece)) !== 'done') {
        const client = await connect(values);
        try {
          await readTables(client, { allow, deny }, shown, onPiece, out);
        } finally {
          client.close();
        }
      }
      out.end();
      return 0;
    }
    const client = await connect(values);
    try {
      return await watch(client, format, style, allow, deny);
    } finally {
      client.close();
    }
  },
};

/** Where the tables go, piece by piece: a table starts (its stats), rows come, a table fails. */
interface TableSink {
  start(netnsName: string, stats: ConntrackStats | undefined): void;
  /** rows of the current table, already decoded; `raw`: the message they came in (its rows are exactly these) */
  rows(events: ConntrackEvent[], raw?: Buffer): void;
  /** -o json only: rows of the current table as their lines, written by JsonLineWriter */
  lines?: { writer: JsonLineWriter; write(bytes: Buffer): void };
  /** the table view only: a message's rows measured from its bytes (measureTablePiece) instead of decoded */
  measured?(m: { widths: number[]; rows: number; nat: number }, raw: Buffer): void;
  error(netnsName: string, message: string): void;
  end(): void;
}

/** -o json: the stats line, then one line per row, written as each piece arrives. */
function jsonOut(): TableSink {
  let failed = '';
  return {
    start(_name, stats) {
      if (stats) process.stdout.write(JSON.stringify(envelopeToJson({ conntrackStats: stats })) + '\n');
    },
    lines: { writer: new JsonLineWriter(), write: (bytes) => process.stdout.write(bytes) },
    rows(events) {
      let text = '';
      for (const e of events) text += conntrackJsonLine(e) + '\n';
      if (text) process.stdout.write(text);
    },
    error(name, message) {
      failed += `netscope conntrack: ${name}: cannot read the table: ${message}\n`;
    },
    end() {
      if (failed) process.stderr.write(failed);
    },
  };
}

/**
 * The table view. The columns' widths need every row of a netns before its first line, so rows are
 * read twice: as they arrive, for the widths and counts (objects that die young), and once the table
 * is whole, from the pieces' bytes kept meanwhile, for the lines. Keeping 100,000s of decoded rows
 * instead costs more in garbage collection than decoding them twice.
 */
function tableOut(style: Style, filtered: boolean): TableSink {
  // the lines as out.join('\n') of them would be, written a few dozen KB at a time as tables are laid
  // out: 100,000s of line strings held until the end cost more in garbage collection than the text
  let text = '';
  let first = true;
  const out = {
    push(...lines: string[]): void {
      for (const l of lines) {
        text += first ? l : '\n' + l;
        first = false;
      }
      if (text.length >= 64 * 1024) {
        process.stdout.write(text);
        text = '';
      }
    },
  };
  interface Table { name: string; stats?: ConntrackStats; widths: number[]; rows: number; nat: number; pieces: Buffer[]; events: ConntrackEvent[]; error?: string }
  let cur: Table | undefined;
  let any = false;
  const flush = () => {
    if (!cur) return;
    const t = cur;
    cur = undefined;
    if (t.error !== undefined) {
      out.push(style.red(`${t.name}: cannot read the table: ${t.error}`), '');
      return;
    }
    out.push(style.bold(`${t.name}: ${t.stats?.count ?? 0} of max ${t.stats?.max ?? 0} entries${filtered ? `, ${t.rows} shown` : ''}, ${t.nat} NAT'd`));
    if (!t.rows) {
      out.push('(no entries)', '');
      return;
    }
    out.push(style.bold(tableLine(conntrackHead(), t.widths)));
    const line = (e: ConntrackEvent) => void out.push(tableLine(conntrackCells(e), t.widths));
    for (const b of t.pieces) decodeTablePiece(b, line);
    t.events.forEach(line);
    out.push('');
  };
  return {
    start(name, stats) {
      flush();
      any = true;
      cur = { name, stats, widths: conntrackHead().map((h) => h.length), rows: 0, nat: 0, pieces: [], events: [] };
    },
    measured(m, raw) {
      const t = cur!;
      for (let i = 0; i < m.widths.length; i++) if (m.widths[i]! > t.widths[i]!) t.widths[i] = m.widths[i]!;
      t.rows += m.rows;
      t.nat += m.nat;
      t.pieces.push(raw);
    },
    rows(events, raw) {
      const t = cur!;
      for (const e of events) {
        growWidths(t.widths, conntrackCells(e));
        t.rows++;
        if (e.entry?.nat === NatKind.NAT_KIND_SNAT || e.entry?.nat === NatKind.NAT_KIND_DNAT) t.nat++;
      }
      if (raw) t.pieces.push(raw);
      else t.events.push(...events);
    },
    error(name, message) {
      if (cur?.name !== name) {
        flush();
        any = true;
        cur = { name, widths: [], rows: 0, nat: 0, pieces: [], events: [] };
      }
      cur!.error = message;
    },
    end() {
      flush();
      if (!any) out.push('the agent watches no netns that passes the filters', '');
      if (text) process.stdout.write(text);
    },
  };
}

async function connect(flags: ConnectFlags): Promise<AgentClient> {
  return (await import('../client/connect.js')).connectAgent('conntrack', flags);
}

/** ConntrackTable messages as they arrive into the sink: a table starts, its rows, its failure. */
function pieceReader(sink: TableSink, shown: (name: string | null | undefined) => boolean): (b: Buffer) => void {
  const plain = { longs: Number };
  const decodeStats = (b: Uint8Array): ConntrackStats => pb.ConntrackStats.toObject(pb.ConntrackStats.decode(b), plain) as ConntrackStats;
  let current: string | undefined; // netns_name + netns of the table being read
  return (b) => {
    const rows: ConntrackEvent[] = [];
    let measured: MeasuredPiece | undefined;
    const widths = [0, 0, 0, 0, 0, 0, 0];
    const piece = sink.lines ? sink.lines.writer.piece(b) : sink.measured ? (measured = measureTablePiece(b, widths, (ev) => growWidths(widths, conntrackCells(ev)))) : decodeTablePiece(b, (ev) => rows.push(ev));
    const lines = sink.lines?.writer.take();
    const name = piece.netnsName ?? '';
    const key = `${name}\0${piece.netns ?? ''}`;
    if (!shown(name)) return;
    if (key !== current && piece.error === undefined) {
      current = key;
      sink.start(name, piece.stats ? decodeStats(piece.stats) : undefined);
    }
    if (measured?.rows) sink.measured!({ widths, rows: measured.rows, nat: measured.nat }, b);
    if (rows.length) sink.rows(rows, b);
    if (lines?.length) sink.lines!.write(lines);
    if (piece.error !== undefined) {
      sink.error(name, piece.error);
      current = undefined;
    }
  };
}

const STREAM_PATH = '/netscope.v1.Observer/StreamConntrack';

/** grpc-message is percent-encoded; a server that sends a raw '%' gets its text as it came */
function grpcMessage(m: unknown, code: unknown): string {
  if (m === undefined) return `status ${String(code)}`;
  try {
    return decodeURIComponent(String(m));
  } catch {
    return String(m);
  }
}
/** the HTTP/2 stream and connection window: what the agent may send ahead of what is read (as connect.ts sets for grpc-js) */
const WINDOW = 2 * 1024 * 1024;

/**
 * StreamConntrack as a plain HTTP/2 request (gRPC's framing: a 5-byte prefix per message, the status
 * in the trailers), for an agent on a unix socket or plain TCP. 'fallback' — nothing has reached
 * onPiece then — when it cannot tell the user precisely what went wrong or the case is not its own:
 * TLS, an address or token file that does not parse or read, no connection, any non-OK status
 * (UNIMPLEMENTED from an older agent included). The gRPC client then does it again and says it.
 */
async function streamOverHttp2(flags: ConnectFlags, req: { allow: Filter[]; deny: Filter[] }, onPiece: (b: Buffer) => void): Promise<'done' | 'fallback'> {
  if (flags['tls-ca']) return 'fallback';
  const address = parseAddress(flags.agent ?? process.env.NETSCOPE_AGENT ?? DEFAULT_SOCKET);
  if (typeof address === 'string') return 'fallback';
  let token: string | undefined;
  if (flags['token-file']) {
    try {
      token = readFileSync(flags['token-file'], 'utf8').trim();
    } catch {
      return 'fallback';
    }
  }
  const body = req.allow.length || req.deny.length ? pb.GetConntrackRequest.encode(req).finish() : new Uint8Array(0);
  const framed = Buffer.allocUnsafe(5 + body.length);
  framed[0] = 0;
  framed.writeUInt32BE(body.length, 1);
  framed.set(body, 5);
  return new Promise((resolve, reject) => {
    let got = 0;
    let settled = false;
    const session = h2connect(address.kind === 'tcp' ? `http://${address.host.includes(':') ? `[${address.host}]` : address.host}:${address.port}` : 'http://localhost', {
      ...(address.kind === 'unix' ? { createConnection: () => netConnect(address.path) } : {}),
      settings: { initialWindowSize: WINDOW },
    });
    const finish = (how: 'done' | 'fallback' | Error) => {
      if (settled) return;
      settled = true;
      // done: every stream is over, close waits for nothing; otherwise the stream may still be open
      // (a non-gRPC answer, a bad frame) and close() would wait for it: cut it off
      if (how === 'done') session.close();
      else session.destroy();
      if (how instanceof Error) reject(how);
      else resolve(how);
    };
    // before any piece, a failure is the gRPC client's to describe; after, it cuts the tables short
    const fail = (why: string) => finish(got === 0 ? 'fallback' : new UserError(`netscope conntrack: the agent failed while sending the tables: ${why}.`, { exitCode: 1 }));
    session.on('error', (err: Error) => fail(err.message));
    session.on('connect', () => session.setLocalWindowSize(WINDOW));
    const headers: Record<string, string> = { [h2c.HTTP2_HEADER_METHOD]: 'POST', [h2c.HTTP2_HEADER_PATH]: STREAM_PATH, 'content-type': 'application/grpc', te: 'trailers' };
    if (token) headers.authorization = `Bearer ${token}`;
    const stream = session.request(headers);
    stream.on('error', (err: Error) => fail(err.message));
    // OK once the trailers say so, done once every message before them is read ('end')
    let ok = false;
    const status = (h: Record<string, unknown>): boolean => {
      const code = h['grpc-status'];
      if (code === undefined) return false;
      if (String(code) === '0') ok = true;
      else fail(grpcMessage(h['grpc-message'], code));
      return true;
    };
    stream.on('response', (h) => {
      if (Number(h[h2c.HTTP2_HEADER_STATUS]) !== 200 || !String(h['content-type'] ?? '').startsWith('application/grpc')) fail(`HTTP status ${String(h[h2c.HTTP2_HEADER_STATUS])}`);
      else status(h); // trailers-only: an error before any message
    });
    stream.on('trailers', (h) => {
      if (!status(h)) fail('no status in the trailers');
    });
    stream.on('end', () => (ok && msg === undefined && headAt === 0 ? finish('done') : fail(ok ? 'a message cut short' : 'the stream ended without a status')));
    // messages: a 5-byte prefix (compressed flag, length), then the bytes, split over DATA frames at random
    const head = Buffer.alloc(5);
    let headAt = 0;
    let msg: Buffer | undefined;
    let msgAt = 0;
    stream.on('data', (chunk: Buffer) => {
      if (settled) return;
      let i = 0;
      try {
        while (i < chunk.length) {
          if (msg === undefined) {
            const n = Math.min(5 - headAt, chunk.length - i);
            chunk.copy(head, headAt, i, i + n);
            headAt += n;
            i += n;
            if (headAt < 5) break;
            if (head[0] !== 0) throw new Error('a compressed message, which this client did not ask for');
            const len = head.readUInt32BE(1);
            headAt = 0;
            if (len <= chunk.length - i) {
              // the whole message in this chunk: a view of it, no copy (the table view keeps it: its own copy then)
              got++;
              onPiece(chunk.subarray(i, i + len));
              i += len;
              continue;
            }
            msg = Buffer.allocUnsafe(len);
            msgAt = 0;
            continue;
          }
          const n = Math.min(msg.length - msgAt, chunk.length - i);
          chunk.copy(msg, msgAt, i, i + n);
          msgAt += n;
          i += n;
          if (msgAt === msg.length) {
            const m = msg;
            msg = undefined;
            got++;
            onPiece(m);
          }
        }
      } catch (err) {
        stream.close(h2c.NGHTTP2_CANCEL);
        fail((err as Error).message);
      }
    });
    stream.on('close', () => (ok && msg === undefined && headAt === 0 ? finish('done') : fail('the stream closed without a status')));
    stream.end(framed);
  });
}

/**
 * Every table the agent watches into the sink, in the agent's order, over grpc-js: StreamConntrack,
 * each piece as it arrives; from an agent without it (UNIMPLEMENTED before any piece), GetConntrack.
 */
async function readTables(client: AgentClient, req: { allow: Filter[]; deny: Filter[] }, shown: (name: string | null | undefined) => boolean, onPiece: (b: Buffer) => void, sink: TableSink): Promise<void> {
  const grpcStatus = (await import('@grpc/grpc-js')).status;
  let got = 0;
  const streamed = await new Promise<boolean>((resolve, reject) => {
    const call = client.streamConntrack(req);
    call.on('data', (b: Buffer) => {
      got++;
      onPiece(b);
    });
    call.on('error', (err: grpc.ServiceError) => (err.code === grpcStatus.UNIMPLEMENTED && got === 0 ? resolve(false) : reject(client.describe(err))));
    call.on('end', () => resolve(true));
  });
  if (streamed) return;
  for (const t of await client.getConntrack(req)) {
    if (!shown(t.netnsName)) continue;
    if (t.error) {
      sink.error(t.netnsName ?? '', t.error);
      continue;
    }
    sink.start(t.netnsName ?? '', t.stats ?? undefined);
    sink.rows((t.entries ?? []) as ConntrackEvent[]);
  }
}

/** --watch: the live NEW / UPDATE / DESTROY events and the table size when it changes, until Ctrl-C. */
async function watch(client: AgentClient, format: string, style: Style, allow: Filter[], deny: Filter[]): Promise<number> {
  const [{ EventKind }, { streamEnvelopes }, { compact }] = await Promise.all([
    import('../../agent/server/service.js'), import('../client/stream.js'), import('../print/envelope.js'),
  ]);
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
