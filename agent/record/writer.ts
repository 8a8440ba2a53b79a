// The recording writer: envelopes in, checksummed batch frames out (layout: proto/RECORDING.md).
//
// Batching: a batch is written when it holds `batchCount` envelopes or is `batchMs` old, whichever
// comes first, so a crash loses at most the open batch.
// Durability (fsync policy): every batch is one write(2), so a crash of netscope alone loses nothing
// already written; fsync(2) runs at most every `fsyncMs` after a batch (default 1000 ms) and always
// when a file is closed (footer, rotation), so a power loss loses at most about that second.
// Rotation: with `maxSize`, the first file is FILE and the continuations FILE.1, FILE.2, … (never
// renamed, so a reader following one does not race the writer). A batch that would take a part past
// maxSize goes to the next part, and one bigger than a whole part is split into smaller batches; the
// footer may add a few KiB beyond maxSize, and so may a single envelope larger than a part. Each part is a whole,
// self-describing recording (its own header with `part` and the shared `recording_id`; snapshots only
// in part 0), and its footer names the next part.
// All I/O is synchronous: one small write per batch, and close() can run from an 'exit' handler.
// Write errors (a full disk, EIO) end the recording instead of the process: the partial frame is cut
// off, a footer is written if there is room for it, the file stays readable up to its last whole
// batch, and `onError` is told once (on a later turn of the event loop, never inside write()).
// Files are created anew under a temp name and renamed into place (util/safe-file.ts): a link
// planted at the path is replaced, never written through.
import { closeSync, fchownSync, fstatSync, fsyncSync, ftruncateSync, lstatSync, unlinkSync, writeSync } from 'node:fs';
import { basename } from 'node:path';
import { randomBytes } from 'node:crypto';
import { netscope } from '../../proto/gen/netscope.js';
import type { Envelope } from '../../proto/index.js';
import { encodeFrame, encodePreamble, encodeTrailer, FORMAT_VERSION, FrameType, SCHEMA_VERSION } from './format.js';
import { kindOf, timeOf } from './envelope-info.js';
import { encodeBatchFrame } from './codec/encode.js';
import { createReplacing } from '../util/safe-file.js';

const pb = netscope.v1;
export type RecordingHeader = netscope.v1.RecordingHeader.$Properties;
export type Snapshot = netscope.v1.Snapshot.$Properties;
export type RecordingFooter = netscope.v1.RecordingFooter.$Properties;
export type BatchIndexEntry = netscope.v1.BatchIndexEntry.$Properties;

export interface WriterOptions {
  /** envelopes per batch (default 4096) */
  batchCount?: number;
  /** the longest an envelope waits before its batch is written (default 250 ms) */
  batchMs?: number;
  /** fsync at most this often after batch writes (default 1000 ms; 0 = after every batch) */
  fsyncMs?: number;
  /** rotate to FILE.1, FILE.2, … before a part exceeds this many bytes (default: never) */
  maxSize?: number;
  /** hand each file to this user (fchown on the open file, as it is created) */
  owner?: { uid: number; gid: number };
  /** called once, asynchronously, when a write fails and the recording has ended (see failure) */
  onError?: (err: NodeJS.ErrnoException) => void;
}

/** One sentence for a write error: "no space left on device (ENOSPC)". */
export function writeErrorText(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  const known: Record<string, string> = {
    ENOSPC: 'no space left on device',
    EDQUOT: 'disk quota exceeded',
    EFBIG: 'the file is too large for its file system',
    EIO: 'an I/O error',
    EROFS: 'the file system is read-only',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    ENOENT: 'the directory does not exist',
    EISDIR: 'it is a directory',
  };
  if (e?.code && known[e.code]) return `${known[e.code]} (${e.code})`;
  return e?.code ? `${e.code}` : String((err as Error)?.message ?? err);
}

export interface WriterStats {
  events: number;
  /** bytes written, all parts */
  bytes: number;
  /** events the agent reported lost (LostEvents counts) */
  lost: number;
  /** file names written, in order */
  files: string[];
}

/** FILE for part 0, FILE.n for part n. */
export function partPath(file: string, part: number): string {
  return part === 0 ? file : `${file}.${part}`;
}

export class RecordingWriter {
  readonly stats: WriterStats = { events: 0, bytes: 0, lost: 0, files: [] };
  private fd = -1;
  private part = 0;
  private offset = 0;
  /** where a part's first batch goes (after its header and snapshots) */
  private partStart = 0;
  private pending: Envelope[] = [];
  private pendingSince = 0;
  private lastFsync = 0;
  private timer: NodeJS.Timeout | undefined;
  private closed = false;
  /** the write error that ended the recording, if one did */
  failure: NodeJS.ErrnoException | undefined;
  /** whether the part that failed still got its footer */
  footerAfterFailure = false;
  // per part
  private index: BatchIndexEntry[] = [];
  private kinds = new Map<string, number>();
  private partEvents = 0;
  private partLost = 0;
  private firstTime = 0;
  private lastTime = 0;
  private readonly header: RecordingHeader;
  private readonly batchCount: number;
  private readonly batchMs: number;
  private readonly fsyncMs: number;
  private readonly maxSize: number;

  /**
   * Creates `file` (replacing what is there) and writes the preamble, the header and the snapshots;
   * throws when that fails (nothing is recorded then: the caller says so).
   */
  constructor(readonly file: string, header: RecordingHeader, snapshots: Snapshot[] = [], private readonly opts: WriterOptions = {}) {
    this.header = { ...header, formatVersion: FORMAT_VERSION, schemaVersion: SCHEMA_VERSION, recordingId: header.recordingId || randomBytes(8).toString('hex') };
    this.batchCount = opts.batchCount ?? 4096;
    this.batchMs = opts.batchMs ?? 250;
    this.fsyncMs = opts.fsyncMs ?? 1000;
    this.maxSize = opts.maxSize ?? Infinity;
    try {
      this.openPart(snapshots);
    } catch (err) {
      // a header that does not fit is no recording: remove the file this writer created
      if (this.fd >= 0) {
        try {
          const st = fstatSync(this.fd);
          const at = lstatSync(file);
          if (st.ino === at.ino && st.dev === at.dev) unlinkSync(file);
        } catch {
          /* gone or replaced meanwhile: not ours to remove */
        }
        closeSync(this.fd);
        this.fd = -1;
      }
      throw err;
    }
    if (this.batchMs > 0) {
      this.timer = setInterval(() => {
        if (this.pending.length && Date.now() - this.pendingSince >= this.batchMs) this.flush();
      }, Math.max(10, Math.floor(this.batchMs / 2)));
      this.timer.unref();
    }
  }

  write(env: Envelope): void {
    if (this.closed) return;
    if (!this.pending.length) this.pendingSince = Date.now();
    this.pending.push(env);
    if (this.pending.length >= this.batchCount) this.flush();
  }

  /** Writes the open batch now (nothing when it is empty). A write error ends the recording (see failure). */
  flush(): void {
    if (this.closed || !this.pending.length) return;
    const envs = this.pending;
    this.pending = [];
    try {
      this.writeBatch(envs);
      const now = Date.now();
      if (now - this.lastFsync >= this.fsyncMs) {
        fsyncSync(this.fd);
        this.lastFsync = now;
      }
    } catch (err) {
      this.fail(err as NodeJS.ErrnoException);
    }
  }

  /**
   * Ends the recording after a write error: cuts the frame that was being written, writes the footer
   * if there is room (else cuts that too), closes the file, and tells onError once.
   */
  private fail(err: NodeJS.ErrnoException): void {
    if (this.failure) return;
    this.failure = err;
    this.closed = true;
    this.pending = [];
    if (this.timer) clearInterval(this.timer);
    if (this.fd >= 0) {
      const fd = this.fd;
      const whole = this.offset; // put() counts only frames written whole
      try {
        ftruncateSync(fd, whole);
        this.finishPart(`write failed: ${writeErrorText(err)}`, '');
        this.footerAfterFailure = true;
      } catch {
        try {
          ftruncateSync(fd, whole);
        } catch {
          /* the batches before it are whole either way */
        }
        try {
          closeSync(fd);
        } catch {
          /* closed */
        }
        this.fd = -1;
      }
    }
    if (this.opts.onError) {
      const cb = this.opts.onError;
      setImmediate(() => cb(err));
    }
  }

  /**
   * Writes envs as one batch frame into the part that can hold it: the current one when it fits,
   * else a new part. A batch bigger than a whole part is split in halves until the pieces fit, so a
   * part passes maxSize only by its footer, or when one envelope alone is larger than a part.
   */
  private writeBatch(envs: Envelope[]): void {
    let first = 0;
    let last = 0;
    let lost = 0;
    for (const e of envs) {
      const t = timeOf(e);
      if (t) {
        if (!first || t < first) first = t;
        if (t > last) last = t;
      }
      if (e.lost) lost += e.lost.count ?? 0;
    }
    // one buffer per frame, header and CRC included (codec/encode.ts); valid until the next encode
    const frame = encodeBatchFrame({ envelopes: envs, firstTimeNs: first, lastTimeNs: last, firstSeq: envs[0]!.seq ?? 0 });
    if (this.offset + frame.length > this.maxSize) {
      const emptyPart = this.index.length === 0;
      if (envs.length > 1 && (emptyPart || this.partStart + frame.length > this.maxSize)) {
        const mid = envs.length >> 1;
        this.writeBatch(envs.slice(0, mid));
        this.writeBatch(envs.slice(mid));
        return;
      }
      if (!emptyPart) this.rotate(); // encodes no batch frame: `frame` stays valid
    }
    const at = this.offset;
    this.put(frame); // throws on a write error: nothing below counts a frame that is not whole
    for (const e of envs) {
      const k = kindOf(e);
      this.kinds.set(k, (this.kinds.get(k) ?? 0) + 1);
    }
    this.index.push({ offset: at, count: envs.length, firstTimeNs: first, lastTimeNs: last });
    this.partEvents += envs.length;
    this.partLost += lost;
    this.stats.events += envs.length;
    this.stats.lost += lost;
    if (first && (!this.firstTime || first < this.firstTime)) this.firstTime = first;
    if (last > this.lastTime) this.lastTime = last;
  }

  /** Writes the open batch, the footer and the trailer, fsyncs and closes. Idempotent. */
  close(reason = 'stopped'): void {
    if (this.closed) return;
    this.flush();
    if (this.closed) return; // the flush failed: fail() closed it
    try {
      this.finishPart(reason, '');
    } catch (err) {
      this.fail(err as NodeJS.ErrnoException);
    }
    this.closed = true;
    if (this.timer) clearInterval(this.timer);
  }

  private openPart(snapshots: Snapshot[]): void {
    const path = partPath(this.file, this.part);
    this.fd = createReplacing(path, 0o644);
    this.stats.files.push(path);
    if (this.opts.owner) {
      try {
        fchownSync(this.fd, this.opts.owner.uid, this.opts.owner.gid);
      } catch {
        /* a file system without owners (e.g. a vagrant share): the file is still readable */
      }
    }
    this.offset = 0;
    this.index = [];
    this.kinds = new Map();
    this.partEvents = 0;
    this.partLost = 0;
    this.firstTime = 0;
    this.lastTime = 0;
    this.put(encodePreamble());
    this.put(encodeFrame(FrameType.HEADER, pb.RecordingHeader.encode({ ...this.header, part: this.part }).finish()));
    for (const s of snapshots) this.put(encodeFrame(FrameType.SNAPSHOT, pb.Snapshot.encode(s).finish()));
    this.partStart = this.offset;
  }

  private finishPart(reason: string, nextPart: string): void {
    const footer: RecordingFooter = {
      events: this.partEvents,
      batches: this.index.length,
      kinds: [...this.kinds].map(([kind, count]) => ({ kind, count })),
      firstTimeNs: this.firstTime,
      lastTimeNs: this.lastTime,
      endTimeNs: Date.now() * 1e6,
      index: this.index,
      reason,
      nextPart,
      lost: this.partLost,
    };
    const at = this.offset;
    const bytes = this.stats.bytes;
    try {
      this.put(encodeFrame(FrameType.FOOTER, pb.RecordingFooter.encode(footer).finish()));
      this.put(encodeTrailer(at));
      fsyncSync(this.fd);
    } catch (err) {
      // not closed: fail() cuts the file back to its last batch and tries once more
      this.offset = at;
      this.stats.bytes = bytes;
      throw err;
    }
    closeSync(this.fd);
    this.fd = -1;
  }

  private rotate(): void {
    const next = partPath(this.file, this.part + 1);
    this.finishPart('rotated', basename(next));
    this.part++;
    this.openPart([]);
  }

  /** Writes a whole frame at `offset` (positioned: after fail() cuts a partial frame, the footer goes where it began). */
  private put(buf: Uint8Array): void {
    let done = 0;
    while (done < buf.length) done += writeSync(this.fd, buf, done, buf.length - done, this.offset + done);
    this.offset += buf.length;
    this.stats.bytes += buf.length;
  }
}
