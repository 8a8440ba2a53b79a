import * as $protobuf from "protobufjs";
import Long = require("long");

export namespace netscope {

    namespace v1 {

        enum HopKind {
            HOP_KIND_UNKNOWN = 0,
            HOP_KIND_XMIT = 1,
            HOP_KIND_RECEIVE = 2,
            HOP_KIND_NETIF_RX = 3,
            HOP_KIND_HOOK_ENTRY = 4,
            HOP_KIND_HOOK_EXIT = 5,
            HOP_KIND_DROP = 6,
            HOP_KIND_QDISC_ENQUEUE = 7,
            HOP_KIND_QDISC_DEQUEUE = 8,
            HOP_KIND_CONSUME = 9,
            HOP_KIND_FUNCTION = 10
        }

        enum Hook {
            HOOK_UNKNOWN = 0,
            HOOK_PREROUTING = 1,
            HOOK_INPUT = 2,
            HOOK_FORWARD = 3,
            HOOK_OUTPUT = 4,
            HOOK_POSTROUTING = 5
        }

        enum ProbeSet {
            PROBE_SET_UNKNOWN = 0,
            PROBE_SET_TRACEPOINT = 1,
            PROBE_SET_NETFILTER = 2,
            PROBE_SET_KPROBE = 3,
            PROBE_SET_RULE_TRACE = 4
        }

        interface IHeaders extends netscope.v1.Headers.$Properties {
        }

        class Headers {
            constructor(properties?: netscope.v1.Headers.$Properties);
            $unknowns?: Uint8Array[];
            src: string;
            dst: string;
            protocol: number;
            length: number;
            ttl: number;
            ipId: number;
            srcPort: number;
            dstPort: number;
            tcpFlags: number;
            icmpType: number;
            icmpCode: number;
            icmpId: number;
            icmpSeq: number;
            tcpSeq: number;
            tcpAck: number;
            fragOff: number;
            static create(properties: netscope.v1.Headers.$Shape): netscope.v1.Headers & netscope.v1.Headers.$Shape;
            static create(properties?: netscope.v1.Headers.$Properties): netscope.v1.Headers;
            static encode(message: netscope.v1.Headers.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: netscope.v1.Headers.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): netscope.v1.Headers & netscope.v1.Headers.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): netscope.v1.Headers & netscope.v1.Headers.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): netscope.v1.Headers;
            static toObject(message: netscope.v1.Headers, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Headers {
            interface $Properties {
                src?: (string|null);
                dst?: (string|null);
                protocol?: (number|null);
                length?: (number|null);
                ttl?: (number|null);
                ipId?: (number|null);
                srcPort?: (number|null);
                dstPort?: (number|null);
                tcpFlags?: (number|null);
                icmpType?: (number|null);
                icmpCode?: (number|null);
                icmpId?: (number|null);
                icmpSeq?: (number|null);
                tcpSeq?: (number|null);
                tcpAck?: (number|null);
                fragOff?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = netscope.v1.Headers.$Properties;
        }

        interface IConntrackTuple extends netscope.v1.ConntrackTuple.$Properties {
        }

        class ConntrackTuple {
            constructor(properties?: netscope.v1.ConntrackTuple.$Properties);
            $unknowns?: Uint8Array[];
            src: string;
            dst: string;
            protocol: number;
            srcPort: number;
            dstPort: number;
            icmpId: number;
            icmpType: number;
            icmpCode: number;
            static create(properties: netscope.v1.ConntrackTuple.$Shape): netscope.v1.ConntrackTuple & netscope.v1.ConntrackTuple.$Shape;
            static create(properties?: netscope.v1.ConntrackTuple.$Properties): netscope.v1.ConntrackTuple;
            static encode(message: netscope.v1.ConntrackTuple.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: netscope.v1.ConntrackTuple.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): netscope.v1.ConntrackTuple & netscope.v1.ConntrackTuple.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): netscope.v1.ConntrackTuple & netscope.v1.ConntrackTuple.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): netscope.v1.ConntrackTuple;
            static toObject(message: netscope.v1.ConntrackTuple, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ConntrackTuple {
            interface $Properties {
                src?: (string|null);
                dst?: (string|null);
                protocol?: (number|null);
                srcPort?: (number|null);
                dstPort?: (number|null);
                icmpId?: (number|null);
                icmpType?: (number|null);
                icmpCode?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = netscope.v1.ConntrackTuple.$Properties;
        }

        interface IConntrackRef extends netscope.v1.ConntrackRef.$Properties {
        }

        class ConntrackRef {
            constructor(properties?: netscope.v1.ConntrackRef.$Properties);
            $unknowns?: Uint8Array[];
            id: string;
            status: number;
            original?: (netscope.v1.ConntrackTuple.$Properties|null);
            reply?: (netscope.v1.ConntrackTuple.$Properties|null);
            mark: number;
            zone: number;
            replyDirection: boolean;
            entryId: string;
            static create(properties: netscope.v1.ConntrackRef.$Shape): netscope.v1.ConntrackRef & netscope.v1.ConntrackRef.$Shape;
            static create(properties?: netscope.v1.ConntrackRef.$Properties): netscope.v1.ConntrackRef;
            static encode(message: netscope.v1.ConntrackRef.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: netscope.v1.ConntrackRef.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): netscope.v1.ConntrackRef & netscope.v1.ConntrackRef.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): netscope.v1.ConntrackRef & netscope.v1.ConntrackRef.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): netscope.v1.ConntrackRef;
            static toObject(message: netscope.v1.ConntrackRef, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ConntrackRef {
            interface $Properties {
                id?: (string|null);
                status?: (number|null);
                original?: (netscope.v1.ConntrackTuple.$Properties|null);
                reply?: (netscope.v1.ConntrackTuple.$Properties|null);
                mark?: (number|null);
                zone?: (number|null);
                replyDirection?: (boolean|null);
                entryId?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = netscope.v1.ConntrackRef.$Properties;
        }

        interface IPacketEvent extends netscope.v1.PacketEvent.$Properties {
        }

        class PacketEvent {
            constructor(properties?: netscope.v1.PacketEvent.$Properties);
            $unknowns?: Uint8Array[];
            monoNs: number;
            timeNs: number;
            skb: string;
            netns: number;
            ifindex: number;
            ifname: string;
            kind: netscope.v1.HopKind;
            hook: netscope.v1.Hook;
            headers?: (netscope.v1.Headers.$Properties|null);
            ct?: (netscope.v1.ConntrackRef.$Properties|null);
            dropReason: string;
            dropReasonCode: number;
            qdisc: string;
            qdiscQlen: number;
            function: string;
            probeSet: netscope.v1.ProbeSet;
            cpu: number;
            netnsName: string;
            outIfindex: number;
            outIfname: string;
            static create(properties: netscope.v1.PacketEvent.$Shape): netscope.v1.PacketEvent & netscope.v1.PacketEvent.$Shape;
            static create(properties?: netscope.v1.PacketEvent.$Properties): netscope.v1.PacketEvent;
            static encode(message: netscope.v1.PacketEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: netscope.v1.PacketEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): netscope.v1.PacketEvent & netscope.v1.PacketEvent.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): netscope.v1.PacketEvent & netscope.v1.PacketEvent.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): netscope.v1.PacketEvent;
            static toObject(message: netscope.v1.PacketEvent, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace PacketEvent {
            interface $Properties {
                monoNs?: (number|null);
                timeNs?: (number|null);
                skb?: (string|null);
                netns?: (number|null);
                ifindex?: (number|null);
                ifname?: (string|null);
                kind?: (netscope.v1.HopKind|null);
                hook?: (netscope.v1.Hook|null);
                headers?: (netscope.v1.Headers.$Properties|null);
                ct?: (netscope.v1.ConntrackRef.$Properties|null);
                dropReason?: (string|null);
                dropReasonCode?: (number|null);
                qdisc?: (string|null);
                qdiscQlen?: (number|null);
                "function"?: (string|null);
                probeSet?: (netscope.v1.ProbeSet|null);
                cpu?: (number|null);
                netnsName?: (string|null);
                outIfindex?: (number|null);
                outIfname?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = netscope.v1.PacketEvent.$Properties;
        }

        enum NatKind {
            NAT_KIND_UNKNOWN = 0,
            NAT_KIND_SNAT = 1,
            NAT_KIND_DNAT = 2
        }

        interface INatRewrite extends netscope.v1.NatRewrite.$Properties {
        }

        class NatRewrite {
            constructor(properties?: netscope.v1.NatRewrite.$Properties);
            $unknowns?: Uint8Array[];
            kind: netscope.v1.NatKind;
            hook: netscope.v1.Hook;
            from: string;
            to: string;
            fromPort: number;
            toPort: number;
            reverse: boolean;
            static create(properties: netscope.v1.NatRewrite.$Shape): netscope.v1.NatRewrite & netscope.v1.NatRewrite.$Shape;
            static create(properties?: netscope.v1.NatRewrite.$Properties): netscope.v1.NatRewrite;
            static encode(message: netscope.v1.NatRewrite.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: netscope.v1.NatRewrite.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): netscope.v1.NatRewrite & netscope.v1.NatRewrite.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): netscope.v1.NatRewrite & netscope.v1.NatRewrite.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): netscope.v1.NatRewrite;
            static toObject(message: netscope.v1.NatRewrite, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace NatRewrite {
            interface $Properties {
                kind?: (netscope.v1.NatKind|null);
                hook?: (netscope.v1.Hook|null);
                from?: (string|null);
                to?: (string|null);
                fromPort?: (number|null);
                toPort?: (number|null);
                reverse?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = netscope.v1.NatRewrite.$Properties;
        }

        interface IHop extends netscope.v1.Hop.$Properties {
        }

        class Hop {
            constructor(properties?: netscope.v1.Hop.$Properties);
            $unknowns?: Uint8Array[];
            monoNs: number;
            deltaNs: number;
            netns: number;
            netnsName: string;
            ifindex: number;
            ifname: string;
            kind: netscope.v1.HopKind;
            hook: netscope.v1.Hook;
            headers?: (netscope.v1.Headers.$Properties|null);
            nat?: (netscope.v1.NatRewrite.$Properties|null);
            probeSet: netscope.v1.ProbeSet;
            dropReason: string;
            function: string;
            qdisc: string;
            static create(properties: netscope.v1.Hop.$Shape): netscope.v1.Hop & netscope.v1.Hop.$Shape;
            static create(properties?: netscope.v1.Hop.$Properties): netscope.v1.Hop;
            static encode(message: netscope.v1.Hop.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: netscope.v1.Hop.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): netscope.v1.Hop & netscope.v1.Hop.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): netscope.v1.Hop & netscope.v1.Hop.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): netscope.v1.Hop;
            static toObject(message: netscope.v1.Hop, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Hop {
            interface $Properties {
                monoNs?: (number|null);
                deltaNs?: (number|null);
                netns?: (number|null);
                netnsName?: (string|null);
                ifindex?: (number|null);
                ifname?: (string|null);
                kind?: (netscope.v1.HopKind|null);
                hook?: (netscope.v1.Hook|null);
                headers?: (netscope.v1.Headers.$Properties|null);
                nat?: (netscope.v1.NatRewrite.$Properties|null);
                probeSet?: (netscope.v1.ProbeSet|null);
                dropReason?: (string|null);
                "function"?: (string|null);
                qdisc?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = netscope.v1.Hop.$Properties;
        }

        enum Verdict {
            VERDICT_UNKNOWN = 0,
            VERDICT_DELIVERED = 1,
            VERDICT_DROPPED = 2,
            VERDICT_INCOMPLETE = 3
        }

        enum Direction {
            DIRECTION_UNKNOWN = 0,
            DIRECTION_ORIGINAL = 1,
            DIRECTION_REPLY = 2
        }

        interface IJourney extends netscope.v1.Journey.$Properties {
        }

        class Journey {
            constructor(properties?: netscope.v1.Journey.$Properties);
            $unknowns?: Uint8Array[];
            id: string;
            startMonoNs: number;
            startTimeNs: number;
            durationNs: number;
            skb: string;
            headers?: (netscope.v1.Headers.$Properties|null);
            hops: netscope.v1.Hop.$Properties[];
            nat: netscope.v1.NatRewrite.$Properties[];
            ct?: (netscope.v1.ConntrackRef.$Properties|null);
            verdict: netscope.v1.Verdict;
            dropReason: string;
            dropLocation: string;
            direction: netscope.v1.Direction;
            peerId: string;
            parentId: string;
            segments: number;
            static create(properties: netscope.v1.Journey.$Shape): netscope.v1.Journey & netscope.v1.Journey.$Shape;
            static create(properties?: netscope.v1.Journey.$Properties): netscope.v1.Journey;
            static encode(message: netscope.v1.Journey.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: netscope.v1.Journey.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): netscope.v1.Journey & netscope.v1.Journey.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): netscope.v1.Journey & netscope.v1.Journey.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): netscope.v1.Journey;
            static toObject(message: netscope.v1.Journey, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Journey {
            interface $Properties {
                id?: (string|null);
                startMonoNs?: (number|null);
                startTimeNs?: (number|null);
                durationNs?: (number|null);
                skb?: (string|null);
                headers?: (netscope.v1.Headers.$Properties|null);
                hops?: (netscope.v1.Hop.$Properties[]|null);
                nat?: (netscope.v1.NatRewrite.$Properties[]|null);
                ct?: (netscope.v1.ConntrackRef.$Properties|null);
                verdict?: (netscope.v1.Verdict|null);
                dropReason?: (string|null);
                dropLocation?: (string|null);
                direction?: (netscope.v1.Direction|null);
                peerId?: (string|null);
                parentId?: (string|null);
                segments?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = netscope.v1.Journey.$Properties;
        }

        interface IConntrackEntry extends netscope.v1.ConntrackEntry.$Properties {
        }

        class ConntrackEntry {
            constructor(properties?: netscope.v1.ConntrackEntry.$Properties);
            $unknowns?: Uint8Array[];
            id: string;
            protocol: number;
            state: string;
            timeoutS: number;
            original?: (netscope.v1.ConntrackTuple.$Properties|null);
            reply?: (netscope.v1.ConntrackTuple.$Properties|null);
            flags: string[];
            mark: number;
            zone: number;
            use: number;
            origPackets: number;
            origBytes: number;
            replyPackets: number;
            replyBytes: number;
            nat: netscope.v1.NatKind;
            static create(properties: netscope.v1.ConntrackEntry.$Shape): netscope.v1.ConntrackEntry & netscope.v1.ConntrackEntry.$Shape;
            static create(properties?: netscope.v1.ConntrackEntry.$Properties): netscope.v1.ConntrackEntry;
            static encode(message: netscope.v1.ConntrackEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: netscope.v1.ConntrackEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): netscope.v1.ConntrackEntry & netscope.v1.ConntrackEntry.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): netscope.v1.ConntrackEntry & netscope.v1.ConntrackEntry.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): netscope.v1.ConntrackEntry;
            static toObject(message: netscope.v1.ConntrackEntry, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ConntrackEntry {
            interface $Properties {
                id?: (string|null);
                protocol?: (number|null);
                state?: (string|null);
                timeoutS?: (number|null);
                original?: (netscope.v1.ConntrackTuple.$Properties|null);
                reply?: (netscope.v1.ConntrackTuple.$Properties|null);
                flags?: (string[]|null);
                mark?: (number|null);
                zone?: (number|null);
                use?: (number|null);
                origPackets?: (number|null);
                origBytes?: (number|null);
                replyPackets?: (number|null);
                replyBytes?: (number|null);
                nat?: (netscope.v1.NatKind|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = netscope.v1.ConntrackEntry.$Properties;
        }

        enum ConntrackEventType {
            CONNTRACK_EVENT_TYPE_UNKNOWN = 0,
            CONNTRACK_EVENT_TYPE_NEW = 1,
            CONNTRACK_EVENT_TYPE_UPDATE = 2,
            CONNTRACK_EVENT_TYPE_DESTROY = 3,
            CONNTRACK_EVENT_TYPE_SNAPSHOT = 4
        }

        interface IConntrackEvent extends netscope.v1.ConntrackEvent.$Properties {
        }

        class ConntrackEvent {
            constructor(properties?: netscope.v1.ConntrackEvent.$Properties);
            $unknowns?: Uint8Array[];
            type: netscope.v1.ConntrackEventType;
            timeNs: number;
            netns: number;
            netnsName: string;
            entry?: (netscope.v1.ConntrackEntry.$Properties|null);
            static create(properties: netscope.v1.ConntrackEvent.$Shape): netscope.v1.ConntrackEvent & netscope.v1.ConntrackEvent.$Shape;
            static create(properties?: netscope.v1.ConntrackEvent.$Properties): netscope.v1.ConntrackEvent;
            static encode(message: netscope.v1.ConntrackEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: netscope.v1.ConntrackEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): netscope.v1.ConntrackEvent & netscope.v1.ConntrackEvent.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): netscope.v1.ConntrackEvent & netscope.v1.ConntrackEvent.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): netscope.v1.ConntrackEvent;
            static toObject(message: netscope.v1.ConntrackEvent, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ConntrackEvent {
            interface $Properties {
                type?: (netscope.v1.ConntrackEventType|null);
                timeNs?: (number|null);
                netns?: (number|null);
                netnsName?: (string|null);
                entry?: (netscope.v1.ConntrackEntry.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = netscope.v1.ConntrackEvent.$Properties;
        }

        interface IConntrackStats extends netscope.v1.ConntrackStats.$Properties {
        }

        class ConntrackStats {
            constructor(properties?: netscope.v1.ConntrackStats.$Properties);
            $unknowns?: Uint8Array[];
            timeNs: number;
            netns: number;
            netnsName: string;
            count: number;
            max: number;
            static create(properties: netscope.v1.ConntrackStats.$Shape): netscope.v1.ConntrackStats & netscope.v1.ConntrackStats.$Shape;
            static create(properties?: netscope.v1.ConntrackStats.$Properties): netscope.v1.ConntrackStats;
            static encode(message: netscope.v1.ConntrackStats.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: netscope.v1.ConntrackStats.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): netscope.v1.ConntrackStats & netscope.v1.ConntrackStats.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): netscope.v1.ConntrackStats & netscope.v1.ConntrackStats.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): netscope.v1.ConntrackStats;
            static toObject(message: netscope.v1.ConntrackStats, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ConntrackStats {
            interface $Properties {
                timeNs?: (number|null);
                netns?: (number|null);
                netnsName?: (string|null);
                count?: (number|null);
                max?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = netscope.v1.ConntrackStats.$Properties;
        }

        interface ITbfConfig extends netscope.v1.TbfConfig.$Properties {
        }

        class TbfConfig {
            constructor(properties?: netscope.v1.TbfConfig.$Properties);
            $unknowns?: Uint8Array[];
            rateBytesPerS: number;
            burstBytes: number;
            latencyUs: number;
            static create(properties: netscope.v1.TbfConfig.$Shape): netscope.v1.TbfConfig & netscope.v1.TbfConfig.$Shape;
            static create(properties?: netscope.v1.TbfConfig.$Properties): netscope.v1.TbfConfig;
            static encode(message: netscope.v1.TbfConfig.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: netscope.v1.TbfConfig.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): netscope.v1.TbfConfig & netscope.v1.TbfConfig.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): netscope.v1.TbfConfig & netscope.v1.TbfConfig.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): netscope.v1.TbfConfig;
            static toObject(message: netscope.v1.TbfConfig, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace TbfConfig {
            interface $Properties {
                rateBytesPerS?: (number|null);
                burstBytes?: (number|null);
                latencyUs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = netscope.v1.TbfConfig.$Properties;
        }

        interface IQdiscSample extends netscope.v1.QdiscSample.$Properties {
        }

        class QdiscSample {
            constructor(properties?: netscope.v1.QdiscSample.$Properties);
            $unknowns?: Uint8Array[];
            timeNs: number;
            netns: number;
            netnsName: string;
            dev: string;
            kind: string;
            handle: string;
            parent: string;
            bytes: number;
            packets: number;
            drops: number;
            overlimits: number;
            requeues: number;
            backlogBytes: number;
            qlen: number;
            tbf?: (netscope.v1.TbfConfig.$Properties|null);
            intervalS: number;
            bytesPerS: number;
            packetsPerS: number;
            dropsPerS: number;
            overlimitsPerS: number;
            static create(properties: netscope.v1.QdiscSample.$Shape): netscope.v1.QdiscSample & netscope.v1.QdiscSample.$Shape;
            static create(properties?: netscope.v1.QdiscSample.$Properties): netscope.v1.QdiscSample;
            static encode(message: netscope.v1.QdiscSample.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: netscope.v1.QdiscSample.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): netscope.v1.QdiscSample & netscope.v1.QdiscSample.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): netscope.v1.QdiscSample & netscope.v1.QdiscSample.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): netscope.v1.QdiscSample;
            static toObject(message: netscope.v1.QdiscSample, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace QdiscSample {
            interface $Properties {
                timeNs?: (number|null);
                netns?: (number|null);
                netnsName?: (string|null);
                dev?: (string|null);
                kind?: (string|null);
                handle?: (string|null);
                parent?: (string|null);
                bytes?: (number|null);
                packets?: (number|null);
                drops?: (number|null);
                overlimits?: (number|null);
                requeues?: (number|null);
                backlogBytes?: (number|null);
                qlen?: (number|null);
                tbf?: (netscope.v1.TbfConfig.$Properties|null);
                intervalS?: (number|null);
                bytesPerS?: (number|null);
                packetsPerS?: (number|null);
                dropsPerS?: (number|null);
                overlimitsPerS?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = netscope.v1.QdiscSample.$Properties;
        }

        enum LossStage {
            LOSS_STAGE_UNKNOWN = 0,
            LOSS_STAGE_KERNEL_BUFFER = 1,
            LOSS_STAGE_PROBE_RUNNER = 2,
            LOSS_STAGE_AGENT_QUEUE = 3,
            LOSS_STAGE_CLIENT_QUEUE = 4
        }

        interface ILostEvents extends netscope.v1.LostEvents.$Properties {
        }

        class LostEvents {
            constructor(properties?: netscope.v1.LostEvents.$Properties);
            $unknowns?: Uint8Array[];
            stage: netscope.v1.LossStage;
            source: string;
            count: number;
            timeNs: number;
            static create(properties: netscope.v1.LostEvents.$Shape): netscope.v1.LostEvents & netscope.v1.LostEvents.$Shape;
            static create(properties?: netscope.v1.LostEvents.$Properties): netscope.v1.LostEvents;
            static encode(message: netscope.v1.LostEvents.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: netscope.v1.LostEvents.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): netscope.v1.LostEvents & netscope.v1.LostEvents.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): netscope.v1.LostEvents & netscope.v1.LostEvents.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): netscope.v1.LostEvents;
            static toObject(message: netscope.v1.LostEvents, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace LostEvents {
            interface $Properties {
                stage?: (netscope.v1.LossStage|null);
                source?: (string|null);
                count?: (number|null);
                timeNs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = netscope.v1.LostEvents.$Properties;
        }

        interface IGap extends netscope.v1.Gap.$Properties {
        }

        class Gap {
            constructor(properties?: netscope.v1.Gap.$Properties);
            $unknowns?: Uint8Array[];
            source: string;
            reason: string;
            fromTimeNs: number;
            toTimeNs: number;
            static create(properties: netscope.v1.Gap.$Shape): netscope.v1.Gap & netscope.v1.Gap.$Shape;
            static create(properties?: netscope.v1.Gap.$Properties): netscope.v1.Gap;
            static encode(message: netscope.v1.Gap.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: netscope.v1.Gap.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): netscope.v1.Gap & netscope.v1.Gap.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): netscope.v1.Gap & netscope.v1.Gap.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): netscope.v1.Gap;
            static toObject(message: netscope.v1.Gap, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Gap {
            interface $Properties {
                source?: (string|null);
                reason?: (string|null);
                fromTimeNs?: (number|null);
                toTimeNs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = netscope.v1.Gap.$Properties;
        }

        enum ProbeState {
            PROBE_STATE_UNKNOWN = 0,
            PROBE_STATE_ATTACHED = 1,
            PROBE_STATE_UNAVAILABLE = 2,
            PROBE_STATE_NOT_REQUESTED = 3,
            PROBE_STATE_FAILED = 4,
            PROBE_STATE_RESTARTING = 5
        }

        interface IProgramStats extends netscope.v1.ProgramStats.$Properties {
        }

        class ProgramStats {
            constructor(properties?: netscope.v1.ProgramStats.$Properties);
            $unknowns?: Uint8Array[];
            id: number;
            name: string;
            type: string;
            runCount: number;
            runTimeNs: number;
            static create(properties: netscope.v1.ProgramStats.$Shape): netscope.v1.ProgramStats & netscope.v1.ProgramStats.$Shape;
            static create(properties?: netscope.v1.ProgramStats.$Properties): netscope.v1.ProgramStats;
            static encode(message: netscope.v1.ProgramStats.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: netscope.v1.ProgramStats.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): netscope.v1.ProgramStats & netscope.v1.ProgramStats.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): netscope.v1.ProgramStats & netscope.v1.ProgramStats.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): netscope.v1.ProgramStats;
            static toObject(message: netscope.v1.ProgramStats, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ProgramStats {
            interface $Properties {
                id?: (number|null);
                name?: (string|null);
                type?: (string|null);
                runCount?: (number|null);
                runTimeNs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = netscope.v1.ProgramStats.$Properties;
        }

        interface IProbeSetStatus extends netscope.v1.ProbeSetStatus.$Properties {
        }

        class ProbeSetStatus {
            constructor(properties?: netscope.v1.ProbeSetStatus.$Properties);
            $unknowns?: Uint8Array[];
            set: netscope.v1.ProbeSet;
            state: netscope.v1.ProbeState;
            reason: string;
            programs: netscope.v1.ProgramStats.$Properties[];
            netns: string[];
            static create(properties: netscope.v1.ProbeSetStatus.$Shape): netscope.v1.ProbeSetStatus & netscope.v1.ProbeSetStatus.$Shape;
            static create(properties?: netscope.v1.ProbeSetStatus.$Properties): netscope.v1.ProbeSetStatus;
            static encode(message: netscope.v1.ProbeSetStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: netscope.v1.ProbeSetStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): netscope.v1.ProbeSetStatus & netscope.v1.ProbeSetStatus.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): netscope.v1.ProbeSetStatus & netscope.v1.ProbeSetStatus.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): netscope.v1.ProbeSetStatus;
            static toObject(message: netscope.v1.ProbeSetStatus, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ProbeSetStatus {
            interface $Properties {
                set?: (netscope.v1.ProbeSet|null);
                state?: (netscope.v1.ProbeState|null);
                reason?: (string|null);
                programs?: (netscope.v1.ProgramStats.$Properties[]|null);
                netns?: (string[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = netscope.v1.ProbeSetStatus.$Properties;
        }

        interface IProbeSetCounters extends netscope.v1.ProbeSetCounters.$Properties {
        }

        class ProbeSetCounters {
            constructor(properties?: netscope.v1.ProbeSetCounters.$Properties);
            $unknowns?: Uint8Array[];
            set: netscope.v1.ProbeSet;
            source: string;
            kernelCounted: boolean;
            kernelEmitted: number;
            kernelLost: number;
            runnerWritten: number;
            runnerLost: number;
            agentReceived: number;
            agentQueueLost: number;
            agentAccepted: number;
            countersTimeNs: number;
            static create(properties: netscope.v1.ProbeSetCounters.$Shape): netscope.v1.ProbeSetCounters & netscope.v1.ProbeSetCounters.$Shape;
            static create(properties?: netscope.v1.ProbeSetCounters.$Properties): netscope.v1.ProbeSetCounters;
            static encode(message: netscope.v1.ProbeSetCounters.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: netscope.v1.ProbeSetCounters.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): netscope.v1.ProbeSetCounters & netscope.v1.ProbeSetCounters.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): netscope.v1.ProbeSetCounters & netscope.v1.ProbeSetCounters.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): netscope.v1.ProbeSetCounters;
            static toObject(message: netscope.v1.ProbeSetCounters, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ProbeSetCounters {
            interface $Properties {
                set?: (netscope.v1.ProbeSet|null);
                source?: (string|null);
                kernelCounted?: (boolean|null);
                kernelEmitted?: (number|null);
                kernelLost?: (number|null);
                runnerWritten?: (number|null);
                runnerLost?: (number|null);
                agentReceived?: (number|null);
                agentQueueLost?: (number|null);
                agentAccepted?: (number|null);
                countersTimeNs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = netscope.v1.ProbeSetCounters.$Properties;
        }

        interface IClientCounters extends netscope.v1.ClientCounters.$Properties {
        }

        class ClientCounters {
            constructor(properties?: netscope.v1.ClientCounters.$Properties);
            $unknowns?: Uint8Array[];
            id: number;
            peer: string;
            offered: number;
            sent: number;
            lost: number;
            queued: number;
            static create(properties: netscope.v1.ClientCounters.$Shape): netscope.v1.ClientCounters & netscope.v1.ClientCounters.$Shape;
            static create(properties?: netscope.v1.ClientCounters.$Properties): netscope.v1.ClientCounters;
            static encode(message: netscope.v1.ClientCounters.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: netscope.v1.ClientCounters.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): netscope.v1.ClientCounters & netscope.v1.ClientCounters.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): netscope.v1.ClientCounters & netscope.v1.ClientCounters.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): netscope.v1.ClientCounters;
            static toObject(message: netscope.v1.ClientCounters, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ClientCounters {
            interface $Properties {
                id?: (number|null);
                peer?: (string|null);
                offered?: (number|null);
                sent?: (number|null);
                lost?: (number|null);
                queued?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = netscope.v1.ClientCounters.$Properties;
        }

        interface IAgentStatus extends netscope.v1.AgentStatus.$Properties {
        }

        class AgentStatus {
            constructor(properties?: netscope.v1.AgentStatus.$Properties);
            $unknowns?: Uint8Array[];
            version: string;
            hostname: string;
            kernel: string;
            startTimeNs: number;
            probeSets: netscope.v1.ProbeSetStatus.$Properties[];
            netns: string[];
            eventsTotal: number;
            lostTotal: number;
            counters: netscope.v1.ProbeSetCounters.$Properties[];
            packetsPublished: number;
            journeysPublished: number;
            agentQueueLost: number;
            clientQueueLost: number;
            clients: netscope.v1.ClientCounters.$Properties[];
            static create(properties: netscope.v1.AgentStatus.$Shape): netscope.v1.AgentStatus & netscope.v1.AgentStatus.$Shape;
            static create(properties?: netscope.v1.AgentStatus.$Properties): netscope.v1.AgentStatus;
            static encode(message: netscope.v1.AgentStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: netscope.v1.AgentStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): netscope.v1.AgentStatus & netscope.v1.AgentStatus.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): netscope.v1.AgentStatus & netscope.v1.AgentStatus.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): netscope.v1.AgentStatus;
            static toObject(message: netscope.v1.AgentStatus, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace AgentStatus {
            interface $Properties {
                version?: (string|null);
                hostname?: (string|null);
                kernel?: (string|null);
                startTimeNs?: (number|null);
                probeSets?: (netscope.v1.ProbeSetStatus.$Properties[]|null);
                netns?: (string[]|null);
                eventsTotal?: (number|null);
                lostTotal?: (number|null);
                counters?: (netscope.v1.ProbeSetCounters.$Properties[]|null);
                packetsPublished?: (number|null);
                journeysPublished?: (number|null);
                agentQueueLost?: (number|null);
                clientQueueLost?: (number|null);
                clients?: (netscope.v1.ClientCounters.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = netscope.v1.AgentStatus.$Properties;
        }

        interface IEnvelope extends netscope.v1.Envelope.$Properties {
        }

        class Envelope {
            constructor(properties?: netscope.v1.Envelope.$Properties);
            $unknowns?: Uint8Array[];
            packet?: (netscope.v1.PacketEvent.$Properties|null);
            journey?: (netscope.v1.Journey.$Properties|null);
            conntrack?: (netscope.v1.ConntrackEvent.$Properties|null);
            conntrackStats?: (netscope.v1.ConntrackStats.$Properties|null);
            qdisc?: (netscope.v1.QdiscSample.$Properties|null);
            lost?: (netscope.v1.LostEvents.$Properties|null);
            gap?: (netscope.v1.Gap.$Properties|null);
            status?: (netscope.v1.AgentStatus.$Properties|null);
            node: string;
            seq: number;
            item?: ("packet"|"journey"|"conntrack"|"conntrackStats"|"qdisc"|"lost"|"gap"|"status");
            static create(properties: netscope.v1.Envelope.$Shape): netscope.v1.Envelope & netscope.v1.Envelope.$Shape;
            static create(properties?: netscope.v1.Envelope.$Properties): netscope.v1.Envelope;
            static encode(message: netscope.v1.Envelope.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: netscope.v1.Envelope.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): netscope.v1.Envelope & netscope.v1.Envelope.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): netscope.v1.Envelope & netscope.v1.Envelope.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): netscope.v1.Envelope;
            static toObject(message: netscope.v1.Envelope, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Envelope {
            interface $Properties {
                packet?: (netscope.v1.PacketEvent.$Properties|null);
                journey?: (netscope.v1.Journey.$Properties|null);
                conntrack?: (netscope.v1.ConntrackEvent.$Properties|null);
                conntrackStats?: (netscope.v1.ConntrackStats.$Properties|null);
                qdisc?: (netscope.v1.QdiscSample.$Properties|null);
                lost?: (netscope.v1.LostEvents.$Properties|null);
                gap?: (netscope.v1.Gap.$Properties|null);
                status?: (netscope.v1.AgentStatus.$Properties|null);
                node?: (string|null);
                seq?: (number|null);
                item?: ("packet"|"journey"|"conntrack"|"conntrackStats"|"qdisc"|"lost"|"gap"|"status");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              packet?: netscope.v1.PacketEvent.$Shape|null;
              journey?: netscope.v1.Journey.$Shape|null;
              conntrack?: netscope.v1.ConntrackEvent.$Shape|null;
              conntrackStats?: netscope.v1.ConntrackStats.$Shape|null;
              qdisc?: netscope.v1.QdiscSample.$Shape|null;
              lost?: netscope.v1.LostEvents.$Shape|null;
              gap?: netscope.v1.Gap.$Shape|null;
              status?: netscope.v1.AgentStatus.$Shape|null;
              node?: string|null;
              seq?: number|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ item?: undefined; packet?: null; journey?: null; conntrack?: null; conntrackStats?: null; qdisc?: null; lost?: null; gap?: null; status?: null }|{ item?: "packet"; packet: netscope.v1.PacketEvent.$Shape; journey?: null; conntrack?: null; conntrackStats?: null; qdisc?: null; lost?: null; gap?: null; status?: null }|{ item?: "journey"; packet?: null; journey: netscope.v1.Journey.$Shape; conntrack?: null; conntrackStats?: null; qdisc?: null; lost?: null; gap?: null; status?: null }|{ item?: "conntrack"; packet?: null; journey?: null; conntrack: netscope.v1.ConntrackEvent.$Shape; conntrackStats?: null; qdisc?: null; lost?: null; gap?: null; status?: null }|{ item?: "conntrackStats"; packet?: null; journey?: null; conntrack?: null; conntrackStats: netscope.v1.ConntrackStats.$Shape; qdisc?: null; lost?: null; gap?: null; status?: null }|{ item?: "qdisc"; packet?: null; journey?: null; conntrack?: null; conntrackStats?: null; qdisc: netscope.v1.QdiscSample.$Shape; lost?: null; gap?: null; status?: null }|{ item?: "lost"; packet?: null; journey?: null; conntrack?: null; conntrackStats?: null; qdisc?: null; lost: netscope.v1.LostEvents.$Shape; gap?: null; status?: null }|{ item?: "gap"; packet?: null; journey?: null; conntrack?: null; conntrackStats?: null; qdisc?: null; lost?: null; gap: netscope.v1.Gap.$Shape; status?: null }|{ item?: "status"; packet?: null; journey?: null; conntrack?: null; conntrackStats?: null; qdisc?: null; lost?: null; gap?: null; status: netscope.v1.AgentStatus.$Shape })
            );
        }

        enum EventKind {
            EVENT_KIND_UNKNOWN = 0,
            EVENT_KIND_PACKET = 1,
            EVENT_KIND_JOURNEY = 2,
            EVENT_KIND_CONNTRACK = 3,
            EVENT_KIND_CONNTRACK_STATS = 4,
            EVENT_KIND_QDISC = 5,
            EVENT_KIND_LOST = 6,
            EVENT_KIND_GAP = 7,
            EVENT_KIND_STATUS = 8
        }

        interface IFilter extends netscope.v1.Filter.$Properties {
        }

        class Filter {
            constructor(properties?: netscope.v1.Filter.$Properties);
            $unknowns?: Uint8Array[];
            protocol: number[];
            address: string[];
            port: number[];
            netns: string[];
            interface: string[];
            hook: netscope.v1.Hook[];
            verdict: netscope.v1.Verdict[];
            static create(properties: netscope.v1.Filter.$Shape): netscope.v1.Filter & netscope.v1.Filter.$Shape;
            static create(properties?: netscope.v1.Filter.$Properties): netscope.v1.Filter;
            static encode(message: netscope.v1.Filter.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: netscope.v1.Filter.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): netscope.v1.Filter & netscope.v1.Filter.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): netscope.v1.Filter & netscope.v1.Filter.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): netscope.v1.Filter;
            static toObject(message: netscope.v1.Filter, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Filter {
            interface $Properties {
                protocol?: (number[]|null);
                address?: (string[]|null);
                port?: (number[]|null);
                netns?: (string[]|null);
                "interface"?: (string[]|null);
                hook?: (netscope.v1.Hook[]|null);
                verdict?: (netscope.v1.Verdict[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = netscope.v1.Filter.$Properties;
        }

        interface IObserveRequest extends netscope.v1.ObserveRequest.$Properties {
        }

        class ObserveRequest {
            constructor(properties?: netscope.v1.ObserveRequest.$Properties);
            $unknowns?: Uint8Array[];
            kinds: netscope.v1.EventKind[];
            allow: netscope.v1.Filter.$Properties[];
            deny: netscope.v1.Filter.$Properties[];
            follow: boolean;
            first: number;
            last: number;
            sinceNs: number;
            static create(properties: netscope.v1.ObserveRequest.$Shape): netscope.v1.ObserveRequest & netscope.v1.ObserveRequest.$Shape;
            static create(properties?: netscope.v1.ObserveRequest.$Properties): netscope.v1.ObserveRequest;
            static encode(message: netscope.v1.ObserveRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: netscope.v1.ObserveRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): netscope.v1.ObserveRequest & netscope.v1.ObserveRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): netscope.v1.ObserveRequest & netscope.v1.ObserveRequest.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): netscope.v1.ObserveRequest;
            static toObject(message: netscope.v1.ObserveRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ObserveRequest {
            interface $Properties {
                kinds?: (netscope.v1.EventKind[]|null);
                allow?: (netscope.v1.Filter.$Properties[]|null);
                deny?: (netscope.v1.Filter.$Properties[]|null);
                follow?: (boolean|null);
                first?: (number|null);
                last?: (number|null);
                sinceNs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = netscope.v1.ObserveRequest.$Properties;
        }

        interface IObserveResponse extends netscope.v1.ObserveResponse.$Properties {
        }

        class ObserveResponse {
            constructor(properties?: netscope.v1.ObserveResponse.$Properties);
            $unknowns?: Uint8Array[];
            envelopes: netscope.v1.Envelope.$Properties[];
            static create(properties: netscope.v1.ObserveResponse.$Shape): netscope.v1.ObserveResponse & netscope.v1.ObserveResponse.$Shape;
            static create(properties?: netscope.v1.ObserveResponse.$Properties): netscope.v1.ObserveResponse;
            static encode(message: netscope.v1.ObserveResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: netscope.v1.ObserveResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): netscope.v1.ObserveResponse & netscope.v1.ObserveResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): netscope.v1.ObserveResponse & netscope.v1.ObserveResponse.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): netscope.v1.ObserveResponse;
            static toObject(message: netscope.v1.ObserveResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ObserveResponse {
            interface $Properties {
                envelopes?: (netscope.v1.Envelope.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              envelopes?: netscope.v1.Envelope.$Shape[]|null;
              $unknowns?: Uint8Array[];
            };
        }

        interface IGetStatusRequest extends netscope.v1.GetStatusRequest.$Properties {
        }

        class GetStatusRequest {
            constructor(properties?: netscope.v1.GetStatusRequest.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: netscope.v1.GetStatusRequest.$Shape): netscope.v1.GetStatusRequest & netscope.v1.GetStatusRequest.$Shape;
            static create(properties?: netscope.v1.GetStatusRequest.$Properties): netscope.v1.GetStatusRequest;
            static encode(message: netscope.v1.GetStatusRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: netscope.v1.GetStatusRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): netscope.v1.GetStatusRequest & netscope.v1.GetStatusRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): netscope.v1.GetStatusRequest & netscope.v1.GetStatusRequest.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): netscope.v1.GetStatusRequest;
            static toObject(message: netscope.v1.GetStatusRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace GetStatusRequest {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = netscope.v1.GetStatusRequest.$Properties;
        }

        interface IGetStatusResponse extends netscope.v1.GetStatusResponse.$Properties {
        }

        class GetStatusResponse {
            constructor(properties?: netscope.v1.GetStatusResponse.$Properties);
            $unknowns?: Uint8Array[];
            status?: (netscope.v1.AgentStatus.$Properties|null);
            static create(properties: netscope.v1.GetStatusResponse.$Shape): netscope.v1.GetStatusResponse & netscope.v1.GetStatusResponse.$Shape;
            static create(properties?: netscope.v1.GetStatusResponse.$Properties): netscope.v1.GetStatusResponse;
            static encode(message: netscope.v1.GetStatusResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: netscope.v1.GetStatusResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): netscope.v1.GetStatusResponse & netscope.v1.GetStatusResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): netscope.v1.GetStatusResponse & netscope.v1.GetStatusResponse.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): netscope.v1.GetStatusResponse;
            static toObject(message: netscope.v1.GetStatusResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace GetStatusResponse {
            interface $Properties {
                status?: (netscope.v1.AgentStatus.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = netscope.v1.GetStatusResponse.$Properties;
        }

        interface IGetProbeSetsRequest extends netscope.v1.GetProbeSetsRequest.$Properties {
        }

        class GetProbeSetsRequest {
            constructor(properties?: netscope.v1.GetProbeSetsRequest.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: netscope.v1.GetProbeSetsRequest.$Shape): netscope.v1.GetProbeSetsRequest & netscope.v1.GetProbeSetsRequest.$Shape;
            static create(properties?: netscope.v1.GetProbeSetsRequest.$Properties): netscope.v1.GetProbeSetsRequest;
            static encode(message: netscope.v1.GetProbeSetsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: netscope.v1.GetProbeSetsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): netscope.v1.GetProbeSetsRequest & netscope.v1.GetProbeSetsRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): netscope.v1.GetProbeSetsRequest & netscope.v1.GetProbeSetsRequest.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): netscope.v1.GetProbeSetsRequest;
            static toObject(message: netscope.v1.GetProbeSetsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace GetProbeSetsRequest {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = netscope.v1.GetProbeSetsRequest.$Properties;
        }

        interface IGetProbeSetsResponse extends netscope.v1.GetProbeSetsResponse.$Properties {
        }

        class GetProbeSetsResponse {
            constructor(properties?: netscope.v1.GetProbeSetsResponse.$Properties);
            $unknowns?: Uint8Array[];
            probeSets: netscope.v1.ProbeSetStatus.$Properties[];
            static create(properties: netscope.v1.GetProbeSetsResponse.$Shape): netscope.v1.GetProbeSetsResponse & netscope.v1.GetProbeSetsResponse.$Shape;
            static create(properties?: netscope.v1.GetProbeSetsResponse.$Properties): netscope.v1.GetProbeSetsResponse;
            static encode(message: netscope.v1.GetProbeSetsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: netscope.v1.GetProbeSetsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): netscope.v1.GetProbeSetsResponse & netscope.v1.GetProbeSetsResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): netscope.v1.GetProbeSetsResponse & netscope.v1.GetProbeSetsResponse.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): netscope.v1.GetProbeSetsResponse;
            static toObject(message: netscope.v1.GetProbeSetsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace GetProbeSetsResponse {
            interface $Properties {
                probeSets?: (netscope.v1.ProbeSetStatus.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = netscope.v1.GetProbeSetsResponse.$Properties;
        }

        interface IGetConntrackRequest extends netscope.v1.GetConntrackRequest.$Properties {
        }

        class GetConntrackRequest {
            constructor(properties?: netscope.v1.GetConntrackRequest.$Properties);
            $unknowns?: Uint8Array[];
            allow: netscope.v1.Filter.$Properties[];
            deny: netscope.v1.Filter.$Properties[];
            static create(properties: netscope.v1.GetConntrackRequest.$Shape): netscope.v1.GetConntrackRequest & netscope.v1.GetConntrackRequest.$Shape;
            static create(properties?: netscope.v1.GetConntrackRequest.$Properties): netscope.v1.GetConntrackRequest;
            static encode(message: netscope.v1.GetConntrackRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: netscope.v1.GetConntrackRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): netscope.v1.GetConntrackRequest & netscope.v1.GetConntrackRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): netscope.v1.GetConntrackRequest & netscope.v1.GetConntrackRequest.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): netscope.v1.GetConntrackRequest;
            static toObject(message: netscope.v1.GetConntrackRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace GetConntrackRequest {
            interface $Properties {
                allow?: (netscope.v1.Filter.$Properties[]|null);
                deny?: (netscope.v1.Filter.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = netscope.v1.GetConntrackRequest.$Properties;
        }

        interface IConntrackTable extends netscope.v1.ConntrackTable.$Properties {
        }

        class ConntrackTable {
            constructor(properties?: netscope.v1.ConntrackTable.$Properties);
            $unknowns?: Uint8Array[];
            netnsName: string;
            netns: number;
            stats?: (netscope.v1.ConntrackStats.$Properties|null);
            entries: netscope.v1.ConntrackEvent.$Properties[];
            error: string;
            static create(properties: netscope.v1.ConntrackTable.$Shape): netscope.v1.ConntrackTable & netscope.v1.ConntrackTable.$Shape;
            static create(properties?: netscope.v1.ConntrackTable.$Properties): netscope.v1.ConntrackTable;
            static encode(message: netscope.v1.ConntrackTable.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: netscope.v1.ConntrackTable.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): netscope.v1.ConntrackTable & netscope.v1.ConntrackTable.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): netscope.v1.ConntrackTable & netscope.v1.ConntrackTable.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): netscope.v1.ConntrackTable;
            static toObject(message: netscope.v1.ConntrackTable, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ConntrackTable {
            interface $Properties {
                netnsName?: (string|null);
                netns?: (number|null);
                stats?: (netscope.v1.ConntrackStats.$Properties|null);
                entries?: (netscope.v1.ConntrackEvent.$Properties[]|null);
                error?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = netscope.v1.ConntrackTable.$Properties;
        }

        interface IGetConntrackResponse extends netscope.v1.GetConntrackResponse.$Properties {
        }

        class GetConntrackResponse {
            constructor(properties?: netscope.v1.GetConntrackResponse.$Properties);
            $unknowns?: Uint8Array[];
            tables: netscope.v1.ConntrackTable.$Properties[];
            static create(properties: netscope.v1.GetConntrackResponse.$Shape): netscope.v1.GetConntrackResponse & netscope.v1.GetConntrackResponse.$Shape;
            static create(properties?: netscope.v1.GetConntrackResponse.$Properties): netscope.v1.GetConntrackResponse;
            static encode(message: netscope.v1.GetConntrackResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: netscope.v1.GetConntrackResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): netscope.v1.GetConntrackResponse & netscope.v1.GetConntrackResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): netscope.v1.GetConntrackResponse & netscope.v1.GetConntrackResponse.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): netscope.v1.GetConntrackResponse;
            static toObject(message: netscope.v1.GetConntrackResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace GetConntrackResponse {
            interface $Properties {
                tables?: (netscope.v1.ConntrackTable.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = netscope.v1.GetConntrackResponse.$Properties;
        }

        interface IGetQdiscsRequest extends netscope.v1.GetQdiscsRequest.$Properties {
        }

        class GetQdiscsRequest {
            constructor(properties?: netscope.v1.GetQdiscsRequest.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: netscope.v1.GetQdiscsRequest.$Shape): netscope.v1.GetQdiscsRequest & netscope.v1.GetQdiscsRequest.$Shape;
            static create(properties?: netscope.v1.GetQdiscsRequest.$Properties): netscope.v1.GetQdiscsRequest;
            static encode(message: netscope.v1.GetQdiscsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: netscope.v1.GetQdiscsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): netscope.v1.GetQdiscsRequest & netscope.v1.GetQdiscsRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): netscope.v1.GetQdiscsRequest & netscope.v1.GetQdiscsRequest.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): netscope.v1.GetQdiscsRequest;
            static toObject(message: netscope.v1.GetQdiscsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace GetQdiscsRequest {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = netscope.v1.GetQdiscsRequest.$Properties;
        }

        interface IGetQdiscsResponse extends netscope.v1.GetQdiscsResponse.$Properties {
        }

        class GetQdiscsResponse {
            constructor(properties?: netscope.v1.GetQdiscsResponse.$Properties);
            $unknowns?: Uint8Array[];
            samples: netscope.v1.QdiscSample.$Properties[];
            static create(properties: netscope.v1.GetQdiscsResponse.$Shape): netscope.v1.GetQdiscsResponse & netscope.v1.GetQdiscsResponse.$Shape;
            static create(properties?: netscope.v1.GetQdiscsResponse.$Properties): netscope.v1.GetQdiscsResponse;
            static encode(message: netscope.v1.GetQdiscsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: netscope.v1.GetQdiscsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): netscope.v1.GetQdiscsResponse & netscope.v1.GetQdiscsResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): netscope.v1.GetQdiscsResponse & netscope.v1.GetQdiscsResponse.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): netscope.v1.GetQdiscsResponse;
            static toObject(message: netscope.v1.GetQdiscsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace GetQdiscsResponse {
            interface $Properties {
                samples?: (netscope.v1.QdiscSample.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = netscope.v1.GetQdiscsResponse.$Properties;
        }

        interface IGetSnapshotRequest extends netscope.v1.GetSnapshotRequest.$Properties {
        }

        class GetSnapshotRequest {
            constructor(properties?: netscope.v1.GetSnapshotRequest.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: netscope.v1.GetSnapshotRequest.$Shape): netscope.v1.GetSnapshotRequest & netscope.v1.GetSnapshotRequest.$Shape;
            static create(properties?: netscope.v1.GetSnapshotRequest.$Properties): netscope.v1.GetSnapshotRequest;
            static encode(message: netscope.v1.GetSnapshotRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: netscope.v1.GetSnapshotRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): netscope.v1.GetSnapshotRequest & netscope.v1.GetSnapshotRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): netscope.v1.GetSnapshotRequest & netscope.v1.GetSnapshotRequest.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): netscope.v1.GetSnapshotRequest;
            static toObject(message: netscope.v1.GetSnapshotRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace GetSnapshotRequest {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = netscope.v1.GetSnapshotRequest.$Properties;
        }

        interface IGetSnapshotResponse extends netscope.v1.GetSnapshotResponse.$Properties {
        }

        class GetSnapshotResponse {
            constructor(properties?: netscope.v1.GetSnapshotResponse.$Properties);
            $unknowns?: Uint8Array[];
            snapshots: netscope.v1.Snapshot.$Properties[];
            monoNs: number;
            monoToWallOffsetNs: number;
            static create(properties: netscope.v1.GetSnapshotResponse.$Shape): netscope.v1.GetSnapshotResponse & netscope.v1.GetSnapshotResponse.$Shape;
            static create(properties?: netscope.v1.GetSnapshotResponse.$Properties): netscope.v1.GetSnapshotResponse;
            static encode(message: netscope.v1.GetSnapshotResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: netscope.v1.GetSnapshotResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): netscope.v1.GetSnapshotResponse & netscope.v1.GetSnapshotResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): netscope.v1.GetSnapshotResponse & netscope.v1.GetSnapshotResponse.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): netscope.v1.GetSnapshotResponse;
            static toObject(message: netscope.v1.GetSnapshotResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace GetSnapshotResponse {
            interface $Properties {
                snapshots?: (netscope.v1.Snapshot.$Properties[]|null);
                monoNs?: (number|null);
                monoToWallOffsetNs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = netscope.v1.GetSnapshotResponse.$Properties;
        }

        class Observer extends $protobuf.rpc.Service {
            constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);
            static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): Observer;
            observe: netscope.v1.Observer.Observe;
            getStatus: netscope.v1.Observer.GetStatus;
            getProbeSets: netscope.v1.Observer.GetProbeSets;
            getConntrack: netscope.v1.Observer.GetConntrack;
            streamConntrack: netscope.v1.Observer.StreamConntrack;
            getQdiscs: netscope.v1.Observer.GetQdiscs;
            getSnapshot: netscope.v1.Observer.GetSnapshot;
        }

        namespace Observer {
            type ObserveCallback = (error: (Error|null), response?: netscope.v1.ObserveResponse) => void;
            type Observe = {
              (request: netscope.v1.IObserveRequest, callback: netscope.v1.Observer.ObserveCallback): void;
              (request: netscope.v1.IObserveRequest): Promise<netscope.v1.ObserveResponse>;
              readonly name: "Observe";
              readonly path: "/netscope.v1.Observer/Observe";
              readonly requestType: "ObserveRequest";
              readonly responseType: "ObserveResponse";
              readonly requestStream: undefined;
              readonly responseStream: true;
            };
            type GetStatusCallback = (error: (Error|null), response?: netscope.v1.GetStatusResponse) => void;
            type GetStatus = {
              (request: netscope.v1.IGetStatusRequest, callback: netscope.v1.Observer.GetStatusCallback): void;
              (request: netscope.v1.IGetStatusRequest): Promise<netscope.v1.GetStatusResponse>;
              readonly name: "GetStatus";
              readonly path: "/netscope.v1.Observer/GetStatus";
              readonly requestType: "GetStatusRequest";
              readonly responseType: "GetStatusResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type GetProbeSetsCallback = (error: (Error|null), response?: netscope.v1.GetProbeSetsResponse) => void;
            type GetProbeSets = {
              (request: netscope.v1.IGetProbeSetsRequest, callback: netscope.v1.Observer.GetProbeSetsCallback): void;
              (request: netscope.v1.IGetProbeSetsRequest): Promise<netscope.v1.GetProbeSetsResponse>;
              readonly name: "GetProbeSets";
              readonly path: "/netscope.v1.Observer/GetProbeSets";
              readonly requestType: "GetProbeSetsRequest";
              readonly responseType: "GetProbeSetsResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type GetConntrackCallback = (error: (Error|null), response?: netscope.v1.GetConntrackResponse) => void;
            type GetConntrack = {
              (request: netscope.v1.IGetConntrackRequest, callback: netscope.v1.Observer.GetConntrackCallback): void;
              (request: netscope.v1.IGetConntrackRequest): Promise<netscope.v1.GetConntrackResponse>;
              readonly name: "GetConntrack";
              readonly path: "/netscope.v1.Observer/GetConntrack";
              readonly requestType: "GetConntrackRequest";
              readonly responseType: "GetConntrackResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type StreamConntrackCallback = (error: (Error|null), response?: netscope.v1.ConntrackTable) => void;
            type StreamConntrack = {
              (request: netscope.v1.IGetConntrackRequest, callback: netscope.v1.Observer.StreamConntrackCallback): void;
              (request: netscope.v1.IGetConntrackRequest): Promise<netscope.v1.ConntrackTable>;
              readonly name: "StreamConntrack";
              readonly path: "/netscope.v1.Observer/StreamConntrack";
              readonly requestType: "GetConntrackRequest";
              readonly responseType: "ConntrackTable";
              readonly requestStream: undefined;
              readonly responseStream: true;
            };
            type GetQdiscsCallback = (error: (Error|null), response?: netscope.v1.GetQdiscsResponse) => void;
            type GetQdiscs = {
              (request: netscope.v1.IGetQdiscsRequest, callback: netscope.v1.Observer.GetQdiscsCallback): void;
              (request: netscope.v1.IGetQdiscsRequest): Promise<netscope.v1.GetQdiscsResponse>;
              readonly name: "GetQdiscs";
              readonly path: "/netscope.v1.Observer/GetQdiscs";
              readonly requestType: "GetQdiscsRequest";
              readonly responseType: "GetQdiscsResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type GetSnapshotCallback = (error: (Error|null), response?: netscope.v1.GetSnapshotResponse) => void;
            type GetSnapshot = {
              (request: netscope.v1.IGetSnapshotRequest, callback: netscope.v1.Observer.GetSnapshotCallback): void;
              (request: netscope.v1.IGetSnapshotRequest): Promise<netscope.v1.GetSnapshotResponse>;
              readonly name: "GetSnapshot";
              readonly path: "/netscope.v1.Observer/GetSnapshot";
              readonly requestType: "GetSnapshotRequest";
              readonly responseType: "GetSnapshotResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
        }

        interface IRecordingHeader extends netscope.v1.RecordingHeader.$Properties {
        }

        class RecordingHeader {
            constructor(properties?: netscope.v1.RecordingHeader.$Properties);
            $unknowns?: Uint8Array[];
            formatVersion: number;
            schemaVersion: number;
            netscopeVersion: string;
            hostname: string;
            kernelRelease: string;
            probeSets: netscope.v1.ProbeSetStatus.$Properties[];
            startTimeNs: number;
            startMonoNs: number;
            monoToWallOffsetNs: number;
            netns: string[];
            filter: string;
            part: number;
            recordingId: string;
            command: string;
            static create(properties: netscope.v1.RecordingHeader.$Shape): netscope.v1.RecordingHeader & netscope.v1.RecordingHeader.$Shape;
            static create(properties?: netscope.v1.RecordingHeader.$Properties): netscope.v1.RecordingHeader;
            static encode(message: netscope.v1.RecordingHeader.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: netscope.v1.RecordingHeader.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): netscope.v1.RecordingHeader & netscope.v1.RecordingHeader.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): netscope.v1.RecordingHeader & netscope.v1.RecordingHeader.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): netscope.v1.RecordingHeader;
            static toObject(message: netscope.v1.RecordingHeader, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace RecordingHeader {
            interface $Properties {
                formatVersion?: (number|null);
                schemaVersion?: (number|null);
                netscopeVersion?: (string|null);
                hostname?: (string|null);
                kernelRelease?: (string|null);
                probeSets?: (netscope.v1.ProbeSetStatus.$Properties[]|null);
                startTimeNs?: (number|null);
                startMonoNs?: (number|null);
                monoToWallOffsetNs?: (number|null);
                netns?: (string[]|null);
                filter?: (string|null);
                part?: (number|null);
                recordingId?: (string|null);
                command?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = netscope.v1.RecordingHeader.$Properties;
        }

        interface ISnapshot extends netscope.v1.Snapshot.$Properties {
        }

        class Snapshot {
            constructor(properties?: netscope.v1.Snapshot.$Properties);
            $unknowns?: Uint8Array[];
            netnsName: string;
            netns: number;
            timeNs: number;
            conntrack: netscope.v1.ConntrackEvent.$Properties[];
            qdiscs: netscope.v1.QdiscSample.$Properties[];
            iptablesSave: string;
            nftRuleset: string;
            ipAddrJson: string;
            ipRouteJson: string;
            errors: string[];
            static create(properties: netscope.v1.Snapshot.$Shape): netscope.v1.Snapshot & netscope.v1.Snapshot.$Shape;
            static create(properties?: netscope.v1.Snapshot.$Properties): netscope.v1.Snapshot;
            static encode(message: netscope.v1.Snapshot.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: netscope.v1.Snapshot.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): netscope.v1.Snapshot & netscope.v1.Snapshot.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): netscope.v1.Snapshot & netscope.v1.Snapshot.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): netscope.v1.Snapshot;
            static toObject(message: netscope.v1.Snapshot, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Snapshot {
            interface $Properties {
                netnsName?: (string|null);
                netns?: (number|null);
                timeNs?: (number|null);
                conntrack?: (netscope.v1.ConntrackEvent.$Properties[]|null);
                qdiscs?: (netscope.v1.QdiscSample.$Properties[]|null);
                iptablesSave?: (string|null);
                nftRuleset?: (string|null);
                ipAddrJson?: (string|null);
                ipRouteJson?: (string|null);
                errors?: (string[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = netscope.v1.Snapshot.$Properties;
        }

        interface IEventBatch extends netscope.v1.EventBatch.$Properties {
        }

        class EventBatch {
            constructor(properties?: netscope.v1.EventBatch.$Properties);
            $unknowns?: Uint8Array[];
            envelopes: netscope.v1.Envelope.$Properties[];
            firstTimeNs: number;
            lastTimeNs: number;
            firstSeq: number;
            static create(properties: netscope.v1.EventBatch.$Shape): netscope.v1.EventBatch & netscope.v1.EventBatch.$Shape;
            static create(properties?: netscope.v1.EventBatch.$Properties): netscope.v1.EventBatch;
            static encode(message: netscope.v1.EventBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: netscope.v1.EventBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): netscope.v1.EventBatch & netscope.v1.EventBatch.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): netscope.v1.EventBatch & netscope.v1.EventBatch.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): netscope.v1.EventBatch;
            static toObject(message: netscope.v1.EventBatch, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace EventBatch {
            interface $Properties {
                envelopes?: (netscope.v1.Envelope.$Properties[]|null);
                firstTimeNs?: (number|null);
                lastTimeNs?: (number|null);
                firstSeq?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              envelopes?: netscope.v1.Envelope.$Shape[]|null;
              firstTimeNs?: number|null;
              lastTimeNs?: number|null;
              firstSeq?: number|null;
              $unknowns?: Uint8Array[];
            };
        }

        interface IBatchIndexEntry extends netscope.v1.BatchIndexEntry.$Properties {
        }

        class BatchIndexEntry {
            constructor(properties?: netscope.v1.BatchIndexEntry.$Properties);
            $unknowns?: Uint8Array[];
            offset: number;
            count: number;
            firstTimeNs: number;
            lastTimeNs: number;
            static create(properties: netscope.v1.BatchIndexEntry.$Shape): netscope.v1.BatchIndexEntry & netscope.v1.BatchIndexEntry.$Shape;
            static create(properties?: netscope.v1.BatchIndexEntry.$Properties): netscope.v1.BatchIndexEntry;
            static encode(message: netscope.v1.BatchIndexEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: netscope.v1.BatchIndexEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): netscope.v1.BatchIndexEntry & netscope.v1.BatchIndexEntry.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): netscope.v1.BatchIndexEntry & netscope.v1.BatchIndexEntry.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): netscope.v1.BatchIndexEntry;
            static toObject(message: netscope.v1.BatchIndexEntry, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace BatchIndexEntry {
            interface $Properties {
                offset?: (number|null);
                count?: (number|null);
                firstTimeNs?: (number|null);
                lastTimeNs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = netscope.v1.BatchIndexEntry.$Properties;
        }

        interface IKindCount extends netscope.v1.KindCount.$Properties {
        }

        class KindCount {
            constructor(properties?: netscope.v1.KindCount.$Properties);
            $unknowns?: Uint8Array[];
            kind: string;
            count: number;
            static create(properties: netscope.v1.KindCount.$Shape): netscope.v1.KindCount & netscope.v1.KindCount.$Shape;
            static create(properties?: netscope.v1.KindCount.$Properties): netscope.v1.KindCount;
            static encode(message: netscope.v1.KindCount.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: netscope.v1.KindCount.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): netscope.v1.KindCount & netscope.v1.KindCount.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): netscope.v1.KindCount & netscope.v1.KindCount.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): netscope.v1.KindCount;
            static toObject(message: netscope.v1.KindCount, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace KindCount {
            interface $Properties {
                kind?: (string|null);
                count?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = netscope.v1.KindCount.$Properties;
        }

        interface IRecordingFooter extends netscope.v1.RecordingFooter.$Properties {
        }

        class RecordingFooter {
            constructor(properties?: netscope.v1.RecordingFooter.$Properties);
            $unknowns?: Uint8Array[];
            events: number;
            batches: number;
            kinds: netscope.v1.KindCount.$Properties[];
            firstTimeNs: number;
            lastTimeNs: number;
            endTimeNs: number;
            index: netscope.v1.BatchIndexEntry.$Properties[];
            reason: string;
            nextPart: string;
            lost: number;
            static create(properties: netscope.v1.RecordingFooter.$Shape): netscope.v1.RecordingFooter & netscope.v1.RecordingFooter.$Shape;
            static create(properties?: netscope.v1.RecordingFooter.$Properties): netscope.v1.RecordingFooter;
            static encode(message: netscope.v1.RecordingFooter.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: netscope.v1.RecordingFooter.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): netscope.v1.RecordingFooter & netscope.v1.RecordingFooter.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): netscope.v1.RecordingFooter & netscope.v1.RecordingFooter.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): netscope.v1.RecordingFooter;
            static toObject(message: netscope.v1.RecordingFooter, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace RecordingFooter {
            interface $Properties {
                events?: (number|null);
                batches?: (number|null);
                kinds?: (netscope.v1.KindCount.$Properties[]|null);
                firstTimeNs?: (number|null);
                lastTimeNs?: (number|null);
                endTimeNs?: (number|null);
                index?: (netscope.v1.BatchIndexEntry.$Properties[]|null);
                reason?: (string|null);
                nextPart?: (string|null);
                lost?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = netscope.v1.RecordingFooter.$Properties;
        }
    }
}
