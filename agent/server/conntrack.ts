// GetConntrack and StreamConntrack: the conntrack table of every watched netns, read now with
// `conntrack -L`. Rows go from conntrack's output straight to protobuf bytes (sources/conntrack/wire.ts)
// and are never objects in the agent. GetConntrack answers with every table at once (older clients);
// StreamConntrack sends each table in pieces as conntrack writes it, so the client prints while the
// kernel still dumps, and holds conntrack back (gRPC flow control) instead of the agent holding the table.
import type * as grpc from '@grpc/grpc-js';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { pb, type ConntrackEvent, type ConntrackStats } from '../../proto/index.js';
import type { SnapshotWireOptions } from '../sources/conntrack/source.js';
import type { netscope } from '../../proto/gen/netscope.js';
import { compileFilters, passes, type CompiledFilters } from './filter.js';
import { encodeConntrackTable, type EncodedConntrackResponse } from './service.js';

/** A netns's conntrack table as the server reads it (the conntrack source, or a replayed recording). */
export interface ConntrackTableSource {
  name: string;
  snapshot(): Promise<ConntrackEvent[]>;
  /** the rows as ConntrackTable.entries bytes while conntrack writes them (see ConntrackSource.snapshotWire) */
  snapshotWire?(opts: SnapshotWireOptions): Promise<number>;
  stats(): Promise<ConntrackStats>;
}

type Request = netscope.v1.GetConntrackRequest.$Properties;

/** the stream's piece size: big enough that per-message costs vanish, small enough to overlap the client's printing */
const STREAM_CHUNK = 256 * 1024;

const netnsOf = (src: ConntrackTableSource) => src.name.replace(/^conntrack:/, '');

/**
 * How the filters apply to one table: 'all' or 'none' when they look at nothing but the netns (decided
 * once), else a per-row test, which the byte path runs on what filters look at in a row (protocol,
 * addresses, ports), so filtered rows are not parsed into objects either.
 */
function rowFilter(filters: CompiledFilters, stats: ConntrackStats): 'all' | 'none' | ((ev: ConntrackEvent) => boolean) {
  const netnsOnly = [...filters.allow, ...filters.deny].every((c) => Object.keys(c).every((k) => k === 'netns'));
  if (netnsOnly) return passes(filters, { conntrack: { netnsName: stats.netnsName, netns: stats.netns } }) ? 'all' : 'none';
  return (ev) => passes(filters, { conntrack: ev });
}

/** Every row of one table, as bytes (after head() when given); the source's object snapshot where it has no byte path (a replay). */
async function readRows(src: ConntrackTableSource, opts: SnapshotWireOptions): Promise<void> {
  if (src.snapshotWire) {
    await src.snapshotWire(opts);
    return;
  }
  const protobuf = (await import('protobufjs/minimal.js')).default;
  const w = protobuf.Writer.create();
  for (const ev of await src.snapshot()) {
    if (opts.keep && !opts.keep(ev)) continue;
    pb.ConntrackEvent.encode(ev, w.uint32(34).fork()).ldelim(); // ConntrackTable.entries = 4
  }
  const rows = w.finish();
  const head = opts.head?.(rows.length);
  await opts.onBytes(head?.length ? Buffer.concat([head, rows]) : Buffer.from(rows), () => {});
}

let gc: (() => void) | null | undefined;
/** bytes of tables sent since the last collection */
let served = 0;
/** below this, snapshots leave too little behind to be worth a full collection (the dashboard asks for small tables every few seconds) */
const COLLECT_AFTER_BYTES = 4 * 1024 * 1024;

/**
 * A full garbage collection before a table is read, once megabytes of tables have been sent since
 * the last. A table of 100,000 rows leaves ~15 MB of buffers behind (gRPC's copy of each message it
 * sends, the one-shot response); V8 counts them as external memory and collects them only once 64 MB
 * of it have piled up, so a few snapshots in a row used to stack up in the agent's resident set.
 * Collecting first keeps its peak at one table's worth, for a pause of ~10 ms per large snapshot.
 * `gc` comes from --expose-gc set at run time (in a new context only, so nothing else sees it);
 * without it, nothing happens.
 */
function collectGarbage(): void {
  if (served < COLLECT_AFTER_BYTES) return;
  served = 0;
  if (gc === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      gc = runInNewContext('gc') as () => void;
    } catch {
      gc = null;
    }
  }
  gc?.();
}

/** a length-delimited field's tag and length, in front of `len` bytes that follow */
function fieldHead(tag: number, len: number): Buffer {
  const b = [tag];
  for (; len > 127; len >>>= 7) b.push((len & 127) | 128);
  b.push(len);
  return Buffer.from(b);
}

/** bytes of rows expected per table entry when sizing GetConntrack's buffer (common IPv4 rows take ~140; untouched room costs no memory) */
const ROW_BYTES_HINT = 200;

/**
 * GetConntrack: all tables, read at the same time, in one response. Each table's rows are encoded
 * into one buffer sized from the table's count, with the table's head and its place in the response
 * (GetConntrackResponse.tables = 1) written in front of them when the rows are done: a netns's whole
 * response is that one buffer, handed to gRPC as it is (one copy of the rows, gRPC's own, instead of
 * pieces, their concatenation and gRPC's copy).
 */
export async function getConntrack(sources: ConntrackTableSource[], req: Request): Promise<EncodedConntrackResponse> {
  const filters = compileFilters({ allow: req.allow, deny: req.deny });
  collectGarbage();
  const framedTables = await Promise.all(sources.map(async (src): Promise<Buffer> => {
    const framed = (table: Uint8Array) => Buffer.concat([fieldHead(10, table.length), table]);
    try {
      // the filter needs the netns, which comes with the stats; rows wait for them (a read of a few ms)
      const stats = await src.stats();
      const tableHead = pb.ConntrackTable.encode({ netnsName: stats.netnsName, netns: stats.netns, stats }).finish();
      const which = rowFilter(filters, stats);
      if (which === 'none') return framed(tableHead);
      const pieces: Buffer[] = [];
      await readRows(src, {
        keep: typeof which === 'function' ? which : undefined,
        chunkBytes: Infinity,
        sizeHint: (stats.count ?? 0) * ROW_BYTES_HINT,
        head: (rowBytes) => Buffer.concat([fieldHead(10, tableHead.length + rowBytes), tableHead]),
        onBytes: (b) => void pieces.push(b),
      });
      return pieces.length === 1 ? pieces[0]! : framed(tableHead); // no rows: the head alone
    } catch (err) {
      return framed(encodeConntrackTable({ netnsName: netnsOf(src), error: String((err as Error)?.message ?? err) }, []));
    }
  }));
  for (const t of framedTables) served += t.length;
  return { framedTables };
}

/**
 * StreamConntrack: one table after another in the sources' order, each as ConntrackTable messages
 * (already encoded): the first with netns_name, netns and stats, then pieces of entries; a failure
 * ends the table with a message that has only netns_name, netns and error. A netns the filters leave
 * out is not sent (GetConntrack sends it with its stats and no rows, as it always has).
 */
export async function streamConntrack(sources: ConntrackTableSource[], req: Request, call: grpc.ServerWritableStream<unknown, Uint8Array>): Promise<void> {
  const filters = compileFilters({ allow: req.allow, deny: req.deny });
  collectGarbage();
  const abort = new AbortController();
  const onCancel = () => abort.abort();
  call.on('cancelled', onCancel);
  // a full send buffer pauses conntrack until the client has read more; once gRPC has taken a piece
  // (copied it into its frame), its buffer goes back to the encoder
  const send = (b: Uint8Array, release: () => void = () => {}): void | Promise<void> => {
    served += b.length;
    if (call.write(b, () => release())) return;
    return new Promise<void>((resolve) => {
      const done = () => {
        call.off('drain', done);
        abort.signal.removeEventListener('abort', done);
        resolve();
      };
      call.on('drain', done);
      abort.signal.addEventListener('abort', done);
    });
  };
  try {
    for (const src of sources) {
      if (abort.signal.aborted) return;
      let table: { netnsName?: string | null; netns?: number | null } = { netnsName: netnsOf(src) };
      try {
        const stats = await src.stats();
        table = { netnsName: stats.netnsName, netns: stats.netns };
        const which = rowFilter(filters, stats);
        if (which === 'none') continue; // a netns the filters leave out: not sent at all
        // the first piece carries the stats; every piece the netns, so the client can tell tables apart
        let first = true;
        const head = () => {
          const h = pb.ConntrackTable.encode(first ? { ...table, stats } : table).finish();
          first = false;
          return h;
        };
        const onBytes = (msg: Buffer, release: () => void) => send(msg, release);
        await readRows(src, { keep: typeof which === 'function' ? which : undefined, head, onBytes, chunkBytes: STREAM_CHUNK, signal: abort.signal });
        if (first) await send(encodeConntrackTable({ ...table, stats }, [])); // no rows: the table still says it exists, with its stats
      } catch (err) {
        if (abort.signal.aborted) return;
        await send(encodeConntrackTable({ ...table, error: String((err as Error)?.message ?? err) }, []));
      }
    }
  } finally {
    call.off('cancelled', onCancel);
  }
}
