// A recording as a dashboard feed: its start snapshots first (conntrack table, qdiscs, the header as
// the agent's status), then its envelopes paced by their timestamps × speed. Pause holds the file where
// it is; step delivers the next envelope at once. Reading never blocks the screen: at --speed max it
// yields to the event loop every few thousand envelopes.
import { timeOf } from '../../agent/record/envelope-info.js';
import { matchEnvelope, type ReplayFilter } from '../../agent/record/filter.js';
import { describeEnd, recordingParts, RecordingReader, type ReadEnd } from '../../agent/record/reader.js';
import type { ConntrackTable } from '../../agent/server/service.js';
import type { Envelope } from '../../proto/index.js';
import type { DashboardFeed, FeedControl, FeedSink } from './feed.js';

export interface RecordingFeedOptions {
  /** replay speed factor (1 = as recorded); Infinity = as fast as the screen takes it */
  speed?: number;
  /** replay's --kind/--proto/--ip/--port */
  filter?: ReplayFilter;
  /** start paused (step with FeedControl.step) */
  paused?: boolean;
}

export interface RecordingFeed extends DashboardFeed {
  readonly control: FeedControl & { readonly last: Envelope | undefined };
  /** how the file ended, once it was read to its end (or to a cut or corrupt frame) */
  readonly end: ReadEnd | undefined;
}

const YIELD_EVERY = 2048;
const MAX_SLEEP_MS = 100; // pacing sleeps in slices, so pause and stop act at once

/**
 * Opens `file` now (a file that is not a readable recording throws the reader's one-sentence
 * UserError here, before any screen exists) and replays it once started.
 */
export function feedFromRecording(file: string, opts: RecordingFeedOptions = {}): RecordingFeed {
  const speed = opts.speed ?? 1;
  const first = RecordingReader.open(file);
  const header = first.header;
  const snapshots = first.snapshots;
  const total = first.footer && !first.footer.nextPart ? first.footer.events ?? 0 : 0;
  first.close();

  let sink: FeedSink | undefined;
  let stopped = false;
  let paused = !!opts.paused;
  let wake: (() => void) | undefined;
  let pending: Envelope | undefined;
  /** the position in the file (1-based, every envelope counted) of `pending`, and of the last one delivered */
  let pendingAt = 0;
  let lastAt = 0;
  let last: Envelope | undefined;
  let read = 0;
  let delivered = 0;
  let t0 = 0;
  let started = 0;
  let end: ReadEnd | undefined;
  let finished = false;
  const parts = recordingParts(file);
  let reader: RecordingReader | undefined;
  let batch: Envelope[] = [];
  let at = 0;
  let batches: Generator<{ batch: { envelopes: Envelope[] } }> | undefined;

  /** The next envelope of the file that passes the filter, or undefined at its end. Synchronous. */
  const next = (): Envelope | undefined => {
    for (;;) {
      if (at < batch.length) {
        const env = batch[at++]!;
        read++;
        if (!opts.filter || matchEnvelope(env, opts.filter)) return env;
        continue;
      }
      if (batches) {
        const b = batches.next();
        if (!b.done) {
          batch = b.value.batch.envelopes;
          at = 0;
          continue;
        }
        end = reader!.end;
        batches = undefined;
        if (!end?.whole) return undefined; // a cut or corrupt part ends the replay there
      }
      const p = parts.next();
      if (p.done) return undefined;
      reader = p.value;
      batches = reader.batches();
    }
  };

  const sleep = (ms: number) => new Promise<void>((resolve) => {
    const t = setTimeout(() => {
      wake = undefined;
      resolve();
    }, ms);
    wake = () => {
      clearTimeout(t);
      wake = undefined;
      resolve();
    };
  });

  /** The next envelope to deliver: the one waiting for its time, or the next in the file. */
  const take = (): Envelope | undefined => {
    if (!pending) {
      pending = next();
      pendingAt = read;
    }
    return pending;
  };

  const deliver = () => {
    const env = pending!;
    pending = undefined;
    delivered++;
    last = env;
    lastAt = pendingAt;
    sink?.envelope(env);
  };

  const finish = () => {
    if (finished) return;
    finished = true;
    parts.return(undefined); // closes the open part
    const name = file;
    if (!end || end.whole) sink?.end(`replay finished: ${read} envelopes, the whole file${opts.filter ? `, ${delivered} passed the filters` : ''}.`);
    else sink?.end(describeEnd(name, end), true);
  };

  const loop = async () => {
    let burst = 0;
    while (!stopped && !finished) {
      if (paused) {
        await sleep(MAX_SLEEP_MS);
        continue;
      }
      const env = take();
      if (!env) {
        finish();
        return;
      }
      if (speed !== Infinity) {
        const t = timeOf(env);
        if (t) {
          if (!t0) {
            t0 = t;
            started = performance.now();
          }
          const wait = (t - t0) / 1e6 / speed - (performance.now() - started);
          if (wait > 1) {
            await sleep(Math.min(wait, MAX_SLEEP_MS));
            continue;
          }
        }
      }
      deliver();
      if (++burst % YIELD_EVERY === 0) await new Promise((r) => setImmediate(r));
    }
  };

  const control = {
    get paused() {
      return paused;
    },
    get last() {
      return last;
    },
    pause() {
      paused = true;
    },
    resume() {
      paused = false;
      t0 = 0; // pacing restarts from the next envelope: no burst for the time spent paused
      wake?.();
    },
    step() {
      if (finished) return false;
      if (!take()) {
        finish();
        return false;
      }
      deliver();
      t0 = 0;
      return true;
    },
    progress() {
      return `at envelope ${lastAt}${total ? ` of ${total}` : ''}${finished ? ' (end of file)' : ''}`;
    },
  };

  return {
    source: `recording ${file}`,
    control,
    get end() {
      return end;
    },
    start(s) {
      sink = s;
      // what the host looked like when recording started
      s.envelope({ status: { version: header.netscopeVersion ?? '', hostname: header.hostname ?? '', kernel: header.kernelRelease ?? '', startTimeNs: header.startTimeNs ?? 0, probeSets: header.probeSets ?? [], netns: header.netns ?? [] } });
      const tables: ConntrackTable[] = snapshots.map((sn) => ({ netnsName: sn.netnsName ?? '', netns: sn.netns ?? 0, entries: sn.conntrack ?? [], stats: { netnsName: sn.netnsName ?? '', netns: sn.netns ?? 0, timeNs: sn.timeNs ?? 0, count: (sn.conntrack ?? []).length } }));
      if (tables.length) s.conntrackTables(tables);
      for (const sn of snapshots) for (const q of sn.qdiscs ?? []) s.envelope({ qdisc: q });
      void loop();
    },
    async stop() {
      stopped = true;
      wake?.();
      if (!finished) parts.return(undefined);
    },
  };
}
