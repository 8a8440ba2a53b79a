// One error type for everything a user can cause or fix (bad input, missing tool, no root):
// its message is one sentence saying what is wrong and what to do. Anything else is a bug.
export class UserError extends Error {
  override readonly name = 'UserError';
  /** process exit code the CLI uses for it */
  readonly exitCode: number;
  constructor(message: string, options: { cause?: unknown; exitCode?: number } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.exitCode = options.exitCode ?? 2;
  }
}

/** Adds context in front of an error's message, keeping the original as `cause`. */
export function withContext(context: string, err: unknown): Error {
  const msg = err instanceof Error ? err.message : String(err);
  if (err instanceof UserError) return new UserError(`${context}: ${msg}`, { cause: err, exitCode: err.exitCode });
  return new Error(`${context}: ${msg}`, { cause: err });
}

export function isRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

/** Throws the one sentence every root-only command gives when run without root. */
export function requireRoot(what: string, why = 'it changes network namespaces, links and rules'): void {
  if (!isRoot()) {
    throw new UserError(`${what} needs root (${why}); run it with sudo or as root.`);
  }
}
