// The kernel's skb drop reasons (enum skb_drop_reason), read once from this kernel's BTF, so that
// kfree_skb's numeric reason prints as "NETFILTER_DROP". The numbers change between kernels: never
// hard-code them.
import { execa } from 'execa';
import { UserError } from '../../util/errors.js';

/** drop reason code → name without the SKB_DROP_REASON_ (or SKB_) prefix */
export type DropReasons = ReadonlyMap<number, string>;

const ENUM_START = 'enum skb_drop_reason {';
// "SKB_DROP_REASON_NETFILTER_DROP = 12," (bpftool prints every value explicitly)
const MEMBER = /^\s*([A-Z0-9_]+)\s*=\s*(\d+),?\s*$/;
// not reasons: the enum's bound and the subsystem mask
const NOT_REASONS = new Set(['SKB_DROP_REASON_MAX', 'SKB_DROP_REASON_SUBSYS_MASK']);

/**
 * Parses `enum skb_drop_reason` out of `bpftool btf dump file /sys/kernel/btf/vmlinux format c`
 * output (the whole dump or any part holding the enum). Returns an empty map if the enum is absent
 * (kernels before 5.17 have no drop reasons).
 */
export function parseDropReasons(cDump: string): DropReasons {
  const reasons = new Map<number, string>();
  const start = cDump.indexOf(ENUM_START);
  if (start < 0) return reasons;
  const end = cDump.indexOf('\n};', start);
  const body = cDump.slice(start + ENUM_START.length, end < 0 ? undefined : end);
  for (const line of body.split('\n')) {
    const m = MEMBER.exec(line);
    if (!m || NOT_REASONS.has(m[1]!)) continue;
    const name = m[1]!.replace(/^SKB_DROP_REASON_/, '').replace(/^SKB_/, '');
    reasons.set(Number(m[2]), name);
  }
  return reasons;
}

/** Runs bpftool on this kernel's BTF and parses the drop reasons (about 0.3 s; do it once, at agent start). */
export async function loadDropReasons(btfPath = '/sys/kernel/btf/vmlinux'): Promise<DropReasons> {
  let stdout: string;
  try {
    ({ stdout } = await execa('bpftool', ['btf', 'dump', 'file', btfPath, 'format', 'c'], { maxBuffer: 256 * 1024 * 1024 }));
  } catch (err) {
    const e = err as { code?: string; shortMessage?: string };
    if (e.code === 'ENOENT') {
      throw new UserError('reading the kernel drop reasons needs bpftool on PATH; install it (apt-get install bpftool) or run scripts/setup.', { cause: err });
    }
    throw new UserError(`reading the kernel drop reasons from ${btfPath} failed (${e.shortMessage ?? String(err)}); is this a kernel with BTF?`, { cause: err });
  }
  return parseDropReasons(stdout);
}
