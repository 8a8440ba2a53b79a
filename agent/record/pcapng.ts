// pcapng export: one interface block per hop device, one packet block per sighting with an IPv4
// header and the ICMP/TCP/UDP header synthesized from the recorded Headers (the probes record
// headers, not payload, so packets are truncated: captured length < original length), and the hop,
// hook, NAT and journey in the packet's comment option. Format: IETF draft-ietf-opsawg-pcapng.
import type { Headers } from '../../proto/index.js';

const BT_SHB = 0x0a0d0d0a;
const BT_IDB = 0x00000001;
const BT_EPB = 0x00000006;
const LINKTYPE_RAW = 101; // raw IPv4/IPv6, no link-layer header
const OPT_END = 0;
const OPT_COMMENT = 1;
const IF_NAME = 2;
const IF_DESCRIPTION = 3;
const IF_TSRESOL = 9;
const SHB_USERAPPL = 4;

const pad4 = (n: number) => (n + 3) & ~3;

function options(opts: Array<[number, Buffer]>): Buffer {
  const parts: Buffer[] = [];
  for (const [code, value] of opts) {
    const h = Buffer.alloc(4);
    h.writeUInt16LE(code, 0);
    h.writeUInt16LE(value.length, 2);
    parts.push(h, value, Buffer.alloc(pad4(value.length) - value.length));
  }
  if (opts.length) parts.push(Buffer.alloc(4)); // opt_endofopt
  return Buffer.concat(parts);
}

function block(type: number, body: Buffer): Buffer {
  const len = 12 + body.length;
  const b = Buffer.alloc(len);
  b.writeUInt32LE(type, 0);
  b.writeUInt32LE(len, 4);
  body.copy(b, 8);
  b.writeUInt32LE(len, len - 4);
  return b;
}

export function sectionHeader(app = 'netscope'): Buffer {
  const fixed = Buffer.alloc(16);
  fixed.writeUInt32LE(0x1a2b3c4d, 0);
  fixed.writeUInt16LE(1, 4);
  fixed.writeUInt16LE(0, 6);
  fixed.writeBigInt64LE(-1n, 8); // section length unknown
  return block(BT_SHB, Buffer.concat([fixed, options([[SHB_USERAPPL, Buffer.from(app)]])]));
}

export function interfaceBlock(name: string, description = ''): Buffer {
  const fixed = Buffer.alloc(8);
  fixed.writeUInt16LE(LINKTYPE_RAW, 0);
  fixed.writeUInt32LE(0, 4); // snaplen: no limit
  const opts: Array<[number, Buffer]> = [[IF_NAME, Buffer.from(name)], [IF_TSRESOL, Buffer.from([9])]]; // ns timestamps
  if (description) opts.push([IF_DESCRIPTION, Buffer.from(description)]);
  return block(BT_IDB, Buffer.concat([fixed, options(opts)]));
}

export function packetBlock(ifaceId: number, timeNs: number, data: Buffer, origLen: number, comment: string): Buffer {
  const fixed = Buffer.alloc(20);
  const ts = BigInt(Math.max(0, Math.round(timeNs)));
  fixed.writeUInt32LE(ifaceId, 0);
  fixed.writeUInt32LE(Number(ts >> 32n), 4);
  fixed.writeUInt32LE(Number(ts & 0xffffffffn), 8);
  fixed.writeUInt32LE(data.length, 12);
  fixed.writeUInt32LE(Math.max(origLen, data.length), 16);
  const padded = Buffer.concat([data, Buffer.alloc(pad4(data.length) - data.length)]);
  return block(BT_EPB, Buffer.concat([fixed, padded, options(comment ? [[OPT_COMMENT, Buffer.from(comment)]] : [])]));
}

function ipBytes(a: string | null | undefined): number[] {
  const p = (a ?? '').split('.').map(Number);
  return p.length === 4 && p.every((x) => x >= 0 && x <= 255) ? p : [0, 0, 0, 0];
}

/** Internet checksum (RFC 1071). */
export function inetChecksum(b: Buffer): number {
  let s = 0;
  for (let i = 0; i + 1 < b.length; i += 2) s += b.readUInt16BE(i);
  if (b.length % 2) s += b[b.length - 1]! << 8;
  while (s >> 16) s = (s & 0xffff) + (s >> 16);
  return ~s & 0xffff;
}

/** An IPv4 header plus the L4 header the recorded Headers describe. Returns the bytes and the original length. */
export function synthesizePacket(h: Headers): { data: Buffer; origLen: number } {
  const proto = h.protocol ?? 0;
  let l4: Buffer;
  if (proto === 1) {
    l4 = Buffer.alloc(8);
    l4[0] = h.icmpType ?? 0;
    l4[1] = h.icmpCode ?? 0;
    l4.writeUInt16BE(h.icmpId ?? 0, 4);
    l4.writeUInt16BE(h.icmpSeq ?? 0, 6);
    l4.writeUInt16BE(inetChecksum(l4), 2); // over the header only: the payload was not recorded
  } else if (proto === 6) {
    l4 = Buffer.alloc(20);
    l4.writeUInt16BE(h.srcPort ?? 0, 0);
    l4.writeUInt16BE(h.dstPort ?? 0, 2);
    l4[12] = 5 << 4; // data offset: 5 words
    l4[13] = h.tcpFlags ?? 0;
  } else if (proto === 17) {
    l4 = Buffer.alloc(8);
    l4.writeUInt16BE(h.srcPort ?? 0, 0);
    l4.writeUInt16BE(h.dstPort ?? 0, 2);
    l4.writeUInt16BE(Math.max(8, (h.length ?? 28) - 20), 4);
  } else {
    l4 = Buffer.alloc(0);
  }
  const ip = Buffer.alloc(20);
  const total = Math.max(h.length ?? 0, 20 + l4.length);
  ip[0] = 0x45;
  ip.writeUInt16BE(total, 2);
  ip.writeUInt16BE(h.ipId ?? 0, 4);
  ip[8] = h.ttl || 64;
  ip[9] = proto;
  Buffer.from(ipBytes(h.src)).copy(ip, 12);
  Buffer.from(ipBytes(h.dst)).copy(ip, 16);
  ip.writeUInt16BE(inetChecksum(ip), 10);
  return { data: Buffer.concat([ip, l4]), origLen: total };
}

/** Collects interface and packet blocks; interfaces are numbered in order of first use. */
export class PcapngBuilder {
  private readonly ifaces = new Map<string, number>();
  private readonly out: Buffer[] = [sectionHeader()];

  packet(iface: string, ifaceDescription: string, timeNs: number, headers: Headers, comment: string): void {
    let id = this.ifaces.get(iface);
    if (id === undefined) {
      id = this.ifaces.size;
      this.ifaces.set(iface, id);
      this.out.push(interfaceBlock(iface, ifaceDescription));
    }
    const { data, origLen } = synthesizePacket(headers);
    this.out.push(packetBlock(id, timeNs, data, origLen, comment));
  }

  /** The blocks so far (and forgets them: call repeatedly to stream). */
  take(): Buffer {
    const b = Buffer.concat(this.out);
    this.out.length = 0;
    return b;
  }

  get interfaces(): string[] {
    return [...this.ifaces.keys()];
  }
}
