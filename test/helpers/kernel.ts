// The kernel tier's gate: in CI (CI=true) a kernel test must run, so missing root or tools fails it;
// on a developer's machine without root it skips, saying why.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';

const REQUIRED_TOOLS = ['ip', 'iptables', 'conntrack', 'tc', 'ping', 'iperf3', 'bpftrace', 'bpftool'];

function missingTools(tools: string[]): string[] {
  return tools.filter((tool) => {
    try {
      execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
      return false;
    } catch {
      return true;
    }
  });
}

/** Why the kernel tier cannot run here, or undefined when it can. */
export function kernelTierBlocker(tools: string[] = REQUIRED_TOOLS): string | undefined {
  if (process.platform !== 'linux') return 'the kernel tier needs Linux';
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return 'the kernel tier needs root (run the tests as root, e.g. sudo npm test)';
  const missing = missingTools(tools);
  if (missing.length) return `the kernel tier needs ${missing.join(', ')} on PATH (run scripts/setup)`;
  return undefined;
}

/**
 * Options for a kernel test: `{ skip: reason }` on a laptop without root, `{}` when it can run.
 * In CI it never skips: a blocker there throws, so the test fails.
 */
export function kernelTier(tools?: string[]): { skip?: string } {
  const blocker = kernelTierBlocker(tools);
  if (!blocker) return {};
  if (process.env.CI) throw new Error(`kernel tier cannot run in CI: ${blocker}`);
  return { skip: blocker };
}

/** A short prefix unique to this run, for namespaces and anything else a test creates. */
export function uniquePrefix(tag = 't'): string {
  return `ns${tag}${randomBytes(3).toString('hex')}`;
}

/** Polls `get` every 50 ms until it returns a value; throws naming `what` after `ms`. */
export async function until<T>(what: string, get: () => T | undefined | Promise<T | undefined>, ms = 15000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await get();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
