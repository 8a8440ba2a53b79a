// Runs the lab's commands with execa; every failure message is built by agent/util/exec.ts's commandFailure.
import { execa, type ResultPromise } from 'execa';
import { commandFailure } from '../util/exec.js';
import { netnsExec } from './plan.js';

export { CommandError, commandFailure, renderArgv, type CommandOutcome } from '../util/exec.js';

export interface CommandOutput {
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  /** cancels the command (SIGTERM) when aborted */
  signal?: AbortSignal;
  timeoutMs?: number;
}

/** Runs argv and returns its output, or throws the error commandFailure builds. */
export async function runCommand(argv: string[], opts: RunOptions = {}): Promise<CommandOutput> {
  const [file, ...args] = argv;
  if (file === undefined) throw new Error('runCommand: empty argv');
  const r = await execa(file, args, {
    reject: false,
    stdin: 'ignore',
    ...(opts.signal ? { cancelSignal: opts.signal } : {}),
    ...(opts.timeoutMs ? { timeout: opts.timeoutMs } : {}),
  });
  if (r.failed) {
    throw commandFailure(argv, {
      exitCode: r.exitCode, signal: r.signal, code: (r as { code?: string }).code, stderr: String(r.stderr ?? ''),
      isCanceled: r.isCanceled, timedOut: r.timedOut,
    });
  }
  return { stdout: String(r.stdout), stderr: String(r.stderr) };
}

/** Runs a command inside a named netns (e.g. a lab namespace) and returns its output; throws on failure. */
export function execIn(netns: string, argv: string[], opts: RunOptions = {}): Promise<CommandOutput> {
  return runCommand(netnsExec(netns, argv), opts);
}

/**
 * Starts a long-running command inside a named netns (e.g. an iperf3 server) and returns the execa
 * subprocess; the caller must wait for it or kill it. It never rejects: check the result's `failed`.
 */
export function spawnIn(netns: string, argv: string[]): ResultPromise<{ reject: false; stdin: 'ignore' }> {
  const [file, ...args] = netnsExec(netns, argv);
  return execa(file!, args, { reject: false, stdin: 'ignore' });
}
