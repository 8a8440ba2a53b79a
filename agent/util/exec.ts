// The one place a failed external command becomes a message: what ran, how it ended, and the tail of
// its stderr (lab commands, probe runners, snapshots). A missing tool becomes a UserError.
import { UserError } from './errors.js';

/** The last few meaningful lines of stderr, joined into one line (bpftrace's attach chatter left out). */
export function stderrTail(stderr: string | undefined, lines = 5): string {
  return (stderr ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !/RLIMIT_MEMLOCK|^Attaching \d+ probe/.test(l))
    .slice(-lines)
    .join(' / ');
}

/** What a finished command looked like, as much of it as a failure message needs. */
export interface CommandOutcome {
  exitCode?: number | null;
  signal?: string | null;
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
  else if (outcome.exitCode !== undefined && outcome.exitCode !== null) how = `exited with code ${outcome.exitCode}`;
  else how = `could not start${outcome.code ? ` (${outcome.code})` : ''}`;
  const tail = stderrTail(outcome.stderr);
  return new CommandError(`command '${renderArgv(argv)}' ${how}${tail ? `: ${tail}` : ''}`, argv, outcome);
}

/** argv that makes the child get SIGTERM when the agent dies (even by SIGKILL), so no probe outlives it. */
export function dieWithParent(argv: string[]): string[] {
  return ['setpriv', '--pdeathsig', 'TERM', '--', ...argv];
}
