// The shape every subcommand has: a name, its --help text, and run().
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UserError } from '../agent/util/errors.js';

export interface Command {
  name: string;
  /** full --help text: usage line, description, options (the one-line summary is in commands/index.ts) */
  help: string;
  run(argv: string[]): Promise<number>;
}

export type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * parseArgs with the CLI's error style: an unknown or malformed flag becomes one sentence
 * naming the flag and pointing at --help.
 */
export function parseFlags<O extends Options>(command: string, argv: string[], options: O, allowPositionals = false) {
  try {
    return parseArgs({ args: argv, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals, strict: true });
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    const m = /'(-{1,2}[^']+)'/.exec(msg);
    const flag = m ? m[1] : undefined;
    let sentence: string;
    if (/Unknown option/.test(msg)) sentence = `unknown option ${flag}`;
    else if (/argument missing/.test(msg)) sentence = `option ${flag} needs a value`;
    else if (/does not take an argument/.test(msg)) sentence = `option ${flag} takes no value`;
    else if (/Unexpected argument/.test(msg)) sentence = `unexpected argument ${msg.split("'")[1] ?? ''}`.trim();
    else sentence = msg.replace(/\.$/, '');
    throw new UserError(`netscope ${command}: ${sentence}; see 'netscope ${command} --help'.`);
  }
}

/** Parses a positive integer flag value or says which flag is wrong. */
export function intFlag(command: string, flag: string, value: string | undefined, fallback: number, min = 1, max = Number.MAX_SAFE_INTEGER): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
    throw new UserError(`netscope ${command}: --${flag} takes a whole number from ${min} to ${max}, not '${value}'.`);
  }
  return Number(value);
}
