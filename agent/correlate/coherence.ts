// Is a journey one packet? The check behind the kernel tests and the bench's coherence figure:
// every hop of a journey must show the same packet — one IP id, one L4 identity (TCP sequence and
// acknowledgment, ICMP echo type and sequence), one direction — and its addresses or ports may
// change only across a netfilter hook (entry → exit), where NAT rewrites them. Pure: journeys in,
// findings out.
import { HopKind, type Headers, type Hop, type Journey } from '../../proto/index.js';

export type Incoherence =
  | 'ip-id' // the IP id changed between two hops
  | 'tcp-seq' // the TCP sequence or acknowledgment number changed
  | 'icmp' // the ICMP type or echo sequence changed
  | 'protocol' // the IP protocol changed
  | 'direction' // source and destination swapped between two hops
  | 'nat-outside-hook'; // addresses or ports changed between two hops that are not a hook's entry and exit

/** The hops of a journey that carry headers (a hop without them says nothing about identity). */
function withHeaders(hops: Hop[]): Hop[] {
  return hops.filter((h) => h.headers && h.headers.protocol);
}

function sameAddrs(a: Headers, b: Headers): boolean {
  return a.src === b.src && a.dst === b.dst && (a.srcPort ?? 0) === (b.srcPort ?? 0) && (a.dstPort ?? 0) === (b.dstPort ?? 0);
}

/** What is wrong with a journey as one packet; empty when it is one. */
export function incoherences(j: Journey): Incoherence[] {
  const hops = withHeaders(j.hops ?? []);
  const out = new Set<Incoherence>();
  for (let i = 1; i < hops.length; i++) {
    const p = hops[i - 1]!;
    const h = hops[i]!;
    const a = p.headers!;
    const b = h.headers!;
    if (a.protocol !== b.protocol) out.add('protocol');
    if ((a.ipId ?? 0) !== (b.ipId ?? 0)) out.add('ip-id');
    if (a.protocol === 6 && ((a.tcpSeq ?? 0) !== (b.tcpSeq ?? 0) || (a.tcpAck ?? 0) !== (b.tcpAck ?? 0))) out.add('tcp-seq');
    if (a.protocol === 1 && ((a.icmpType ?? 0) !== (b.icmpType ?? 0) || (a.icmpSeq ?? 0) !== (b.icmpSeq ?? 0))) out.add('icmp');
    if (a.src !== a.dst && a.src === b.dst && a.dst === b.src) out.add('direction');
    if (!sameAddrs(a, b)) {
      const acrossHook = p.kind === HopKind.HOP_KIND_HOOK_ENTRY && h.kind === HopKind.HOP_KIND_HOOK_EXIT && p.hook === h.hook && Number(p.netns) === Number(h.netns);
      if (!acrossHook) out.add('nat-outside-hook');
    }
  }
  // a rewrite the journey reports must sit on a hook hop
  for (const hop of j.hops ?? []) if (hop.nat && hop.kind !== HopKind.HOP_KIND_HOOK_EXIT) out.add('nat-outside-hook');
  return [...out];
}

export interface CoherenceSummary {
  /** journeys with two or more hops that carry headers */
  multiHop: number;
  /** of those, journeys that are one packet */
  coherent: number;
  /** count per kind of finding, over the incoherent journeys */
  byKind: Record<string, number>;
  /** coherent / multiHop (1 when there is no multi-hop journey) */
  ratio: number;
}

export function coherenceOf(journeys: Iterable<Journey>): CoherenceSummary {
  let multiHop = 0;
  let coherent = 0;
  const byKind: Record<string, number> = {};
  for (const j of journeys) {
    if (withHeaders(j.hops ?? []).length < 2) continue;
    multiHop++;
    const bad = incoherences(j);
    if (!bad.length) coherent++;
    for (const k of bad) byKind[k] = (byKind[k] ?? 0) + 1;
  }
  return { multiHop, coherent, byKind, ratio: multiHop ? coherent / multiHop : 1 };
}
