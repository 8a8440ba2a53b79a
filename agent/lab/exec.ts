// Runs the lab's commands with execa; every failure message is built in one place (commandFailure).
import { execa, type ResultPromise } from 'execa';
import { UserError } from '../util/errors.js';
import { netnsExec } from './plan.js';

export interface CommandOutput {
  stdout: string;
  stderr: string;
}

/** What a finished command looked like, as much of it as a failure message needs. */
export interface CommandOutcome {
  exitCode?: number;
  signal?: string;
  /** spawn error code, e.g. ENOENT */
  code?: string;
  stderr?: string;
  isCanceled?: boolean;
  timedOut?: boolean;
}

/** A command that ran and failed; `argv` and `stderr` kept for callers that want to look closer. */
export class CommandError extends Error {
  override readonly name = 'CommandError';
  constructor(message: string, readonly argv: string[], readonly outcome: CommandOutcome) {
    super(message);
  }
}

// which package to install when a tool is missing (Debian names)
const PACKAGES: Record<string, string> = {
  ip: 'iproute2', tc: 'iproute2', ss: 'iproute2', iptables: 'iptables', conntrack: 'conntrack',
  sysctl: 'procps', iperf3: 'iperf3', ping: 'iputils-ping', nsenter: 'util-linux',
};

const STDERR_TAIL_LINES = 5;

function stderrTail(stderr: string | undefined): string {
  const lines = (stderr ?? '').trim().split('\n').filter((l) => l.trim() !== '');
  return lines.slice(-STDERR_TAIL_LINES).join(' / ');
}

/** Shell-like rendering of an argv, for messages only. */
export function renderArgv(argv: string[]): string {
  return argv.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');
}

/** The tool that was missing, if the outcome says so (directly, or via `ip netns exec`'s own message). */
export function missingTool(argv: string[], outcome: CommandOutcome): string | undefined {
  if (outcome.code === 'ENOENT') return argv[0];
  const m = /exec of "([^"]+)" failed: No such file or directory/.exec(outcome.stderr ?? '');
  return m ? m[1] : undefined;
}

/**
 * The one message builder for a failed command: the command, how it ended, and the tail of its stderr.
 * A missing tool becomes a UserError (the user can install it); anything else a CommandError.
 */
export function commandFailure(argv: string[], outcome: CommandOutcome): Error {
  const tool = missingTool(argv, outcome);
  if (tool !== undefined) {
    const pkg = PACKAGES[tool];
    return new UserError(`'${tool}' is not installed or not on PATH; install it${pkg ? ` (Debian: apt-get install ${pkg})` : ''}.`);
  }
  let how: string;
  if (outcome.isCanceled) how = 'was cancelled';
  else if (outcome.timedOut) how = 'timed out';
  else if (outcome.signal) how = `was killed by ${outcome.signal}`;
  else if (outcome.exitCode !== undefined) how = `exited with code ${outcome.exitCode}`;
  else how = `could not start${outcome.code ? ` (${outcome.code})` : ''}`;
  const tail = stderrTail(outcome.stderr);
  return new CommandError(`command '${renderArgv(argv)}' ${how}${tail ? `: ${tail}` : ''}`, argv, outcome);
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
