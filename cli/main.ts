// netscope CLI entry: dispatches to one subcommand; every error a user can fix is one sentence.
import { UserError } from '../agent/util/errors.js';
import type { Command } from './command.js';
import { commands } from './commands/index.js';

const VERSION = '0.1.0';

function topHelp(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return [
    'usage: netscope <command> [options]',
    '',
    'netscope shows where a packet goes inside a Linux host\'s container networking, and why:',
    'veth and bridge hops, netfilter hooks, NAT rewrites, conntrack entries and qdisc shaping.',
    '',
    'commands:',
    ...lines,
    '',
    "run 'netscope <command> --help' for a command's options.",
  ].join('\n');
}

let piped = false;

export async function run(argv: string[]): Promise<number> {
  // a reader that went away (`netscope … | head`) ends the output, not with a stack trace (one
  // listener per process: tests call run() many times)
  if (!piped) {
    piped = true;
    process.stdout.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE') process.exit(0);
      throw err;
    });
  }
  const [name, ...rest] = argv;
  if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
    const target = name === 'help' ? rest[0] : undefined;
    const entry = target ? commands.find((c) => c.name === target) : undefined;
    process.stdout.write((entry ? (await entry.load()).help : topHelp()) + '\n');
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-V') {
    process.stdout.write(`netscope ${VERSION}\n`);
    return 0;
  }
  const entry = commands.find((c) => c.name === name);
  if (!entry) {
    process.stderr.write(`netscope: unknown command '${name}'; run 'netscope --help' for the list of commands.\n`);
    return 2;
  }
  const cmd: Command = await entry.load();
  if (rest.includes('-h') || rest.includes('--help')) {
    process.stdout.write(cmd.help + '\n');
    return 0;
  }
  try {
    return await cmd.run(rest);
  } catch (err) {
    if (err instanceof UserError) {
      process.stderr.write(`${err.message}\n`);
      return err.exitCode;
    }
    const e = err as Error;
    process.stderr.write(`netscope ${name}: internal error: ${e?.stack ?? String(err)}\n`);
    return 1;
  }
}
