// The harness's pure parts: what a measured figure is, how it is judged against its target, and how
// it is written into BENCHMARKS.md. No I/O here (unit-tested in test/unit/bench/).

/** A target: the value (or, with `of: 'ratio'`, the ratio to the baseline) compared with `value`. */
export interface Target {
  op: '>=' | '<=' | '<' | '>';
  value: number;
  of?: 'value' | 'ratio';
}

/** One measured number with what it was measured against and how to measure it again. */
export interface Figure {
  section: string;
  metric: string;
  /** undefined when it could not be measured (then `note` says why) */
  value?: number;
  unit: string;
  baseline?: { name: string; value: number };
  /** value / baseline.value */
  ratio?: number;
  target?: Target;
  met?: boolean;
  /** the command that reproduces this figure */
  command: string;
  note?: string;
}

export function median(xs: number[]): number {
  if (!xs.length) return NaN;
  const s = xs.slice().sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Nearest-rank percentile (p in 0..100) of an unsorted sample; NaN for an empty one. */
export function percentile(xs: ArrayLike<number>, p: number): number {
  const n = xs.length;
  if (!n) return NaN;
  const s = Float64Array.from(xs).sort();
  const rank = Math.min(n, Math.max(1, Math.ceil((p / 100) * n)));
  return s[rank - 1]!;
}

export function ratio(value: number, baseline: number): number | undefined {
  return baseline > 0 && Number.isFinite(value) ? value / baseline : undefined;
}

/** Fills in ratio (unless given, e.g. a median of pair ratios) and met from value, baseline and target. */
export function judge(f: Figure): Figure {
  const out = { ...f };
  if (out.ratio === undefined && out.value !== undefined && out.baseline) out.ratio = ratio(out.value, out.baseline.value);
  if (out.target) {
    const x = out.target.of === 'ratio' ? out.ratio : out.value;
    out.met = x === undefined || !Number.isFinite(x) ? undefined : compare(x, out.target);
  }
  return out;
}

function compare(x: number, t: Target): boolean {
  switch (t.op) {
    case '>=': return x >= t.value;
    case '>': return x > t.value;
    case '<=': return x <= t.value;
    case '<': return x < t.value;
  }
}

const OPS: Record<Target['op'], string> = { '>=': '≥', '<=': '≤', '<': '<', '>': '>' };

/** A number with three significant digits, thousands grouped: 0.973, 12.3, 1,234, 201,000. */
export function fmt(x: number | undefined): string {
  if (x === undefined || !Number.isFinite(x)) return '–';
  const a = Math.abs(x);
  if (a >= 1000) return Math.round(x).toLocaleString('en-US');
  if (a >= 100) return x.toFixed(0);
  if (a >= 10) return x.toFixed(1);
  if (a >= 1) return x.toFixed(2);
  if (a === 0) return '0';
  return x.toPrecision(3);
}

export function formatTarget(f: Figure): string {
  if (!f.target) return 'report';
  const t = f.target;
  return t.of === 'ratio' ? `${OPS[t.op]} ${fmt(t.value)} × baseline` : `${OPS[t.op]} ${fmt(t.value)} ${f.unit}`;
}

/** "met", "not measured", or "missed by X (Y %)" — how far the measured side is from the target. */
export function verdict(f: Figure): string {
  if (f.value === undefined) return 'not measured';
  if (!f.target) return 'reported';
  const x = f.target.of === 'ratio' ? f.ratio : f.value;
  if (x === undefined || f.met === undefined) return 'not judged';
  if (f.met) return 'met';
  const gap = Math.abs(f.target.value - x);
  const pct = f.target.value ? (gap / Math.abs(f.target.value)) * 100 : NaN;
  const what = f.target.of === 'ratio' ? fmt(gap) : `${fmt(gap)} ${f.unit}`;
  return `**missed** by ${what} (${fmt(pct)} %)`;
}

function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** The markdown table of a list of figures. */
export function figureTable(figs: Figure[]): string {
  const rows = [
    '| metric | value | baseline | ratio | target | result | reproduce |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const f of figs) {
    const value = f.value === undefined ? `not measured${f.note ? `: ${f.note}` : ''}` : `${fmt(f.value)} ${f.unit}`;
    const base = f.baseline ? `${fmt(f.baseline.value)} ${f.unit} (${f.baseline.name})` : '';
    rows.push(`| ${cell(f.metric)} | ${cell(value)} | ${cell(base)} | ${f.ratio === undefined ? '' : fmt(f.ratio)} | ${cell(formatTarget(f))} | ${verdict(f)} | \`${cell(f.command)}\` |`);
  }
  return rows.join('\n');
}
