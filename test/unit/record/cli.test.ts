// replay / inspect / export on damaged and foreign files, through the real CLI: one sentence on
// stderr, the documented exit code, never an internal error.
import t from 'tap';
import { execa } from 'execa';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { encodePreamble } from '../../../agent/record/format.js';
import { RecordingReader } from '../../../agent/record/reader.js';
import { RecordingWriter } from '../../../agent/record/writer.js';

const cli = (args: string[]) => execa('env', ['-u', 'NODE_OPTIONS', resolve('bin/netscope'), ...args], { reject: false });
const T0 = 1795447876456765200;
const dir = mkdtempSync(join(tmpdir(), 'netscope-reccli-'));
t.teardown(() => rmSync(dir, { recursive: true, force: true }));

t.before(async () => {
  await execa('npx', ['--no-install', 'tsc', '-p', '.']);
});

function make(): string {
  const file = join(dir, 'ok.nsrec');
  const w = new RecordingWriter(file, { hostname: 'vm' }, [], { batchCount: 10, batchMs: 0 });
  for (let i = 0; i < 50; i++) w.write({ qdisc: { timeNs: T0 + i * 1e6, dev: 'eth0', kind: 'tbf', handle: '8001:' }, seq: i + 1 });
  w.close();
  return file;
}

t.test('whole, cut, corrupt, foreign, future', async (t) => {
  const ok = make();
  const whole = await cli(['replay', ok, '-o', 'json', '--speed', 'max']);
  t.equal(whole.exitCode, 0, whole.stderr);
  t.equal(whole.stdout.trim().split('\n').length, 50);

  const r = RecordingReader.open(ok);
  const third = Number(r.footer!.index![2]!.offset);
  r.close();
  const bytes = readFileSync(ok);
  const cut = join(dir, 'cut.nsrec');
  writeFileSync(cut, bytes.subarray(0, third + 20));
  const c = await cli(['replay', cut, '-o', 'json', '--speed', 'max']);
  t.equal(c.exitCode, 3);
  t.equal(c.stdout.trim().split('\n').length, 20, 'the two whole batches');
  t.match(c.stderr, new RegExp(`incomplete: the file ends at byte ${third + 20}, inside a batch frame that starts at byte ${third}`));
  t.equal(c.stderr.trim().split('\n').length, 1, 'one line');
  const ci = await cli(['inspect', cut]);
  t.equal(ci.exitCode, 3);
  t.match(ci.stdout, new RegExp(`whole +no: cut off at byte ${third}`));

  const flip = join(dir, 'flip.nsrec');
  const f = Buffer.from(bytes);
  f[third + 30] ^= 1;
  writeFileSync(flip, f);
  const fl = await cli(['replay', flip, '-o', 'json', '--speed', 'max']);
  t.equal(fl.exitCode, 4);
  t.match(fl.stderr, new RegExp(`corrupt: the batch frame at bytes ${third}-\\d+ fails its CRC32 check`));

  const foreign = join(dir, 'notes.txt');
  writeFileSync(foreign, 'not a recording');
  for (const cmd of [['replay', foreign], ['inspect', foreign], ['export', foreign, '--format', 'jsonl', '-o', join(dir, 'o.jsonl')]]) {
    const x = await cli(cmd);
    t.equal(x.exitCode, 2, cmd[0]);
    t.match(x.stderr, /^\S+notes\.txt is not a netscope recording \(it does not start with netscope's magic bytes\); record one with 'netscope record -o FILE'\.$/);
  }
  const future = join(dir, 'future.nsrec');
  writeFileSync(future, Buffer.concat([encodePreamble(2), Buffer.alloc(32)]));
  const fu = await cli(['replay', future]);
  t.equal(fu.exitCode, 2);
  t.match(fu.stderr, /format version 2, and this netscope reads format version 1; use a newer netscope to read it\.$/);
  t.notMatch(whole.stderr + c.stderr + fl.stderr + fu.stderr, /internal error/);

  const jl = await cli(['export', ok, '--format', 'jsonl', '-o', join(dir, 'o.jsonl')]);
  t.equal(jl.exitCode, 0, jl.stderr);
  t.equal(readFileSync(join(dir, 'o.jsonl'), 'utf8').trimEnd(), whole.stdout, 'export jsonl is replay -o json');
});

t.test('--help of each command', async (t) => {
  for (const c of ['record', 'replay', 'inspect', 'export']) {
    const h = await cli([c, '--help']);
    t.equal(h.exitCode, 0);
    t.match(h.stdout, new RegExp(`^usage: netscope ${c} `));
  }
});
