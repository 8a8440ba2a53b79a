// SPDX-License-Identifier: (GPL-2.0 OR Apache-2.0)
/*
 * packet_path.bpf.c — the tracepoint probe set as a CO-RE object: every IPv4 packet's transmit,
 * receive, drop and qdisc enqueue/dequeue, one fixed-layout record (tp_record.h) per sighting in a
 * ring buffer. It replaces bpftrace's packet-path.bt for the agent (same probes, same filters,
 * same fields) because bpftrace's userspace formats ~65k lines/s at most; this object's records
 * go through bpf/netfilter/loader.c (`--set tracepoint`) as binary frames.
 *
 * Programs (BTF-enabled raw tracepoints, SEC("tp_btf/…"), attached by libbpf):
 *   ns_xmit     net:net_dev_start_xmit   TP_KIND_XMIT      IP header at skb->head + network_header
 *   ns_receive  net:netif_receive_skb    TP_KIND_RECEIVE   IP header at skb->data (MAC pulled)
 *   ns_netif_rx net:netif_rx             TP_KIND_NETIF_RX  (off by default, see TP_KINDS_DEFAULT)
 *   ns_drop     skb:kfree_skb            TP_KIND_DROP      + reason (enum skb_drop_reason), location
 *   ns_consume  skb:consume_skb          TP_KIND_CONSUME   + location (6.3+; the compat build has none):
 *               the normal end of an skb. Without it a consumed packet is never seen to end and the
 *               slab's next packet at the same address looked like more of the same journey
 *   ns_enqueue  qdisc:qdisc_enqueue      TP_KIND_ENQUEUE   + qdisc kind, handle, parent, qlen
 *   ns_dequeue  qdisc:qdisc_dequeue      TP_KIND_DEQUEUE   (the first skb of a bulk dequeue)
 *
 * Example — the loader's --format json output for one ping from netns A (10.201.0.1) over veth va
 * to vb in netns B (captured the same way as test/fixtures/bpftrace/tracepoint-icmp.jsonl):
 *   {"type":"tp","kind":"xmit","mono_ns":"4083371058118","cpu":1,"skb":"0xffff88814e0a4d00",
 *    "netns":4026532955,"ifindex":2,"ifname":"va","headers":{"src":"10.201.0.1","dst":"10.201.0.2",
 *    "protocol":1,"length":84,"ttl":64,"ip_id":57146,"icmp_type":8,"icmp_code":0,"icmp_id":15682,
 *    "icmp_seq":1}}
 *
 * In-kernel filter (struct tp_config in .rodata, set by the loader before load): kinds, netns,
 * IP protocol, up to two address/CIDRs (source or destination), one tcp/udp port. A packet the
 * filter rejects emits nothing. Address and port filters follow the packet across NAT: once a
 * sighting matches, its skb is remembered (`follow`, with its IP id) and its later sightings pass
 * whatever NAT made of its headers; and the sightings of the same packet that this CPU rejected
 * just before (`stash`: the hops before a DNAT, e.g. the uplink's receive) are emitted when it
 * first matches. Both cost only with an address or port filter.
 *
 * Caveats (as for packet-path.bt):
 * - IPv4 only. A non-first fragment has no L4 fields (and a port filter drops it).
 * - Not every free passes a tracepoint (TCP frees pure ACKs and coalesced segments with __kfree_skb,
 *   and the NAPI cache recycles skbs without the slab): the agent also checks that each sighting is
 *   the same packet (IP id, TCP seq/ack, ICMP seq) before it joins a journey.
 * - kfree_skb fires for every freed-as-dropped skb on the host: filter, or expect many. Ping's raw
 *   socket gets a clone; the original reply is freed in ping_rcv with NO_SOCKET.
 * - qlen is read in the probe; another CPU may already have dequeued.
 * - Records that do not fit the ring buffer are counted per CPU in `lost`; every record the
 *   programs produce (written or lost) is counted in `counts` (the kernel side of the agent's
 *   per-stage accounting).
 *
 * Kernel: BTF (/sys/kernel/btf/vmlinux) and tp_btf programs (5.5+), skb:kfree_skb with a reason
 * (5.17+); this object reads headers with direct loads through bpf_rdonly_cast (6.2+), and
 * packet_path_compat.bpf.o (-DNS_TP_COMPAT) with bpf_probe_read_kernel where it does not load. Needs root (CAP_BPF + CAP_PERFMON). Built CO-RE with clang -O2 -g -target bpf.
 */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>
#include <bpf/bpf_endian.h>
#include <bpf/bpf_tracing.h>

#include "tp_record.h"

#define ETH_P_IP 0x0800
#define IP_OFFSET 0x1fff

char LICENSE[] SEC("license") = "Dual BSD/GPL";

/* Set by the loader before load; defaults record everything but netif_rx. */
volatile const struct tp_config tp_cfg = {
	.kinds = TP_KINDS_DEFAULT,
};

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 16 << 20);
} events SEC(".maps");

/* Records that did not fit into the ring buffer. */
struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u64);
} lost SEC(".maps");

/* Records produced (written + lost): slot NS_COUNT_EMITTED. */
struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, NS_COUNT_SLOTS);
	__type(key, __u32);
	__type(value, __u64);
} counts SEC(".maps");

/* Forces BTF for the record so `bpftool btf dump` documents it next to the code. */
struct tp_record _tp_record_btf = {};

/* Packets that matched the address/port filter, by skb: their later sightings pass too. */
struct follow_val {
	__u64 ts;
	__u16 ip_id;
};

struct {
	__uint(type, BPF_MAP_TYPE_LRU_HASH);
	__uint(max_entries, 16384);
	__type(key, __u64);
	__type(value, struct follow_val);
} follow SEC(".maps");

/* The latest sightings this CPU rejected on address or port, emitted if their packet matches next. */
#define STASH_SLOTS 8
struct stash {
	__u32 next;
	__u32 pad;
	struct tp_record r[STASH_SLOTS];
};

/*
 * A record's skb field in the stash, as one aligned 64-bit word (records are 120 bytes and start
 * 8 bytes into the map value, so the field is 8-aligned): a packed field's store is split in
 * pieces, and the verifier takes a pointer into a map only whole.
 */
#define STASHED_SKB(st, i) (*(__u64 *)((void *)&(st)->r[(i)] + 8))

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct stash);
} stash SEC(".maps");

static __always_inline bool addr_match(__be32 a)
{
	__u8 n = tp_cfg.nhosts;

	if (n > 0 && (a & tp_cfg.mask[0]) == tp_cfg.host[0])
		return true;
	if (n > 1 && (a & tp_cfg.mask[1]) == tp_cfg.host[1])
		return true;
	return false;
}

/*
 * The reject path is what every packet on the host pays when the filter does not want it (with
 * --proto icmp: all TCP traffic), so it is kept short: the skb and device fields come from direct
 * loads (tp_btf arguments are BTF pointers; the loads are CO-RE-relocated and fault-safe), the
 * packet's headers too where the kernel has bpf_rdonly_cast (6.2+; it makes the header a read-only
 * BTF pointer, so each field is one fault-safe load instead of a bpf_probe_read_kernel call, which
 * measured ~35 ns more per run here), and the record is zeroed and filled only for a packet that
 * passed. The kfunc is needed to load at all (and a weak one cannot be tested for before 6.4), so
 * the same source is also built with -DNS_TP_COMPAT as packet_path_compat.bpf.o, which reads each
 * header with one bpf_probe_read_kernel: the agent loads that one when this one does not load.
 */
#ifdef NS_TP_COMPAT
#define DIRECT_LOADS 0
#define bpf_rdonly_cast(obj, id) ((void *)0)
#else
#define DIRECT_LOADS 1
extern void *bpf_rdonly_cast(const void *obj, __u32 btf_id) __ksym;
#endif
static __always_inline __u32 dev_netns(const struct net_device *dev)
{
	return dev->nd_net.net->ns.inum;
}

#define IP_NO 0        /* not IPv4, or another protocol: nothing to follow */
#define IP_YES 1       /* passes the filter */
#define IP_ADDR_NO 2   /* fails the address filter only: the packet may match at another hop (NAT) */

/* Reads the IPv4 header at ip and applies the protocol and address filters. */
static __always_inline int ip_wanted(struct iphdr *iph, const unsigned char *ip)
{
	bool addr_ok;

	if (DIRECT_LOADS) {
		const struct iphdr *h = bpf_rdonly_cast(ip, bpf_core_type_id_kernel(struct iphdr));

		/* the verdict from the fields themselves; the copy only for a packet that passes */
		if (h->version != 4)
			return IP_NO;
		if (tp_cfg.proto && h->protocol != tp_cfg.proto)
			return IP_NO;
		addr_ok = !tp_cfg.nhosts || addr_match(h->saddr) || addr_match(h->daddr);
		/* field by field: the verifier allows no load that spans two members of a BTF struct */
		iph->ihl = h->ihl;
		iph->version = 4;
		iph->protocol = h->protocol;
		iph->ttl = h->ttl;
		iph->tot_len = h->tot_len;
		iph->id = h->id;
		iph->frag_off = h->frag_off;
		iph->saddr = h->saddr;
		iph->daddr = h->daddr;
		return addr_ok ? IP_YES : IP_ADDR_NO;
	}
	if (bpf_probe_read_kernel(iph, sizeof(*iph), ip))
		return IP_NO;
	if (iph->version != 4)
		return IP_NO;
	if (tp_cfg.proto && iph->protocol != tp_cfg.proto)
		return IP_NO;
	addr_ok = !tp_cfg.nhosts || addr_match(iph->saddr) || addr_match(iph->daddr);
	return addr_ok ? IP_YES : IP_ADDR_NO;
}

/*
 * Copies the wanted IPv4 header into r, reads the L4 header behind it and applies the port filter;
 * false when the port filter rejects the packet.
 */
static __always_inline bool fill_headers(struct tp_record *r, const struct iphdr *iph, const unsigned char *ip)
{
	r->saddr = iph->saddr;
	r->daddr = iph->daddr;
	r->proto = iph->protocol;
	r->ttl = iph->ttl;
	r->tot_len = bpf_ntohs(iph->tot_len);
	r->ip_id = bpf_ntohs(iph->id);
	r->frag_off = bpf_ntohs(iph->frag_off);
	if (!(r->frag_off & IP_OFFSET)) {
		const unsigned char *l4 = ip + iph->ihl * 4;

		if (DIRECT_LOADS) {
			if (iph->protocol == IPPROTO_TCP || iph->protocol == IPPROTO_UDP) {
				const struct udphdr *uh = bpf_rdonly_cast(l4, bpf_core_type_id_kernel(struct udphdr));

				/* ports lead both headers */
				r->l4a = bpf_ntohs(uh->source);
				r->l4b = bpf_ntohs(uh->dest);
				if (iph->protocol == IPPROTO_TCP) {
					const struct tcphdr *th = bpf_rdonly_cast(l4, bpf_core_type_id_kernel(struct tcphdr));

					r->tcp_flags = ((const __u8 *)th)[13];
					r->tcp_seq = bpf_ntohl(th->seq);
					r->tcp_ack = bpf_ntohl(th->ack_seq);
				}
				r->flags |= TP_REC_F_L4;
			} else if (iph->protocol == IPPROTO_ICMP) {
				const struct icmphdr *ih = bpf_rdonly_cast(l4, bpf_core_type_id_kernel(struct icmphdr));

				r->l4a = ih->type;
				r->l4b = ih->code;
				r->l4c = bpf_ntohs(ih->un.echo.id);
				r->l4d = bpf_ntohs(ih->un.echo.sequence);
				r->flags |= TP_REC_F_L4;
			}
		} else {
			__u8 b[16];

			if (!bpf_probe_read_kernel(b, sizeof(b), l4)) {
				if (iph->protocol == IPPROTO_TCP || iph->protocol == IPPROTO_UDP) {
					r->l4a = (b[0] << 8) | b[1];
					r->l4b = (b[2] << 8) | b[3];
					if (iph->protocol == IPPROTO_TCP) {
						r->tcp_flags = b[13];
						r->tcp_seq = ((__u32)b[4] << 24) | ((__u32)b[5] << 16) | ((__u32)b[6] << 8) | b[7];
						r->tcp_ack = ((__u32)b[8] << 24) | ((__u32)b[9] << 16) | ((__u32)b[10] << 8) | b[11];
					}
					r->flags |= TP_REC_F_L4;
				} else if (iph->protocol == IPPROTO_ICMP) {
					r->l4a = b[0];
					r->l4b = b[1];
					r->l4c = (b[4] << 8) | b[5];
					r->l4d = (b[6] << 8) | b[7];
					r->flags |= TP_REC_F_L4;
				}
			}
		}
	}
	if (tp_cfg.port) {
		if (!(r->flags & TP_REC_F_L4) || (r->proto != IPPROTO_TCP && r->proto != IPPROTO_UDP))
			return false;
		if (r->l4a != tp_cfg.port && r->l4b != tp_cfg.port)
			return false;
	}
	return true;
}

/* Whether the address/port filter is on (then rejected packets are followed and stashed). */
static __always_inline bool following(void)
{
	return tp_cfg.nhosts || tp_cfg.port;
}

static __always_inline void submit(struct tp_record *r, const struct sk_buff *skb, __u8 kind)
{
	__u32 zero = 0;
	__u64 *n;

	r->ts_ns = bpf_ktime_get_ns();
	r->skb = (__u64)skb;
	r->kind = kind;
	r->version = TP_RECORD_VERSION;
	r->cpu = bpf_get_smp_processor_id();
	n = bpf_map_lookup_elem(&counts, &zero);
	if (n)
		*n += 1; /* per-CPU slot: no atomics needed */
	if (bpf_ringbuf_output(&events, r, sizeof(*r), 0)) {
		n = bpf_map_lookup_elem(&lost, &zero);
		if (n)
			*n += 1;
	}
}

/*
 * A sighting the address/port filter rejected: it passes if its skb matched before with the same
 * IP id (the packet after NAT rewrote it); otherwise it waits in this CPU's stash in case the same
 * packet matches at its next hop (before a DNAT). True when it passes.
 */
static __always_inline bool follow_or_stash(struct tp_record *r, const struct sk_buff *skb, __u8 kind)
{
	__u64 key = (__u64)skb;
	struct follow_val *f = bpf_map_lookup_elem(&follow, &key);
	__u32 zero = 0;
	struct stash *st;

	if (f && f->ip_id == r->ip_id)
		return true;
	st = bpf_map_lookup_elem(&stash, &zero);
	if (st) {
		__u32 i = st->next % STASH_SLOTS;

		r->ts_ns = bpf_ktime_get_ns();
		r->kind = kind;
		r->version = TP_RECORD_VERSION;
		r->cpu = bpf_get_smp_processor_id();
		__builtin_memcpy(&st->r[i], r, sizeof(*r));
		STASHED_SKB(st, i) = key;
		st->next = i + 1;
	}
	return false;
}

/* A sighting that matched: remember its skb, and emit what this CPU stashed of the same packet. */
static __always_inline void follow_matched(const struct tp_record *r, const struct sk_buff *skb)
{
	struct follow_val v = { .ts = r->ts_ns, .ip_id = r->ip_id };
	__u64 key = (__u64)skb;
	__u32 zero = 0;
	struct stash *st;
	__u64 *n;
	int i;

	bpf_map_update_elem(&follow, &key, &v, BPF_ANY);
	st = bpf_map_lookup_elem(&stash, &zero);
	if (!st)
		return;
	for (i = 0; i < STASH_SLOTS; i++) {
		if (STASHED_SKB(st, i) != key || st->r[i].ip_id != r->ip_id)
			continue;
		n = bpf_map_lookup_elem(&counts, &zero);
		if (n)
			*n += 1;
		if (bpf_ringbuf_output(&events, &st->r[i], sizeof(st->r[i]), 0)) {
			n = bpf_map_lookup_elem(&lost, &zero);
			if (n)
				*n += 1;
		}
		STASHED_SKB(st, i) = 0;
	}
}

/*
 * The filter's last word on a filled record: emitted when it matched or follows a packet that did;
 * stashed otherwise. `ip_ok` is ip_wanted()'s verdict on the addresses, `l4_ok` fill_headers()'s on
 * the port.
 */
static __always_inline void decide(struct tp_record *r, const struct sk_buff *skb, __u8 kind, int ip_ok, bool l4_ok)
{
	if (ip_ok == IP_YES && l4_ok) {
		submit(r, skb, kind);
		if (following())
			follow_matched(r, skb);
		return;
	}
	if (following() && follow_or_stash(r, skb, kind))
		submit(r, skb, kind);
}

static __always_inline bool wanted(__u8 kind)
{
	return tp_cfg.kinds & (1U << kind);
}

/* The device's index and name into r. */
static __always_inline void fill_dev(struct tp_record *r, const struct net_device *dev)
{
	r->ifindex = dev->ifindex;
	__builtin_memcpy(r->ifname, dev->name, sizeof(r->ifname));
}

/* A device hop: xmit (IP header at network_header) or receive/netif_rx (at data). */
static __always_inline int device_hop(const struct sk_buff *skb, __u8 kind, bool at_data)
{
	const struct net_device *dev;
	const unsigned char *ip;
	struct tp_record r;
	struct iphdr iph;
	bool l4;
	int ok;

	if (!wanted(kind))
		return 0;
	if (skb->protocol != bpf_htons(ETH_P_IP))
		return 0;
	dev = skb->dev;
	if (!dev)
		return 0;
	if (tp_cfg.netns && dev_netns(dev) != tp_cfg.netns)
		return 0;
	ip = at_data ? skb->data : skb->head + skb->network_header;
	ok = ip_wanted(&iph, ip);
	if (ok == IP_NO)
		return 0;
	__builtin_memset(&r, 0, sizeof(r));
	l4 = fill_headers(&r, &iph, ip);
	if (!l4 && !following())
		return 0;
	r.netns = dev_netns(dev);
	fill_dev(&r, dev);
	decide(&r, skb, kind, ok, l4);
	return 0;
}

SEC("tp_btf/net_dev_start_xmit")
int BPF_PROG(ns_xmit, const struct sk_buff *skb, const struct net_device *dev)
{
	return device_hop(skb, TP_KIND_XMIT, false);
}

SEC("tp_btf/netif_receive_skb")
int BPF_PROG(ns_receive, struct sk_buff *skb)
{
	return device_hop(skb, TP_KIND_RECEIVE, true);
}

SEC("tp_btf/netif_rx")
int BPF_PROG(ns_netif_rx, struct sk_buff *skb)
{
	return device_hop(skb, TP_KIND_NETIF_RX, true);
}

/* The end of an skb: freed as a drop (kfree_skb, with a reason) or normally (consume_skb). */
static __always_inline int free_hop(const struct sk_buff *skb, __u64 location, __u32 reason, __u8 kind)
{
	const struct net_device *dev;
	const unsigned char *ip;
	struct tp_record r;
	struct iphdr iph;
	__u32 netns = 0;
	bool l4;
	int ok;

	if (!wanted(kind))
		return 0;
	if (skb->protocol != bpf_htons(ETH_P_IP))
		return 0;
	dev = skb->dev;
	if (dev) {
		netns = dev_netns(dev);
	} else {
		const struct sock *sk = skb->sk;

		if (sk)
			netns = sk->__sk_common.skc_net.net->ns.inum;
	}
	if (tp_cfg.netns && netns != tp_cfg.netns)
		return 0;
	ip = skb->head + skb->network_header;
	ok = ip_wanted(&iph, ip);
	if (ok == IP_NO)
		return 0;
	__builtin_memset(&r, 0, sizeof(r));
	l4 = fill_headers(&r, &iph, ip);
	if (!l4 && !following())
		return 0;
	r.netns = netns;
	if (dev)
		fill_dev(&r, dev);
	r.reason = reason;
	r.location = location;
	decide(&r, skb, kind, ok, l4);
	if (following()) {
		/* the address is free for the next packet */
		__u64 key = (__u64)skb;

		bpf_map_delete_elem(&follow, &key);
	}
	return 0;
}

SEC("tp_btf/kfree_skb")
int BPF_PROG(ns_drop, struct sk_buff *skb, void *location, enum skb_drop_reason reason)
{
	return free_hop(skb, (__u64)location, reason, TP_KIND_DROP);
}

/* consume_skb has carried the freeing code's address since 6.3; the compat build (older kernels) reads only the skb */
#ifdef NS_TP_COMPAT
SEC("tp_btf/consume_skb")
int BPF_PROG(ns_consume, struct sk_buff *skb)
{
	return free_hop(skb, 0, 0, TP_KIND_CONSUME);
}
#else
SEC("tp_btf/consume_skb")
int BPF_PROG(ns_consume, struct sk_buff *skb, void *location)
{
	return free_hop(skb, (__u64)location, 0, TP_KIND_CONSUME);
}
#endif

static __always_inline int qdisc_hop(const struct Qdisc *q, const struct sk_buff *skb, __u8 kind)
{
	const struct net_device *dev;
	const unsigned char *ip;
	struct tp_record r;
	struct iphdr iph;
	bool l4;
	int ok;

	if (!wanted(kind) || !skb)
		return 0;
	if (skb->protocol != bpf_htons(ETH_P_IP))
		return 0;
	dev = q->dev_queue->dev;
	if (!dev)
		return 0;
	if (tp_cfg.netns && dev_netns(dev) != tp_cfg.netns)
		return 0;
	ip = skb->head + skb->network_header;
	ok = ip_wanted(&iph, ip);
	if (ok == IP_NO)
		return 0;
	__builtin_memset(&r, 0, sizeof(r));
	l4 = fill_headers(&r, &iph, ip);
	if (!l4 && !following())
		return 0;
	r.netns = dev_netns(dev);
	fill_dev(&r, dev);
	__builtin_memcpy(r.qdisc_kind, q->ops->id, sizeof(r.qdisc_kind));
	r.qdisc_handle = q->handle;
	r.qdisc_parent = q->parent;
	r.qlen = q->q.qlen;
	decide(&r, skb, kind, ok, l4);
	return 0;
}

SEC("tp_btf/qdisc_enqueue")
int BPF_PROG(ns_enqueue, struct Qdisc *q, const struct netdev_queue *txq, struct sk_buff *skb)
{
	return qdisc_hop(q, skb, TP_KIND_ENQUEUE);
}

SEC("tp_btf/qdisc_dequeue")
int BPF_PROG(ns_dequeue, struct Qdisc *q, const struct netdev_queue *txq, int packets, struct sk_buff *skb)
{
	return qdisc_hop(q, skb, TP_KIND_DEQUEUE);
}
