// One message builder for a failed external command: what ran, how it ended, and the tail of its stderr.
export function commandFailure(argv: readonly string[], how: { exitCode?: number | null; signal?: string | null }, stderr: string): string {
  const cmd = argv.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');
  const ended = how.signal ? `was killed by ${how.signal}` : `failed with exit code ${how.exitCode ?? '?'}`;
  const tail = stderrTail(stderr);
  return `command ${ended}: ${cmd}${tail ? `: ${tail}` : ''}`;
}

/** The last few meaningful lines of stderr, joined into one line. */
export function stderrTail(stderr: string, lines = 3): string {
  return stderr
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !/RLIMIT_MEMLOCK|^Attaching \d+ probe/.test(l))
    .slice(-lines)
    .join(' | ');
}

/** argv that makes the child get SIGTERM when the agent dies (even by SIGKILL), so no probe outlives it. */
export function dieWithParent(argv: string[]): string[] {
  return ['setpriv', '--pdeathsig', 'TERM', '--', ...argv];
}
