// Synthetic envelopes for the recording benchmark: the mix a recording of the lab holds (mostly
// packet sightings from the tracepoint and netfilter probes, a journey per ~10 sightings' packet,
// conntrack events, qdisc and conntrack-table samples, the odd lost-events report), with the field
// values the parsers produce (addresses, device and netns names, skb pointers, timestamps in ns).
import type { Envelope, Headers, Hop, PacketEvent } from '../proto/index.js';

const T0 = 1795447876456765200;
const MONO0 = 7926476230603;
const OFFSET = T0 - MONO0;
const NS_INODE = [4026532291, 4026532363, 4026532435];
const NS_NAME = ['lab-host01', 'lab-pod1', 'lab-host02'];
const DEVS: Array<[number, string]> = [[2, 'eth0'], [3, 'cni0'], [5, 'veth-pod1'], [7, 'veth-pod2']];

/** What one in every 100 envelopes is, in order (90 packet, 5 journey, 3 conntrack, 1 qdisc, 1 conntrack stats); a lost report every 1000th. */
export const MIX = { packet: 90, journey: 5, conntrack: 3, qdisc: 1, conntrackStats: 1 } as const;

function headers(i: number): Headers {
  const flow = i % 3;
  if (flow === 0) return { src: '10.85.0.2', dst: '192.168.61.12', protocol: 1, length: 84, ttl: 64, ipId: 40000 + (i % 20000), icmpType: 8, icmpId: 17077, icmpSeq: i % 65536 };
  if (flow === 1) return { src: '10.85.0.3', dst: '192.168.61.12', protocol: 6, length: 1500, ttl: 63, ipId: i % 65536, srcPort: 43210, dstPort: 5201, tcpFlags: 0x10 };
  return { src: '192.168.61.12', dst: '192.168.61.11', protocol: 17, length: 60, ttl: 64, ipId: (i * 7) % 65536, srcPort: 53, dstPort: 40000 + (i % 1000) };
}

const skbOf = (i: number) => `0xffff8881${((0x4cff4100 + (i >> 3) * 0x100) >>> 0).toString(16).padStart(8, '0')}`;

function packet(i: number): PacketEvent {
  const mono = MONO0 + i * 1000;
  const [ifindex, ifname] = DEVS[i % DEVS.length]!;
  const ns = i % 3;
  const netfilter = i % 4 === 0;
  const pe: PacketEvent = {
    monoNs: mono,
    timeNs: mono + OFFSET,
    skb: skbOf(i),
    netns: NS_INODE[ns]!,
    ifindex,
    ifname,
    kind: netfilter ? 4 + (i & 1) : 1 + (i % 3),
    headers: headers(i),
    probeSet: netfilter ? 2 : 1,
    cpu: i & 1,
    netnsName: NS_NAME[ns]!,
  };
  if (netfilter) {
    pe.hook = 1 + (i % 5);
    pe.ct = {
      id: '0xffff888150e62000',
      status: 0x190,
      original: { src: '10.85.0.2', dst: '192.168.61.12', protocol: 1, icmpId: 17077, icmpType: 8 },
      reply: { src: '192.168.61.12', dst: '192.168.61.11', protocol: 1, icmpId: 17077, icmpType: 0 },
    };
  }
  if (i % 50 === 7) {
    pe.kind = 7;
    pe.qdisc = 'tbf 8020:';
    pe.qdiscQlen = i % 17;
  }
  return pe;
}

function journey(i: number): Envelope['journey'] {
  const h = headers(i);
  const mono = MONO0 + i * 1000;
  const hops: Hop[] = [];
  for (let k = 0; k < 10; k++) {
    const [ifindex, ifname] = DEVS[k % DEVS.length]!;
    const hop: Hop = { monoNs: mono + k * 11000, deltaNs: k ? 11000 : 0, netns: NS_INODE[k % 3]!, netnsName: NS_NAME[k % 3]!, ifindex, ifname, kind: 1 + (k % 5), headers: h, probeSet: 1 + (k & 1) };
    if (k >= 2 && k <= 4) hop.hook = k - 1;
    if (k === 4) hop.nat = { kind: 1, hook: 5, from: '10.85.0.2', to: '192.168.61.11' };
    if (k === 6) hop.qdisc = 'tbf 8020:';
    hops.push(hop);
  }
  return {
    id: `vm-${i}`,
    startMonoNs: mono,
    startTimeNs: mono + OFFSET,
    durationNs: 185000,
    skb: skbOf(i),
    headers: h,
    hops,
    nat: [{ kind: 1, hook: 5, from: '10.85.0.2', to: '192.168.61.11' }],
    ct: { id: '0xffff888150e62000', status: 0x19a, original: { src: '10.85.0.2', dst: '192.168.61.12', protocol: 1, icmpId: 17077, icmpType: 8 }, reply: { src: '192.168.61.12', dst: '192.168.61.11', protocol: 1, icmpId: 17077 } },
    verdict: 1,
    direction: 1 + (i & 1),
    peerId: `vm-${i + 1}`,
  };
}

/** The i-th synthetic envelope (seq i + 1). */
export function syntheticEnvelope(i: number): Envelope {
  const env: Envelope = { node: 'vm', seq: i + 1 };
  const time = T0 + i * 1000;
  const r = i % 100;
  if (i % 1000 === 999) env.lost = { stage: 1, source: 'tracepoint', count: 12, timeNs: time };
  else if (r < MIX.packet) env.packet = packet(i);
  else if (r < 95) env.journey = journey(i);
  else if (r < 98) {
    env.conntrack = {
      type: 1 + (i % 3),
      timeNs: time,
      netns: NS_INODE[0]!,
      netnsName: NS_NAME[0]!,
      entry: {
        id: String(3000000000 + i),
        protocol: 6,
        state: 'ESTABLISHED',
        timeoutS: 431999,
        original: { src: '10.85.0.3', dst: '192.168.61.12', protocol: 6, srcPort: 43210 + (i % 100), dstPort: 5201 },
        reply: { src: '192.168.61.12', dst: '192.168.61.11', protocol: 6, srcPort: 5201, dstPort: 43210 + (i % 100) },
        flags: ['ASSURED'],
        use: 1,
        origPackets: i,
        origBytes: i * 1500,
        nat: 1,
      },
    };
  } else if (r < 99) {
    env.qdisc = {
      timeNs: time, netns: NS_INODE[0]!, netnsName: NS_NAME[0]!, dev: 'eth0', kind: 'tbf', handle: '8020:', parent: 'root',
      bytes: i * 1500, packets: i, drops: i >> 6, overlimits: i >> 3, backlogBytes: 3000, qlen: 2,
      tbf: { rateBytesPerS: 1250000, burstBytes: 5000, latencyUs: 50000 },
      intervalS: 1.000213, bytesPerS: 1249876.5, packetsPerS: 833.25, dropsPerS: 12.5, overlimitsPerS: 101.75,
    };
  } else env.conntrackStats = { timeNs: time, netns: NS_INODE[0]!, netnsName: NS_NAME[0]!, count: 1234, max: 262144 };
  return env;
}
