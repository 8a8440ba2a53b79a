// The list of subcommands, in the order `netscope --help` shows them.
import type { Command } from '../command.js';
import { lab } from './lab.js';

export const commands: Command[] = [
  lab,
];
