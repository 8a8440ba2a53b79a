// Kernel timestamps are CLOCK_MONOTONIC; wall time is derived once, here, from one offset taken at start.
import { performance } from 'node:perf_hooks';

export interface Clock {
  /** wall-clock ns since the epoch for a CLOCK_MONOTONIC ns reading */
  wallOf(monoNs: number): number;
  /** CLOCK_MONOTONIC now, in ns (Node's hrtime is CLOCK_MONOTONIC on Linux) */
  monoNow(): number;
  /** wall ns now */
  wallNow(): number;
}

export function systemClock(): Clock {
  // Sample both clocks back to back, three times, and keep the tightest pair.
  let best = { gap: Infinity, offset: 0 };
  for (let i = 0; i < 3; i++) {
    const m0 = process.hrtime.bigint();
    const wallMs = performance.timeOrigin + performance.now();
    const m1 = process.hrtime.bigint();
    const gap = Number(m1 - m0);
    if (gap < best.gap) best = { gap, offset: Math.round(wallMs * 1e6) - Number((m0 + m1) / 2n) };
  }
  const offset = best.offset;
  return {
    wallOf: (monoNs) => monoNs + offset,
    monoNow: () => Number(process.hrtime.bigint()),
    wallNow: () => Number(process.hrtime.bigint()) + offset,
  };
}

/** A clock with a fixed offset, for replays and tests. */
export function fixedClock(offset: number, now = 0): Clock {
  return { wallOf: (m) => m + offset, monoNow: () => now, wallNow: () => now + offset };
}
