// The list of subcommands, in the order `netscope --help` shows them.
import type { Command } from '../command.js';
import { agent } from './agent.js';
import { conntrack } from './conntrack.js';
import { dashboard } from './dashboard.js';
import { demo } from './demo.js';
import { lab } from './lab.js';
import { observe } from './observe.js';
import { probes } from './probes.js';
import { qdisc } from './qdisc.js';
import { trace } from './trace.js';
import { record } from './record.js';
import { replay } from './replay.js';
import { inspect } from './inspect.js';
import { exportCommand } from './export.js';

export const commands: Command[] = [
  demo,
  agent,
  observe,
  trace,
  conntrack,
  qdisc,
  dashboard,
  probes,
  lab,
  record,
  replay,
  inspect,
  exportCommand,
];
