/* SPDX-License-Identifier: (GPL-2.0 OR Apache-2.0) */
/*
 * kp_record.h — the record nf_kprobes.bpf.c writes into its ring buffer, and its config. Shared
 * verbatim by the BPF program and the loader (bpf/netfilter/loader.c, --set kprobe); loader.c
 * checks sizeof() against KP_RECORD_SIZE and the agent (agent/probes/loader/binary.ts) reads the
 * same offsets.
 *
 * A kp_record starts with a whole struct nf_record (bpf/netfilter/nf_record.h): time, skb, netns,
 * hook, devices, IPv4/L4 headers and the conntrack entry are where the netfilter set has them, so
 * the agent decodes both with one function and the two sets' sightings mean the same. What only
 * a kprobe sees follows: which function, the table/chain and its verdict, the NAT manip.
 */
#ifndef NETSCOPE_KP_RECORD_H
#define NETSCOPE_KP_RECORD_H

#include "../netfilter/nf_record.h"

#define KP_RECORD_VERSION 1

/* kp_record.kind */
#define KP_KIND_HOOK_ENTRY 0 /* nf_hook_slow entered (nf.flags has no NF_REC_F_EXIT) */
#define KP_KIND_HOOK_EXIT 1  /* nf_hook_slow returned 1: every hook function accepted */
#define KP_KIND_HOOK_VERDICT 2 /* nf_hook_slow returned <= 0: dropped (ret = -errno) or stolen/queued (0); no headers */
#define KP_KIND_NFT_CHAIN 3  /* nft_do_chain returned: table, chain, verdict */
#define KP_KIND_IPT_TABLE 4  /* ipt_do_table returned: table, verdict */
#define KP_KIND_NAT 5        /* nf_nat_manip_pkt entered: manip, dir; headers before the rewrite */
#define KP_KIND_BR_FORWARD 6 /* br_forward entered: dev_in = skb->dev, dev_out = the port it goes to */

/* kp_record.kflags */
#define KP_F_NO_HEADERS 0x01 /* the skb was not read (freed or handed on): nf.saddr… are zero */
#define KP_F_HOOK_KNOWN 0x02 /* nf.hook is the hook of the enclosing nf_hook_slow */

struct kp_record {
	struct nf_record nf;  /* nf.verdict: what the function returned (low byte), nf.version: NF_RECORD_VERSION */
	__u8 kind;            /* KP_KIND_* */
	__u8 kflags;          /* KP_F_* */
	__u8 nat_manip;       /* NAT: 0 = source (SNAT/MASQUERADE), 1 = destination (DNAT, a reply's de-NAT) */
	__u8 nat_dir;         /* NAT: 0 = original, 1 = reply direction of the conntrack entry */
	__s32 ret;            /* the function's return value (HOOK_VERDICT: -errno or 0; chains: the verdict) */
	char table[32];       /* NFT_CHAIN / IPT_TABLE: the table's name (cut at 31 bytes) */
	char chain[32];       /* NFT_CHAIN: the chain's name (cut at 31 bytes) */
} __attribute__((packed));

#define KP_RECORD_SIZE 236

#define KP_MAX_SKIP_NETNS 16

struct kp_config {
	struct nf_config nf;            /* the netfilter set's filter: hook mask, proto, hosts, port */
	__u32 skip_hooks_netns[KP_MAX_SKIP_NETNS]; /* no hook entry/exit records in these netns (the netfilter set covers them) */
	__u8 n_skip;                    /* entries used in skip_hooks_netns */
	__u8 ipt_priv_first;            /* ipt_do_table(priv, skb, state) (5.17+) instead of (skb, state, table) */
	__u8 pad[2];
} __attribute__((packed));

#endif
