/* IMPORTANT
 * This snapshot file is auto-generated, but designed for humans.
 * It should be checked into source control and tracked carefully.
 * Re-generate by setting TAP_SNAPSHOT=1 and running tests.
 * Make sure to inspect the output below.  Do not ignore changes!
 */
'use strict'
exports[`test/unit/identity/parse.test.ts > TAP > podman inspect: name, netns path, pid; a joined container is shared, a host-network one marked > podman inspect 1`] = `
Array [
  Object {
    "engine": "podman",
    "id": "0eada27819001631d557c150f0c321d7ff691663f5e97d666e7fabae36a02af0",
    "kind": "container",
    "name": "web",
    "netnsPath": "/run/netns/netns-14e35736-7d4e-d865-cef1-d48ebab8e280",
    "pid": 9679,
    "running": true,
  },
  Object {
    "engine": "podman",
    "id": "1d476d4e3ddb946b06d277f91db4c46aa8f42d161a4cfd43c3de0704fcefc54a",
    "kind": "container",
    "name": "sidecar",
    "netnsPath": "/run/netns/netns-14e35736-7d4e-d865-cef1-d48ebab8e280",
    "pid": 15748,
    "running": true,
    "shared": true,
  },
  Object {
    "engine": "podman",
    "hostNetwork": true,
    "id": "3f798a5bcf265319c2bdc37b5d37afb47a9fab15fae60d89709a521bc1057d9e",
    "kind": "container",
    "name": "hostnet",
    "pid": 15781,
    "running": true,
  },
]
`
