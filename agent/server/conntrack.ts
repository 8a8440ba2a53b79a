// GetConntrack and StreamConntrack: the conntrack table of every watched netns, read now with
// `conntrack -L`. Rows go from conntrack's output straight to protobuf bytes (sources/conntrack/wire.ts)
// and are never objects in the agent. GetConntrack answers with every table at once (older clients);
// StreamConntrack sends each table in pieces as conntrack writes it, so the client prints while the
// kernel still dumps, and holds conntrack back (gRPC flow control) instead of the agent holding the table.
import type * as grpc from '@grpc/grpc-js';
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
 * once, and rows stay on the byte path), else a per-row test (rows then go through the object parser).
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
  const head = opts.head?.();
  await opts.onBytes(head?.length ? Buffer.concat([head, rows]) : Buffer.from(rows), () => {});
}

/** GetConntrack: all tables, read at the same time, in one response. */
export async function getConntrack(sources: ConntrackTableSource[], req: Request): Promise<EncodedConntrackResponse> {
  const filters = compileFilters({ allow: req.allow, deny: req.deny });
  const encodedTables = await Promise.all(sources.map(async (src): Promise<Uint8Array | Uint8Array[]> => {
    try {
      const statsP = src.stats();
      const entries: Buffer[] = [];
      // the filter needs the netns, which comes with the stats; rows wait for them (a read of a few ms)
      const stats = await statsP;
      const which = rowFilter(filters, stats);
      if (which !== 'none') await readRows(src, { keep: typeof which === 'function' ? which : undefined, onBytes: (b) => void entries.push(b), chunkBytes: 2 * 1024 * 1024 });
      return [pb.ConntrackTable.encode({ netnsName: stats.netnsName, netns: stats.netns, stats }).finish(), ...entries];
    } catch (err) {
      return encodeConntrackTable({ netnsName: netnsOf(src), error: String((err as Error)?.message ?? err) }, []);
    }
  }));
  return { encodedTables };
}

/**
 * StreamConntrack: one table after another in the sources' order, each as ConntrackTable messages
 * (already encoded): the first with netns_name, netns and stats, then pieces of entries; a failure
 * ends the table with a message that has only netns_name, netns and error. A netns the filters leave
 * out is not sent (GetConntrack sends it with its stats and no rows, as it always has).
 */
export async function streamConntrack(sources: ConntrackTableSource[], req: Request, call: grpc.ServerWritableStream<unknown, Uint8Array>): Promise<void> {
  const filters = compileFilters({ allow: req.allow, deny: req.deny });
  const abort = new AbortController();
  const onCancel = () => abort.abort();
  call.on('cancelled', onCancel);
  // a full send buffer pauses conntrack until the client has read more; once gRPC has taken a piece
  // (copied it into its frame), its buffer goes back to the encoder
  const send = (b: Uint8Array, release: () => void = () => {}): void | Promise<void> => {
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
