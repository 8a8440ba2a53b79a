// The recording's byte layout (proto/RECORDING.md): pure encode/decode of the preamble, frames and
// trailer. No I/O here, so every corruption case is tested on plain buffers.
import * as zlib from 'node:zlib';

/** 8 bytes every recording starts with: not text, not a protobuf varint, CR LF catch line-ending mangling. */
export const MAGIC = Buffer.from([0x89, 0x4e, 0x53, 0x52, 0x45, 0x43, 0x0d, 0x0a]); // \x89 N S R E C \r \n
/** The format version this netscope writes. */
export const FORMAT_VERSION = 1;
/** Every format version this netscope reads (a reader of version N reads all of 1..N). */
export const READABLE_VERSIONS = [1];
/** The events.proto schema version (netscope.v1). */
export const SCHEMA_VERSION = 1;
/** magic (8) + format version (uint32 LE) */
export const PREAMBLE_SIZE = 12;
/** type (1) + payload length (uint32 LE) + CRC32 (uint32 LE) */
export const FRAME_HEADER_SIZE = 9;
/** footer frame offset (uint64 LE) + end magic */
export const TRAILER_MAGIC = Buffer.from('NSRECEND', 'latin1');
export const TRAILER_SIZE = 16;
/** no frame is larger: a length above it is corruption, not a reason to allocate */
export const MAX_FRAME = 256 * 1024 * 1024;

export enum FrameType {
  HEADER = 1,
  SNAPSHOT = 2,
  BATCH = 3,
  FOOTER = 4,
}
export const FRAME_NAMES: Record<number, string> = { 1: 'header', 2: 'snapshot', 3: 'batch', 4: 'footer' };

// --- CRC32 (IEEE 802.3, reflected, polynomial 0xEDB88320: the one of zlib, gzip and PNG) ---
const TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** Table-driven CRC32; `prev` continues a running CRC over several buffers. */
export function crc32Table(buf: Uint8Array, prev = 0): number {
  let c = ~prev >>> 0;
  for (let i = 0; i < buf.length; i++) c = TABLE[(c ^ buf[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

// node:zlib has crc32 from Node 20.15 (native, ~10x faster); older 20.x use the table.
const nativeCrc = (zlib as unknown as { crc32?: (b: Uint8Array, v?: number) => number }).crc32;
export const crc32: (buf: Uint8Array, prev?: number) => number = nativeCrc ? (b, p = 0) => nativeCrc(b, p) : crc32Table;

export function encodePreamble(version = FORMAT_VERSION): Buffer {
  const b = Buffer.alloc(PREAMBLE_SIZE);
  MAGIC.copy(b, 0);
  b.writeUInt32LE(version, 8);
  return b;
}

export type PreambleResult = { ok: true; version: number } | { ok: false; problem: 'short' | 'magic' | 'version'; version?: number };

/** Checks the first 12 bytes: a netscope recording, in a version this reader reads. */
export function decodePreamble(buf: Uint8Array): PreambleResult {
  const n = Math.min(buf.length, MAGIC.length);
  for (let i = 0; i < n; i++) if (buf[i] !== MAGIC[i]) return { ok: false, problem: 'magic' };
  if (buf.length < PREAMBLE_SIZE) return { ok: false, problem: 'short' };
  const version = Buffer.from(buf.buffer, buf.byteOffset, buf.length).readUInt32LE(8);
  if (!READABLE_VERSIONS.includes(version)) return { ok: false, problem: 'version', version };
  return { ok: true, version };
}

/** A frame: header (type, length, CRC32 over type+length+payload) then the payload. */
export function encodeFrame(type: FrameType, payload: Uint8Array): Buffer {
  const b = Buffer.allocUnsafe(FRAME_HEADER_SIZE + payload.length);
  b[0] = type;
  b.writeUInt32LE(payload.length, 1);
  b.set(payload, FRAME_HEADER_SIZE);
  b.writeUInt32LE(frameCrc(b.subarray(0, 5), payload), 5);
  return b;
}

/** The CRC a frame stores: over its type and length bytes, then its payload (a flipped length is caught too). */
export function frameCrc(typeAndLength: Uint8Array, payload: Uint8Array): number {
  return crc32(payload, crc32(typeAndLength));
}

export interface FrameHeader {
  type: number;
  length: number;
  crc: number;
}

export function decodeFrameHeader(buf: Uint8Array, at = 0): FrameHeader {
  const b = Buffer.from(buf.buffer, buf.byteOffset + at, FRAME_HEADER_SIZE);
  return { type: b[0]!, length: b.readUInt32LE(1), crc: b.readUInt32LE(5) };
}

/** True when a frame's stored CRC matches its bytes. `head` is the 9 header bytes. */
export function frameIntact(head: Uint8Array, payload: Uint8Array): boolean {
  const h = decodeFrameHeader(head);
  return frameCrc(head.subarray(0, 5), payload) === h.crc;
}

export function encodeTrailer(footerOffset: number): Buffer {
  const b = Buffer.alloc(TRAILER_SIZE);
  b.writeBigUInt64LE(BigInt(footerOffset), 0);
  TRAILER_MAGIC.copy(b, 8);
  return b;
}

/** The footer frame's offset from the last 16 bytes of a file, or undefined when they are not a trailer. */
export function decodeTrailer(buf: Uint8Array): number | undefined {
  if (buf.length !== TRAILER_SIZE) return undefined;
  const b = Buffer.from(buf.buffer, buf.byteOffset, buf.length);
  if (!b.subarray(8).equals(TRAILER_MAGIC)) return undefined;
  const off = b.readBigUInt64LE(0);
  return off > BigInt(Number.MAX_SAFE_INTEGER) ? undefined : Number(off);
}
