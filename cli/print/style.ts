// Colour only on a terminal (or when asked): --color auto|always|never.
import { UserError } from '../../agent/util/errors.js';

export interface Style {
  bold(s: string): string;
  dim(s: string): string;
  red(s: string): string;
  green(s: string): string;
  yellow(s: string): string;
}

const wrap = (code: string) => (s: string) => `\x1b[${code}m${s}\x1b[0m`;
const id = (s: string) => s;

export const PLAIN: Style = { bold: id, dim: id, red: id, green: id, yellow: id };
export const ANSI: Style = { bold: wrap('1'), dim: wrap('2'), red: wrap('31'), green: wrap('32'), yellow: wrap('33') };

export function styleFor(color: string | undefined, stream: NodeJS.WriteStream = process.stdout): Style {
  const c = color ?? 'auto';
  if (c === 'always') return ANSI;
  if (c === 'never') return PLAIN;
  if (c !== 'auto') throw new UserError(`--color takes auto, always or never, not '${c}'.`);
  return stream.isTTY && !process.env.NO_COLOR ? ANSI : PLAIN;
}
