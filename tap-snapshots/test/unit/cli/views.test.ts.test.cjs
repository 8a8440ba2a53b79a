/* IMPORTANT
 * This snapshot file is auto-generated, but designed for humans.
 * It should be checked into source control and tracked carefully.
 * Re-generate by setting TAP_SNAPSHOT=1 and running tests.
 * Make sure to inspect the output below.  Do not ignore changes!
 */
'use strict'
exports[`test/unit/cli/views.test.ts > TAP > conntrack and qdisc tables > must match snapshot 1`] = `
PROTO  STATE  ORIGINAL                        REPLY                               NAT   TIMEOUT  FLAGS
icmp   -      10.85.0.2 → 192.168.61.12 id 7  192.168.61.12 → 192.168.61.11 id 7  SNAT  30s      -

EVENT  PROTO  STATE  ORIGINAL                        REPLY                               NAT   TIMEOUT  FLAGS
NEW    icmp   -      10.85.0.2 → 192.168.61.12 id 7  192.168.61.12 → 192.168.61.11 id 7  SNAT  30s      -

NETNS       DEV   QDISC      RATE (tbf)    MEASURED     SENT       DROPS  OVERLIMITS  BACKLOG
lab-host01  eth0  tbf 8001:  10.00 Mbit/s  9.92 Mbit/s  2100 pkts  12     340         3028b 2p
`

exports[`test/unit/cli/views.test.ts > TAP > every envelope kind as -o compact > must match snapshot 1`] = `
15:32:36.620700 rx       lab-host01 veth-pod1     icmp echo-request 10.85.0.2 → 192.168.61.12 id 7 seq 1
15:32:36.620706 drop     lab-host01 FORWARD       tcp 10.85.0.3:40312 → 192.168.61.12:5201 [SYN] NETFILTER_DROP
15:32:36.620700 journey  j1 icmp echo-request 10.85.0.2 → 192.168.61.12 id 7893 seq 1  6 hops  src 10.85.0.2 → 192.168.61.11 (SNAT/MASQUERADE)  delivered
15:32:36.620701 journey  j2 icmp echo-reply 192.168.61.12 → 192.168.61.11 id 7893 seq 1  6 hops  dst 192.168.61.11 → 10.85.0.2 (de-NAT)  delivered
15:32:36.620700 ct NEW     lab-host01 icmp orig 10.85.0.2 → 192.168.61.12 id 7 reply 192.168.61.12 → 192.168.61.11 id 7
15:32:36.620700 ct-stats lab-host01 3/262144 entries
15:32:36.620700 qdisc    lab-host01 eth0 tbf 8001: rate 10.00 Mbit/s measured 9.92 Mbit/s drops 12 overlimits 340 backlog 3028b
15:32:36.620700 LOST     1234 events at the client queue (client 3)
15:32:36.620700 GAP      conntrack:lab-host01: until 15:32:36.870701 conntrack -E exited with code 1
status   host01 6.18.0 events 90347 lost 1234
`

exports[`test/unit/cli/views.test.ts > TAP > every envelope kind as -o journey > must match snapshot 1`] = `
journey j1  icmp echo-request 10.85.0.2 → 192.168.61.12 id 7893 seq 1  (request)  0.232 ms
    +0.000 ms  netns:4026532246  PREROUTING   in veth-pod  186.1µs in hook
    +0.007 ms  netns:4026532246  FORWARD      in veth-pod  1.4µs in hook
    +0.002 ms  netns:4026532246  POSTROUTING  in veth-pod  36.4µs in hook  src 10.85.0.2 → 192.168.61.11 (SNAT/MASQUERADE)
  conntrack 0xffff888106965200  icmp  orig 10.85.0.2 → 192.168.61.12 id 7893  reply 192.168.61.12 → 192.168.61.11 id 7893  status 0x190 SRC_NAT|SRC_NAT_DONE|DST_NAT_DONE
  verdict: delivered

journey j2  icmp echo-reply 192.168.61.12 → 192.168.61.11 id 7893 seq 1  (reply of j1)  0.011 ms
    +0.000 ms  netns:4026532246  PREROUTING   in eth1  3.4µs in hook  dst 192.168.61.11 → 10.85.0.2 (de-NAT)
    +0.003 ms  netns:4026532246  FORWARD      in eth1  1.3µs in hook
    +0.001 ms  netns:4026532246  POSTROUTING  in eth1  1.3µs in hook
  conntrack 0xffff888106965200  icmp  orig 10.85.0.2 → 192.168.61.12 id 7893  reply 192.168.61.12 → 192.168.61.11 id 7893  status 0x19a SEEN_REPLY|CONFIRMED|SRC_NAT|SRC_NAT_DONE|DST_NAT_DONE
  verdict: delivered

`

exports[`test/unit/cli/views.test.ts > TAP > every envelope kind as -o json > must match snapshot 1`] = `
{"packet":{"monoNs":8006640167515,"timeNs":1795447956620701000,"skb":"0xffff88815e07a000","netns":4026532457,"ifname":"veth-pod1","kind":"HOP_KIND_RECEIVE","headers":{"src":"10.85.0.2","dst":"192.168.61.12","protocol":1,"icmpType":8,"icmpId":7,"icmpSeq":1},"probeSet":"PROBE_SET_TRACEPOINT","netnsName":"lab-host01"},"node":"host01","seq":1}
{"packet":{"timeNs":1795447956620706000,"kind":"HOP_KIND_DROP","hook":"HOOK_FORWARD","headers":{"src":"10.85.0.3","dst":"192.168.61.12","protocol":6,"srcPort":40312,"dstPort":5201,"tcpFlags":2},"dropReason":"NETFILTER_DROP","netnsName":"lab-host01"},"node":"host01","seq":2}
{"journey":{"id":"j1","startMonoNs":3724120673747,"startTimeNs":1795447956620701000,"durationNs":232063,"skb":"0xffff888106bc3f00","headers":{"src":"10.85.0.2","dst":"192.168.61.12","protocol":1,"length":84,"ttl":64,"ipId":13218,"icmpType":8,"icmpId":7893,"icmpSeq":1,"fragOff":16384},"hops":[{"monoNs":3724120673747,"netns":4026532246,"ifindex":2,"ifname":"veth-pod","kind":"HOP_KIND_HOOK_ENTRY","hook":"HOOK_PREROUTING","headers":{"src":"10.85.0.2","dst":"192.168.61.12","protocol":1,"length":84,"ttl":64,"ipId":13218,"icmpType":8,"icmpId":7893,"icmpSeq":1,"fragOff":16384},"probeSet":"PROBE_SET_NETFILTER"},{"monoNs":3724120859874,"deltaNs":186127,"netns":4026532246,"ifindex":2,"ifname":"veth-pod","kind":"HOP_KIND_HOOK_EXIT","hook":"HOOK_PREROUTING","headers":{"src":"10.85.0.2","dst":"192.168.61.12","protocol":1,"length":84,"ttl":64,"ipId":13218,"icmpType":8,"icmpId":7893,"icmpSeq":1,"fragOff":16384},"probeSet":"PROBE_SET_NETFILTER"},{"monoNs":3724120866417,"deltaNs":6543,"netns":4026532246,"ifindex":2,"ifname":"veth-pod","kind":"HOP_KIND_HOOK_ENTRY","hook":"HOOK_FORWARD","headers":{"src":"10.85.0.2","dst":"192.168.61.12","protocol":1,"length":84,"ttl":63,"ipId":13218,"icmpType":8,"icmpId":7893,"icmpSeq":1,"fragOff":16384},"probeSet":"PROBE_SET_NETFILTER"},{"monoNs":3724120867779,"deltaNs":1362,"netns":4026532246,"ifindex":2,"ifname":"veth-pod","kind":"HOP_KIND_HOOK_EXIT","hook":"HOOK_FORWARD","headers":{"src":"10.85.0.2","dst":"192.168.61.12","protocol":1,"length":84,"ttl":63,"ipId":13218,"icmpType":8,"icmpId":7893,"icmpSeq":1,"fragOff":16384},"probeSet":"PROBE_SET_NETFILTER"},{"monoNs":3724120869392,"deltaNs":1613,"netns":4026532246,"ifindex":2,"ifname":"veth-pod","kind":"HOP_KIND_HOOK_ENTRY","hook":"HOOK_POSTROUTING","headers":{"src":"10.85.0.2","dst":"192.168.61.12","protocol":1,"length":84,"ttl":63,"ipId":13218,"icmpType":8,"icmpId":7893,"icmpSeq":1,"fragOff":16384},"probeSet":"PROBE_SET_NETFILTER"},{"monoNs":3724120905810,"deltaNs":36418,"netns":4026532246,"ifindex":2,"ifname":"veth-pod","kind":"HOP_KIND_HOOK_EXIT","hook":"HOOK_POSTROUTING","headers":{"src":"192.168.61.11","dst":"192.168.61.12","protocol":1,"length":84,"ttl":63,"ipId":13218,"icmpType":8,"icmpId":7893,"icmpSeq":1,"fragOff":16384},"nat":{"kind":"NAT_KIND_SNAT","hook":"HOOK_POSTROUTING","from":"10.85.0.2","to":"192.168.61.11"},"probeSet":"PROBE_SET_NETFILTER"}],"nat":[{"kind":"NAT_KIND_SNAT","hook":"HOOK_POSTROUTING","from":"10.85.0.2","to":"192.168.61.11"}],"ct":{"id":"0xffff888106965200","status":400,"original":{"src":"10.85.0.2","dst":"192.168.61.12","protocol":1,"icmpId":7893,"icmpType":8},"reply":{"src":"192.168.61.12","dst":"192.168.61.11","protocol":1,"icmpId":7893}},"verdict":"VERDICT_DELIVERED","direction":"DIRECTION_ORIGINAL"},"node":"host01","seq":10}
{"journey":{"id":"j2","startMonoNs":3724121143554,"startTimeNs":1795447956620702000,"durationNs":10921,"skb":"0xffff888106bc3a00","headers":{"src":"192.168.61.12","dst":"192.168.61.11","protocol":1,"length":84,"ttl":64,"ipId":16933,"icmpId":7893,"icmpSeq":1},"hops":[{"monoNs":3724121143554,"netns":4026532246,"ifindex":3,"ifname":"eth1","kind":"HOP_KIND_HOOK_ENTRY","hook":"HOOK_PREROUTING","headers":{"src":"192.168.61.12","dst":"192.168.61.11","protocol":1,"length":84,"ttl":64,"ipId":16933,"icmpId":7893,"icmpSeq":1},"probeSet":"PROBE_SET_NETFILTER"},{"monoNs":3724121146960,"deltaNs":3406,"netns":4026532246,"ifindex":3,"ifname":"eth1","kind":"HOP_KIND_HOOK_EXIT","hook":"HOOK_PREROUTING","headers":{"src":"192.168.61.12","dst":"10.85.0.2","protocol":1,"length":84,"ttl":64,"ipId":16933,"icmpId":7893,"icmpSeq":1},"nat":{"kind":"NAT_KIND_DNAT","hook":"HOOK_PREROUTING","from":"192.168.61.11","to":"10.85.0.2","reverse":true},"probeSet":"PROBE_SET_NETFILTER"},{"monoNs":3724121150367,"deltaNs":3407,"netns":4026532246,"ifindex":3,"ifname":"eth1","kind":"HOP_KIND_HOOK_ENTRY","hook":"HOOK_FORWARD","headers":{"src":"192.168.61.12","dst":"10.85.0.2","protocol":1,"length":84,"ttl":63,"ipId":16933,"icmpId":7893,"icmpSeq":1},"probeSet":"PROBE_SET_NETFILTER"},{"monoNs":3724121151669,"deltaNs":1302,"netns":4026532246,"ifindex":3,"ifname":"eth1","kind":"HOP_KIND_HOOK_EXIT","hook":"HOOK_FORWARD","headers":{"src":"192.168.61.12","dst":"10.85.0.2","protocol":1,"length":84,"ttl":63,"ipId":16933,"icmpId":7893,"icmpSeq":1},"probeSet":"PROBE_SET_NETFILTER"},{"monoNs":3724121153162,"deltaNs":1493,"netns":4026532246,"ifindex":3,"ifname":"eth1","kind":"HOP_KIND_HOOK_ENTRY","hook":"HOOK_POSTROUTING","headers":{"src":"192.168.61.12","dst":"10.85.0.2","protocol":1,"length":84,"ttl":63,"ipId":16933,"icmpId":7893,"icmpSeq":1},"probeSet":"PROBE_SET_NETFILTER"},{"monoNs":3724121154475,"deltaNs":1313,"netns":4026532246,"ifindex":3,"ifname":"eth1","kind":"HOP_KIND_HOOK_EXIT","hook":"HOOK_POSTROUTING","headers":{"src":"192.168.61.12","dst":"10.85.0.2","protocol":1,"length":84,"ttl":63,"ipId":16933,"icmpId":7893,"icmpSeq":1},"probeSet":"PROBE_SET_NETFILTER"}],"nat":[{"kind":"NAT_KIND_DNAT","hook":"HOOK_PREROUTING","from":"192.168.61.11","to":"10.85.0.2","reverse":true}],"ct":{"id":"0xffff888106965200","status":410,"original":{"src":"10.85.0.2","dst":"192.168.61.12","protocol":1,"icmpId":7893,"icmpType":8},"reply":{"src":"192.168.61.12","dst":"192.168.61.11","protocol":1,"icmpId":7893},"replyDirection":true},"verdict":"VERDICT_DELIVERED","direction":"DIRECTION_REPLY","peerId":"j1"},"node":"host01","seq":11}
{"conntrack":{"type":"CONNTRACK_EVENT_TYPE_NEW","timeNs":1795447956620701000,"netns":4026532457,"netnsName":"lab-host01","entry":{"id":"3001","protocol":1,"timeoutS":30,"original":{"src":"10.85.0.2","dst":"192.168.61.12","protocol":1,"icmpId":7,"icmpType":8},"reply":{"src":"192.168.61.12","dst":"192.168.61.11","protocol":1,"icmpId":7},"nat":"NAT_KIND_SNAT"}},"node":"host01","seq":20}
{"conntrackStats":{"timeNs":1795447956620701000,"netnsName":"lab-host01","count":3,"max":262144},"node":"host01","seq":21}
{"qdisc":{"timeNs":1795447956620701000,"netnsName":"lab-host01","dev":"eth0","kind":"tbf","handle":"8001:","parent":"root","bytes":3000000,"packets":2100,"drops":12,"overlimits":340,"backlogBytes":3028,"qlen":2,"tbf":{"rateBytesPerS":1250000,"burstBytes":1540,"latencyUs":5000},"intervalS":1,"bytesPerS":1240000},"node":"host01","seq":22}
{"lost":{"stage":"LOSS_STAGE_CLIENT_QUEUE","source":"client 3","count":1234,"timeNs":1795447956620701000},"node":"host01"}
{"gap":{"source":"conntrack:lab-host01","reason":"conntrack -E exited with code 1","fromTimeNs":1795447956620701000,"toTimeNs":1795447956870701000},"node":"host01","seq":23}
{"status":{"hostname":"host01","kernel":"6.18.0","eventsTotal":90347,"lostTotal":1234},"node":"host01","seq":24}
`
