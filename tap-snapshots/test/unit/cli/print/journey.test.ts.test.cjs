/* IMPORTANT
 * This snapshot file is auto-generated, but designed for humans.
 * It should be checked into source control and tracked carefully.
 * Re-generate by setting TAP_SNAPSHOT=1 and running tests.
 * Make sure to inspect the output below.  Do not ignore changes!
 */
'use strict'
exports[`test/unit/cli/print/journey.test.ts > TAP > request and reply print as paths with the rewrite, conntrack entry and verdict > must match snapshot 1`] = `
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
