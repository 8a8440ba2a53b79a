// The dashboard's filter prompt (/): the CLI's filter flags, written either as flags or as
// field=value words, parsed by the same code as `netscope observe`'s flags.
//   proto=icmp ip=10.85.0.0/16 !ip=10.85.0.3        or   --proto icmp --ip 10.85.0.0/16 --deny-ip 10.85.0.3
// A word without a field is taken as an address (10.85.0.2) or protocol (icmp). Empty clears the filter.
import { compileFilters, passes, type CompiledFilters } from '../../agent/server/filter.js';
import type { Filter } from '../../agent/server/service.js';
import { UserError } from '../../agent/util/errors.js';
import type { Envelope } from '../../proto/index.js';
import { FIELDS, filtersFromFlags, type Field } from '../client/filters.js';

export interface DashboardFilter {
  /** the text as typed, trimmed */
  text: string;
  allow: Filter[];
  deny: Filter[];
  compiled: CompiledFilters;
}

export const FILTER_SYNTAX = `field=value words, any of: ${FIELDS.join(', ')}; a comma list matches any value, all
fields must match; !field=value (or deny-field=value) leaves out what matches; the CLI's flags work too
(--proto icmp --deny-ip 10.85.0.3); a bare address or protocol (10.85.0.2, icmp) is ip= or proto=`;

const ALIASES: Record<string, Field> = {
  protocol: 'proto', addr: 'ip', address: 'ip', host: 'ip', iface: 'interface', dev: 'interface', if: 'interface',
};
const BARE_PROTO = /^(icmp|tcp|udp)$/i;
const BARE_ADDR = /^\d+\.\d+\.\d+\.\d+(\/\d+)?$/;

function fieldName(raw: string): Field | undefined {
  const f = raw.toLowerCase();
  return (FIELDS as readonly string[]).includes(f) ? (f as Field) : ALIASES[f];
}

/** Parses a filter expression; an error is one sentence saying what is wrong. */
export function parseFilter(input: string): DashboardFilter | { error: string } {
  const text = input.trim();
  const words = text ? text.split(/\s+/) : [];
  const values: Record<string, string[]> = {};
  const add = (deny: boolean, field: Field, value: string) => (values[deny ? `deny-${field}` : field] ??= []).push(value);
  for (let i = 0; i < words.length; i++) {
    let w = words[i]!;
    let deny = false;
    if (w.startsWith('--')) {
      w = w.slice(2);
      let value: string | undefined;
      const eq = w.indexOf('=');
      if (eq >= 0) {
        value = w.slice(eq + 1);
        w = w.slice(0, eq);
      }
      if (w.startsWith('deny-')) {
        deny = true;
        w = w.slice(5);
      }
      const field = fieldName(w);
      if (!field) return { error: `filter: --${w} is not a filter flag; use ${FIELDS.map((f) => `--${f}`).join(', ')} or their --deny- forms.` };
      value ??= words[++i];
      if (value === undefined || value === '') return { error: `filter: --${deny ? 'deny-' : ''}${field} needs a value, e.g. --${field} ${example(field)}.` };
      add(deny, field, value);
      continue;
    }
    if (w.startsWith('!')) {
      deny = true;
      w = w.slice(1);
    } else if (w.toLowerCase().startsWith('deny-')) {
      deny = true;
      w = w.slice(5);
    }
    const eq = w.indexOf('=');
    if (eq < 0) {
      if (BARE_PROTO.test(w)) add(deny, 'proto', w);
      else if (BARE_ADDR.test(w)) add(deny, 'ip', w);
      else return { error: `filter: '${words[i]}' is neither field=value nor an address or protocol; write e.g. proto=icmp ip=10.85.0.2 !ip=10.85.0.3.` };
      continue;
    }
    const field = fieldName(w.slice(0, eq));
    if (!field) return { error: `filter: '${w.slice(0, eq)}' is not a filter field; use ${FIELDS.join(', ')} (prefix ! to leave out).` };
    const value = w.slice(eq + 1);
    if (!value) return { error: `filter: ${field}= needs a value, e.g. ${field}=${example(field)}.` };
    add(deny, field, value);
  }
  try {
    const { allow, deny } = filtersFromFlags('dashboard', values);
    return { text, allow, deny, compiled: compileFilters({ allow, deny }) };
  } catch (err) {
    if (!(err instanceof UserError)) throw err;
    // "netscope dashboard: --ip: '10.85.0.300' is not …" → "filter ip: '10.85.0.300' is not …"
    return { error: err.message.replace(/^netscope dashboard: --(deny-)?([a-z]+):?/, (_, d: string | undefined, f: string) => `filter ${d ? '!' : ''}${f}:`) };
  }
}

function example(f: Field): string {
  return { proto: 'icmp', ip: '10.85.0.2', port: '5201', netns: 'lab-host01', interface: 'cni0', hook: 'forward', verdict: 'dropped' }[f];
}

/**
 * Whether an envelope passes the filter. The filter narrows journeys, packets and conntrack events;
 * every other kind (qdisc samples, table sizes, status, losses, gaps) always passes, so the charts and
 * counters keep showing the whole host.
 */
export function filterPasses(f: DashboardFilter | undefined, env: Envelope): boolean {
  if (!f || (!env.journey && !env.packet && !env.conntrack)) return true;
  return passes(f.compiled, env);
}
