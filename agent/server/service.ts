// The Observer service (proto/netscope/v1/observer.proto) as a grpc-js service definition, with the
// generated protobufjs code as (de)serializers: one definition for the agent's server and the CLI's client.
import * as grpc from '@grpc/grpc-js';
import { netscope } from '../../proto/gen/netscope.js';
import { pb, type Envelope } from '../../proto/index.js';
import { decodeEventBatch, decodeFallbacks } from '../record/codec/decode.js';
import { numberReader } from '../record/decode.js';

export type ObserveRequest = netscope.v1.ObserveRequest.$Properties;
export type Filter = netscope.v1.Filter.$Properties;
export type ObserveResponse = netscope.v1.ObserveResponse.$Properties;
export type GetConntrackResponse = netscope.v1.GetConntrackResponse.$Properties;
export type ConntrackTable = netscope.v1.ConntrackTable.$Properties;
export type GetSnapshotResponse = netscope.v1.GetSnapshotResponse.$Properties;
export const EventKind = netscope.v1.EventKind;
export type EventKind = netscope.v1.EventKind;

/**
 * A response batch the server has already encoded envelope by envelope (each envelope is encoded once
 * and shared by every client): written as field 1 (`repeated Envelope envelopes`), length-delimited,
 * which is byte for byte what pb.ObserveResponse.encode would write for the decoded envelopes.
 */
export interface EncodedBatch {
  encoded: Uint8Array[];
}

/** A response batch already framed: `repeated Envelope envelopes = 1` as written (the fan-out's queues hold these). */
export interface FramedBatch {
  framed: Buffer;
}

/**
 * A GetConntrackResponse whose tables the server has already encoded (each entry encoded as it was
 * read from conntrack, so no second copy of a large table is held as objects): byte for byte what
 * pb.GetConntrackResponse.encode writes, apart from field order inside each table.
 */
export interface EncodedConntrackResponse {
  /** each table as GetConntrackResponse.tables (tag 10, length, ConntrackTable), in order */
  framedTables: Buffer[];
}

/**
 * One ConntrackTable from its head (everything but the entries) and its entries already encoded as
 * field 4 (tag, length, ConntrackEvent), any number of entries in each buffer.
 */
export function encodeConntrackTable(head: Omit<ConntrackTable, 'entries'>, entries: Uint8Array[]): Uint8Array {
  return Buffer.concat([pb.ConntrackTable.encode(head).finish(), ...entries]);
}

function encodeConntrackResponse(m: GetConntrackResponse | EncodedConntrackResponse): Buffer {
  if (!('framedTables' in m)) return Buffer.from(pb.GetConntrackResponse.encode(m).finish());
  // one netns (the usual case): its buffer as it is, no copy of a table of 100,000s of rows
  return m.framedTables.length === 1 ? m.framedTables[0]! : Buffer.concat(m.framedTables);
}

/** Decodes an ObserveResponse into plain objects (see decodePlain): the reference decodeObserve equals. */
export function decodeBatch(b: Uint8Array): ObserveResponse {
  return decodePlain<ObserveResponse>(pb.ObserveResponse, b);
}

/**
 * Decodes an ObserveResponse with the recording codec's hand-written decoder (field 1 is `repeated
 * Envelope` in both ObserveResponse and EventBatch): several times faster than protobufjs plus
 * toObject, which bounded the client's rate. The envelopes are instances of the generated classes
 * (absent fields read as the prototype's defaults: 0, '', null, an empty array) with uint64 as
 * numbers, as a replayed recording's are, so every printer sees the same values
 * (test/unit/client/decode-observe.test.ts compares both paths on captured envelopes). Bytes that
 * are not an ObserveResponse in the writer's form (another field in the response, e.g. from a newer
 * agent) go to protobufjs's ObserveResponse decoder instead.
 */
export function decodeObserve(b: Uint8Array): { envelopes: Envelope[] } {
  const fallbacks = decodeFallbacks.batches;
  const batch = decodeEventBatch(b);
  if (decodeFallbacks.batches === fallbacks) return { envelopes: batch.envelopes };
  return { envelopes: (pb.ObserveResponse.decode(numberReader(Buffer.from(b))).envelopes ?? []) as Envelope[] };
}

export function encodeBatch(batch: FramedBatch | EncodedBatch | ObserveResponse): Buffer {
  if ('framed' in batch) return batch.framed;
  if ('encoded' in batch) {
    // tag (1 << 3 | 2), length, bytes for each envelope, into one buffer sized up front (no writer ops)
    const list = batch.encoded;
    let size = 0;
    for (let i = 0; i < list.length; i++) size += 1 + varintSize(list[i]!.length) + list[i]!.length;
    const out = Buffer.allocUnsafe(size);
    let at = 0;
    for (let i = 0; i < list.length; i++) {
      const b = list[i]!;
      out[at++] = 10;
      let n = b.length;
      while (n > 127) {
        out[at++] = (n & 127) | 128;
        n >>>= 7;
      }
      out[at++] = n;
      out.set(b, at);
      at += b.length;
    }
    return out;
  }
  return Buffer.from(pb.ObserveResponse.encode(batch).finish());
}

function varintSize(n: number): number {
  return n < 1 << 7 ? 1 : n < 1 << 14 ? 2 : n < 1 << 21 ? 3 : n < 1 << 28 ? 4 : 5;
}

interface Codec<T> {
  encode(m: T): { finish(): Uint8Array };
  decode(b: Uint8Array): T;
  toObject(m: never, o: object): object;
}

/**
 * Decoded messages as plain objects with uint64 fields as JS numbers (the reader gives Long objects
 * when the long package is installed), enums as numbers, absent fields absent: the $Properties shape
 * every printer takes.
 */
const PLAIN = { longs: Number };
function decodePlain<T>(codec: Codec<T>, b: Uint8Array): T {
  return codec.toObject(codec.decode(b) as never, PLAIN) as T;
}

function unary<Req, Res>(name: string, req: Codec<Req>, res: Codec<Res>) {
  return {
    path: `/netscope.v1.Observer/${name}`,
    requestStream: false,
    responseStream: false,
    requestSerialize: (m: Req) => Buffer.from(req.encode(m).finish()),
    requestDeserialize: (b: Buffer) => decodePlain(req, b),
    responseSerialize: (m: Res) => Buffer.from(res.encode(m).finish()),
    responseDeserialize: (b: Buffer) => decodePlain(res, b),
    originalName: name.charAt(0).toLowerCase() + name.slice(1),
  };
}

export const observerService = {
  Observe: {
    path: '/netscope.v1.Observer/Observe',
    requestStream: false,
    responseStream: true,
    requestSerialize: (m: ObserveRequest) => Buffer.from(pb.ObserveRequest.encode(m).finish()),
    requestDeserialize: (b: Buffer) => decodePlain<ObserveRequest>(pb.ObserveRequest, b),
    responseSerialize: encodeBatch,
    responseDeserialize: decodeObserve,
    originalName: 'observe',
  },
  GetStatus: unary('GetStatus', pb.GetStatusRequest, pb.GetStatusResponse),
  GetProbeSets: unary('GetProbeSets', pb.GetProbeSetsRequest, pb.GetProbeSetsResponse),
  GetConntrack: { ...unary('GetConntrack', pb.GetConntrackRequest, pb.GetConntrackResponse), responseSerialize: encodeConntrackResponse },
  // ConntrackTable messages the agent encodes itself, handed over as bytes both ways (cli/commands/conntrack-wire.ts decodes them)
  StreamConntrack: { ...unary('StreamConntrack', pb.GetConntrackRequest, pb.ConntrackTable), responseStream: true, responseSerialize: (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.byteLength), responseDeserialize: (b: Buffer) => b },
  GetQdiscs: unary('GetQdiscs', pb.GetQdiscsRequest, pb.GetQdiscsResponse),
  GetSnapshot: unary('GetSnapshot', pb.GetSnapshotRequest, pb.GetSnapshotResponse),
} satisfies grpc.ServiceDefinition;

export const ObserverClient = grpc.makeGenericClientConstructor(observerService, 'Observer');
