// The list of subcommands, in the order `netscope --help` shows them, with the one-line summary that
// list prints. A command's module (and what it imports: the agent, blessed, the recording codec, …) is
// loaded only when that command runs or shows its --help, so `netscope conntrack` starts without them.
import type { Command } from '../command.js';

export interface CommandEntry {
  name: string;
  summary: string;
  load(): Promise<Command>;
}

export const commands: CommandEntry[] = [
  { name: 'demo', summary: 'build a lab, trace a masqueraded ping, conntrack and a tbf limit, record it, tear it down (root)', load: async () => (await import('./demo.js')).demo },
  { name: 'agent', summary: 'run the agent: attach probes, read conntrack and tc, stream events (root)', load: async () => (await import('./agent.js')).agent },
  { name: 'observe', summary: "show the agent's live event stream, filtered (compact, json, journey)", load: async () => (await import('./observe.js')).observe },
  { name: 'trace', summary: 'follow packets hop by hop: path, NAT rewrites, conntrack entry, verdict', load: async () => (await import('./trace.js')).trace },
  { name: 'conntrack', summary: 'the conntrack table (NAT marked, count vs max), or its events live with --watch', load: async () => (await import('./conntrack.js')).conntrack },
  { name: 'qdisc', summary: 'qdiscs with tbf rate vs measured rate, drops, overlimits, backlog (--watch live)', load: async () => (await import('./qdisc.js')).qdisc },
  { name: 'dashboard', summary: 'live terminal dashboard: journeys, conntrack, qdisc charts, events, agent status', load: async () => (await import('./dashboard.js')).dashboard },
  { name: 'probes', summary: 'which probe sets are attached (asks the agent) or attach here (root), why not, run counts', load: async () => (await import('./probes.js')).probes },
  { name: 'lab', summary: 'build, inspect or remove the test lab (two hosts, a bridge, pods, MASQUERADE) in network namespaces', load: async () => (await import('./lab.js')).lab },
  { name: 'record', summary: 'record the event stream to a file for replay, inspect and export', load: async () => (await import('./record.js')).record },
  { name: 'replay', summary: 'replay a recording into the same views as live data, at any speed (no root)', load: async () => (await import('./replay.js')).replay },
  { name: 'inspect', summary: 'describe a recording: header, snapshots, counts, time range, whether it is whole', load: async () => (await import('./inspect.js')).inspect },
  { name: 'export', summary: 'export a recording as JSON lines or pcapng (Wireshark, tshark)', load: async () => (await import('./export.js')).exportCommand },
];
