/* SPDX-License-Identifier: (GPL-2.0 OR Apache-2.0) */
/*
 * tp_record.h — the record packet_path.bpf.c writes into its ring buffer and the config it reads
 * from .rodata. Shared verbatim by the BPF program (types from vmlinux.h) and the loader (types
 * from <linux/types.h>); loader.c checks sizeof() against TP_RECORD_SIZE, and the agent's binary
 * parser (agent/probes/loader/binary.ts) reads the same offsets.
 *
 * Byte order: addresses are kept as on the wire (network order); everything else is host order.
 */
#ifndef NETSCOPE_TP_RECORD_H
#define NETSCOPE_TP_RECORD_H

#define TP_RECORD_VERSION 2
#define TP_MAX_HOSTS 2

/* tp_record.kind, and bit (1 << kind) of tp_config.kinds */
#define TP_KIND_XMIT 0     /* net:net_dev_start_xmit */
#define TP_KIND_RECEIVE 1  /* net:netif_receive_skb */
#define TP_KIND_NETIF_RX 2 /* net:netif_rx */
#define TP_KIND_DROP 3     /* skb:kfree_skb */
#define TP_KIND_ENQUEUE 4  /* qdisc:qdisc_enqueue */
#define TP_KIND_DEQUEUE 5  /* qdisc:qdisc_dequeue */
#define TP_KIND_CONSUME 6  /* skb:consume_skb: the normal end of an skb (its address may be reused at once) */
/* default: everything but netif_rx (it is followed by netif_receive_skb on the same device) */
#define TP_KINDS_DEFAULT 0x7b

/* tp_record.flags */
#define TP_REC_F_L4 0x01   /* l4a..l4d were read (not a non-first fragment) */

struct tp_record {
	__u64 ts_ns;        /* bpf_ktime_get_ns(): CLOCK_MONOTONIC */
	__u64 skb;          /* struct sk_buff * — the packet's identity within a host */
	__u64 location;     /* drop, consume: the address of the code that freed the skb (0 where the kernel's consume_skb has none, before 6.3); else 0 */
	__u32 netns;        /* the device's netns inode (drop without device: the socket's; else 0) */
	__u32 ifindex;      /* the device's ifindex, 0 when none */
	__u32 cpu;          /* bpf_get_smp_processor_id() */
	__u32 reason;       /* drop: enum skb_drop_reason */
	__u32 qdisc_handle; /* enqueue/dequeue: the qdisc's handle */
	__u32 qdisc_parent; /* enqueue/dequeue: its parent */
	__u32 qlen;         /* enqueue/dequeue: queue length after the operation */
	__u8 kind;          /* TP_KIND_* */
	__u8 version;       /* TP_RECORD_VERSION */
	__u8 proto;         /* IP protocol */
	__u8 ttl;
	char ifname[16];    /* the device's name */
	char qdisc_kind[16];/* enqueue/dequeue: the qdisc's ops->id, e.g. "tbf" */
	__be32 saddr;
	__be32 daddr;
	__u16 tot_len;      /* host order */
	__u16 ip_id;        /* host order */
	__u16 frag_off;     /* host order, flags + offset */
	__u8 tcp_flags;     /* tcp: the flags byte */
	__u8 flags;         /* TP_REC_F_* */
	__u16 l4a;          /* tcp/udp: source port | icmp: type */
	__u16 l4b;          /* tcp/udp: destination port | icmp: code */
	__u16 l4c;          /* icmp: echo id */
	__u16 l4d;          /* icmp: echo sequence */
	__u32 tcp_seq;      /* tcp: sequence number, host order */
	__u32 tcp_ack;      /* tcp: acknowledgment number, host order */
} __attribute__((packed));

#define TP_RECORD_SIZE 120

struct tp_config {
	__u32 kinds;                /* bit (1 << TP_KIND_*) set: record that kind */
	__u32 netns;                /* 0 = any, else only packets in that netns (inode) */
	__u8 proto;                 /* 0 = any, else IPPROTO_* */
	__u8 nhosts;                /* 0 = any address */
	__u16 port;                 /* host order; 0 = any; tcp/udp sport or dport */
	__be32 host[TP_MAX_HOSTS];  /* network order, already masked */
	__be32 mask[TP_MAX_HOSTS];  /* network order */
} __attribute__((packed));

/* the counters map (per-CPU array) of both objects: slot 0 counts records emitted (written + lost) */
#ifndef NS_COUNT_EMITTED
#define NS_COUNT_EMITTED 0
#define NS_COUNT_SLOTS 1
#endif

#endif
