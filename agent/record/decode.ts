// Fast decoding of recorded messages into numbers, not Longs.
// protobufjs's generated decoders return uint64 fields as Long objects when the `long` package is
// present (and keep a Long zero on each prototype as the default of an absent field), although
// proto-gen asks for numbers (--force-number) and the live stream carries numbers. Converting each
// decoded message with toObject costs more than the decode itself, so instead the decoder reads
// through a Reader whose uint64 yields a number (exact up to 2^53, like every number the agent
// produces), and the Long zero defaults on the generated prototypes become 0 (a one-time change at
// load: harmless to encoders, which only look at own properties).
import $protobuf from 'protobufjs/minimal.js';
import { netscope } from '../../proto/gen/netscope.js';

const { Reader } = $protobuf;

function isLong(v: unknown): boolean {
  return typeof v === 'object' && v !== null && 'low' in v && 'high' in v && 'unsigned' in v;
}

let patched = false;
/** Replaces Long zero defaults on every generated message prototype by 0. Idempotent. */
export function numberDefaults(): void {
  if (patched) return;
  patched = true;
  for (const type of Object.values(netscope.v1) as unknown[]) {
    const proto = (type as { prototype?: Record<string, unknown> })?.prototype;
    if (typeof type !== 'function' || !proto) continue;
    for (const key of Object.keys(proto)) if (isLong(proto[key])) proto[key] = 0;
  }
}

type NumberReader = $protobuf.Reader & { done(pos: number, v: number): number };

/** A varint uint64 as a number: low and high 32 bits joined once, as Long#toNumber does. */
function uint64Number(this: NumberReader): number {
  const buf = this.buf;
  let pos = this.pos;
  let lo = 0;
  let hi = 0;
  let b = 0;
  for (let i = 0; i < 4; i++) {
    b = buf[pos++]!;
    lo = (lo | ((b & 127) << (i * 7))) >>> 0;
    if (b < 128) return this.done(pos, lo);
  }
  b = buf[pos++]!;
  lo = (lo | ((b & 127) << 28)) >>> 0;
  hi = (b & 127) >> 4;
  if (b >= 128) {
    for (let i = 0; i < 5; i++) {
      b = buf[pos++]!;
      hi = (hi | ((b & 127) << (i * 7 + 3))) >>> 0;
      if (b < 128) break;
    }
  }
  return this.done(pos, hi * 4294967296 + lo);
}

function done(this: NumberReader, pos: number, v: number): number {
  if (pos > this.len) throw new RangeError(`varint runs past the end of the message (index out of range: ${pos} > ${this.len})`);
  this.pos = pos;
  return v;
}

// Strings: protobufjs 8 checks UTF-8 strictly in JavaScript (a sixth of decode time). A frame's
// CRC32 already proves its bytes are those the writer encoded from JS strings, so Buffer's native
// decoder is used instead (it would turn invalid sequences into U+FFFD rather than throw).
function stringNative(this: NumberReader): string {
  const length = this.uint32();
  const start = this.pos;
  const end = start + length;
  if (end > this.len) throw new RangeError(`string runs past the end of the message (index out of range: ${end} > ${this.len})`);
  this.pos = end;
  return (this.buf as unknown as { utf8Slice(start: number, end: number): string }).utf8Slice(start, end);
}

/** A protobufjs Reader over `buf` that decodes uint64 fields as numbers. */
export function numberReader(buf: Uint8Array): $protobuf.Reader {
  numberDefaults();
  const b = Buffer.isBuffer(buf) ? buf : Buffer.from(buf.buffer, buf.byteOffset, buf.length);
  const r = Reader.create(b) as NumberReader;
  r.uint64 = uint64Number as unknown as NumberReader['uint64'];
  r.done = done;
  r.stringVerify = stringNative;
  r.string = stringNative;
  return r;
}
