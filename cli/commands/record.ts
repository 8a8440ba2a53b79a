// `netscope record -o FILE`: records an event stream to a file. By default from a running agent over
// its API (Observe with follow, plus GetStatus/GetSnapshot for the header and snapshots: no root, only
// access to the agent's socket); with --in-process it runs an agent in this process instead (root).
import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Agent, AGENT_VERSION } from '../../agent/agent.js';
import { systemClock } from '../../agent/core/clock.js';
import { checkNetworkNamespace, resolveNetns } from '../../agent/core/netns.js';
import { formatAddress } from '../../agent/server/address.js';
import { parseFilter } from '../../agent/probes/filter.js';
import { parseProbeSets, SET_NAMES, type ProbeFilter } from '../../agent/probes/sets.js';
import { Recorder, startRecorder } from '../../agent/record/recorder.js';
import { RecordingWriter, writeErrorText, type RecordingHeader, type Snapshot } from '../../agent/record/writer.js';
import { cannotCreateIn, writeFileReplacing } from '../../agent/util/safe-file.js';
import { UserError, requireRoot } from '../../agent/util/errors.js';
import type { Envelope } from '../../proto/index.js';
import { CONNECT_HELP, CONNECT_OPTIONS, connectAgent } from '../client/connect.js';
import { FIELDS, FILTER_HELP, FILTER_OPTIONS, KIND_NAMES, filtersFromFlags, kindsFromFlag } from '../client/filters.js';
import * as grpc from '@grpc/grpc-js';
import { intFlag, parseFlags, type Command } from '../command.js';

const help = `usage: netscope record -o FILE [--agent ADDR] [filters] [--kind KIND]...
                      [--duration D | --count N] [--max-size SIZE] [--ready-file PATH]
       netscope record -o FILE --in-process [--netns NAME|PATH]... [--probes auto|SET[,SET]]
                      [--proto icmp|tcp|udp] [--host ADDR[/LEN]] [--port N] [--duration D | --count N] …

Records the event stream (packets, journeys, conntrack, qdisc samples, losses, gaps, status) to FILE,
for 'netscope replay', 'inspect' and 'export' later — on any machine, without root.

By default it records from a running agent (see 'netscope agent'; no root needed, only access to
its socket): what the agent publishes from now on that passes the filters. The header (host,
kernel, probe sets, target netns) comes from the agent's status, the start snapshot of each netns it
watches (conntrack table, qdiscs, iptables-save, nft ruleset, addresses, routes) and its clock
offset from GetSnapshot (an agent without that call gives the conntrack table and qdiscs only, and
the snapshot says so). If this client reads too slowly the agent drops envelopes for it; the file
then holds a LostEvents with the count where the hole is, and the progress line counts it. The
recording ends when the agent stops, too.

With --in-process it runs the agent in this process instead (needs root), with the probe and filter
options of 'netscope agent'; then nothing else needs to run.

The file starts with a header and the snapshots; then checksummed batches of events follow (written
at least every 250 ms); Ctrl-C, SIGTERM, --duration or --count end it with a footer and an index.
On a terminal a progress line on stderr shows events, bytes written and events lost.

options:
  -o, --output FILE   the recording to write (replaced if it exists)
  --duration D        stop after D: 30s, 5m, 1h, 500ms (a bare number is seconds)
  --count N           stop after N envelopes
  --max-size SIZE     rotate before a file passes SIZE bytes (suffix k, M, G): FILE, FILE.1, FILE.2, …
  --ready-file PATH   written once recording has begun (the stream is open, header and snapshots written)
  -h, --help          this help

from a running agent (the default):
${CONNECT_HELP}
  --kind KIND        only these kinds (repeatable, or a comma list): ${Object.keys(KIND_NAMES).join(', ')}
                     (default all)

${FILTER_HELP}

in this process (--in-process, root):
  --in-process        run the agent here instead of asking one
  --netns NAME|PATH   a network namespace to watch, repeatable (default the agent's own)
  --probes SETS       auto (default) or a comma list of ${SET_NAMES.join(', ')}
  --proto P           keep only icmp, tcp or udp packets (filtered in the kernel)
  --host ADDR[/LEN]   keep only packets with an end in this address or CIDR
  --port N            keep only packets with this source or destination port

examples:
  netscope record -o ping.nsrec --proto icmp --duration 10s          # from the agent on /run/netscope/agent.sock
  netscope record -o lab.nsrec --agent /tmp/ns/agent.sock --kind journey,conntrack --count 1000
  sudo netscope record -o ping.nsrec --in-process --netns lab-host01 --proto icmp --duration 10s`;

/**
 * Fails before anything starts (before probes attach) when the recording cannot be written where
 * asked: by creating a file in its directory for real, since access(2) says yes to root in /proc.
 */
export function checkWritable(command: string, flag: string, file: string, what = 'the recording'): void {
  const dir = dirname(resolve(file));
  let why: string | undefined;
  try {
    if (existsSync(file) && statSync(file).isDirectory()) why = 'it is a directory';
    else if (!existsSync(dir)) why = `the directory ${dir} does not exist`;
    else if (!statSync(dir).isDirectory()) why = `${dir} is not a directory`;
    else {
      const code = cannotCreateIn(resolve(file));
      if (code) why = code === 'EACCES' || code === 'EPERM' || code === 'ENOENT' ? `no file can be created in ${dir} (${code})` : `creating a file in ${dir} fails: ${writeErrorText({ code })}`;
    }
  } catch {
    why = `you may not write in ${dir}`;
  }
  if (why) throw new UserError(`netscope ${command}: ${flag}: cannot write ${what} ${file}: ${why}; pass a path in a directory you may write.`);
}

export function parseDuration(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(v);
  const ms = m ? Number(m[1]) * { ms: 1, s: 1000, m: 60000, h: 3600000 }[(m[2] ?? 's') as 'ms' | 's' | 'm' | 'h'] : NaN;
  if (!(ms > 0)) throw new UserError(`netscope record: --duration takes a time such as 30s, 5m or 500ms, not '${v}'.`);
  return ms;
}

export function parseSize(v: string | undefined, command = 'record', flag = 'max-size'): number | undefined {
  if (v === undefined) return undefined;
  const m = /^(\d+)([kKmMgG])?i?[bB]?$/.exec(v);
  const n = m ? Number(m[1]) * (m[2] ? 1024 ** ('kmg'.indexOf(m[2].toLowerCase()) + 1) : 1) : NaN;
  if (!(n >= 4096)) throw new UserError(`netscope ${command}: --${flag} takes a size of at least 4096 bytes such as 100M or 1G, not '${v}'.`);
  return n;
}

const filterText = (f: ProbeFilter) => [f.protocol && `proto=${f.protocol}`, f.host && `host=${f.host}`, f.port && `port=${f.port}`].filter(Boolean).join(' ');

function human(n: number): string {
  return n >= 1 << 30 ? `${(n / (1 << 30)).toFixed(1)} GiB` : n >= 1 << 20 ? `${(n / (1 << 20)).toFixed(1)} MiB` : n >= 1024 ? `${(n / 1024).toFixed(1)} KiB` : `${n} B`;
}

const API_ONLY = ['agent', 'tls-ca', 'token-file', 'kind', 'ip', 'interface', 'hook', 'verdict', ...FIELDS.map((f) => `deny-${f}`)] as const;
const LOCAL_ONLY = ['probes', 'host'] as const;

export const record: Command = {
  name: 'record',
  help,
  async run(argv) {
    const { values } = parseFlags('record', argv, {
      ...CONNECT_OPTIONS,
      ...FILTER_OPTIONS,
      kind: { type: 'string', multiple: true },
      output: { type: 'string', short: 'o' },
      'in-process': { type: 'boolean' },
      probes: { type: 'string' },
      host: { type: 'string' },
      duration: { type: 'string' },
      count: { type: 'string' },
      'max-size': { type: 'string' },
      'ready-file': { type: 'string' },
    });
    if (!values.output) throw new UserError(`netscope record: -o FILE is required (the recording to write); see 'netscope record --help'.`);
    if (values.duration !== undefined && values.count !== undefined) throw new UserError(`netscope record: cannot set both --duration and --count.`);
    const v = values as Record<string, unknown>;
    if (values['in-process']) {
      const bad = API_ONLY.filter((f) => v[f] !== undefined);
      if (bad.length) throw new UserError(`netscope record: ${bad.map((f) => `--${f}`).join(', ')} ${bad.length === 1 ? 'applies' : 'apply'} to recording from an agent, not to --in-process; drop ${bad.length === 1 ? 'it' : 'them'} or --in-process.`);
    } else {
      const bad = LOCAL_ONLY.filter((f) => v[f] !== undefined);
      if (bad.length) throw new UserError(`netscope record: ${bad.map((f) => `--${f}`).join(', ')} ${bad.length === 1 ? 'applies' : 'apply'} to --in-process only (a running agent's probes and kernel filters are its own).`);
    }
    checkWritable('record', '-o', values.output);
    if (values['ready-file'] !== undefined) checkWritable('record', '--ready-file', values['ready-file'], 'the ready file');
    const opts: Limits = {
      file: values.output,
      durationMs: parseDuration(values.duration),
      count: values.count === undefined ? undefined : intFlag('record', 'count', values.count, 1),
      maxSize: parseSize(values['max-size']),
      readyFile: values['ready-file'],
      command: ['netscope', 'record', ...argv].join(' '),
    };
    return values['in-process'] ? recordInProcess(values, opts) : recordFromAgent(values, opts);
  },
};

interface Limits {
  file: string;
  durationMs?: number;
  count?: number;
  maxSize?: number;
  readyFile?: string;
  command: string;
}

const one = (flag: string, vals: string[] | undefined): string | undefined => {
  if (vals && vals.length > 1) throw new UserError(`netscope record: --${flag} takes one value with --in-process, not ${vals.length}.`);
  return vals?.[0];
};

function writeReady(file: string | undefined, content: object): void {
  if (file) writeFileReplacing(file, JSON.stringify(content) + '\n');
}

/**
 * What both modes share once the recorder runs: signals, --duration, the progress line on a terminal.
 * Resolves with why it ended.
 */
async function untilDone(recorder: () => Recorder | undefined, finished: Promise<string>, durationMs: number | undefined): Promise<string> {
  let expire: NodeJS.Timeout | undefined;
  const timed = durationMs ? new Promise<string>((r) => (expire = setTimeout(() => r('duration reached'), durationMs))) : new Promise<string>(() => undefined);
  const tty = process.stderr.isTTY;
  const progress = tty
    ? setInterval(() => {
        const s = recorder()?.stats;
        if (s) process.stderr.write(`\r\x1b[Kevents ${s.events}  bytes ${human(s.bytes)}  lost ${s.lost}`);
      }, 500)
    : undefined;
  try {
    return await Promise.race([finished, timed]);
  } finally {
    if (expire) clearTimeout(expire);
    if (progress) clearInterval(progress);
    if (tty) process.stderr.write('\r\x1b[K');
  }
}

/** Signals that end the recording (on, not once: execa's signal-exit re-raises a signal when it sees no other listener). */
function onSignals(finish: (reason: string) => void): () => void {
  const handlers = (['SIGINT', 'SIGTERM', 'SIGHUP'] as const).map((sig) => {
    const h = () => finish(sig);
    process.on(sig, h);
    return [sig, h] as const;
  });
  return () => {
    for (const [sig, h] of handlers) process.removeListener(sig, h);
  };
}

function summary(reason: string, rec: Recorder): void {
  const s = rec.stats;
  process.stderr.write(`netscope record: ${reason}: ${s.events} events, ${human(s.bytes)}, ${s.lost} lost, in ${s.files.join(', ')}\n`);
}

/** A file system error while the recording is created (a full disk, a read-only mount) as one sentence; anything else as it is. */
export function createError(command: string, file: string, err: unknown): unknown {
  const e = err as NodeJS.ErrnoException;
  if (!e?.syscall || !e.code) return err;
  return new UserError(`netscope ${command}: cannot write the recording ${file}: ${writeErrorText(e)}; nothing was recorded; free some space or pass another path.`, { cause: err, exitCode: 1 });
}

/** The sentence (without the command's prefix) for a recording a write error ended (a full disk): what it holds, and that it is readable. */
export function failedText(rec: Recorder, err: NodeJS.ErrnoException): string {
  const s = rec.stats;
  const footer = rec.writer.footerAfterFailure ? 'with its footer' : 'without a footer';
  return `writing the recording ${s.files.at(-1) ?? rec.writer.file} failed: ${writeErrorText(err)}; it ended there and holds ${s.events} events up to its last whole batch (${footer}), readable with 'netscope replay'`;
}

/** The filters as text for the header ("proto=icmp ip=10.85.0.2 not(ip=10.85.0.3) kind=journey"). */
function apiFilterText(v: Record<string, unknown>): string {
  const list = (x: unknown) => (x as string[] | undefined)?.join(',');
  const allow = FIELDS.flatMap((f) => (v[f] ? [`${f}=${list(v[f])}`] : []));
  const deny = FIELDS.flatMap((f) => (v[`deny-${f}`] ? [`${f}=${list(v[`deny-${f}`])}`] : []));
  return [...allow, ...(deny.length ? [`not(${deny.join(' ')})`] : []), ...(v.kind ? [`kind=${list(v.kind)}`] : [])].join(' ');
}

async function recordFromAgent(values: Record<string, unknown>, o: Limits): Promise<number> {
  const kinds = kindsFromFlag('record', values.kind as string[] | undefined);
  const { allow, deny } = filtersFromFlags('record', values);
  const client = await connectAgent('record', values);
  let finish: (reason: string) => void = () => undefined;
  const finished = new Promise<string>((resolve) => (finish = resolve));
  const offSignals = onSignals(finish);
  let recorder: Recorder | undefined;
  let streamError: Error | undefined;
  let cancelled = false;
  // the stream opens first and is queued while the header and snapshots are fetched: nothing between them is missed
  const queued: Envelope[] = [];
  let sink: (e: Envelope) => void = (e) => void queued.push(e);
  const call = client.observe({ kinds, allow, deny, follow: true });
  call.on('data', (res: { envelopes?: Envelope[] }) => {
    for (const e of res.envelopes ?? []) sink(e);
  });
  // the agent stopping ends the stream with UNAVAILABLE (an older one ends it): the recording is whole, but ended by someone else
  let agentStopped: string | undefined;
  call.on('error', (err: grpc.ServiceError) => {
    if (cancelled && err.code === grpc.status.CANCELLED) return;
    if (err.code === grpc.status.UNAVAILABLE && recorder) {
      agentStopped = err.details || 'the connection was lost';
      finish('the agent stopped');
      return;
    }
    streamError = client.describe(err);
    finish('error');
  });
  call.on('end', () => {
    agentStopped ??= 'it ended the stream';
    finish('the agent stopped');
  });
  try {
    const [status, snap] = await Promise.all([client.getStatus(), client.getSnapshot()]);
    let snapshots: Snapshot[];
    if (snap) snapshots = snap.snapshots ?? [];
    else {
      // an agent without GetSnapshot: its conntrack tables and qdiscs, and a note of what is missing
      const [tables, qdiscs] = await Promise.all([client.getConntrack({}), client.getQdiscs()]);
      const now = Date.now() * 1e6;
      snapshots = tables.map((t) => ({
        netnsName: t.netnsName,
        netns: t.netns,
        timeNs: now,
        conntrack: t.entries ?? [],
        qdiscs: qdiscs.filter((q) => q.netnsName === t.netnsName),
        errors: [...(t.error ? [`conntrack: ${t.error}`] : []), 'the agent serves no GetSnapshot (an older netscope): rules, addresses and routes were not recorded'],
      }));
    }
    const header: RecordingHeader = {
      netscopeVersion: AGENT_VERSION,
      hostname: status.hostname ?? '',
      kernelRelease: status.kernel ?? '',
      probeSets: status.probeSets ?? [],
      startTimeNs: Date.now() * 1e6,
      startMonoNs: snap?.monoNs ?? 0,
      monoToWallOffsetNs: snap?.monoToWallOffsetNs ?? 0,
      netns: status.netns ?? [],
      filter: apiFilterText(values),
      command: o.command,
    };
    let writer: RecordingWriter;
    try {
      writer = new RecordingWriter(o.file, header, snapshots, { maxSize: o.maxSize, onError: () => finish('write failed') });
    } catch (err) {
      throw createError('record', o.file, err);
    }
    const rec = new Recorder(writer, { count: o.count, onLimit: () => finish('count reached') });
    recorder = rec;
    rec.attach((s) => {
      sink = s;
      return () => (sink = () => undefined);
    }, queued.splice(0));
    writeReady(o.readyFile, { pid: process.pid, file: o.file, agent: values.agent ?? null });
    process.stderr.write(`netscope record: recording from the agent on ${status.hostname || 'an unnamed host'} (${(status.netns ?? []).join(', ') || 'its own netns'}) to ${o.file}; Ctrl-C to stop\n`);
    const reason = await untilDone(() => recorder, finished, o.durationMs);
    cancelled = true;
    call.cancel();
    const failure = rec.failure;
    rec.stop(reason === 'error' ? 'the stream failed' : reason);
    if (failure) throw new UserError(`netscope record: ${failedText(rec, failure)}.`, { exitCode: 1 });
    summary(reason === 'error' ? 'the stream failed' : reason, rec);
    if (agentStopped) throw new UserError(`netscope record: the agent at ${formatAddress(client.address)} stopped (${agentStopped}), so the recording ends here; ${o.file} is whole up to then.`, { exitCode: 1 });
    if (streamError) throw streamError;
    return 0;
  } catch (err) {
    cancelled = true;
    call.cancel();
    recorder?.stop('error');
    throw err;
  } finally {
    offSignals();
    client.close();
  }
}

async function recordInProcess(values: Record<string, unknown>, o: Limits): Promise<number> {
  const filter = parseFilter({ proto: one('proto', values.proto as string[] | undefined), host: values.host as string | undefined, port: one('port', values.port as string[] | undefined) });
  const probes = parseProbeSets((values.probes as string | undefined) ?? 'auto');
  const netns = ((values.netns as string[] | undefined) ?? []).map(resolveNetns);
  netns.forEach(checkNetworkNamespace);
  requireRoot('netscope record --in-process');
  const clock = systemClock();
  const agent = new Agent({ netns, probes, filter, clock, readyFile: undefined, warn: (m) => process.stderr.write(`netscope record: ${m}\n`) });
  let recorder: Recorder | undefined;
  let finish: (reason: string) => void = () => undefined;
  const finished = new Promise<string>((resolve) => (finish = resolve));
  const offSignals = onSignals(finish);
  try {
    await agent.start();
    try {
      recorder = await startRecorder(agent, o.file, { clock, maxSize: o.maxSize, count: o.count, onLimit: () => finish('count reached'), onError: () => finish('write failed'), filter: filterText(filter), command: o.command });
    } catch (err) {
      throw createError('record', o.file, err);
    }
    writeReady(o.readyFile, { pid: process.pid, file: o.file });
    process.stderr.write(`netscope record: recording to ${o.file} (${agent.targets.map((t) => t.name).join(', ')}); Ctrl-C to stop\n`);
    const reason = await untilDone(() => recorder, finished, o.durationMs);
    await agent.stop(); // closes open journeys, which are still recorded
    const failure = recorder.failure;
    recorder.stop(reason);
    if (failure) throw new UserError(`netscope record: ${failedText(recorder, failure)}.`, { exitCode: 1 });
    summary(reason, recorder);
    return 0;
  } catch (err) {
    recorder?.stop('error');
    await agent.stop().catch(() => undefined);
    throw err;
  } finally {
    offSignals();
  }
}
