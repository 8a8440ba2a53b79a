/* SPDX-License-Identifier: (GPL-2.0 OR Apache-2.0) */
/*
 * nf_record.h — the record nf_hooks.bpf.c writes into its ring buffer and the
 * config it reads from .rodata. Shared verbatim by the BPF program (types from
 * vmlinux.h) and the loader (types from <linux/types.h>), so the two can never
 * disagree on a field; loader.c also checks sizeof() against NF_RECORD_SIZE.
 *
 * Byte order: addresses and ports are kept as on the wire (network order);
 * everything else is host order.
 */
#ifndef NETSCOPE_NF_RECORD_H
#define NETSCOPE_NF_RECORD_H

#define NF_RECORD_VERSION 1

/* config.flags / hook mask bits: bit n = hook number n (NF_INET_PRE_ROUTING = 0 ... POST_ROUTING = 4) */
#define NF_HOOK_MASK_ALL 0x1f
#define NF_MAX_HOSTS 2

/* record.flags */
#define NF_REC_F_EXIT    0x01 /* recorded at hook exit (else entry) */
#define NF_REC_F_HAS_CT  0x02 /* a conntrack entry is attached to the skb */
#define NF_REC_F_FRAG    0x04 /* non-first IP fragment: no L4 header */
#define NF_REC_F_L4      0x08 /* l4 fields were read */

struct nf_tuple {
	__be32 src;
	__be32 dst;
	__be16 sport; /* tcp/udp source port; icmp: echo id */
	__be16 dport; /* tcp/udp dest port; icmp: the bytes {type, code} (conntrack dst.u.icmp) */
	__u8 proto;
	__u8 pad[3];
} __attribute__((packed));

struct nf_record {
	__u64 ts_ns;       /* bpf_ktime_get_ns(): CLOCK_MONOTONIC */
	__u64 skb;         /* struct sk_buff * — the packet's identity within a host */
	__u64 ct;          /* struct nf_conn * (skb->_nfct & ~7), 0 when none */
	__u64 ct_status;   /* ct->status (IPS_* bits) */
	__u32 netns;       /* state->net->ns.inum */
	__u32 ct_mark;     /* ct->mark */
	__u16 ct_zone;     /* ct->zone.id */
	__u8 ctinfo;       /* skb->_nfct & 7 (IP_CT_*) */
	__u8 hook;         /* state->hook: NF_INET_* */
	__u8 flags;        /* NF_REC_F_* */
	__u8 verdict;      /* what the program returned: always NF_ACCEPT (1) */
	__u8 version;      /* NF_RECORD_VERSION */
	__u8 pad0;
	__u32 ifindex_in;  /* state->in->ifindex, 0 when none */
	__u32 ifindex_out; /* state->out->ifindex, 0 when none */
	__u32 cpu;         /* bpf_get_smp_processor_id() */
	char dev_in[16];   /* state->in->name */
	char dev_out[16];  /* state->out->name */
	/* L3 */
	__be32 saddr;
	__be32 daddr;
	__u16 tot_len;     /* host order */
	__u16 ip_id;       /* host order */
	__u16 frag_off;    /* host order, flags + offset */
	__u8 ttl;
	__u8 proto;
	__u8 tos;
	__u8 pad1[3];
	/* L4 */
	__be16 sport;      /* tcp/udp */
	__be16 dport;
	__u32 tcp_seq;     /* host order */
	__u32 tcp_ack;     /* host order */
	__u8 tcp_flags;    /* FIN 0x01 SYN 0x02 RST 0x04 PSH 0x08 ACK 0x10 URG 0x20 ECE 0x40 CWR 0x80 */
	__u8 icmp_type;
	__u8 icmp_code;
	__u8 pad2;
	__u16 icmp_id;     /* host order */
	__u16 icmp_seq;    /* host order */
	/* conntrack tuples */
	struct nf_tuple orig;
	struct nf_tuple reply;
} __attribute__((packed));

#define NF_RECORD_SIZE 164

/* the counters map (per-CPU array) of both objects: slot 0 counts records emitted (written + lost) */
#ifndef NS_COUNT_EMITTED
#define NS_COUNT_EMITTED 0
#define NS_COUNT_SLOTS 1
#endif

struct nf_config {
	__u32 hook_mask;              /* bit n set: record hook n */
	__u8 proto;                   /* 0 = any, else IPPROTO_* */
	__u8 nhosts;                  /* 0 = any address */
	__u16 port;                   /* host order; 0 = any; matches sport or dport */
	__be32 host[NF_MAX_HOSTS];    /* network order, already masked */
	__be32 mask[NF_MAX_HOSTS];    /* network order */
} __attribute__((packed));

#endif
