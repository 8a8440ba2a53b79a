// The filter flags of observe / trace / conntrack, turned into the API's allow and deny filters.
// Every value is checked here, so a bad filter fails before connecting, naming its flag.
//   --proto --ip --port --netns --interface --hook --verdict           one allow filter (all must match)
//   --deny-proto --deny-ip --deny-port --deny-netns --deny-interface …  one deny filter (all must match)
//   --pod, --container (and --deny-…): a netns by the name the agent gives a container's or pod's netns
// A flag may be repeated or take a comma list: any of its values matches.
import type { Filter } from '../../agent/server/service.js';
import { netscope } from '../../proto/gen/netscope.js';
import { parseCidr } from '../../agent/probes/filter.js';
import { UserError } from '../../agent/util/errors.js';
import { Hook, Verdict } from '../../proto/index.js';
import type { Options } from '../command.js';

// the enum from the generated code, not service.js: that would load grpc-js into every command that takes filters
const EventKind = netscope.v1.EventKind;
type EventKind = netscope.v1.EventKind;

export const FIELDS = ['proto', 'ip', 'port', 'netns', 'interface', 'hook', 'verdict'] as const;
export type Field = (typeof FIELDS)[number];

// --pod and --container are netns filters by another name (agent/identity names the netns)
const NAMED = ['pod', 'container'] as const;
const named = (f: string): string => ((NAMED as readonly string[]).includes(f) ? 'netns' : f);

export const FILTER_OPTIONS = Object.fromEntries(
  [...FIELDS, ...NAMED].flatMap((f) => [
    [f, { type: 'string', multiple: true }],
    [`deny-${f}`, { type: 'string', multiple: true }],
  ]),
) as Record<Field | (typeof NAMED)[number] | `deny-${Field | (typeof NAMED)[number]}`, { type: 'string'; multiple: true }> satisfies Options;

/** The flags of some fields only (conntrack has no hooks or verdicts); --pod and --container go with netns. */
export function filterOptionsFor(fields: Field[]): Partial<typeof FILTER_OPTIONS> {
  return Object.fromEntries(Object.entries(FILTER_OPTIONS).filter(([k]) => fields.includes(named(k.replace(/^deny-/, '')) as Field)));
}

/** The engines whose containers the agent names `NAME (ENGINE)` (agent/identity/identity.ts label()). */
const CONTAINER_ENGINES = ['podman', 'docker'];

/**
 * --pod [NAMESPACE/]NAME (Hubble's convention; no namespace: default) and --container NAME as the netns
 * names the agent gives them: `pod NAMESPACE/NAME`, `NAME (podman)`, `NAME (docker)`.
 */
function namedNetns(command: string, flag: string, kind: 'pod' | 'container', vals: string[]): string[] {
  return vals.flatMap((v) => {
    if (kind === 'container') {
      if (!/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(v)) throw bad(command, flag, v, 'is not a container name');
      return CONTAINER_ENGINES.map((e) => `${v} (${e})`);
    }
    const [ns, name] = v.includes('/') ? v.split('/', 2) : ['default', v];
    if (!/^[a-z0-9][a-z0-9.-]*$/.test(ns!) || !/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(name ?? '') || v.split('/').length > 2) throw bad(command, flag, v, 'is not a pod; write NAMESPACE/NAME or NAME (in the namespace default)');
    return [`pod ${ns}/${name}`];
  });
}

export const FILTER_HELP = `filters (each may be repeated or take a comma list; any value of a flag matches, all flags must):
  --proto P          icmp, tcp, udp (or an IP protocol number)
  --ip ADDR[/LEN]    an IPv4 address or CIDR at either end (for journeys: before or after NAT)
  --port N           a tcp/udp port at either end
  --netns NAME       the agent's name for a network namespace (e.g. lab-host01, 'web (podman)')
  --pod [NS/]NAME    a pod's netns (CRI runtimes; no NS: default), e.g. --pod default/web-1
  --container NAME   a podman or docker container's netns, e.g. --container web
  --interface DEV    a device the packet crossed (e.g. cni0, veth-pod1, eth0)
  --hook HOOK        a netfilter hook passed: prerouting, input, forward, output, postrouting
  --verdict V        a journey's verdict: delivered, dropped, incomplete
  --deny-proto, --deny-ip, --deny-port, --deny-netns, --deny-interface, --deny-hook, --deny-verdict,
  --deny-pod, --deny-container
                     the same fields as one deny filter: what matches all the --deny-* flags given is
                     left out (e.g. --deny-ip 10.85.0.3 hides everything of that pod)`;

const PROTOS: Record<string, number> = { icmp: 1, tcp: 6, udp: 17 };
const HOOKS: Record<string, number> = { prerouting: Hook.HOOK_PREROUTING, input: Hook.HOOK_INPUT, forward: Hook.HOOK_FORWARD, output: Hook.HOOK_OUTPUT, postrouting: Hook.HOOK_POSTROUTING };
const VERDICTS: Record<string, number> = { delivered: Verdict.VERDICT_DELIVERED, dropped: Verdict.VERDICT_DROPPED, incomplete: Verdict.VERDICT_INCOMPLETE };

const split = (vals: string[] | undefined): string[] => (vals ?? []).flatMap((v) => v.split(',')).map((v) => v.trim());

function bad(command: string, flag: string, value: string, what: string): UserError {
  return new UserError(`netscope ${command}: --${flag}: '${value}' ${what}.`);
}

function field(command: string, flag: string, f: Field, vals: string[], out: Filter): void {
  if (!vals.length) return;
  switch (f) {
    case 'proto':
      out.protocol = vals.map((v) => {
        const p = PROTOS[v.toLowerCase()] ?? (/^\d{1,3}$/.test(v) && Number(v) <= 255 ? Number(v) : undefined);
        if (p === undefined) throw bad(command, flag, v, 'is not a protocol; use icmp, tcp, udp or a protocol number');
        return p;
      });
      return;
    case 'ip':
      out.address = vals.map((v) => {
        if (!parseCidr(v)) throw bad(command, flag, v, 'is not an IPv4 address or CIDR; write it like 10.85.0.2 or 10.85.0.0/16');
        return v;
      });
      return;
    case 'port':
      out.port = vals.map((v) => {
        if (!/^\d{1,5}$/.test(v) || Number(v) < 1 || Number(v) > 65535) throw bad(command, flag, v, 'is not a port; use a number from 1 to 65535');
        return Number(v);
      });
      return;
    case 'netns':
    case 'interface':
      for (const v of vals) if (!v) throw new UserError(`netscope ${command}: --${flag} needs a name, not an empty value.`);
      if (f === 'netns') out.netns = vals;
      else out.interface = vals;
      return;
    case 'hook':
      out.hook = vals.map((v) => {
        const h = HOOKS[v.toLowerCase()];
        if (h === undefined) throw bad(command, flag, v, `is not a netfilter hook; use ${Object.keys(HOOKS).join(', ')}`);
        return h;
      });
      return;
    case 'verdict':
      out.verdict = vals.map((v) => {
        const x = VERDICTS[v.toLowerCase()];
        if (x === undefined) throw bad(command, flag, v, `is not a verdict; use ${Object.keys(VERDICTS).join(', ')}`);
        return x;
      });
      return;
  }
}

/** The allow and deny filter lists of the flags given (each list empty or one filter). */
export function filtersFromFlags(command: string, values: Partial<Record<string, unknown>>): { allow: Filter[]; deny: Filter[] } {
  const allow: Filter = {};
  const deny: Filter = {};
  for (const f of FIELDS) {
    field(command, f, f, split(values[f] as string[] | undefined), allow);
    field(command, `deny-${f}`, f, split(values[`deny-${f}`] as string[] | undefined), deny);
  }
  // --pod/--container add netns names: any of them (or of --netns) matches
  for (const k of NAMED) {
    for (const [flag, out] of [[k, allow], [`deny-${k}`, deny]] as const) {
      const names = namedNetns(command, flag, k, split(values[flag] as string[] | undefined));
      if (names.length) out.netns = [...(out.netns ?? []), ...names];
    }
  }
  return { allow: Object.keys(allow).length ? [allow] : [], deny: Object.keys(deny).length ? [deny] : [] };
}

export const KIND_NAMES: Record<string, EventKind> = {
  packet: EventKind.EVENT_KIND_PACKET,
  journey: EventKind.EVENT_KIND_JOURNEY,
  conntrack: EventKind.EVENT_KIND_CONNTRACK,
  'conntrack-stats': EventKind.EVENT_KIND_CONNTRACK_STATS,
  qdisc: EventKind.EVENT_KIND_QDISC,
  lost: EventKind.EVENT_KIND_LOST,
  gap: EventKind.EVENT_KIND_GAP,
  status: EventKind.EVENT_KIND_STATUS,
};

/** --kind values (repeatable, comma lists); empty means every kind. */
export function kindsFromFlag(command: string, vals: string[] | undefined): EventKind[] {
  return split(vals).map((k) => {
    const kind = KIND_NAMES[k.toLowerCase().replace('_', '-')];
    if (kind === undefined) throw new UserError(`netscope ${command}: --kind: unknown kind '${k}'; use ${Object.keys(KIND_NAMES).join(', ')}.`);
    return kind;
  });
}

/** --since: a duration back from now (30s, 5m, 2h) or an ISO date; wall ns. */
export function sinceFromFlag(command: string, v: string | undefined, now = Date.now()): number {
  if (v === undefined) return 0;
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)$/.exec(v);
  if (m) return Math.round((now - Number(m[1]) * { ms: 1, s: 1e3, m: 60e3, h: 3600e3 }[m[2] as 'ms' | 's' | 'm' | 'h']) * 1e6);
  const t = Date.parse(v);
  if (Number.isNaN(t)) throw new UserError(`netscope ${command}: --since: '${v}' is neither a duration (30s, 5m, 2h) nor a date (2026-01-02T15:04:05Z).`);
  return t * 1e6;
}
