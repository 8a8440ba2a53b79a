// SPDX-License-Identifier: Apache-2.0
/*
 * netscope-nf-loader — loads one of netscope's CO-RE probe objects, attaches it, and streams its
 * ring buffer's records to stdout. Two sets:
 *   --set netfilter (default): nf_hooks.bpf.o as netfilter BPF links at the entry (priority -500)
 *     and exit (+500) of each IPv4 hook in each target netns. No stock tool attaches netfilter
 *     links (bpftool 7.1 and libbpf 1.1 predate them), hence this program.
 *   --set tracepoint: packet_path.bpf.o's tp_btf programs (xmit, receive, netif_rx, kfree_skb,
 *     qdisc enqueue/dequeue); tracepoints are global, so --netns does not apply.
 *
 * Usage:
 *   netscope-nf-loader --obj PATH [--set netfilter|tracepoint] [--format json|binary]
 *                      [--netns PATH]... [--proto icmp|tcp|udp|N] [--host A.B.C.D[/N]]... (at most 2)
 *                      [--port N] [--hooks pre,in,fwd,out,post] [--kinds xmit,receive,netif_rx,drop,qdisc]
 *                      [--verbose]
 *
 * Output, --format json (stdout, one JSON object a line):
 *   {"type":"attached","pid":N,"set":"netfilter","links":[{"netns":PATH,"inode":N,"hook":"PREROUTING",
 *     "phase":"entry","priority":-500,"link_id":N,"prog_id":N}, ...]}   once, after every link is up
 *   (tracepoint: "links":[{"program":"ns_xmit","link_id":N,"prog_id":N}, ...])
 *   {"type":"pkt","mono_ns":"<u64 decimal string>","cpu":N,"skb":"0x<hex>","netns":<inode>,
 *    "hook":"PREROUTING|INPUT|FORWARD|OUTPUT|POSTROUTING","hooknum":0-4,"phase":"entry|exit",
 *    "ifindex":N,"ifname":"","out_ifindex":N,"out_ifname":"",
 *    "headers":{"src","dst","protocol","length","ttl","ip_id","tos","frag_off",
 *               tcp: "src_port","dst_port","tcp_flags","tcp_seq","tcp_ack" | udp: "src_port","dst_port" |
 *               icmp: "icmp_type","icmp_code","icmp_id","icmp_seq" [,"fragment":true]},
 *    "ct":null [,"untracked":true] | {"id":"0x<hex>","ctinfo":N,"reply_direction":bool,"status":N,
 *          "mark":N,"zone":N,"original":TUPLE,"reply":TUPLE},
 *    "verdict":"NF_ACCEPT"}                                       one per netfilter record (write_pkt)
 *     TUPLE = {"src","dst","protocol", tcp/udp: "src_port","dst_port" | icmp: "icmp_id","icmp_type","icmp_code"}
 *   {"type":"tp","kind":"xmit|receive|netif_rx|drop|enqueue|dequeue|consume","mono_ns":"…","cpu":N,"skb":"0x…",
 *    "netns":N,"ifindex":N,"ifname":"","headers":{…as above, without tos…}
 *    [drop: ,"reason":N,"location":"0x<hex>"] [consume: ,"location":"0x<hex>"]
 *    [qdisc: ,"qdisc":"tbf","handle":N,"parent":N,"qlen":N]}
 *   {"type":"lost","count":N,"total":N}                            when ring-buffer drops grew
 *   {"type":"stats","emitted":N,"lost":N,"written":N,"runner_lost":0}  about once a second and at exit
 *
 * Output, --format binary: the "attached" JSON line as above, then frames, each a 4-byte header
 * {u16 type; u16 len} (host byte order) and len payload bytes, written in large writes:
 *   type 1 (NS_FRAME_NF):    struct nf_record (nf_record.h), len NF_RECORD_SIZE
 *   type 2 (NS_FRAME_TP):    struct tp_record (tracepoint/tp_record.h), len TP_RECORD_SIZE
 *   type 4 (NS_FRAME_PROGRESS): u64 mono_ns, len 8 — the loader's CLOCK_MONOTONIC just before a
 *                            read of the ring: every record committed before then has been written
 *                            ahead of this frame. At most every 10 ms, and every 20 ms when idle,
 *                            so the agent knows how far this stream has got even when it is silent
 *                            (it closes journeys only once every probe set is past them)
 *   type 3 (NS_FRAME_STATS): struct ns_stats below, len 40 — about once a second and at exit;
 *                            `written` counts the record frames before this one
 * (agent/probes/loader/binary.ts reads these; keep both in step.)
 *
 * Errors: one line on stderr ("attaching netfilter probe in netns /run/netns/x at FORWARD entry:
 *   Operation not permitted"), exit status 1 (2 for bad usage).
 *
 * Lifetime: links are owned by this process's fds (nothing is pinned), so they go away with it,
 * also on SIGKILL. It exits cleanly on SIGTERM/SIGINT/SIGHUP, on EOF of stdin when stdin is a
 * pipe, socket or tty (the agent holds the pipe), and when its parent dies (PR_SET_PDEATHSIG).
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <sched.h>
#include <signal.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/prctl.h>
#include <sys/signalfd.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include <linux/bpf.h>
#include <linux/types.h>
#include <bpf/bpf.h>
#include <bpf/btf.h>
#include <bpf/libbpf.h>

#include "nf_record.h"
#include "../tracepoint/tp_record.h"
#include "../kprobe/kp_record.h"

_Static_assert(sizeof(struct nf_record) == NF_RECORD_SIZE, "struct nf_record changed: update NF_RECORD_SIZE and the parsers");
_Static_assert(sizeof(struct tp_record) == TP_RECORD_SIZE, "struct tp_record changed: update TP_RECORD_SIZE and the parsers");

#define NS_FRAME_NF 1
#define NS_FRAME_TP 2
#define NS_FRAME_STATS 3
#define NS_FRAME_PROGRESS 4
#define PROGRESS_EVERY_NS 10000000ULL
#define NS_FRAME_KP 16       /* struct kp_record (kprobe/kp_record.h), len KP_RECORD_SIZE */
#define NS_FRAME_KP_GROUP 17 /* --set kprobe: one program group's state as JSON text (a "group" line without its newline) */
_Static_assert(sizeof(struct kp_record) == KP_RECORD_SIZE, "struct kp_record changed: update KP_RECORD_SIZE and the parsers");

struct ns_frame_hdr {
	__u16 type;
	__u16 len;
} __attribute__((packed));

struct ns_stats {
	__u64 mono_ns;     /* CLOCK_MONOTONIC when the counters were read */
	__u64 emitted;     /* records the programs produced (sum of the per-CPU `counts` slot 0) */
	__u64 lost;        /* records that did not fit the ring buffer (sum of `lost`) */
	__u64 written;     /* record frames written to stdout before this one */
	__u64 runner_lost; /* records read but not written (always 0: writes block) */
} __attribute__((packed));
_Static_assert(sizeof(struct ns_stats) == 40, "struct ns_stats changed: update the parsers");

/* Not in Debian 12's linux-libc-dev (6.1) nor libbpf 1.1: values from the 6.4+ UAPI. */
#define NS_BPF_PROG_TYPE_NETFILTER 32
#define NS_BPF_NETFILTER 45
#define NS_NFPROTO_IPV4 2
#define NS_NF_INET_NUMHOOKS 5
#define PRIO_ENTRY (-500)
#define PRIO_EXIT 500
#define PRIO_TRIES 16 /* step outward this many times when a priority is taken (EBUSY) */
#define MAX_NETNS 16

/* union bpf_attr's BPF_LINK_CREATE part for netfilter links (kernel >= 6.4). */
struct nf_link_create_attr {
	__u32 prog_fd;
	__u32 target_fd;
	__u32 attach_type;
	__u32 flags;
	struct {
		__u32 pf;
		__u32 hooknum;
		__s32 priority;
		__u32 flags;
	} netfilter;
	__u8 zero[48]; /* the rest of the union stays zero */
};

static const char *const hook_names[NS_NF_INET_NUMHOOKS] = {
	"PREROUTING", "INPUT", "FORWARD", "OUTPUT", "POSTROUTING",
};
static const char *const hook_short[NS_NF_INET_NUMHOOKS] = { "pre", "in", "fwd", "out", "post" };

struct link {
	int fd;
	int netns_idx;
	int hook;
	int exit;
	int priority;
	__u32 link_id;
	__u32 prog_id;
};

enum probe_set { SET_NETFILTER, SET_TRACEPOINT, SET_KPROBE };

static struct {
	const char *obj_path;
	const char *netns[MAX_NETNS];
	int n_netns;
	struct nf_config cfg;
	struct tp_config tp;
	enum probe_set set;
	bool binary;
	bool verbose;
} opt;

#define MAX_TP_LINKS 8
static const char *const tp_kind_names[] = { "xmit", "receive", "netif_rx", "drop", "enqueue", "dequeue", "consume" };
/* program name → the kind bit that enables it */
static const struct { const char *prog; int kind; } tp_progs[] = {
	{ "ns_xmit", TP_KIND_XMIT }, { "ns_receive", TP_KIND_RECEIVE }, { "ns_netif_rx", TP_KIND_NETIF_RX },
	{ "ns_drop", TP_KIND_DROP }, { "ns_enqueue", TP_KIND_ENQUEUE }, { "ns_dequeue", TP_KIND_DEQUEUE },
	{ "ns_consume", TP_KIND_CONSUME },
};

/* --set kprobe: which groups (--groups), and where hooks are left to the netfilter set (--skip-hooks-netns) */
static const char *kp_groups_arg;
static const char *kp_skip_paths[MAX_NETNS];
static int kp_n_skip;

static struct link links[MAX_NETNS * NS_NF_INET_NUMHOOKS * 2];
static int n_links;
static struct { struct bpf_link *link; const char *prog; __u32 link_id, prog_id; } tp_links[MAX_TP_LINKS];
static int n_tp_links;
static unsigned long long lost_reported;
static unsigned long long written; /* record frames/lines written */

/* ---- errors: one sentence on stderr ---- */

static void die(int code, const char *fmt, ...) __attribute__((noreturn, format(printf, 2, 3)));
static void die(int code, const char *fmt, ...)
{
	va_list ap;

	fflush(stdout);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	exit(code);
}

static int libbpf_print(enum libbpf_print_level level, const char *fmt, va_list ap)
{
	/* errors stay one line on stderr; --verbose shows libbpf's own log (and the verifier's) */
	if (!opt.verbose)
		return 0;
	(void)level;
	return vfprintf(stderr, fmt, ap);
}

/* ---- arguments ---- */

static void usage(FILE *f)
{
	fputs("usage: netscope-nf-loader --obj PATH [--set netfilter|tracepoint|kprobe] [--format json|binary]\n"
	      "                          [--netns PATH]... [--proto icmp|tcp|udp|N] [--host A.B.C.D[/N]]... [--port N]\n"
	      "                          [--hooks pre,in,fwd,out,post] [--kinds xmit,receive,netif_rx,drop,qdisc] [--verbose]\n"
	      "                          [--groups hook,nft,ipt,nat,bridge] [--skip-hooks-netns PATH]...   (--set kprobe)\n",
	      f);
}

static void parse_host(const char *arg)
{
	char buf[64];
	char *slash;
	struct in_addr a;
	long bits = 32;
	int i = opt.cfg.nhosts;

	if (i >= NF_MAX_HOSTS)
		die(2, "--host given more than %d times; the in-kernel filter holds at most %d addresses", NF_MAX_HOSTS, NF_MAX_HOSTS);
	if (strlen(arg) >= sizeof(buf))
		die(2, "--host %s is not an IPv4 address or CIDR (A.B.C.D or A.B.C.D/N)", arg);
	strcpy(buf, arg);
	slash = strchr(buf, '/');
	if (slash) {
		char *end;

		*slash = 0;
		errno = 0;
		bits = strtol(slash + 1, &end, 10);
		if (errno || *end || end == slash + 1 || bits < 0 || bits > 32)
			die(2, "--host %s has a bad prefix length (want /0 to /32)", arg);
	}
	if (inet_pton(AF_INET, buf, &a) != 1)
		die(2, "--host %s is not an IPv4 address or CIDR (A.B.C.D or A.B.C.D/N)", arg);
	opt.cfg.mask[i] = bits ? htonl(0xffffffffu << (32 - bits)) : 0;
	opt.cfg.host[i] = a.s_addr & opt.cfg.mask[i];
	opt.cfg.nhosts = i + 1;
}

static void parse_proto(const char *arg)
{
	char *end;
	long n;

	if (!strcmp(arg, "icmp"))
		opt.cfg.proto = IPPROTO_ICMP;
	else if (!strcmp(arg, "tcp"))
		opt.cfg.proto = IPPROTO_TCP;
	else if (!strcmp(arg, "udp"))
		opt.cfg.proto = IPPROTO_UDP;
	else {
		errno = 0;
		n = strtol(arg, &end, 10);
		if (errno || *end || end == arg || n < 1 || n > 255)
			die(2, "--proto %s is not icmp, tcp, udp or a protocol number 1-255", arg);
		opt.cfg.proto = n;
	}
}

static void parse_port(const char *arg)
{
	char *end;
	long n;

	errno = 0;
	n = strtol(arg, &end, 10);
	if (errno || *end || end == arg || n < 1 || n > 65535)
		die(2, "--port %s is not a port number 1-65535", arg);
	opt.cfg.port = n;
}

static void parse_hooks(const char *arg)
{
	char buf[256];
	char *tok, *save = NULL;

	if (strlen(arg) >= sizeof(buf))
		die(2, "--hooks %s is too long", arg);
	strcpy(buf, arg);
	opt.cfg.hook_mask = 0;
	for (tok = strtok_r(buf, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
		int h;

		for (h = 0; h < NS_NF_INET_NUMHOOKS; h++)
			if (!strcasecmp(tok, hook_short[h]) || !strcasecmp(tok, hook_names[h]))
				break;
		if (h == NS_NF_INET_NUMHOOKS)
			die(2, "--hooks: unknown hook '%s' (want a comma-separated list of pre, in, fwd, out, post)", tok);
		opt.cfg.hook_mask |= 1u << h;
	}
	if (!opt.cfg.hook_mask)
		die(2, "--hooks names no hook (want a comma-separated list of pre, in, fwd, out, post)");
}

static void parse_kinds(const char *arg)
{
	static const struct { const char *name; __u32 bits; } kinds[] = {
		{ "xmit", 1u << TP_KIND_XMIT }, { "receive", 1u << TP_KIND_RECEIVE },
		{ "netif_rx", 1u << TP_KIND_NETIF_RX }, { "drop", 1u << TP_KIND_DROP },
		{ "qdisc", (1u << TP_KIND_ENQUEUE) | (1u << TP_KIND_DEQUEUE) },
		{ "consume", 1u << TP_KIND_CONSUME },
	};
	char buf[256];
	char *tok, *save = NULL;
	size_t k;

	if (strlen(arg) >= sizeof(buf))
		die(2, "--kinds %s is too long", arg);
	strcpy(buf, arg);
	opt.tp.kinds = 0;
	for (tok = strtok_r(buf, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
		for (k = 0; k < sizeof(kinds) / sizeof(kinds[0]); k++)
			if (!strcasecmp(tok, kinds[k].name))
				break;
		if (k == sizeof(kinds) / sizeof(kinds[0]))
			die(2, "--kinds: unknown kind '%s' (want a comma-separated list of xmit, receive, netif_rx, drop, qdisc)", tok);
		opt.tp.kinds |= kinds[k].bits;
	}
	if (!opt.tp.kinds)
		die(2, "--kinds names no kind (want a comma-separated list of xmit, receive, netif_rx, drop, qdisc)");
}

static void parse_args(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "obj", required_argument, NULL, 'o' },
		{ "netns", required_argument, NULL, 'n' },
		{ "proto", required_argument, NULL, 'p' },
		{ "host", required_argument, NULL, 'H' },
		{ "port", required_argument, NULL, 'P' },
		{ "hooks", required_argument, NULL, 'k' },
		{ "kinds", required_argument, NULL, 'K' },
		{ "set", required_argument, NULL, 's' },
		{ "format", required_argument, NULL, 'f' },
		{ "groups", required_argument, NULL, 'g' },
		{ "skip-hooks-netns", required_argument, NULL, 'S' },
		{ "verbose", no_argument, NULL, 'v' },
		{ "help", no_argument, NULL, 'h' },
		{ 0 },
	};
	int c;

	opt.cfg.hook_mask = NF_HOOK_MASK_ALL;
	opt.tp.kinds = TP_KINDS_DEFAULT;
	opterr = 0;
	while ((c = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
		switch (c) {
		case 'o': opt.obj_path = optarg; break;
		case 'n':
			if (opt.n_netns >= MAX_NETNS)
				die(2, "--netns given more than %d times", MAX_NETNS);
			opt.netns[opt.n_netns++] = optarg;
			break;
		case 'p': parse_proto(optarg); break;
		case 'H': parse_host(optarg); break;
		case 'P': parse_port(optarg); break;
		case 'k': parse_hooks(optarg); break;
		case 'K': parse_kinds(optarg); break;
		case 's':
			if (!strcmp(optarg, "netfilter"))
				opt.set = SET_NETFILTER;
			else if (!strcmp(optarg, "tracepoint"))
				opt.set = SET_TRACEPOINT;
			else if (!strcmp(optarg, "kprobe"))
				opt.set = SET_KPROBE;
			else
				die(2, "--set %s is not a probe set this loader runs (want netfilter, tracepoint or kprobe)", optarg);
			break;
		case 'f':
			if (!strcmp(optarg, "json"))
				opt.binary = false;
			else if (!strcmp(optarg, "binary"))
				opt.binary = true;
			else
				die(2, "--format %s is not json or binary", optarg);
			break;
		case 'g': kp_groups_arg = optarg; break;
		case 'S':
			if (kp_n_skip >= MAX_NETNS)
				die(2, "--skip-hooks-netns given more than %d times", MAX_NETNS);
			kp_skip_paths[kp_n_skip++] = optarg;
			break;
		case 'v': opt.verbose = true; break;
		case 'h': usage(stdout); exit(0);
		default:
			if (optopt)
				die(2, "option --%s needs a value or is unknown; see --help", argv[optind - 1] + 2);
			die(2, "unknown option %s; see --help", argv[optind - 1]);
		}
	}
	if (optind < argc)
		die(2, "unexpected argument '%s'; see --help", argv[optind]);
	if (!opt.obj_path)
		die(2, "--obj PATH is required (the built nf_hooks.bpf.o or packet_path.bpf.o)");
	if (opt.set == SET_TRACEPOINT && opt.n_netns)
		die(2, "--netns does not apply to --set tracepoint (tracepoints see every netns); leave it out");
	if (opt.set == SET_KPROBE && opt.n_netns)
		die(2, "--netns does not apply to --set kprobe (kprobes see every netns); leave it out");
	if (opt.set != SET_KPROBE && (kp_groups_arg || kp_n_skip))
		die(2, "--groups and --skip-hooks-netns apply only to --set kprobe");
	/* one filter, two layouts */
	opt.tp.proto = opt.cfg.proto;
	opt.tp.nhosts = opt.cfg.nhosts;
	opt.tp.port = opt.cfg.port;
	memcpy(opt.tp.host, opt.cfg.host, sizeof(opt.tp.host));
	memcpy(opt.tp.mask, opt.cfg.mask, sizeof(opt.tp.mask));
	if (!opt.n_netns && opt.set == SET_NETFILTER)
		opt.netns[opt.n_netns++] = "/proc/self/ns/net";
}

/* ---- JSON output: a small appender into one buffer, written with fwrite ---- */

struct out {
	char buf[2048];
	size_t len;
};

static void o_str(struct out *o, const char *s)
{
	size_t n = strlen(s);

	if (o->len + n < sizeof(o->buf)) {
		memcpy(o->buf + o->len, s, n);
		o->len += n;
	}
}

static void o_u64(struct out *o, unsigned long long v)
{
	char tmp[24];
	int i = sizeof(tmp);

	do {
		tmp[--i] = '0' + v % 10;
		v /= 10;
	} while (v);
	if (o->len + (sizeof(tmp) - i) < sizeof(o->buf)) {
		memcpy(o->buf + o->len, tmp + i, sizeof(tmp) - i);
		o->len += sizeof(tmp) - i;
	}
}

static void o_hex(struct out *o, unsigned long long v)
{
	static const char digits[] = "0123456789abcdef";
	char tmp[20];
	int i = sizeof(tmp);

	do {
		tmp[--i] = digits[v & 15];
		v >>= 4;
	} while (v);
	tmp[--i] = 'x';
	tmp[--i] = '0';
	if (o->len + (sizeof(tmp) - i) < sizeof(o->buf)) {
		memcpy(o->buf + o->len, tmp + i, sizeof(tmp) - i);
		o->len += sizeof(tmp) - i;
	}
}

/* "key":"1.2.3.4" — addr in network order */
static void o_ip(struct out *o, __be32 addr)
{
	const unsigned char *b = (const unsigned char *)&addr;
	int i;

	o_str(o, "\"");
	for (i = 0; i < 4; i++) {
		if (i)
			o_str(o, ".");
		o_u64(o, b[i]);
	}
	o_str(o, "\"");
}

/* a kernel device name: printable ASCII by construction, but escape defensively */
static void o_name(struct out *o, const char name[16])
{
	int i;

	o_str(o, "\"");
	for (i = 0; i < 16 && name[i]; i++) {
		unsigned char c = name[i];

		if (c < 0x20 || c >= 0x7f || c == '"' || c == '\\') {
			char esc[8];

			snprintf(esc, sizeof(esc), "\\u%04x", c);
			o_str(o, esc);
		} else if (o->len + 1 < sizeof(o->buf)) {
			o->buf[o->len++] = c;
		}
	}
	o_str(o, "\"");
}

static void o_tuple(struct out *o, const struct nf_tuple *t)
{
	o_str(o, "{\"src\":");
	o_ip(o, t->src);
	o_str(o, ",\"dst\":");
	o_ip(o, t->dst);
	o_str(o, ",\"protocol\":");
	o_u64(o, t->proto);
	if (t->proto == IPPROTO_ICMP) {
		/* conntrack keeps the echo id in src.u.icmp.id and {type, code} in dst.u.icmp */
		const unsigned char *tc = (const unsigned char *)&t->dport;

		o_str(o, ",\"icmp_id\":");
		o_u64(o, ntohs(t->sport));
		o_str(o, ",\"icmp_type\":");
		o_u64(o, tc[0]);
		o_str(o, ",\"icmp_code\":");
		o_u64(o, tc[1]);
	} else {
		o_str(o, ",\"src_port\":");
		o_u64(o, ntohs(t->sport));
		o_str(o, ",\"dst_port\":");
		o_u64(o, ntohs(t->dport));
	}
	o_str(o, "}");
}

/*
 * One record as one line. Field names follow proto/netscope/v1/events.proto (PacketEvent,
 * Headers, ConntrackRef, ConntrackTuple); 64-bit values that a JSON number would round (mono_ns,
 * skb, ct id) are strings.
 */
static void write_pkt(const struct nf_record *r)
{
	struct out o;

	o.len = 0;
	o_str(&o, "{\"type\":\"pkt\",\"mono_ns\":\"");
	o_u64(&o, r->ts_ns);
	o_str(&o, "\",\"cpu\":");
	o_u64(&o, r->cpu);
	o_str(&o, ",\"skb\":\"");
	o_hex(&o, r->skb);
	o_str(&o, "\",\"netns\":");
	o_u64(&o, r->netns);
	o_str(&o, ",\"hook\":\"");
	o_str(&o, r->hook < NS_NF_INET_NUMHOOKS ? hook_names[r->hook] : "UNKNOWN");
	o_str(&o, "\",\"hooknum\":");
	o_u64(&o, r->hook);
	o_str(&o, (r->flags & NF_REC_F_EXIT) ? ",\"phase\":\"exit\"" : ",\"phase\":\"entry\"");
	o_str(&o, ",\"ifindex\":");
	o_u64(&o, r->ifindex_in);
	o_str(&o, ",\"ifname\":");
	o_name(&o, r->dev_in);
	o_str(&o, ",\"out_ifindex\":");
	o_u64(&o, r->ifindex_out);
	o_str(&o, ",\"out_ifname\":");
	o_name(&o, r->dev_out);

	o_str(&o, ",\"headers\":{\"src\":");
	o_ip(&o, r->saddr);
	o_str(&o, ",\"dst\":");
	o_ip(&o, r->daddr);
	o_str(&o, ",\"protocol\":");
	o_u64(&o, r->proto);
	o_str(&o, ",\"length\":");
	o_u64(&o, r->tot_len);
	o_str(&o, ",\"ttl\":");
	o_u64(&o, r->ttl);
	o_str(&o, ",\"ip_id\":");
	o_u64(&o, r->ip_id);
	o_str(&o, ",\"tos\":");
	o_u64(&o, r->tos);
	o_str(&o, ",\"frag_off\":");
	o_u64(&o, r->frag_off);
	if (r->flags & NF_REC_F_L4) {
		if (r->proto == IPPROTO_TCP) {
			o_str(&o, ",\"src_port\":");
			o_u64(&o, ntohs(r->sport));
			o_str(&o, ",\"dst_port\":");
			o_u64(&o, ntohs(r->dport));
			o_str(&o, ",\"tcp_flags\":");
			o_u64(&o, r->tcp_flags);
			o_str(&o, ",\"tcp_seq\":");
			o_u64(&o, r->tcp_seq);
			o_str(&o, ",\"tcp_ack\":");
			o_u64(&o, r->tcp_ack);
		} else if (r->proto == IPPROTO_UDP) {
			o_str(&o, ",\"src_port\":");
			o_u64(&o, ntohs(r->sport));
			o_str(&o, ",\"dst_port\":");
			o_u64(&o, ntohs(r->dport));
		} else if (r->proto == IPPROTO_ICMP) {
			o_str(&o, ",\"icmp_type\":");
			o_u64(&o, r->icmp_type);
			o_str(&o, ",\"icmp_code\":");
			o_u64(&o, r->icmp_code);
			o_str(&o, ",\"icmp_id\":");
			o_u64(&o, r->icmp_id);
			o_str(&o, ",\"icmp_seq\":");
			o_u64(&o, r->icmp_seq);
		}
	}
	if (r->flags & NF_REC_F_FRAG)
		o_str(&o, ",\"fragment\":true");
	o_str(&o, "}");

	if (r->flags & NF_REC_F_HAS_CT) {
		o_str(&o, ",\"ct\":{\"id\":\"");
		o_hex(&o, r->ct);
		o_str(&o, "\",\"ctinfo\":");
		o_u64(&o, r->ctinfo);
		/* IP_CT_IS_REPLY = 3: ESTABLISHED_REPLY, RELATED_REPLY */
		o_str(&o, (r->ctinfo == 3 || r->ctinfo == 4) ? ",\"reply_direction\":true" : ",\"reply_direction\":false");
		o_str(&o, ",\"status\":");
		o_u64(&o, r->ct_status);
		o_str(&o, ",\"mark\":");
		o_u64(&o, r->ct_mark);
		o_str(&o, ",\"zone\":");
		o_u64(&o, r->ct_zone);
		o_str(&o, ",\"original\":");
		o_tuple(&o, &r->orig);
		o_str(&o, ",\"reply\":");
		o_tuple(&o, &r->reply);
		o_str(&o, "}");
	} else {
		o_str(&o, ",\"ct\":null");
		if (r->ctinfo == 7)
			o_str(&o, ",\"untracked\":true");
	}
	o_str(&o, ",\"verdict\":\"");
	o_str(&o, r->verdict == 1 ? "NF_ACCEPT" : "UNKNOWN");
	o_str(&o, "\"}\n");
	fwrite_unlocked(o.buf, 1, o.len, stdout);
}

/* One tracepoint record as one line (JSON mode, for debugging and tests). */
static void write_tp(const struct tp_record *r)
{
	struct out o;

	o.len = 0;
	o_str(&o, "{\"type\":\"tp\",\"kind\":\"");
	o_str(&o, r->kind < sizeof(tp_kind_names) / sizeof(tp_kind_names[0]) ? tp_kind_names[r->kind] : "unknown");
	o_str(&o, "\",\"mono_ns\":\"");
	o_u64(&o, r->ts_ns);
	o_str(&o, "\",\"cpu\":");
	o_u64(&o, r->cpu);
	o_str(&o, ",\"skb\":\"");
	o_hex(&o, r->skb);
	o_str(&o, "\",\"netns\":");
	o_u64(&o, r->netns);
	o_str(&o, ",\"ifindex\":");
	o_u64(&o, r->ifindex);
	o_str(&o, ",\"ifname\":");
	o_name(&o, r->ifname);
	o_str(&o, ",\"headers\":{\"src\":");
	o_ip(&o, r->saddr);
	o_str(&o, ",\"dst\":");
	o_ip(&o, r->daddr);
	o_str(&o, ",\"protocol\":");
	o_u64(&o, r->proto);
	o_str(&o, ",\"length\":");
	o_u64(&o, r->tot_len);
	o_str(&o, ",\"ttl\":");
	o_u64(&o, r->ttl);
	o_str(&o, ",\"ip_id\":");
	o_u64(&o, r->ip_id);
	o_str(&o, ",\"frag_off\":");
	o_u64(&o, r->frag_off);
	if (r->flags & TP_REC_F_L4) {
		if (r->proto == IPPROTO_TCP || r->proto == IPPROTO_UDP) {
			o_str(&o, ",\"src_port\":");
			o_u64(&o, r->l4a);
			o_str(&o, ",\"dst_port\":");
			o_u64(&o, r->l4b);
			if (r->proto == IPPROTO_TCP) {
				o_str(&o, ",\"tcp_flags\":");
				o_u64(&o, r->tcp_flags);
				o_str(&o, ",\"tcp_seq\":");
				o_u64(&o, r->tcp_seq);
				o_str(&o, ",\"tcp_ack\":");
				o_u64(&o, r->tcp_ack);
			}
		} else if (r->proto == IPPROTO_ICMP) {
			o_str(&o, ",\"icmp_type\":");
			o_u64(&o, r->l4a);
			o_str(&o, ",\"icmp_code\":");
			o_u64(&o, r->l4b);
			o_str(&o, ",\"icmp_id\":");
			o_u64(&o, r->l4c);
			o_str(&o, ",\"icmp_seq\":");
			o_u64(&o, r->l4d);
		}
	}
	o_str(&o, "}");
	if (r->kind == TP_KIND_DROP || r->kind == TP_KIND_CONSUME) {
		if (r->kind == TP_KIND_DROP) {
			o_str(&o, ",\"reason\":");
			o_u64(&o, r->reason);
		}
		o_str(&o, ",\"location\":\"");
		o_hex(&o, r->location);
		o_str(&o, "\"");
	} else if (r->kind == TP_KIND_ENQUEUE || r->kind == TP_KIND_DEQUEUE) {
		o_str(&o, ",\"qdisc\":");
		o_name(&o, r->qdisc_kind);
		o_str(&o, ",\"handle\":");
		o_u64(&o, r->qdisc_handle);
		o_str(&o, ",\"parent\":");
		o_u64(&o, r->qdisc_parent);
		o_str(&o, ",\"qlen\":");
		o_u64(&o, r->qlen);
	}
	o_str(&o, "}\n");
	fwrite_unlocked(o.buf, 1, o.len, stdout);
}

/* One binary frame: header and payload in one stdio write (the stdio buffer makes the big writes). */
static void write_frame(__u16 type, const void *data, __u16 len)
{
	char buf[sizeof(struct ns_frame_hdr) + 256];
	struct ns_frame_hdr h = { .type = type, .len = len };

	memcpy(buf, &h, sizeof(h));
	memcpy(buf + sizeof(h), data, len);
	fwrite_unlocked(buf, 1, sizeof(h) + len, stdout);
}

static void write_kp(const struct kp_record *r);

static int on_record(void *ctx, void *data, size_t size)
{
	(void)ctx;
	if (opt.set == SET_KPROBE) {
		if (size < sizeof(struct kp_record))
			return 0;
		if (opt.binary)
			write_frame(NS_FRAME_KP, data, KP_RECORD_SIZE);
		else
			write_kp(data);
	} else if (opt.set == SET_NETFILTER) {
		if (size < sizeof(struct nf_record))
			return 0; /* a record from another build of the object: skip rather than misread */
		if (opt.binary)
			write_frame(NS_FRAME_NF, data, NF_RECORD_SIZE);
		else
			write_pkt(data);
	} else {
		if (size < sizeof(struct tp_record))
			return 0;
		if (opt.binary)
			write_frame(NS_FRAME_TP, data, TP_RECORD_SIZE);
		else
			write_tp(data);
	}
	written++;
	return 0;
}

/* ---- counters: lost records and records emitted ---- */

static unsigned long long percpu_sum(int map_fd)
{
	int ncpu = libbpf_num_possible_cpus();
	unsigned long long sum = 0;
	__u32 zero = 0;
	__u64 *vals;
	int i;

	if (ncpu <= 0 || map_fd < 0)
		return 0;
	vals = calloc(ncpu, sizeof(*vals));
	if (!vals)
		return 0;
	if (!bpf_map_lookup_elem(map_fd, &zero, vals))
		for (i = 0; i < ncpu; i++)
			sum += vals[i];
	free(vals);
	return sum;
}

static void report_lost(int lost_fd, int counts_fd)
{
	/* emitted first: a record counted as lost was counted as emitted before, never the reverse */
	unsigned long long emitted = percpu_sum(counts_fd);
	unsigned long long total = percpu_sum(lost_fd);
	struct timespec now;

	if (!opt.binary && total > lost_reported)
		printf("{\"type\":\"lost\",\"count\":%llu,\"total\":%llu}\n", total - lost_reported, total);
	lost_reported = total;
	clock_gettime(CLOCK_MONOTONIC, &now);
	if (opt.binary) {
		struct ns_stats st = {
			.mono_ns = (__u64)now.tv_sec * 1000000000ull + now.tv_nsec,
			.emitted = emitted,
			.lost = total,
			.written = written,
			.runner_lost = 0,
		};

		write_frame(NS_FRAME_STATS, &st, sizeof(st));
	} else {
		printf("{\"type\":\"stats\",\"emitted\":%llu,\"lost\":%llu,\"written\":%llu,\"runner_lost\":0}\n",
		       emitted, total, written);
	}
}

/* ---- load and attach ---- */

static struct bpf_object *load_object(void)
{
	struct bpf_object *obj;
	struct bpf_program *prog;
	struct bpf_map *map, *rodata = NULL;
	struct btf *btf;
	const struct btf_type *sec;
	const struct btf_var_secinfo *vi;
	size_t size;
	void *data;
	int err, i, found = 0;
	const char *cfg_name = opt.set == SET_NETFILTER ? "nf_cfg" : "tp_cfg";
	const void *cfg = opt.set == SET_NETFILTER ? (const void *)&opt.cfg : (const void *)&opt.tp;
	size_t cfg_size = opt.set == SET_NETFILTER ? sizeof(opt.cfg) : sizeof(opt.tp);

	if (access(opt.obj_path, R_OK))
		die(1, "reading BPF object %s: %s", opt.obj_path, strerror(errno));
	obj = bpf_object__open_file(opt.obj_path, NULL);
	if (!obj) {
		char msg[128];

		libbpf_strerror(errno, msg, sizeof(msg));
		die(1, "opening BPF object %s: %s (is it nf_hooks.bpf.o or packet_path.bpf.o?)", opt.obj_path, msg);
	}

	/* the filter: nf_cfg / tp_cfg in .rodata, located through the object's BTF */
	bpf_object__for_each_map(map, obj) {
		const char *name = bpf_map__name(map);
		size_t n = strlen(name);

		if (bpf_map__is_internal(map) && n >= 7 && !strcmp(name + n - 7, ".rodata"))
			rodata = map;
	}
	btf = bpf_object__btf(obj);
	if (!rodata || !btf)
		die(1, "BPF object %s has no .rodata config (not a netscope probe object?)", opt.obj_path);
	err = btf__find_by_name_kind(btf, ".rodata", BTF_KIND_DATASEC);
	if (err < 0)
		die(1, "BPF object %s has no BTF for .rodata", opt.obj_path);
	sec = btf__type_by_id(btf, err);
	data = (void *)bpf_map__initial_value(rodata, &size);
	vi = btf_var_secinfos(sec);
	for (i = 0; i < btf_vlen(sec); i++, vi++) {
		const struct btf_type *var = btf__type_by_id(btf, vi->type);

		if (!strcmp(btf__name_by_offset(btf, var->name_off), cfg_name)) {
			if (vi->size != cfg_size || !data || vi->offset + vi->size > size)
				die(1, "BPF object %s has a %s of another layout (rebuild it with make -C bpf)", opt.obj_path, cfg_name);
			memcpy((char *)data + vi->offset, cfg, cfg_size);
			found = 1;
		}
	}
	if (!found)
		die(1, "BPF object %s has no %s variable (not a netscope %s object?)", opt.obj_path, cfg_name,
		    opt.set == SET_NETFILTER ? "netfilter" : "tracepoint");

	bpf_object__for_each_program(prog, obj) {
		if (opt.set == SET_NETFILTER) {
			/* libbpf 1.1 does not know SEC("netfilter"): set type and attach type by hand */
			bpf_program__set_type(prog, NS_BPF_PROG_TYPE_NETFILTER);
			bpf_program__set_expected_attach_type(prog, NS_BPF_NETFILTER);
		} else {
			/* load only the programs of the kinds asked for */
			const char *name = bpf_program__name(prog);
			size_t k;

			for (k = 0; k < sizeof(tp_progs) / sizeof(tp_progs[0]); k++)
				if (!strcmp(name, tp_progs[k].prog))
					bpf_program__set_autoload(prog, !!(opt.tp.kinds & (1u << tp_progs[k].kind)));
		}
	}
	err = bpf_object__load(obj);
	if (err) {
		char msg[128];

		libbpf_strerror(err, msg, sizeof(msg));
		die(1, "loading BPF object %s: %s (needs root and kernel >= 6.4 with BTF; --verbose shows the verifier log)",
		    opt.obj_path, msg);
	}
	return obj;
}

static int nf_link_create(int prog_fd, int hook, int priority)
{
	struct nf_link_create_attr attr;

	memset(&attr, 0, sizeof(attr));
	attr.prog_fd = prog_fd;
	attr.attach_type = NS_BPF_NETFILTER;
	attr.netfilter.pf = NS_NFPROTO_IPV4;
	attr.netfilter.hooknum = hook;
	attr.netfilter.priority = priority;
	return syscall(__NR_bpf, BPF_LINK_CREATE, &attr, sizeof(attr));
}

static void attach_netns(int idx, int self_ns, int prog_entry, int prog_exit)
{
	const char *path = opt.netns[idx];
	int fd, h, ex;

	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		die(1, "opening netns %s: %s (is it a network namespace path like /run/netns/NAME?)", path, strerror(errno));
	if (setns(fd, CLONE_NEWNET))
		die(1, "entering netns %s: %s%s", path, strerror(errno),
		    errno == EINVAL ? " (not a network namespace)" : "");
	for (h = 0; h < NS_NF_INET_NUMHOOKS; h++) {
		if (!(opt.cfg.hook_mask & (1u << h)))
			continue;
		for (ex = 0; ex < 2; ex++) {
			struct link *l = &links[n_links];
			struct bpf_link_info info;
			__u32 len = sizeof(info);
			int base = ex ? PRIO_EXIT : PRIO_ENTRY;
			int try, lfd = -1;

			/* one BPF hook per priority and hook: another loader may hold ±500 */
			for (try = 0; try < PRIO_TRIES; try++) {
				lfd = nf_link_create(ex ? prog_exit : prog_entry, h, ex ? base + try : base - try);
				if (lfd >= 0 || errno != EBUSY)
					break;
			}
			if (lfd < 0)
				die(1, "attaching netfilter probe in netns %s at %s %s: %s", path, hook_names[h],
				    ex ? "exit" : "entry", strerror(errno));
			memset(&info, 0, sizeof(info));
			if (bpf_obj_get_info_by_fd(lfd, &info, &len))
				die(1, "reading link info in netns %s: %s", path, strerror(errno));
			l->fd = lfd;
			l->netns_idx = idx;
			l->hook = h;
			l->exit = ex;
			l->priority = ex ? base + try : base - try;
			l->link_id = info.id;
			l->prog_id = info.prog_id;
			n_links++;
		}
	}
	if (setns(self_ns, CLONE_NEWNET))
		die(1, "returning from netns %s: %s", path, strerror(errno));
	close(fd);
}

static void attach_tracepoints(struct bpf_object *obj)
{
	struct bpf_program *prog;

	bpf_object__for_each_program(prog, obj) {
		struct bpf_link_info info;
		__u32 len = sizeof(info);
		struct bpf_link *l;

		if (!bpf_program__autoload(prog))
			continue;
		if (n_tp_links >= MAX_TP_LINKS)
			die(1, "BPF object %s has more programs than this loader attaches (%d)", opt.obj_path, MAX_TP_LINKS);
		l = bpf_program__attach(prog);
		if (!l)
			die(1, "attaching tracepoint program %s: %s", bpf_program__name(prog), strerror(errno));
		memset(&info, 0, sizeof(info));
		if (bpf_obj_get_info_by_fd(bpf_link__fd(l), &info, &len))
			die(1, "reading link info of %s: %s", bpf_program__name(prog), strerror(errno));
		tp_links[n_tp_links].link = l;
		tp_links[n_tp_links].prog = bpf_program__name(prog);
		tp_links[n_tp_links].link_id = info.id;
		tp_links[n_tp_links].prog_id = info.prog_id;
		n_tp_links++;
	}
	if (!n_tp_links)
		die(1, "BPF object %s has no tracepoint program for the kinds asked for", opt.obj_path);
}

static void print_attached(void)
{
	int i;

	if (opt.set == SET_TRACEPOINT) {
		printf("{\"type\":\"attached\",\"pid\":%d,\"set\":\"tracepoint\",\"format\":\"%s\",\"links\":[",
		       (int)getpid(), opt.binary ? "binary" : "json");
		for (i = 0; i < n_tp_links; i++)
			printf("%s{\"program\":\"%s\",\"link_id\":%u,\"prog_id\":%u}", i ? "," : "", tp_links[i].prog,
			       tp_links[i].link_id, tp_links[i].prog_id);
		printf("]}\n");
		fflush(stdout);
		return;
	}

	printf("{\"type\":\"attached\",\"pid\":%d,\"set\":\"netfilter\",\"format\":\"%s\",\"links\":[", (int)getpid(),
	       opt.binary ? "binary" : "json");
	for (i = 0; i < n_links; i++) {
		const struct link *l = &links[i];
		struct stat st = { 0 };

		stat(opt.netns[l->netns_idx], &st);
		printf("%s{\"netns\":\"", i ? "," : "");
		/* paths are printed as given; escape the two JSON specials */
		for (const char *p = opt.netns[l->netns_idx]; *p; p++) {
			if (*p == '"' || *p == '\\')
				putchar('\\');
			putchar(*p);
		}
		printf("\",\"inode\":%llu,\"hook\":\"%s\",\"phase\":\"%s\",\"priority\":%d,\"link_id\":%u,\"prog_id\":%u}",
		       (unsigned long long)st.st_ino, hook_names[l->hook], l->exit ? "exit" : "entry",
		       l->priority, l->link_id, l->prog_id);
	}
	printf("]}\n");
	fflush(stdout);
}

/* ---- --set kprobe: bpf/kprobe/nf_kprobes.bpf.o, one group of programs per kernel function ----
 *
 * Each group is opened, loaded and attached on its own (its own bpf_object with only its
 * programs autoloaded; the ring buffer, counters and the per-thread frame stack are created once
 * here and shared through bpf_map__reuse_fd), so a group that cannot load or attach on this kernel
 * is reported alone while the others run. A group whose function is in a module that is not loaded
 * (nf_tables, ip_tables, nf_nat, bridge) waits: /proc/modules is checked about once a second and the
 * group is loaded (against that module's BTF) and attached when its module appears, and detached
 * when it goes. Every change is reported: a {"type":"group",…} line in JSON mode, a frame of type
 * NS_FRAME_KP_GROUP holding the same JSON text in binary mode.
 */


enum kp_state { KP_PENDING, KP_ATTACHED, KP_UNAVAILABLE };
static const char *const kp_state_names[] = { "pending", "attached", "unavailable" };

#define KP_GROUP_PROGS 2
static struct kp_group {
	const char *name;
	const char *func;
	const char *progs[KP_GROUP_PROGS];
	bool wanted;
	enum kp_state state;
	char module[64];   /* the module the function is in ("" = vmlinux), when found */
	char reason[256];
	struct bpf_object *obj;
	struct bpf_link *links[KP_GROUP_PROGS];
	__u32 prog_ids[KP_GROUP_PROGS];
} kp_groups[] = {
	{ .name = "hook", .func = "nf_hook_slow", .progs = { "kp_hook_entry", "kp_hook_exit" } },
	{ .name = "nft", .func = "nft_do_chain", .progs = { "kp_nft_chain", "kp_nft_ret" } },
	{ .name = "ipt", .func = "ipt_do_table", .progs = { "kp_ipt_table", "kp_ipt_ret" } },
	{ .name = "nat", .func = "nf_nat_manip_pkt", .progs = { "kp_nat_manip" } },
	{ .name = "bridge", .func = "br_forward", .progs = { "kp_br_forward" } },
};
#define KP_NGROUPS (int)(sizeof(kp_groups) / sizeof(kp_groups[0]))

static const char *const kp_shared_maps[] = { "events", "lost", "counts", "frames", "scratch" };
#define KP_NSHARED (int)(sizeof(kp_shared_maps) / sizeof(kp_shared_maps[0]))
static int kp_shared_fds[KP_NSHARED];
static struct kp_config kp_cfg;

static void kp_parse_groups(const char *arg)
{
	char buf[256];
	char *tok, *save = NULL;
	int g;

	if (strlen(arg) >= sizeof(buf))
		die(2, "--groups %s is too long", arg);
	strcpy(buf, arg);
	for (g = 0; g < KP_NGROUPS; g++)
		kp_groups[g].wanted = false;
	for (tok = strtok_r(buf, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
		for (g = 0; g < KP_NGROUPS; g++)
			if (!strcmp(tok, kp_groups[g].name))
				break;
		if (g == KP_NGROUPS)
			die(2, "--groups: unknown group '%s' (want a comma-separated list of hook, nft, ipt, nat, bridge)", tok);
		kp_groups[g].wanted = true;
	}
}

/* Finds each group's function in /proc/kallsyms and the module it is in; false when kallsyms cannot be read. */
static bool kp_find_functions(bool found[KP_NGROUPS])
{
	FILE *f = fopen("/proc/kallsyms", "r");
	char line[512];
	int g;

	for (g = 0; g < KP_NGROUPS; g++)
		found[g] = false;
	if (!f)
		return false;
	while (fgets(line, sizeof(line), f)) {
		char *name, *mod, *end;
		char *sp = strchr(line, ' ');

		if (!sp || !sp[1] || (sp[1] | 0x20) != 't' || sp[2] != ' ')
			continue;
		name = sp + 3;
		end = name + strcspn(name, "\t\n");
		mod = *end == '\t' ? end + 1 : NULL;
		*end = 0;
		for (g = 0; g < KP_NGROUPS; g++) {
			if (found[g] || strcmp(name, kp_groups[g].func))
				continue;
			found[g] = true;
			kp_groups[g].module[0] = 0;
			if (mod && *mod == '[') {
				size_t n = strcspn(mod + 1, "]\n");

				if (n >= sizeof(kp_groups[g].module))
					n = sizeof(kp_groups[g].module) - 1;
				memcpy(kp_groups[g].module, mod + 1, n);
				kp_groups[g].module[n] = 0;
			}
		}
	}
	fclose(f);
	return true;
}

/* Whether this kernel can attach kprobes at all: a kprobe PMU, or the legacy tracefs interface. */
static bool kp_kernel_has_kprobes(void)
{
	return !access("/sys/bus/event_source/devices/kprobe/type", R_OK) ||
	       !access("/sys/kernel/tracing/kprobe_events", W_OK) ||
	       !access("/sys/kernel/debug/tracing/kprobe_events", W_OK);
}

/* ipt_do_table's first parameter: "priv" on newer kernels, "skb" on older (5.10). */
static int kp_ipt_priv_first(const char *module)
{
	struct btf *vmlinux = btf__load_vmlinux_btf(), *btf = vmlinux;
	int id, ret = 1;

	if (!vmlinux)
		return 1;
	if (module[0]) {
		btf = btf__load_module_btf(module, vmlinux);
		if (!btf) {
			btf__free(vmlinux);
			return 1;
		}
	}
	id = btf__find_by_name_kind(btf, "ipt_do_table", BTF_KIND_FUNC);
	if (id > 0) {
		const struct btf_type *fn = btf__type_by_id(btf, id);
		const struct btf_type *proto = btf__type_by_id(btf, fn->type);

		if (proto && btf_is_func_proto(proto) && btf_vlen(proto) > 0)
			ret = !strcmp(btf__name_by_offset(btf, btf_params(proto)[0].name_off), "priv");
	}
	if (btf != vmlinux)
		btf__free(btf);
	btf__free(vmlinux);
	return ret;
}

/* One group's state as a JSON object, into buf; returns its length. */
static int kp_group_json(const struct kp_group *g, char *buf, int size)
{
	int n, i;

	n = snprintf(buf, size, "{\"type\":\"group\",\"group\":\"%s\",\"function\":\"%s\",\"module\":\"%s\",\"state\":\"%s\",\"programs\":[",
		     g->name, g->func, g->module, kp_state_names[g->state]);
	for (i = 0; i < KP_GROUP_PROGS && g->progs[i] && n < size; i++)
		n += snprintf(buf + n, size - n, "%s{\"name\":\"%s\",\"prog_id\":%u}", i ? "," : "", g->progs[i],
			      g->state == KP_ATTACHED ? g->prog_ids[i] : 0);
	if (n < size)
		n += snprintf(buf + n, size - n, "],\"reason\":\"");
	/* reasons are our own sentences plus strerror text: escape the JSON specials anyway */
	for (const char *p = g->reason; *p && n < size - 8; p++) {
		if (*p == '"' || *p == '\\')
			buf[n++] = '\\';
		buf[n++] = (*p >= 0x20) ? *p : ' ';
	}
	if (n < size)
		n += snprintf(buf + n, size - n, "\"}");
	return n < size ? n : size - 1;
}

static void kp_report(const struct kp_group *g)
{
	char buf[1024];
	int n = kp_group_json(g, buf, sizeof(buf));

	if (opt.binary)
		write_frame(NS_FRAME_KP_GROUP, buf, n);
	else
		printf("%.*s\n", n, buf);
}

static void kp_detach(struct kp_group *g)
{
	int i;

	for (i = 0; i < KP_GROUP_PROGS; i++) {
		if (g->links[i])
			bpf_link__destroy(g->links[i]);
		g->links[i] = NULL;
		g->prog_ids[i] = 0;
	}
	if (g->obj)
		bpf_object__close(g->obj);
	g->obj = NULL;
}

/* Creates the maps every group shares, from their definitions in the object. */
static void kp_create_shared_maps(void)
{
	struct bpf_object *obj;
	int i;

	if (access(opt.obj_path, R_OK))
		die(1, "reading BPF object %s: %s", opt.obj_path, strerror(errno));
	obj = bpf_object__open_file(opt.obj_path, NULL);
	if (!obj)
		die(1, "opening BPF object %s: %s (is it nf_kprobes.bpf.o?)", opt.obj_path, strerror(errno));
	for (i = 0; i < KP_NSHARED; i++) {
		struct bpf_map *m = bpf_object__find_map_by_name(obj, kp_shared_maps[i]);

		if (!m)
			die(1, "BPF object %s has no map %s (not the kprobe set's object?)", opt.obj_path, kp_shared_maps[i]);
		kp_shared_fds[i] = bpf_map_create(bpf_map__type(m), kp_shared_maps[i], bpf_map__key_size(m),
						  bpf_map__value_size(m), bpf_map__max_entries(m), NULL);
		if (kp_shared_fds[i] < 0)
			die(1, "creating the %s map: %s (needs root)", kp_shared_maps[i], strerror(errno));
	}
	bpf_object__close(obj);
}

/* Copies the config into the object's .rodata variable kp_cfg (found through its BTF). */
static int kp_set_config(struct bpf_object *obj)
{
	struct bpf_map *map, *rodata = NULL;
	struct btf *btf = bpf_object__btf(obj);
	const struct btf_type *sec;
	const struct btf_var_secinfo *vi;
	size_t size;
	void *data;
	int id, i;

	bpf_object__for_each_map(map, obj) {
		const char *name = bpf_map__name(map);
		size_t n = strlen(name);

		if (bpf_map__is_internal(map) && n >= 7 && !strcmp(name + n - 7, ".rodata"))
			rodata = map;
	}
	if (!rodata || !btf || (id = btf__find_by_name_kind(btf, ".rodata", BTF_KIND_DATASEC)) < 0)
		return -1;
	sec = btf__type_by_id(btf, id);
	data = (void *)bpf_map__initial_value(rodata, &size);
	vi = btf_var_secinfos(sec);
	for (i = 0; i < btf_vlen(sec); i++, vi++) {
		const struct btf_type *var = btf__type_by_id(btf, vi->type);

		if (!strcmp(btf__name_by_offset(btf, var->name_off), "kp_cfg")) {
			if (vi->size != sizeof(kp_cfg) || !data || vi->offset + vi->size > size)
				return -1;
			memcpy((char *)data + vi->offset, &kp_cfg, sizeof(kp_cfg));
			return 0;
		}
	}
	return -1;
}

/* Loads and attaches one group; on failure it says why in g->reason and leaves nothing behind. */
static void kp_attach(struct kp_group *g, bool kprobes_ok)
{
	struct bpf_object *obj;
	struct bpf_program *prog;
	char msg[128];
	int i, err;

	obj = bpf_object__open_file(opt.obj_path, NULL);
	if (!obj) {
		g->state = KP_UNAVAILABLE;
		snprintf(g->reason, sizeof(g->reason), "opening %s: %s", opt.obj_path, strerror(errno));
		return;
	}
	for (i = 0; i < KP_NSHARED; i++)
		bpf_map__reuse_fd(bpf_object__find_map_by_name(obj, kp_shared_maps[i]), kp_shared_fds[i]);
	if (!strcmp(g->name, "ipt"))
		kp_cfg.ipt_priv_first = kp_ipt_priv_first(g->module);
	if (kp_set_config(obj)) {
		g->state = KP_UNAVAILABLE;
		snprintf(g->reason, sizeof(g->reason), "BPF object %s has no kp_cfg of this loader's layout (rebuild it with make -C bpf)", opt.obj_path);
		bpf_object__close(obj);
		return;
	}
	bpf_object__for_each_program(prog, obj) {
		bool mine = false;

		for (i = 0; i < KP_GROUP_PROGS; i++)
			if (g->progs[i] && !strcmp(bpf_program__name(prog), g->progs[i]))
				mine = true;
		bpf_program__set_autoload(prog, mine);
	}
	err = bpf_object__load(obj);
	if (err) {
		libbpf_strerror(err, msg, sizeof(msg));
		g->state = KP_UNAVAILABLE;
		snprintf(g->reason, sizeof(g->reason), "loading %s for %s%s%s: %s (--verbose shows the verifier log)",
			 g->progs[0], g->func, g->module[0] ? " in module " : "", g->module, msg);
		bpf_object__close(obj);
		return;
	}
	g->obj = obj;
	for (i = 0; i < KP_GROUP_PROGS && g->progs[i]; i++) {
		struct bpf_prog_info info;
		__u32 len = sizeof(info);

		prog = bpf_object__find_program_by_name(obj, g->progs[i]);
		memset(&info, 0, sizeof(info));
		if (prog && !bpf_obj_get_info_by_fd(bpf_program__fd(prog), &info, &len))
			g->prog_ids[i] = info.id;
	}
	if (!kprobes_ok) {
		/* loaded means verified against this kernel's BTF: say so, then let it go */
		__u32 id0 = g->prog_ids[0];

		g->state = KP_UNAVAILABLE;
		snprintf(g->reason, sizeof(g->reason),
			 "kprobes cannot attach on this kernel (no kprobe PMU and no kprobe_events in tracefs: CONFIG_KPROBES is off); %s loaded and passed the verifier",
			 g->progs[1] ? "its programs" : "its program");
		kp_detach(g);
		g->prog_ids[0] = id0; /* remembered as "it loaded" */
		return;
	}
	for (i = 0; i < KP_GROUP_PROGS && g->progs[i]; i++) {
		prog = bpf_object__find_program_by_name(obj, g->progs[i]);
		g->links[i] = prog ? bpf_program__attach(prog) : NULL;
		if (!g->links[i]) {
			err = errno;
			g->state = KP_UNAVAILABLE;
			snprintf(g->reason, sizeof(g->reason), "attaching %s to %s: %s", g->progs[i], g->func, strerror(err));
			kp_detach(g);
			return;
		}
	}
	g->state = KP_ATTACHED;
	g->reason[0] = 0;
}

/* Brings every wanted group up to date with the functions this kernel has now; reports changes when `report`. */
static void kp_update(bool kprobes_ok, bool report)
{
	bool found[KP_NGROUPS];
	bool have_ksyms = kp_find_functions(found);
	int i;

	for (i = 0; i < KP_NGROUPS; i++) {
		struct kp_group *g = &kp_groups[i];
		enum kp_state was = g->state;
		char reason_was[sizeof(g->reason)];

		if (!g->wanted)
			continue;
		memcpy(reason_was, g->reason, sizeof(reason_was));
		if (g->state == KP_ATTACHED) {
			if (!have_ksyms || found[i])
				continue;
			/* its module went away: the probes are gone with it; attach again when it is back */
			kp_detach(g);
			g->state = KP_PENDING;
			snprintf(g->reason, sizeof(g->reason), "%s is gone (module %s unloaded); attaches again when the module loads",
				 g->func, g->module[0] ? g->module : "?");
		} else if (g->state == KP_PENDING) {
			if (have_ksyms && !found[i]) {
				g->state = KP_PENDING;
				snprintf(g->reason, sizeof(g->reason), "%s is not in this kernel now (built as a module that is not loaded, or not built); attaches when it appears",
					 g->func);
			} else {
				kp_attach(g, kprobes_ok);
			}
		}
		if (report && (g->state != was || strcmp(g->reason, reason_was)))
			kp_report(g);
	}
}

/* /proc/modules as it is now, for noticing a change cheaply; 0 when there is none (no module support). */
static unsigned long long kp_modules_sum(void)
{
	char buf[4096];
	unsigned long long h = 1469598103934665603ULL;
	ssize_t n;
	int fd = open("/proc/modules", O_RDONLY | O_CLOEXEC);

	if (fd < 0)
		return 0;
	bool in_name = true;

	/* only the names (each line's first field): use counts change without a load or unload */
	while ((n = read(fd, buf, sizeof(buf))) > 0)
		for (ssize_t i = 0; i < n; i++) {
			if (buf[i] == '\n')
				in_name = true;
			else if (buf[i] == ' ')
				in_name = false;
			if (in_name)
				h = (h ^ (unsigned char)buf[i]) * 1099511628211ULL;
		}
	close(fd);
	return h;
}

static void kp_print_attached(void)
{
	bool first = true;
	char buf[1024];
	int i, p;

	printf("{\"type\":\"attached\",\"pid\":%d,\"set\":\"kprobe\",\"format\":\"%s\",\"links\":[", (int)getpid(),
	       opt.binary ? "binary" : "json");
	for (i = 0; i < KP_NGROUPS; i++) {
		const struct kp_group *g = &kp_groups[i];

		for (p = 0; g->state == KP_ATTACHED && p < KP_GROUP_PROGS && g->progs[p]; p++) {
			printf("%s{\"program\":\"%s\",\"group\":\"%s\",\"function\":\"%s\",\"prog_id\":%u}", first ? "" : ",",
			       g->progs[p], g->name, g->func, g->prog_ids[p]);
			first = false;
		}
	}
	printf("],\"groups\":[");
	first = true;
	for (i = 0; i < KP_NGROUPS; i++) {
		int n;

		if (!kp_groups[i].wanted)
			continue;
		n = kp_group_json(&kp_groups[i], buf, sizeof(buf));
		printf("%s%.*s", first ? "" : ",", n, buf);
		first = false;
	}
	printf("]}\n");
	fflush(stdout);
}

static const char *const kp_kind_names[] = { "hook_entry", "hook_exit", "hook_verdict", "nft_chain", "ipt_table", "nat", "br_forward" };

/* One kprobe record as one JSON line (for people; the agent reads --format binary). */
static void write_kp(const struct kp_record *r)
{
	struct out o;

	o.len = 0;
	o_str(&o, "{\"type\":\"kp\",\"kind\":\"");
	o_str(&o, r->kind < sizeof(kp_kind_names) / sizeof(kp_kind_names[0]) ? kp_kind_names[r->kind] : "unknown");
	o_str(&o, "\",\"mono_ns\":\"");
	o_u64(&o, r->nf.ts_ns);
	o_str(&o, "\",\"cpu\":");
	o_u64(&o, r->nf.cpu);
	o_str(&o, ",\"skb\":\"");
	o_hex(&o, r->nf.skb);
	o_str(&o, "\",\"netns\":");
	o_u64(&o, r->nf.netns);
	o_str(&o, ",\"hook\":\"");
	o_str(&o, !(r->kflags & KP_F_HOOK_KNOWN) ? "" : r->nf.hook < NS_NF_INET_NUMHOOKS ? hook_names[r->nf.hook] : "UNKNOWN");
	o_str(&o, "\",\"ifname\":");
	o_name(&o, r->nf.dev_in);
	o_str(&o, ",\"out_ifname\":");
	o_name(&o, r->nf.dev_out);
	if (!(r->kflags & KP_F_NO_HEADERS)) {
		o_str(&o, ",\"src\":");
		o_ip(&o, r->nf.saddr);
		o_str(&o, ",\"dst\":");
		o_ip(&o, r->nf.daddr);
		o_str(&o, ",\"protocol\":");
		o_u64(&o, r->nf.proto);
	}
	if (r->nf.flags & NF_REC_F_HAS_CT) {
		o_str(&o, ",\"ct\":\"");
		o_hex(&o, r->nf.ct);
		o_str(&o, "\",\"ct_status\":");
		o_u64(&o, r->nf.ct_status);
		o_str(&o, ",\"original\":");
		o_tuple(&o, &r->nf.orig);
		o_str(&o, ",\"reply\":");
		o_tuple(&o, &r->nf.reply);
	}
	if (r->table[0]) {
		char t[16];

		memcpy(t, r->table, 15);
		t[15] = 0;
		o_str(&o, ",\"table\":");
		o_name(&o, t);
	}
	if (r->chain[0]) {
		char c[16];

		memcpy(c, r->chain, 15);
		c[15] = 0;
		o_str(&o, ",\"chain\":");
		o_name(&o, c);
	}
	if (r->kind == KP_KIND_NAT) {
		o_str(&o, r->nat_manip ? ",\"manip\":\"dst\"" : ",\"manip\":\"src\"");
		o_str(&o, r->nat_dir ? ",\"dir\":\"reply\"" : ",\"dir\":\"original\"");
	}
	o_str(&o, ",\"ret\":");
	if (r->ret < 0) {
		o_str(&o, "-");
		o_u64(&o, -(long long)r->ret);
	} else {
		o_u64(&o, r->ret);
	}
	o_str(&o, "}\n");
	fwrite_unlocked(o.buf, 1, o.len, stdout);
}

/* The main loop of --set kprobe (see above); returns the exit status. */
static int kprobe_main(int sfd)
{
	struct ring_buffer *rb;
	struct epoll_event ev, evs[4];
	struct timespec last, now;
	unsigned long long mods;
	bool kprobes_ok = kp_kernel_has_kprobes();
	int efd, i, attached = 0, pending = 0, stdin_watched = 0, rc = 0;

	for (i = 0; i < KP_NGROUPS; i++)
		kp_groups[i].wanted = true;
	if (kp_groups_arg)
		kp_parse_groups(kp_groups_arg);
	kp_cfg.nf = opt.cfg;
	for (i = 0; i < kp_n_skip; i++) {
		struct stat st;

		if (stat(kp_skip_paths[i], &st))
			die(1, "--skip-hooks-netns %s: %s (want a network namespace path like /run/netns/NAME)", kp_skip_paths[i], strerror(errno));
		kp_cfg.skip_hooks_netns[kp_cfg.n_skip++] = st.st_ino;
	}
	kp_create_shared_maps();
	for (i = 0; i < KP_NGROUPS; i++)
		kp_groups[i].state = KP_PENDING;
	mods = kp_modules_sum();
	kp_update(kprobes_ok, false);
	for (i = 0; i < KP_NGROUPS; i++) {
		attached += kp_groups[i].wanted && kp_groups[i].state == KP_ATTACHED;
		pending += kp_groups[i].wanted && kp_groups[i].state == KP_PENDING;
	}
	if (!attached) {
		char why[2048], ok[256];
		int n = 0, nok = 0;

		ok[0] = 0;
		for (i = 0; i < KP_NGROUPS && n < (int)sizeof(why); i++) {
			const struct kp_group *g = &kp_groups[i];

			if (!g->wanted)
				continue;
			/* without kprobes every group that loaded says the same: say it once */
			if (!kprobes_ok && g->prog_ids[0])
				nok += snprintf(ok + nok, sizeof(ok) - nok, "%s%s", nok ? ", " : "", g->name);
			else
				n += snprintf(why + n, sizeof(why) - n, "%s%s: %s", n ? "; " : "", g->name, g->reason);
		}
		if (!kprobes_ok)
			die(1, "kprobes cannot attach on this kernel (no kprobe PMU and no kprobe_events in tracefs: CONFIG_KPROBES is off)%s%s%s%s%s",
			    nok ? "; the programs of groups " : "", ok, nok ? " loaded and passed the verifier" : "",
			    n ? "; " : "", n ? why : "");
		die(1, "no kprobe group attached (%s)", why);
	}

	rb = ring_buffer__new(kp_shared_fds[0], on_record, NULL, NULL);
	if (!rb)
		die(1, "opening the ring buffer: %s", strerror(errno));
	efd = epoll_create1(EPOLL_CLOEXEC);
	if (efd < 0)
		die(1, "creating an epoll instance: %s", strerror(errno));
	ev.events = EPOLLIN;
	ev.data.u32 = 0;
	if (epoll_ctl(efd, EPOLL_CTL_ADD, ring_buffer__epoll_fd(rb), &ev))
		die(1, "watching the ring buffer: %s", strerror(errno));
	ev.data.u32 = 1;
	epoll_ctl(efd, EPOLL_CTL_ADD, sfd, &ev);
	ev.data.u32 = 2;
	if (!epoll_ctl(efd, EPOLL_CTL_ADD, STDIN_FILENO, &ev))
		stdin_watched = 1;

	kp_print_attached();
	clock_gettime(CLOCK_MONOTONIC, &last);
	for (;;) {
		int n = epoll_wait(efd, evs, 4, 1000);
		bool stop = false;

		if (n < 0 && errno != EINTR)
			die(1, "waiting for records: %s", strerror(errno));
		for (i = 0; i < n; i++) {
			if (evs[i].data.u32 == 0) {
				if (ring_buffer__consume(rb) < 0 && errno != EINTR)
					die(1, "reading the ring buffer: %s", strerror(errno));
			} else if (evs[i].data.u32 == 1) {
				stop = true;
			} else if (evs[i].data.u32 == 2 && stdin_watched) {
				char buf[256];
				ssize_t r = read(STDIN_FILENO, buf, sizeof(buf));

				if (r == 0 || (r < 0 && errno != EINTR && errno != EAGAIN)) {
					stop = true;
					epoll_ctl(efd, EPOLL_CTL_DEL, STDIN_FILENO, NULL);
					stdin_watched = 0;
				}
			}
		}
		clock_gettime(CLOCK_MONOTONIC, &now);
		if (now.tv_sec != last.tv_sec) {
			unsigned long long m = kp_modules_sum();

			/* a module came or went: attach what appeared, let go of what is gone */
			if (m != mods) {
				mods = m;
				ring_buffer__consume(rb);
				kp_update(kprobes_ok, true);
			}
			report_lost(kp_shared_fds[1], kp_shared_fds[2]);
			last = now;
		}
		if (fflush(stdout) || ferror(stdout)) {
			rc = errno == EPIPE ? 0 : 1;
			if (rc)
				fprintf(stderr, "writing records: %s\n", strerror(errno));
			break;
		}
		if (stop) {
			ring_buffer__consume(rb);
			report_lost(kp_shared_fds[1], kp_shared_fds[2]);
			fflush(stdout);
			break;
		}
	}
	(void)pending;
	for (i = 0; i < KP_NGROUPS; i++)
		kp_detach(&kp_groups[i]);
	ring_buffer__free(rb);
	for (i = 0; i < KP_NSHARED; i++)
		close(kp_shared_fds[i]);
	return rc;
}

/* ---- main ---- */

int main(int argc, char **argv)
{
	struct bpf_object *obj;
	struct bpf_program *entry, *exitp;
	struct ring_buffer *rb;
	struct epoll_event ev, evs[4];
	struct timespec last, now;
	__u64 last_progress_ns = 0;
	sigset_t mask;
	int self_ns, sfd, efd, lost_fd, counts_fd, i, stdin_watched = 0, rc = 0;
	pid_t ppid = getppid();
	static char outbuf[1 << 20];

	/* die with the agent: SIGTERM when the parent goes, checked against a parent already gone */
	if (prctl(PR_SET_PDEATHSIG, SIGTERM))
		die(1, "setting the parent-death signal: %s", strerror(errno));
	if (getppid() != ppid)
		return 0;

	parse_args(argc, argv);
	libbpf_set_print(libbpf_print);
	setvbuf(stdout, outbuf, _IOFBF, sizeof(outbuf));
	signal(SIGPIPE, SIG_IGN);

	sigemptyset(&mask);
	sigaddset(&mask, SIGTERM);
	sigaddset(&mask, SIGINT);
	sigaddset(&mask, SIGHUP);
	if (sigprocmask(SIG_BLOCK, &mask, NULL))
		die(1, "blocking signals: %s", strerror(errno));
	sfd = signalfd(-1, &mask, SFD_CLOEXEC | SFD_NONBLOCK);
	if (sfd < 0)
		die(1, "creating a signalfd: %s", strerror(errno));

	if (opt.set == SET_KPROBE)
		return kprobe_main(sfd);
	obj = load_object();
	if (opt.set == SET_NETFILTER) {
		entry = bpf_object__find_program_by_name(obj, "nsnf_hook_entry");
		exitp = bpf_object__find_program_by_name(obj, "nsnf_hook_exit");
		if (!entry || !exitp)
			die(1, "BPF object %s lacks nsnf_hook_entry/nsnf_hook_exit (not a netscope netfilter object?)", opt.obj_path);

		self_ns = open("/proc/self/ns/net", O_RDONLY | O_CLOEXEC);
		if (self_ns < 0)
			die(1, "opening own netns: %s", strerror(errno));
		for (i = 0; i < opt.n_netns; i++)
			attach_netns(i, self_ns, bpf_program__fd(entry), bpf_program__fd(exitp));
	} else {
		attach_tracepoints(obj);
	}

	rb = ring_buffer__new(bpf_object__find_map_fd_by_name(obj, "events"), on_record, NULL, NULL);
	if (!rb)
		die(1, "opening the ring buffer: %s", strerror(errno));
	lost_fd = bpf_object__find_map_fd_by_name(obj, "lost");
	counts_fd = bpf_object__find_map_fd_by_name(obj, "counts");

	efd = epoll_create1(EPOLL_CLOEXEC);
	if (efd < 0)
		die(1, "creating an epoll instance: %s", strerror(errno));
	ev.events = EPOLLIN;
	ev.data.u32 = 0;
	if (epoll_ctl(efd, EPOLL_CTL_ADD, ring_buffer__epoll_fd(rb), &ev))
		die(1, "watching the ring buffer: %s", strerror(errno));
	ev.data.u32 = 1;
	epoll_ctl(efd, EPOLL_CTL_ADD, sfd, &ev);
	/* stdin EOF means the agent is gone; a file or /dev/null cannot be watched (EPERM): skip */
	ev.data.u32 = 2;
	if (!epoll_ctl(efd, EPOLL_CTL_ADD, STDIN_FILENO, &ev))
		stdin_watched = 1;

	print_attached();
	clock_gettime(CLOCK_MONOTONIC, &last);

	for (;;) {
		/* binary mode wakes every 20 ms when idle, to say how far it has read (NS_FRAME_PROGRESS) */
		int n = epoll_wait(efd, evs, 4, opt.binary ? 20 : 1000);
		bool stop = false;
		struct timespec before;
		__u64 before_ns;

		if (n < 0 && errno != EINTR)
			die(1, "waiting for records: %s", strerror(errno));
		clock_gettime(CLOCK_MONOTONIC, &before);
		before_ns = (__u64)before.tv_sec * 1000000000ULL + before.tv_nsec;
		for (i = 0; i < n; i++) {
			if (evs[i].data.u32 == 0) {
				if (ring_buffer__consume(rb) < 0 && errno != EINTR)
					die(1, "reading the ring buffer: %s", strerror(errno));
			} else if (evs[i].data.u32 == 1) {
				stop = true;
			} else if (evs[i].data.u32 == 2 && stdin_watched) {
				char buf[256];
				ssize_t r = read(STDIN_FILENO, buf, sizeof(buf));

				if (r == 0 || (r < 0 && errno != EINTR && errno != EAGAIN)) {
					stop = true;
					epoll_ctl(efd, EPOLL_CTL_DEL, STDIN_FILENO, NULL);
					stdin_watched = 0;
				}
			}
		}
		if (opt.binary && before_ns - last_progress_ns >= PROGRESS_EVERY_NS) {
			/* read the ring once more: a wakeup may have been for records already consumed, and
			 * records committed before `before` must all precede the mark */
			ring_buffer__consume(rb);
			write_frame(NS_FRAME_PROGRESS, &before_ns, sizeof(before_ns));
			last_progress_ns = before_ns;
		}
		clock_gettime(CLOCK_MONOTONIC, &now);
		if (now.tv_sec != last.tv_sec) {
			report_lost(lost_fd, counts_fd);
			last = now;
		}
		if (fflush(stdout) || ferror(stdout)) {
			rc = errno == EPIPE ? 0 : 1; /* the reader went away: nothing left to say */
			if (rc)
				fprintf(stderr, "writing records: %s\n", strerror(errno));
			break;
		}
		if (stop) {
			/* drain what is already in the ring before detaching */
			ring_buffer__consume(rb);
			report_lost(lost_fd, counts_fd);
			fflush(stdout);
			break;
		}
	}

	for (i = 0; i < n_links; i++)
		close(links[i].fd);
	for (i = 0; i < n_tp_links; i++)
		bpf_link__destroy(tp_links[i].link);
	ring_buffer__free(rb);
	bpf_object__close(obj);
	return rc;
}
