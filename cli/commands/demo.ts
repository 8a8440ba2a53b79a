// `netscope demo`: the whole story on a throwaway lab — build it, trace a masqueraded ping hop by
// hop, show conntrack and a tbf limit at work, record it all to a file and print the replay
// command, tear everything else down (also on Ctrl-C). `--real` builds only the pod side on this
// host and pings a real second host (host02 of the Vagrantfile) through the real uplink.
import { randomBytes } from 'node:crypto';
import { accessSync, constants, existsSync, lstatSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { Agent } from '../../agent/agent.js';
import { systemClock } from '../../agent/core/clock.js';
import { ownNetns, resolveNetns, type NetnsTarget } from '../../agent/core/netns.js';
import { execIn, labDown, labUp, listLabNetns, planRollback, runCommand, type Step } from '../../agent/lab/lab.js';
import { planReal, REAL_DEFAULT_TARGET, REAL_POD_ADDR, REAL_POD_CIDR, REAL_BRIDGE_ADDR, type HostInterface, type RealPlan } from '../../agent/lab/real.js';
import { HOST01_ADDR, HOST02_ADDR, UPLINK_IF, host01Netns, host02Netns, podAddress, podNetns, isTcRate, tcRateBits } from '../../agent/lab/topology.js';
import { iperfBurst, ping } from '../../agent/lab/traffic.js';
import { parseFilter } from '../../agent/probes/filter.js';
import { startRecorder, type Recorder } from '../../agent/record/recorder.js';
import { parseConntrackList } from '../../agent/sources/conntrack/parse.js';
import { UserError, requireRoot } from '../../agent/util/errors.js';
import { ProbeState, ProbeSet, Direction, type ConntrackEvent, type Envelope, type Journey, type QdiscSample } from '../../proto/index.js';
import { intFlag, parseFlags, type Command } from '../command.js';
import { dashboardColor, needTerminal } from '../dashboard/terminal.js';
import { formatJourney } from '../print/journey.js';
import { styleFor, type Style } from '../print/style.js';
import { conntrackTable, mbit, qdiscTable, table } from '../print/tables.js';

const help = `usage: netscope demo [--tbf RATE] [--pings N] [--iperf-seconds S] [--record FILE]
                    [--dashboard] [--color auto|always|never]
       netscope demo --real [--host02 ADDR] [--pings N] [--record FILE] [--dashboard] [--color …]

Shows what netscope does, on a lab it builds and removes again (needs root):
  1. builds the lab (netscope lab up) with a unique prefix and a tbf limit on host01's uplink,
  2. starts the agent on host01's netns with every probe set this kernel supports (and says
     which it could not attach, and why), and records everything it reports to a file,
  3. pings host02 from pod1 through the bridge and MASQUERADE, and prints each packet's journey
     as netscope trace does: every hop, the rewrite, the conntrack entry, per-hop latency,
  4. shows host01's conntrack table and the conntrack events the pings caused,
  5. runs an iperf3 burst from pod1 to host02 through the tbf and prints the configured rate
     against the measured one, with drops and overlimits,
  6. closes the recording and prints the 'netscope replay' command that shows the journeys again
     (no root needed for it; the file is yours and stays),
  7. tears the lab down and leaves nothing else behind, also when interrupted with Ctrl-C (an
     interrupted demo keeps what it recorded up to then).
All traffic stays inside the lab's network namespaces.

--dashboard shows steps 3 to 5 in the live terminal dashboard instead (the one 'netscope dashboard'
draws) until you quit it with q: pings from both pods and iperf3 bursts through the tbf repeat
every few seconds meanwhile. Then the recording is closed, its replay command printed, and the lab
removed as above.

--real (for two real hosts, e.g. 'vagrant ssh host01' of the project's Vagrantfile) builds only the
pod side, on THIS host, and pings a real host02 through this host's real uplink. It changes this
host, and undoes each change afterwards: a netns demo-XXXX-pod1, a bridge cni0 ${REAL_BRIDGE_ADDR}/24, a veth
pair, net.ipv4.ip_forward=1 (if it was 0), two FORWARD ACCEPT rules for ${REAL_POD_CIDR} and a
MASQUERADE rule in nat POSTROUTING out of the uplink (rules commented 'netscope demo demo-XXXX').
It refuses to run unless host02's address is on the network of a local interface, or when cni0 or
${REAL_POD_CIDR} is in use. It has no tbf step: it never shapes a real interface.

options:
  --tbf RATE          the uplink limit (default 10mbit)
  --pings N           echo requests to send (default 3)
  --iperf-seconds S   length of the iperf3 burst (default 3)
  --record FILE       where to record (default netscope-demo-DATE-TIME.nsrec in the current
                      directory, or in $TMPDIR when that is not writable); replaced if it exists
  --dashboard         the live dashboard until q, with traffic in a loop (see above)
  --real              pod side only, on this host, to a real host02 (see above)
  --host02 ADDR       the real host02 for --real (default ${REAL_DEFAULT_TARGET})
  --color WHEN        auto (default: on a terminal), always or never

examples:
  sudo netscope demo
  sudo netscope demo --record /tmp/demo.nsrec && netscope replay /tmp/demo.nsrec -o journey --speed max --proto icmp
  vagrant ssh host01 -c 'sudo netscope demo --real'`;

function heading(style: Style, n: number, title: string): string {
  return `\n${style.bold(`${n}. ${title}`)}\n`;
}

/** Quotes a word for a POSIX shell only when it needs it, so the printed command runs when pasted. */
export function shellQuote(word: string): string {
  return /^[A-Za-z0-9_./:=@%+,-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** The command that shows the demo's journeys again from its recording. */
export function replayCommand(file: string): string {
  return ['netscope', 'replay', file, '-o', 'journey', '--speed', 'max', '--proto', 'icmp'].map(shellQuote).join(' ');
}

function writableDir(dir: string): boolean {
  try {
    accessSync(dir, constants.W_OK | constants.X_OK);
    return statSync(dir).isDirectory();
  } catch {
    return false;
  }
}

/** Whether anything is at path, a dangling symlink included (existsSync follows links). */
function present(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * netscope-demo-20261123-194512.nsrec in the first writable of cwd and tmpdir; never an existing file
 * (nor a planted link: the name is a guess others can make in a shared $TMPDIR, so the writer creates
 * the file anew and renames it into place, never writing through what is there).
 */
export function defaultRecordPath(now: Date, cwd: string, tmp: string, writable = writableDir, exists = present): string {
  const p = (n: number) => String(n).padStart(2, '0');
  const stamp = `${now.getFullYear()}${p(now.getMonth() + 1)}${p(now.getDate())}-${p(now.getHours())}${p(now.getMinutes())}${p(now.getSeconds())}`;
  const dir = writable(cwd) ? cwd : tmp;
  for (let i = 1; ; i++) {
    const file = join(dir, `netscope-demo-${stamp}${i === 1 ? '' : `-${i}`}.nsrec`);
    if (!exists(file)) return file;
  }
}

/** The recording path from --record (absolute, its directory checked) or the default. */
export function recordPath(flag: string | undefined, cwd = process.cwd(), now = new Date()): string {
  if (flag === undefined) return defaultRecordPath(now, cwd, process.env.TMPDIR || tmpdir());
  if (flag === '' || flag.endsWith('/')) throw new UserError(`netscope demo: --record takes a file name, not '${flag}'; e.g. --record demo.nsrec.`);
  const file = resolve(cwd, flag);
  if (existsSync(file) && statSync(file).isDirectory()) throw new UserError(`netscope demo: --record ${flag} is a directory; give a file name such as ${join(flag, 'demo.nsrec')}.`);
  if (!writableDir(dirname(file))) throw new UserError(`netscope demo: cannot write --record ${flag}: ${dirname(file)} is not a writable directory; choose another place.`);
  return file;
}

/**
 * Under sudo, the user who asked for the recording (the file is theirs; replay needs no root): the
 * writer hands it over with fchown on its open file, never chown by name, which would follow a link.
 */
function sudoUser(): { uid: number; gid: number } | undefined {
  const uid = Number(process.env.SUDO_UID);
  const gid = Number(process.env.SUDO_GID);
  if (!Number.isInteger(uid) || uid <= 0 || !Number.isInteger(gid)) return undefined;
  return { uid, gid };
}

/**
 * What of the agent's stream belongs to the demo: its probes see every namespace of the machine
 * (other labs, other tests), so the recording keeps only envelopes in the demo's own namespaces.
 */
export function belongsTo(prefix: string): (e: Envelope) => boolean {
  const mine = (ns: string | null | undefined) => !!ns && ns.startsWith(`${prefix}-`);
  return (e) => {
    if (e.packet) return mine(e.packet.netnsName);
    if (e.journey) return (e.journey.hops ?? []).some((h) => mine(h.netnsName));
    if (e.conntrack) return mine(e.conntrack.netnsName);
    if (e.conntrackStats) return mine(e.conntrackStats.netnsName);
    if (e.qdisc) return mine(e.qdisc.netnsName);
    return true; // status, losses and gaps concern the whole run
  };
}

/** The agent as the recorder sees it: the same, but its stream passed through `keep`. */
function filteredAgent(agent: Agent, keep: (e: Envelope) => boolean): Agent {
  return new Proxy(agent, {
    get(target, prop) {
      if (prop === 'subscribe') return (sink: (e: Envelope) => void) => target.subscribe((e) => { if (keep(e)) sink(e); });
      const v = Reflect.get(target, prop, target) as unknown;
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** p, or ms passing, whichever comes first; the timer is cleared when p settles (a pending one would keep the process up). */
function within(p: Promise<unknown>, ms: number): Promise<unknown> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([p, new Promise((r) => (timer = setTimeout(r, ms)))]).finally(() => clearTimeout(timer));
}

/** What a Ctrl-C (or SIGTERM/SIGHUP) turned into: the run ends, cleanup follows. */
class Interrupt extends Error {
  constructor(readonly signal: string) {
    super(`interrupted by ${signal}`);
  }
}

export const demo: Command = {
  name: 'demo',
  help,
  async run(argv) {
    const { values } = parseFlags('demo', argv, {
      tbf: { type: 'string' },
      pings: { type: 'string' },
      'iperf-seconds': { type: 'string' },
      record: { type: 'string' },
      real: { type: 'boolean' },
      host02: { type: 'string' },
      dashboard: { type: 'boolean' },
      color: { type: 'string' },
    });
    const style = styleFor(values.color);
    const real = values.real === true;
    if (real && values.tbf !== undefined) throw new UserError(`netscope demo: cannot set both --real and --tbf; --real never shapes a real interface.`);
    if (real && values['iperf-seconds'] !== undefined) throw new UserError(`netscope demo: cannot set both --real and --iperf-seconds; --real sends pings only (host02 runs no iperf3 server).`);
    if (!real && values.host02 !== undefined) throw new UserError(`netscope demo: --host02 is for --real only (the lab's host02 is always ${HOST02_ADDR}); add --real to ping a real host.`);
    const rate = values.tbf ?? '10mbit';
    if (!isTcRate(rate)) throw new UserError(`netscope demo: --tbf '${rate}' is not a tc rate; write it like 10mbit, 500kbit or 1gbit.`);
    const pings = intFlag('demo', 'pings', values.pings, 3, 1, 100);
    const seconds = intFlag('demo', 'iperf-seconds', values['iperf-seconds'], 3, 1, 60);
    const dashboard = values.dashboard === true;
    const noTty = dashboard ? needTerminal('demo', 'leave --dashboard out for the printed tour') : undefined;
    if (noTty) throw noTty;
    const dashColor = dashboard ? dashboardColor('demo', values.color) : false;
    const dash = dashboard ? await import('../dashboard/index.js') : undefined; // blessed only when drawn
    const file = recordPath(values.record);
    requireRoot('netscope demo');
    const out = (s = '') => process.stdout.write(s + '\n');

    const prefix = `demo-${randomBytes(2).toString('hex')}`;
    const target = real ? values.host02 ?? REAL_DEFAULT_TARGET : HOST02_ADDR;
    let realPlan: RealPlan | undefined;
    if (real) {
      const { stdout } = await runCommand(['ip', '-j', 'addr', 'show']);
      realPlan = planReal({ prefix, target, interfaces: JSON.parse(stdout) as HostInterface[], ipForward: readFileSync('/proc/sys/net/ipv4/ip_forward', 'utf8') });
    }
    const pod1 = podNetns(prefix, 1);
    const podAddr = real ? REAL_POD_ADDR : podAddress(1);

    // --- interruption: every signal ends the current step at once; cleanup then removes everything
    let interruptedBy: string | undefined;
    const abort = new AbortController();
    let raise: (sig: string) => void = () => undefined;
    const interrupted = new Promise<never>((_, reject) => {
      raise = (sig) => {
        if (interruptedBy) return; // a second Ctrl-C while cleaning up: cleanup still finishes
        interruptedBy = sig;
        abort.abort();
        reject(new Interrupt(sig));
      };
    });
    interrupted.catch(() => undefined);
    // on, not once: execa's signal-exit re-raises a signal when it sees no other listener
    const handlers = (['SIGINT', 'SIGTERM', 'SIGHUP'] as const).map((sig) => {
      const h = () => raise(sig);
      process.on(sig, h);
      return [sig, h] as const;
    });
    let inflight: Promise<unknown> = Promise.resolve();
    let inflightKind: 'setup' | 'traffic' = 'setup';
    const step = <T>(p: Promise<T>, kind: 'setup' | 'traffic' = 'traffic'): Promise<T> => {
      inflight = p.catch(() => undefined);
      inflightKind = kind;
      return Promise.race([p, interrupted]);
    };

    // --- what was built, and how to remove it
    let agent: Agent | undefined;
    let agentStarted = false;
    let recorder: Recorder | undefined;
    let realDone = 0;
    const killInNamespaces = async () => {
      // ping, iperf3 and anything else still running inside the demo's namespaces
      for (const ns of await listLabNetns(prefix).catch(() => [] as string[])) {
        const { stdout } = await runCommand(['ip', 'netns', 'pids', ns]).catch(() => ({ stdout: '' }));
        for (const pid of stdout.split(/\s+/).filter(Boolean).map(Number)) {
          if (pid !== process.pid) {
            try {
              process.kill(pid, 'SIGKILL');
            } catch {
              /* gone already */
            }
          }
        }
      }
    };
    let cleaning: Promise<string[]> | undefined;
    const cleanup = (reason: string) =>
      (cleaning ??= (async () => {
        const problems: string[] = [];
        // lab up honours the abort (it rolls back); agent start finishes attaching, then stops
        if (inflightKind === 'setup') await within(inflight, 30_000);
        if (agent && agentStarted) await agent.stop().catch((e: Error) => problems.push(`stopping the agent: ${e.message}`));
        await killInNamespaces();
        await within(inflight, 10_000);
        recorder?.stop(reason);
        if (real && realPlan) {
          for (const undo of planRollback(realPlan.steps, realDone)) {
            await runCommand(undo.argv).catch((e: Error) => problems.push(`${undo.description}: ${e.message}`));
          }
          realDone = 0;
        }
        await killInNamespaces();
        await labDown(prefix).catch((e: Error) => problems.push(`removing the lab: ${e.message}`));
        return problems;
      })());

    try {
      out(style.bold(real ? `netscope demo --real — pod side '${prefix}' on this host, host02 ${target}` : `netscope demo — lab '${prefix}'`));
      const agentNetns: NetnsTarget[] = [];
      let h01Name: string;
      if (real && realPlan) {
        out(heading(style, 1, 'Pod network on this host'));
        out(`host02 ${target} is on ${realPlan.uplink} (${realPlan.uplinkCidr}); building the pod side:`);
        const steps: Step[] = realPlan.steps;
        for (const s of steps) {
          if (interruptedBy) throw new Interrupt(interruptedBy);
          out(`  ${s.description}`);
          // counted when the command has run, even if a Ctrl-C ended the wait for it: cleanup undoes it
          await step(runCommand(s.argv, { timeoutMs: 30_000 }).then(() => void realDone++), 'setup');
        }
        out(table([
          ['NAMESPACE', 'ROLE', 'ADDRESS'],
          [pod1, 'pod', `${REAL_POD_ADDR}/24 via ${REAL_BRIDGE_ADDR} (cni0)`],
          ['(this host)', 'node', `${realPlan.uplinkCidr} on ${realPlan.uplink}, bridge cni0 ${REAL_BRIDGE_ADDR}/24, MASQUERADE for ${REAL_POD_CIDR} out of ${realPlan.uplink}`],
          ['(real host)', 'other host', target],
        ], style).join('\n'));
        agentNetns.push(ownNetns());
        h01Name = ownNetns().name;
      } else {
        out(heading(style, 1, 'Lab'));
        await step(labUp({ prefix, pods: 2, tbf: rate }, { signal: abort.signal }), 'setup');
        const h01 = host01Netns(prefix);
        out(table([
          ['NAMESPACE', 'ROLE', 'ADDRESS'],
          [pod1, 'pod', `${podAddress(1)}/16 via 10.85.0.1 (cni0)`],
          [podNetns(prefix, 2), 'pod', `${podAddress(2)}/16`],
          [h01, 'node', `${HOST01_ADDR}/24 on ${UPLINK_IF} (tbf ${rate}), bridge cni0 10.85.0.1/16, MASQUERADE for 10.85.0.0/16`],
          [host02Netns(prefix), 'other host', `${HOST02_ADDR}/24`],
        ], style).join('\n'));
        agentNetns.push(resolveNetns(h01));
        h01Name = h01;
      }

      out(heading(style, 2, 'Agent'));
      const envs: Envelope[] = [];
      // on a real host only the demo's own packets: the host's other traffic (ssh, …) is not the demo's business
      const filter = real ? parseFilter({ host: target }) : {};
      const clock = systemClock();
      agent = new Agent({ netns: agentNetns, probes: 'auto', filter, clock, warn: () => undefined });
      agent.subscribe((e) => {
        if (e.journey || e.conntrack || e.qdisc) envs.push(e);
      });
      agentStarted = true;
      const status = await step(agent.start(), 'setup');
      const setName: Record<number, string> = { [ProbeSet.PROBE_SET_TRACEPOINT]: 'tracepoint', [ProbeSet.PROBE_SET_NETFILTER]: 'netfilter', [ProbeSet.PROBE_SET_KPROBE]: 'kprobe' };
      out(table([
        ['PROBE SET', 'STATE', 'WHY'],
        ...(status.probeSets ?? []).map((s) => [setName[s.set ?? 0] ?? '?', s.state === ProbeState.PROBE_STATE_ATTACHED ? style.green('attached') : style.yellow('not attached'), s.reason ?? (s.state === ProbeState.PROBE_STATE_ATTACHED ? `in ${(s.netns ?? []).join(', ')}` : '')]),
      ], style).join('\n'));
      // what the demo shows as journeys is what its replay command shows: every ICMP journey recorded
      const keep = real ? () => true : belongsTo(prefix);
      const shown = (e: Envelope) => e.journey?.headers?.protocol === 1 && keep(e);
      const recStart = envs.length;
      recorder = await step(startRecorder(real ? agent : filteredAgent(agent, keep), file, { clock, owner: sudoUser(), filter: real ? `host=${target}` : '', command: ['netscope', 'demo', ...argv].join(' ') }), 'setup');
      out(`\nrecording everything the agent reports ${real ? '' : "in the lab's namespaces "}to ${file}`);

      if (dashboard) {
        const loop = { stop: false, rounds: 0, failures: [] as string[] };
        const traffic = (async () => {
          const pods = real ? [pod1] : [pod1, podNetns(prefix, 2)];
          while (!loop.stop && !interruptedBy) {
            try {
              // the burst first, the pings last: the pause between rounds shows the pings' journeys on top
              if (!real) await iperfBurst(pod1, host02Netns(prefix), HOST02_ADDR, Math.min(seconds, 3));
              for (const p of pods) if (!loop.stop) await ping(p, target, pings);
              loop.rounds++;
            } catch (err) {
              if (!loop.stop) loop.failures.push((err as Error).message.split('\n')[0]!);
              if (loop.failures.length > 5) break; // something is wrong with the lab: stop trying
            }
            for (let i = 0; i < 30 && !loop.stop; i++) await sleep(100);
          }
        })();
        inflight = traffic;
        inflightKind = 'traffic';
        const outcome = await dash!.runDashboard(dash!.feedFromAgent(real ? agent : filteredAgent(agent, keep)), { title: `netscope demo${real ? ' --real' : ''} — ${prefix}`, color: dashColor });
        loop.stop = true;
        await killInNamespaces(); // a ping or iperf3 under way ends now
        await traffic;
        if (interruptedBy) throw new Interrupt(interruptedBy);
        out(`dashboard closed after ${outcome.received} envelopes; ${loop.rounds} round${loop.rounds === 1 ? '' : 's'} of traffic${loop.failures.length ? ` (${loop.failures.length} failed: ${loop.failures.at(-1)})` : ''}.`);
        out(heading(style, 3, 'Recording'));
        agentStarted = false;
        await step(agent.stop(), 'setup');
        const st = recorder.stop('demo finished');
        recorder = undefined;
        out(`${st.events} events in ${st.files.join(', ')} (${st.bytes} bytes). Show the journeys again, without root:`);
        out(`  ${replayCommand(file)}`);
        out(heading(style, 4, 'Cleanup'));
        const problems = await cleanup('demo finished');
        if (problems.length) throw new UserError(`netscope demo: cleaning up failed (${problems.join('; ')}); remove what is left with 'netscope lab down --prefix ${prefix}'.`);
        out(`removed ${real ? 'the pod side' : 'lab'} '${prefix}' and stopped the agent; the recording ${basename(file)} stays.`);
        return 0;
      }

      out(heading(style, 3, `Trace: ${pings} ping${pings === 1 ? '' : 's'} from ${pod1} (${podAddr}) to host02 (${target})`));
      const mark = envs.length;
      await step(ping(pod1, target, pings));
      // the ping's own journeys: its requests from the pod and their replies, each through host01
      const complete = (j: Journey) => j.headers?.protocol === 1 && (j.headers.src === podAddr || j.direction === Direction.DIRECTION_REPLY) && (j.hops ?? []).some((h) => h.netnsName === h01Name);
      const seen = () => envs.slice(mark).filter((e) => e.journey && complete(e.journey)).length;
      const deadline = Date.now() + 5000;
      while (seen() < 2 * pings && Date.now() < deadline) await step(sleep(50));
      // then until no ICMP journey has come for 300 ms: late parts are shown here, not lost
      const icmpCount = () => envs.slice(recStart).filter(shown).length;
      for (let last = icmpCount(), quietSince = Date.now(); Date.now() - quietSince < 300 && Date.now() < deadline + 2000; ) {
        await step(sleep(50));
        const now = icmpCount();
        if (now !== last) (last = now, quietSince = Date.now());
      }
      const printed = envs.length;
      const js = envs.slice(recStart, printed).filter(shown).map((e) => e.journey!);
      if (!js.length) out(style.red('no journeys were seen: the probes did not report the pings (see the probe sets above)'));
      for (const j of js) out(formatJourney(j, style).join('\n') + '\n');

      const ctWhere = real ? 'this host' : h01Name;
      out(heading(style, 4, `Conntrack in ${ctWhere}`));
      const mine = (e: ConntrackEvent) => !real || e.entry?.original?.src === podAddr;
      const events = envs.slice(mark).flatMap((e) => (e.conntrack && mine(e.conntrack) ? [e.conntrack as ConntrackEvent] : []));
      out('events the pings caused:');
      out(events.length ? conntrackTable(events, style, true).join('\n') : '  (none)');
      const listArgv = ['conntrack', '-L', '-o', 'extended,id', ...(real ? ['-s', podAddr] : [])];
      const { stdout } = await step(real ? runCommand(listArgv).catch(() => ({ stdout: '' })) : execIn(h01Name, listArgv));
      out(real ? `\nthe table now (entries from ${podAddr}):` : '\nthe table now:');
      out(conntrackTable(parseConntrackList(stdout, { netnsName: h01Name }).events, style).join('\n'));

      let n = 5;
      if (!real) {
        out(heading(style, n++, `Bandwidth: ${seconds} s iperf3 from ${pod1} to host02 through tbf ${rate}`));
        const qmark = envs.length;
        const result = await step(iperfBurst(pod1, host02Netns(prefix), HOST02_ADDR, seconds));
        await step(sleep(1100)); // one more qdisc sample after the burst
        const samples = envs.slice(qmark).flatMap((e) => (e.qdisc && e.qdisc.kind === 'tbf' && e.qdisc.netnsName === h01Name ? [e.qdisc as QdiscSample] : []));
        const busy = samples.filter((s) => (s.bytesPerS ?? 0) > 0);
        const peak = Math.max(0, ...busy.map((s) => s.bytesPerS ?? 0));
        const configured = tcRateBits(rate) / 8;
        const last = samples.at(-1);
        out(table([
          ['', 'RATE'],
          ['configured (tbf)', mbit(configured)],
          ['measured at the qdisc (peak 1 s)', `${mbit(peak)}  (${((peak / configured) * 100).toFixed(0)}% of the limit)`],
          ['iperf3 receiver', `${(result.bitsPerSecond / 1e6).toFixed(2)} Mbit/s`],
        ], style).join('\n'));
        if (last) out('\n' + qdiscTable([last], style).join('\n'));
      }

      out(heading(style, n++, 'Recording'));
      agentStarted = false;
      await step(agent.stop(), 'setup'); // closes open journeys, which are still recorded
      const s = recorder.stop('demo finished');
      recorder = undefined;
      const late = envs.slice(printed).filter(shown).map((e) => e.journey!);
      if (late.length) {
        out(`ICMP journeys the agent finished after the trace above (also in the recording):\n`);
        for (const j of late) out(formatJourney(j, style).join('\n') + '\n');
      }
      out(`${s.events} events in ${s.files.join(', ')} (${s.bytes} bytes). Show the journeys again, without root:`);
      out(`  ${replayCommand(file)}`);
      out(`or everything it recorded: netscope replay ${shellQuote(file)} --speed max; its header and snapshots: netscope inspect ${shellQuote(file)}`);

      out(heading(style, n++, 'Cleanup'));
      const problems = await cleanup('demo finished');
      if (problems.length) throw new UserError(`netscope demo: cleaning up failed (${problems.join('; ')}); remove what is left with 'netscope lab down --prefix ${prefix}'.`);
      out(real
        ? `removed the pod side '${prefix}' (namespace, bridge, veth, rules${realPlan?.steps.some((x) => x.argv.includes('net.ipv4.ip_forward=1')) ? ', ip_forward' : ''}) and stopped the agent; the recording ${basename(file)} stays.`
        : `removed lab '${prefix}' and stopped the agent: no namespace, probe or process of the demo remains; the recording ${basename(file)} stays.`);
      return 0;
    } catch (err) {
      // a child killed by the same Ctrl-C may fail its step before our handler has run
      if (!(err instanceof Interrupt) && !interruptedBy) await sleep(100);
      const sig = err instanceof Interrupt ? err.signal : interruptedBy;
      if (sig) {
        const problems = await cleanup(`interrupted by ${sig}`);
        const kept = existsSync(file) ? `; what was recorded until then is in ${file}` : '';
        const removed = problems.length ? `cleaning up failed (${problems.join('; ')}), so run 'netscope lab down --prefix ${prefix}'` : `${real ? 'the pod side' : 'the lab'} '${prefix}' was removed`;
        throw new UserError(`netscope demo: interrupted by ${sig}; ${removed}${kept}.`, { exitCode: 130 });
      }
      throw err;
    } finally {
      await cleanup('error');
      for (const [sig, h] of handlers) process.removeListener(sig, h);
    }
  },
};
