// The terminal dashboard: a feed (agent over gRPC, an in-process agent, or a recording) into the
// model, the model onto the screen. Three callers share it: `netscope dashboard`, `netscope replay
// --dashboard` and `netscope demo --dashboard`.
//
//   await runDashboard(feedFromClient(client, { allow, deny }), { title: 'agent' });
//   await runDashboard(feedFromAgent(agent), { title: 'demo' });
//   await runDashboard(feedFromRecording('x.nsrec', { speed: 1 }), { title: 'replay x.nsrec' });
//
// runDashboard resolves when the user quits (q, C-c, or SIGTERM), after the screen is restored;
// the outcome says how the feed ended, if it did.
import { DashboardModel, type ModelLimits } from './model.js';
import type { DashboardFeed } from './feed.js';
import { DashboardView } from './view.js';

export { feedFromAgent, feedFromClient, feedFromRecording, type DashboardFeed, type FeedControl, type FeedSink, type RecordingFeed } from './feed.js';
export { DashboardModel } from './model.js';
export { parseFilter, FILTER_SYNTAX } from './filter.js';

export interface DashboardOptions {
  /** shown in the header: what is being watched */
  title: string;
  /** colours (default: on, as on any terminal) */
  color?: boolean;
  /** an initial filter expression (the / prompt's syntax) */
  filter?: string;
  limits?: Partial<ModelLimits>;
  /** redraw interval in ms (default 200) */
  renderMs?: number;
}

export interface DashboardOutcome {
  /** how the feed ended before the user quit (undefined: it was still running) */
  ended?: { message: string; failed: boolean };
  /** envelopes received */
  received: number;
}

export async function runDashboard(feed: DashboardFeed, opts: DashboardOptions): Promise<DashboardOutcome> {
  const model = new DashboardModel(opts.limits);
  if (opts.filter) {
    const err = model.setFilter(opts.filter);
    if (err) throw new Error(err);
  }
  let ended: DashboardOutcome['ended'];
  let quit!: () => void;
  const done = new Promise<void>((resolve) => (quit = resolve));
  const view = new DashboardView(model, { title: opts.title, color: opts.color ?? true, source: feed.source, control: feed.control, renderMs: opts.renderMs }, () => quit());
  const onSignal = () => quit();
  process.once('SIGTERM', onSignal);
  process.once('SIGHUP', onSignal);
  try {
    feed.start({
      envelope: (env) => model.ingest(env),
      conntrackTables: (tables) => model.applyConntrackTables(tables),
      end: (message, failed = false) => {
        ended = { message, failed };
        view.ended_(message, failed);
      },
    });
    view.start();
    await done;
  } finally {
    process.off('SIGTERM', onSignal);
    process.off('SIGHUP', onSignal);
    view.destroy();
    await feed.stop();
  }
  return { ended, received: model.received };
}
