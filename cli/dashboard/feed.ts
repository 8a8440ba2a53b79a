// Where the dashboard's envelopes come from. One small interface, three sources:
//   feedFromClient(client, req)        a running agent over gRPC (`netscope dashboard --agent ADDR`)
//   feedFromAgent(agent)               an Agent in this process (`netscope demo --dashboard`)
//   feedFromRecording(file, {speed})   a recording, paced, with pause and step (`netscope replay --dashboard`)
// A feed pushes into a FeedSink and never waits for the screen: the sink only stores (O(1)).
import * as grpc from '@grpc/grpc-js';
import type { Agent } from '../../agent/agent.js';
import type { ConntrackTable, ObserveRequest } from '../../agent/server/service.js';
import { formatAddress } from '../../agent/server/address.js';
import type { Envelope } from '../../proto/index.js';
import type { AgentClient } from '../client/connect.js';

export interface FeedSink {
  /** one envelope of the stream, in order */
  envelope(env: Envelope): void;
  /** a full conntrack table per netns (GetConntrack, the agent's sources, a recording's snapshot) */
  conntrackTables(tables: ConntrackTable[]): void;
  /** the feed ended by itself: a sentence saying why; `failed` when that is an error */
  end(message: string, failed?: boolean): void;
}

/** Pause and step for feeds that can hold their source (a recording); live feeds have none. */
export interface FeedControl {
  pause(): void;
  resume(): void;
  readonly paused: boolean;
  /** while paused: delivers the next envelope now; false when there is none left */
  step(): boolean;
  /** one line of progress for the status panel ("at envelope 12 of 340": the last one shown, counted in the file) */
  progress(): string;
}

export interface DashboardFeed {
  /** what the dashboard shows as its source ("agent /run/netscope/agent.sock", "recording x.nsrec") */
  readonly source: string;
  readonly control?: FeedControl;
  /** starts delivering to `sink`; returns at once */
  start(sink: FeedSink): void;
  /** stops delivering and releases what the feed opened (not an agent it was given) */
  stop(): Promise<void>;
}

/** Tables larger than this are read whole only at start: after that their events keep them current. */
export const RESNAPSHOT_MAX_ROWS = 5000;

export interface ClientFeedOptions {
  /** how often the conntrack table is read whole with GetConntrack (ms; 0: only at start) */
  conntrackEveryMs?: number;
  /** buffered envelopes to start with (the agent's ring), before live ones */
  last?: number;
}

/**
 * A running agent's Observe stream (follow), plus GetStatus, GetQdiscs and GetConntrack at start and
 * GetConntrack every `conntrackEveryMs` (while the tables hold at most RESNAPSHOT_MAX_ROWS rows). The stream is read in flowing mode whatever the screen does.
 * The client stays the caller's to close.
 */
export function feedFromClient(client: AgentClient, req: ObserveRequest = {}, opts: ClientFeedOptions = {}): DashboardFeed {
  let call: grpc.ClientReadableStream<{ envelopes?: Envelope[] }> | undefined;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  let reading = false;
  return {
    source: `agent ${formatAddress(client.address)}`,
    start(sink) {
      // a big table (100,000 entries) costs the agent a full conntrack -L: read it again only while small
      let rows = 0;
      const snapshot = () => {
        if (reading || stopped || rows > RESNAPSHOT_MAX_ROWS) return;
        reading = true;
        client.getConntrack({}).then(
          (tables) => {
            rows = tables.reduce((n, t) => n + (t.entries?.length ?? 0), 0);
            if (!stopped) sink.conntrackTables(tables);
          },
          () => undefined, // the stream's own error says what is wrong with the agent
        ).finally(() => (reading = false));
      };
      client.getStatus().then((status) => !stopped && sink.envelope({ status }), () => undefined);
      client.getQdiscs().then((qs) => { if (!stopped) for (const q of qs) sink.envelope({ qdisc: q }); }, () => undefined);
      snapshot();
      const every = opts.conntrackEveryMs ?? 10_000;
      if (every > 0) timer = setInterval(snapshot, every);
      call = client.observe({ ...req, follow: true, first: 0, last: req.last ?? opts.last ?? 200 }) as typeof call;
      call!.on('data', (res: { envelopes?: Envelope[] }) => {
        if (stopped) return;
        for (const env of res.envelopes ?? []) sink.envelope(env);
      });
      call!.on('error', (err: grpc.ServiceError) => {
        if (stopped && err.code === grpc.status.CANCELLED) return;
        sink.end(client.describe(err).message, true);
      });
      call!.on('end', () => !stopped && sink.end('the agent ended the stream (it stopped).', true));
    },
    async stop() {
      stopped = true;
      if (timer) clearInterval(timer);
      call?.cancel();
    },
  };
}

/**
 * An Agent running in this process (after agent.start()): its envelopes through agent.subscribe, its
 * status and current qdisc samples at start, and the conntrack table read from its conntrack sources
 * at start and every `conntrackEveryMs`. stop() unsubscribes; stopping the agent stays the caller's.
 *
 *   const agent = new Agent({ netns, probes: 'auto', filter: {} }); await agent.start();
 *   await runDashboard(feedFromAgent(agent), { title: 'demo' });   // until the user quits
 *   await agent.stop();
 */
export function feedFromAgent(agent: Agent, opts: { conntrackEveryMs?: number } = {}): DashboardFeed {
  let unsubscribe: (() => void) | undefined;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  let reading = false;
  return {
    source: `agent in this process (${agent.targets.map((t) => t.name).join(', ')})`,
    start(sink) {
      sink.envelope({ status: agent.currentStatus() });
      for (const q of agent.qdiscSources().flatMap((s) => s.current())) sink.envelope({ qdisc: q });
      unsubscribe = agent.subscribe((env) => sink.envelope(env));
      let rows = 0;
      const snapshot = () => {
        if (reading || stopped || rows > RESNAPSHOT_MAX_ROWS) return;
        reading = true;
        Promise.all(agent.conntrackSources().map(async (src): Promise<ConntrackTable> => {
          try {
            const [entries, stats] = await Promise.all([src.snapshot(), src.stats()]);
            return { netnsName: stats.netnsName, netns: stats.netns, stats, entries };
          } catch (err) {
            return { netnsName: src.name.replace(/^conntrack:/, ''), error: (err as Error).message };
          }
        })).then((tables) => {
          rows = tables.reduce((n, t) => n + (t.entries?.length ?? 0), 0);
          if (!stopped) sink.conntrackTables(tables);
        }).finally(() => (reading = false));
      };
      snapshot();
      const every = opts.conntrackEveryMs ?? 10_000;
      if (every > 0) timer = setInterval(snapshot, every);
    },
    async stop() {
      stopped = true;
      if (timer) clearInterval(timer);
      unsubscribe?.();
    },
  };
}

export { feedFromRecording, type RecordingFeed, type RecordingFeedOptions } from './feed-recording.js';
