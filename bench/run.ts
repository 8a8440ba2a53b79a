// npm run bench: what netscope costs and how much it carries, measured side by side in one run on this
// machine, written to bench/results.json and BENCHMARKS.md. Sections (one module each) return Figures;
// traffic stays inside namespaces the sections build and remove (also on failure and Ctrl-C).
//
//   BENCH_ONLY=datapath,pipeline,latency,conntrack,recording,memory,journeys   which sections (default all)
//   BENCH_QUICK=1          a smoke run: fewer pairs, shorter steps, 10,000 conntrack entries
//   BENCH_PAIRS, BENCH_SECONDS, BENCH_CT_ENTRIES, BENCH_STEP_SECONDS   override single knobs
//   BENCH_MERGE=1          with BENCH_ONLY: replace those sections' figures in results.json / BENCHMARKS.md
//   BENCH_AGENT_NODE_FLAGS extra node flags for every agent process ("--cpu-prof --cpu-prof-dir=DIR", "--trace-gc")
//   BENCH_AGENT_LOG=FILE   append everything the agents write to stdout and stderr to FILE
// Exit status: 0 when every section measured (targets missed or not), 1 when one could not measure.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ROOT } from '../agent/util/paths.js';
import { requireRoot } from '../agent/util/errors.js';
import { benchConntrack } from './conntrack.js';
import { benchDatapath } from './datapath.js';
import { benchJourneys } from './journeys.js';
import { benchPipeline } from './pipeline.js';
import { judge, type Figure } from './figure.js';
import { report, type Results } from './report.js';
import { cleanupAll, log } from './proc.js';

export const SECTIONS = ['datapath', 'pipeline', 'latency', 'conntrack', 'recording', 'memory', 'journeys'] as const;
type Section = (typeof SECTIONS)[number];

const QUICK = !!process.env.BENCH_QUICK;
const num = (name: string, def: number) => (process.env[name] ? Number(process.env[name]) : def);

function selected(): Set<Section> {
  const raw = process.env.BENCH_ONLY?.trim();
  if (!raw) return new Set(SECTIONS);
  const out = new Set<Section>();
  for (const s of raw.split(',').map((x) => x.trim()).filter(Boolean)) {
    if (!(SECTIONS as readonly string[]).includes(s)) {
      process.stderr.write(`bench: BENCH_ONLY: unknown section '${s}'; use a comma list of ${SECTIONS.join(', ')}.\n`);
      process.exit(2);
    }
    out.add(s as Section);
  }
  return out;
}

function machine(): Record<string, unknown> {
  let model = cpus()[0]?.model ?? 'unknown';
  try {
    model = /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? model;
  } catch {
    /* keep os.cpus()'s */
  }
  return { cpu: model, cores: cpus().length, memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10, kernel: release(), node: process.version };
}

/** Section 5: bench/record.ts (written by the record/replay work) when it exists. */
async function recording(events: number): Promise<Figure[]> {
  const file = join(dirname(fileURLToPath(import.meta.url)), 'record.js');
  const command = 'BENCH_ONLY=recording npm run bench';
  if (!existsSync(file)) {
    return [
      { section: 'recording', metric: 'record write rate', unit: 'events/s', command, target: { op: '>=', value: 500_000 }, note: 'bench/record.ts (the record/replay work) has not landed yet' },
      { section: 'recording', metric: 'replay decode rate to a null sink', unit: 'events/s', command, target: { op: '>=', value: 1_000_000 }, note: 'bench/record.ts (the record/replay work) has not landed yet' },
    ];
  }
  const mod = (await import(pathToFileURL(file).href)) as { benchRecording(o: { events: number }): Promise<Figure[]> };
  return (await mod.benchRecording({ events })).map((f) => judge({ ...f, section: 'recording', command: f.command || command }));
}

async function main(): Promise<number> {
  requireRoot('npm run bench', 'it builds network namespaces, inserts conntrack entries and loads BPF probes');
  const only = selected();
  const prefix = `bench${process.pid % 100000}`;
  const figures: Figure[] = [];
  const detail: Record<string, unknown> = {};
  const failures: string[] = [];
  const rss: Record<string, number | undefined> = {};
  let interrupted = false;
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(sig, () => {
      if (interrupted) return;
      interrupted = true;
      log(`${sig}: cleaning up`);
      void cleanupAll().finally(() => process.exit(130));
    });
  }
  const run = async (name: string, fn: () => Promise<void>) => {
    log(`section ${name}`);
    try {
      await fn();
    } catch (err) {
      const msg = err instanceof Error ? err.message : String(err);
      failures.push(`${name}: ${msg}`);
      log(`section ${name} could not measure: ${msg}`);
    } finally {
      await cleanupAll();
    }
  };
  const started = Date.now();
  const loadBefore = loadavg()[0]!;
  // recording is user space only and runs first, so nothing the kernel sections start or leave
  // behind (floods just ended, a netns with 100,000 conntrack entries torn down) shares the machine
  // with it: right after a full run, bench/record.js decoded 0.97-1.06 M events/s, a minute later
  // 1.31-1.48 M/s. The report still lists it as section 5.
  if (only.has('recording')) {
    await run('recording', async () => {
      figures.push(...(await recording(num('BENCH_REC_EVENTS', QUICK ? 100_000 : 1_000_000))));
    });
  }
  if (only.has('datapath')) {
    await run('datapath', async () => {
      const r = await benchDatapath({ prefix: `${prefix}d`, pairs: num('BENCH_PAIRS', QUICK ? 1 : 9), seconds: num('BENCH_SECONDS', QUICK ? 2 : 3) });
      figures.push(...r.figures);
      detail.datapath = r.detail;
    });
  }
  if (only.has('pipeline') || only.has('latency') || only.has('memory')) {
    await run('pipeline', async () => {
      const r = await benchPipeline({
        prefix: `${prefix}p`,
        stepSeconds: num('BENCH_STEP_SECONDS', QUICK ? 2 : 4),
        pipeline: only.has('pipeline') || only.has('memory'),
        latency: only.has('latency'),
        quick: QUICK,
      });
      figures.push(...r.figures);
      detail.pipeline = r.detail;
      rss.pipeline = r.agentPeakRssMb;
    });
  }
  if (only.has('conntrack') || only.has('memory')) {
    await run('conntrack', async () => {
      const r = await benchConntrack({ prefix: `${prefix}c`, entries: num('BENCH_CT_ENTRIES', QUICK ? 10_000 : 100_000), runs: QUICK ? 1 : 3 });
      if (only.has('conntrack')) figures.push(...r.figures);
      detail.conntrack = r.detail;
      rss.conntrack = r.agentPeakRssMb;
    });
  }
  if (only.has('journeys')) {
    await run('journeys', async () => {
      const r = await benchJourneys({ prefix: `${prefix}j`, seconds: num('BENCH_SECONDS', QUICK ? 2 : 3), rate: '50mbit' });
      figures.push(...r.figures);
      detail.journeys = r.detail;
    });
  }
  if (only.has('memory')) {
    const command = 'BENCH_ONLY=memory npm run bench';
    figures.push(judge({ section: 'memory', metric: 'agent peak RSS (VmHWM) during the event pipeline (section 2)', value: rss.pipeline, unit: 'MB', target: { op: '<=', value: 150 }, command, note: rss.pipeline === undefined ? 'section 2 did not run' : undefined }));
    figures.push(judge({ section: 'memory', metric: 'agent peak RSS (VmHWM) during conntrack at scale (section 4)', value: rss.conntrack, unit: 'MB', target: { op: '<=', value: 150 }, command, note: rss.conntrack === undefined ? 'section 4 did not run' : undefined }));
  }
  const results = {
    machine: machine(),
    date: new Date().toISOString(),
    durationS: Math.round((Date.now() - started) / 1000),
    quick: QUICK,
    sections: [...only],
    figures,
    failures,
    detail,
    notes: [`Load average (1 min) at the start ${loadBefore.toFixed(1)}, at the end ${loadavg()[0]!.toFixed(1)}, on ${cpus().length} cores: above about 1 the machine was shared with other work while this ran, and the figures are lower than on a quiet machine.`],
  };
  const partial = only.size !== SECTIONS.length || QUICK;
  const full = { json: join(ROOT, 'bench', 'results.json'), md: join(ROOT, 'BENCHMARKS.md') };
  // a partial or quick run does not overwrite the committed full figures, unless BENCH_MERGE=1 asks
  // to replace just its sections' figures in them (each section then says when it was measured)
  let out = partial ? { json: join(ROOT, 'bench', 'results.partial.json'), md: join(ROOT, 'bench', 'BENCHMARKS.partial.md') } : full;
  let written: Results = results;
  if (partial && !QUICK && process.env.BENCH_MERGE && existsSync(full.json)) {
    const prev = JSON.parse(readFileSync(full.json, 'utf8')) as Results;
    const mine = new Set(figures.map((f) => f.section));
    const stamp = `measured separately on ${results.date} (${[...only].join(', ')}; load average ${loadBefore.toFixed(1)} at its start)`;
    written = {
      ...prev,
      figures: [...prev.figures.filter((f) => !mine.has(f.section)), ...figures.map((f) => ({ ...f, note: f.note ? `${f.note}; ${stamp}` : stamp }))],
      failures: [...prev.failures, ...failures],
      detail: { ...prev.detail, ...detail },
    };
    out = full;
  }
  writeFileSync(out.json, JSON.stringify(written, null, 2) + '\n');
  const md = report(written);
  writeFileSync(out.md, md);
  process.stdout.write(md);
  log(`wrote ${out.json} and ${out.md} in ${results.durationS} s`);
  if (failures.length) {
    log(`could not measure: ${failures.join('; ')}`);
    return 1;
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  async (err) => {
    await cleanupAll();
    process.stderr.write(`bench: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
