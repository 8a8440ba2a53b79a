// `netscope export FILE --format jsonl|pcapng -o OUT`: a recording for other tools.
import { closeSync, openSync, writeSync } from 'node:fs';
import { addToPcapng } from '../../agent/record/export.js';
import { PcapngBuilder } from '../../agent/record/pcapng.js';
import { recordingParts, type ReadEnd } from '../../agent/record/reader.js';
import { matchEnvelope } from '../../agent/record/filter.js';
import { UserError } from '../../agent/util/errors.js';
import { envelopeToJson } from '../../proto/index.js';
import { parseFlags, type Command } from '../command.js';
import { endStatus, parseReplayFilter } from './replay.js';

const help = `usage: netscope export FILE --format jsonl|pcapng -o OUT [--kind KIND[,KIND]] [--proto P] [--ip ADDR] [--port N]

Writes a recording (every part of a rotated one) in a format other tools read. Needs no root.

  jsonl   one Envelope a line in the proto3 JSON mapping, exactly what 'replay -o json' prints.
  pcapng  the packets' headers as seen at each hop, for Wireshark and tshark: one interface per hop
          device (named NETNS/DEV; netfilter hooks without a device are NETNS/HOOK), one packet per
          sighting with an IPv4 header and its ICMP/TCP/UDP header rebuilt from the recorded
          headers (the payload was never recorded, so each packet is truncated to its headers and
          keeps its original length), nanosecond timestamps, and a packet comment naming the hop,
          the netfilter hook, the NAT rewrite done there and the journey. Sightings come from the
          journeys (whose hops carry the NAT); a recording without journeys uses its packet events.
          A masqueraded ping thus appears with the pod's address on the pod and bridge hops and
          the node's address after POSTROUTING.

options:
  --format F    jsonl or pcapng (required)
  -o, --output  the file to write ('-' for stdout)
  --kind, --proto, --ip, --port   as for 'netscope replay'
  -h, --help    this help

exit status as for 'netscope replay': a cut-off or corrupt file is exported up to where it stops.

example:
  netscope export trace.nsrec --format pcapng -o trace.pcapng && tshark -r trace.pcapng -Y icmp`;

export const exportCommand: Command = {
  name: 'export',
  help,
  async run(argv) {
    const { values, positionals } = parseFlags('export', argv, {
      format: { type: 'string' },
      output: { type: 'string', short: 'o' },
      kind: { type: 'string', multiple: true },
      proto: { type: 'string' },
      ip: { type: 'string' },
      port: { type: 'string' },
    }, true);
    if (positionals.length !== 1) throw new UserError(`netscope export: give exactly one recording file; see 'netscope export --help'.`);
    const format = values.format;
    if (format !== 'jsonl' && format !== 'pcapng') throw new UserError(`netscope export: --format takes jsonl or pcapng${format ? `, not '${format}'` : ' (it is required)'}.`);
    if (!values.output) throw new UserError(`netscope export: -o OUT is required (the file to write, or - for stdout).`);
    const filter = parseReplayFilter('export', values);
    const file = positionals[0]!;
    // decide before writing anything: a recording with journeys exports their hops, else its packets
    let preferJourneys = false;
    if (format === 'pcapng') {
      outer: for (const r of recordingParts(file)) {
        if (r.footer) {
          if ((r.footer.kinds ?? []).some((k) => k.kind === 'journey' && Number(k.count) > 0)) preferJourneys = true;
          r.end = { whole: true, offset: 0, batches: 0, events: 0 };
          if (preferJourneys) break;
          continue;
        }
        for (const { batch } of r.batches()) if (batch.envelopes.some((e) => e.journey)) { preferJourneys = true; break outer; }
      }
    }
    let fd: number;
    try {
      fd = values.output === '-' ? 1 : openSync(values.output, 'w', 0o644);
    } catch (err) {
      throw new UserError(`netscope export: cannot write ${values.output}: ${(err as Error).message}.`);
    }
    const put = (b: Buffer | string) => {
      const buf = typeof b === 'string' ? Buffer.from(b) : b;
      let done = 0;
      while (done < buf.length) done += writeSync(fd, buf, done, buf.length - done);
    };
    let end: ReadEnd | undefined;
    let n = 0;
    const pcap = new PcapngBuilder();
    try {
      for (const r of recordingParts(file)) {
        for (const { batch } of r.batches()) {
          if (format === 'jsonl') {
            let s = '';
            for (const env of batch.envelopes) if (matchEnvelope(env, filter)) { s += JSON.stringify(envelopeToJson(env)) + '\n'; n++; }
            put(s);
          } else {
            for (const env of batch.envelopes) if (matchEnvelope(env, filter)) n += addToPcapng(pcap, env, preferJourneys);
            put(pcap.take());
          }
        }
        end = r.end;
        if (!end?.whole) break;
      }
      if (format === 'pcapng') put(pcap.take()); // at least the section header
    } finally {
      if (fd !== 1) closeSync(fd);
    }
    if (values.output !== '-') process.stderr.write(`netscope export: wrote ${n} ${format === 'jsonl' ? 'events' : `packets on ${pcap.interfaces.length} interfaces`} to ${values.output}\n`);
    return endStatus(file, end);
  },
};
