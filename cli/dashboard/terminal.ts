// What the commands that can open the dashboard check before loading it (blessed and blessed-contrib
// are only imported once a dashboard is really drawn): a terminal on both ends, and --color.
import { UserError } from '../../agent/util/errors.js';

/** Why the dashboard cannot run here (stdout or stdin is not a terminal), or undefined when it can. */
export function needTerminal(command: string, instead = "use 'netscope observe' for a stream of lines"): UserError | undefined {
  if (process.stdout.isTTY && process.stdin.isTTY) return undefined;
  const which = !process.stdout.isTTY ? 'stdout' : 'stdin';
  return new UserError(`netscope ${command}: the dashboard needs a terminal, and ${which} is not one; run it in a terminal (or under tmux/ssh -t), or ${instead}.`);
}

/** --color for the dashboard: auto is on unless NO_COLOR is set (it only ever draws on a terminal). */
export function dashboardColor(command: string, v: string | undefined): boolean {
  const c = v ?? 'auto';
  if (c === 'always') return true;
  if (c === 'never') return false;
  if (c !== 'auto') throw new UserError(`netscope ${command}: --color takes auto, always or never, not '${c}'.`);
  return !process.env.NO_COLOR;
}
