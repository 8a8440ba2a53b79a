// One conntrack id everywhere. The probes read an entry's kernel address (struct nf_conn *);
// conntrack's own id (netlink CTA_ID, what `conntrack -L -o id` and `netscope conntrack` print) is
// a keyed hash the kernel computes and never stores, so it cannot be read beside the packet. The
// agent joins the two on what both carry: the netns, the zone and the original tuple. Fed with the
// conntrack events and snapshot rows the agent reads; asked when a journey is published. Pure.
import { ConntrackEventType, type ConntrackEvent, type ConntrackRef, type ConntrackTuple } from '../../proto/index.js';

/** how long an entry's id is kept after conntrack reported it destroyed: journeys close after their packets */
const KEEP_AFTER_DESTROY_NS = 30e9;

function tupleKey(netns: number, zone: number, t: ConntrackTuple | null | undefined): string | undefined {
  if (!t || !t.src || !t.dst) return undefined;
  // ICMP: the echo id (conntrack keeps type and code in the tuple too, but not always both sides alike)
  const l4 = t.protocol === 1 ? `i${t.icmpId ?? 0}` : `${t.srcPort ?? 0}/${t.dstPort ?? 0}`;
  return `${netns}|${zone}|${t.protocol ?? 0}|${t.src}|${t.dst}|${l4}`;
}

export class ConntrackIds {
  /** join key → conntrack's id, and when (agent monotonic ns) the entry was reported destroyed (0 while alive) */
  private readonly ids = new Map<string, { id: string; destroyed: number }>();

  constructor(private readonly max = 262144) {}

  get size(): number {
    return this.ids.size;
  }

  /** A conntrack event or snapshot row of a netns (`now` on the agent's monotonic clock). */
  note(ev: ConntrackEvent, now: number): void {
    const e = ev.entry;
    const id = e?.id;
    if (!e || !id) return;
    const key = tupleKey(Number(ev.netns ?? 0), e.zone ?? 0, e.original);
    if (!key) return;
    if (ev.type === ConntrackEventType.CONNTRACK_EVENT_TYPE_DESTROY) {
      const known = this.ids.get(key);
      if (known && known.id === id) known.destroyed = now;
      return;
    }
    this.ids.delete(key); // re-inserted at the end: the map stays in last-report order
    this.ids.set(key, { id, destroyed: 0 });
    if (this.ids.size > this.max) this.ids.delete(this.ids.keys().next().value!);
  }

  /** conntrack's id of the entry a probe read in one of these netns, if conntrack reported it. */
  idOf(ct: ConntrackRef, netns: Iterable<number>): string | undefined {
    for (const ns of netns) {
      const key = tupleKey(ns, ct.zone ?? 0, ct.original);
      const hit = key && this.ids.get(key);
      if (hit) return hit.id;
    }
    return undefined;
  }

  /** Forgets entries destroyed long enough ago. */
  expire(now: number): void {
    for (const [k, v] of this.ids) if (v.destroyed && now - v.destroyed > KEEP_AFTER_DESTROY_NS) this.ids.delete(k);
  }
}
