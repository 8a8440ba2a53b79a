// The recording reader: streams the batches of a recording, checking every frame's CRC32, and says
// where and why it stopped when the file is not whole (cut off, corrupt). Works on any byte source,
// so the decode logic is tested on buffers; files are read with positioned reads, a frame at a time.
import { closeSync, existsSync, fstatSync, openSync, readSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { netscope } from '../../proto/gen/netscope.js';
import { UserError } from '../util/errors.js';
import { numberReader } from './decode.js';
import { decodeEventBatch } from './codec/decode.js';
import type { Envelope } from '../../proto/index.js';
import {
  decodeFrameHeader, decodePreamble, decodeTrailer, FORMAT_VERSION, FRAME_HEADER_SIZE, FRAME_NAMES, FrameType, frameCrc,
  MAX_FRAME, PREAMBLE_SIZE, READABLE_VERSIONS, TRAILER_SIZE,
} from './format.js';
import type { RecordingFooter, RecordingHeader, Snapshot } from './writer.js';

const pb = netscope.v1;
/** A decoded batch: uint64 fields as numbers, like the live stream's envelopes. */
export type EventBatch = netscope.v1.EventBatch.$Properties & { envelopes: Envelope[] };

// The hand-written decoder (codec/decode.ts): protobufjs's objects, uint64 fields as numbers as in
// the live stream, with protobufjs itself for whatever the fast path does not take.
export function decodeBatch(payload: Uint8Array): EventBatch {
  return decodeEventBatch(payload) as unknown as EventBatch;
}
const decodeHeader = (p: Uint8Array) => pb.RecordingHeader.decode(numberReader(p)) as RecordingHeader;
const decodeSnapshot = (p: Uint8Array) => pb.Snapshot.decode(numberReader(p)) as Snapshot;
const decodeFooter = (p: Uint8Array) => pb.RecordingFooter.decode(numberReader(p)) as RecordingFooter;

/** Random access to the bytes of a recording. */
export interface ByteSource {
  size: number;
  /** up to `length` bytes at `offset` (fewer at the end) */
  read(offset: number, length: number): Uint8Array;
  /**
   * The same into a buffer the source reuses: valid only until the next readTemp. Batches are read
   * this way (a fresh ~1 MB buffer per batch cost replay a tenth of its time in allocation and GC).
   */
  readTemp?(offset: number, length: number): Uint8Array;
  close(): void;
}

export function bufferSource(buf: Uint8Array): ByteSource {
  return { size: buf.length, read: (o, n) => buf.subarray(o, Math.min(buf.length, o + n)), close: () => undefined };
}

export function fileSource(path: string): ByteSource {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'it is a directory' : (err as Error).message;
    throw new UserError(`cannot open recording ${path}: ${why}.`, { cause: err });
  }
  const size = fstatSync(fd).size;
  let temp = Buffer.alloc(0);
  const readInto = (buf: Buffer, offset: number, n: number) => {
    let got = 0;
    while (got < n) {
      const r = readSync(fd, buf, got, n - got, offset + got);
      if (r === 0) break;
      got += r;
    }
    return buf.subarray(0, got);
  };
  return {
    size,
    read(offset, length) {
      const n = Math.max(0, Math.min(length, size - offset));
      return readInto(Buffer.allocUnsafe(n), offset, n);
    },
    readTemp(offset, length) {
      const n = Math.max(0, Math.min(length, size - offset));
      if (temp.length < n) temp = Buffer.allocUnsafe(Math.max(n, 2 * temp.length));
      return readInto(temp, offset, n);
    },
    close: () => closeSync(fd),
  };
}

/** How reading ended. */
export interface ReadEnd {
  /** the file ended with its footer and trailer, every frame intact */
  whole: boolean;
  /** byte offset up to which the file was read (the start of the first frame not read) */
  offset: number;
  /** why it stopped before a footer (undefined when whole) */
  reason?: string;
  /** the stop was corruption (a CRC mismatch or an impossible frame), not a clean cut */
  corrupt?: boolean;
  batches: number;
  events: number;
}

interface Frame {
  type: number;
  offset: number;
  payload: Uint8Array;
}

type FrameResult = { frame: Frame } | { end: Omit<ReadEnd, 'batches' | 'events'> };

/** The one sentence for a file that is not a recording this netscope reads. */
export function preambleProblem(name: string, head: Uint8Array): string | undefined {
  const p = decodePreamble(head);
  if (p.ok) return undefined;
  if (p.problem === 'magic') return `${name} is not a netscope recording (it does not start with netscope's magic bytes); record one with 'netscope record -o FILE'.`;
  if (p.problem === 'short') return `${name} is not a netscope recording: it is only ${head.length} bytes long, shorter than the 12-byte preamble.`;
  const v = p.version!;
  const reads = READABLE_VERSIONS.length === 1 ? `version ${READABLE_VERSIONS[0]}` : `versions ${READABLE_VERSIONS.join(', ')}`;
  return v > FORMAT_VERSION
    ? `${name} is a netscope recording of format version ${v}, and this netscope reads format ${reads}; use a newer netscope to read it.`
    : `${name} claims netscope recording format version ${v}, which never existed (this netscope reads format ${reads}); the file is corrupt.`;
}

/**
 * Reads one frame at `offset`: whole and intact, or why not. Pure given the source. With `temp`, the
 * payload may be in the source's reused buffer (ByteSource.readTemp): use it before the next read.
 */
export function readFrame(src: ByteSource, offset: number, temp = false): FrameResult {
  if (offset >= src.size) return { end: { whole: false, offset, reason: `the file ends at byte ${offset} without a footer: the recorder did not close it (it crashed or was killed); every batch up to there was read` } };
  const head = src.read(offset, FRAME_HEADER_SIZE);
  if (head.length < FRAME_HEADER_SIZE) return { end: cut(src.size, offset, 'a frame header', FRAME_HEADER_SIZE) };
  const h = decodeFrameHeader(head);
  const name = FRAME_NAMES[h.type] ?? `type-${h.type}`;
  if (h.length > MAX_FRAME) return { end: { whole: false, corrupt: true, offset, reason: `the frame at byte ${offset} claims ${h.length} bytes, more than any frame has (corrupt length or type byte); the file is corrupt from there` } };
  const payload = temp && src.readTemp ? src.readTemp(offset + FRAME_HEADER_SIZE, h.length) : src.read(offset + FRAME_HEADER_SIZE, h.length);
  if (payload.length < h.length) return { end: cut(src.size, offset, `a ${name} frame`, FRAME_HEADER_SIZE + h.length) };
  const crc = frameCrc(head.subarray(0, 5), payload);
  if (crc !== h.crc) {
    return { end: { whole: false, corrupt: true, offset, reason: `the ${name} frame at bytes ${offset}-${offset + FRAME_HEADER_SIZE + h.length - 1} fails its CRC32 check (stored 0x${hex(h.crc)}, computed 0x${hex(crc)}): a byte in it is corrupt; read up to byte ${offset}` } };
  }
  return { frame: { type: h.type, offset, payload } };
}

function cut(size: number, offset: number, what: string, total: number): Omit<ReadEnd, 'batches' | 'events'> {
  return { whole: false, offset, reason: `the file ends at byte ${size}, inside ${what} that starts at byte ${offset} (${offset + total - size} of its ${total} bytes are missing): the recording was cut off, e.g. by a crash; read up to byte ${offset}` };
}

const hex = (n: number) => n.toString(16).padStart(8, '0');

export interface BatchItem {
  offset: number;
  batch: EventBatch;
}

/**
 * An open recording: header, snapshots and (when the file is whole) the footer are read on open;
 * batches() then streams the batches. Throws UserError (one sentence) for a file it cannot read at all.
 */
export class RecordingReader {
  header!: RecordingHeader;
  snapshots: Snapshot[] = [];
  /** the footer, when the file ends with an intact one */
  footer: RecordingFooter | undefined;
  footerOffset: number | undefined;
  formatVersion = 0;
  /** where the batches start */
  readonly dataOffset: number;
  /** set once batches() has run to its end */
  end: ReadEnd | undefined;

  static open(path: string): RecordingReader {
    return new RecordingReader(fileSource(path), path);
  }

  constructor(private readonly src: ByteSource, readonly name = 'the recording') {
    const pre = src.read(0, PREAMBLE_SIZE);
    const problem = preambleProblem(name, pre);
    if (problem) {
      src.close();
      throw new UserError(problem);
    }
    this.formatVersion = (decodePreamble(pre) as { version: number }).version;
    let off = PREAMBLE_SIZE;
    const first = readFrame(src, off);
    if ('end' in first || first.frame.type !== FrameType.HEADER) {
      src.close();
      const why = 'end' in first ? first.end.reason : `its first frame is a ${FRAME_NAMES[first.frame.type] ?? 'unknown'} frame, not the header`;
      throw new UserError(`${name} is a netscope recording without a readable header: ${why}.`);
    }
    // a frame can pass its CRC and still not decode (a broken recorder): one sentence, never a decoder's exception
    try {
      this.header = decodeHeader(first.frame.payload);
    } catch (err) {
      src.close();
      throw new UserError(`${name} is a netscope recording without a readable header: its header frame passes its CRC but does not decode (${(err as Error).message}); the file was written by a broken recorder.`);
    }
    off += FRAME_HEADER_SIZE + first.frame.payload.length;
    for (;;) {
      const r = readFrame(src, off);
      if ('end' in r || r.frame.type !== FrameType.SNAPSHOT) break;
      let snap: Snapshot;
      try {
        snap = decodeSnapshot(r.frame.payload);
      } catch {
        break; // an undecodable snapshot is skipped by batches() like any frame it does not read
      }
      this.snapshots.push(snap);
      off += FRAME_HEADER_SIZE + r.frame.payload.length;
    }
    this.dataOffset = off;
    this.readFooter();
  }

  private readFooter(): void {
    if (this.src.size < this.dataOffset + TRAILER_SIZE) return;
    const at = decodeTrailer(this.src.read(this.src.size - TRAILER_SIZE, TRAILER_SIZE));
    if (at === undefined || at < this.dataOffset) return;
    const r = readFrame(this.src, at);
    if ('end' in r || r.frame.type !== FrameType.FOOTER || at + FRAME_HEADER_SIZE + r.frame.payload.length + TRAILER_SIZE !== this.src.size) return;
    try {
      this.footer = decodeFooter(r.frame.payload);
    } catch {
      return; // undecodable: read as a file without a footer, up to it
    }
    this.footerOffset = at;
  }

  /** The offset of the first batch that may hold events at or after `timeNs` (needs the footer's index). */
  seekOffset(timeNs: number): number {
    const idx = this.footer?.index ?? [];
    const e = idx.find((b) => (b.lastTimeNs ?? 0) >= timeNs);
    return e ? (e.offset ?? this.dataOffset) : idx.length ? (this.footerOffset ?? this.dataOffset) : this.dataOffset;
  }

  /** Streams the batches from `from` (a batch offset, default the first), then sets `end`. */
  *batches(from = this.dataOffset): Generator<BatchItem> {
    let off = from;
    let batches = 0;
    let events = 0;
    for (;;) {
      // the payload may be in the source's reused buffer: the batch is decoded (strings copied) before the next read
      const r = readFrame(this.src, off, true);
      if ('end' in r) {
        this.end = { ...r.end, batches, events };
        return;
      }
      const f = r.frame;
      if (f.type === FrameType.FOOTER) {
        const whole = this.footerOffset === off;
        this.end = whole ? { whole, offset: off, batches, events } : { whole: false, offset: off, batches, events, reason: `the footer at byte ${off} is not followed by a valid trailer` };
        return;
      }
      off += FRAME_HEADER_SIZE + f.payload.length;
      // frames of a type this version does not know are skipped (intact, per their CRC)
      if (f.type !== FrameType.BATCH) continue;
      let batch: EventBatch;
      try {
        batch = decodeBatch(f.payload);
      } catch (err) {
        this.end = { whole: false, corrupt: true, offset: f.offset, batches, events, reason: `the batch frame at byte ${f.offset} passes its CRC but does not decode (${(err as Error).message}); the file was written by a broken recorder` };
        return;
      }
      batches++;
      events += (batch.envelopes ??= []).length;
      yield { offset: f.offset, batch };
    }
  }

  close(): void {
    this.src.close();
  }
}

/** One line about how the read ended, for replay/inspect/export on stderr. */
export function describeEnd(name: string, end: ReadEnd): string {
  if (end.whole) return `${name}: whole, ${end.events} events in ${end.batches} batches`;
  return `${name}: ${end.corrupt ? 'corrupt' : 'incomplete'}: ${end.reason} (${end.events} events in ${end.batches} whole batches were read).`;
}

/**
 * Each part of a recording in order: FILE, then the part its footer names (rotation), while it exists.
 * Consume each reader's batches() before asking for the next part.
 */
export function* recordingParts(path: string): Generator<RecordingReader> {
  let next: string | undefined = path;
  while (next) {
    const r = RecordingReader.open(next);
    try {
      yield r;
    } finally {
      r.close();
    }
    const np = r.end?.whole ? r.footer?.nextPart : undefined;
    next = np ? join(dirname(next), np) : undefined;
    if (next && !existsSync(next)) next = undefined;
  }
}
