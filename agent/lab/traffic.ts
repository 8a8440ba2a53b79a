// Traffic inside the lab only: pings and iperf3 bursts between the lab's own namespaces.
import { execIn, runCommand, spawnIn } from './exec.js';

export interface IperfResult {
  /** receiver-side throughput, bits/s */
  bitsPerSecond: number;
  retransmits: number;
}

/**
 * Runs a one-shot iperf3 server in serverNs bound to addr, waits until it listens (no sleeping),
 * runs the client from clientNs for `seconds`, and returns the receiver's rate. The server exits
 * after the one test; it is killed if anything goes wrong.
 */
export async function iperfBurst(clientNs: string, serverNs: string, addr: string, seconds: number, port = 5201): Promise<IperfResult> {
  const server = spawnIn(serverNs, ['iperf3', '-s', '-1', '-B', addr, '-p', String(port)]);
  try {
    const end = Date.now() + 10_000;
    for (;;) {
      if (server.exitCode !== null) throw new Error(`iperf3 server in ${serverNs} exited before listening`);
      const { stdout } = await runCommand(['ss', '-N', serverNs, '-ltnH', `sport = :${port}`]);
      if (stdout.trim()) break;
      if (Date.now() > end) throw new Error(`iperf3 server in ${serverNs} did not listen on ${addr}:${port} within 10 s`);
      await new Promise((r) => setTimeout(r, 50));
    }
    const { stdout } = await execIn(clientNs, ['iperf3', '-c', addr, '-p', String(port), '-t', String(seconds), '-J'], { timeoutMs: (seconds + 20) * 1000 });
    const j = JSON.parse(stdout) as { end?: { sum_received?: { bits_per_second?: number }; sum_sent?: { retransmits?: number } } };
    return { bitsPerSecond: j.end?.sum_received?.bits_per_second ?? 0, retransmits: j.end?.sum_sent?.retransmits ?? 0 };
  } finally {
    if (server.exitCode === null) server.kill('SIGTERM');
    await server;
  }
}

/** `ping -c count` from a namespace; resolves with ping's output, rejects if no reply came back. */
export async function ping(fromNs: string, addr: string, count = 1, intervalS = 0.2): Promise<string> {
  const { stdout } = await execIn(fromNs, ['ping', '-c', String(count), '-i', String(intervalS), '-W', '2', addr], { timeoutMs: (count * intervalS + 5) * 1000 });
  return stdout;
}
