// SPDX-License-Identifier: (GPL-2.0 OR Apache-2.0)
/*
 * nf_kprobes.bpf.c — the kprobe probe set: what netfilter did to a packet, on kernels without
 * netfilter BPF links (before 6.4) and, on any kernel, what only a kprobe sees (table and chain
 * verdicts, the NAT function).
 *
 * Programs, attached by bpf/netfilter/loader.c --set kprobe in groups (one group per kernel
 * function; a group that cannot load or attach here is reported alone, and one whose function is
 * in a module that is not loaded yet is attached when the module appears):
 *   hook:   kp_hook_entry / kp_hook_exit on nf_hook_slow — a hook's entry (headers, conntrack) and
 *           its exit when every hook function accepted (headers after NAT, conntrack), or, when it
 *           did not, a verdict record (dropped with -errno, or stolen/queued)
 *   nft:    kp_nft_chain / kp_nft_ret on nft_do_chain — each nftables base chain: table, chain, verdict
 *   ipt:    kp_ipt_table / kp_ipt_ret on ipt_do_table — each legacy iptables table: table, verdict
 *   nat:    kp_nat_manip on nf_nat_manip_pkt — the NAT rewrite where it happens: manip type, direction
 *   bridge: kp_br_forward on br_forward — the bridge forwarding a frame from one port to another
 * Every program writes one struct kp_record (kp_record.h) into one ring buffer: a struct nf_record
 * (the netfilter set's record: time, skb, netns, hook, devices, IPv4 + L4 headers, the conntrack
 * entry with both tuples) followed by the function's own fields.
 *
 * Example — a masqueraded ping from a pod (10.85.0.2) to 192.168.61.12 on Debian 12's 6.1 kernel,
 * as the agent decodes the records (test/fixtures/loader/kprobe-masquerade-ping.bin):
 *   PREROUTING  entry, exit (conntrack entry created, status 0x100)
 *   FORWARD     entry, nft_do_chain table=filter chain=FORWARD verdict=ACCEPT, exit
 *   POSTROUTING entry, nft_do_chain table=nat chain=POSTROUTING verdict=ACCEPT,
 *               nf_nat_manip_pkt SNAT (10.85.0.2 -> 192.168.61.11), exit with src 192.168.61.11
 *
 * Entry and return are paired through a small per-thread stack (map `frames`): a kretprobe gets no
 * arguments, and a hook can run inside another (a REJECT sends a packet from inside FORWARD, a
 * softirq receives one on top of a task inside OUTPUT).
 *
 * In-kernel filter (struct kp_config in .rodata, set by the loader): the netfilter set's (hook mask,
 * protocol, up to two addresses/CIDRs that the headers or the conntrack tuples must match, one port)
 * plus the netns where hook entry/exit are left to the netfilter set (so a hook shows once).
 *
 * Caveats:
 * - IPv4 only. Kretprobes can miss returns when many threads are inside one function at once
 *   (maxactive); a missed hook exit looks like a packet that never left the hook.
 * - A hook with no registered function in a netns is skipped by the kernel: no nf_hook_slow call.
 * - The verdict record of a dropped packet carries no headers: the skb is freed by then.
 * - Newer kernels (seen on 6.12) free a packet nf_tables drops inside nft_do_chain and return
 *   NF_STOLEN (6.1 returns NF_DROP and nf_hook_slow frees it): the chain record then says STOLEN,
 *   and the tracepoint set's drop, freed in nft_do_chain with NETFILTER_DROP, says it was a drop.
 * - nf_nat_manip_pkt is static on some builds and may be inlined: then the nat group does not
 *   attach and the rewrite shows only as the difference between the hook's entry and exit.
 *
 * Kernel: CONFIG_KPROBES, BTF (vmlinux and, for nf_tables/nf_nat/ip_tables/bridge as modules,
 * module BTF: CONFIG_DEBUG_INFO_BTF_MODULES); 5.10 and later. Built CO-RE with clang -O2 -g
 * -target bpf; the module types below are declared locally (preserve_access_index) so the object
 * does not depend on the build host's modules, and libbpf relocates them against module BTF.
 */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>
#include <bpf/bpf_endian.h>
#include <bpf/bpf_tracing.h>

#include "kp_record.h"

#define NFPROTO_IPV4 2
#define NF_ACCEPT 1
#define NFCT_PTRMASK (~7UL)
#define NFCT_INFOMASK 7UL
#define IP_OFFSET 0x1fff
#define KP_DEPTH 8

/* frame functions, for pairing entries with returns */
#define FN_HOOK 1
#define FN_NFT 2
#define FN_IPT 3

char LICENSE[] SEC("license") = "GPL";

/* Set by the loader before load; the defaults record everything. */
volatile const struct kp_config kp_cfg = {
	.nf = { .hook_mask = NF_HOOK_MASK_ALL },
};

/*
 * Module types, declared here with only the fields read: CO-RE matches them by name (the ___kp
 * suffix is ignored) against nf_tables' and ip_tables' BTF, wherever those live on the host.
 */
struct nft_table___kp {
	char *name;
} __attribute__((preserve_access_index));

struct nft_chain___kp {
	struct nft_table___kp *table;
	char *name;
} __attribute__((preserve_access_index));

struct nft_pktinfo___kp {
	struct sk_buff *skb;
	const struct nf_hook_state *state;
} __attribute__((preserve_access_index));

struct xt_table___kp {
	char name[32];
} __attribute__((preserve_access_index));

struct net_bridge_port___kp {
	struct net_device *dev;
} __attribute__((preserve_access_index));

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 8 << 20);
} events SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u64);
} lost SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, NS_COUNT_SLOTS);
	__type(key, __u32);
	__type(value, __u64);
} counts SEC(".maps");

struct kp_frame {
	__u64 a0;   /* FN_HOOK: skb; FN_NFT: pkt; FN_IPT: skb */
	__u64 a1;   /* FN_HOOK: state; FN_NFT: chain; FN_IPT: state */
	__u64 a2;   /* FN_IPT: table */
	__u32 fn;   /* FN_* */
	__u32 want; /* the entry passed the filter: record the return too */
};

struct kp_stack {
	__u32 depth;
	__u32 pad;
	struct kp_frame f[KP_DEPTH];
};

/* Per thread (per CPU for the idle tasks, which all have pid 0): the functions entered and not returned. */
struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 8192);
	__type(key, __u64);
	__type(value, struct kp_stack);
} frames SEC(".maps");

/* scratch for building a record (too big for the 512-byte stack next to the rest) */
struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct kp_record);
} scratch SEC(".maps");

struct kp_record _kp_record_btf = {};

static __always_inline __u64 frame_key(void)
{
	__u64 id = bpf_get_current_pid_tgid();

	if ((__u32)id == 0)
		return 0xffffffff00000000ULL | bpf_get_smp_processor_id();
	return id;
}

static __always_inline struct kp_stack *stack_get(bool create)
{
	__u64 key = frame_key();
	struct kp_stack *s = bpf_map_lookup_elem(&frames, &key);

	if (!s && create) {
		static const struct kp_stack empty = {};

		bpf_map_update_elem(&frames, &key, &empty, BPF_NOEXIST);
		s = bpf_map_lookup_elem(&frames, &key);
	}
	return s;
}

static __always_inline void push(__u32 fn, __u64 a0, __u64 a1, __u64 a2, __u32 want)
{
	struct kp_stack *s = stack_get(true);
	__u32 d;

	if (!s)
		return;
	d = s->depth;
	if (d >= KP_DEPTH) {
		s->depth = d + 1; /* too deep: counted, so the returns still pop in step */
		return;
	}
	s->f[d].a0 = a0;
	s->f[d].a1 = a1;
	s->f[d].a2 = a2;
	s->f[d].fn = fn;
	s->f[d].want = want;
	s->depth = d + 1;
}

/* Pops the innermost frame of fn into *out (frames above it are returns that were missed). */
static __always_inline bool pop(__u32 fn, struct kp_frame *out)
{
	__u64 key = frame_key();
	struct kp_stack *s = bpf_map_lookup_elem(&frames, &key);
	bool found = false;
	__u32 d;

	if (!s)
		return false;
	d = s->depth;
	if (d > KP_DEPTH) {
		s->depth = d - 1;
		return false;
	}
#pragma unroll
	for (int i = KP_DEPTH - 1; i >= 0; i--) {
		if (found || (__u32)i >= d)
			continue;
		if (s->f[i].fn == fn) {
			*out = s->f[i];
			d = i;
			found = true;
		}
	}
	if (found)
		s->depth = d;
	if (!d)
		bpf_map_delete_elem(&frames, &key);
	return found;
}

/* The state of the innermost nf_hook_slow this thread is in (for functions that get none). */
static __always_inline const struct nf_hook_state *current_hook_state(void)
{
	__u64 key = frame_key();
	struct kp_stack *s = bpf_map_lookup_elem(&frames, &key);
	const struct nf_hook_state *st = NULL;
	__u32 d;

	if (!s)
		return NULL;
	d = s->depth;
#pragma unroll
	for (int i = 0; i < KP_DEPTH; i++) {
		if ((__u32)i < d && s->f[i].fn == FN_HOOK)
			st = (const struct nf_hook_state *)s->f[i].a1;
	}
	return st;
}

static __always_inline bool addr_match(__be32 a)
{
	__u8 n = kp_cfg.nf.nhosts;

	if (n > 0 && (a & kp_cfg.nf.mask[0]) == kp_cfg.nf.host[0])
		return true;
	if (n > 1 && (a & kp_cfg.nf.mask[1]) == kp_cfg.nf.host[1])
		return true;
	return false;
}

static __always_inline bool skip_hooks_in(__u32 netns)
{
#pragma unroll
	for (int i = 0; i < KP_MAX_SKIP_NETNS; i++) {
		if (i < kp_cfg.n_skip && kp_cfg.skip_hooks_netns[i] == netns)
			return true;
	}
	return false;
}

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

static __always_inline struct kp_record *scratch_record(void)
{
	__u32 zero = 0;
	struct kp_record *r = bpf_map_lookup_elem(&scratch, &zero);

	if (r)
		__builtin_memset(r, 0, sizeof(*r));
	return r;
}

/*
 * Fills the nf_record part from the skb, the hook state (may be NULL) and the conntrack entry
 * (the skb's when ct is 0). Without `headers` the skb is not touched at all (it may be freed).
 * Returns false when the filter does not want the packet.
 */
static __always_inline bool fill(struct kp_record *r, const struct sk_buff *skb, const struct nf_hook_state *st,
				 __u64 ct, bool headers)
{
	struct nf_record *n = &r->nf;
	struct iphdr iph;
	unsigned char *head;
	__u16 nh;

	if (st) {
		__u8 hook = BPF_CORE_READ(st, hook);

		if (!(kp_cfg.nf.hook_mask & (1U << (hook & 31))))
			return false;
		n->hook = hook;
		r->kflags |= KP_F_HOOK_KNOWN;
		n->netns = BPF_CORE_READ(st, net, ns.inum);
		const struct net_device *in = BPF_CORE_READ(st, in);
		const struct net_device *out = BPF_CORE_READ(st, out);

		if (in) {
			n->ifindex_in = BPF_CORE_READ(in, ifindex);
			bpf_core_read(n->dev_in, sizeof(n->dev_in), &in->name);
		}
		if (out) {
			n->ifindex_out = BPF_CORE_READ(out, ifindex);
			bpf_core_read(n->dev_out, sizeof(n->dev_out), &out->name);
		}
	} else {
		const struct net_device *dev = BPF_CORE_READ(skb, dev);

		if (dev) {
			n->netns = BPF_CORE_READ(dev, nd_net.net, ns.inum);
			n->ifindex_in = BPF_CORE_READ(dev, ifindex);
			bpf_core_read(n->dev_in, sizeof(n->dev_in), &dev->name);
		}
	}

	if (!ct && headers) {
		__u64 nfct = BPF_CORE_READ(skb, _nfct);

		ct = nfct & NFCT_PTRMASK;
		n->ctinfo = nfct & NFCT_INFOMASK;
	}
	n->ct = ct;
	if (ct) {
		const struct nf_conn *c = (const struct nf_conn *)ct;

		read_tuple(&n->orig, &c->tuplehash[0].tuple);
		read_tuple(&n->reply, &c->tuplehash[1].tuple);
		n->flags |= NF_REC_F_HAS_CT;
		n->ct_status = BPF_CORE_READ(c, status);
		if (bpf_core_field_exists(c->mark))
			n->ct_mark = BPF_CORE_READ(c, mark);
		if (bpf_core_field_exists(c->zone))
			n->ct_zone = BPF_CORE_READ(c, zone.id);
	}

	if (!headers) {
		r->kflags |= KP_F_NO_HEADERS;
		/* no headers to test: the conntrack tuples decide, or the packet passes when there is none */
		if (kp_cfg.nf.nhosts && ct && !addr_match(n->orig.src) && !addr_match(n->orig.dst) &&
		    !addr_match(n->reply.src) && !addr_match(n->reply.dst))
			return false;
		if (kp_cfg.nf.proto && ct && n->orig.proto != kp_cfg.nf.proto)
			return false;
		return true;
	}

	head = BPF_CORE_READ(skb, head);
	nh = BPF_CORE_READ(skb, network_header);
	if (bpf_probe_read_kernel(&iph, sizeof(iph), head + nh))
		return false;
	if (iph.version != 4)
		return false;
	if (kp_cfg.nf.proto && iph.protocol != kp_cfg.nf.proto)
		return false;
	if (kp_cfg.nf.nhosts && !addr_match(iph.saddr) && !addr_match(iph.daddr) &&
	    !(ct && (addr_match(n->orig.src) || addr_match(n->orig.dst) ||
		     addr_match(n->reply.src) || addr_match(n->reply.dst))))
		return false;

	n->saddr = iph.saddr;
	n->daddr = iph.daddr;
	n->tot_len = bpf_ntohs(iph.tot_len);
	n->ip_id = bpf_ntohs(iph.id);
	n->frag_off = bpf_ntohs(iph.frag_off);
	n->ttl = iph.ttl;
	n->proto = iph.protocol;
	n->tos = iph.tos;
	if (n->frag_off & IP_OFFSET) {
		n->flags |= NF_REC_F_FRAG;
	} else {
		const unsigned char *l4 = head + nh + iph.ihl * 4;

		if (iph.protocol == IPPROTO_TCP) {
			struct tcphdr th;

			if (!bpf_probe_read_kernel(&th, sizeof(th), l4)) {
				n->sport = th.source;
				n->dport = th.dest;
				n->tcp_seq = bpf_ntohl(th.seq);
				n->tcp_ack = bpf_ntohl(th.ack_seq);
				n->tcp_flags = ((const __u8 *)&th)[13];
				n->flags |= NF_REC_F_L4;
			}
		} else if (iph.protocol == IPPROTO_UDP) {
			struct udphdr uh;

			if (!bpf_probe_read_kernel(&uh, sizeof(uh), l4)) {
				n->sport = uh.source;
				n->dport = uh.dest;
				n->flags |= NF_REC_F_L4;
			}
		} else if (iph.protocol == IPPROTO_ICMP) {
			struct icmphdr ih;

			if (!bpf_probe_read_kernel(&ih, sizeof(ih), l4)) {
				n->icmp_type = ih.type;
				n->icmp_code = ih.code;
				n->icmp_id = bpf_ntohs(ih.un.echo.id);
				n->icmp_seq = bpf_ntohs(ih.un.echo.sequence);
				n->flags |= NF_REC_F_L4;
			}
		}
	}
	if (kp_cfg.nf.port) {
		__be16 p = bpf_htons(kp_cfg.nf.port);

		if (!(n->flags & NF_REC_F_L4))
			return false;
		if (n->sport != p && n->dport != p &&
		    !(ct && (n->orig.sport == p || n->orig.dport == p || n->reply.sport == p || n->reply.dport == p)))
			return false;
	}
	return true;
}

static __always_inline void emit(struct kp_record *r, const struct sk_buff *skb, __u8 kind)
{
	__u32 zero = 0;
	__u64 *c;

	r->nf.ts_ns = bpf_ktime_get_ns();
	r->nf.skb = (__u64)skb;
	r->nf.version = NF_RECORD_VERSION;
	r->nf.cpu = bpf_get_smp_processor_id();
	r->kind = kind;
	c = bpf_map_lookup_elem(&counts, &zero);
	if (c)
		*c += 1;
	if (bpf_ringbuf_output(&events, r, sizeof(*r), 0)) {
		c = bpf_map_lookup_elem(&lost, &zero);
		if (c)
			*c += 1;
	}
}

/* ---- hook: nf_hook_slow(skb, state, entries, s) ---- */

SEC("kprobe/nf_hook_slow")
int BPF_KPROBE(kp_hook_entry, struct sk_buff *skb, struct nf_hook_state *state)
{
	struct kp_record *r;
	bool want = false;

	/* other families are pushed too (unwanted), so that their returns pop their own frame */
	r = BPF_CORE_READ(state, pf) == NFPROTO_IPV4 ? scratch_record() : NULL;
	if (r && fill(r, skb, state, 0, true)) {
		want = true;
		if (!skip_hooks_in(r->nf.netns))
			emit(r, skb, KP_KIND_HOOK_ENTRY);
	}
	/* pushed even when unwanted: functions inside the hook read its state from here */
	push(FN_HOOK, (__u64)skb, (__u64)state, 0, want);
	return 0;
}

SEC("kretprobe/nf_hook_slow")
int BPF_KRETPROBE(kp_hook_exit, int ret)
{
	struct kp_frame f = {};
	struct kp_record *r;
	const struct sk_buff *skb;
	bool accepted = ret == 1;

	if (!pop(FN_HOOK, &f) || !f.want)
		return 0;
	skb = (const struct sk_buff *)f.a0;
	r = scratch_record();
	/* a dropped skb is freed, a stolen one belongs to someone else: read only the state then */
	if (!r || !fill(r, skb, (const struct nf_hook_state *)f.a1, 0, accepted))
		return 0;
	if (skip_hooks_in(r->nf.netns))
		return 0;
	r->ret = ret;
	r->nf.verdict = accepted ? NF_ACCEPT : 0;
	if (accepted)
		r->nf.flags |= NF_REC_F_EXIT;
	emit(r, skb, accepted ? KP_KIND_HOOK_EXIT : KP_KIND_HOOK_VERDICT);
	return 0;
}

/* ---- nft: nft_do_chain(pkt, priv) ---- */

SEC("kprobe/nft_do_chain")
int BPF_KPROBE(kp_nft_chain, struct nft_pktinfo___kp *pkt, void *priv)
{
	const struct nf_hook_state *st = BPF_CORE_READ(pkt, state);

	push(FN_NFT, (__u64)pkt, (__u64)priv, 0, BPF_CORE_READ(st, pf) == NFPROTO_IPV4);
	return 0;
}

SEC("kretprobe/nft_do_chain")
int BPF_KRETPROBE(kp_nft_ret, unsigned int verdict)
{
	struct kp_frame f = {};
	struct kp_record *r;
	struct nft_pktinfo___kp *pkt;
	struct nft_chain___kp *chain;
	struct sk_buff *skb;
	char *name;

	if (!pop(FN_NFT, &f) || !f.want)
		return 0;
	pkt = (struct nft_pktinfo___kp *)f.a0;
	chain = (struct nft_chain___kp *)f.a1;
	skb = BPF_CORE_READ(pkt, skb);
	r = scratch_record();
	/* a DROP verdict has not freed the skb yet (nf_hook_slow does): its headers are still there */
	if (!r || !fill(r, skb, BPF_CORE_READ(pkt, state), 0, true))
		return 0;
	r->ret = verdict;
	r->nf.verdict = verdict & 0xff;
	name = BPF_CORE_READ(chain, table, name);
	bpf_probe_read_kernel_str(r->table, sizeof(r->table), name);
	name = BPF_CORE_READ(chain, name);
	bpf_probe_read_kernel_str(r->chain, sizeof(r->chain), name);
	emit(r, skb, KP_KIND_NFT_CHAIN);
	return 0;
}

/* ---- ipt: ipt_do_table(priv, skb, state) on newer kernels, (skb, state, table) before ---- */

SEC("kprobe/ipt_do_table")
int BPF_KPROBE(kp_ipt_table, void *a, void *b, void *c)
{
	if (kp_cfg.ipt_priv_first)
		push(FN_IPT, (__u64)b, (__u64)c, (__u64)a, 1);
	else
		push(FN_IPT, (__u64)a, (__u64)b, (__u64)c, 1);
	return 0;
}

SEC("kretprobe/ipt_do_table")
int BPF_KRETPROBE(kp_ipt_ret, unsigned int verdict)
{
	struct kp_frame f = {};
	struct kp_record *r;
	struct xt_table___kp *table;
	const struct sk_buff *skb;

	if (!pop(FN_IPT, &f))
		return 0;
	skb = (const struct sk_buff *)f.a0;
	r = scratch_record();
	if (!r || !fill(r, skb, (const struct nf_hook_state *)f.a1, 0, true))
		return 0;
	r->ret = verdict;
	r->nf.verdict = verdict & 0xff;
	table = (struct xt_table___kp *)f.a2;
	bpf_core_read_str(r->table, sizeof(r->table), &table->name);
	emit(r, skb, KP_KIND_IPT_TABLE);
	return 0;
}

/* ---- nat: nf_nat_manip_pkt(skb, ct, mtype, dir) ---- */

SEC("kprobe/nf_nat_manip_pkt")
int BPF_KPROBE(kp_nat_manip, struct sk_buff *skb, struct nf_conn *ct, int mtype, int dir)
{
	struct kp_record *r = scratch_record();

	if (!r || !fill(r, skb, current_hook_state(), (__u64)ct, true))
		return 0;
	r->nat_manip = mtype;
	r->nat_dir = dir;
	emit(r, skb, KP_KIND_NAT);
	return 0;
}

/* ---- bridge: br_forward(to, skb, local_rcv, local_orig) ---- */

SEC("kprobe/br_forward")
int BPF_KPROBE(kp_br_forward, struct net_bridge_port___kp *to, struct sk_buff *skb)
{
	struct kp_record *r = scratch_record();
	const struct net_device *dev;

	if (!r || !fill(r, skb, NULL, 0, true))
		return 0;
	/* fill() took skb->dev as the in device; the port's device is where it goes */
	dev = BPF_CORE_READ(to, dev);
	if (dev) {
		r->nf.ifindex_out = BPF_CORE_READ(dev, ifindex);
		bpf_core_read(r->nf.dev_out, sizeof(r->nf.dev_out), &dev->name);
	}
	emit(r, skb, KP_KIND_BR_FORWARD);
	return 0;
}
