// Files written as root where others may write (issue 18): a planted symlink or hard link at the
// path is replaced, never written through; a ready file appears whole; creatability is tried for real.
import t from 'tap';
import { closeSync, linkSync, lstatSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cannotCreateIn, createReplacing, writeFileReplacing } from '../../../agent/util/safe-file.js';
import { RecordingWriter } from '../../../agent/record/writer.js';

const dir = mkdtempSync(join(tmpdir(), 'netscope-safe-file-'));
t.teardown(() => rmSync(dir, { recursive: true, force: true }));

function victim(name: string): string {
  const v = join(dir, name);
  writeFileSync(v, 'precious\n');
  return v;
}

t.test('createReplacing: a symlink at the path is replaced; its target is untouched', async (t) => {
  const v = victim('v1');
  const p = join(dir, 'rec1.nsrec');
  symlinkSync(v, p);
  const fd = createReplacing(p);
  writeSync(fd, 'new');
  closeSync(fd);
  t.equal(readFileSync(v, 'utf8'), 'precious\n');
  t.ok(lstatSync(p).isFile(), 'the path is a regular file now');
  t.equal(readFileSync(p, 'utf8'), 'new');
});

t.test('createReplacing: a hard link at the path is replaced, not truncated', async (t) => {
  const v = victim('v2');
  const p = join(dir, 'rec2.nsrec');
  linkSync(v, p);
  closeSync(createReplacing(p));
  t.equal(readFileSync(v, 'utf8'), 'precious\n');
  t.equal(statSync(v).nlink, 1);
});

t.test('writeFileReplacing: through a planted link and a planted .tmp name alike, the victim stays', async (t) => {
  const v = victim('v3');
  const p = join(dir, 'ready');
  symlinkSync(v, p);
  symlinkSync(v, `${p}.tmp`); // the fixed temp name the old code wrote through
  writeFileReplacing(p, '{"pid":1}\n');
  t.equal(readFileSync(v, 'utf8'), 'precious\n');
  t.equal(readFileSync(p, 'utf8'), '{"pid":1}\n');
  t.notOk(readdirSync(dir).some((f) => f.startsWith('.ready.')), 'no temp file left');
});

t.test('the recording writer, at a planted symlink and in rotation', async (t) => {
  const v = victim('v4');
  const p = join(dir, 'rot.nsrec');
  symlinkSync(v, p);
  symlinkSync(v, `${p}.1`);
  const w = new RecordingWriter(p, { hostname: 'vm' }, [], { batchCount: 1, batchMs: 0, maxSize: 4096 });
  for (let i = 0; i < 200; i++) w.write({ seq: i + 1, node: 'vm', gap: { source: 'x'.repeat(40), reason: 'y'.repeat(40) } });
  w.close();
  t.ok(w.stats.files.length > 1, `${w.stats.files.length} parts`);
  t.equal(readFileSync(v, 'utf8'), 'precious\n');
  t.ok(lstatSync(`${p}.1`).isFile());
});

t.test('cannotCreateIn: tried for real', async (t) => {
  t.equal(cannotCreateIn(join(dir, 'x')), undefined);
  t.equal(readdirSync(dir).filter((f) => f.endsWith('.probe')).length, 0, 'the probe file is gone');
  t.ok(cannotCreateIn('/proc/netscope-x'), '/proc refuses, even to root');
  t.equal(cannotCreateIn(join(dir, 'missing', 'x')), 'ENOENT');
});

t.test('the writer hands its file to another user through the descriptor, never through a link', { skip: process.getuid?.() === 0 ? undefined : 'needs root (chown)' }, async (t) => {
  const v = victim('v5');
  const p = join(dir, 'owned.nsrec');
  symlinkSync(v, p);
  const w = new RecordingWriter(p, { hostname: 'vm' }, [], { owner: { uid: 65534, gid: 65534 } });
  w.close();
  t.equal(statSync(v).uid, 0, 'the link target keeps its owner');
  t.equal(lstatSync(p).uid, 65534, 'the recording is the user’s');
});
