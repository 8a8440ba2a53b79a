// The list of subcommands, in the order `netscope --help` shows them.
import type { Command } from '../command.js';
import { agent } from './agent.js';
import { demo } from './demo.js';
import { lab } from './lab.js';
import { probes } from './probes.js';

export const commands: Command[] = [
  demo,
  agent,
  probes,
  lab,
];
