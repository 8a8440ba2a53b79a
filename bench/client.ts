// The benchmark's gRPC client, run as its own process: follows an agent's Observe stream as fast as
// it can (the CLI's own connect and decode path), counts envelopes by kind and LostEvents by stage,
// and samples the delay from each packet's kernel timestamp to its receipt here.
//
//   node dist/bench/client.js SOCKET KIND[,KIND]
// stdin commands, one a line; each is answered with one JSON line on stdout:
//   snap        cumulative counts {envelopes, byKind, lost: {STAGE: n}, lostEnvelopes, ended}
//   lat-start   start sampling latencies afresh
//   lat-stop    stop; answers {n, p50Ms, p99Ms, maxMs, monoP50Ms, monoP99Ms}
import { createInterface } from 'node:readline';
import { performance } from 'node:perf_hooks';
import { EventKind } from '../agent/server/service.js';
import { LossStage, type Envelope } from '../proto/index.js';
import { connectAgent } from '../cli/client/connect.js';
import { percentile } from './figure.js';

const [socket, kindArg] = process.argv.slice(2);
if (!socket) {
  process.stderr.write('usage: node dist/bench/client.js SOCKET [KIND[,KIND]]\n');
  process.exit(2);
}
const KIND_ENUM: Record<string, number> = {
  packet: EventKind.EVENT_KIND_PACKET,
  journey: EventKind.EVENT_KIND_JOURNEY,
  lost: EventKind.EVENT_KIND_LOST,
  status: EventKind.EVENT_KIND_STATUS,
  gap: EventKind.EVENT_KIND_GAP,
};
const kinds = (kindArg ?? 'packet,lost').split(',').map((k) => KIND_ENUM[k]!).filter((k) => k !== undefined);

const counts = { envelopes: 0, byKind: {} as Record<string, number>, lost: {} as Record<string, number>, lostEnvelopes: 0, ended: false as boolean | string };
const MAX_SAMPLES = 2_000_000;
let sampling = false;
let wallLat = new Float64Array(MAX_SAMPLES);
let monoLat = new Float64Array(MAX_SAMPLES);
let nLat = 0;

function onEnvelope(env: Envelope): void {
  counts.envelopes++;
  const kind = env.packet ? 'packet' : env.lost ? 'lost' : env.journey ? 'journey' : env.status ? 'status' : env.gap ? 'gap' : 'other';
  counts.byKind[kind] = (counts.byKind[kind] ?? 0) + 1;
  if (env.lost) {
    counts.lostEnvelopes++;
    const stage = LossStage[env.lost.stage ?? 0] ?? String(env.lost.stage);
    counts.lost[stage] = (counts.lost[stage] ?? 0) + Number(env.lost.count ?? 0);
  }
  if (sampling && env.packet && nLat < MAX_SAMPLES) {
    const wallNs = (performance.timeOrigin + performance.now()) * 1e6;
    const monoNs = Number(process.hrtime.bigint());
    // the agent's wall time for the kernel stamp (time_ns), and the same on CLOCK_MONOTONIC as a check
    wallLat[nLat] = (wallNs - Number(env.packet.timeNs ?? 0)) / 1e6;
    monoLat[nLat] = (monoNs - Number(env.packet.monoNs ?? 0)) / 1e6;
    nLat++;
  }
}

const client = await connectAgent('bench-client', { agent: socket });
const call = client.observe({ kinds, follow: true });
call.on('data', (res: { envelopes?: Envelope[] }) => {
  for (const env of res.envelopes ?? []) onEnvelope(env);
});
call.on('error', (err: Error) => (counts.ended = client.describe(err).message));
call.on('end', () => (counts.ended = true));

const reply = (o: unknown) => process.stdout.write(JSON.stringify(o) + '\n');
createInterface({ input: process.stdin }).on('line', (line) => {
  switch (line.trim()) {
    case 'snap':
      return reply(counts);
    case 'lat-start':
      nLat = 0;
      wallLat = new Float64Array(MAX_SAMPLES);
      monoLat = new Float64Array(MAX_SAMPLES);
      sampling = true;
      return reply({ ok: true });
    case 'lat-stop': {
      sampling = false;
      const w = wallLat.subarray(0, nLat);
      const m = monoLat.subarray(0, nLat);
      return reply({ n: nLat, p50Ms: percentile(w, 50), p99Ms: percentile(w, 99), maxMs: percentile(w, 100), monoP50Ms: percentile(m, 50), monoP99Ms: percentile(m, 99) });
    }
    default:
      return reply({ error: `unknown command '${line.trim()}'` });
  }
}).on('close', () => {
  call.cancel();
  client.close();
  process.exit(0);
});
