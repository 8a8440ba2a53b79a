/* IMPORTANT
 * This snapshot file is auto-generated, but designed for humans.
 * It should be checked into source control and tracked carefully.
 * Re-generate by setting TAP_SNAPSHOT=1 and running tests.
 * Make sure to inspect the output below.  Do not ignore changes!
 */
'use strict'
exports[`test/unit/correlate/journeys-recorded.test.ts > TAP > a pod dropped in FORWARD: dropped there, with the kernel reason, never POSTROUTING > must match snapshot 1`] = `
Array [
  Array [
    2,
    "FORWARD",
    Array [
      "lab-pod2/eth0/HOP_KIND_XMIT/HOOK_UNKNOWN",
      "lab-host01/veth-pod2/HOP_KIND_RECEIVE/HOOK_UNKNOWN",
      "lab-host01/cni0/HOP_KIND_HOOK_ENTRY/HOOK_PREROUTING",
      "lab-host01/cni0/HOP_KIND_HOOK_EXIT/HOOK_PREROUTING",
      "lab-host01/cni0/HOP_KIND_RECEIVE/HOOK_UNKNOWN",
      "lab-host01/cni0/HOP_KIND_HOOK_ENTRY/HOOK_FORWARD",
      "lab-host01/cni0/HOP_KIND_DROP/HOOK_UNKNOWN",
    ],
  ],
]
`
