// SPDX-License-Identifier: (GPL-2.0 OR Apache-2.0)
/*
 * nf_hooks.bpf.c — the netfilter probe set: what every IPv4 netfilter hook did to a packet.
 *
 * Two programs, nsnf_hook_entry and nsnf_hook_exit, are attached by bpf/netfilter/loader.c as
 * netfilter BPF links at every IPv4 hook (PREROUTING, INPUT, FORWARD, OUTPUT, POSTROUTING) of
 * each target netns: the entry program at priority -500 (before defrag, raw, conntrack, mangle
 * and DNAT), the exit program at +500 (after SNAT/MASQUERADE and the conntrack helpers, before
 * conntrack confirm at INT_MAX). Per packet that passes the in-kernel filter, each writes one
 * struct nf_record (nf_record.h) into a ring buffer: time, skb id, netns, hook, entry/exit,
 * devices, IPv4 + TCP/UDP/ICMP headers, and the conntrack entry the skb points to (id, status,
 * mark, zone, original and reply tuples). The headers differing between a hook's entry and exit
 * is a NAT rewrite; a packet that enters a hook and never leaves was dropped there.
 *
 * Example — loader output (test/fixtures/loader/masquerade-ping.jsonl, 2 of its 12 records) for
 * `ping -c1 192.168.61.12` from a pod 10.85.0.2 behind MASQUERADE on host01 (192.168.61.11):
 * the echo request at POSTROUTING entry and exit; the source is rewritten between them and the
 * conntrack status goes 0x100 (DST_NAT_DONE) -> 0x190 (+SRC_NAT, SRC_NAT_DONE).
 *
 *   {"type":"pkt","mono_ns":"3724120869392","cpu":0,"skb":"0xffff888106bc3f00",
 *     "netns":4026532246,"hook":"POSTROUTING","hooknum":4,"phase":"entry","ifindex":2,
 *     "ifname":"veth-pod","out_ifindex":3,"out_ifname":"eth1","headers":{"src":"10.85.0.2",
 *     "dst":"192.168.61.12","protocol":1,"length":84,"ttl":63,"ip_id":13218,"tos":0,
 *     "frag_off":16384,"icmp_type":8,"icmp_code":0,"icmp_id":7893,"icmp_seq":1},
 *     "ct":{"id":"0xffff888106965200","ctinfo":2,"reply_direction":false,"status":256,"mark":0,
 *     "zone":0,"original":{"src":"10.85.0.2","dst":"192.168.61.12","protocol":1,"icmp_id":7893,
 *     "icmp_type":8,"icmp_code":0},"reply":{"src":"192.168.61.12","dst":"10.85.0.2","protocol":1,
 *     "icmp_id":7893,"icmp_type":0,"icmp_code":0}},"verdict":"NF_ACCEPT"}
 *   {"type":"pkt","mono_ns":"3724120905810","cpu":0,"skb":"0xffff888106bc3f00",
 *     "netns":4026532246,"hook":"POSTROUTING","hooknum":4,"phase":"exit","ifindex":2,
 *     "ifname":"veth-pod","out_ifindex":3,"out_ifname":"eth1","headers":{"src":"192.168.61.11",
 *     "dst":"192.168.61.12","protocol":1,"length":84,"ttl":63,"ip_id":13218,"tos":0,
 *     "frag_off":16384,"icmp_type":8,"icmp_code":0,"icmp_id":7893,"icmp_seq":1},
 *     "ct":{"id":"0xffff888106965200","ctinfo":2,"reply_direction":false,"status":400,"mark":0,
 *     "zone":0,"original":{"src":"10.85.0.2","dst":"192.168.61.12","protocol":1,"icmp_id":7893,
 *     "icmp_type":8,"icmp_code":0},"reply":{"src":"192.168.61.12","dst":"192.168.61.11",
 *     "protocol":1,"icmp_id":7893,"icmp_type":0,"icmp_code":0}},"verdict":"NF_ACCEPT"}
 *
 * In-kernel filter (struct nf_config in .rodata, set by the loader before load): hook mask,
 * IP protocol, up to two address/CIDRs, one port. A packet the filter rejects costs a few reads
 * and emits nothing. Addresses and ports match the packet's headers or, when the skb already has
 * a conntrack entry, either of its tuples — so a filter on a pod address also follows the
 * masqueraded packet after POSTROUTING and the reply after its PREROUTING de-NAT. With an address
 * or port filter, a packet that matched is followed by skb (`follow`, with its IP id) through the
 * hooks after, and a hook entry rejected before conntrack ran (a DNAT'd packet's PREROUTING entry,
 * still addressed to the service) waits per CPU (`pending`) and is emitted when the same packet's
 * exit of that hook matches: the DNAT itself shows.
 *
 * Caveats:
 * - IPv4 only (links are attached with pf NFPROTO_IPV4).
 * - The entry probe runs before defrag: non-first fragments are recorded without L4 fields
 *   (NF_REC_F_FRAG) and a port filter drops them.
 * - A hook entry is matched on its headers alone (conntrack has not run yet); with an address or
 *   port filter it is kept back until the exit and emitted then if the exit matches.
 * - ct_status at an exit is read before conntrack confirm (INT_MAX), so a new entry shows
 *   IPS_CONFIRMED only from its second packet on.
 * - Only one BPF netfilter hook may sit at a given priority per hook and netns; the loader steps
 *   outward (-501, 501, ...) when another one holds ±500 and reports the priority it got.
 * - When the ring buffer is full a record is lost and counted per CPU in the `lost` map; every record
 *   produced (written or lost) is counted per CPU in `counts` (the kernel side of the agent's
 *   per-stage accounting).
 *
 * Kernel: >= 6.4 (BPF_PROG_TYPE_NETFILTER, BPF_NETFILTER links), BTF (/sys/kernel/btf/vmlinux),
 * CAP_BPF + CAP_NET_ADMIN (root). Built CO-RE with clang -O2 -g -target bpf against vmlinux.h.
 */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>
#include <bpf/bpf_endian.h>

#include "nf_record.h"

#define NF_ACCEPT 1
#define NFCT_PTRMASK (~7UL)
#define NFCT_INFOMASK 7UL
#define IP_MF 0x2000
#define IP_OFFSET 0x1fff

char LICENSE[] SEC("license") = "Dual BSD/GPL";

/* Set by the loader before load; defaults record everything. */
volatile const struct nf_config nf_cfg = {
	.hook_mask = NF_HOOK_MASK_ALL,
};

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 8 << 20);
} events SEC(".maps");

/* Records that did not fit into the ring buffer. */
struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u64);
} lost SEC(".maps");

/* Records produced (written + lost): slot NS_COUNT_EMITTED (nf_record.h). */
struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, NS_COUNT_SLOTS);
	__type(key, __u32);
	__type(value, __u64);
} counts SEC(".maps");

/* Forces BTF for the record so `bpftool btf dump` documents it next to the code. */
struct nf_record _nf_record_btf = {};

/* Packets that matched the address/port filter, by skb (value: the IP id): their later hooks pass. */
struct {
	__uint(type, BPF_MAP_TYPE_LRU_HASH);
	__uint(max_entries, 16384);
	__type(key, __u64);
	__type(value, __u16);
} follow SEC(".maps");

/* Per CPU and hook: the last hook entry the address/port filter rejected, until that hook's exit. */
struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 5); /* NF_INET_PRE_ROUTING .. NF_INET_POST_ROUTING */
	__type(key, __u32);
	__type(value, struct nf_record);
} pending SEC(".maps");

/* A record's skb in a map value, as one aligned 64-bit word (see packet_path.bpf.c's STASHED_SKB). */
#define VALUE_SKB(r) (*(__u64 *)((void *)(r) + 8))

static __always_inline bool addr_match(__be32 a)
{
	__u8 n = nf_cfg.nhosts;

	if (n > 0 && (a & nf_cfg.mask[0]) == nf_cfg.host[0])
		return true;
	if (n > 1 && (a & nf_cfg.mask[1]) == nf_cfg.host[1])
		return true;
	return false;
}

/* One conntrack tuple, read with one helper call (its fields are CO-RE-relocated in the copy). */
static __always_inline void read_tuple(struct nf_tuple *t, const struct nf_conntrack_tuple *src)
{
	struct nf_conntrack_tuple tu;

	if (bpf_core_read(&tu, sizeof(tu), src))
		return;
	t->src = tu.src.u3.ip;
	t->dst = tu.dst.u3.ip;
	t->sport = tu.src.u.all;
	t->dport = tu.dst.u.all;
	t->proto = tu.dst.protonum;
}

/*
 * The reject path is what every packet in the netns pays at every hook, twice, when the filter
 * does not want it (with --proto icmp: all TCP traffic), so it is kept short: hook, skb fields and
 * the conntrack pointer come from direct loads (the context's state and skb are BTF pointers; the
 * loads are CO-RE-relocated and fault-safe), so do the packet's headers: bpf_rdonly_cast (6.2+,
 * so always there with netfilter links) makes each a read-only BTF pointer, and a field is one
 * fault-safe load instead of a bpf_probe_read_kernel call (~35 ns less per run, measured with the
 * tracepoint set's twin of this code). The record is zeroed and filled only for a packet that passed.
 */
extern void *bpf_rdonly_cast(const void *obj, __u32 btf_id) __ksym;

#define HDR(type, p) ((const type *)bpf_rdonly_cast((p), bpf_core_type_id_kernel(type)))
static __always_inline void emit(void *r)
{
	__u32 zero = 0;
	__u64 *n = bpf_map_lookup_elem(&counts, &zero);

	if (n)
		*n += 1; /* per-CPU slot: no atomics needed */
	if (bpf_ringbuf_output(&events, r, sizeof(struct nf_record), 0)) {
		n = bpf_map_lookup_elem(&lost, &zero);
		if (n)
			*n += 1;
	}
}

static __always_inline int record(struct bpf_nf_ctx *ctx, __u8 exit)
{
	const struct nf_hook_state *state = ctx->state;
	const struct sk_buff *skb = ctx->skb;
	const struct iphdr *iph;
	struct nf_record r;
	unsigned char *ip;
	bool following = nf_cfg.nhosts || nf_cfg.port;
	bool match = true;
	__u64 nfct;
	__u8 hook;

	hook = state->hook;
	if (!(nf_cfg.hook_mask & (1U << (hook & 31))))
		return NF_ACCEPT;

	ip = skb->head + skb->network_header;
	iph = HDR(struct iphdr, ip);
	if (iph->version != 4)
		return NF_ACCEPT;
	if (nf_cfg.proto && iph->protocol != nf_cfg.proto)
		return NF_ACCEPT;

	__builtin_memset(&r, 0, sizeof(r));
	nfct = skb->_nfct;
	r.ct = nfct & NFCT_PTRMASK;
	r.ctinfo = nfct & NFCT_INFOMASK;
	if (r.ct) {
		const struct nf_conn *ct = (const struct nf_conn *)r.ct;

		read_tuple(&r.orig, &ct->tuplehash[0].tuple);
		read_tuple(&r.reply, &ct->tuplehash[1].tuple);
		r.flags |= NF_REC_F_HAS_CT;
	}

	if (nf_cfg.nhosts &&
	    !addr_match(iph->saddr) && !addr_match(iph->daddr) &&
	    !(r.ct && (addr_match(r.orig.src) || addr_match(r.orig.dst) ||
		       addr_match(r.reply.src) || addr_match(r.reply.dst)))) {
		if (!following)
			return NF_ACCEPT;
		match = false;
	}

	r.frag_off = bpf_ntohs(iph->frag_off);
	if (r.frag_off & IP_OFFSET) {
		r.flags |= NF_REC_F_FRAG;
	} else {
		const void *l4 = ip + iph->ihl * 4;
		__u8 proto = iph->protocol;

		if (proto == IPPROTO_TCP) {
			const struct tcphdr *th = HDR(struct tcphdr, l4);

			r.sport = th->source;
			r.dport = th->dest;
			r.tcp_seq = bpf_ntohl(th->seq);
			r.tcp_ack = bpf_ntohl(th->ack_seq);
			/* the flags byte follows doff/res1 (offset 13) */
			r.tcp_flags = ((const __u8 *)th)[13];
			r.flags |= NF_REC_F_L4;
		} else if (proto == IPPROTO_UDP) {
			const struct udphdr *uh = HDR(struct udphdr, l4);

			r.sport = uh->source;
			r.dport = uh->dest;
			r.flags |= NF_REC_F_L4;
		} else if (proto == IPPROTO_ICMP) {
			const struct icmphdr *ih = HDR(struct icmphdr, l4);

			r.icmp_type = ih->type;
			r.icmp_code = ih->code;
			r.icmp_id = bpf_ntohs(ih->un.echo.id);
			r.icmp_seq = bpf_ntohs(ih->un.echo.sequence);
			r.flags |= NF_REC_F_L4;
		}
	}

	if (nf_cfg.port) {
		__be16 p = bpf_htons(nf_cfg.port);

		if (!(r.flags & NF_REC_F_L4) ||
		    (r.sport != p && r.dport != p &&
		     !(r.ct && (r.orig.sport == p || r.orig.dport == p ||
				r.reply.sport == p || r.reply.dport == p)))) {
			if (!following)
				return NF_ACCEPT;
			match = false;
		}
	}

	/* the packet is wanted (or may be, when it is followed or kept back): fill in the rest */
	r.ts_ns = bpf_ktime_get_ns();
	r.netns = state->net->ns.inum;
	r.hook = hook;
	r.flags |= exit ? NF_REC_F_EXIT : 0;
	r.verdict = NF_ACCEPT;
	r.version = NF_RECORD_VERSION;
	r.cpu = bpf_get_smp_processor_id();
	r.saddr = iph->saddr;
	r.daddr = iph->daddr;
	r.tot_len = bpf_ntohs(iph->tot_len);
	r.ip_id = bpf_ntohs(iph->id);
	r.ttl = iph->ttl;
	r.proto = iph->protocol;
	r.tos = iph->tos;

	if (r.ct) {
		struct nf_conn *ct = (struct nf_conn *)r.ct;

		r.ct_status = BPF_CORE_READ(ct, status);
		if (bpf_core_field_exists(ct->mark))
			r.ct_mark = BPF_CORE_READ(ct, mark);
		if (bpf_core_field_exists(ct->zone))
			r.ct_zone = BPF_CORE_READ(ct, zone.id);
	}

	const struct net_device *in = state->in;
	const struct net_device *out = state->out;

	if (in) {
		r.ifindex_in = in->ifindex;
		__builtin_memcpy(r.dev_in, in->name, sizeof(r.dev_in));
	}
	if (out) {
		r.ifindex_out = out->ifindex;
		__builtin_memcpy(r.dev_out, out->name, sizeof(r.dev_out));
	}

	if (following) {
		__u64 key = (__u64)skb;
		__u32 h = hook;
		struct nf_record *pend = bpf_map_lookup_elem(&pending, &h);

		if (!match) {
			__u16 *id = bpf_map_lookup_elem(&follow, &key);

			if (id && *id == r.ip_id) {
				match = true;
			} else {
				/* an entry waits for its exit; anything else is not wanted */
				if (!exit && pend) {
					__builtin_memcpy(pend, &r, sizeof(r));
					VALUE_SKB(pend) = key;
				}
				return NF_ACCEPT;
			}
		}
		if (exit && pend && VALUE_SKB(pend) == key && pend->ip_id == r.ip_id) {
			/* this hook's entry, rejected before conntrack ran: the same packet, so it is wanted */
			emit(pend);
			VALUE_SKB(pend) = 0;
		}
		{
			__u16 v = r.ip_id;

			bpf_map_update_elem(&follow, &key, &v, BPF_ANY);
		}
	}
	/* the skb last: the pending copy above takes the record without it (see VALUE_SKB) */
	r.skb = (__u64)skb;
	emit(&r);
	return NF_ACCEPT;
}

/*
 * libbpf 1.1 does not know SEC("netfilter"): it leaves the type unset and the loader sets
 * BPF_PROG_TYPE_NETFILTER (32) / BPF_NETFILTER (45) by hand before load.
 */
#define NF_PROG(name, is_exit)                                   \
	SEC("netfilter")                                         \
	int name(struct bpf_nf_ctx *ctx)                         \
	{                                                        \
		return record(ctx, is_exit);                     \
	}

NF_PROG(nsnf_hook_entry, 0)
NF_PROG(nsnf_hook_exit, 1)
