// The dashboard's screen (blessed + blessed-contrib). It reads the model on its own timer (~5 Hz),
// never per envelope, so the stream is never held up by drawing and a burst costs one redraw.
//   ┌ journeys (latest first) ───────────┐┌ path of the selected journey ──────────────┐
//   ├ conntrack ─────────────┐┌ qdisc throughput vs tbf rate ┐┌ qdisc drops & overlimits ┐
//   ├ events (latest first) ─────────────┐┌ agent ─────────────────────────────────────┐
// Keys: q / C-c quit, p pause, / filter, tab focus, ↑↓ enter select a journey, n / space step (replay).
import blessed from 'blessed';
import contrib, { type LineChart, type LineSeries } from 'blessed-contrib';
import { ProbeState, type Envelope, type Journey } from '../../proto/index.js';
import { clock, compact } from '../print/envelope.js';
import { describeHeaders, describeNat, formatJourney, verdictText } from '../print/journey.js';
import { ANSI, PLAIN, type Style } from '../print/style.js';
import { conntrackTable } from '../print/tables.js';
import type { FeedControl } from './feed.js';
import { isNat, STAGES, type ChartData, type DashboardModel, type LogItem } from './model.js';

export interface ViewOptions {
  title: string;
  color: boolean;
  /** the feed's source line */
  source: string;
  control?: FeedControl & { readonly last?: Envelope };
  /** redraw interval (ms) */
  renderMs?: number;
  /** terminal streams (default: process.stdin / process.stdout) */
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
}

// rows built per redraw, in panel heights: what can be scrolled to without rebuilding hundreds of
// blessed list items five times a second (the cost of a redraw is mostly rows)
const JOURNEY_ROWS = 200;
const PAGES = 3;
const PROBE_NAMES: Record<number, string> = { 1: 'tracepoint', 2: 'netfilter', 3: 'kprobe', 4: 'rule-trace' };

interface Panel {
  el: blessed.Element;
  name: string;
}

export class DashboardView {
  private readonly screen: blessed.Screen;
  private readonly style: Style;
  private readonly header: blessed.Element;
  private readonly footer: blessed.Element;
  private readonly prompt: blessed.Textbox;
  private readonly journeys: blessed.List;
  private readonly detail: blessed.Element;
  private readonly conntrack: blessed.Element;
  private readonly log: blessed.Element;
  private readonly status: blessed.Element;
  private qchart!: LineChart;
  private dchart!: LineChart;
  private readonly panels: Panel[];
  private focusAt = 0;
  private timer: NodeJS.Timeout | undefined;
  /** live pause: the view is frozen at this count of received envelopes */
  private frozenAt: number | undefined;
  private prompting = false;
  private message: { text: string; error: boolean; until: number } | undefined;
  private ended: { text: string; failed: boolean } | undefined;
  /** the pinned journey; undefined follows the newest */
  private selectedId: string | undefined;
  private shownJourneys: Journey[] = [];
  private selecting = false;
  private lastRate = { at: performance.now(), received: 0, perS: 0 };
  /** model.received when the panels were last rebuilt */
  private drawnAt = -1;
  private destroyed = false;

  constructor(private readonly model: DashboardModel, private readonly opts: ViewOptions, private readonly onQuit: () => void) {
    this.style = opts.color ? ANSI : PLAIN;
    this.screen = blessed.screen({
      smartCSR: true,
      fullUnicode: true,
      title: `netscope dashboard: ${opts.title}`,
      ignoreLocked: ['C-c'],
      autoPadding: true,
      ...(opts.input ? { input: opts.input } : {}),
      ...(opts.output ? { output: opts.output } : {}),
    });
    // on a UTF-8 terminal, draw borders with Unicode box characters rather than the VT100 line-drawing
    // charset (what ncurses does with NCURSES_NO_UTF8_ACS=1): tmux and copy/paste then see real text
    const tput = (this.screen as unknown as { tput: { unicode: boolean; brokenACS: boolean } }).tput;
    if (tput.unicode) tput.brokenACS = true;
    const border = { type: 'line' as const };
    const boxStyle = () => (opts.color ? { border: { fg: 'gray' }, label: { fg: 'white' } } : {});
    const scrolling = { scrollable: true, alwaysScroll: true, keys: true, mouse: false, scrollbar: { ch: ' ', style: opts.color ? { bg: 'gray' } : { inverse: true } } };
    this.header = blessed.box({ parent: this.screen, top: 0, left: 0, height: 1, width: '100%', style: opts.color ? { fg: 'black', bg: 'cyan' } : { inverse: true } });
    this.footer = blessed.box({ parent: this.screen, height: 1, left: 0, width: '100%' });
    this.journeys = blessed.list({
      parent: this.screen, border, style: { ...boxStyle(), selected: opts.color ? { bg: 'blue', fg: 'white', bold: true } : { inverse: true } },
      keys: true, mouse: false, tags: false, scrollbar: scrolling.scrollbar,
    });
    this.detail = blessed.box({ parent: this.screen, border, style: boxStyle(), ...scrolling });
    this.conntrack = blessed.box({ parent: this.screen, border, style: boxStyle(), ...scrolling, wrap: false });
    this.log = blessed.box({ parent: this.screen, border, style: boxStyle(), ...scrolling, wrap: false });
    this.status = blessed.box({ parent: this.screen, border, style: boxStyle(), ...scrolling });
    this.prompt = blessed.textbox({ parent: this.screen, height: 1, left: 0, width: '100%', hidden: true, style: opts.color ? { fg: 'white', bg: 'blue' } : { inverse: true } });
    this.panels = [
      { el: this.journeys, name: 'journeys (latest first)' },
      { el: this.detail, name: 'path of the selected journey' },
      { el: this.conntrack, name: 'conntrack' },
      { el: this.log, name: 'events (latest first)' },
      { el: this.status, name: 'agent' },
    ];
    this.makeCharts();
    this.layout();
    this.bindKeys();
    this.journeys.on('select item', (_item: unknown, index: number) => this.onSelect(index));
    this.journeys.on('select', (_item: unknown, index: number) => this.onSelect(index, true));
    this.screen.on('resize', () => {
      this.makeCharts();
      this.layout();
      this.render(true);
    });
    this.focus(0);
  }

  /** Starts redrawing every renderMs. */
  start(): void {
    this.render(true);
    this.timer = setInterval(() => this.render(), this.opts.renderMs ?? 200);
  }

  /** The feed ended: say so in the header and the log; the screen stays until the user quits. */
  ended_(text: string, failed: boolean): void {
    this.ended = { text, failed };
    this.model.note(text);
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    if (this.timer) clearInterval(this.timer);
    this.screen.destroy();
  }

  private makeCharts(): void {
    const chartOpts = (label: string) => ({
      parent: this.screen, border: { type: 'line' as const }, label, showLegend: true, legend: { width: 22 },
      xLabelPadding: 3, xPadding: 5, numYLabels: 4, minY: 0,
      // drawille's canvas knows the eight ANSI colour names; 'normal' is the terminal's default colour
      style: this.opts.color ? { line: 'green', text: 'white', baseline: 'white', border: { fg: 'gray' } } : { line: 'normal', text: 'normal', baseline: 'normal' },
    });
    this.qchart?.destroy();
    this.dchart?.destroy();
    this.qchart = contrib.line(chartOpts(' qdisc throughput vs tbf rate (Mbit/s) '));
    this.dchart = contrib.line(chartOpts(' qdisc drops/overlimits per s '));
  }

  private layout(): void {
    const W = Math.max(40, this.screen.width);
    const H = Math.max(20, this.screen.height);
    const body = H - 2;
    const a = Math.max(8, Math.floor(body * 0.42));
    const b = Math.max(8, Math.floor(body * 0.3));
    const c = Math.max(4, body - a - b);
    const place = (el: blessed.Element, top: number, left: number, width: number, height: number) => Object.assign(el as unknown as Record<string, number>, { top, left, width, height });
    const wl = Math.floor(W * 0.45);
    place(this.journeys, 1, 0, wl, a);
    place(this.detail, 1, wl, W - wl, a);
    const wq = Math.floor(W * 0.3);
    place(this.conntrack, 1 + a, 0, wl, b);
    place(this.qchart, 1 + a, wl, wq, b);
    place(this.dchart, 1 + a, wl + wq, W - wl - wq, b);
    const wlog = Math.floor(W * 0.6);
    place(this.log, 1 + a + b, 0, wlog, c);
    place(this.status, 1 + a + b, wlog, W - wlog, c);
    place(this.footer, H - 1, 0, W, 1);
    place(this.prompt, H - 1, 0, W, 1);
    // the charts size their canvas when attached: re-attach after a size change
    for (const ch of [this.qchart, this.dchart]) {
      ch.calcSize();
      (ch as unknown as { emit(e: string): void }).emit('attach');
    }
  }

  private bindKeys(): void {
    const s = this.screen;
    s.key(['C-c'], () => this.onQuit());
    s.key(['q'], () => !this.prompting && this.onQuit());
    s.key(['p'], () => !this.prompting && this.togglePause());
    s.key(['/'], () => !this.prompting && this.openPrompt());
    s.key(['tab'], () => !this.prompting && this.focus(this.focusAt + 1));
    s.key(['S-tab'], () => !this.prompting && this.focus(this.focusAt - 1 + this.panels.length));
    s.key(['n', 'space'], () => !this.prompting && this.step());
    s.key(['escape'], () => {
      if (this.prompting) return;
      this.selectedId = undefined; // back to following the newest journey
      this.render(true);
    });
  }

  private focus(i: number): void {
    this.focusAt = ((i % this.panels.length) + this.panels.length) % this.panels.length;
    this.panels.forEach((p, k) => {
      const on = k === this.focusAt;
      p.el.setLabel(on ? ` >> ${p.name} << ` : ` ${p.name} `);
      if (this.opts.color) p.el.style.border = { fg: on ? 'cyan' : 'gray' };
    });
    this.panels[this.focusAt]!.el.focus();
    this.render(true);
  }

  private togglePause(): void {
    const c = this.opts.control;
    if (c) {
      if (c.paused) c.resume();
      else c.pause();
    } else {
      this.frozenAt = this.frozenAt === undefined ? this.model.received : undefined;
    }
    this.render(true);
  }

  private isPaused(): boolean {
    return this.opts.control ? this.opts.control.paused : this.frozenAt !== undefined;
  }

  private step(): void {
    const c = this.opts.control;
    if (!c) {
      this.flash('n and space step through a recording (netscope replay --dashboard); here p pauses the view.', false);
      return;
    }
    if (!c.paused) {
      this.flash('press p to pause first; then n or space shows one event at a time.', false);
      return;
    }
    if (!c.step()) this.flash('the recording has no more events.', false);
    this.render(true);
  }

  private openPrompt(): void {
    this.prompting = true;
    this.prompt.setValue(this.model.filter?.text ?? '');
    this.prompt.show();
    this.footer.hide();
    this.screen.render();
    this.prompt.readInput((_err, value) => {
      this.prompting = false;
      this.prompt.hide();
      this.footer.show();
      if (value !== null && value !== undefined) {
        const err = this.model.setFilter(value);
        if (err) this.flash(err, true);
        else this.flash(this.model.filter ? `filter applied: ${this.model.filter.text}` : 'filter cleared', false);
      }
      this.render(true);
    });
    // blessed's textbox starts listening for keys a turn of the event loop later (setImmediate), so
    // keys read in the same chunk as '/' (typed ahead on a busy dashboard, or pasted) would be lost.
    // Hold them and hand them on once it listens; any after an Enter that closed the prompt go back
    // to the screen's own keys.
    const early: Array<[string, unknown]> = [];
    const hold = (ch: string, key: unknown) => early.push([ch, key]);
    this.prompt.on('keypress', hold);
    setImmediate(() => {
      this.prompt.removeListener('keypress', hold);
      for (const [ch, key] of early) (this.prompting ? this.prompt : this.screen.program).emit('keypress', ch, key);
    });
  }

  private flash(text: string, error: boolean): void {
    this.message = { text, error, until: Date.now() + (error ? 10_000 : 4000) };
    this.render(true);
  }

  private onSelect(index: number, pin = false): void {
    if (this.selecting) return;
    const j = this.shownJourneys[index];
    // moving back to the top follows the newest again; enter pins whatever is selected
    this.selectedId = j && (index > 0 || pin) ? j.id ?? undefined : undefined;
    this.renderDetail();
    this.screen.render();
  }

  /** Redraws from the model; while paused (live), only the header changes. */
  render(force = false): void {
    if (this.destroyed) return;
    const now = performance.now();
    if (now - this.lastRate.at >= 1000) {
      this.lastRate = { at: now, received: this.model.received, perS: ((this.model.received - this.lastRate.received) * 1000) / (now - this.lastRate.at) };
    }
    this.renderHeader();
    this.renderFooter();
    if (this.frozenAt === undefined || force) {
      // panels are rebuilt only when something arrived (or a key changed what they show)
      if (this.frozenAt === undefined && (force || this.model.received !== this.drawnAt)) {
        this.drawnAt = this.model.received;
        this.renderJourneys();
        this.renderDetail();
        this.renderConntrack();
        this.renderCharts();
        this.renderLog();
      }
      this.renderStatus();
    }
    this.screen.render();
  }

  private renderHeader(): void {
    const m = this.model;
    let state: string;
    if (this.opts.control) state = this.opts.control.paused ? 'PAUSED (n/space: next event, p: play)' : this.ended ? 'END' : 'PLAYING';
    else if (this.frozenAt !== undefined) state = `PAUSED (${m.received - this.frozenAt} envelopes arrived since)`;
    else state = this.ended ? 'STREAM ENDED' : 'LIVE';
    const filter = m.filter ? `filter: ${m.filter.text}` : 'no filter';
    const rate = `${Math.round(this.lastRate.perS)}/s`;
    this.header.setContent(` netscope dashboard · ${this.opts.title} · ${state} · ${filter} · ${m.received} envelopes ${rate}`);
  }

  private renderFooter(): void {
    if (this.message && Date.now() < this.message.until) {
      this.footer.setContent(this.message.error ? this.style.red(` ${this.message.text}`) : ` ${this.message.text}`);
      return;
    }
    this.message = undefined;
    const step = this.opts.control ? '  n/space step (paused)' : '';
    this.footer.setContent(this.style.dim(` q quit  p pause  / filter  tab focus  ↑↓ enter select journey  esc follow newest${step}`));
  }

  private renderJourneys(): void {
    const page = Math.max(5, this.journeys.height - 2);
    let limit = PAGES * page;
    if (this.selectedId !== undefined) {
      const at = this.shownJourneys.findIndex((j) => j.id === this.selectedId);
      if (at >= 0) limit = Math.max(limit, at + 2 * page); // the pinned one stays in reach as new ones arrive
    }
    const js = this.model.latestJourneys(Math.min(JOURNEY_ROWS, limit));
    this.shownJourneys = js;
    const rows = js.map((j) => {
      const nat = (j.nat ?? []).length ? ' NAT' : '';
      return `${clock(j.startTimeNs).slice(0, 12)} ${j.id ?? ''} ${describeHeaders(j.headers)} ${(j.hops ?? []).length} hops${nat} ${verdictText(j)}`;
    });
    if (!rows.length) rows.push(this.model.filter ? '(no journey passes the filter yet)' : '(waiting for journeys: send some traffic)');
    let at = 0;
    if (this.selectedId !== undefined) {
      at = js.findIndex((j) => j.id === this.selectedId);
      if (at < 0) {
        this.selectedId = undefined; // it left the ring (or the filter): follow the newest
        at = 0;
      }
    }
    this.selecting = true;
    this.journeys.setItems(rows);
    this.journeys.select(at);
    this.selecting = false;
    const label = this.panels[0]!;
    label.name = `journeys (latest first${this.selectedId ? ', one pinned: esc follows the newest' : ''})`;
    const on = this.focusAt === 0;
    this.journeys.setLabel(on ? ` >> ${label.name} << ` : ` ${label.name} `);
  }

  private renderDetail(): void {
    const js = this.shownJourneys;
    const j = this.selectedId !== undefined ? js.find((x) => x.id === this.selectedId) : js[0];
    if (!j) {
      this.detail.setContent(this.style.dim('the hops of the selected journey show here'));
      return;
    }
    const lines = formatJourney(j, this.style);
    const nat = (j.nat ?? []).map(describeNat);
    if (nat.length) lines.push(`  NAT: ${nat.join('; ')}`);
    this.detail.setContent(lines.join('\n'));
  }

  private renderConntrack(): void {
    const out: string[] = [];
    let total = 0;
    let nat = 0;
    for (const t of this.model.conntrack.values()) {
      if (t.error) {
        out.push(this.style.red(`${t.netnsName}: cannot read the table: ${t.error}`));
        continue;
      }
      const rows = this.model.conntrackRows(t, PAGES * Math.max(5, this.conntrack.height - 2));
      let n = 0;
      for (const r of t.rows.values()) if (isNat(r)) n++;
      total += t.count ?? t.rows.size;
      nat += n;
      const max = t.max ? `of max ${t.max}` : 'of max ?';
      const shown = this.model.filter ? `, ${rows.length} pass the filter` : t.rows.size < (t.count ?? 0) ? `, newest ${rows.length} shown` : '';
      out.push(this.style.bold(`${t.netnsName}: ${t.count ?? t.rows.size} ${max} entries, ${n} NAT'd${shown}`));
      const lines = conntrackTable(rows, this.style);
      // NAT'd flows marked: their rows in yellow, with a * in front
      lines.forEach((l, k) => out.push(k > 0 && isNat(rows[k - 1]!) ? this.style.yellow(`* ${l}`) : `  ${l}`));
      if (!rows.length) out.push('  (no entries)');
    }
    if (!out.length) out.push(this.style.dim('waiting for the conntrack table'));
    this.conntrack.setContent(out.join('\n'));
    const p = this.panels[2]!;
    p.name = `conntrack: ${total} entries, ${nat} NAT'd (*)`;
    this.conntrack.setLabel(this.focusAt === 2 ? ` >> ${p.name} << ` : ` ${p.name} `);
  }

  private renderCharts(): void {
    const colors: Record<string, string[]> = { measured: ['green', 'cyan', 'magenta'], limit: ['red', 'yellow', 'white'], drops: ['red', 'magenta', 'white'], overlimits: ['yellow', 'cyan', 'blue'] };
    const draw = (chart: LineChart, data: ChartData, empty: string) => {
      const used: Record<string, number> = {};
      let series: LineSeries[] = data.series.map((s) => {
        const k = used[s.role] = (used[s.role] ?? -1) + 1;
        // without colour every line is white: the legend names lines with blessed colour tags, and 'white'
        // is the one name both blessed and drawille know that every terminal shows
        return { title: s.title, x: data.x, y: s.y, style: { line: this.opts.color ? colors[s.role]![k % 3]! : 'white' } };
      });
      if (!series.length) series = [{ title: empty, x: data.x.length ? data.x : ['0s'], y: (data.x.length ? data.x : ['0s']).map(() => 0), style: { line: 'white' } }];
      const max = Math.max(0, ...series.flatMap((s) => s.y));
      // all zero: a fixed scale (the chart divides by its maximum)
      chart.options.maxY = max > 0 ? undefined : 1;
      chart.setData(series);
    };
    const q = this.model.throughputChart();
    draw(this.qchart, q, 'no tbf qdisc yet');
    const shaped = this.model.shaped()[0];
    const now = shaped?.points.newest();
    this.qchart.setLabel(` qdisc throughput vs tbf rate (Mbit/s)${shaped && now ? `: ${shaped.dev} ${((now.bytesPerS * 8) / 1e6).toFixed(2)} of ${((shaped.rateBytesPerS * 8) / 1e6).toFixed(2)}` : ''} `);
    draw(this.dchart, this.model.dropsChart(), 'no drops');
    const last = shaped?.last;
    this.dchart.setLabel(` qdisc drops/overlimits per s${last ? `: ${last.dev} ${last.drops ?? 0}/${last.overlimits ?? 0} total` : ''} `);
  }

  private logLine(x: LogItem): string {
    if ('note' in x) return this.style.yellow(`${clock(x.timeNs)} ${x.note}`);
    return compact(x, this.style);
  }

  private renderLog(): void {
    const items = this.model.latestLog(PAGES * Math.max(5, this.log.height - 2));
    this.log.setContent(items.length ? items.map((x) => this.logLine(x)).join('\n') : this.style.dim('packets, journeys, conntrack events, losses and gaps show here'));
  }

  private renderStatus(): void {
    const m = this.model;
    const st = m.status;
    const lines: string[] = [];
    const row = (k: string, v: string) => lines.push(`${this.style.bold(k.padEnd(9))} ${v}`);
    row('source', this.opts.source);
    if (st) {
      row('agent', `netscope ${st.version || '?'} on ${st.hostname || '?'}, kernel ${st.kernel || '?'}`);
      const sets = (st.probeSets ?? []).map((p) => {
        const name = PROBE_NAMES[p.set ?? 0] ?? '?';
        if (p.state === ProbeState.PROBE_STATE_ATTACHED) return this.style.green(`${name} attached`);
        if (p.state === ProbeState.PROBE_STATE_NOT_REQUESTED) return this.style.dim(`${name} not requested`);
        return this.style.red(`${name} ${p.state === ProbeState.PROBE_STATE_FAILED ? 'failed' : p.state === ProbeState.PROBE_STATE_RESTARTING ? 'restarting' : 'unavailable'}`);
      });
      row('probes', sets.join(', ') || '?');
      row('netns', (st.netns ?? []).join(', ') || '?');
      row('totals', `${st.eventsTotal ?? 0} events, ${st.lostTotal ?? 0} lost (agent-wide)`);
    } else {
      row('agent', this.style.dim('no status yet'));
    }
    row('received', `${m.received} envelopes (${Math.round(this.lastRate.perS)}/s): ${m.kinds.journey} journeys, ${m.kinds.packet} packets, ${m.kinds.conntrack} conntrack`);
    const lost = STAGES.map(([stage, name]) => {
      const n = m.lost.get(stage) ?? 0;
      return n ? this.style.red(`${name} ${n}`) : `${name} 0`;
    });
    row('lost', lost.join(', '));
    row('gaps', m.gaps ? this.style.yellow(`${m.gaps}, last: ${m.lastGap?.source ?? ''} ${m.lastGap?.reason ?? ''}`) : '0');
    if (this.opts.control) {
      const c = this.opts.control;
      row('replay', `${c.paused ? 'PAUSED' : 'playing'}, ${c.progress()}`);
      if (c.last) row('last', compact(c.last, this.style));
    }
    if (this.ended) row(this.opts.control ? 'end' : 'stream', this.ended.failed ? this.style.red(this.ended.text) : this.ended.text);
    if (m.filter) row('filter', `${m.filter.text} (${m.filteredOut} kept out)`);
    lines.push('', this.style.dim("/ filters, e.g. proto=icmp ip=10.85.0.0/16 !port=22 hook=forward verdict=dropped (see 'netscope dashboard --help')"));
    this.status.setContent(lines.join('\n'));
  }
}
