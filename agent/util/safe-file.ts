// Files written as root in directories other users may write (/tmp, $TMPDIR, a shared dir): a
// recording, a ready file. Each is created under a fresh random name with O_EXCL|O_NOFOLLOW, so
// nothing planted there in advance (a symlink, a hard link, a FIFO) is ever opened, and then renamed
// onto the asked name, which replaces whatever was there (a planted link included) without
// following it. The new file belongs to whoever created it; a hand-over to another user is an
// fchown on the open descriptor, never a chown by name.
import { closeSync, constants as C, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';

/** Creates `path` anew (replacing what is there, never writing through it); returns an fd open for writing. */
export function createReplacing(path: string, mode = 0o644): number {
  const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const fd = openSync(tmp, C.O_WRONLY | C.O_CREAT | C.O_EXCL | C.O_NOFOLLOW, mode);
  try {
    renameSync(tmp, path);
  } catch (err) {
    closeSync(fd);
    try {
      unlinkSync(tmp);
    } catch {
      /* gone already */
    }
    throw err;
  }
  return fd;
}

/** Writes `content` to `path` the same way: readers see the old file or the whole new one. */
export function writeFileReplacing(path: string, content: string | Uint8Array, mode = 0o644): void {
  const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const fd = openSync(tmp, C.O_WRONLY | C.O_CREAT | C.O_EXCL | C.O_NOFOLLOW, mode);
  try {
    const buf = typeof content === 'string' ? Buffer.from(content) : content;
    let done = 0;
    while (done < buf.length) done += writeSync(fd, buf, done, buf.length - done);
    closeSync(fd);
    renameSync(tmp, path);
  } catch (err) {
    try {
      closeSync(fd);
    } catch {
      /* closed above */
    }
    try {
      unlinkSync(tmp);
    } catch {
      /* gone already */
    }
    throw err;
  }
}

/**
 * Whether a file may be created in `path`'s directory, tried for real (an exclusive temp file, removed
 * at once): access(2) says yes to root in /proc or on a read-only bind mount; open(2) does not.
 * Returns the errno code, or undefined when it may.
 */
export function cannotCreateIn(path: string): string | undefined {
  const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.probe`);
  try {
    closeSync(openSync(tmp, C.O_WRONLY | C.O_CREAT | C.O_EXCL | C.O_NOFOLLOW, 0o600));
  } catch (err) {
    return (err as NodeJS.ErrnoException).code ?? String(err);
  }
  try {
    unlinkSync(tmp);
  } catch {
    /* created and gone: either way it could be created */
  }
  return undefined;
}
