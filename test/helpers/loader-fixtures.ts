// The packet sightings in the captured loader output (test/fixtures/loader/masquerade-ping-{nf,tp}.bin:
// a masqueraded ping seen by the netfilter and the tracepoint objects), decoded as the agent decodes them.
import { readFileSync } from 'node:fs';
import { decodeNf, decodeTp, FrameSplitter } from '../../agent/probes/loader/binary.js';
import type { PacketEvent } from '../../proto/index.js';

export function capturedSightings(): PacketEvent[] {
  const out: PacketEvent[] = [];
  for (const f of ['masquerade-ping-nf.bin', 'masquerade-ping-tp.bin']) {
    const all = readFileSync(`test/fixtures/loader/${f}`);
    new FrameSplitter((type, b, off) => {
      if (type === 1) out.push(decodeNf(b, off));
      if (type === 2) out.push(decodeTp(b, off, { dropReasons: new Map([[3, 'NO_SOCKET']]), symbolize: () => 'ping_rcv' })!);
    }).push(all.subarray(all.indexOf(10) + 1)); // after the loader's "attached" line
  }
  return out;
}
