/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Number = $util.global.Number, $Boolean = $util.global.Boolean, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt, $Array = $util.global.Array, $isFinite = $util.global.isFinite;

const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const netscope = $root.netscope = (() => {

    const netscope = {};

    netscope.v1 = (function() {

        const v1 = {};

        v1.HopKind = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "HOP_KIND_UNKNOWN"] = 0;
            values[valuesById[1] = "HOP_KIND_XMIT"] = 1;
            values[valuesById[2] = "HOP_KIND_RECEIVE"] = 2;
            values[valuesById[3] = "HOP_KIND_NETIF_RX"] = 3;
            values[valuesById[4] = "HOP_KIND_HOOK_ENTRY"] = 4;
            values[valuesById[5] = "HOP_KIND_HOOK_EXIT"] = 5;
            values[valuesById[6] = "HOP_KIND_DROP"] = 6;
            values[valuesById[7] = "HOP_KIND_QDISC_ENQUEUE"] = 7;
            values[valuesById[8] = "HOP_KIND_QDISC_DEQUEUE"] = 8;
            values[valuesById[9] = "HOP_KIND_CONSUME"] = 9;
            values[valuesById[10] = "HOP_KIND_FUNCTION"] = 10;
            return values;
        })();

        v1.Hook = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "HOOK_UNKNOWN"] = 0;
            values[valuesById[1] = "HOOK_PREROUTING"] = 1;
            values[valuesById[2] = "HOOK_INPUT"] = 2;
            values[valuesById[3] = "HOOK_FORWARD"] = 3;
            values[valuesById[4] = "HOOK_OUTPUT"] = 4;
            values[valuesById[5] = "HOOK_POSTROUTING"] = 5;
            return values;
        })();

        v1.ProbeSet = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "PROBE_SET_UNKNOWN"] = 0;
            values[valuesById[1] = "PROBE_SET_TRACEPOINT"] = 1;
            values[valuesById[2] = "PROBE_SET_NETFILTER"] = 2;
            values[valuesById[3] = "PROBE_SET_KPROBE"] = 3;
            values[valuesById[4] = "PROBE_SET_RULE_TRACE"] = 4;
            return values;
        })();

        v1.Headers = (function() {

            const Headers = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Headers.prototype.src = "";
            Headers.prototype.dst = "";
            Headers.prototype.protocol = 0;
            Headers.prototype.length = 0;
            Headers.prototype.ttl = 0;
            Headers.prototype.ipId = 0;
            Headers.prototype.srcPort = 0;
            Headers.prototype.dstPort = 0;
            Headers.prototype.tcpFlags = 0;
            Headers.prototype.icmpType = 0;
            Headers.prototype.icmpCode = 0;
            Headers.prototype.icmpId = 0;
            Headers.prototype.icmpSeq = 0;
            Headers.prototype.tcpSeq = 0;
            Headers.prototype.tcpAck = 0;
            Headers.prototype.fragOff = 0;

            Headers.create = function(properties) {
                return new Headers(properties);
            };

            Headers.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.src != null && $Object.hasOwnProperty.call(message, "src") && message.src !== "")
                    writer.uint32(10).string(message.src);
                if (message.dst != null && $Object.hasOwnProperty.call(message, "dst") && message.dst !== "")
                    writer.uint32(18).string(message.dst);
                if (message.protocol != null && $Object.hasOwnProperty.call(message, "protocol") && message.protocol !== 0)
                    writer.uint32(24).uint32(message.protocol);
                if (message.length != null && $Object.hasOwnProperty.call(message, "length") && message.length !== 0)
                    writer.uint32(32).uint32(message.length);
                if (message.ttl != null && $Object.hasOwnProperty.call(message, "ttl") && message.ttl !== 0)
                    writer.uint32(40).uint32(message.ttl);
                if (message.ipId != null && $Object.hasOwnProperty.call(message, "ipId") && message.ipId !== 0)
                    writer.uint32(48).uint32(message.ipId);
                if (message.srcPort != null && $Object.hasOwnProperty.call(message, "srcPort") && message.srcPort !== 0)
                    writer.uint32(56).uint32(message.srcPort);
                if (message.dstPort != null && $Object.hasOwnProperty.call(message, "dstPort") && message.dstPort !== 0)
                    writer.uint32(64).uint32(message.dstPort);
                if (message.tcpFlags != null && $Object.hasOwnProperty.call(message, "tcpFlags") && message.tcpFlags !== 0)
                    writer.uint32(72).uint32(message.tcpFlags);
                if (message.icmpType != null && $Object.hasOwnProperty.call(message, "icmpType") && message.icmpType !== 0)
                    writer.uint32(80).uint32(message.icmpType);
                if (message.icmpCode != null && $Object.hasOwnProperty.call(message, "icmpCode") && message.icmpCode !== 0)
                    writer.uint32(88).uint32(message.icmpCode);
                if (message.icmpId != null && $Object.hasOwnProperty.call(message, "icmpId") && message.icmpId !== 0)
                    writer.uint32(96).uint32(message.icmpId);
                if (message.icmpSeq != null && $Object.hasOwnProperty.call(message, "icmpSeq") && message.icmpSeq !== 0)
                    writer.uint32(104).uint32(message.icmpSeq);
                if (message.tcpSeq != null && $Object.hasOwnProperty.call(message, "tcpSeq") && message.tcpSeq !== 0)
                    writer.uint32(112).uint32(message.tcpSeq);
                if (message.tcpAck != null && $Object.hasOwnProperty.call(message, "tcpAck") && message.tcpAck !== 0)
                    writer.uint32(120).uint32(message.tcpAck);
                if (message.fragOff != null && $Object.hasOwnProperty.call(message, "fragOff") && message.fragOff !== 0)
                    writer.uint32(128).uint32(message.fragOff);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Headers.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            Headers.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.netscope.v1.Headers();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.src = value;
                            else
                                delete message.src;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.dst = value;
                            else
                                delete message.dst;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.protocol = value;
                            else
                                delete message.protocol;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.length = value;
                            else
                                delete message.length;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.ttl = value;
                            else
                                delete message.ttl;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.ipId = value;
                            else
                                delete message.ipId;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.srcPort = value;
                            else
                                delete message.srcPort;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.dstPort = value;
                            else
                                delete message.dstPort;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.tcpFlags = value;
                            else
                                delete message.tcpFlags;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.icmpType = value;
                            else
                                delete message.icmpType;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.icmpCode = value;
                            else
                                delete message.icmpCode;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.icmpId = value;
                            else
                                delete message.icmpId;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.icmpSeq = value;
                            else
                                delete message.icmpSeq;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.tcpSeq = value;
                            else
                                delete message.tcpSeq;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.tcpAck = value;
                            else
                                delete message.tcpAck;
                            continue;
                        }
                    case 16: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.fragOff = value;
                            else
                                delete message.fragOff;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Headers.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            Headers.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.src != null && $Object.hasOwnProperty.call(message, "src"))
                    if (!$util.isString(message.src))
                        return "src: string expected";
                if (message.dst != null && $Object.hasOwnProperty.call(message, "dst"))
                    if (!$util.isString(message.dst))
                        return "dst: string expected";
                if (message.protocol != null && $Object.hasOwnProperty.call(message, "protocol"))
                    if (!$util.isInteger(message.protocol))
                        return "protocol: integer expected";
                if (message.length != null && $Object.hasOwnProperty.call(message, "length"))
                    if (!$util.isInteger(message.length))
                        return "length: integer expected";
                if (message.ttl != null && $Object.hasOwnProperty.call(message, "ttl"))
                    if (!$util.isInteger(message.ttl))
                        return "ttl: integer expected";
                if (message.ipId != null && $Object.hasOwnProperty.call(message, "ipId"))
                    if (!$util.isInteger(message.ipId))
                        return "ipId: integer expected";
                if (message.srcPort != null && $Object.hasOwnProperty.call(message, "srcPort"))
                    if (!$util.isInteger(message.srcPort))
                        return "srcPort: integer expected";
                if (message.dstPort != null && $Object.hasOwnProperty.call(message, "dstPort"))
                    if (!$util.isInteger(message.dstPort))
                        return "dstPort: integer expected";
                if (message.tcpFlags != null && $Object.hasOwnProperty.call(message, "tcpFlags"))
                    if (!$util.isInteger(message.tcpFlags))
                        return "tcpFlags: integer expected";
                if (message.icmpType != null && $Object.hasOwnProperty.call(message, "icmpType"))
                    if (!$util.isInteger(message.icmpType))
                        return "icmpType: integer expected";
                if (message.icmpCode != null && $Object.hasOwnProperty.call(message, "icmpCode"))
                    if (!$util.isInteger(message.icmpCode))
                        return "icmpCode: integer expected";
                if (message.icmpId != null && $Object.hasOwnProperty.call(message, "icmpId"))
                    if (!$util.isInteger(message.icmpId))
                        return "icmpId: integer expected";
                if (message.icmpSeq != null && $Object.hasOwnProperty.call(message, "icmpSeq"))
                    if (!$util.isInteger(message.icmpSeq))
                        return "icmpSeq: integer expected";
                if (message.tcpSeq != null && $Object.hasOwnProperty.call(message, "tcpSeq"))
                    if (!$util.isInteger(message.tcpSeq))
                        return "tcpSeq: integer expected";
                if (message.tcpAck != null && $Object.hasOwnProperty.call(message, "tcpAck"))
                    if (!$util.isInteger(message.tcpAck))
                        return "tcpAck: integer expected";
                if (message.fragOff != null && $Object.hasOwnProperty.call(message, "fragOff"))
                    if (!$util.isInteger(message.fragOff))
                        return "fragOff: integer expected";
                return null;
            };

            Headers.fromObject = function (object, _depth) {
                if (object instanceof $root.netscope.v1.Headers)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".netscope.v1.Headers: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.netscope.v1.Headers();
                if (object.src != null)
                    if (typeof object.src !== "string" || object.src.length)
                        message.src = $String(object.src);
                if (object.dst != null)
                    if (typeof object.dst !== "string" || object.dst.length)
                        message.dst = $String(object.dst);
                if (object.protocol != null)
                    if ($Number(object.protocol) !== 0)
                        message.protocol = object.protocol >>> 0;
                if (object.length != null)
                    if ($Number(object.length) !== 0)
                        message.length = object.length >>> 0;
                if (object.ttl != null)
                    if ($Number(object.ttl) !== 0)
                        message.ttl = object.ttl >>> 0;
                if (object.ipId != null)
                    if ($Number(object.ipId) !== 0)
                        message.ipId = object.ipId >>> 0;
                if (object.srcPort != null)
                    if ($Number(object.srcPort) !== 0)
                        message.srcPort = object.srcPort >>> 0;
                if (object.dstPort != null)
                    if ($Number(object.dstPort) !== 0)
                        message.dstPort = object.dstPort >>> 0;
                if (object.tcpFlags != null)
                    if ($Number(object.tcpFlags) !== 0)
                        message.tcpFlags = object.tcpFlags >>> 0;
                if (object.icmpType != null)
                    if ($Number(object.icmpType) !== 0)
                        message.icmpType = object.icmpType >>> 0;
                if (object.icmpCode != null)
                    if ($Number(object.icmpCode) !== 0)
                        message.icmpCode = object.icmpCode >>> 0;
                if (object.icmpId != null)
                    if ($Number(object.icmpId) !== 0)
                        message.icmpId = object.icmpId >>> 0;
                if (object.icmpSeq != null)
                    if ($Number(object.icmpSeq) !== 0)
                        message.icmpSeq = object.icmpSeq >>> 0;
                if (object.tcpSeq != null)
                    if ($Number(object.tcpSeq) !== 0)
                        message.tcpSeq = object.tcpSeq >>> 0;
                if (object.tcpAck != null)
                    if ($Number(object.tcpAck) !== 0)
                        message.tcpAck = object.tcpAck >>> 0;
                if (object.fragOff != null)
                    if ($Number(object.fragOff) !== 0)
                        message.fragOff = object.fragOff >>> 0;
                return message;
            };

            Headers.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.src = "";
                    object.dst = "";
                    object.protocol = 0;
                    object.length = 0;
                    object.ttl = 0;
                    object.ipId = 0;
                    object.srcPort = 0;
                    object.dstPort = 0;
                    object.tcpFlags = 0;
                    object.icmpType = 0;
                    object.icmpCode = 0;
                    object.icmpId = 0;
                    object.icmpSeq = 0;
                    object.tcpSeq = 0;
                    object.tcpAck = 0;
                    object.fragOff = 0;
                }
                if (message.src != null && $Object.hasOwnProperty.call(message, "src"))
                    object.src = message.src;
                if (message.dst != null && $Object.hasOwnProperty.call(message, "dst"))
                    object.dst = message.dst;
                if (message.protocol != null && $Object.hasOwnProperty.call(message, "protocol"))
                    object.protocol = message.protocol;
                if (message.length != null && $Object.hasOwnProperty.call(message, "length"))
                    object.length = message.length;
                if (message.ttl != null && $Object.hasOwnProperty.call(message, "ttl"))
                    object.ttl = message.ttl;
                if (message.ipId != null && $Object.hasOwnProperty.call(message, "ipId"))
                    object.ipId = message.ipId;
                if (message.srcPort != null && $Object.hasOwnProperty.call(message, "srcPort"))
                    object.srcPort = message.srcPort;
                if (message.dstPort != null && $Object.hasOwnProperty.call(message, "dstPort"))
                    object.dstPort = message.dstPort;
                if (message.tcpFlags != null && $Object.hasOwnProperty.call(message, "tcpFlags"))
                    object.tcpFlags = message.tcpFlags;
                if (message.icmpType != null && $Object.hasOwnProperty.call(message, "icmpType"))
                    object.icmpType = message.icmpType;
                if (message.icmpCode != null && $Object.hasOwnProperty.call(message, "icmpCode"))
                    object.icmpCode = message.icmpCode;
                if (message.icmpId != null && $Object.hasOwnProperty.call(message, "icmpId"))
                    object.icmpId = message.icmpId;
                if (message.icmpSeq != null && $Object.hasOwnProperty.call(message, "icmpSeq"))
                    object.icmpSeq = message.icmpSeq;
                if (message.tcpSeq != null && $Object.hasOwnProperty.call(message, "tcpSeq"))
                    object.tcpSeq = message.tcpSeq;
                if (message.tcpAck != null && $Object.hasOwnProperty.call(message, "tcpAck"))
                    object.tcpAck = message.tcpAck;
                if (message.fragOff != null && $Object.hasOwnProperty.call(message, "fragOff"))
                    object.fragOff = message.fragOff;
                return object;
            };

            Headers.prototype.toJSON = function() {
                return Headers.toObject(this, $protobuf.util.toJSONOptions);
            };

            Headers.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/netscope.v1.Headers";
            };

            return Headers;
        })();

        v1.ConntrackTuple = (function() {

            const ConntrackTuple = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ConntrackTuple.prototype.src = "";
            ConntrackTuple.prototype.dst = "";
            ConntrackTuple.prototype.protocol = 0;
            ConntrackTuple.prototype.srcPort = 0;
            ConntrackTuple.prototype.dstPort = 0;
            ConntrackTuple.prototype.icmpId = 0;
            ConntrackTuple.prototype.icmpType = 0;
            ConntrackTuple.prototype.icmpCode = 0;

            ConntrackTuple.create = function(properties) {
                return new ConntrackTuple(properties);
            };

            ConntrackTuple.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.src != null && $Object.hasOwnProperty.call(message, "src") && message.src !== "")
                    writer.uint32(10).string(message.src);
                if (message.dst != null && $Object.hasOwnProperty.call(message, "dst") && message.dst !== "")
                    writer.uint32(18).string(message.dst);
                if (message.protocol != null && $Object.hasOwnProperty.call(message, "protocol") && message.protocol !== 0)
                    writer.uint32(24).uint32(message.protocol);
                if (message.srcPort != null && $Object.hasOwnProperty.call(message, "srcPort") && message.srcPort !== 0)
                    writer.uint32(32).uint32(message.srcPort);
                if (message.dstPort != null && $Object.hasOwnProperty.call(message, "dstPort") && message.dstPort !== 0)
                    writer.uint32(40).uint32(message.dstPort);
                if (message.icmpId != null && $Object.hasOwnProperty.call(message, "icmpId") && message.icmpId !== 0)
                    writer.uint32(48).uint32(message.icmpId);
                if (message.icmpType != null && $Object.hasOwnProperty.call(message, "icmpType") && message.icmpType !== 0)
                    writer.uint32(56).uint32(message.icmpType);
                if (message.icmpCode != null && $Object.hasOwnProperty.call(message, "icmpCode") && message.icmpCode !== 0)
                    writer.uint32(64).uint32(message.icmpCode);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ConntrackTuple.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            ConntrackTuple.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.netscope.v1.ConntrackTuple();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.src = value;
                            else
                                delete message.src;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.dst = value;
                            else
                                delete message.dst;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.protocol = value;
                            else
                                delete message.protocol;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.srcPort = value;
                            else
                                delete message.srcPort;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.dstPort = value;
                            else
                                delete message.dstPort;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.icmpId = value;
                            else
                                delete message.icmpId;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.icmpType = value;
                            else
                                delete message.icmpType;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.icmpCode = value;
                            else
                                delete message.icmpCode;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ConntrackTuple.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            ConntrackTuple.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.src != null && $Object.hasOwnProperty.call(message, "src"))
                    if (!$util.isString(message.src))
                        return "src: string expected";
                if (message.dst != null && $Object.hasOwnProperty.call(message, "dst"))
                    if (!$util.isString(message.dst))
                        return "dst: string expected";
                if (message.protocol != null && $Object.hasOwnProperty.call(message, "protocol"))
                    if (!$util.isInteger(message.protocol))
                        return "protocol: integer expected";
                if (message.srcPort != null && $Object.hasOwnProperty.call(message, "srcPort"))
                    if (!$util.isInteger(message.srcPort))
                        return "srcPort: integer expected";
                if (message.dstPort != null && $Object.hasOwnProperty.call(message, "dstPort"))
                    if (!$util.isInteger(message.dstPort))
                        return "dstPort: integer expected";
                if (message.icmpId != null && $Object.hasOwnProperty.call(message, "icmpId"))
                    if (!$util.isInteger(message.icmpId))
                        return "icmpId: integer expected";
                if (message.icmpType != null && $Object.hasOwnProperty.call(message, "icmpType"))
                    if (!$util.isInteger(message.icmpType))
                        return "icmpType: integer expected";
                if (message.icmpCode != null && $Object.hasOwnProperty.call(message, "icmpCode"))
                    if (!$util.isInteger(message.icmpCode))
                        return "icmpCode: integer expected";
                return null;
            };

            ConntrackTuple.fromObject = function (object, _depth) {
                if (object instanceof $root.netscope.v1.ConntrackTuple)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".netscope.v1.ConntrackTuple: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.netscope.v1.ConntrackTuple();
                if (object.src != null)
                    if (typeof object.src !== "string" || object.src.length)
                        message.src = $String(object.src);
                if (object.dst != null)
                    if (typeof object.dst !== "string" || object.dst.length)
                        message.dst = $String(object.dst);
                if (object.protocol != null)
                    if ($Number(object.protocol) !== 0)
                        message.protocol = object.protocol >>> 0;
                if (object.srcPort != null)
                    if ($Number(object.srcPort) !== 0)
                        message.srcPort = object.srcPort >>> 0;
                if (object.dstPort != null)
                    if ($Number(object.dstPort) !== 0)
                        message.dstPort = object.dstPort >>> 0;
                if (object.icmpId != null)
                    if ($Number(object.icmpId) !== 0)
                        message.icmpId = object.icmpId >>> 0;
                if (object.icmpType != null)
                    if ($Number(object.icmpType) !== 0)
                        message.icmpType = object.icmpType >>> 0;
                if (object.icmpCode != null)
                    if ($Number(object.icmpCode) !== 0)
                        message.icmpCode = object.icmpCode >>> 0;
                return message;
            };

            ConntrackTuple.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.src = "";
                    object.dst = "";
                    object.protocol = 0;
                    object.srcPort = 0;
                    object.dstPort = 0;
                    object.icmpId = 0;
                    object.icmpType = 0;
                    object.icmpCode = 0;
                }
                if (message.src != null && $Object.hasOwnProperty.call(message, "src"))
                    object.src = message.src;
                if (message.dst != null && $Object.hasOwnProperty.call(message, "dst"))
                    object.dst = message.dst;
                if (message.protocol != null && $Object.hasOwnProperty.call(message, "protocol"))
                    object.protocol = message.protocol;
                if (message.srcPort != null && $Object.hasOwnProperty.call(message, "srcPort"))
                    object.srcPort = message.srcPort;
                if (message.dstPort != null && $Object.hasOwnProperty.call(message, "dstPort"))
                    object.dstPort = message.dstPort;
                if (message.icmpId != null && $Object.hasOwnProperty.call(message, "icmpId"))
                    object.icmpId = message.icmpId;
                if (message.icmpType != null && $Object.hasOwnProperty.call(message, "icmpType"))
                    object.icmpType = message.icmpType;
                if (message.icmpCode != null && $Object.hasOwnProperty.call(message, "icmpCode"))
                    object.icmpCode = message.icmpCode;
                return object;
            };

            ConntrackTuple.prototype.toJSON = function() {
                return ConntrackTuple.toObject(this, $protobuf.util.toJSONOptions);
            };

            ConntrackTuple.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/netscope.v1.ConntrackTuple";
            };

            return ConntrackTuple;
        })();

        v1.ConntrackRef = (function() {

            const ConntrackRef = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ConntrackRef.prototype.id = "";
            ConntrackRef.prototype.status = 0;
            ConntrackRef.prototype.original = null;
            ConntrackRef.prototype.reply = null;
            ConntrackRef.prototype.mark = 0;
            ConntrackRef.prototype.zone = 0;
            ConntrackRef.prototype.replyDirection = false;
            ConntrackRef.prototype.entryId = "";

            ConntrackRef.create = function(properties) {
                return new ConntrackRef(properties);
            };

            ConntrackRef.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                    writer.uint32(10).string(message.id);
                if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                    writer.uint32(16).uint32(message.status);
                if (message.original != null && $Object.hasOwnProperty.call(message, "original"))
                    $root.netscope.v1.ConntrackTuple.encode(message.original, writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.reply != null && $Object.hasOwnProperty.call(message, "reply"))
                    $root.netscope.v1.ConntrackTuple.encode(message.reply, writer.uint32(34).fork(), _depth + 1).ldelim();
                if (message.mark != null && $Object.hasOwnProperty.call(message, "mark") && message.mark !== 0)
                    writer.uint32(40).uint32(message.mark);
                if (message.zone != null && $Object.hasOwnProperty.call(message, "zone") && message.zone !== 0)
                    writer.uint32(48).uint32(message.zone);
                if (message.replyDirection != null && $Object.hasOwnProperty.call(message, "replyDirection") && message.replyDirection !== false)
                    writer.uint32(56).bool(message.replyDirection);
                if (message.entryId != null && $Object.hasOwnProperty.call(message, "entryId") && message.entryId !== "")
                    writer.uint32(66).string(message.entryId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ConntrackRef.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            ConntrackRef.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.netscope.v1.ConntrackRef();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.status = value;
                            else
                                delete message.status;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.original = $root.netscope.v1.ConntrackTuple.decode(reader, reader.size(), $undefined, _depth + 1, message.original);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.reply = $root.netscope.v1.ConntrackTuple.decode(reader, reader.size(), $undefined, _depth + 1, message.reply);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.mark = value;
                            else
                                delete message.mark;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.zone = value;
                            else
                                delete message.zone;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.replyDirection = value;
                            else
                                delete message.replyDirection;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.entryId = value;
                            else
                                delete message.entryId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ConntrackRef.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            ConntrackRef.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    if (!$util.isString(message.id))
                        return "id: string expected";
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    if (!$util.isInteger(message.status))
                        return "status: integer expected";
                if (message.original != null && $Object.hasOwnProperty.call(message, "original")) {
                    let error = $root.netscope.v1.ConntrackTuple.verify(message.original, _depth + 1);
                    if (error)
                        return "original." + error;
                }
                if (message.reply != null && $Object.hasOwnProperty.call(message, "reply")) {
                    let error = $root.netscope.v1.ConntrackTuple.verify(message.reply, _depth + 1);
                    if (error)
                        return "reply." + error;
                }
                if (message.mark != null && $Object.hasOwnProperty.call(message, "mark"))
                    if (!$util.isInteger(message.mark))
                        return "mark: integer expected";
                if (message.zone != null && $Object.hasOwnProperty.call(message, "zone"))
                    if (!$util.isInteger(message.zone))
                        return "zone: integer expected";
                if (message.replyDirection != null && $Object.hasOwnProperty.call(message, "replyDirection"))
                    if (typeof message.replyDirection !== "boolean")
                        return "replyDirection: boolean expected";
                if (message.entryId != null && $Object.hasOwnProperty.call(message, "entryId"))
                    if (!$util.isString(message.entryId))
                        return "entryId: string expected";
                return null;
            };

            ConntrackRef.fromObject = function (object, _depth) {
                if (object instanceof $root.netscope.v1.ConntrackRef)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".netscope.v1.ConntrackRef: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.netscope.v1.ConntrackRef();
                if (object.id != null)
                    if (typeof object.id !== "string" || object.id.length)
                        message.id = $String(object.id);
                if (object.status != null)
                    if ($Number(object.status) !== 0)
                        message.status = object.status >>> 0;
                if (object.original != null) {
                    if (!$util.isObject(object.original))
                        throw $TypeError(".netscope.v1.ConntrackRef.original: object expected");
                    message.original = $root.netscope.v1.ConntrackTuple.fromObject(object.original, _depth + 1);
                }
                if (object.reply != null) {
                    if (!$util.isObject(object.reply))
                        throw $TypeError(".netscope.v1.ConntrackRef.reply: object expected");
                    message.reply = $root.netscope.v1.ConntrackTuple.fromObject(object.reply, _depth + 1);
                }
                if (object.mark != null)
                    if ($Number(object.mark) !== 0)
                        message.mark = object.mark >>> 0;
                if (object.zone != null)
                    if ($Number(object.zone) !== 0)
                        message.zone = object.zone >>> 0;
                if (object.replyDirection != null)
                    if (object.replyDirection)
                        message.replyDirection = $Boolean(object.replyDirection);
                if (object.entryId != null)
                    if (typeof object.entryId !== "string" || object.entryId.length)
                        message.entryId = $String(object.entryId);
                return message;
            };

            ConntrackRef.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.id = "";
                    object.status = 0;
                    object.original = null;
                    object.reply = null;
                    object.mark = 0;
                    object.zone = 0;
                    object.replyDirection = false;
                    object.entryId = "";
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    object.status = message.status;
                if (message.original != null && $Object.hasOwnProperty.call(message, "original"))
                    object.original = $root.netscope.v1.ConntrackTuple.toObject(message.original, options, _depth + 1);
                if (message.reply != null && $Object.hasOwnProperty.call(message, "reply"))
                    object.reply = $root.netscope.v1.ConntrackTuple.toObject(message.reply, options, _depth + 1);
                if (message.mark != null && $Object.hasOwnProperty.call(message, "mark"))
                    object.mark = message.mark;
                if (message.zone != null && $Object.hasOwnProperty.call(message, "zone"))
                    object.zone = message.zone;
                if (message.replyDirection != null && $Object.hasOwnProperty.call(message, "replyDirection"))
                    object.replyDirection = message.replyDirection;
                if (message.entryId != null && $Object.hasOwnProperty.call(message, "entryId"))
                    object.entryId = message.entryId;
                return object;
            };

            ConntrackRef.prototype.toJSON = function() {
                return ConntrackRef.toObject(this, $protobuf.util.toJSONOptions);
            };

            ConntrackRef.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/netscope.v1.ConntrackRef";
            };

            return ConntrackRef;
        })();

        v1.PacketEvent = (function() {

            const PacketEvent = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            PacketEvent.prototype.monoNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            PacketEvent.prototype.timeNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            PacketEvent.prototype.skb = "";
            PacketEvent.prototype.netns = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            PacketEvent.prototype.ifindex = 0;
            PacketEvent.prototype.ifname = "";
            PacketEvent.prototype.kind = 0;
            PacketEvent.prototype.hook = 0;
            PacketEvent.prototype.headers = null;
            PacketEvent.prototype.ct = null;
            PacketEvent.prototype.dropReason = "";
            PacketEvent.prototype.dropReasonCode = 0;
            PacketEvent.prototype.qdisc = "";
            PacketEvent.prototype.qdiscQlen = 0;
            PacketEvent.prototype["function"] = "";
            PacketEvent.prototype.probeSet = 0;
            PacketEvent.prototype.cpu = 0;
            PacketEvent.prototype.netnsName = "";
            PacketEvent.prototype.outIfindex = 0;
            PacketEvent.prototype.outIfname = "";

            PacketEvent.create = function(properties) {
                return new PacketEvent(properties);
            };

            PacketEvent.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.monoNs != null && $Object.hasOwnProperty.call(message, "monoNs") && (typeof message.monoNs === "object" ? message.monoNs.low || message.monoNs.high : message.monoNs !== 0))
                    writer.uint32(8).uint64(message.monoNs);
                if (message.timeNs != null && $Object.hasOwnProperty.call(message, "timeNs") && (typeof message.timeNs === "object" ? message.timeNs.low || message.timeNs.high : message.timeNs !== 0))
                    writer.uint32(16).uint64(message.timeNs);
                if (message.skb != null && $Object.hasOwnProperty.call(message, "skb") && message.skb !== "")
                    writer.uint32(26).string(message.skb);
                if (message.netns != null && $Object.hasOwnProperty.call(message, "netns") && (typeof message.netns === "object" ? message.netns.low || message.netns.high : message.netns !== 0))
                    writer.uint32(32).uint64(message.netns);
                if (message.ifindex != null && $Object.hasOwnProperty.call(message, "ifindex") && message.ifindex !== 0)
                    writer.uint32(40).uint32(message.ifindex);
                if (message.ifname != null && $Object.hasOwnProperty.call(message, "ifname") && message.ifname !== "")
                    writer.uint32(50).string(message.ifname);
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                    writer.uint32(56).int32(message.kind);
                if (message.hook != null && $Object.hasOwnProperty.call(message, "hook") && message.hook !== 0)
                    writer.uint32(64).int32(message.hook);
                if (message.headers != null && $Object.hasOwnProperty.call(message, "headers"))
                    $root.netscope.v1.Headers.encode(message.headers, writer.uint32(74).fork(), _depth + 1).ldelim();
                if (message.ct != null && $Object.hasOwnProperty.call(message, "ct"))
                    $root.netscope.v1.ConntrackRef.encode(message.ct, writer.uint32(82).fork(), _depth + 1).ldelim();
                if (message.dropReason != null && $Object.hasOwnProperty.call(message, "dropReason") && message.dropReason !== "")
                    writer.uint32(90).string(message.dropReason);
                if (message.dropReasonCode != null && $Object.hasOwnProperty.call(message, "dropReasonCode") && message.dropReasonCode !== 0)
                    writer.uint32(96).uint32(message.dropReasonCode);
                if (message.qdisc != null && $Object.hasOwnProperty.call(message, "qdisc") && message.qdisc !== "")
                    writer.uint32(106).string(message.qdisc);
                if (message.qdiscQlen != null && $Object.hasOwnProperty.call(message, "qdiscQlen") && message.qdiscQlen !== 0)
                    writer.uint32(112).uint32(message.qdiscQlen);
                if (message["function"] != null && $Object.hasOwnProperty.call(message, "function") && message["function"] !== "")
                    writer.uint32(122).string(message["function"]);
                if (message.probeSet != null && $Object.hasOwnProperty.call(message, "probeSet") && message.probeSet !== 0)
                    writer.uint32(128).int32(message.probeSet);
                if (message.cpu != null && $Object.hasOwnProperty.call(message, "cpu") && message.cpu !== 0)
                    writer.uint32(136).uint32(message.cpu);
                if (message.netnsName != null && $Object.hasOwnProperty.call(message, "netnsName") && message.netnsName !== "")
                    writer.uint32(146).string(message.netnsName);
                if (message.outIfindex != null && $Object.hasOwnProperty.call(message, "outIfindex") && message.outIfindex !== 0)
                    writer.uint32(152).uint32(message.outIfindex);
                if (message.outIfname != null && $Object.hasOwnProperty.call(message, "outIfname") && message.outIfname !== "")
                    writer.uint32(162).string(message.outIfname);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            PacketEvent.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            PacketEvent.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.netscope.v1.PacketEvent();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.monoNs = value;
                            else
                                delete message.monoNs;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.timeNs = value;
                            else
                                delete message.timeNs;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.skb = value;
                            else
                                delete message.skb;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.netns = value;
                            else
                                delete message.netns;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.ifindex = value;
                            else
                                delete message.ifindex;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.ifname = value;
                            else
                                delete message.ifname;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.hook = value;
                            else
                                delete message.hook;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message.headers = $root.netscope.v1.Headers.decode(reader, reader.size(), $undefined, _depth + 1, message.headers);
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.ct = $root.netscope.v1.ConntrackRef.decode(reader, reader.size(), $undefined, _depth + 1, message.ct);
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.dropReason = value;
                            else
                                delete message.dropReason;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.dropReasonCode = value;
                            else
                                delete message.dropReasonCode;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.qdisc = value;
                            else
                                delete message.qdisc;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.qdiscQlen = value;
                            else
                                delete message.qdiscQlen;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message["function"] = value;
                            else
                                delete message["function"];
                            continue;
                        }
                    case 16: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.probeSet = value;
                            else
                                delete message.probeSet;
                            continue;
                        }
                    case 17: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.cpu = value;
                            else
                                delete message.cpu;
                            continue;
                        }
                    case 18: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.netnsName = value;
                            else
                                delete message.netnsName;
                            continue;
                        }
                    case 19: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.outIfindex = value;
                            else
                                delete message.outIfindex;
                            continue;
                        }
                    case 20: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.outIfname = value;
                            else
                                delete message.outIfname;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            PacketEvent.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            PacketEvent.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.monoNs != null && $Object.hasOwnProperty.call(message, "monoNs"))
                    if (!$util.isInteger(message.monoNs) && !(message.monoNs && $util.isInteger(message.monoNs.low) && $util.isInteger(message.monoNs.high)))
                        return "monoNs: integer|Long expected";
                if (message.timeNs != null && $Object.hasOwnProperty.call(message, "timeNs"))
                    if (!$util.isInteger(message.timeNs) && !(message.timeNs && $util.isInteger(message.timeNs.low) && $util.isInteger(message.timeNs.high)))
                        return "timeNs: integer|Long expected";
                if (message.skb != null && $Object.hasOwnProperty.call(message, "skb"))
                    if (!$util.isString(message.skb))
                        return "skb: string expected";
                if (message.netns != null && $Object.hasOwnProperty.call(message, "netns"))
                    if (!$util.isInteger(message.netns) && !(message.netns && $util.isInteger(message.netns.low) && $util.isInteger(message.netns.high)))
                        return "netns: integer|Long expected";
                if (message.ifindex != null && $Object.hasOwnProperty.call(message, "ifindex"))
                    if (!$util.isInteger(message.ifindex))
                        return "ifindex: integer expected";
                if (message.ifname != null && $Object.hasOwnProperty.call(message, "ifname"))
                    if (!$util.isString(message.ifname))
                        return "ifname: string expected";
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    if (typeof message.kind !== "number" || (message.kind | 0) !== message.kind)
                        return "kind: enum value expected";
                if (message.hook != null && $Object.hasOwnProperty.call(message, "hook"))
                    if (typeof message.hook !== "number" || (message.hook | 0) !== message.hook)
                        return "hook: enum value expected";
                if (message.headers != null && $Object.hasOwnProperty.call(message, "headers")) {
                    let error = $root.netscope.v1.Headers.verify(message.headers, _depth + 1);
                    if (error)
                        return "headers." + error;
                }
                if (message.ct != null && $Object.hasOwnProperty.call(message, "ct")) {
                    let error = $root.netscope.v1.ConntrackRef.verify(message.ct, _depth + 1);
                    if (error)
                        return "ct." + error;
                }
                if (message.dropReason != null && $Object.hasOwnProperty.call(message, "dropReason"))
                    if (!$util.isString(message.dropReason))
                        return "dropReason: string expected";
                if (message.dropReasonCode != null && $Object.hasOwnProperty.call(message, "dropReasonCode"))
                    if (!$util.isInteger(message.dropReasonCode))
                        return "dropReasonCode: integer expected";
                if (message.qdisc != null && $Object.hasOwnProperty.call(message, "qdisc"))
                    if (!$util.isString(message.qdisc))
                        return "qdisc: string expected";
                if (message.qdiscQlen != null && $Object.hasOwnProperty.call(message, "qdiscQlen"))
                    if (!$util.isInteger(message.qdiscQlen))
                        return "qdiscQlen: integer expected";
                if (message["function"] != null && $Object.hasOwnProperty.call(message, "function"))
                    if (!$util.isString(message["function"]))
                        return "function: string expected";
                if (message.probeSet != null && $Object.hasOwnProperty.call(message, "probeSet"))
                    if (typeof message.probeSet !== "number" || (message.probeSet | 0) !== message.probeSet)
                        return "probeSet: enum value expected";
                if (message.cpu != null && $Object.hasOwnProperty.call(message, "cpu"))
                    if (!$util.isInteger(message.cpu))
                        return "cpu: integer expected";
                if (message.netnsName != null && $Object.hasOwnProperty.call(message, "netnsName"))
                    if (!$util.isString(message.netnsName))
                        return "netnsName: string expected";
                if (message.outIfindex != null && $Object.hasOwnProperty.call(message, "outIfindex"))
                    if (!$util.isInteger(message.outIfindex))
                        return "outIfindex: integer expected";
                if (message.outIfname != null && $Object.hasOwnProperty.call(message, "outIfname"))
                    if (!$util.isString(message.outIfname))
                        return "outIfname: string expected";
                return null;
            };

            PacketEvent.fromObject = function (object, _depth) {
                if (object instanceof $root.netscope.v1.PacketEvent)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".netscope.v1.PacketEvent: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.netscope.v1.PacketEvent();
                if (object.monoNs != null)
                    if (typeof object.monoNs === "object" ? object.monoNs.low || object.monoNs.high : $Number(object.monoNs) !== 0)
                        if ($util.Long)
                            message.monoNs = $util.Long.fromValue(object.monoNs, true);
                        else if (typeof object.monoNs === "string")
                            message.monoNs = $parseInt(object.monoNs, 10);
                        else if (typeof object.monoNs === "number")
                            message.monoNs = object.monoNs;
                        else if (typeof object.monoNs === "object")
                            message.monoNs = new $util.LongBits(object.monoNs.low >>> 0, object.monoNs.high >>> 0).toNumber(true);
                if (object.timeNs != null)
                    if (typeof object.timeNs === "object" ? object.timeNs.low || object.timeNs.high : $Number(object.timeNs) !== 0)
                        if ($util.Long)
                            message.timeNs = $util.Long.fromValue(object.timeNs, true);
                        else if (typeof object.timeNs === "string")
                            message.timeNs = $parseInt(object.timeNs, 10);
                        else if (typeof object.timeNs === "number")
                            message.timeNs = object.timeNs;
                        else if (typeof object.timeNs === "object")
                            message.timeNs = new $util.LongBits(object.timeNs.low >>> 0, object.timeNs.high >>> 0).toNumber(true);
                if (object.skb != null)
                    if (typeof object.skb !== "string" || object.skb.length)
                        message.skb = $String(object.skb);
                if (object.netns != null)
                    if (typeof object.netns === "object" ? object.netns.low || object.netns.high : $Number(object.netns) !== 0)
                        if ($util.Long)
                            message.netns = $util.Long.fromValue(object.netns, true);
                        else if (typeof object.netns === "string")
                            message.netns = $parseInt(object.netns, 10);
                        else if (typeof object.netns === "number")
                            message.netns = object.netns;
                        else if (typeof object.netns === "object")
                            message.netns = new $util.LongBits(object.netns.low >>> 0, object.netns.high >>> 0).toNumber(true);
                if (object.ifindex != null)
                    if ($Number(object.ifindex) !== 0)
                        message.ifindex = object.ifindex >>> 0;
                if (object.ifname != null)
                    if (typeof object.ifname !== "string" || object.ifname.length)
                        message.ifname = $String(object.ifname);
                if (object.kind !== 0 && (typeof object.kind !== "string" || $root.netscope.v1.HopKind[object.kind] !== 0))
                    switch (object.kind) {
                    case "HOP_KIND_UNKNOWN":
                    case 0:
                        message.kind = 0;
                        break;
                    case "HOP_KIND_XMIT":
                    case 1:
                        message.kind = 1;
                        break;
                    case "HOP_KIND_RECEIVE":
                    case 2:
                        message.kind = 2;
                        break;
                    case "HOP_KIND_NETIF_RX":
                    case 3:
                        message.kind = 3;
                        break;
                    case "HOP_KIND_HOOK_ENTRY":
                    case 4:
                        message.kind = 4;
                        break;
                    case "HOP_KIND_HOOK_EXIT":
                    case 5:
                        message.kind = 5;
                        break;
                    case "HOP_KIND_DROP":
                    case 6:
                        message.kind = 6;
                        break;
                    case "HOP_KIND_QDISC_ENQUEUE":
                    case 7:
                        message.kind = 7;
                        break;
                    case "HOP_KIND_QDISC_DEQUEUE":
                    case 8:
                        message.kind = 8;
                        break;
                    case "HOP_KIND_CONSUME":
                    case 9:
                        message.kind = 9;
                        break;
                    case "HOP_KIND_FUNCTION":
                    case 10:
                        message.kind = 10;
                        break;
                    default:
                        if (typeof object.kind === "number" && (object.kind | 0) === object.kind)
                            message.kind = object.kind;
                    }
                if (object.hook !== 0 && (typeof object.hook !== "string" || $root.netscope.v1.Hook[object.hook] !== 0))
                    switch (object.hook) {
                    case "HOOK_UNKNOWN":
                    case 0:
                        message.hook = 0;
                        break;
                    case "HOOK_PREROUTING":
                    case 1:
                        message.hook = 1;
                        break;
                    case "HOOK_INPUT":
                    case 2:
                        message.hook = 2;
                        break;
                    case "HOOK_FORWARD":
                    case 3:
                        message.hook = 3;
                        break;
                    case "HOOK_OUTPUT":
                    case 4:
                        message.hook = 4;
                        break;
                    case "HOOK_POSTROUTING":
                    case 5:
                        message.hook = 5;
                        break;
                    default:
                        if (typeof object.hook === "number" && (object.hook | 0) === object.hook)
                            message.hook = object.hook;
                    }
                if (object.headers != null) {
                    if (!$util.isObject(object.headers))
                        throw $TypeError(".netscope.v1.PacketEvent.headers: object expected");
                    message.headers = $root.netscope.v1.Headers.fromObject(object.headers, _depth + 1);
                }
                if (object.ct != null) {
                    if (!$util.isObject(object.ct))
                        throw $TypeError(".netscope.v1.PacketEvent.ct: object expected");
                    message.ct = $root.netscope.v1.ConntrackRef.fromObject(object.ct, _depth + 1);
                }
                if (object.dropReason != null)
                    if (typeof object.dropReason !== "string" || object.dropReason.length)
                        message.dropReason = $String(object.dropReason);
                if (object.dropReasonCode != null)
                    if ($Number(object.dropReasonCode) !== 0)
                        message.dropReasonCode = object.dropReasonCode >>> 0;
                if (object.qdisc != null)
                    if (typeof object.qdisc !== "string" || object.qdisc.length)
                        message.qdisc = $String(object.qdisc);
                if (object.qdiscQlen != null)
                    if ($Number(object.qdiscQlen) !== 0)
                        message.qdiscQlen = object.qdiscQlen >>> 0;
                if (object["function"] != null)
                    if (typeof object["function"] !== "string" || object["function"].length)
                        message["function"] = $String(object["function"]);
                if (object.probeSet !== 0 && (typeof object.probeSet !== "string" || $root.netscope.v1.ProbeSet[object.probeSet] !== 0))
                    switch (object.probeSet) {
                    case "PROBE_SET_UNKNOWN":
                    case 0:
                        message.probeSet = 0;
                        break;
                    case "PROBE_SET_TRACEPOINT":
                    case 1:
                        message.probeSet = 1;
                        break;
                    case "PROBE_SET_NETFILTER":
                    case 2:
                        message.probeSet = 2;
                        break;
                    case "PROBE_SET_KPROBE":
                    case 3:
                        message.probeSet = 3;
                        break;
                    case "PROBE_SET_RULE_TRACE":
                    case 4:
                        message.probeSet = 4;
                        break;
                    default:
                        if (typeof object.probeSet === "number" && (object.probeSet | 0) === object.probeSet)
                            message.probeSet = object.probeSet;
                    }
                if (object.cpu != null)
                    if ($Number(object.cpu) !== 0)
                        message.cpu = object.cpu >>> 0;
                if (object.netnsName != null)
                    if (typeof object.netnsName !== "string" || object.netnsName.length)
                        message.netnsName = $String(object.netnsName);
                if (object.outIfindex != null)
                    if ($Number(object.outIfindex) !== 0)
                        message.outIfindex = object.outIfindex >>> 0;
                if (object.outIfname != null)
                    if (typeof object.outIfname !== "string" || object.outIfname.length)
                        message.outIfname = $String(object.outIfname);
                return message;
            };

            PacketEvent.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.monoNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.monoNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.timeNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.timeNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.skb = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.netns = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.netns = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.ifindex = 0;
                    object.ifname = "";
                    object.kind = options.enums === $String ? "HOP_KIND_UNKNOWN" : 0;
                    object.hook = options.enums === $String ? "HOOK_UNKNOWN" : 0;
                    object.headers = null;
                    object.ct = null;
                    object.dropReason = "";
                    object.dropReasonCode = 0;
                    object.qdisc = "";
                    object.qdiscQlen = 0;
                    object["function"] = "";
                    object.probeSet = options.enums === $String ? "PROBE_SET_UNKNOWN" : 0;
                    object.cpu = 0;
                    object.netnsName = "";
                    object.outIfindex = 0;
                    object.outIfname = "";
                }
                if (message.monoNs != null && $Object.hasOwnProperty.call(message, "monoNs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.monoNs = typeof message.monoNs === "number" ? $BigInt(message.monoNs) : $util.Long.fromBits(message.monoNs.low >>> 0, message.monoNs.high >>> 0, true).toBigInt();
                    else if (typeof message.monoNs === "number")
                        object.monoNs = options.longs === $String ? $String(message.monoNs) : message.monoNs;
                    else
                        object.monoNs = options.longs === $String ? $util.Long.prototype.toString.call(message.monoNs) : options.longs === $Number ? new $util.LongBits(message.monoNs.low >>> 0, message.monoNs.high >>> 0).toNumber(true) : message.monoNs;
                if (message.timeNs != null && $Object.hasOwnProperty.call(message, "timeNs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.timeNs = typeof message.timeNs === "number" ? $BigInt(message.timeNs) : $util.Long.fromBits(message.timeNs.low >>> 0, message.timeNs.high >>> 0, true).toBigInt();
                    else if (typeof message.timeNs === "number")
                        object.timeNs = options.longs === $String ? $String(message.timeNs) : message.timeNs;
                    else
                        object.timeNs = options.longs === $String ? $util.Long.prototype.toString.call(message.timeNs) : options.longs === $Number ? new $util.LongBits(message.timeNs.low >>> 0, message.timeNs.high >>> 0).toNumber(true) : message.timeNs;
                if (message.skb != null && $Object.hasOwnProperty.call(message, "skb"))
                    object.skb = message.skb;
                if (message.netns != null && $Object.hasOwnProperty.call(message, "netns"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.netns = typeof message.netns === "number" ? $BigInt(message.netns) : $util.Long.fromBits(message.netns.low >>> 0, message.netns.high >>> 0, true).toBigInt();
                    else if (typeof message.netns === "number")
                        object.netns = options.longs === $String ? $String(message.netns) : message.netns;
                    else
                        object.netns = options.longs === $String ? $util.Long.prototype.toString.call(message.netns) : options.longs === $Number ? new $util.LongBits(message.netns.low >>> 0, message.netns.high >>> 0).toNumber(true) : message.netns;
                if (message.ifindex != null && $Object.hasOwnProperty.call(message, "ifindex"))
                    object.ifindex = message.ifindex;
                if (message.ifname != null && $Object.hasOwnProperty.call(message, "ifname"))
                    object.ifname = message.ifname;
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    object.kind = options.enums === $String ? $root.netscope.v1.HopKind[message.kind] === $undefined ? message.kind : $root.netscope.v1.HopKind[message.kind] : message.kind;
                if (message.hook != null && $Object.hasOwnProperty.call(message, "hook"))
                    object.hook = options.enums === $String ? $root.netscope.v1.Hook[message.hook] === $undefined ? message.hook : $root.netscope.v1.Hook[message.hook] : message.hook;
                if (message.headers != null && $Object.hasOwnProperty.call(message, "headers"))
                    object.headers = $root.netscope.v1.Headers.toObject(message.headers, options, _depth + 1);
                if (message.ct != null && $Object.hasOwnProperty.call(message, "ct"))
                    object.ct = $root.netscope.v1.ConntrackRef.toObject(message.ct, options, _depth + 1);
                if (message.dropReason != null && $Object.hasOwnProperty.call(message, "dropReason"))
                    object.dropReason = message.dropReason;
                if (message.dropReasonCode != null && $Object.hasOwnProperty.call(message, "dropReasonCode"))
                    object.dropReasonCode = message.dropReasonCode;
                if (message.qdisc != null && $Object.hasOwnProperty.call(message, "qdisc"))
                    object.qdisc = message.qdisc;
                if (message.qdiscQlen != null && $Object.hasOwnProperty.call(message, "qdiscQlen"))
                    object.qdiscQlen = message.qdiscQlen;
                if (message["function"] != null && $Object.hasOwnProperty.call(message, "function"))
                    object["function"] = message["function"];
                if (message.probeSet != null && $Object.hasOwnProperty.call(message, "probeSet"))
                    object.probeSet = options.enums === $String ? $root.netscope.v1.ProbeSet[message.probeSet] === $undefined ? message.probeSet : $root.netscope.v1.ProbeSet[message.probeSet] : message.probeSet;
                if (message.cpu != null && $Object.hasOwnProperty.call(message, "cpu"))
                    object.cpu = message.cpu;
                if (message.netnsName != null && $Object.hasOwnProperty.call(message, "netnsName"))
                    object.netnsName = message.netnsName;
                if (message.outIfindex != null && $Object.hasOwnProperty.call(message, "outIfindex"))
                    object.outIfindex = message.outIfindex;
                if (message.outIfname != null && $Object.hasOwnProperty.call(message, "outIfname"))
                    object.outIfname = message.outIfname;
                return object;
            };

            PacketEvent.prototype.toJSON = function() {
                return PacketEvent.toObject(this, $protobuf.util.toJSONOptions);
            };

            PacketEvent.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/netscope.v1.PacketEvent";
            };

            return PacketEvent;
        })();

        v1.NatKind = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "NAT_KIND_UNKNOWN"] = 0;
            values[valuesById[1] = "NAT_KIND_SNAT"] = 1;
            values[valuesById[2] = "NAT_KIND_DNAT"] = 2;
            return values;
        })();

        v1.NatRewrite = (function() {

            const NatRewrite = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            NatRewrite.prototype.kind = 0;
            NatRewrite.prototype.hook = 0;
            NatRewrite.prototype.from = "";
            NatRewrite.prototype.to = "";
            NatRewrite.prototype.fromPort = 0;
            NatRewrite.prototype.toPort = 0;
            NatRewrite.prototype.reverse = false;

            NatRewrite.create = function(properties) {
                return new NatRewrite(properties);
            };

            NatRewrite.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                    writer.uint32(8).int32(message.kind);
                if (message.hook != null && $Object.hasOwnProperty.call(message, "hook") && message.hook !== 0)
                    writer.uint32(16).int32(message.hook);
                if (message.from != null && $Object.hasOwnProperty.call(message, "from") && message.from !== "")
                    writer.uint32(26).string(message.from);
                if (message.to != null && $Object.hasOwnProperty.call(message, "to") && message.to !== "")
                    writer.uint32(34).string(message.to);
                if (message.fromPort != null && $Object.hasOwnProperty.call(message, "fromPort") && message.fromPort !== 0)
                    writer.uint32(40).uint32(message.fromPort);
                if (message.toPort != null && $Object.hasOwnProperty.call(message, "toPort") && message.toPort !== 0)
                    writer.uint32(48).uint32(message.toPort);
                if (message.reverse != null && $Object.hasOwnProperty.call(message, "reverse") && message.reverse !== false)
                    writer.uint32(56).bool(message.reverse);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            NatRewrite.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            NatRewrite.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.netscope.v1.NatRewrite();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.hook = value;
                            else
                                delete message.hook;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.from = value;
                            else
                                delete message.from;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.to = value;
                            else
                                delete message.to;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.fromPort = value;
                            else
                                delete message.fromPort;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.toPort = value;
                            else
                                delete message.toPort;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.reverse = value;
                            else
                                delete message.reverse;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            NatRewrite.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            NatRewrite.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    if (typeof message.kind !== "number" || (message.kind | 0) !== message.kind)
                        return "kind: enum value expected";
                if (message.hook != null && $Object.hasOwnProperty.call(message, "hook"))
                    if (typeof message.hook !== "number" || (message.hook | 0) !== message.hook)
                        return "hook: enum value expected";
                if (message.from != null && $Object.hasOwnProperty.call(message, "from"))
                    if (!$util.isString(message.from))
                        return "from: string expected";
                if (message.to != null && $Object.hasOwnProperty.call(message, "to"))
                    if (!$util.isString(message.to))
                        return "to: string expected";
                if (message.fromPort != null && $Object.hasOwnProperty.call(message, "fromPort"))
                    if (!$util.isInteger(message.fromPort))
                        return "fromPort: integer expected";
                if (message.toPort != null && $Object.hasOwnProperty.call(message, "toPort"))
                    if (!$util.isInteger(message.toPort))
                        return "toPort: integer expected";
                if (message.reverse != null && $Object.hasOwnProperty.call(message, "reverse"))
                    if (typeof message.reverse !== "boolean")
                        return "reverse: boolean expected";
                return null;
            };

            NatRewrite.fromObject = function (object, _depth) {
                if (object instanceof $root.netscope.v1.NatRewrite)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".netscope.v1.NatRewrite: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.netscope.v1.NatRewrite();
                if (object.kind !== 0 && (typeof object.kind !== "string" || $root.netscope.v1.NatKind[object.kind] !== 0))
                    switch (object.kind) {
                    case "NAT_KIND_UNKNOWN":
                    case 0:
                        message.kind = 0;
                        break;
                    case "NAT_KIND_SNAT":
                    case 1:
                        message.kind = 1;
                        break;
                    case "NAT_KIND_DNAT":
                    case 2:
                        message.kind = 2;
                        break;
                    default:
                        if (typeof object.kind === "number" && (object.kind | 0) === object.kind)
                            message.kind = object.kind;
                    }
                if (object.hook !== 0 && (typeof object.hook !== "string" || $root.netscope.v1.Hook[object.hook] !== 0))
                    switch (object.hook) {
                    case "HOOK_UNKNOWN":
                    case 0:
                        message.hook = 0;
                        break;
                    case "HOOK_PREROUTING":
                    case 1:
                        message.hook = 1;
                        break;
                    case "HOOK_INPUT":
                    case 2:
                        message.hook = 2;
                        break;
                    case "HOOK_FORWARD":
                    case 3:
                        message.hook = 3;
                        break;
                    case "HOOK_OUTPUT":
                    case 4:
                        message.hook = 4;
                        break;
                    case "HOOK_POSTROUTING":
                    case 5:
                        message.hook = 5;
                        break;
                    default:
                        if (typeof object.hook === "number" && (object.hook | 0) === object.hook)
                            message.hook = object.hook;
                    }
                if (object.from != null)
                    if (typeof object.from !== "string" || object.from.length)
                        message.from = $String(object.from);
                if (object.to != null)
                    if (typeof object.to !== "string" || object.to.length)
                        message.to = $String(object.to);
                if (object.fromPort != null)
                    if ($Number(object.fromPort) !== 0)
                        message.fromPort = object.fromPort >>> 0;
                if (object.toPort != null)
                    if ($Number(object.toPort) !== 0)
                        message.toPort = object.toPort >>> 0;
                if (object.reverse != null)
                    if (object.reverse)
                        message.reverse = $Boolean(object.reverse);
                return message;
            };

            NatRewrite.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.kind = options.enums === $String ? "NAT_KIND_UNKNOWN" : 0;
                    object.hook = options.enums === $String ? "HOOK_UNKNOWN" : 0;
                    object.from = "";
                    object.to = "";
                    object.fromPort = 0;
                    object.toPort = 0;
                    object.reverse = false;
                }
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    object.kind = options.enums === $String ? $root.netscope.v1.NatKind[message.kind] === $undefined ? message.kind : $root.netscope.v1.NatKind[message.kind] : message.kind;
                if (message.hook != null && $Object.hasOwnProperty.call(message, "hook"))
                    object.hook = options.enums === $String ? $root.netscope.v1.Hook[message.hook] === $undefined ? message.hook : $root.netscope.v1.Hook[message.hook] : message.hook;
                if (message.from != null && $Object.hasOwnProperty.call(message, "from"))
                    object.from = message.from;
                if (message.to != null && $Object.hasOwnProperty.call(message, "to"))
                    object.to = message.to;
                if (message.fromPort != null && $Object.hasOwnProperty.call(message, "fromPort"))
                    object.fromPort = message.fromPort;
                if (message.toPort != null && $Object.hasOwnProperty.call(message, "toPort"))
                    object.toPort = message.toPort;
                if (message.reverse != null && $Object.hasOwnProperty.call(message, "reverse"))
                    object.reverse = message.reverse;
                return object;
            };

            NatRewrite.prototype.toJSON = function() {
                return NatRewrite.toObject(this, $protobuf.util.toJSONOptions);
            };

            NatRewrite.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/netscope.v1.NatRewrite";
            };

            return NatRewrite;
        })();

        v1.Hop = (function() {

            const Hop = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Hop.prototype.monoNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Hop.prototype.deltaNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Hop.prototype.netns = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Hop.prototype.netnsName = "";
            Hop.prototype.ifindex = 0;
            Hop.prototype.ifname = "";
            Hop.prototype.kind = 0;
            Hop.prototype.hook = 0;
            Hop.prototype.headers = null;
            Hop.prototype.nat = null;
            Hop.prototype.probeSet = 0;
            Hop.prototype.dropReason = "";
            Hop.prototype["function"] = "";
            Hop.prototype.qdisc = "";

            Hop.create = function(properties) {
                return new Hop(properties);
            };

            Hop.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.monoNs != null && $Object.hasOwnProperty.call(message, "monoNs") && (typeof message.monoNs === "object" ? message.monoNs.low || message.monoNs.high : message.monoNs !== 0))
                    writer.uint32(8).uint64(message.monoNs);
                if (message.deltaNs != null && $Object.hasOwnProperty.call(message, "deltaNs") && (typeof message.deltaNs === "object" ? message.deltaNs.low || message.deltaNs.high : message.deltaNs !== 0))
                    writer.uint32(16).uint64(message.deltaNs);
                if (message.netns != null && $Object.hasOwnProperty.call(message, "netns") && (typeof message.netns === "object" ? message.netns.low || message.netns.high : message.netns !== 0))
                    writer.uint32(24).uint64(message.netns);
                if (message.netnsName != null && $Object.hasOwnProperty.call(message, "netnsName") && message.netnsName !== "")
                    writer.uint32(34).string(message.netnsName);
                if (message.ifindex != null && $Object.hasOwnProperty.call(message, "ifindex") && message.ifindex !== 0)
                    writer.uint32(40).uint32(message.ifindex);
                if (message.ifname != null && $Object.hasOwnProperty.call(message, "ifname") && message.ifname !== "")
                    writer.uint32(50).string(message.ifname);
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                    writer.uint32(56).int32(message.kind);
                if (message.hook != null && $Object.hasOwnProperty.call(message, "hook") && message.hook !== 0)
                    writer.uint32(64).int32(message.hook);
                if (message.headers != null && $Object.hasOwnProperty.call(message, "headers"))
                    $root.netscope.v1.Headers.encode(message.headers, writer.uint32(74).fork(), _depth + 1).ldelim();
                if (message.nat != null && $Object.hasOwnProperty.call(message, "nat"))
                    $root.netscope.v1.NatRewrite.encode(message.nat, writer.uint32(82).fork(), _depth + 1).ldelim();
                if (message.probeSet != null && $Object.hasOwnProperty.call(message, "probeSet") && message.probeSet !== 0)
                    writer.uint32(88).int32(message.probeSet);
                if (message.dropReason != null && $Object.hasOwnProperty.call(message, "dropReason") && message.dropReason !== "")
                    writer.uint32(98).string(message.dropReason);
                if (message["function"] != null && $Object.hasOwnProperty.call(message, "function") && message["function"] !== "")
                    writer.uint32(106).string(message["function"]);
                if (message.qdisc != null && $Object.hasOwnProperty.call(message, "qdisc") && message.qdisc !== "")
                    writer.uint32(114).string(message.qdisc);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Hop.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            Hop.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.netscope.v1.Hop();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.monoNs = value;
                            else
                                delete message.monoNs;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.deltaNs = value;
                            else
                                delete message.deltaNs;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.netns = value;
                            else
                                delete message.netns;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.netnsName = value;
                            else
                                delete message.netnsName;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.ifindex = value;
                            else
                                delete message.ifindex;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.ifname = value;
                            else
                                delete message.ifname;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.hook = value;
                            else
                                delete message.hook;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message.headers = $root.netscope.v1.Headers.decode(reader, reader.size(), $undefined, _depth + 1, message.headers);
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.nat = $root.netscope.v1.NatRewrite.decode(reader, reader.size(), $undefined, _depth + 1, message.nat);
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.probeSet = value;
                            else
                                delete message.probeSet;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.dropReason = value;
                            else
                                delete message.dropReason;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message["function"] = value;
                            else
                                delete message["function"];
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.qdisc = value;
                            else
                                delete message.qdisc;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Hop.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            Hop.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.monoNs != null && $Object.hasOwnProperty.call(message, "monoNs"))
                    if (!$util.isInteger(message.monoNs) && !(message.monoNs && $util.isInteger(message.monoNs.low) && $util.isInteger(message.monoNs.high)))
                        return "monoNs: integer|Long expected";
                if (message.deltaNs != null && $Object.hasOwnProperty.call(message, "deltaNs"))
                    if (!$util.isInteger(message.deltaNs) && !(message.deltaNs && $util.isInteger(message.deltaNs.low) && $util.isInteger(message.deltaNs.high)))
                        return "deltaNs: integer|Long expected";
                if (message.netns != null && $Object.hasOwnProperty.call(message, "netns"))
                    if (!$util.isInteger(message.netns) && !(message.netns && $util.isInteger(message.netns.low) && $util.isInteger(message.netns.high)))
                        return "netns: integer|Long expected";
                if (message.netnsName != null && $Object.hasOwnProperty.call(message, "netnsName"))
                    if (!$util.isString(message.netnsName))
                        return "netnsName: string expected";
                if (message.ifindex != null && $Object.hasOwnProperty.call(message, "ifindex"))
                    if (!$util.isInteger(message.ifindex))
                        return "ifindex: integer expected";
                if (message.ifname != null && $Object.hasOwnProperty.call(message, "ifname"))
                    if (!$util.isString(message.ifname))
                        return "ifname: string expected";
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    if (typeof message.kind !== "number" || (message.kind | 0) !== message.kind)
                        return "kind: enum value expected";
                if (message.hook != null && $Object.hasOwnProperty.call(message, "hook"))
                    if (typeof message.hook !== "number" || (message.hook | 0) !== message.hook)
                        return "hook: enum value expected";
                if (message.headers != null && $Object.hasOwnProperty.call(message, "headers")) {
                    let error = $root.netscope.v1.Headers.verify(message.headers, _depth + 1);
                    if (error)
                        return "headers." + error;
                }
                if (message.nat != null && $Object.hasOwnProperty.call(message, "nat")) {
                    let error = $root.netscope.v1.NatRewrite.verify(message.nat, _depth + 1);
                    if (error)
                        return "nat." + error;
                }
                if (message.probeSet != null && $Object.hasOwnProperty.call(message, "probeSet"))
                    if (typeof message.probeSet !== "number" || (message.probeSet | 0) !== message.probeSet)
                        return "probeSet: enum value expected";
                if (message.dropReason != null && $Object.hasOwnProperty.call(message, "dropReason"))
                    if (!$util.isString(message.dropReason))
                        return "dropReason: string expected";
                if (message["function"] != null && $Object.hasOwnProperty.call(message, "function"))
                    if (!$util.isString(message["function"]))
                        return "function: string expected";
                if (message.qdisc != null && $Object.hasOwnProperty.call(message, "qdisc"))
                    if (!$util.isString(message.qdisc))
                        return "qdisc: string expected";
                return null;
            };

            Hop.fromObject = function (object, _depth) {
                if (object instanceof $root.netscope.v1.Hop)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".netscope.v1.Hop: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.netscope.v1.Hop();
                if (object.monoNs != null)
                    if (typeof object.monoNs === "object" ? object.monoNs.low || object.monoNs.high : $Number(object.monoNs) !== 0)
                        if ($util.Long)
                            message.monoNs = $util.Long.fromValue(object.monoNs, true);
                        else if (typeof object.monoNs === "string")
                            message.monoNs = $parseInt(object.monoNs, 10);
                        else if (typeof object.monoNs === "number")
                            message.monoNs = object.monoNs;
                        else if (typeof object.monoNs === "object")
                            message.monoNs = new $util.LongBits(object.monoNs.low >>> 0, object.monoNs.high >>> 0).toNumber(true);
                if (object.deltaNs != null)
                    if (typeof object.deltaNs === "object" ? object.deltaNs.low || object.deltaNs.high : $Number(object.deltaNs) !== 0)
                        if ($util.Long)
                            message.deltaNs = $util.Long.fromValue(object.deltaNs, true);
                        else if (typeof object.deltaNs === "string")
                            message.deltaNs = $parseInt(object.deltaNs, 10);
                        else if (typeof object.deltaNs === "number")
                            message.deltaNs = object.deltaNs;
                        else if (typeof object.deltaNs === "object")
                            message.deltaNs = new $util.LongBits(object.deltaNs.low >>> 0, object.deltaNs.high >>> 0).toNumber(true);
                if (object.netns != null)
                    if (typeof object.netns === "object" ? object.netns.low || object.netns.high : $Number(object.netns) !== 0)
                        if ($util.Long)
                            message.netns = $util.Long.fromValue(object.netns, true);
                        else if (typeof object.netns === "string")
                            message.netns = $parseInt(object.netns, 10);
                        else if (typeof object.netns === "number")
                            message.netns = object.netns;
                        else if (typeof object.netns === "object")
                            message.netns = new $util.LongBits(object.netns.low >>> 0, object.netns.high >>> 0).toNumber(true);
                if (object.netnsName != null)
                    if (typeof object.netnsName !== "string" || object.netnsName.length)
                        message.netnsName = $String(object.netnsName);
                if (object.ifindex != null)
                    if ($Number(object.ifindex) !== 0)
                        message.ifindex = object.ifindex >>> 0;
                if (object.ifname != null)
                    if (typeof object.ifname !== "string" || object.ifname.length)
                        message.ifname = $String(object.ifname);
                if (object.kind !== 0 && (typeof object.kind !== "string" || $root.netscope.v1.HopKind[object.kind] !== 0))
                    switch (object.kind) {
                    case "HOP_KIND_UNKNOWN":
                    case 0:
                        message.kind = 0;
                        break;
                    case "HOP_KIND_XMIT":
                    case 1:
                        message.kind = 1;
                        break;
                    case "HOP_KIND_RECEIVE":
                    case 2:
                        message.kind = 2;
                        break;
                    case "HOP_KIND_NETIF_RX":
                    case 3:
                        message.kind = 3;
                        break;
                    case "HOP_KIND_HOOK_ENTRY":
                    case 4:
                        message.kind = 4;
                        break;
                    case "HOP_KIND_HOOK_EXIT":
                    case 5:
                        message.kind = 5;
                        break;
                    case "HOP_KIND_DROP":
                    case 6:
                        message.kind = 6;
                        break;
                    case "HOP_KIND_QDISC_ENQUEUE":
                    case 7:
                        message.kind = 7;
                        break;
                    case "HOP_KIND_QDISC_DEQUEUE":
                    case 8:
                        message.kind = 8;
                        break;
                    case "HOP_KIND_CONSUME":
                    case 9:
                        message.kind = 9;
                        break;
                    case "HOP_KIND_FUNCTION":
                    case 10:
                        message.kind = 10;
                        break;
                    default:
                        if (typeof object.kind === "number" && (object.kind | 0) === object.kind)
                            message.kind = object.kind;
                    }
                if (object.hook !== 0 && (typeof object.hook !== "string" || $root.netscope.v1.Hook[object.hook] !== 0))
                    switch (object.hook) {
                    case "HOOK_UNKNOWN":
                    case 0:
                        message.hook = 0;
                        break;
                    case "HOOK_PREROUTING":
                    case 1:
                        message.hook = 1;
                        break;
                    case "HOOK_INPUT":
                    case 2:
                        message.hook = 2;
                        break;
                    case "HOOK_FORWARD":
                    case 3:
                        message.hook = 3;
                        break;
                    case "HOOK_OUTPUT":
                    case 4:
                        message.hook = 4;
                        break;
                    case "HOOK_POSTROUTING":
                    case 5:
                        message.hook = 5;
                        break;
                    default:
                        if (typeof object.hook === "number" && (object.hook | 0) === object.hook)
                            message.hook = object.hook;
                    }
                if (object.headers != null) {
                    if (!$util.isObject(object.headers))
                        throw $TypeError(".netscope.v1.Hop.headers: object expected");
                    message.headers = $root.netscope.v1.Headers.fromObject(object.headers, _depth + 1);
                }
                if (object.nat != null) {
                    if (!$util.isObject(object.nat))
                        throw $TypeError(".netscope.v1.Hop.nat: object expected");
                    message.nat = $root.netscope.v1.NatRewrite.fromObject(object.nat, _depth + 1);
                }
                if (object.probeSet !== 0 && (typeof object.probeSet !== "string" || $root.netscope.v1.ProbeSet[object.probeSet] !== 0))
                    switch (object.probeSet) {
                    case "PROBE_SET_UNKNOWN":
                    case 0:
                        message.probeSet = 0;
                        break;
                    case "PROBE_SET_TRACEPOINT":
                    case 1:
                        message.probeSet = 1;
                        break;
                    case "PROBE_SET_NETFILTER":
                    case 2:
                        message.probeSet = 2;
                        break;
                    case "PROBE_SET_KPROBE":
                    case 3:
                        message.probeSet = 3;
                        break;
                    case "PROBE_SET_RULE_TRACE":
                    case 4:
                        message.probeSet = 4;
                        break;
                    default:
                        if (typeof object.probeSet === "number" && (object.probeSet | 0) === object.probeSet)
                            message.probeSet = object.probeSet;
                    }
                if (object.dropReason != null)
                    if (typeof object.dropReason !== "string" || object.dropReason.length)
                        message.dropReason = $String(object.dropReason);
                if (object["function"] != null)
                    if (typeof object["function"] !== "string" || object["function"].length)
                        message["function"] = $String(object["function"]);
                if (object.qdisc != null)
                    if (typeof object.qdisc !== "string" || object.qdisc.length)
                        message.qdisc = $String(object.qdisc);
                return message;
            };

            Hop.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.monoNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.monoNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.deltaNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.deltaNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.netns = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.netns = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.netnsName = "";
                    object.ifindex = 0;
                    object.ifname = "";
                    object.kind = options.enums === $String ? "HOP_KIND_UNKNOWN" : 0;
                    object.hook = options.enums === $String ? "HOOK_UNKNOWN" : 0;
                    object.headers = null;
                    object.nat = null;
                    object.probeSet = options.enums === $String ? "PROBE_SET_UNKNOWN" : 0;
                    object.dropReason = "";
                    object["function"] = "";
                    object.qdisc = "";
                }
                if (message.monoNs != null && $Object.hasOwnProperty.call(message, "monoNs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.monoNs = typeof message.monoNs === "number" ? $BigInt(message.monoNs) : $util.Long.fromBits(message.monoNs.low >>> 0, message.monoNs.high >>> 0, true).toBigInt();
                    else if (typeof message.monoNs === "number")
                        object.monoNs = options.longs === $String ? $String(message.monoNs) : message.monoNs;
                    else
                        object.monoNs = options.longs === $String ? $util.Long.prototype.toString.call(message.monoNs) : options.longs === $Number ? new $util.LongBits(message.monoNs.low >>> 0, message.monoNs.high >>> 0).toNumber(true) : message.monoNs;
                if (message.deltaNs != null && $Object.hasOwnProperty.call(message, "deltaNs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.deltaNs = typeof message.deltaNs === "number" ? $BigInt(message.deltaNs) : $util.Long.fromBits(message.deltaNs.low >>> 0, message.deltaNs.high >>> 0, true).toBigInt();
                    else if (typeof message.deltaNs === "number")
                        object.deltaNs = options.longs === $String ? $String(message.deltaNs) : message.deltaNs;
                    else
                        object.deltaNs = options.longs === $String ? $util.Long.prototype.toString.call(message.deltaNs) : options.longs === $Number ? new $util.LongBits(message.deltaNs.low >>> 0, message.deltaNs.high >>> 0).toNumber(true) : message.deltaNs;
                if (message.netns != null && $Object.hasOwnProperty.call(message, "netns"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.netns = typeof message.netns === "number" ? $BigInt(message.netns) : $util.Long.fromBits(message.netns.low >>> 0, message.netns.high >>> 0, true).toBigInt();
                    else if (typeof message.netns === "number")
                        object.netns = options.longs === $String ? $String(message.netns) : message.netns;
                    else
                        object.netns = options.longs === $String ? $util.Long.prototype.toString.call(message.netns) : options.longs === $Number ? new $util.LongBits(message.netns.low >>> 0, message.netns.high >>> 0).toNumber(true) : message.netns;
                if (message.netnsName != null && $Object.hasOwnProperty.call(message, "netnsName"))
                    object.netnsName = message.netnsName;
                if (message.ifindex != null && $Object.hasOwnProperty.call(message, "ifindex"))
                    object.ifindex = message.ifindex;
                if (message.ifname != null && $Object.hasOwnProperty.call(message, "ifname"))
                    object.ifname = message.ifname;
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    object.kind = options.enums === $String ? $root.netscope.v1.HopKind[message.kind] === $undefined ? message.kind : $root.netscope.v1.HopKind[message.kind] : message.kind;
                if (message.hook != null && $Object.hasOwnProperty.call(message, "hook"))
                    object.hook = options.enums === $String ? $root.netscope.v1.Hook[message.hook] === $undefined ? message.hook : $root.netscope.v1.Hook[message.hook] : message.hook;
                if (message.headers != null && $Object.hasOwnProperty.call(message, "headers"))
                    object.headers = $root.netscope.v1.Headers.toObject(message.headers, options, _depth + 1);
                if (message.nat != null && $Object.hasOwnProperty.call(message, "nat"))
                    object.nat = $root.netscope.v1.NatRewrite.toObject(message.nat, options, _depth + 1);
                if (message.probeSet != null && $Object.hasOwnProperty.call(message, "probeSet"))
                    object.probeSet = options.enums === $String ? $root.netscope.v1.ProbeSet[message.probeSet] === $undefined ? message.probeSet : $root.netscope.v1.ProbeSet[message.probeSet] : message.probeSet;
                if (message.dropReason != null && $Object.hasOwnProperty.call(message, "dropReason"))
                    object.dropReason = message.dropReason;
                if (message["function"] != null && $Object.hasOwnProperty.call(message, "function"))
                    object["function"] = message["function"];
                if (message.qdisc != null && $Object.hasOwnProperty.call(message, "qdisc"))
                    object.qdisc = message.qdisc;
                return object;
            };

            Hop.prototype.toJSON = function() {
                return Hop.toObject(this, $protobuf.util.toJSONOptions);
            };

            Hop.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/netscope.v1.Hop";
            };

            return Hop;
        })();

        v1.Verdict = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "VERDICT_UNKNOWN"] = 0;
            values[valuesById[1] = "VERDICT_DELIVERED"] = 1;
            values[valuesById[2] = "VERDICT_DROPPED"] = 2;
            values[valuesById[3] = "VERDICT_INCOMPLETE"] = 3;
            return values;
        })();

        v1.Direction = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "DIRECTION_UNKNOWN"] = 0;
            values[valuesById[1] = "DIRECTION_ORIGINAL"] = 1;
            values[valuesById[2] = "DIRECTION_REPLY"] = 2;
            return values;
        })();

        v1.Journey = (function() {

            const Journey = function (properties) {
                this.hops = [];
                this.nat = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Journey.prototype.id = "";
            Journey.prototype.startMonoNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Journey.prototype.startTimeNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Journey.prototype.durationNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Journey.prototype.skb = "";
            Journey.prototype.headers = null;
            Journey.prototype.hops = $util.emptyArray;
            Journey.prototype.nat = $util.emptyArray;
            Journey.prototype.ct = null;
            Journey.prototype.verdict = 0;
            Journey.prototype.dropReason = "";
            Journey.prototype.dropLocation = "";
            Journey.prototype.direction = 0;
            Journey.prototype.peerId = "";
            Journey.prototype.parentId = "";
            Journey.prototype.segments = 0;

            Journey.create = function(properties) {
                return new Journey(properties);
            };

            Journey.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                    writer.uint32(10).string(message.id);
                if (message.startMonoNs != null && $Object.hasOwnProperty.call(message, "startMonoNs") && (typeof message.startMonoNs === "object" ? message.startMonoNs.low || message.startMonoNs.high : message.startMonoNs !== 0))
                    writer.uint32(16).uint64(message.startMonoNs);
                if (message.startTimeNs != null && $Object.hasOwnProperty.call(message, "startTimeNs") && (typeof message.startTimeNs === "object" ? message.startTimeNs.low || message.startTimeNs.high : message.startTimeNs !== 0))
                    writer.uint32(24).uint64(message.startTimeNs);
                if (message.durationNs != null && $Object.hasOwnProperty.call(message, "durationNs") && (typeof message.durationNs === "object" ? message.durationNs.low || message.durationNs.high : message.durationNs !== 0))
                    writer.uint32(32).uint64(message.durationNs);
                if (message.skb != null && $Object.hasOwnProperty.call(message, "skb") && message.skb !== "")
                    writer.uint32(42).string(message.skb);
                if (message.headers != null && $Object.hasOwnProperty.call(message, "headers"))
                    $root.netscope.v1.Headers.encode(message.headers, writer.uint32(50).fork(), _depth + 1).ldelim();
                if (message.hops != null && message.hops.length)
                    for (let i = 0; i < message.hops.length; ++i)
                        $root.netscope.v1.Hop.encode(message.hops[i], writer.uint32(58).fork(), _depth + 1).ldelim();
                if (message.nat != null && message.nat.length)
                    for (let i = 0; i < message.nat.length; ++i)
                        $root.netscope.v1.NatRewrite.encode(message.nat[i], writer.uint32(66).fork(), _depth + 1).ldelim();
                if (message.ct != null && $Object.hasOwnProperty.call(message, "ct"))
                    $root.netscope.v1.ConntrackRef.encode(message.ct, writer.uint32(74).fork(), _depth + 1).ldelim();
                if (message.verdict != null && $Object.hasOwnProperty.call(message, "verdict") && message.verdict !== 0)
                    writer.uint32(80).int32(message.verdict);
                if (message.dropReason != null && $Object.hasOwnProperty.call(message, "dropReason") && message.dropReason !== "")
                    writer.uint32(90).string(message.dropReason);
                if (message.dropLocation != null && $Object.hasOwnProperty.call(message, "dropLocation") && message.dropLocation !== "")
                    writer.uint32(98).string(message.dropLocation);
                if (message.direction != null && $Object.hasOwnProperty.call(message, "direction") && message.direction !== 0)
                    writer.uint32(104).int32(message.direction);
                if (message.peerId != null && $Object.hasOwnProperty.call(message, "peerId") && message.peerId !== "")
                    writer.uint32(114).string(message.peerId);
                if (message.parentId != null && $Object.hasOwnProperty.call(message, "parentId") && message.parentId !== "")
                    writer.uint32(122).string(message.parentId);
                if (message.segments != null && $Object.hasOwnProperty.call(message, "segments") && message.segments !== 0)
                    writer.uint32(128).uint32(message.segments);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Journey.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            Journey.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.netscope.v1.Journey();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.startMonoNs = value;
                            else
                                delete message.startMonoNs;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.startTimeNs = value;
                            else
                                delete message.startTimeNs;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.durationNs = value;
                            else
                                delete message.durationNs;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.skb = value;
                            else
                                delete message.skb;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.headers = $root.netscope.v1.Headers.decode(reader, reader.size(), $undefined, _depth + 1, message.headers);
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.hops && message.hops.length))
                                message.hops = [];
                            message.hops.push($root.netscope.v1.Hop.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if (!(message.nat && message.nat.length))
                                message.nat = [];
                            message.nat.push($root.netscope.v1.NatRewrite.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message.ct = $root.netscope.v1.ConntrackRef.decode(reader, reader.size(), $undefined, _depth + 1, message.ct);
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.verdict = value;
                            else
                                delete message.verdict;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.dropReason = value;
                            else
                                delete message.dropReason;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.dropLocation = value;
                            else
                                delete message.dropLocation;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.direction = value;
                            else
                                delete message.direction;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.peerId = value;
                            else
                                delete message.peerId;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.parentId = value;
                            else
                                delete message.parentId;
                            continue;
                        }
                    case 16: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.segments = value;
                            else
                                delete message.segments;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Journey.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            Journey.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    if (!$util.isString(message.id))
                        return "id: string expected";
                if (message.startMonoNs != null && $Object.hasOwnProperty.call(message, "startMonoNs"))
                    if (!$util.isInteger(message.startMonoNs) && !(message.startMonoNs && $util.isInteger(message.startMonoNs.low) && $util.isInteger(message.startMonoNs.high)))
                        return "startMonoNs: integer|Long expected";
                if (message.startTimeNs != null && $Object.hasOwnProperty.call(message, "startTimeNs"))
                    if (!$util.isInteger(message.startTimeNs) && !(message.startTimeNs && $util.isInteger(message.startTimeNs.low) && $util.isInteger(message.startTimeNs.high)))
                        return "startTimeNs: integer|Long expected";
                if (message.durationNs != null && $Object.hasOwnProperty.call(message, "durationNs"))
                    if (!$util.isInteger(message.durationNs) && !(message.durationNs && $util.isInteger(message.durationNs.low) && $util.isInteger(message.durationNs.high)))
                        return "durationNs: integer|Long expected";
                if (message.skb != null && $Object.hasOwnProperty.call(message, "skb"))
                    if (!$util.isString(message.skb))
                        return "skb: string expected";
                if (message.headers != null && $Object.hasOwnProperty.call(message, "headers")) {
                    let error = $root.netscope.v1.Headers.verify(message.headers, _depth + 1);
                    if (error)
                        return "headers." + error;
                }
                if (message.hops != null && $Object.hasOwnProperty.call(message, "hops")) {
                    if (!$Array.isArray(message.hops))
                        return "hops: array expected";
                    for (let i = 0; i < message.hops.length; ++i) {
                        let error = $root.netscope.v1.Hop.verify(message.hops[i], _depth + 1);
                        if (error)
                            return "hops." + error;
                    }
                }
                if (message.nat != null && $Object.hasOwnProperty.call(message, "nat")) {
                    if (!$Array.isArray(message.nat))
                        return "nat: array expected";
                    for (let i = 0; i < message.nat.length; ++i) {
                        let error = $root.netscope.v1.NatRewrite.verify(message.nat[i], _depth + 1);
                        if (error)
                            return "nat." + error;
                    }
                }
                if (message.ct != null && $Object.hasOwnProperty.call(message, "ct")) {
                    let error = $root.netscope.v1.ConntrackRef.verify(message.ct, _depth + 1);
                    if (error)
                        return "ct." + error;
                }
                if (message.verdict != null && $Object.hasOwnProperty.call(message, "verdict"))
                    if (typeof message.verdict !== "number" || (message.verdict | 0) !== message.verdict)
                        return "verdict: enum value expected";
                if (message.dropReason != null && $Object.hasOwnProperty.call(message, "dropReason"))
                    if (!$util.isString(message.dropReason))
                        return "dropReason: string expected";
                if (message.dropLocation != null && $Object.hasOwnProperty.call(message, "dropLocation"))
                    if (!$util.isString(message.dropLocation))
                        return "dropLocation: string expected";
                if (message.direction != null && $Object.hasOwnProperty.call(message, "direction"))
                    if (typeof message.direction !== "number" || (message.direction | 0) !== message.direction)
                        return "direction: enum value expected";
                if (message.peerId != null && $Object.hasOwnProperty.call(message, "peerId"))
                    if (!$util.isString(message.peerId))
                        return "peerId: string expected";
                if (message.parentId != null && $Object.hasOwnProperty.call(message, "parentId"))
                    if (!$util.isString(message.parentId))
                        return "parentId: string expected";
                if (message.segments != null && $Object.hasOwnProperty.call(message, "segments"))
                    if (!$util.isInteger(message.segments))
                        return "segments: integer expected";
                return null;
            };

            Journey.fromObject = function (object, _depth) {
                if (object instanceof $root.netscope.v1.Journey)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".netscope.v1.Journey: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.netscope.v1.Journey();
                if (object.id != null)
                    if (typeof object.id !== "string" || object.id.length)
                        message.id = $String(object.id);
                if (object.startMonoNs != null)
                    if (typeof object.startMonoNs === "object" ? object.startMonoNs.low || object.startMonoNs.high : $Number(object.startMonoNs) !== 0)
                        if ($util.Long)
                            message.startMonoNs = $util.Long.fromValue(object.startMonoNs, true);
                        else if (typeof object.startMonoNs === "string")
                            message.startMonoNs = $parseInt(object.startMonoNs, 10);
                        else if (typeof object.startMonoNs === "number")
                            message.startMonoNs = object.startMonoNs;
                        else if (typeof object.startMonoNs === "object")
                            message.startMonoNs = new $util.LongBits(object.startMonoNs.low >>> 0, object.startMonoNs.high >>> 0).toNumber(true);
                if (object.startTimeNs != null)
                    if (typeof object.startTimeNs === "object" ? object.startTimeNs.low || object.startTimeNs.high : $Number(object.startTimeNs) !== 0)
                        if ($util.Long)
                            message.startTimeNs = $util.Long.fromValue(object.startTimeNs, true);
                        else if (typeof object.startTimeNs === "string")
                            message.startTimeNs = $parseInt(object.startTimeNs, 10);
                        else if (typeof object.startTimeNs === "number")
                            message.startTimeNs = object.startTimeNs;
                        else if (typeof object.startTimeNs === "object")
                            message.startTimeNs = new $util.LongBits(object.startTimeNs.low >>> 0, object.startTimeNs.high >>> 0).toNumber(true);
                if (object.durationNs != null)
                    if (typeof object.durationNs === "object" ? object.durationNs.low || object.durationNs.high : $Number(object.durationNs) !== 0)
                        if ($util.Long)
                            message.durationNs = $util.Long.fromValue(object.durationNs, true);
                        else if (typeof object.durationNs === "string")
                            message.durationNs = $parseInt(object.durationNs, 10);
                        else if (typeof object.durationNs === "number")
                            message.durationNs = object.durationNs;
                        else if (typeof object.durationNs === "object")
                            message.durationNs = new $util.LongBits(object.durationNs.low >>> 0, object.durationNs.high >>> 0).toNumber(true);
                if (object.skb != null)
                    if (typeof object.skb !== "string" || object.skb.length)
                        message.skb = $String(object.skb);
                if (object.headers != null) {
                    if (!$util.isObject(object.headers))
                        throw $TypeError(".netscope.v1.Journey.headers: object expected");
                    message.headers = $root.netscope.v1.Headers.fromObject(object.headers, _depth + 1);
                }
                if (object.hops) {
                    if (!$Array.isArray(object.hops))
                        throw $TypeError(".netscope.v1.Journey.hops: array expected");
                    message.hops = $Array(object.hops.length);
                    for (let i = 0; i < object.hops.length; ++i) {
                        if (!$util.isObject(object.hops[i]))
                            throw $TypeError(".netscope.v1.Journey.hops: object expected");
                        message.hops[i] = $root.netscope.v1.Hop.fromObject(object.hops[i], _depth + 1);
                    }
                }
                if (object.nat) {
                    if (!$Array.isArray(object.nat))
                        throw $TypeError(".netscope.v1.Journey.nat: array expected");
                    message.nat = $Array(object.nat.length);
                    for (let i = 0; i < object.nat.length; ++i) {
                        if (!$util.isObject(object.nat[i]))
                            throw $TypeError(".netscope.v1.Journey.nat: object expected");
                        message.nat[i] = $root.netscope.v1.NatRewrite.fromObject(object.nat[i], _depth + 1);
                    }
                }
                if (object.ct != null) {
                    if (!$util.isObject(object.ct))
                        throw $TypeError(".netscope.v1.Journey.ct: object expected");
                    message.ct = $root.netscope.v1.ConntrackRef.fromObject(object.ct, _depth + 1);
                }
                if (object.verdict !== 0 && (typeof object.verdict !== "string" || $root.netscope.v1.Verdict[object.verdict] !== 0))
                    switch (object.verdict) {
                    case "VERDICT_UNKNOWN":
                    case 0:
                        message.verdict = 0;
                        break;
                    case "VERDICT_DELIVERED":
                    case 1:
                        message.verdict = 1;
                        break;
                    case "VERDICT_DROPPED":
                    case 2:
                        message.verdict = 2;
                        break;
                    case "VERDICT_INCOMPLETE":
                    case 3:
                        message.verdict = 3;
                        break;
                    default:
                        if (typeof object.verdict === "number" && (object.verdict | 0) === object.verdict)
                            message.verdict = object.verdict;
                    }
                if (object.dropReason != null)
                    if (typeof object.dropReason !== "string" || object.dropReason.length)
                        message.dropReason = $String(object.dropReason);
                if (object.dropLocation != null)
                    if (typeof object.dropLocation !== "string" || object.dropLocation.length)
                        message.dropLocation = $String(object.dropLocation);
                if (object.direction !== 0 && (typeof object.direction !== "string" || $root.netscope.v1.Direction[object.direction] !== 0))
                    switch (object.direction) {
                    case "DIRECTION_UNKNOWN":
                    case 0:
                        message.direction = 0;
                        break;
                    case "DIRECTION_ORIGINAL":
                    case 1:
                        message.direction = 1;
                        break;
                    case "DIRECTION_REPLY":
                    case 2:
                        message.direction = 2;
                        break;
                    default:
                        if (typeof object.direction === "number" && (object.direction | 0) === object.direction)
                            message.direction = object.direction;
                    }
                if (object.peerId != null)
                    if (typeof object.peerId !== "string" || object.peerId.length)
                        message.peerId = $String(object.peerId);
                if (object.parentId != null)
                    if (typeof object.parentId !== "string" || object.parentId.length)
                        message.parentId = $String(object.parentId);
                if (object.segments != null)
                    if ($Number(object.segments) !== 0)
                        message.segments = object.segments >>> 0;
                return message;
            };

            Journey.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.hops = [];
                    object.nat = [];
                }
                if (options.defaults) {
                    object.id = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.startMonoNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.startMonoNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.startTimeNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.startTimeNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.durationNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.durationNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.skb = "";
                    object.headers = null;
                    object.ct = null;
                    object.verdict = options.enums === $String ? "VERDICT_UNKNOWN" : 0;
                    object.dropReason = "";
                    object.dropLocation = "";
                    object.direction = options.enums === $String ? "DIRECTION_UNKNOWN" : 0;
                    object.peerId = "";
                    object.parentId = "";
                    object.segments = 0;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.startMonoNs != null && $Object.hasOwnProperty.call(message, "startMonoNs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.startMonoNs = typeof message.startMonoNs === "number" ? $BigInt(message.startMonoNs) : $util.Long.fromBits(message.startMonoNs.low >>> 0, message.startMonoNs.high >>> 0, true).toBigInt();
                    else if (typeof message.startMonoNs === "number")
                        object.startMonoNs = options.longs === $String ? $String(message.startMonoNs) : message.startMonoNs;
                    else
                        object.startMonoNs = options.longs === $String ? $util.Long.prototype.toString.call(message.startMonoNs) : options.longs === $Number ? new $util.LongBits(message.startMonoNs.low >>> 0, message.startMonoNs.high >>> 0).toNumber(true) : message.startMonoNs;
                if (message.startTimeNs != null && $Object.hasOwnProperty.call(message, "startTimeNs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.startTimeNs = typeof message.startTimeNs === "number" ? $BigInt(message.startTimeNs) : $util.Long.fromBits(message.startTimeNs.low >>> 0, message.startTimeNs.high >>> 0, true).toBigInt();
                    else if (typeof message.startTimeNs === "number")
                        object.startTimeNs = options.longs === $String ? $String(message.startTimeNs) : message.startTimeNs;
                    else
                        object.startTimeNs = options.longs === $String ? $util.Long.prototype.toString.call(message.startTimeNs) : options.longs === $Number ? new $util.LongBits(message.startTimeNs.low >>> 0, message.startTimeNs.high >>> 0).toNumber(true) : message.startTimeNs;
                if (message.durationNs != null && $Object.hasOwnProperty.call(message, "durationNs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.durationNs = typeof message.durationNs === "number" ? $BigInt(message.durationNs) : $util.Long.fromBits(message.durationNs.low >>> 0, message.durationNs.high >>> 0, true).toBigInt();
                    else if (typeof message.durationNs === "number")
                        object.durationNs = options.longs === $String ? $String(message.durationNs) : message.durationNs;
                    else
                        object.durationNs = options.longs === $String ? $util.Long.prototype.toString.call(message.durationNs) : options.longs === $Number ? new $util.LongBits(message.durationNs.low >>> 0, message.durationNs.high >>> 0).toNumber(true) : message.durationNs;
                if (message.skb != null && $Object.hasOwnProperty.call(message, "skb"))
                    object.skb = message.skb;
                if (message.headers != null && $Object.hasOwnProperty.call(message, "headers"))
                    object.headers = $root.netscope.v1.Headers.toObject(message.headers, options, _depth + 1);
                if (message.hops && message.hops.length) {
                    object.hops = $Array(message.hops.length);
                    for (let j = 0; j < message.hops.length; ++j)
                        object.hops[j] = $root.netscope.v1.Hop.toObject(message.hops[j], options, _depth + 1);
                }
                if (message.nat && message.nat.length) {
                    object.nat = $Array(message.nat.length);
                    for (let j = 0; j < message.nat.length; ++j)
                        object.nat[j] = $root.netscope.v1.NatRewrite.toObject(message.nat[j], options, _depth + 1);
                }
                if (message.ct != null && $Object.hasOwnProperty.call(message, "ct"))
                    object.ct = $root.netscope.v1.ConntrackRef.toObject(message.ct, options, _depth + 1);
                if (message.verdict != null && $Object.hasOwnProperty.call(message, "verdict"))
                    object.verdict = options.enums === $String ? $root.netscope.v1.Verdict[message.verdict] === $undefined ? message.verdict : $root.netscope.v1.Verdict[message.verdict] : message.verdict;
                if (message.dropReason != null && $Object.hasOwnProperty.call(message, "dropReason"))
                    object.dropReason = message.dropReason;
                if (message.dropLocation != null && $Object.hasOwnProperty.call(message, "dropLocation"))
                    object.dropLocation = message.dropLocation;
                if (message.direction != null && $Object.hasOwnProperty.call(message, "direction"))
                    object.direction = options.enums === $String ? $root.netscope.v1.Direction[message.direction] === $undefined ? message.direction : $root.netscope.v1.Direction[message.direction] : message.direction;
                if (message.peerId != null && $Object.hasOwnProperty.call(message, "peerId"))
                    object.peerId = message.peerId;
                if (message.parentId != null && $Object.hasOwnProperty.call(message, "parentId"))
                    object.parentId = message.parentId;
                if (message.segments != null && $Object.hasOwnProperty.call(message, "segments"))
                    object.segments = message.segments;
                return object;
            };

            Journey.prototype.toJSON = function() {
                return Journey.toObject(this, $protobuf.util.toJSONOptions);
            };

            Journey.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/netscope.v1.Journey";
            };

            return Journey;
        })();

        v1.ConntrackEntry = (function() {

            const ConntrackEntry = function (properties) {
                this.flags = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ConntrackEntry.prototype.id = "";
            ConntrackEntry.prototype.protocol = 0;
            ConntrackEntry.prototype.state = "";
            ConntrackEntry.prototype.timeoutS = 0;
            ConntrackEntry.prototype.original = null;
            ConntrackEntry.prototype.reply = null;
            ConntrackEntry.prototype.flags = $util.emptyArray;
            ConntrackEntry.prototype.mark = 0;
            ConntrackEntry.prototype.zone = 0;
            ConntrackEntry.prototype.use = 0;
            ConntrackEntry.prototype.origPackets = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            ConntrackEntry.prototype.origBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            ConntrackEntry.prototype.replyPackets = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            ConntrackEntry.prototype.replyBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            ConntrackEntry.prototype.nat = 0;

            ConntrackEntry.create = function(properties) {
                return new ConntrackEntry(properties);
            };

            ConntrackEntry.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                    writer.uint32(10).string(message.id);
                if (message.protocol != null && $Object.hasOwnProperty.call(message, "protocol") && message.protocol !== 0)
                    writer.uint32(16).uint32(message.protocol);
                if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== "")
                    writer.uint32(26).string(message.state);
                if (message.timeoutS != null && $Object.hasOwnProperty.call(message, "timeoutS") && message.timeoutS !== 0)
                    writer.uint32(32).uint32(message.timeoutS);
                if (message.original != null && $Object.hasOwnProperty.call(message, "original"))
                    $root.netscope.v1.ConntrackTuple.encode(message.original, writer.uint32(42).fork(), _depth + 1).ldelim();
                if (message.reply != null && $Object.hasOwnProperty.call(message, "reply"))
                    $root.netscope.v1.ConntrackTuple.encode(message.reply, writer.uint32(50).fork(), _depth + 1).ldelim();
                if (message.flags != null && message.flags.length)
                    for (let i = 0; i < message.flags.length; ++i)
                        writer.uint32(58).string(message.flags[i]);
                if (message.mark != null && $Object.hasOwnProperty.call(message, "mark") && message.mark !== 0)
                    writer.uint32(64).uint32(message.mark);
                if (message.zone != null && $Object.hasOwnProperty.call(message, "zone") && message.zone !== 0)
                    writer.uint32(72).uint32(message.zone);
                if (message.use != null && $Object.hasOwnProperty.call(message, "use") && message.use !== 0)
                    writer.uint32(80).uint32(message.use);
                if (message.origPackets != null && $Object.hasOwnProperty.call(message, "origPackets") && (typeof message.origPackets === "object" ? message.origPackets.low || message.origPackets.high : message.origPackets !== 0))
                    writer.uint32(88).uint64(message.origPackets);
                if (message.origBytes != null && $Object.hasOwnProperty.call(message, "origBytes") && (typeof message.origBytes === "object" ? message.origBytes.low || message.origBytes.high : message.origBytes !== 0))
                    writer.uint32(96).uint64(message.origBytes);
                if (message.replyPackets != null && $Object.hasOwnProperty.call(message, "replyPackets") && (typeof message.replyPackets === "object" ? message.replyPackets.low || message.replyPackets.high : message.replyPackets !== 0))
                    writer.uint32(104).uint64(message.replyPackets);
                if (message.replyBytes != null && $Object.hasOwnProperty.call(message, "replyBytes") && (typeof message.replyBytes === "object" ? message.replyBytes.low || message.replyBytes.high : message.replyBytes !== 0))
                    writer.uint32(112).uint64(message.replyBytes);
                if (message.nat != null && $Object.hasOwnProperty.call(message, "nat") && message.nat !== 0)
                    writer.uint32(120).int32(message.nat);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ConntrackEntry.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            ConntrackEntry.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.netscope.v1.ConntrackEntry();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.protocol = value;
                            else
                                delete message.protocol;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.state = value;
                            else
                                delete message.state;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.timeoutS = value;
                            else
                                delete message.timeoutS;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.original = $root.netscope.v1.ConntrackTuple.decode(reader, reader.size(), $undefined, _depth + 1, message.original);
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.reply = $root.netscope.v1.ConntrackTuple.decode(reader, reader.size(), $undefined, _depth + 1, message.reply);
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.flags && message.flags.length))
                                message.flags = [];
                            message.flags.push(reader.stringVerify());
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.mark = value;
                            else
                                delete message.mark;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.zone = value;
                            else
                                delete message.zone;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.use = value;
                            else
                                delete message.use;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.origPackets = value;
                            else
                                delete message.origPackets;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.origBytes = value;
                            else
                                delete message.origBytes;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.replyPackets = value;
                            else
                                delete message.replyPackets;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.replyBytes = value;
                            else
                                delete message.replyBytes;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.nat = value;
                            else
                                delete message.nat;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ConntrackEntry.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            ConntrackEntry.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    if (!$util.isString(message.id))
                        return "id: string expected";
                if (message.protocol != null && $Object.hasOwnProperty.call(message, "protocol"))
                    if (!$util.isInteger(message.protocol))
                        return "protocol: integer expected";
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    if (!$util.isString(message.state))
                        return "state: string expected";
                if (message.timeoutS != null && $Object.hasOwnProperty.call(message, "timeoutS"))
                    if (!$util.isInteger(message.timeoutS))
                        return "timeoutS: integer expected";
                if (message.original != null && $Object.hasOwnProperty.call(message, "original")) {
                    let error = $root.netscope.v1.ConntrackTuple.verify(message.original, _depth + 1);
                    if (error)
                        return "original." + error;
                }
                if (message.reply != null && $Object.hasOwnProperty.call(message, "reply")) {
                    let error = $root.netscope.v1.ConntrackTuple.verify(message.reply, _depth + 1);
                    if (error)
                        return "reply." + error;
                }
                if (message.flags != null && $Object.hasOwnProperty.call(message, "flags")) {
                    if (!$Array.isArray(message.flags))
                        return "flags: array expected";
                    for (let i = 0; i < message.flags.length; ++i)
                        if (!$util.isString(message.flags[i]))
                            return "flags: string[] expected";
                }
                if (message.mark != null && $Object.hasOwnProperty.call(message, "mark"))
                    if (!$util.isInteger(message.mark))
                        return "mark: integer expected";
                if (message.zone != null && $Object.hasOwnProperty.call(message, "zone"))
                    if (!$util.isInteger(message.zone))
                        return "zone: integer expected";
                if (message.use != null && $Object.hasOwnProperty.call(message, "use"))
                    if (!$util.isInteger(message.use))
                        return "use: integer expected";
                if (message.origPackets != null && $Object.hasOwnProperty.call(message, "origPackets"))
                    if (!$util.isInteger(message.origPackets) && !(message.origPackets && $util.isInteger(message.origPackets.low) && $util.isInteger(message.origPackets.high)))
                        return "origPackets: integer|Long expected";
                if (message.origBytes != null && $Object.hasOwnProperty.call(message, "origBytes"))
                    if (!$util.isInteger(message.origBytes) && !(message.origBytes && $util.isInteger(message.origBytes.low) && $util.isInteger(message.origBytes.high)))
                        return "origBytes: integer|Long expected";
                if (message.replyPackets != null && $Object.hasOwnProperty.call(message, "replyPackets"))
                    if (!$util.isInteger(message.replyPackets) && !(message.replyPackets && $util.isInteger(message.replyPackets.low) && $util.isInteger(message.replyPackets.high)))
                        return "replyPackets: integer|Long expected";
                if (message.replyBytes != null && $Object.hasOwnProperty.call(message, "replyBytes"))
                    if (!$util.isInteger(message.replyBytes) && !(message.replyBytes && $util.isInteger(message.replyBytes.low) && $util.isInteger(message.replyBytes.high)))
                        return "replyBytes: integer|Long expected";
                if (message.nat != null && $Object.hasOwnProperty.call(message, "nat"))
                    if (typeof message.nat !== "number" || (message.nat | 0) !== message.nat)
                        return "nat: enum value expected";
                return null;
            };

            ConntrackEntry.fromObject = function (object, _depth) {
                if (object instanceof $root.netscope.v1.ConntrackEntry)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".netscope.v1.ConntrackEntry: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.netscope.v1.ConntrackEntry();
                if (object.id != null)
                    if (typeof object.id !== "string" || object.id.length)
                        message.id = $String(object.id);
                if (object.protocol != null)
                    if ($Number(object.protocol) !== 0)
                        message.protocol = object.protocol >>> 0;
                if (object.state != null)
                    if (typeof object.state !== "string" || object.state.length)
                        message.state = $String(object.state);
                if (object.timeoutS != null)
                    if ($Number(object.timeoutS) !== 0)
                        message.timeoutS = object.timeoutS >>> 0;
                if (object.original != null) {
                    if (!$util.isObject(object.original))
                        throw $TypeError(".netscope.v1.ConntrackEntry.original: object expected");
                    message.original = $root.netscope.v1.ConntrackTuple.fromObject(object.original, _depth + 1);
                }
                if (object.reply != null) {
                    if (!$util.isObject(object.reply))
                        throw $TypeError(".netscope.v1.ConntrackEntry.reply: object expected");
                    message.reply = $root.netscope.v1.ConntrackTuple.fromObject(object.reply, _depth + 1);
                }
                if (object.flags) {
                    if (!$Array.isArray(object.flags))
                        throw $TypeError(".netscope.v1.ConntrackEntry.flags: array expected");
                    message.flags = $Array(object.flags.length);
                    for (let i = 0; i < object.flags.length; ++i)
                        message.flags[i] = $String(object.flags[i]);
                }
                if (object.mark != null)
                    if ($Number(object.mark) !== 0)
                        message.mark = object.mark >>> 0;
                if (object.zone != null)
                    if ($Number(object.zone) !== 0)
                        message.zone = object.zone >>> 0;
                if (object.use != null)
                    if ($Number(object.use) !== 0)
                        message.use = object.use >>> 0;
                if (object.origPackets != null)
                    if (typeof object.origPackets === "object" ? object.origPackets.low || object.origPackets.high : $Number(object.origPackets) !== 0)
                        if ($util.Long)
                            message.origPackets = $util.Long.fromValue(object.origPackets, true);
                        else if (typeof object.origPackets === "string")
                            message.origPackets = $parseInt(object.origPackets, 10);
                        else if (typeof object.origPackets === "number")
                            message.origPackets = object.origPackets;
                        else if (typeof object.origPackets === "object")
                            message.origPackets = new $util.LongBits(object.origPackets.low >>> 0, object.origPackets.high >>> 0).toNumber(true);
                if (object.origBytes != null)
                    if (typeof object.origBytes === "object" ? object.origBytes.low || object.origBytes.high : $Number(object.origBytes) !== 0)
                        if ($util.Long)
                            message.origBytes = $util.Long.fromValue(object.origBytes, true);
                        else if (typeof object.origBytes === "string")
                            message.origBytes = $parseInt(object.origBytes, 10);
                        else if (typeof object.origBytes === "number")
                            message.origBytes = object.origBytes;
                        else if (typeof object.origBytes === "object")
                            message.origBytes = new $util.LongBits(object.origBytes.low >>> 0, object.origBytes.high >>> 0).toNumber(true);
                if (object.replyPackets != null)
                    if (typeof object.replyPackets === "object" ? object.replyPackets.low || object.replyPackets.high : $Number(object.replyPackets) !== 0)
                        if ($util.Long)
                            message.replyPackets = $util.Long.fromValue(object.replyPackets, true);
                        else if (typeof object.replyPackets === "string")
                            message.replyPackets = $parseInt(object.replyPackets, 10);
                        else if (typeof object.replyPackets === "number")
                            message.replyPackets = object.replyPackets;
                        else if (typeof object.replyPackets === "object")
                            message.replyPackets = new $util.LongBits(object.replyPackets.low >>> 0, object.replyPackets.high >>> 0).toNumber(true);
                if (object.replyBytes != null)
                    if (typeof object.replyBytes === "object" ? object.replyBytes.low || object.replyBytes.high : $Number(object.replyBytes) !== 0)
                        if ($util.Long)
                            message.replyBytes = $util.Long.fromValue(object.replyBytes, true);
                        else if (typeof object.replyBytes === "string")
                            message.replyBytes = $parseInt(object.replyBytes, 10);
                        else if (typeof object.replyBytes === "number")
                            message.replyBytes = object.replyBytes;
                        else if (typeof object.replyBytes === "object")
                            message.replyBytes = new $util.LongBits(object.replyBytes.low >>> 0, object.replyBytes.high >>> 0).toNumber(true);
                if (object.nat !== 0 && (typeof object.nat !== "string" || $root.netscope.v1.NatKind[object.nat] !== 0))
                    switch (object.nat) {
                    case "NAT_KIND_UNKNOWN":
                    case 0:
                        message.nat = 0;
                        break;
                    case "NAT_KIND_SNAT":
                    case 1:
                        message.nat = 1;
                        break;
                    case "NAT_KIND_DNAT":
                    case 2:
                        message.nat = 2;
                        break;
                    default:
                        if (typeof object.nat === "number" && (object.nat | 0) === object.nat)
                            message.nat = object.nat;
                    }
                return message;
            };

            ConntrackEntry.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.flags = [];
                if (options.defaults) {
                    object.id = "";
                    object.protocol = 0;
                    object.state = "";
                    object.timeoutS = 0;
                    object.original = null;
                    object.reply = null;
                    object.mark = 0;
                    object.zone = 0;
                    object.use = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.origPackets = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.origPackets = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.origBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.origBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.replyPackets = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.replyPackets = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.replyBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.replyBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.nat = options.enums === $String ? "NAT_KIND_UNKNOWN" : 0;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.protocol != null && $Object.hasOwnProperty.call(message, "protocol"))
                    object.protocol = message.protocol;
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    object.state = message.state;
                if (message.timeoutS != null && $Object.hasOwnProperty.call(message, "timeoutS"))
                    object.timeoutS = message.timeoutS;
                if (message.original != null && $Object.hasOwnProperty.call(message, "original"))
                    object.original = $root.netscope.v1.ConntrackTuple.toObject(message.original, options, _depth + 1);
                if (message.reply != null && $Object.hasOwnProperty.call(message, "reply"))
                    object.reply = $root.netscope.v1.ConntrackTuple.toObject(message.reply, options, _depth + 1);
                if (message.flags && message.flags.length) {
                    object.flags = $Array(message.flags.length);
                    for (let j = 0; j < message.flags.length; ++j)
                        object.flags[j] = message.flags[j];
                }
                if (message.mark != null && $Object.hasOwnProperty.call(message, "mark"))
                    object.mark = message.mark;
                if (message.zone != null && $Object.hasOwnProperty.call(message, "zone"))
                    object.zone = message.zone;
                if (message.use != null && $Object.hasOwnProperty.call(message, "use"))
                    object.use = message.use;
                if (message.origPackets != null && $Object.hasOwnProperty.call(message, "origPackets"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.origPackets = typeof message.origPackets === "number" ? $BigInt(message.origPackets) : $util.Long.fromBits(message.origPackets.low >>> 0, message.origPackets.high >>> 0, true).toBigInt();
                    else if (typeof message.origPackets === "number")
                        object.origPackets = options.longs === $String ? $String(message.origPackets) : message.origPackets;
                    else
                        object.origPackets = options.longs === $String ? $util.Long.prototype.toString.call(message.origPackets) : options.longs === $Number ? new $util.LongBits(message.origPackets.low >>> 0, message.origPackets.high >>> 0).toNumber(true) : message.origPackets;
                if (message.origBytes != null && $Object.hasOwnProperty.call(message, "origBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.origBytes = typeof message.origBytes === "number" ? $BigInt(message.origBytes) : $util.Long.fromBits(message.origBytes.low >>> 0, message.origBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.origBytes === "number")
                        object.origBytes = options.longs === $String ? $String(message.origBytes) : message.origBytes;
                    else
                        object.origBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.origBytes) : options.longs === $Number ? new $util.LongBits(message.origBytes.low >>> 0, message.origBytes.high >>> 0).toNumber(true) : message.origBytes;
                if (message.replyPackets != null && $Object.hasOwnProperty.call(message, "replyPackets"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.replyPackets = typeof message.replyPackets === "number" ? $BigInt(message.replyPackets) : $util.Long.fromBits(message.replyPackets.low >>> 0, message.replyPackets.high >>> 0, true).toBigInt();
                    else if (typeof message.replyPackets === "number")
                        object.replyPackets = options.longs === $String ? $String(message.replyPackets) : message.replyPackets;
                    else
                        object.replyPackets = options.longs === $String ? $util.Long.prototype.toString.call(message.replyPackets) : options.longs === $Number ? new $util.LongBits(message.replyPackets.low >>> 0, message.replyPackets.high >>> 0).toNumber(true) : message.replyPackets;
                if (message.replyBytes != null && $Object.hasOwnProperty.call(message, "replyBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.replyBytes = typeof message.replyBytes === "number" ? $BigInt(message.replyBytes) : $util.Long.fromBits(message.replyBytes.low >>> 0, message.replyBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.replyBytes === "number")
                        object.replyBytes = options.longs === $String ? $String(message.replyBytes) : message.replyBytes;
                    else
                        object.replyBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.replyBytes) : options.longs === $Number ? new $util.LongBits(message.replyBytes.low >>> 0, message.replyBytes.high >>> 0).toNumber(true) : message.replyBytes;
                if (message.nat != null && $Object.hasOwnProperty.call(message, "nat"))
                    object.nat = options.enums === $String ? $root.netscope.v1.NatKind[message.nat] === $undefined ? message.nat : $root.netscope.v1.NatKind[message.nat] : message.nat;
                return object;
            };

            ConntrackEntry.prototype.toJSON = function() {
                return ConntrackEntry.toObject(this, $protobuf.util.toJSONOptions);
            };

            ConntrackEntry.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/netscope.v1.ConntrackEntry";
            };

            return ConntrackEntry;
        })();

        v1.ConntrackEventType = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "CONNTRACK_EVENT_TYPE_UNKNOWN"] = 0;
            values[valuesById[1] = "CONNTRACK_EVENT_TYPE_NEW"] = 1;
            values[valuesById[2] = "CONNTRACK_EVENT_TYPE_UPDATE"] = 2;
            values[valuesById[3] = "CONNTRACK_EVENT_TYPE_DESTROY"] = 3;
            values[valuesById[4] = "CONNTRACK_EVENT_TYPE_SNAPSHOT"] = 4;
            return values;
        })();

        v1.ConntrackEvent = (function() {

            const ConntrackEvent = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ConntrackEvent.prototype.type = 0;
            ConntrackEvent.prototype.timeNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            ConntrackEvent.prototype.netns = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            ConntrackEvent.prototype.netnsName = "";
            ConntrackEvent.prototype.entry = null;

            ConntrackEvent.create = function(properties) {
                return new ConntrackEvent(properties);
            };

            ConntrackEvent.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                    writer.uint32(8).int32(message.type);
                if (message.timeNs != null && $Object.hasOwnProperty.call(message, "timeNs") && (typeof message.timeNs === "object" ? message.timeNs.low || message.timeNs.high : message.timeNs !== 0))
                    writer.uint32(16).uint64(message.timeNs);
                if (message.netns != null && $Object.hasOwnProperty.call(message, "netns") && (typeof message.netns === "object" ? message.netns.low || message.netns.high : message.netns !== 0))
                    writer.uint32(24).uint64(message.netns);
                if (message.netnsName != null && $Object.hasOwnProperty.call(message, "netnsName") && message.netnsName !== "")
                    writer.uint32(34).string(message.netnsName);
                if (message.entry != null && $Object.hasOwnProperty.call(message, "entry"))
                    $root.netscope.v1.ConntrackEntry.encode(message.entry, writer.uint32(42).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ConntrackEvent.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            ConntrackEvent.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.netscope.v1.ConntrackEvent();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.timeNs = value;
                            else
                                delete message.timeNs;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.netns = value;
                            else
                                delete message.netns;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.netnsName = value;
                            else
                                delete message.netnsName;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.entry = $root.netscope.v1.ConntrackEntry.decode(reader, reader.size(), $undefined, _depth + 1, message.entry);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ConntrackEvent.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            ConntrackEvent.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    if (typeof message.type !== "number" || (message.type | 0) !== message.type)
                        return "type: enum value expected";
                if (message.timeNs != null && $Object.hasOwnProperty.call(message, "timeNs"))
                    if (!$util.isInteger(message.timeNs) && !(message.timeNs && $util.isInteger(message.timeNs.low) && $util.isInteger(message.timeNs.high)))
                        return "timeNs: integer|Long expected";
                if (message.netns != null && $Object.hasOwnProperty.call(message, "netns"))
                    if (!$util.isInteger(message.netns) && !(message.netns && $util.isInteger(message.netns.low) && $util.isInteger(message.netns.high)))
                        return "netns: integer|Long expected";
                if (message.netnsName != null && $Object.hasOwnProperty.call(message, "netnsName"))
                    if (!$util.isString(message.netnsName))
                        return "netnsName: string expected";
                if (message.entry != null && $Object.hasOwnProperty.call(message, "entry")) {
                    let error = $root.netscope.v1.ConntrackEntry.verify(message.entry, _depth + 1);
                    if (error)
                        return "entry." + error;
                }
                return null;
            };

            ConntrackEvent.fromObject = function (object, _depth) {
                if (object instanceof $root.netscope.v1.ConntrackEvent)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".netscope.v1.ConntrackEvent: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.netscope.v1.ConntrackEvent();
                if (object.type !== 0 && (typeof object.type !== "string" || $root.netscope.v1.ConntrackEventType[object.type] !== 0))
                    switch (object.type) {
                    case "CONNTRACK_EVENT_TYPE_UNKNOWN":
                    case 0:
                        message.type = 0;
                        break;
                    case "CONNTRACK_EVENT_TYPE_NEW":
                    case 1:
                        message.type = 1;
                        break;
                    case "CONNTRACK_EVENT_TYPE_UPDATE":
                    case 2:
                        message.type = 2;
                        break;
                    case "CONNTRACK_EVENT_TYPE_DESTROY":
                    case 3:
                        message.type = 3;
                        break;
                    case "CONNTRACK_EVENT_TYPE_SNAPSHOT":
                    case 4:
                        message.type = 4;
                        break;
                    default:
                        if (typeof object.type === "number" && (object.type | 0) === object.type)
                            message.type = object.type;
                    }
                if (object.timeNs != null)
                    if (typeof object.timeNs === "object" ? object.timeNs.low || object.timeNs.high : $Number(object.timeNs) !== 0)
                        if ($util.Long)
                            message.timeNs = $util.Long.fromValue(object.timeNs, true);
                        else if (typeof object.timeNs === "string")
                            message.timeNs = $parseInt(object.timeNs, 10);
                        else if (typeof object.timeNs === "number")
                            message.timeNs = object.timeNs;
                        else if (typeof object.timeNs === "object")
                            message.timeNs = new $util.LongBits(object.timeNs.low >>> 0, object.timeNs.high >>> 0).toNumber(true);
                if (object.netns != null)
                    if (typeof object.netns === "object" ? object.netns.low || object.netns.high : $Number(object.netns) !== 0)
                        if ($util.Long)
                            message.netns = $util.Long.fromValue(object.netns, true);
                        else if (typeof object.netns === "string")
                            message.netns = $parseInt(object.netns, 10);
                        else if (typeof object.netns === "number")
                            message.netns = object.netns;
                        else if (typeof object.netns === "object")
                            message.netns = new $util.LongBits(object.netns.low >>> 0, object.netns.high >>> 0).toNumber(true);
                if (object.netnsName != null)
                    if (typeof object.netnsName !== "string" || object.netnsName.length)
                        message.netnsName = $String(object.netnsName);
                if (object.entry != null) {
                    if (!$util.isObject(object.entry))
                        throw $TypeError(".netscope.v1.ConntrackEvent.entry: object expected");
                    message.entry = $root.netscope.v1.ConntrackEntry.fromObject(object.entry, _depth + 1);
                }
                return message;
            };

            ConntrackEvent.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.type = options.enums === $String ? "CONNTRACK_EVENT_TYPE_UNKNOWN" : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.timeNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.timeNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.netns = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.netns = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.netnsName = "";
                    object.entry = null;
                }
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    object.type = options.enums === $String ? $root.netscope.v1.ConntrackEventType[message.type] === $undefined ? message.type : $root.netscope.v1.ConntrackEventType[message.type] : message.type;
                if (message.timeNs != null && $Object.hasOwnProperty.call(message, "timeNs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.timeNs = typeof message.timeNs === "number" ? $BigInt(message.timeNs) : $util.Long.fromBits(message.timeNs.low >>> 0, message.timeNs.high >>> 0, true).toBigInt();
                    else if (typeof message.timeNs === "number")
                        object.timeNs = options.longs === $String ? $String(message.timeNs) : message.timeNs;
                    else
                        object.timeNs = options.longs === $String ? $util.Long.prototype.toString.call(message.timeNs) : options.longs === $Number ? new $util.LongBits(message.timeNs.low >>> 0, message.timeNs.high >>> 0).toNumber(true) : message.timeNs;
                if (message.netns != null && $Object.hasOwnProperty.call(message, "netns"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.netns = typeof message.netns === "number" ? $BigInt(message.netns) : $util.Long.fromBits(message.netns.low >>> 0, message.netns.high >>> 0, true).toBigInt();
                    else if (typeof message.netns === "number")
                        object.netns = options.longs === $String ? $String(message.netns) : message.netns;
                    else
                        object.netns = options.longs === $String ? $util.Long.prototype.toString.call(message.netns) : options.longs === $Number ? new $util.LongBits(message.netns.low >>> 0, message.netns.high >>> 0).toNumber(true) : message.netns;
                if (message.netnsName != null && $Object.hasOwnProperty.call(message, "netnsName"))
                    object.netnsName = message.netnsName;
                if (message.entry != null && $Object.hasOwnProperty.call(message, "entry"))
                    object.entry = $root.netscope.v1.ConntrackEntry.toObject(message.entry, options, _depth + 1);
                return object;
            };

            ConntrackEvent.prototype.toJSON = function() {
                return ConntrackEvent.toObject(this, $protobuf.util.toJSONOptions);
            };

            ConntrackEvent.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/netscope.v1.ConntrackEvent";
            };

            return ConntrackEvent;
        })();

        v1.ConntrackStats = (function() {

            const ConntrackStats = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ConntrackStats.prototype.timeNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            ConntrackStats.prototype.netns = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            ConntrackStats.prototype.netnsName = "";
            ConntrackStats.prototype.count = 0;
            ConntrackStats.prototype.max = 0;

            ConntrackStats.create = function(properties) {
                return new ConntrackStats(properties);
            };

            ConntrackStats.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.timeNs != null && $Object.hasOwnProperty.call(message, "timeNs") && (typeof message.timeNs === "object" ? message.timeNs.low || message.timeNs.high : message.timeNs !== 0))
                    writer.uint32(8).uint64(message.timeNs);
                if (message.netns != null && $Object.hasOwnProperty.call(message, "netns") && (typeof message.netns === "object" ? message.netns.low || message.netns.high : message.netns !== 0))
                    writer.uint32(16).uint64(message.netns);
                if (message.netnsName != null && $Object.hasOwnProperty.call(message, "netnsName") && message.netnsName !== "")
                    writer.uint32(26).string(message.netnsName);
                if (message.count != null && $Object.hasOwnProperty.call(message, "count") && message.count !== 0)
                    writer.uint32(32).uint32(message.count);
                if (message.max != null && $Object.hasOwnProperty.call(message, "max") && message.max !== 0)
                    writer.uint32(40).uint32(message.max);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ConntrackStats.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            ConntrackStats.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.netscope.v1.ConntrackStats();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.timeNs = value;
                            else
                                delete message.timeNs;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.netns = value;
                            else
                                delete message.netns;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.netnsName = value;
                            else
                                delete message.netnsName;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.count = value;
                            else
                                delete message.count;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.max = value;
                            else
                                delete message.max;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ConntrackStats.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            ConntrackStats.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.timeNs != null && $Object.hasOwnProperty.call(message, "timeNs"))
                    if (!$util.isInteger(message.timeNs) && !(message.timeNs && $util.isInteger(message.timeNs.low) && $util.isInteger(message.timeNs.high)))
                        return "timeNs: integer|Long expected";
                if (message.netns != null && $Object.hasOwnProperty.call(message, "netns"))
                    if (!$util.isInteger(message.netns) && !(message.netns && $util.isInteger(message.netns.low) && $util.isInteger(message.netns.high)))
                        return "netns: integer|Long expected";
                if (message.netnsName != null && $Object.hasOwnProperty.call(message, "netnsName"))
                    if (!$util.isString(message.netnsName))
                        return "netnsName: string expected";
                if (message.count != null && $Object.hasOwnProperty.call(message, "count"))
                    if (!$util.isInteger(message.count))
                        return "count: integer expected";
                if (message.max != null && $Object.hasOwnProperty.call(message, "max"))
                    if (!$util.isInteger(message.max))
                        return "max: integer expected";
                return null;
            };

            ConntrackStats.fromObject = function (object, _depth) {
                if (object instanceof $root.netscope.v1.ConntrackStats)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".netscope.v1.ConntrackStats: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.netscope.v1.ConntrackStats();
                if (object.timeNs != null)
                    if (typeof object.timeNs === "object" ? object.timeNs.low || object.timeNs.high : $Number(object.timeNs) !== 0)
                        if ($util.Long)
                            message.timeNs = $util.Long.fromValue(object.timeNs, true);
                        else if (typeof object.timeNs === "string")
                            message.timeNs = $parseInt(object.timeNs, 10);
                        else if (typeof object.timeNs === "number")
                            message.timeNs = object.timeNs;
                        else if (typeof object.timeNs === "object")
                            message.timeNs = new $util.LongBits(object.timeNs.low >>> 0, object.timeNs.high >>> 0).toNumber(true);
                if (object.netns != null)
                    if (typeof object.netns === "object" ? object.netns.low || object.netns.high : $Number(object.netns) !== 0)
                        if ($util.Long)
                            message.netns = $util.Long.fromValue(object.netns, true);
                        else if (typeof object.netns === "string")
                            message.netns = $parseInt(object.netns, 10);
                        else if (typeof object.netns === "number")
                            message.netns = object.netns;
                        else if (typeof object.netns === "object")
                            message.netns = new $util.LongBits(object.netns.low >>> 0, object.netns.high >>> 0).toNumber(true);
                if (object.netnsName != null)
                    if (typeof object.netnsName !== "string" || object.netnsName.length)
                        message.netnsName = $String(object.netnsName);
                if (object.count != null)
                    if ($Number(object.count) !== 0)
                        message.count = object.count >>> 0;
                if (object.max != null)
                    if ($Number(object.max) !== 0)
                        message.max = object.max >>> 0;
                return message;
            };

            ConntrackStats.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.timeNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.timeNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.netns = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.netns = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.netnsName = "";
                    object.count = 0;
                    object.max = 0;
                }
                if (message.timeNs != null && $Object.hasOwnProperty.call(message, "timeNs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.timeNs = typeof message.timeNs === "number" ? $BigInt(message.timeNs) : $util.Long.fromBits(message.timeNs.low >>> 0, message.timeNs.high >>> 0, true).toBigInt();
                    else if (typeof message.timeNs === "number")
                        object.timeNs = options.longs === $String ? $String(message.timeNs) : message.timeNs;
                    else
                        object.timeNs = options.longs === $String ? $util.Long.prototype.toString.call(message.timeNs) : options.longs === $Number ? new $util.LongBits(message.timeNs.low >>> 0, message.timeNs.high >>> 0).toNumber(true) : message.timeNs;
                if (message.netns != null && $Object.hasOwnProperty.call(message, "netns"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.netns = typeof message.netns === "number" ? $BigInt(message.netns) : $util.Long.fromBits(message.netns.low >>> 0, message.netns.high >>> 0, true).toBigInt();
                    else if (typeof message.netns === "number")
                        object.netns = options.longs === $String ? $String(message.netns) : message.netns;
                    else
                        object.netns = options.longs === $String ? $util.Long.prototype.toString.call(message.netns) : options.longs === $Number ? new $util.LongBits(message.netns.low >>> 0, message.netns.high >>> 0).toNumber(true) : message.netns;
                if (message.netnsName != null && $Object.hasOwnProperty.call(message, "netnsName"))
                    object.netnsName = message.netnsName;
                if (message.count != null && $Object.hasOwnProperty.call(message, "count"))
                    object.count = message.count;
                if (message.max != null && $Object.hasOwnProperty.call(message, "max"))
                    object.max = message.max;
                return object;
            };

            ConntrackStats.prototype.toJSON = function() {
                return ConntrackStats.toObject(this, $protobuf.util.toJSONOptions);
            };

            ConntrackStats.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/netscope.v1.ConntrackStats";
            };

            return ConntrackStats;
        })();

        v1.TbfConfig = (function() {

            const TbfConfig = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            TbfConfig.prototype.rateBytesPerS = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            TbfConfig.prototype.burstBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            TbfConfig.prototype.latencyUs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            TbfConfig.create = function(properties) {
                return new TbfConfig(properties);
            };

            TbfConfig.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.rateBytesPerS != null && $Object.hasOwnProperty.call(message, "rateBytesPerS") && (typeof message.rateBytesPerS === "object" ? message.rateBytesPerS.low || message.rateBytesPerS.high : message.rateBytesPerS !== 0))
                    writer.uint32(8).uint64(message.rateBytesPerS);
                if (message.burstBytes != null && $Object.hasOwnProperty.call(message, "burstBytes") && (typeof message.burstBytes === "object" ? message.burstBytes.low || message.burstBytes.high : message.burstBytes !== 0))
                    writer.uint32(16).uint64(message.burstBytes);
                if (message.latencyUs != null && $Object.hasOwnProperty.call(message, "latencyUs") && (typeof message.latencyUs === "object" ? message.latencyUs.low || message.latencyUs.high : message.latencyUs !== 0))
                    writer.uint32(24).uint64(message.latencyUs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            TbfConfig.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            TbfConfig.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.netscope.v1.TbfConfig();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.rateBytesPerS = value;
                            else
                                delete message.rateBytesPerS;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.burstBytes = value;
                            else
                                delete message.burstBytes;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.latencyUs = value;
                            else
                                delete message.latencyUs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            TbfConfig.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            TbfConfig.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.rateBytesPerS != null && $Object.hasOwnProperty.call(message, "rateBytesPerS"))
                    if (!$util.isInteger(message.rateBytesPerS) && !(message.rateBytesPerS && $util.isInteger(message.rateBytesPerS.low) && $util.isInteger(message.rateBytesPerS.high)))
                        return "rateBytesPerS: integer|Long expected";
                if (message.burstBytes != null && $Object.hasOwnProperty.call(message, "burstBytes"))
                    if (!$util.isInteger(message.burstBytes) && !(message.burstBytes && $util.isInteger(message.burstBytes.low) && $util.isInteger(message.burstBytes.high)))
                        return "burstBytes: integer|Long expected";
                if (message.latencyUs != null && $Object.hasOwnProperty.call(message, "latencyUs"))
                    if (!$util.isInteger(message.latencyUs) && !(message.latencyUs && $util.isInteger(message.latencyUs.low) && $util.isInteger(message.latencyUs.high)))
                        return "latencyUs: integer|Long expected";
                return null;
            };

            TbfConfig.fromObject = function (object, _depth) {
                if (object instanceof $root.netscope.v1.TbfConfig)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".netscope.v1.TbfConfig: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.netscope.v1.TbfConfig();
                if (object.rateBytesPerS != null)
                    if (typeof object.rateBytesPerS === "object" ? object.rateBytesPerS.low || object.rateBytesPerS.high : $Number(object.rateBytesPerS) !== 0)
                        if ($util.Long)
                            message.rateBytesPerS = $util.Long.fromValue(object.rateBytesPerS, true);
                        else if (typeof object.rateBytesPerS === "string")
                            message.rateBytesPerS = $parseInt(object.rateBytesPerS, 10);
                        else if (typeof object.rateBytesPerS === "number")
                            message.rateBytesPerS = object.rateBytesPerS;
                        else if (typeof object.rateBytesPerS === "object")
                            message.rateBytesPerS = new $util.LongBits(object.rateBytesPerS.low >>> 0, object.rateBytesPerS.high >>> 0).toNumber(true);
                if (object.burstBytes != null)
                    if (typeof object.burstBytes === "object" ? object.burstBytes.low || object.burstBytes.high : $Number(object.burstBytes) !== 0)
                        if ($util.Long)
                            message.burstBytes = $util.Long.fromValue(object.burstBytes, true);
                        else if (typeof object.burstBytes === "string")
                            message.burstBytes = $parseInt(object.burstBytes, 10);
                        else if (typeof object.burstBytes === "number")
                            message.burstBytes = object.burstBytes;
                        else if (typeof object.burstBytes === "object")
                            message.burstBytes = new $util.LongBits(object.burstBytes.low >>> 0, object.burstBytes.high >>> 0).toNumber(true);
                if (object.latencyUs != null)
                    if (typeof object.latencyUs === "object" ? object.latencyUs.low || object.latencyUs.high : $Number(object.latencyUs) !== 0)
                        if ($util.Long)
                            message.latencyUs = $util.Long.fromValue(object.latencyUs, true);
                        else if (typeof object.latencyUs === "string")
                            message.latencyUs = $parseInt(object.latencyUs, 10);
                        else if (typeof object.latencyUs === "number")
                            message.latencyUs = object.latencyUs;
                        else if (typeof object.latencyUs === "object")
                            message.latencyUs = new $util.LongBits(object.latencyUs.low >>> 0, object.latencyUs.high >>> 0).toNumber(true);
                return message;
            };

            TbfConfig.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.rateBytesPerS = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.rateBytesPerS = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.burstBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.burstBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.latencyUs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.latencyUs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.rateBytesPerS != null && $Object.hasOwnProperty.call(message, "rateBytesPerS"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.rateBytesPerS = typeof message.rateBytesPerS === "number" ? $BigInt(message.rateBytesPerS) : $util.Long.fromBits(message.rateBytesPerS.low >>> 0, message.rateBytesPerS.high >>> 0, true).toBigInt();
                    else if (typeof message.rateBytesPerS === "number")
                        object.rateBytesPerS = options.longs === $String ? $String(message.rateBytesPerS) : message.rateBytesPerS;
                    else
                        object.rateBytesPerS = options.longs === $String ? $util.Long.prototype.toString.call(message.rateBytesPerS) : options.longs === $Number ? new $util.LongBits(message.rateBytesPerS.low >>> 0, message.rateBytesPerS.high >>> 0).toNumber(true) : message.rateBytesPerS;
                if (message.burstBytes != null && $Object.hasOwnProperty.call(message, "burstBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.burstBytes = typeof message.burstBytes === "number" ? $BigInt(message.burstBytes) : $util.Long.fromBits(message.burstBytes.low >>> 0, message.burstBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.burstBytes === "number")
                        object.burstBytes = options.longs === $String ? $String(message.burstBytes) : message.burstBytes;
                    else
                        object.burstBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.burstBytes) : options.longs === $Number ? new $util.LongBits(message.burstBytes.low >>> 0, message.burstBytes.high >>> 0).toNumber(true) : message.burstBytes;
                if (message.latencyUs != null && $Object.hasOwnProperty.call(message, "latencyUs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.latencyUs = typeof message.latencyUs === "number" ? $BigInt(message.latencyUs) : $util.Long.fromBits(message.latencyUs.low >>> 0, message.latencyUs.high >>> 0, true).toBigInt();
                    else if (typeof message.latencyUs === "number")
                        object.latencyUs = options.longs === $String ? $String(message.latencyUs) : message.latencyUs;
                    else
                        object.latencyUs = options.longs === $String ? $util.Long.prototype.toString.call(message.latencyUs) : options.longs === $Number ? new $util.LongBits(message.latencyUs.low >>> 0, message.latencyUs.high >>> 0).toNumber(true) : message.latencyUs;
                return object;
            };

            TbfConfig.prototype.toJSON = function() {
                return TbfConfig.toObject(this, $protobuf.util.toJSONOptions);
            };

            TbfConfig.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/netscope.v1.TbfConfig";
            };

            return TbfConfig;
        })();

        v1.QdiscSample = (function() {

            const QdiscSample = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            QdiscSample.prototype.timeNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            QdiscSample.prototype.netns = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            QdiscSample.prototype.netnsName = "";
            QdiscSample.prototype.dev = "";
            QdiscSample.prototype.kind = "";
            QdiscSample.prototype.handle = "";
            QdiscSample.prototype.parent = "";
            QdiscSample.prototype.bytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            QdiscSample.prototype.packets = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            QdiscSample.prototype.drops = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            QdiscSample.prototype.overlimits = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            QdiscSample.prototype.requeues = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            QdiscSample.prototype.backlogBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            QdiscSample.prototype.qlen = 0;
            QdiscSample.prototype.tbf = null;
            QdiscSample.prototype.intervalS = 0;
            QdiscSample.prototype.bytesPerS = 0;
            QdiscSample.prototype.packetsPerS = 0;
            QdiscSample.prototype.dropsPerS = 0;
            QdiscSample.prototype.overlimitsPerS = 0;

            QdiscSample.create = function(properties) {
                return new QdiscSample(properties);
            };

            QdiscSample.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.timeNs != null && $Object.hasOwnProperty.call(message, "timeNs") && (typeof message.timeNs === "object" ? message.timeNs.low || message.timeNs.high : message.timeNs !== 0))
                    writer.uint32(8).uint64(message.timeNs);
                if (message.netns != null && $Object.hasOwnProperty.call(message, "netns") && (typeof message.netns === "object" ? message.netns.low || message.netns.high : message.netns !== 0))
                    writer.uint32(16).uint64(message.netns);
                if (message.netnsName != null && $Object.hasOwnProperty.call(message, "netnsName") && message.netnsName !== "")
                    writer.uint32(26).string(message.netnsName);
                if (message.dev != null && $Object.hasOwnProperty.call(message, "dev") && message.dev !== "")
                    writer.uint32(34).string(message.dev);
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== "")
                    writer.uint32(42).string(message.kind);
                if (message.handle != null && $Object.hasOwnProperty.call(message, "handle") && message.handle !== "")
                    writer.uint32(50).string(message.handle);
                if (message.parent != null && $Object.hasOwnProperty.call(message, "parent") && message.parent !== "")
                    writer.uint32(58).string(message.parent);
                if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes") && (typeof message.bytes === "object" ? message.bytes.low || message.bytes.high : message.bytes !== 0))
                    writer.uint32(64).uint64(message.bytes);
                if (message.packets != null && $Object.hasOwnProperty.call(message, "packets") && (typeof message.packets === "object" ? message.packets.low || message.packets.high : message.packets !== 0))
                    writer.uint32(72).uint64(message.packets);
                if (message.drops != null && $Object.hasOwnProperty.call(message, "drops") && (typeof message.drops === "object" ? message.drops.low || message.drops.high : message.drops !== 0))
                    writer.uint32(80).uint64(message.drops);
                if (message.overlimits != null && $Object.hasOwnProperty.call(message, "overlimits") && (typeof message.overlimits === "object" ? message.overlimits.low || message.overlimits.high : message.overlimits !== 0))
                    writer.uint32(88).uint64(message.overlimits);
                if (message.requeues != null && $Object.hasOwnProperty.call(message, "requeues") && (typeof message.requeues === "object" ? message.requeues.low || message.requeues.high : message.requeues !== 0))
                    writer.uint32(96).uint64(message.requeues);
                if (message.backlogBytes != null && $Object.hasOwnProperty.call(message, "backlogBytes") && (typeof message.backlogBytes === "object" ? message.backlogBytes.low || message.backlogBytes.high : message.backlogBytes !== 0))
                    writer.uint32(104).uint64(message.backlogBytes);
                if (message.qlen != null && $Object.hasOwnProperty.call(message, "qlen") && message.qlen !== 0)
                    writer.uint32(112).uint32(message.qlen);
                if (message.tbf != null && $Object.hasOwnProperty.call(message, "tbf"))
                    $root.netscope.v1.TbfConfig.encode(message.tbf, writer.uint32(122).fork(), _depth + 1).ldelim();
                if (message.intervalS != null && $Object.hasOwnProperty.call(message, "intervalS") && !$Object.is(message.intervalS, 0))
                    writer.uint32(129).double(message.intervalS);
                if (message.bytesPerS != null && $Object.hasOwnProperty.call(message, "bytesPerS") && !$Object.is(message.bytesPerS, 0))
                    writer.uint32(137).double(message.bytesPerS);
                if (message.packetsPerS != null && $Object.hasOwnProperty.call(message, "packetsPerS") && !$Object.is(message.packetsPerS, 0))
                    writer.uint32(145).double(message.packetsPerS);
                if (message.dropsPerS != null && $Object.hasOwnProperty.call(message, "dropsPerS") && !$Object.is(message.dropsPerS, 0))
                    writer.uint32(153).double(message.dropsPerS);
                if (message.overlimitsPerS != null && $Object.hasOwnProperty.call(message, "overlimitsPerS") && !$Object.is(message.overlimitsPerS, 0))
                    writer.uint32(161).double(message.overlimitsPerS);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            QdiscSample.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            QdiscSample.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.netscope.v1.QdiscSample();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.timeNs = value;
                            else
                                delete message.timeNs;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.netns = value;
                            else
                                delete message.netns;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.netnsName = value;
                            else
                                delete message.netnsName;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.dev = value;
                            else
                                delete message.dev;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.handle = value;
                            else
                                delete message.handle;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.parent = value;
                            else
                                delete message.parent;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.bytes = value;
                            else
                                delete message.bytes;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.packets = value;
                            else
                                delete message.packets;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.drops = value;
                            else
                                delete message.drops;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.overlimits = value;
                            else
                                delete message.overlimits;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.requeues = value;
                            else
                                delete message.requeues;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.backlogBytes = value;
                            else
                                delete message.backlogBytes;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.qlen = value;
                            else
                                delete message.qlen;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            message.tbf = $root.netscope.v1.TbfConfig.decode(reader, reader.size(), $undefined, _depth + 1, message.tbf);
                            continue;
                        }
                    case 16: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.intervalS = value;
                            else
                                delete message.intervalS;
                            continue;
                        }
                    case 17: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.bytesPerS = value;
                            else
                                delete message.bytesPerS;
                            continue;
                        }
                    case 18: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.packetsPerS = value;
                            else
                                delete message.packetsPerS;
                            continue;
                        }
                    case 19: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.dropsPerS = value;
                            else
                                delete message.dropsPerS;
                            continue;
                        }
                    case 20: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.overlimitsPerS = value;
                            else
                                delete message.overlimitsPerS;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            QdiscSample.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            QdiscSample.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.timeNs != null && $Object.hasOwnProperty.call(message, "timeNs"))
                    if (!$util.isInteger(message.timeNs) && !(message.timeNs && $util.isInteger(message.timeNs.low) && $util.isInteger(message.timeNs.high)))
                        return "timeNs: integer|Long expected";
                if (message.netns != null && $Object.hasOwnProperty.call(message, "netns"))
                    if (!$util.isInteger(message.netns) && !(message.netns && $util.isInteger(message.netns.low) && $util.isInteger(message.netns.high)))
                        return "netns: integer|Long expected";
                if (message.netnsName != null && $Object.hasOwnProperty.call(message, "netnsName"))
                    if (!$util.isString(message.netnsName))
                        return "netnsName: string expected";
                if (message.dev != null && $Object.hasOwnProperty.call(message, "dev"))
                    if (!$util.isString(message.dev))
                        return "dev: string expected";
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    if (!$util.isString(message.kind))
                        return "kind: string expected";
                if (message.handle != null && $Object.hasOwnProperty.call(message, "handle"))
                    if (!$util.isString(message.handle))
                        return "handle: string expected";
                if (message.parent != null && $Object.hasOwnProperty.call(message, "parent"))
                    if (!$util.isString(message.parent))
                        return "parent: string expected";
                if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes"))
                    if (!$util.isInteger(message.bytes) && !(message.bytes && $util.isInteger(message.bytes.low) && $util.isInteger(message.bytes.high)))
                        return "bytes: integer|Long expected";
                if (message.packets != null && $Object.hasOwnProperty.call(message, "packets"))
                    if (!$util.isInteger(message.packets) && !(message.packets && $util.isInteger(message.packets.low) && $util.isInteger(message.packets.high)))
                        return "packets: integer|Long expected";
                if (message.drops != null && $Object.hasOwnProperty.call(message, "drops"))
                    if (!$util.isInteger(message.drops) && !(message.drops && $util.isInteger(message.drops.low) && $util.isInteger(message.drops.high)))
                        return "drops: integer|Long expected";
                if (message.overlimits != null && $Object.hasOwnProperty.call(message, "overlimits"))
                    if (!$util.isInteger(message.overlimits) && !(message.overlimits && $util.isInteger(message.overlimits.low) && $util.isInteger(message.overlimits.high)))
                        return "overlimits: integer|Long expected";
                if (message.requeues != null && $Object.hasOwnProperty.call(message, "requeues"))
                    if (!$util.isInteger(message.requeues) && !(message.requeues && $util.isInteger(message.requeues.low) && $util.isInteger(message.requeues.high)))
                        return "requeues: integer|Long expected";
                if (message.backlogBytes != null && $Object.hasOwnProperty.call(message, "backlogBytes"))
                    if (!$util.isInteger(message.backlogBytes) && !(message.backlogBytes && $util.isInteger(message.backlogBytes.low) && $util.isInteger(message.backlogBytes.high)))
                        return "backlogBytes: integer|Long expected";
                if (message.qlen != null && $Object.hasOwnProperty.call(message, "qlen"))
                    if (!$util.isInteger(message.qlen))
                        return "qlen: integer expected";
                if (message.tbf != null && $Object.hasOwnProperty.call(message, "tbf")) {
                    let error = $root.netscope.v1.TbfConfig.verify(message.tbf, _depth + 1);
                    if (error)
                        return "tbf." + error;
                }
                if (message.intervalS != null && $Object.hasOwnProperty.call(message, "intervalS"))
                    if (typeof message.intervalS !== "number")
                        return "intervalS: number expected";
                if (message.bytesPerS != null && $Object.hasOwnProperty.call(message, "bytesPerS"))
                    if (typeof message.bytesPerS !== "number")
                        return "bytesPerS: number expected";
                if (message.packetsPerS != null && $Object.hasOwnProperty.call(message, "packetsPerS"))
                    if (typeof message.packetsPerS !== "number")
                        return "packetsPerS: number expected";
                if (message.dropsPerS != null && $Object.hasOwnProperty.call(message, "dropsPerS"))
                    if (typeof message.dropsPerS !== "number")
                        return "dropsPerS: number expected";
                if (message.overlimitsPerS != null && $Object.hasOwnProperty.call(message, "overlimitsPerS"))
                    if (typeof message.overlimitsPerS !== "number")
                        return "overlimitsPerS: number expected";
                return null;
            };

            QdiscSample.fromObject = function (object, _depth) {
                if (object instanceof $root.netscope.v1.QdiscSample)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".netscope.v1.QdiscSample: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.netscope.v1.QdiscSample();
                if (object.timeNs != null)
                    if (typeof object.timeNs === "object" ? object.timeNs.low || object.timeNs.high : $Number(object.timeNs) !== 0)
                        if ($util.Long)
                            message.timeNs = $util.Long.fromValue(object.timeNs, true);
                        else if (typeof object.timeNs === "string")
                            message.timeNs = $parseInt(object.timeNs, 10);
                        else if (typeof object.timeNs === "number")
                            message.timeNs = object.timeNs;
                        else if (typeof object.timeNs === "object")
                            message.timeNs = new $util.LongBits(object.timeNs.low >>> 0, object.timeNs.high >>> 0).toNumber(true);
                if (object.netns != null)
                    if (typeof object.netns === "object" ? object.netns.low || object.netns.high : $Number(object.netns) !== 0)
                        if ($util.Long)
                            message.netns = $util.Long.fromValue(object.netns, true);
                        else if (typeof object.netns === "string")
                            message.netns = $parseInt(object.netns, 10);
                        else if (typeof object.netns === "number")
                            message.netns = object.netns;
                        else if (typeof object.netns === "object")
                            message.netns = new $util.LongBits(object.netns.low >>> 0, object.netns.high >>> 0).toNumber(true);
                if (object.netnsName != null)
                    if (typeof object.netnsName !== "string" || object.netnsName.length)
                        message.netnsName = $String(object.netnsName);
                if (object.dev != null)
                    if (typeof object.dev !== "string" || object.dev.length)
                        message.dev = $String(object.dev);
                if (object.kind != null)
                    if (typeof object.kind !== "string" || object.kind.length)
                        message.kind = $String(object.kind);
                if (object.handle != null)
                    if (typeof object.handle !== "string" || object.handle.length)
                        message.handle = $String(object.handle);
                if (object.parent != null)
                    if (typeof object.parent !== "string" || object.parent.length)
                        message.parent = $String(object.parent);
                if (object.bytes != null)
                    if (typeof object.bytes === "object" ? object.bytes.low || object.bytes.high : $Number(object.bytes) !== 0)
                        if ($util.Long)
                            message.bytes = $util.Long.fromValue(object.bytes, true);
                        else if (typeof object.bytes === "string")
                            message.bytes = $parseInt(object.bytes, 10);
                        else if (typeof object.bytes === "number")
                            message.bytes = object.bytes;
                        else if (typeof object.bytes === "object")
                            message.bytes = new $util.LongBits(object.bytes.low >>> 0, object.bytes.high >>> 0).toNumber(true);
                if (object.packets != null)
                    if (typeof object.packets === "object" ? object.packets.low || object.packets.high : $Number(object.packets) !== 0)
                        if ($util.Long)
                            message.packets = $util.Long.fromValue(object.packets, true);
                        else if (typeof object.packets === "string")
                            message.packets = $parseInt(object.packets, 10);
                        else if (typeof object.packets === "number")
                            message.packets = object.packets;
                        else if (typeof object.packets === "object")
                            message.packets = new $util.LongBits(object.packets.low >>> 0, object.packets.high >>> 0).toNumber(true);
                if (object.drops != null)
                    if (typeof object.drops === "object" ? object.drops.low || object.drops.high : $Number(object.drops) !== 0)
                        if ($util.Long)
                            message.drops = $util.Long.fromValue(object.drops, true);
                        else if (typeof object.drops === "string")
                            message.drops = $parseInt(object.drops, 10);
                        else if (typeof object.drops === "number")
                            message.drops = object.drops;
                        else if (typeof object.drops === "object")
                            message.drops = new $util.LongBits(object.drops.low >>> 0, object.drops.high >>> 0).toNumber(true);
                if (object.overlimits != null)
                    if (typeof object.overlimits === "object" ? object.overlimits.low || object.overlimits.high : $Number(object.overlimits) !== 0)
                        if ($util.Long)
                            message.overlimits = $util.Long.fromValue(object.overlimits, true);
                        else if (typeof object.overlimits === "string")
                            message.overlimits = $parseInt(object.overlimits, 10);
                        else if (typeof object.overlimits === "number")
                            message.overlimits = object.overlimits;
                        else if (typeof object.overlimits === "object")
                            message.overlimits = new $util.LongBits(object.overlimits.low >>> 0, object.overlimits.high >>> 0).toNumber(true);
                if (object.requeues != null)
                    if (typeof object.requeues === "object" ? object.requeues.low || object.requeues.high : $Number(object.requeues) !== 0)
                        if ($util.Long)
                            message.requeues = $util.Long.fromValue(object.requeues, true);
                        else if (typeof object.requeues === "string")
                            message.requeues = $parseInt(object.requeues, 10);
                        else if (typeof object.requeues === "number")
                            message.requeues = object.requeues;
                        else if (typeof object.requeues === "object")
                            message.requeues = new $util.LongBits(object.requeues.low >>> 0, object.requeues.high >>> 0).toNumber(true);
                if (object.backlogBytes != null)
                    if (typeof object.backlogBytes === "object" ? object.backlogBytes.low || object.backlogBytes.high : $Number(object.backlogBytes) !== 0)
                        if ($util.Long)
                            message.backlogBytes = $util.Long.fromValue(object.backlogBytes, true);
                        else if (typeof object.backlogBytes === "string")
                            message.backlogBytes = $parseInt(object.backlogBytes, 10);
                        else if (typeof object.backlogBytes === "number")
                            message.backlogBytes = object.backlogBytes;
                        else if (typeof object.backlogBytes === "object")
                            message.backlogBytes = new $util.LongBits(object.backlogBytes.low >>> 0, object.backlogBytes.high >>> 0).toNumber(true);
                if (object.qlen != null)
                    if ($Number(object.qlen) !== 0)
                        message.qlen = object.qlen >>> 0;
                if (object.tbf != null) {
                    if (!$util.isObject(object.tbf))
                        throw $TypeError(".netscope.v1.QdiscSample.tbf: object expected");
                    message.tbf = $root.netscope.v1.TbfConfig.fromObject(object.tbf, _depth + 1);
                }
                if (object.intervalS != null)
                    if (!$Object.is($Number(object.intervalS), 0))
                        message.intervalS = $Number(object.intervalS);
                if (object.bytesPerS != null)
                    if (!$Object.is($Number(object.bytesPerS), 0))
                        message.bytesPerS = $Number(object.bytesPerS);
                if (object.packetsPerS != null)
                    if (!$Object.is($Number(object.packetsPerS), 0))
                        message.packetsPerS = $Number(object.packetsPerS);
                if (object.dropsPerS != null)
                    if (!$Object.is($Number(object.dropsPerS), 0))
                        message.dropsPerS = $Number(object.dropsPerS);
                if (object.overlimitsPerS != null)
                    if (!$Object.is($Number(object.overlimitsPerS), 0))
                        message.overlimitsPerS = $Number(object.overlimitsPerS);
                return message;
            };

            QdiscSample.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.timeNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.timeNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.netns = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.netns = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.netnsName = "";
                    object.dev = "";
                    object.kind = "";
                    object.handle = "";
                    object.parent = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.bytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.bytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.packets = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.packets = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.drops = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.drops = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.overlimits = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.overlimits = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.requeues = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.requeues = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.backlogBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.backlogBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.qlen = 0;
                    object.tbf = null;
                    object.intervalS = 0;
                    object.bytesPerS = 0;
                    object.packetsPerS = 0;
                    object.dropsPerS = 0;
                    object.overlimitsPerS = 0;
                }
                if (message.timeNs != null && $Object.hasOwnProperty.call(message, "timeNs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.timeNs = typeof message.timeNs === "number" ? $BigInt(message.timeNs) : $util.Long.fromBits(message.timeNs.low >>> 0, message.timeNs.high >>> 0, true).toBigInt();
                    else if (typeof message.timeNs === "number")
                        object.timeNs = options.longs === $String ? $String(message.timeNs) : message.timeNs;
                    else
                        object.timeNs = options.longs === $String ? $util.Long.prototype.toString.call(message.timeNs) : options.longs === $Number ? new $util.LongBits(message.timeNs.low >>> 0, message.timeNs.high >>> 0).toNumber(true) : message.timeNs;
                if (message.netns != null && $Object.hasOwnProperty.call(message, "netns"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.netns = typeof message.netns === "number" ? $BigInt(message.netns) : $util.Long.fromBits(message.netns.low >>> 0, message.netns.high >>> 0, true).toBigInt();
                    else if (typeof message.netns === "number")
                        object.netns = options.longs === $String ? $String(message.netns) : message.netns;
                    else
                        object.netns = options.longs === $String ? $util.Long.prototype.toString.call(message.netns) : options.longs === $Number ? new $util.LongBits(message.netns.low >>> 0, message.netns.high >>> 0).toNumber(true) : message.netns;
                if (message.netnsName != null && $Object.hasOwnProperty.call(message, "netnsName"))
                    object.netnsName = message.netnsName;
                if (message.dev != null && $Object.hasOwnProperty.call(message, "dev"))
                    object.dev = message.dev;
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    object.kind = message.kind;
                if (message.handle != null && $Object.hasOwnProperty.call(message, "handle"))
                    object.handle = message.handle;
                if (message.parent != null && $Object.hasOwnProperty.call(message, "parent"))
                    object.parent = message.parent;
                if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.bytes = typeof message.bytes === "number" ? $BigInt(message.bytes) : $util.Long.fromBits(message.bytes.low >>> 0, message.bytes.high >>> 0, true).toBigInt();
                    else if (typeof message.bytes === "number")
                        object.bytes = options.longs === $String ? $String(message.bytes) : message.bytes;
                    else
                        object.bytes = options.longs === $String ? $util.Long.prototype.toString.call(message.bytes) : options.longs === $Number ? new $util.LongBits(message.bytes.low >>> 0, message.bytes.high >>> 0).toNumber(true) : message.bytes;
                if (message.packets != null && $Object.hasOwnProperty.call(message, "packets"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.packets = typeof message.packets === "number" ? $BigInt(message.packets) : $util.Long.fromBits(message.packets.low >>> 0, message.packets.high >>> 0, true).toBigInt();
                    else if (typeof message.packets === "number")
                        object.packets = options.longs === $String ? $String(message.packets) : message.packets;
                    else
                        object.packets = options.longs === $String ? $util.Long.prototype.toString.call(message.packets) : options.longs === $Number ? new $util.LongBits(message.packets.low >>> 0, message.packets.high >>> 0).toNumber(true) : message.packets;
                if (message.drops != null && $Object.hasOwnProperty.call(message, "drops"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.drops = typeof message.drops === "number" ? $BigInt(message.drops) : $util.Long.fromBits(message.drops.low >>> 0, message.drops.high >>> 0, true).toBigInt();
                    else if (typeof message.drops === "number")
                        object.drops = options.longs === $String ? $String(message.drops) : message.drops;
                    else
                        object.drops = options.longs === $String ? $util.Long.prototype.toString.call(message.drops) : options.longs === $Number ? new $util.LongBits(message.drops.low >>> 0, message.drops.high >>> 0).toNumber(true) : message.drops;
                if (message.overlimits != null && $Object.hasOwnProperty.call(message, "overlimits"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.overlimits = typeof message.overlimits === "number" ? $BigInt(message.overlimits) : $util.Long.fromBits(message.overlimits.low >>> 0, message.overlimits.high >>> 0, true).toBigInt();
                    else if (typeof message.overlimits === "number")
                        object.overlimits = options.longs === $String ? $String(message.overlimits) : message.overlimits;
                    else
                        object.overlimits = options.longs === $String ? $util.Long.prototype.toString.call(message.overlimits) : options.longs === $Number ? new $util.LongBits(message.overlimits.low >>> 0, message.overlimits.high >>> 0).toNumber(true) : message.overlimits;
                if (message.requeues != null && $Object.hasOwnProperty.call(message, "requeues"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.requeues = typeof message.requeues === "number" ? $BigInt(message.requeues) : $util.Long.fromBits(message.requeues.low >>> 0, message.requeues.high >>> 0, true).toBigInt();
                    else if (typeof message.requeues === "number")
                        object.requeues = options.longs === $String ? $String(message.requeues) : message.requeues;
                    else
                        object.requeues = options.longs === $String ? $util.Long.prototype.toString.call(message.requeues) : options.longs === $Number ? new $util.LongBits(message.requeues.low >>> 0, message.requeues.high >>> 0).toNumber(true) : message.requeues;
                if (message.backlogBytes != null && $Object.hasOwnProperty.call(message, "backlogBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.backlogBytes = typeof message.backlogBytes === "number" ? $BigInt(message.backlogBytes) : $util.Long.fromBits(message.backlogBytes.low >>> 0, message.backlogBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.backlogBytes === "number")
                        object.backlogBytes = options.longs === $String ? $String(message.backlogBytes) : message.backlogBytes;
                    else
                        object.backlogBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.backlogBytes) : options.longs === $Number ? new $util.LongBits(message.backlogBytes.low >>> 0, message.backlogBytes.high >>> 0).toNumber(true) : message.backlogBytes;
                if (message.qlen != null && $Object.hasOwnProperty.call(message, "qlen"))
                    object.qlen = message.qlen;
                if (message.tbf != null && $Object.hasOwnProperty.call(message, "tbf"))
                    object.tbf = $root.netscope.v1.TbfConfig.toObject(message.tbf, options, _depth + 1);
                if (message.intervalS != null && $Object.hasOwnProperty.call(message, "intervalS"))
                    object.intervalS = options.json && !$isFinite(message.intervalS) ? $String(message.intervalS) : message.intervalS;
                if (message.bytesPerS != null && $Object.hasOwnProperty.call(message, "bytesPerS"))
                    object.bytesPerS = options.json && !$isFinite(message.bytesPerS) ? $String(message.bytesPerS) : message.bytesPerS;
                if (message.packetsPerS != null && $Object.hasOwnProperty.call(message, "packetsPerS"))
                    object.packetsPerS = options.json && !$isFinite(message.packetsPerS) ? $String(message.packetsPerS) : message.packetsPerS;
                if (message.dropsPerS != null && $Object.hasOwnProperty.call(message, "dropsPerS"))
                    object.dropsPerS = options.json && !$isFinite(message.dropsPerS) ? $String(message.dropsPerS) : message.dropsPerS;
                if (message.overlimitsPerS != null && $Object.hasOwnProperty.call(message, "overlimitsPerS"))
                    object.overlimitsPerS = options.json && !$isFinite(message.overlimitsPerS) ? $String(message.overlimitsPerS) : message.overlimitsPerS;
                return object;
            };

            QdiscSample.prototype.toJSON = function() {
                return QdiscSample.toObject(this, $protobuf.util.toJSONOptions);
            };

            QdiscSample.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/netscope.v1.QdiscSample";
            };

            return QdiscSample;
        })();

        v1.LossStage = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "LOSS_STAGE_UNKNOWN"] = 0;
            values[valuesById[1] = "LOSS_STAGE_KERNEL_BUFFER"] = 1;
            values[valuesById[2] = "LOSS_STAGE_PROBE_RUNNER"] = 2;
            values[valuesById[3] = "LOSS_STAGE_AGENT_QUEUE"] = 3;
            values[valuesById[4] = "LOSS_STAGE_CLIENT_QUEUE"] = 4;
            return values;
        })();

        v1.LostEvents = (function() {

            const LostEvents = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            LostEvents.prototype.stage = 0;
            LostEvents.prototype.source = "";
            LostEvents.prototype.count = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            LostEvents.prototype.timeNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            LostEvents.create = function(properties) {
                return new LostEvents(properties);
            };

            LostEvents.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.stage != null && $Object.hasOwnProperty.call(message, "stage") && message.stage !== 0)
                    writer.uint32(8).int32(message.stage);
                if (message.source != null && $Object.hasOwnProperty.call(message, "source") && message.source !== "")
                    writer.uint32(18).string(message.source);
                if (message.count != null && $Object.hasOwnProperty.call(message, "count") && (typeof message.count === "object" ? message.count.low || message.count.high : message.count !== 0))
                    writer.uint32(24).uint64(message.count);
                if (message.timeNs != null && $Object.hasOwnProperty.call(message, "timeNs") && (typeof message.timeNs === "object" ? message.timeNs.low || message.timeNs.high : message.timeNs !== 0))
                    writer.uint32(32).uint64(message.timeNs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            LostEvents.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            LostEvents.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.netscope.v1.LostEvents();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.stage = value;
                            else
                                delete message.stage;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.source = value;
                            else
                                delete message.source;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.count = value;
                            else
                                delete message.count;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.timeNs = value;
                            else
                                delete message.timeNs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            LostEvents.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            LostEvents.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.stage != null && $Object.hasOwnProperty.call(message, "stage"))
                    if (typeof message.stage !== "number" || (message.stage | 0) !== message.stage)
                        return "stage: enum value expected";
                if (message.source != null && $Object.hasOwnProperty.call(message, "source"))
                    if (!$util.isString(message.source))
                        return "source: string expected";
                if (message.count != null && $Object.hasOwnProperty.call(message, "count"))
                    if (!$util.isInteger(message.count) && !(message.count && $util.isInteger(message.count.low) && $util.isInteger(message.count.high)))
                        return "count: integer|Long expected";
                if (message.timeNs != null && $Object.hasOwnProperty.call(message, "timeNs"))
                    if (!$util.isInteger(message.timeNs) && !(message.timeNs && $util.isInteger(message.timeNs.low) && $util.isInteger(message.timeNs.high)))
                        return "timeNs: integer|Long expected";
                return null;
            };

            LostEvents.fromObject = function (object, _depth) {
                if (object instanceof $root.netscope.v1.LostEvents)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".netscope.v1.LostEvents: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.netscope.v1.LostEvents();
                if (object.stage !== 0 && (typeof object.stage !== "string" || $root.netscope.v1.LossStage[object.stage] !== 0))
                    switch (object.stage) {
                    case "LOSS_STAGE_UNKNOWN":
                    case 0:
                        message.stage = 0;
                        break;
                    case "LOSS_STAGE_KERNEL_BUFFER":
                    case 1:
                        message.stage = 1;
                        break;
                    case "LOSS_STAGE_PROBE_RUNNER":
                    case 2:
                        message.stage = 2;
                        break;
                    case "LOSS_STAGE_AGENT_QUEUE":
                    case 3:
                        message.stage = 3;
                        break;
                    case "LOSS_STAGE_CLIENT_QUEUE":
                    case 4:
                        message.stage = 4;
                        break;
                    default:
                        if (typeof object.stage === "number" && (object.stage | 0) === object.stage)
                            message.stage = object.stage;
                    }
                if (object.source != null)
                    if (typeof object.source !== "string" || object.source.length)
                        message.source = $String(object.source);
                if (object.count != null)
                    if (typeof object.count === "object" ? object.count.low || object.count.high : $Number(object.count) !== 0)
                        if ($util.Long)
                            message.count = $util.Long.fromValue(object.count, true);
                        else if (typeof object.count === "string")
                            message.count = $parseInt(object.count, 10);
                        else if (typeof object.count === "number")
                            message.count = object.count;
                        else if (typeof object.count === "object")
                            message.count = new $util.LongBits(object.count.low >>> 0, object.count.high >>> 0).toNumber(true);
                if (object.timeNs != null)
                    if (typeof object.timeNs === "object" ? object.timeNs.low || object.timeNs.high : $Number(object.timeNs) !== 0)
                        if ($util.Long)
                            message.timeNs = $util.Long.fromValue(object.timeNs, true);
                        else if (typeof object.timeNs === "string")
                            message.timeNs = $parseInt(object.timeNs, 10);
                        else if (typeof object.timeNs === "number")
                            message.timeNs = object.timeNs;
                        else if (typeof object.timeNs === "object")
                            message.timeNs = new $util.LongBits(object.timeNs.low >>> 0, object.timeNs.high >>> 0).toNumber(true);
                return message;
            };

            LostEvents.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.stage = options.enums === $String ? "LOSS_STAGE_UNKNOWN" : 0;
                    object.source = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.count = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.count = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.timeNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.timeNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.stage != null && $Object.hasOwnProperty.call(message, "stage"))
                    object.stage = options.enums === $String ? $root.netscope.v1.LossStage[message.stage] === $undefined ? message.stage : $root.netscope.v1.LossStage[message.stage] : message.stage;
                if (message.source != null && $Object.hasOwnProperty.call(message, "source"))
                    object.source = message.source;
                if (message.count != null && $Object.hasOwnProperty.call(message, "count"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.count = typeof message.count === "number" ? $BigInt(message.count) : $util.Long.fromBits(message.count.low >>> 0, message.count.high >>> 0, true).toBigInt();
                    else if (typeof message.count === "number")
                        object.count = options.longs === $String ? $String(message.count) : message.count;
                    else
                        object.count = options.longs === $String ? $util.Long.prototype.toString.call(message.count) : options.longs === $Number ? new $util.LongBits(message.count.low >>> 0, message.count.high >>> 0).toNumber(true) : message.count;
                if (message.timeNs != null && $Object.hasOwnProperty.call(message, "timeNs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.timeNs = typeof message.timeNs === "number" ? $BigInt(message.timeNs) : $util.Long.fromBits(message.timeNs.low >>> 0, message.timeNs.high >>> 0, true).toBigInt();
                    else if (typeof message.timeNs === "number")
                        object.timeNs = options.longs === $String ? $String(message.timeNs) : message.timeNs;
                    else
                        object.timeNs = options.longs === $String ? $util.Long.prototype.toString.call(message.timeNs) : options.longs === $Number ? new $util.LongBits(message.timeNs.low >>> 0, message.timeNs.high >>> 0).toNumber(true) : message.timeNs;
                return object;
            };

            LostEvents.prototype.toJSON = function() {
                return LostEvents.toObject(this, $protobuf.util.toJSONOptions);
            };

            LostEvents.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/netscope.v1.LostEvents";
            };

            return LostEvents;
        })();

        v1.Gap = (function() {

            const Gap = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Gap.prototype.source = "";
            Gap.prototype.reason = "";
            Gap.prototype.fromTimeNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Gap.prototype.toTimeNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            Gap.create = function(properties) {
                return new Gap(properties);
            };

            Gap.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.source != null && $Object.hasOwnProperty.call(message, "source") && message.source !== "")
                    writer.uint32(10).string(message.source);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(18).string(message.reason);
                if (message.fromTimeNs != null && $Object.hasOwnProperty.call(message, "fromTimeNs") && (typeof message.fromTimeNs === "object" ? message.fromTimeNs.low || message.fromTimeNs.high : message.fromTimeNs !== 0))
                    writer.uint32(24).uint64(message.fromTimeNs);
                if (message.toTimeNs != null && $Object.hasOwnProperty.call(message, "toTimeNs") && (typeof message.toTimeNs === "object" ? message.toTimeNs.low || message.toTimeNs.high : message.toTimeNs !== 0))
                    writer.uint32(32).uint64(message.toTimeNs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Gap.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            Gap.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.netscope.v1.Gap();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.source = value;
                            else
                                delete message.source;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.fromTimeNs = value;
                            else
                                delete message.fromTimeNs;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.toTimeNs = value;
                            else
                                delete message.toTimeNs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Gap.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            Gap.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.source != null && $Object.hasOwnProperty.call(message, "source"))
                    if (!$util.isString(message.source))
                        return "source: string expected";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    if (!$util.isString(message.reason))
                        return "reason: string expected";
                if (message.fromTimeNs != null && $Object.hasOwnProperty.call(message, "fromTimeNs"))
                    if (!$util.isInteger(message.fromTimeNs) && !(message.fromTimeNs && $util.isInteger(message.fromTimeNs.low) && $util.isInteger(message.fromTimeNs.high)))
                        return "fromTimeNs: integer|Long expected";
                if (message.toTimeNs != null && $Object.hasOwnProperty.call(message, "toTimeNs"))
                    if (!$util.isInteger(message.toTimeNs) && !(message.toTimeNs && $util.isInteger(message.toTimeNs.low) && $util.isInteger(message.toTimeNs.high)))
                        return "toTimeNs: integer|Long expected";
                return null;
            };

            Gap.fromObject = function (object, _depth) {
                if (object instanceof $root.netscope.v1.Gap)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".netscope.v1.Gap: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.netscope.v1.Gap();
                if (object.source != null)
                    if (typeof object.source !== "string" || object.source.length)
                        message.source = $String(object.source);
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                if (object.fromTimeNs != null)
                    if (typeof object.fromTimeNs === "object" ? object.fromTimeNs.low || object.fromTimeNs.high : $Number(object.fromTimeNs) !== 0)
                        if ($util.Long)
                            message.fromTimeNs = $util.Long.fromValue(object.fromTimeNs, true);
                        else if (typeof object.fromTimeNs === "string")
                            message.fromTimeNs = $parseInt(object.fromTimeNs, 10);
                        else if (typeof object.fromTimeNs === "number")
                            message.fromTimeNs = object.fromTimeNs;
                        else if (typeof object.fromTimeNs === "object")
                            message.fromTimeNs = new $util.LongBits(object.fromTimeNs.low >>> 0, object.fromTimeNs.high >>> 0).toNumber(true);
                if (object.toTimeNs != null)
                    if (typeof object.toTimeNs === "object" ? object.toTimeNs.low || object.toTimeNs.high : $Number(object.toTimeNs) !== 0)
                        if ($util.Long)
                            message.toTimeNs = $util.Long.fromValue(object.toTimeNs, true);
                        else if (typeof object.toTimeNs === "string")
                            message.toTimeNs = $parseInt(object.toTimeNs, 10);
                        else if (typeof object.toTimeNs === "number")
                            message.toTimeNs = object.toTimeNs;
                        else if (typeof object.toTimeNs === "object")
                            message.toTimeNs = new $util.LongBits(object.toTimeNs.low >>> 0, object.toTimeNs.high >>> 0).toNumber(true);
                return message;
            };

            Gap.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.source = "";
                    object.reason = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.fromTimeNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.fromTimeNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.toTimeNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.toTimeNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.source != null && $Object.hasOwnProperty.call(message, "source"))
                    object.source = message.source;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                if (message.fromTimeNs != null && $Object.hasOwnProperty.call(message, "fromTimeNs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.fromTimeNs = typeof message.fromTimeNs === "number" ? $BigInt(message.fromTimeNs) : $util.Long.fromBits(message.fromTimeNs.low >>> 0, message.fromTimeNs.high >>> 0, true).toBigInt();
                    else if (typeof message.fromTimeNs === "number")
                        object.fromTimeNs = options.longs === $String ? $String(message.fromTimeNs) : message.fromTimeNs;
                    else
                        object.fromTimeNs = options.longs === $String ? $util.Long.prototype.toString.call(message.fromTimeNs) : options.longs === $Number ? new $util.LongBits(message.fromTimeNs.low >>> 0, message.fromTimeNs.high >>> 0).toNumber(true) : message.fromTimeNs;
                if (message.toTimeNs != null && $Object.hasOwnProperty.call(message, "toTimeNs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.toTimeNs = typeof message.toTimeNs === "number" ? $BigInt(message.toTimeNs) : $util.Long.fromBits(message.toTimeNs.low >>> 0, message.toTimeNs.high >>> 0, true).toBigInt();
                    else if (typeof message.toTimeNs === "number")
                        object.toTimeNs = options.longs === $String ? $String(message.toTimeNs) : message.toTimeNs;
                    else
                        object.toTimeNs = options.longs === $String ? $util.Long.prototype.toString.call(message.toTimeNs) : options.longs === $Number ? new $util.LongBits(message.toTimeNs.low >>> 0, message.toTimeNs.high >>> 0).toNumber(true) : message.toTimeNs;
                return object;
            };

            Gap.prototype.toJSON = function() {
                return Gap.toObject(this, $protobuf.util.toJSONOptions);
            };

            Gap.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/netscope.v1.Gap";
            };

            return Gap;
        })();

        v1.ProbeState = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "PROBE_STATE_UNKNOWN"] = 0;
            values[valuesById[1] = "PROBE_STATE_ATTACHED"] = 1;
            values[valuesById[2] = "PROBE_STATE_UNAVAILABLE"] = 2;
            values[valuesById[3] = "PROBE_STATE_NOT_REQUESTED"] = 3;
            values[valuesById[4] = "PROBE_STATE_FAILED"] = 4;
            values[valuesById[5] = "PROBE_STATE_RESTARTING"] = 5;
            return values;
        })();

        v1.ProgramStats = (function() {

            const ProgramStats = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ProgramStats.prototype.id = 0;
            ProgramStats.prototype.name = "";
            ProgramStats.prototype.type = "";
            ProgramStats.prototype.runCount = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            ProgramStats.prototype.runTimeNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            ProgramStats.create = function(properties) {
                return new ProgramStats(properties);
            };

            ProgramStats.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== 0)
                    writer.uint32(8).uint32(message.id);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(18).string(message.name);
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== "")
                    writer.uint32(26).string(message.type);
                if (message.runCount != null && $Object.hasOwnProperty.call(message, "runCount") && (typeof message.runCount === "object" ? message.runCount.low || message.runCount.high : message.runCount !== 0))
                    writer.uint32(32).uint64(message.runCount);
                if (message.runTimeNs != null && $Object.hasOwnProperty.call(message, "runTimeNs") && (typeof message.runTimeNs === "object" ? message.runTimeNs.low || message.runTimeNs.high : message.runTimeNs !== 0))
                    writer.uint32(40).uint64(message.runTimeNs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ProgramStats.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            ProgramStats.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.netscope.v1.ProgramStats();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.runCount = value;
                            else
                                delete message.runCount;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.runTimeNs = value;
                            else
                                delete message.runTimeNs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ProgramStats.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            ProgramStats.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    if (!$util.isInteger(message.id))
                        return "id: integer expected";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    if (!$util.isString(message.type))
                        return "type: string expected";
                if (message.runCount != null && $Object.hasOwnProperty.call(message, "runCount"))
                    if (!$util.isInteger(message.runCount) && !(message.runCount && $util.isInteger(message.runCount.low) && $util.isInteger(message.runCount.high)))
                        return "runCount: integer|Long expected";
                if (message.runTimeNs != null && $Object.hasOwnProperty.call(message, "runTimeNs"))
                    if (!$util.isInteger(message.runTimeNs) && !(message.runTimeNs && $util.isInteger(message.runTimeNs.low) && $util.isInteger(message.runTimeNs.high)))
                        return "runTimeNs: integer|Long expected";
                return null;
            };

            ProgramStats.fromObject = function (object, _depth) {
                if (object instanceof $root.netscope.v1.ProgramStats)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".netscope.v1.ProgramStats: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.netscope.v1.ProgramStats();
                if (object.id != null)
                    if ($Number(object.id) !== 0)
                        message.id = object.id >>> 0;
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.type != null)
                    if (typeof object.type !== "string" || object.type.length)
                        message.type = $String(object.type);
                if (object.runCount != null)
                    if (typeof object.runCount === "object" ? object.runCount.low || object.runCount.high : $Number(object.runCount) !== 0)
                        if ($util.Long)
                            message.runCount = $util.Long.fromValue(object.runCount, true);
                        else if (typeof object.runCount === "string")
                            message.runCount = $parseInt(object.runCount, 10);
                        else if (typeof object.runCount === "number")
                            message.runCount = object.runCount;
                        else if (typeof object.runCount === "object")
                            message.runCount = new $util.LongBits(object.runCount.low >>> 0, object.runCount.high >>> 0).toNumber(true);
                if (object.runTimeNs != null)
                    if (typeof object.runTimeNs === "object" ? object.runTimeNs.low || object.runTimeNs.high : $Number(object.runTimeNs) !== 0)
                        if ($util.Long)
                            message.runTimeNs = $util.Long.fromValue(object.runTimeNs, true);
                        else if (typeof object.runTimeNs === "string")
                            message.runTimeNs = $parseInt(object.runTimeNs, 10);
                        else if (typeof object.runTimeNs === "number")
                            message.runTimeNs = object.runTimeNs;
                        else if (typeof object.runTimeNs === "object")
                            message.runTimeNs = new $util.LongBits(object.runTimeNs.low >>> 0, object.runTimeNs.high >>> 0).toNumber(true);
                return message;
            };

            ProgramStats.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.id = 0;
                    object.name = "";
                    object.type = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.runCount = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.runCount = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.runTimeNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.runTimeNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    object.type = message.type;
                if (message.runCount != null && $Object.hasOwnProperty.call(message, "runCount"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.runCount = typeof message.runCount === "number" ? $BigInt(message.runCount) : $util.Long.fromBits(message.runCount.low >>> 0, message.runCount.high >>> 0, true).toBigInt();
                    else if (typeof message.runCount === "number")
                        object.runCount = options.longs === $String ? $String(message.runCount) : message.runCount;
                    else
                        object.runCount = options.longs === $String ? $util.Long.prototype.toString.call(message.runCount) : options.longs === $Number ? new $util.LongBits(message.runCount.low >>> 0, message.runCount.high >>> 0).toNumber(true) : message.runCount;
                if (message.runTimeNs != null && $Object.hasOwnProperty.call(message, "runTimeNs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.runTimeNs = typeof message.runTimeNs === "number" ? $BigInt(message.runTimeNs) : $util.Long.fromBits(message.runTimeNs.low >>> 0, message.runTimeNs.high >>> 0, true).toBigInt();
                    else if (typeof message.runTimeNs === "number")
                        object.runTimeNs = options.longs === $String ? $String(message.runTimeNs) : message.runTimeNs;
                    else
                        object.runTimeNs = options.longs === $String ? $util.Long.prototype.toString.call(message.runTimeNs) : options.longs === $Number ? new $util.LongBits(message.runTimeNs.low >>> 0, message.runTimeNs.high >>> 0).toNumber(true) : message.runTimeNs;
                return object;
            };

            ProgramStats.prototype.toJSON = function() {
                return ProgramStats.toObject(this, $protobuf.util.toJSONOptions);
            };

            ProgramStats.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/netscope.v1.ProgramStats";
            };

            return ProgramStats;
        })();

        v1.ProbeSetStatus = (function() {

            const ProbeSetStatus = function (properties) {
                this.programs = [];
                this.netns = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ProbeSetStatus.prototype.set = 0;
            ProbeSetStatus.prototype.state = 0;
            ProbeSetStatus.prototype.reason = "";
            ProbeSetStatus.prototype.programs = $util.emptyArray;
            ProbeSetStatus.prototype.netns = $util.emptyArray;

            ProbeSetStatus.create = function(properties) {
                return new ProbeSetStatus(properties);
            };

            ProbeSetStatus.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.set != null && $Object.hasOwnProperty.call(message, "set") && message.set !== 0)
                    writer.uint32(8).int32(message.set);
                if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== 0)
                    writer.uint32(16).int32(message.state);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(26).string(message.reason);
                if (message.programs != null && message.programs.length)
                    for (let i = 0; i < message.programs.length; ++i)
                        $root.netscope.v1.ProgramStats.encode(message.programs[i], writer.uint32(34).fork(), _depth + 1).ldelim();
                if (message.netns != null && message.netns.length)
                    for (let i = 0; i < message.netns.length; ++i)
                        writer.uint32(42).string(message.netns[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ProbeSetStatus.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            ProbeSetStatus.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.netscope.v1.ProbeSetStatus();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.set = value;
                            else
                                delete message.set;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.state = value;
                            else
                                delete message.state;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.programs && message.programs.length))
                                message.programs = [];
                            message.programs.push($root.netscope.v1.ProgramStats.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.netns && message.netns.length))
                                message.netns = [];
                            message.netns.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ProbeSetStatus.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            ProbeSetStatus.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.set != null && $Object.hasOwnProperty.call(message, "set"))
                    if (typeof message.set !== "number" || (message.set | 0) !== message.set)
                        return "set: enum value expected";
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    if (typeof message.state !== "number" || (message.state | 0) !== message.state)
                        return "state: enum value expected";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    if (!$util.isString(message.reason))
                        return "reason: string expected";
                if (message.programs != null && $Object.hasOwnProperty.call(message, "programs")) {
                    if (!$Array.isArray(message.programs))
                        return "programs: array expected";
                    for (let i = 0; i < message.programs.length; ++i) {
                        let error = $root.netscope.v1.ProgramStats.verify(message.programs[i], _depth + 1);
                        if (error)
                            return "programs." + error;
                    }
                }
                if (message.netns != null && $Object.hasOwnProperty.call(message, "netns")) {
                    if (!$Array.isArray(message.netns))
                        return "netns: array expected";
                    for (let i = 0; i < message.netns.length; ++i)
                        if (!$util.isString(message.netns[i]))
                            return "netns: string[] expected";
                }
                return null;
            };

            ProbeSetStatus.fromObject = function (object, _depth) {
                if (object instanceof $root.netscope.v1.ProbeSetStatus)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".netscope.v1.ProbeSetStatus: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.netscope.v1.ProbeSetStatus();
                if (object.set !== 0 && (typeof object.set !== "string" || $root.netscope.v1.ProbeSet[object.set] !== 0))
                    switch (object.set) {
                    case "PROBE_SET_UNKNOWN":
                    case 0:
                        message.set = 0;
                        break;
                    case "PROBE_SET_TRACEPOINT":
                    case 1:
                        message.set = 1;
                        break;
                    case "PROBE_SET_NETFILTER":
                    case 2:
                        message.set = 2;
                        break;
                    case "PROBE_SET_KPROBE":
                    case 3:
                        message.set = 3;
                        break;
                    case "PROBE_SET_RULE_TRACE":
                    case 4:
                        message.set = 4;
                        break;
                    default:
                        if (typeof object.set === "number" && (object.set | 0) === object.set)
                            message.set = object.set;
                    }
                if (object.state !== 0 && (typeof object.state !== "string" || $root.netscope.v1.ProbeState[object.state] !== 0))
                    switch (object.state) {
                    case "PROBE_STATE_UNKNOWN":
                    case 0:
                        message.state = 0;
                        break;
                    case "PROBE_STATE_ATTACHED":
                    case 1:
                        message.state = 1;
                        break;
                    case "PROBE_STATE_UNAVAILABLE":
                    case 2:
                        message.state = 2;
                        break;
                    case "PROBE_STATE_NOT_REQUESTED":
                    case 3:
                        message.state = 3;
                        break;
                    case "PROBE_STATE_FAILED":
                    case 4:
                        message.state = 4;
                        break;
                    case "PROBE_STATE_RESTARTING":
                    case 5:
                        message.state = 5;
                        break;
                    default:
                        if (typeof object.state === "number" && (object.state | 0) === object.state)
                            message.state = object.state;
                    }
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                if (object.programs) {
                    if (!$Array.isArray(object.programs))
                        throw $TypeError(".netscope.v1.ProbeSetStatus.programs: array expected");
                    message.programs = $Array(object.programs.length);
                    for (let i = 0; i < object.programs.length; ++i) {
                        if (!$util.isObject(object.programs[i]))
                            throw $TypeError(".netscope.v1.ProbeSetStatus.programs: object expected");
                        message.programs[i] = $root.netscope.v1.ProgramStats.fromObject(object.programs[i], _depth + 1);
                    }
                }
                if (object.netns) {
                    if (!$Array.isArray(object.netns))
                        throw $TypeError(".netscope.v1.ProbeSetStatus.netns: array expected");
                    message.netns = $Array(object.netns.length);
                    for (let i = 0; i < object.netns.length; ++i)
                        message.netns[i] = $String(object.netns[i]);
                }
                return message;
            };

            ProbeSetStatus.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.programs = [];
                    object.netns = [];
                }
                if (options.defaults) {
                    object.set = options.enums === $String ? "PROBE_SET_UNKNOWN" : 0;
                    object.state = options.enums === $String ? "PROBE_STATE_UNKNOWN" : 0;
                    object.reason = "";
                }
                if (message.set != null && $Object.hasOwnProperty.call(message, "set"))
                    object.set = options.enums === $String ? $root.netscope.v1.ProbeSet[message.set] === $undefined ? message.set : $root.netscope.v1.ProbeSet[message.set] : message.set;
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    object.state = options.enums === $String ? $root.netscope.v1.ProbeState[message.state] === $undefined ? message.state : $root.netscope.v1.ProbeState[message.state] : message.state;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                if (message.programs && message.programs.length) {
                    object.programs = $Array(message.programs.length);
                    for (let j = 0; j < message.programs.length; ++j)
                        object.programs[j] = $root.netscope.v1.ProgramStats.toObject(message.programs[j], options, _depth + 1);
                }
                if (message.netns && message.netns.length) {
                    object.netns = $Array(message.netns.length);
                    for (let j = 0; j < message.netns.length; ++j)
                        object.netns[j] = message.netns[j];
                }
                return object;
            };

            ProbeSetStatus.prototype.toJSON = function() {
                return ProbeSetStatus.toObject(this, $protobuf.util.toJSONOptions);
            };

            ProbeSetStatus.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/netscope.v1.ProbeSetStatus";
            };

            return ProbeSetStatus;
        })();

        v1.ProbeSetCounters = (function() {

            const ProbeSetCounters = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ProbeSetCounters.prototype.set = 0;
            ProbeSetCounters.prototype.source = "";
            ProbeSetCounters.prototype.kernelCounted = false;
            ProbeSetCounters.prototype.kernelEmitted = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            ProbeSetCounters.prototype.kernelLost = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            ProbeSetCounters.prototype.runnerWritten = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            ProbeSetCounters.prototype.runnerLost = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            ProbeSetCounters.prototype.agentReceived = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            ProbeSetCounters.prototype.agentQueueLost = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            ProbeSetCounters.prototype.agentAccepted = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            ProbeSetCounters.prototype.countersTimeNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            ProbeSetCounters.create = function(properties) {
                return new ProbeSetCounters(properties);
            };

            ProbeSetCounters.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.set != null && $Object.hasOwnProperty.call(message, "set") && message.set !== 0)
                    writer.uint32(8).int32(message.set);
                if (message.source != null && $Object.hasOwnProperty.call(message, "source") && message.source !== "")
                    writer.uint32(18).string(message.source);
                if (message.kernelCounted != null && $Object.hasOwnProperty.call(message, "kernelCounted") && message.kernelCounted !== false)
                    writer.uint32(24).bool(message.kernelCounted);
                if (message.kernelEmitted != null && $Object.hasOwnProperty.call(message, "kernelEmitted") && (typeof message.kernelEmitted === "object" ? message.kernelEmitted.low || message.kernelEmitted.high : message.kernelEmitted !== 0))
                    writer.uint32(32).uint64(message.kernelEmitted);
                if (message.kernelLost != null && $Object.hasOwnProperty.call(message, "kernelLost") && (typeof message.kernelLost === "object" ? message.kernelLost.low || message.kernelLost.high : message.kernelLost !== 0))
                    writer.uint32(40).uint64(message.kernelLost);
                if (message.runnerWritten != null && $Object.hasOwnProperty.call(message, "runnerWritten") && (typeof message.runnerWritten === "object" ? message.runnerWritten.low || message.runnerWritten.high : message.runnerWritten !== 0))
                    writer.uint32(48).uint64(message.runnerWritten);
                if (message.runnerLost != null && $Object.hasOwnProperty.call(message, "runnerLost") && (typeof message.runnerLost === "object" ? message.runnerLost.low || message.runnerLost.high : message.runnerLost !== 0))
                    writer.uint32(56).uint64(message.runnerLost);
                if (message.agentReceived != null && $Object.hasOwnProperty.call(message, "agentReceived") && (typeof message.agentReceived === "object" ? message.agentReceived.low || message.agentReceived.high : message.agentReceived !== 0))
                    writer.uint32(64).uint64(message.agentReceived);
                if (message.agentQueueLost != null && $Object.hasOwnProperty.call(message, "agentQueueLost") && (typeof message.agentQueueLost === "object" ? message.agentQueueLost.low || message.agentQueueLost.high : message.agentQueueLost !== 0))
                    writer.uint32(72).uint64(message.agentQueueLost);
                if (message.agentAccepted != null && $Object.hasOwnProperty.call(message, "agentAccepted") && (typeof message.agentAccepted === "object" ? message.agentAccepted.low || message.agentAccepted.high : message.agentAccepted !== 0))
                    writer.uint32(80).uint64(message.agentAccepted);
                if (message.countersTimeNs != null && $Object.hasOwnProperty.call(message, "countersTimeNs") && (typeof message.countersTimeNs === "object" ? message.countersTimeNs.low || message.countersTimeNs.high : message.countersTimeNs !== 0))
                    writer.uint32(88).uint64(message.countersTimeNs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ProbeSetCounters.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            ProbeSetCounters.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.netscope.v1.ProbeSetCounters();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.set = value;
                            else
                                delete message.set;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.source = value;
                            else
                                delete message.source;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.kernelCounted = value;
                            else
                                delete message.kernelCounted;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.kernelEmitted = value;
                            else
                                delete message.kernelEmitted;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.kernelLost = value;
                            else
                                delete message.kernelLost;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.runnerWritten = value;
                            else
                                delete message.runnerWritten;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.runnerLost = value;
                            else
                                delete message.runnerLost;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.agentReceived = value;
                            else
                                delete message.agentReceived;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.agentQueueLost = value;
                            else
                                delete message.agentQueueLost;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.agentAccepted = value;
                            else
                                delete message.agentAccepted;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.countersTimeNs = value;
                            else
                                delete message.countersTimeNs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ProbeSetCounters.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            ProbeSetCounters.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.set != null && $Object.hasOwnProperty.call(message, "set"))
                    if (typeof message.set !== "number" || (message.set | 0) !== message.set)
                        return "set: enum value expected";
                if (message.source != null && $Object.hasOwnProperty.call(message, "source"))
                    if (!$util.isString(message.source))
                        return "source: string expected";
                if (message.kernelCounted != null && $Object.hasOwnProperty.call(message, "kernelCounted"))
                    if (typeof message.kernelCounted !== "boolean")
                        return "kernelCounted: boolean expected";
                if (message.kernelEmitted != null && $Object.hasOwnProperty.call(message, "kernelEmitted"))
                    if (!$util.isInteger(message.kernelEmitted) && !(message.kernelEmitted && $util.isInteger(message.kernelEmitted.low) && $util.isInteger(message.kernelEmitted.high)))
                        return "kernelEmitted: integer|Long expected";
                if (message.kernelLost != null && $Object.hasOwnProperty.call(message, "kernelLost"))
                    if (!$util.isInteger(message.kernelLost) && !(message.kernelLost && $util.isInteger(message.kernelLost.low) && $util.isInteger(message.kernelLost.high)))
                        return "kernelLost: integer|Long expected";
                if (message.runnerWritten != null && $Object.hasOwnProperty.call(message, "runnerWritten"))
                    if (!$util.isInteger(message.runnerWritten) && !(message.runnerWritten && $util.isInteger(message.runnerWritten.low) && $util.isInteger(message.runnerWritten.high)))
                        return "runnerWritten: integer|Long expected";
                if (message.runnerLost != null && $Object.hasOwnProperty.call(message, "runnerLost"))
                    if (!$util.isInteger(message.runnerLost) && !(message.runnerLost && $util.isInteger(message.runnerLost.low) && $util.isInteger(message.runnerLost.high)))
                        return "runnerLost: integer|Long expected";
                if (message.agentReceived != null && $Object.hasOwnProperty.call(message, "agentReceived"))
                    if (!$util.isInteger(message.agentReceived) && !(message.agentReceived && $util.isInteger(message.agentReceived.low) && $util.isInteger(message.agentReceived.high)))
                        return "agentReceived: integer|Long expected";
                if (message.agentQueueLost != null && $Object.hasOwnProperty.call(message, "agentQueueLost"))
                    if (!$util.isInteger(message.agentQueueLost) && !(message.agentQueueLost && $util.isInteger(message.agentQueueLost.low) && $util.isInteger(message.agentQueueLost.high)))
                        return "agentQueueLost: integer|Long expected";
                if (message.agentAccepted != null && $Object.hasOwnProperty.call(message, "agentAccepted"))
                    if (!$util.isInteger(message.agentAccepted) && !(message.agentAccepted && $util.isInteger(message.agentAccepted.low) && $util.isInteger(message.agentAccepted.high)))
                        return "agentAccepted: integer|Long expected";
                if (message.countersTimeNs != null && $Object.hasOwnProperty.call(message, "countersTimeNs"))
                    if (!$util.isInteger(message.countersTimeNs) && !(message.countersTimeNs && $util.isInteger(message.countersTimeNs.low) && $util.isInteger(message.countersTimeNs.high)))
                        return "countersTimeNs: integer|Long expected";
                return null;
            };

            ProbeSetCounters.fromObject = function (object, _depth) {
                if (object instanceof $root.netscope.v1.ProbeSetCounters)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".netscope.v1.ProbeSetCounters: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.netscope.v1.ProbeSetCounters();
                if (object.set !== 0 && (typeof object.set !== "string" || $root.netscope.v1.ProbeSet[object.set] !== 0))
                    switch (object.set) {
                    case "PROBE_SET_UNKNOWN":
                    case 0:
                        message.set = 0;
                        break;
                    case "PROBE_SET_TRACEPOINT":
                    case 1:
                        message.set = 1;
                        break;
                    case "PROBE_SET_NETFILTER":
                    case 2:
                        message.set = 2;
                        break;
                    case "PROBE_SET_KPROBE":
                    case 3:
                        message.set = 3;
                        break;
                    case "PROBE_SET_RULE_TRACE":
                    case 4:
                        message.set = 4;
                        break;
                    default:
                        if (typeof object.set === "number" && (object.set | 0) === object.set)
                            message.set = object.set;
                    }
                if (object.source != null)
                    if (typeof object.source !== "string" || object.source.length)
                        message.source = $String(object.source);
                if (object.kernelCounted != null)
                    if (object.kernelCounted)
                        message.kernelCounted = $Boolean(object.kernelCounted);
                if (object.kernelEmitted != null)
                    if (typeof object.kernelEmitted === "object" ? object.kernelEmitted.low || object.kernelEmitted.high : $Number(object.kernelEmitted) !== 0)
                        if ($util.Long)
                            message.kernelEmitted = $util.Long.fromValue(object.kernelEmitted, true);
                        else if (typeof object.kernelEmitted === "string")
                            message.kernelEmitted = $parseInt(object.kernelEmitted, 10);
                        else if (typeof object.kernelEmitted === "number")
                            message.kernelEmitted = object.kernelEmitted;
                        else if (typeof object.kernelEmitted === "object")
                            message.kernelEmitted = new $util.LongBits(object.kernelEmitted.low >>> 0, object.kernelEmitted.high >>> 0).toNumber(true);
                if (object.kernelLost != null)
                    if (typeof object.kernelLost === "object" ? object.kernelLost.low || object.kernelLost.high : $Number(object.kernelLost) !== 0)
                        if ($util.Long)
                            message.kernelLost = $util.Long.fromValue(object.kernelLost, true);
                        else if (typeof object.kernelLost === "string")
                            message.kernelLost = $parseInt(object.kernelLost, 10);
                        else if (typeof object.kernelLost === "number")
                            message.kernelLost = object.kernelLost;
                        else if (typeof object.kernelLost === "object")
                            message.kernelLost = new $util.LongBits(object.kernelLost.low >>> 0, object.kernelLost.high >>> 0).toNumber(true);
                if (object.runnerWritten != null)
                    if (typeof object.runnerWritten === "object" ? object.runnerWritten.low || object.runnerWritten.high : $Number(object.runnerWritten) !== 0)
                        if ($util.Long)
                            message.runnerWritten = $util.Long.fromValue(object.runnerWritten, true);
                        else if (typeof object.runnerWritten === "string")
                            message.runnerWritten = $parseInt(object.runnerWritten, 10);
                        else if (typeof object.runnerWritten === "number")
                            message.runnerWritten = object.runnerWritten;
                        else if (typeof object.runnerWritten === "object")
                            message.runnerWritten = new $util.LongBits(object.runnerWritten.low >>> 0, object.runnerWritten.high >>> 0).toNumber(true);
                if (object.runnerLost != null)
                    if (typeof object.runnerLost === "object" ? object.runnerLost.low || object.runnerLost.high : $Number(object.runnerLost) !== 0)
                        if ($util.Long)
                            message.runnerLost = $util.Long.fromValue(object.runnerLost, true);
                        else if (typeof object.runnerLost === "string")
                            message.runnerLost = $parseInt(object.runnerLost, 10);
                        else if (typeof object.runnerLost === "number")
                            message.runnerLost = object.runnerLost;
                        else if (typeof object.runnerLost === "object")
                            message.runnerLost = new $util.LongBits(object.runnerLost.low >>> 0, object.runnerLost.high >>> 0).toNumber(true);
                if (object.agentReceived != null)
                    if (typeof object.agentReceived === "object" ? object.agentReceived.low || object.agentReceived.high : $Number(object.agentReceived) !== 0)
                        if ($util.Long)
                            message.agentReceived = $util.Long.fromValue(object.agentReceived, true);
                        else if (typeof object.agentReceived === "string")
                            message.agentReceived = $parseInt(object.agentReceived, 10);
                        else if (typeof object.agentReceived === "number")
                            message.agentReceived = object.agentReceived;
                        else if (typeof object.agentReceived === "object")
                            message.agentReceived = new $util.LongBits(object.agentReceived.low >>> 0, object.agentReceived.high >>> 0).toNumber(true);
                if (object.agentQueueLost != null)
                    if (typeof object.agentQueueLost === "object" ? object.agentQueueLost.low || object.agentQueueLost.high : $Number(object.agentQueueLost) !== 0)
                        if ($util.Long)
                            message.agentQueueLost = $util.Long.fromValue(object.agentQueueLost, true);
                        else if (typeof object.agentQueueLost === "string")
                            message.agentQueueLost = $parseInt(object.agentQueueLost, 10);
                        else if (typeof object.agentQueueLost === "number")
                            message.agentQueueLost = object.agentQueueLost;
                        else if (typeof object.agentQueueLost === "object")
                            message.agentQueueLost = new $util.LongBits(object.agentQueueLost.low >>> 0, object.agentQueueLost.high >>> 0).toNumber(true);
                if (object.agentAccepted != null)
                    if (typeof object.agentAccepted === "object" ? object.agentAccepted.low || object.agentAccepted.high : $Number(object.agentAccepted) !== 0)
                        if ($util.Long)
                            message.agentAccepted = $util.Long.fromValue(object.agentAccepted, true);
                        else if (typeof object.agentAccepted === "string")
                            message.agentAccepted = $parseInt(object.agentAccepted, 10);
                        else if (typeof object.agentAccepted === "number")
                            message.agentAccepted = object.agentAccepted;
                        else if (typeof object.agentAccepted === "object")
                            message.agentAccepted = new $util.LongBits(object.agentAccepted.low >>> 0, object.agentAccepted.high >>> 0).toNumber(true);
                if (object.countersTimeNs != null)
                    if (typeof object.countersTimeNs === "object" ? object.countersTimeNs.low || object.countersTimeNs.high : $Number(object.countersTimeNs) !== 0)
                        if ($util.Long)
                            message.countersTimeNs = $util.Long.fromValue(object.countersTimeNs, true);
                        else if (typeof object.countersTimeNs === "string")
                            message.countersTimeNs = $parseInt(object.countersTimeNs, 10);
                        else if (typeof object.countersTimeNs === "number")
                            message.countersTimeNs = object.countersTimeNs;
                        else if (typeof object.countersTimeNs === "object")
                            message.countersTimeNs = new $util.LongBits(object.countersTimeNs.low >>> 0, object.countersTimeNs.high >>> 0).toNumber(true);
                return message;
            };

            ProbeSetCounters.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.set = options.enums === $String ? "PROBE_SET_UNKNOWN" : 0;
                    object.source = "";
                    object.kernelCounted = false;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.kernelEmitted = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.kernelEmitted = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.kernelLost = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.kernelLost = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.runnerWritten = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.runnerWritten = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.runnerLost = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.runnerLost = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.agentReceived = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.agentReceived = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.agentQueueLost = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.agentQueueLost = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.agentAccepted = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.agentAccepted = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.countersTimeNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.countersTimeNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.set != null && $Object.hasOwnProperty.call(message, "set"))
                    object.set = options.enums === $String ? $root.netscope.v1.ProbeSet[message.set] === $undefined ? message.set : $root.netscope.v1.ProbeSet[message.set] : message.set;
                if (message.source != null && $Object.hasOwnProperty.call(message, "source"))
                    object.source = message.source;
                if (message.kernelCounted != null && $Object.hasOwnProperty.call(message, "kernelCounted"))
                    object.kernelCounted = message.kernelCounted;
                if (message.kernelEmitted != null && $Object.hasOwnProperty.call(message, "kernelEmitted"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.kernelEmitted = typeof message.kernelEmitted === "number" ? $BigInt(message.kernelEmitted) : $util.Long.fromBits(message.kernelEmitted.low >>> 0, message.kernelEmitted.high >>> 0, true).toBigInt();
                    else if (typeof message.kernelEmitted === "number")
                        object.kernelEmitted = options.longs === $String ? $String(message.kernelEmitted) : message.kernelEmitted;
                    else
                        object.kernelEmitted = options.longs === $String ? $util.Long.prototype.toString.call(message.kernelEmitted) : options.longs === $Number ? new $util.LongBits(message.kernelEmitted.low >>> 0, message.kernelEmitted.high >>> 0).toNumber(true) : message.kernelEmitted;
                if (message.kernelLost != null && $Object.hasOwnProperty.call(message, "kernelLost"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.kernelLost = typeof message.kernelLost === "number" ? $BigInt(message.kernelLost) : $util.Long.fromBits(message.kernelLost.low >>> 0, message.kernelLost.high >>> 0, true).toBigInt();
                    else if (typeof message.kernelLost === "number")
                        object.kernelLost = options.longs === $String ? $String(message.kernelLost) : message.kernelLost;
                    else
                        object.kernelLost = options.longs === $String ? $util.Long.prototype.toString.call(message.kernelLost) : options.longs === $Number ? new $util.LongBits(message.kernelLost.low >>> 0, message.kernelLost.high >>> 0).toNumber(true) : message.kernelLost;
                if (message.runnerWritten != null && $Object.hasOwnProperty.call(message, "runnerWritten"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.runnerWritten = typeof message.runnerWritten === "number" ? $BigInt(message.runnerWritten) : $util.Long.fromBits(message.runnerWritten.low >>> 0, message.runnerWritten.high >>> 0, true).toBigInt();
                    else if (typeof message.runnerWritten === "number")
                        object.runnerWritten = options.longs === $String ? $String(message.runnerWritten) : message.runnerWritten;
                    else
                        object.runnerWritten = options.longs === $String ? $util.Long.prototype.toString.call(message.runnerWritten) : options.longs === $Number ? new $util.LongBits(message.runnerWritten.low >>> 0, message.runnerWritten.high >>> 0).toNumber(true) : message.runnerWritten;
                if (message.runnerLost != null && $Object.hasOwnProperty.call(message, "runnerLost"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.runnerLost = typeof message.runnerLost === "number" ? $BigInt(message.runnerLost) : $util.Long.fromBits(message.runnerLost.low >>> 0, message.runnerLost.high >>> 0, true).toBigInt();
                    else if (typeof message.runnerLost === "number")
                        object.runnerLost = options.longs === $String ? $String(message.runnerLost) : message.runnerLost;
                    else
                        object.runnerLost = options.longs === $String ? $util.Long.prototype.toString.call(message.runnerLost) : options.longs === $Number ? new $util.LongBits(message.runnerLost.low >>> 0, message.runnerLost.high >>> 0).toNumber(true) : message.runnerLost;
                if (message.agentReceived != null && $Object.hasOwnProperty.call(message, "agentReceived"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.agentReceived = typeof message.agentReceived === "number" ? $BigInt(message.agentReceived) : $util.Long.fromBits(message.agentReceived.low >>> 0, message.agentReceived.high >>> 0, true).toBigInt();
                    else if (typeof message.agentReceived === "number")
                        object.agentReceived = options.longs === $String ? $String(message.agentReceived) : message.agentReceived;
                    else
                        object.agentReceived = options.longs === $String ? $util.Long.prototype.toString.call(message.agentReceived) : options.longs === $Number ? new $util.LongBits(message.agentReceived.low >>> 0, message.agentReceived.high >>> 0).toNumber(true) : message.agentReceived;
                if (message.agentQueueLost != null && $Object.hasOwnProperty.call(message, "agentQueueLost"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.agentQueueLost = typeof message.agentQueueLost === "number" ? $BigInt(message.agentQueueLost) : $util.Long.fromBits(message.agentQueueLost.low >>> 0, message.agentQueueLost.high >>> 0, true).toBigInt();
                    else if (typeof message.agentQueueLost === "number")
                        object.agentQueueLost = options.longs === $String ? $String(message.agentQueueLost) : message.agentQueueLost;
                    else
                        object.agentQueueLost = options.longs === $String ? $util.Long.prototype.toString.call(message.agentQueueLost) : options.longs === $Number ? new $util.LongBits(message.agentQueueLost.low >>> 0, message.agentQueueLost.high >>> 0).toNumber(true) : message.agentQueueLost;
                if (message.agentAccepted != null && $Object.hasOwnProperty.call(message, "agentAccepted"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.agentAccepted = typeof message.agentAccepted === "number" ? $BigInt(message.agentAccepted) : $util.Long.fromBits(message.agentAccepted.low >>> 0, message.agentAccepted.high >>> 0, true).toBigInt();
                    else if (typeof message.agentAccepted === "number")
                        object.agentAccepted = options.longs === $String ? $String(message.agentAccepted) : message.agentAccepted;
                    else
                        object.agentAccepted = options.longs === $String ? $util.Long.prototype.toString.call(message.agentAccepted) : options.longs === $Number ? new $util.LongBits(message.agentAccepted.low >>> 0, message.agentAccepted.high >>> 0).toNumber(true) : message.agentAccepted;
                if (message.countersTimeNs != null && $Object.hasOwnProperty.call(message, "countersTimeNs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.countersTimeNs = typeof message.countersTimeNs === "number" ? $BigInt(message.countersTimeNs) : $util.Long.fromBits(message.countersTimeNs.low >>> 0, message.countersTimeNs.high >>> 0, true).toBigInt();
                    else if (typeof message.countersTimeNs === "number")
                        object.countersTimeNs = options.longs === $String ? $String(message.countersTimeNs) : message.countersTimeNs;
                    else
                        object.countersTimeNs = options.longs === $String ? $util.Long.prototype.toString.call(message.countersTimeNs) : options.longs === $Number ? new $util.LongBits(message.countersTimeNs.low >>> 0, message.countersTimeNs.high >>> 0).toNumber(true) : message.countersTimeNs;
                return object;
            };

            ProbeSetCounters.prototype.toJSON = function() {
                return ProbeSetCounters.toObject(this, $protobuf.util.toJSONOptions);
            };

            ProbeSetCounters.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/netscope.v1.ProbeSetCounters";
            };

            return ProbeSetCounters;
        })();

        v1.ClientCounters = (function() {

            const ClientCounters = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ClientCounters.prototype.id = 0;
            ClientCounters.prototype.peer = "";
            ClientCounters.prototype.offered = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            ClientCounters.prototype.sent = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            ClientCounters.prototype.lost = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            ClientCounters.prototype.queued = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            ClientCounters.create = function(properties) {
                return new ClientCounters(properties);
            };

            ClientCounters.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== 0)
                    writer.uint32(8).uint32(message.id);
                if (message.peer != null && $Object.hasOwnProperty.call(message, "peer") && message.peer !== "")
                    writer.uint32(18).string(message.peer);
                if (message.offered != null && $Object.hasOwnProperty.call(message, "offered") && (typeof message.offered === "object" ? message.offered.low || message.offered.high : message.offered !== 0))
                    writer.uint32(24).uint64(message.offered);
                if (message.sent != null && $Object.hasOwnProperty.call(message, "sent") && (typeof message.sent === "object" ? message.sent.low || message.sent.high : message.sent !== 0))
                    writer.uint32(32).uint64(message.sent);
                if (message.lost != null && $Object.hasOwnProperty.call(message, "lost") && (typeof message.lost === "object" ? message.lost.low || message.lost.high : message.lost !== 0))
                    writer.uint32(40).uint64(message.lost);
                if (message.queued != null && $Object.hasOwnProperty.call(message, "queued") && (typeof message.queued === "object" ? message.queued.low || message.queued.high : message.queued !== 0))
                    writer.uint32(48).uint64(message.queued);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ClientCounters.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            ClientCounters.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.netscope.v1.ClientCounters();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.peer = value;
                            else
                                delete message.peer;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.offered = value;
                            else
                                delete message.offered;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.sent = value;
                            else
                                delete message.sent;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.lost = value;
                            else
                                delete message.lost;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.queued = value;
                            else
                                delete message.queued;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ClientCounters.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            ClientCounters.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    if (!$util.isInteger(message.id))
                        return "id: integer expected";
                if (message.peer != null && $Object.hasOwnProperty.call(message, "peer"))
                    if (!$util.isString(message.peer))
                        return "peer: string expected";
                if (message.offered != null && $Object.hasOwnProperty.call(message, "offered"))
                    if (!$util.isInteger(message.offered) && !(message.offered && $util.isInteger(message.offered.low) && $util.isInteger(message.offered.high)))
                        return "offered: integer|Long expected";
                if (message.sent != null && $Object.hasOwnProperty.call(message, "sent"))
                    if (!$util.isInteger(message.sent) && !(message.sent && $util.isInteger(message.sent.low) && $util.isInteger(message.sent.high)))
                        return "sent: integer|Long expected";
                if (message.lost != null && $Object.hasOwnProperty.call(message, "lost"))
                    if (!$util.isInteger(message.lost) && !(message.lost && $util.isInteger(message.lost.low) && $util.isInteger(message.lost.high)))
                        return "lost: integer|Long expected";
                if (message.queued != null && $Object.hasOwnProperty.call(message, "queued"))
                    if (!$util.isInteger(message.queued) && !(message.queued && $util.isInteger(message.queued.low) && $util.isInteger(message.queued.high)))
                        return "queued: integer|Long expected";
                return null;
            };

            ClientCounters.fromObject = function (object, _depth) {
                if (object instanceof $root.netscope.v1.ClientCounters)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".netscope.v1.ClientCounters: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.netscope.v1.ClientCounters();
                if (object.id != null)
                    if ($Number(object.id) !== 0)
                        message.id = object.id >>> 0;
                if (object.peer != null)
                    if (typeof object.peer !== "string" || object.peer.length)
                        message.peer = $String(object.peer);
                if (object.offered != null)
                    if (typeof object.offered === "object" ? object.offered.low || object.offered.high : $Number(object.offered) !== 0)
                        if ($util.Long)
                            message.offered = $util.Long.fromValue(object.offered, true);
                        else if (typeof object.offered === "string")
                            message.offered = $parseInt(object.offered, 10);
                        else if (typeof object.offered === "number")
                            message.offered = object.offered;
                        else if (typeof object.offered === "object")
                            message.offered = new $util.LongBits(object.offered.low >>> 0, object.offered.high >>> 0).toNumber(true);
                if (object.sent != null)
                    if (typeof object.sent === "object" ? object.sent.low || object.sent.high : $Number(object.sent) !== 0)
                        if ($util.Long)
                            message.sent = $util.Long.fromValue(object.sent, true);
                        else if (typeof object.sent === "string")
                            message.sent = $parseInt(object.sent, 10);
                        else if (typeof object.sent === "number")
                            message.sent = object.sent;
                        else if (typeof object.sent === "object")
                            message.sent = new $util.LongBits(object.sent.low >>> 0, object.sent.high >>> 0).toNumber(true);
                if (object.lost != null)
                    if (typeof object.lost === "object" ? object.lost.low || object.lost.high : $Number(object.lost) !== 0)
                        if ($util.Long)
                            message.lost = $util.Long.fromValue(object.lost, true);
                        else if (typeof object.lost === "string")
                            message.lost = $parseInt(object.lost, 10);
                        else if (typeof object.lost === "number")
                            message.lost = object.lost;
                        else if (typeof object.lost === "object")
                            message.lost = new $util.LongBits(object.lost.low >>> 0, object.lost.high >>> 0).toNumber(true);
                if (object.queued != null)
                    if (typeof object.queued === "object" ? object.queued.low || object.queued.high : $Number(object.queued) !== 0)
                        if ($util.Long)
                            message.queued = $util.Long.fromValue(object.queued, true);
                        else if (typeof object.queued === "string")
                            message.queued = $parseInt(object.queued, 10);
                        else if (typeof object.queued === "number")
                            message.queued = object.queued;
                        else if (typeof object.queued === "object")
                            message.queued = new $util.LongBits(object.queued.low >>> 0, object.queued.high >>> 0).toNumber(true);
                return message;
            };

            ClientCounters.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.id = 0;
                    object.peer = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.offered = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.offered = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.sent = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.sent = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.lost = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.lost = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.queued = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.queued = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.peer != null && $Object.hasOwnProperty.call(message, "peer"))
                    object.peer = message.peer;
                if (message.offered != null && $Object.hasOwnProperty.call(message, "offered"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.offered = typeof message.offered === "number" ? $BigInt(message.offered) : $util.Long.fromBits(message.offered.low >>> 0, message.offered.high >>> 0, true).toBigInt();
                    else if (typeof message.offered === "number")
                        object.offered = options.longs === $String ? $String(message.offered) : message.offered;
                    else
                        object.offered = options.longs === $String ? $util.Long.prototype.toString.call(message.offered) : options.longs === $Number ? new $util.LongBits(message.offered.low >>> 0, message.offered.high >>> 0).toNumber(true) : message.offered;
                if (message.sent != null && $Object.hasOwnProperty.call(message, "sent"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.sent = typeof message.sent === "number" ? $BigInt(message.sent) : $util.Long.fromBits(message.sent.low >>> 0, message.sent.high >>> 0, true).toBigInt();
                    else if (typeof message.sent === "number")
                        object.sent = options.longs === $String ? $String(message.sent) : message.sent;
                    else
                        object.sent = options.longs === $String ? $util.Long.prototype.toString.call(message.sent) : options.longs === $Number ? new $util.LongBits(message.sent.low >>> 0, message.sent.high >>> 0).toNumber(true) : message.sent;
                if (message.lost != null && $Object.hasOwnProperty.call(message, "lost"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.lost = typeof message.lost === "number" ? $BigInt(message.lost) : $util.Long.fromBits(message.lost.low >>> 0, message.lost.high >>> 0, true).toBigInt();
                    else if (typeof message.lost === "number")
                        object.lost = options.longs === $String ? $String(message.lost) : message.lost;
                    else
                        object.lost = options.longs === $String ? $util.Long.prototype.toString.call(message.lost) : options.longs === $Number ? new $util.LongBits(message.lost.low >>> 0, message.lost.high >>> 0).toNumber(true) : message.lost;
                if (message.queued != null && $Object.hasOwnProperty.call(message, "queued"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.queued = typeof message.queued === "number" ? $BigInt(message.queued) : $util.Long.fromBits(message.queued.low >>> 0, message.queued.high >>> 0, true).toBigInt();
                    else if (typeof message.queued === "number")
                        object.queued = options.longs === $String ? $String(message.queued) : message.queued;
                    else
                        object.queued = options.longs === $String ? $util.Long.prototype.toString.call(message.queued) : options.longs === $Number ? new $util.LongBits(message.queued.low >>> 0, message.queued.high >>> 0).toNumber(true) : message.queued;
                return object;
            };

            ClientCounters.prototype.toJSON = function() {
                return ClientCounters.toObject(this, $protobuf.util.toJSONOptions);
            };

            ClientCounters.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/netscope.v1.ClientCounters";
            };

            return ClientCounters;
        })();

        v1.AgentStatus = (function() {

            const AgentStatus = function (properties) {
                this.probeSets = [];
                this.netns = [];
                this.counters = [];
                this.clients = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            AgentStatus.prototype.version = "";
            AgentStatus.prototype.hostname = "";
            AgentStatus.prototype.kernel = "";
            AgentStatus.prototype.startTimeNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            AgentStatus.prototype.probeSets = $util.emptyArray;
            AgentStatus.prototype.netns = $util.emptyArray;
            AgentStatus.prototype.eventsTotal = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            AgentStatus.prototype.lostTotal = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            AgentStatus.prototype.counters = $util.emptyArray;
            AgentStatus.prototype.packetsPublished = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            AgentStatus.prototype.journeysPublished = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            AgentStatus.prototype.agentQueueLost = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            AgentStatus.prototype.clientQueueLost = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            AgentStatus.prototype.clients = $util.emptyArray;

            AgentStatus.create = function(properties) {
                return new AgentStatus(properties);
            };

            AgentStatus.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== "")
                    writer.uint32(10).string(message.version);
                if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname") && message.hostname !== "")
                    writer.uint32(18).string(message.hostname);
                if (message.kernel != null && $Object.hasOwnProperty.call(message, "kernel") && message.kernel !== "")
                    writer.uint32(26).string(message.kernel);
                if (message.startTimeNs != null && $Object.hasOwnProperty.call(message, "startTimeNs") && (typeof message.startTimeNs === "object" ? message.startTimeNs.low || message.startTimeNs.high : message.startTimeNs !== 0))
                    writer.uint32(32).uint64(message.startTimeNs);
                if (message.probeSets != null && message.probeSets.length)
                    for (let i = 0; i < message.probeSets.length; ++i)
                        $root.netscope.v1.ProbeSetStatus.encode(message.probeSets[i], writer.uint32(42).fork(), _depth + 1).ldelim();
                if (message.netns != null && message.netns.length)
                    for (let i = 0; i < message.netns.length; ++i)
                        writer.uint32(50).string(message.netns[i]);
                if (message.eventsTotal != null && $Object.hasOwnProperty.call(message, "eventsTotal") && (typeof message.eventsTotal === "object" ? message.eventsTotal.low || message.eventsTotal.high : message.eventsTotal !== 0))
                    writer.uint32(56).uint64(message.eventsTotal);
                if (message.lostTotal != null && $Object.hasOwnProperty.call(message, "lostTotal") && (typeof message.lostTotal === "object" ? message.lostTotal.low || message.lostTotal.high : message.lostTotal !== 0))
                    writer.uint32(64).uint64(message.lostTotal);
                if (message.counters != null && message.counters.length)
                    for (let i = 0; i < message.counters.length; ++i)
                        $root.netscope.v1.ProbeSetCounters.encode(message.counters[i], writer.uint32(74).fork(), _depth + 1).ldelim();
                if (message.packetsPublished != null && $Object.hasOwnProperty.call(message, "packetsPublished") && (typeof message.packetsPublished === "object" ? message.packetsPublished.low || message.packetsPublished.high : message.packetsPublished !== 0))
                    writer.uint32(80).uint64(message.packetsPublished);
                if (message.journeysPublished != null && $Object.hasOwnProperty.call(message, "journeysPublished") && (typeof message.journeysPublished === "object" ? message.journeysPublished.low || message.journeysPublished.high : message.journeysPublished !== 0))
                    writer.uint32(88).uint64(message.journeysPublished);
                if (message.agentQueueLost != null && $Object.hasOwnProperty.call(message, "agentQueueLost") && (typeof message.agentQueueLost === "object" ? message.agentQueueLost.low || message.agentQueueLost.high : message.agentQueueLost !== 0))
                    writer.uint32(96).uint64(message.agentQueueLost);
                if (message.clientQueueLost != null && $Object.hasOwnProperty.call(message, "clientQueueLost") && (typeof message.clientQueueLost === "object" ? message.clientQueueLost.low || message.clientQueueLost.high : message.clientQueueLost !== 0))
                    writer.uint32(104).uint64(message.clientQueueLost);
                if (message.clients != null && message.clients.length)
                    for (let i = 0; i < message.clients.length; ++i)
                        $root.netscope.v1.ClientCounters.encode(message.clients[i], writer.uint32(114).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            AgentStatus.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            AgentStatus.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.netscope.v1.AgentStatus();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.hostname = value;
                            else
                                delete message.hostname;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.kernel = value;
                            else
                                delete message.kernel;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.startTimeNs = value;
                            else
                                delete message.startTimeNs;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.probeSets && message.probeSets.length))
                                message.probeSets = [];
                            message.probeSets.push($root.netscope.v1.ProbeSetStatus.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (!(message.netns && message.netns.length))
                                message.netns = [];
                            message.netns.push(reader.stringVerify());
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.eventsTotal = value;
                            else
                                delete message.eventsTotal;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.lostTotal = value;
                            else
                                delete message.lostTotal;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if (!(message.counters && message.counters.length))
                                message.counters = [];
                            message.counters.push($root.netscope.v1.ProbeSetCounters.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.packetsPublished = value;
                            else
                                delete message.packetsPublished;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.journeysPublished = value;
                            else
                                delete message.journeysPublished;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.agentQueueLost = value;
                            else
                                delete message.agentQueueLost;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.clientQueueLost = value;
                            else
                                delete message.clientQueueLost;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            if (!(message.clients && message.clients.length))
                                message.clients = [];
                            message.clients.push($root.netscope.v1.ClientCounters.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            AgentStatus.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            AgentStatus.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    if (!$util.isString(message.version))
                        return "version: string expected";
                if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname"))
                    if (!$util.isString(message.hostname))
                        return "hostname: string expected";
                if (message.kernel != null && $Object.hasOwnProperty.call(message, "kernel"))
                    if (!$util.isString(message.kernel))
                        return "kernel: string expected";
                if (message.startTimeNs != null && $Object.hasOwnProperty.call(message, "startTimeNs"))
                    if (!$util.isInteger(message.startTimeNs) && !(message.startTimeNs && $util.isInteger(message.startTimeNs.low) && $util.isInteger(message.startTimeNs.high)))
                        return "startTimeNs: integer|Long expected";
                if (message.probeSets != null && $Object.hasOwnProperty.call(message, "probeSets")) {
                    if (!$Array.isArray(message.probeSets))
                        return "probeSets: array expected";
                    for (let i = 0; i < message.probeSets.length; ++i) {
                        let error = $root.netscope.v1.ProbeSetStatus.verify(message.probeSets[i], _depth + 1);
                        if (error)
                            return "probeSets." + error;
                    }
                }
                if (message.netns != null && $Object.hasOwnProperty.call(message, "netns")) {
                    if (!$Array.isArray(message.netns))
                        return "netns: array expected";
                    for (let i = 0; i < message.netns.length; ++i)
                        if (!$util.isString(message.netns[i]))
                            return "netns: string[] expected";
                }
                if (message.eventsTotal != null && $Object.hasOwnProperty.call(message, "eventsTotal"))
                    if (!$util.isInteger(message.eventsTotal) && !(message.eventsTotal && $util.isInteger(message.eventsTotal.low) && $util.isInteger(message.eventsTotal.high)))
                        return "eventsTotal: integer|Long expected";
                if (message.lostTotal != null && $Object.hasOwnProperty.call(message, "lostTotal"))
                    if (!$util.isInteger(message.lostTotal) && !(message.lostTotal && $util.isInteger(message.lostTotal.low) && $util.isInteger(message.lostTotal.high)))
                        return "lostTotal: integer|Long expected";
                if (message.counters != null && $Object.hasOwnProperty.call(message, "counters")) {
                    if (!$Array.isArray(message.counters))
                        return "counters: array expected";
                    for (let i = 0; i < message.counters.length; ++i) {
                        let error = $root.netscope.v1.ProbeSetCounters.verify(message.counters[i], _depth + 1);
                        if (error)
                            return "counters." + error;
                    }
                }
                if (message.packetsPublished != null && $Object.hasOwnProperty.call(message, "packetsPublished"))
                    if (!$util.isInteger(message.packetsPublished) && !(message.packetsPublished && $util.isInteger(message.packetsPublished.low) && $util.isInteger(message.packetsPublished.high)))
                        return "packetsPublished: integer|Long expected";
                if (message.journeysPublished != null && $Object.hasOwnProperty.call(message, "journeysPublished"))
                    if (!$util.isInteger(message.journeysPublished) && !(message.journeysPublished && $util.isInteger(message.journeysPublished.low) && $util.isInteger(message.journeysPublished.high)))
                        return "journeysPublished: integer|Long expected";
                if (message.agentQueueLost != null && $Object.hasOwnProperty.call(message, "agentQueueLost"))
                    if (!$util.isInteger(message.agentQueueLost) && !(message.agentQueueLost && $util.isInteger(message.agentQueueLost.low) && $util.isInteger(message.agentQueueLost.high)))
                        return "agentQueueLost: integer|Long expected";
                if (message.clientQueueLost != null && $Object.hasOwnProperty.call(message, "clientQueueLost"))
                    if (!$util.isInteger(message.clientQueueLost) && !(message.clientQueueLost && $util.isInteger(message.clientQueueLost.low) && $util.isInteger(message.clientQueueLost.high)))
                        return "clientQueueLost: integer|Long expected";
                if (message.clients != null && $Object.hasOwnProperty.call(message, "clients")) {
                    if (!$Array.isArray(message.clients))
                        return "clients: array expected";
                    for (let i = 0; i < message.clients.length; ++i) {
                        let error = $root.netscope.v1.ClientCounters.verify(message.clients[i], _depth + 1);
                        if (error)
                            return "clients." + error;
                    }
                }
                return null;
            };

            AgentStatus.fromObject = function (object, _depth) {
                if (object instanceof $root.netscope.v1.AgentStatus)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".netscope.v1.AgentStatus: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.netscope.v1.AgentStatus();
                if (object.version != null)
                    if (typeof object.version !== "string" || object.version.length)
                        message.version = $String(object.version);
                if (object.hostname != null)
                    if (typeof object.hostname !== "string" || object.hostname.length)
                        message.hostname = $String(object.hostname);
                if (object.kernel != null)
                    if (typeof object.kernel !== "string" || object.kernel.length)
                        message.kernel = $String(object.kernel);
                if (object.startTimeNs != null)
                    if (typeof object.startTimeNs === "object" ? object.startTimeNs.low || object.startTimeNs.high : $Number(object.startTimeNs) !== 0)
                        if ($util.Long)
                            message.startTimeNs = $util.Long.fromValue(object.startTimeNs, true);
                        else if (typeof object.startTimeNs === "string")
                            message.startTimeNs = $parseInt(object.startTimeNs, 10);
                        else if (typeof object.startTimeNs === "number")
                            message.startTimeNs = object.startTimeNs;
                        else if (typeof object.startTimeNs === "object")
                            message.startTimeNs = new $util.LongBits(object.startTimeNs.low >>> 0, object.startTimeNs.high >>> 0).toNumber(true);
                if (object.probeSets) {
                    if (!$Array.isArray(object.probeSets))
                        throw $TypeError(".netscope.v1.AgentStatus.probeSets: array expected");
                    message.probeSets = $Array(object.probeSets.length);
                    for (let i = 0; i < object.probeSets.length; ++i) {
                        if (!$util.isObject(object.probeSets[i]))
                            throw $TypeError(".netscope.v1.AgentStatus.probeSets: object expected");
                        message.probeSets[i] = $root.netscope.v1.ProbeSetStatus.fromObject(object.probeSets[i], _depth + 1);
                    }
                }
                if (object.netns) {
                    if (!$Array.isArray(object.netns))
                        throw $TypeError(".netscope.v1.AgentStatus.netns: array expected");
                    message.netns = $Array(object.netns.length);
                    for (let i = 0; i < object.netns.length; ++i)
                        message.netns[i] = $String(object.netns[i]);
                }
                if (object.eventsTotal != null)
                    if (typeof object.eventsTotal === "object" ? object.eventsTotal.low || object.eventsTotal.high : $Number(object.eventsTotal) !== 0)
                        if ($util.Long)
                            message.eventsTotal = $util.Long.fromValue(object.eventsTotal, true);
                        else if (typeof object.eventsTotal === "string")
                            message.eventsTotal = $parseInt(object.eventsTotal, 10);
                        else if (typeof object.eventsTotal === "number")
                            message.eventsTotal = object.eventsTotal;
                        else if (typeof object.eventsTotal === "object")
                            message.eventsTotal = new $util.LongBits(object.eventsTotal.low >>> 0, object.eventsTotal.high >>> 0).toNumber(true);
                if (object.lostTotal != null)
                    if (typeof object.lostTotal === "object" ? object.lostTotal.low || object.lostTotal.high : $Number(object.lostTotal) !== 0)
                        if ($util.Long)
                            message.lostTotal = $util.Long.fromValue(object.lostTotal, true);
                        else if (typeof object.lostTotal === "string")
                            message.lostTotal = $parseInt(object.lostTotal, 10);
                        else if (typeof object.lostTotal === "number")
                            message.lostTotal = object.lostTotal;
                        else if (typeof object.lostTotal === "object")
                            message.lostTotal = new $util.LongBits(object.lostTotal.low >>> 0, object.lostTotal.high >>> 0).toNumber(true);
                if (object.counters) {
                    if (!$Array.isArray(object.counters))
                        throw $TypeError(".netscope.v1.AgentStatus.counters: array expected");
                    message.counters = $Array(object.counters.length);
                    for (let i = 0; i < object.counters.length; ++i) {
                        if (!$util.isObject(object.counters[i]))
                            throw $TypeError(".netscope.v1.AgentStatus.counters: object expected");
                        message.counters[i] = $root.netscope.v1.ProbeSetCounters.fromObject(object.counters[i], _depth + 1);
                    }
                }
                if (object.packetsPublished != null)
                    if (typeof object.packetsPublished === "object" ? object.packetsPublished.low || object.packetsPublished.high : $Number(object.packetsPublished) !== 0)
                        if ($util.Long)
                            message.packetsPublished = $util.Long.fromValue(object.packetsPublished, true);
                        else if (typeof object.packetsPublished === "string")
                            message.packetsPublished = $parseInt(object.packetsPublished, 10);
                        else if (typeof object.packetsPublished === "number")
                            message.packetsPublished = object.packetsPublished;
                        else if (typeof object.packetsPublished === "object")
                            message.packetsPublished = new $util.LongBits(object.packetsPublished.low >>> 0, object.packetsPublished.high >>> 0).toNumber(true);
                if (object.journeysPublished != null)
                    if (typeof object.journeysPublished === "object" ? object.journeysPublished.low || object.journeysPublished.high : $Number(object.journeysPublished) !== 0)
                        if ($util.Long)
                            message.journeysPublished = $util.Long.fromValue(object.journeysPublished, true);
                        else if (typeof object.journeysPublished === "string")
                            message.journeysPublished = $parseInt(object.journeysPublished, 10);
                        else if (typeof object.journeysPublished === "number")
                            message.journeysPublished = object.journeysPublished;
                        else if (typeof object.journeysPublished === "object")
                            message.journeysPublished = new $util.LongBits(object.journeysPublished.low >>> 0, object.journeysPublished.high >>> 0).toNumber(true);
                if (object.agentQueueLost != null)
                    if (typeof object.agentQueueLost === "object" ? object.agentQueueLost.low || object.agentQueueLost.high : $Number(object.agentQueueLost) !== 0)
                        if ($util.Long)
                            message.agentQueueLost = $util.Long.fromValue(object.agentQueueLost, true);
                        else if (typeof object.agentQueueLost === "string")
                            message.agentQueueLost = $parseInt(object.agentQueueLost, 10);
                        else if (typeof object.agentQueueLost === "number")
                            message.agentQueueLost = object.agentQueueLost;
                        else if (typeof object.agentQueueLost === "object")
                            message.agentQueueLost = new $util.LongBits(object.agentQueueLost.low >>> 0, object.agentQueueLost.high >>> 0).toNumber(true);
                if (object.clientQueueLost != null)
                    if (typeof object.clientQueueLost === "object" ? object.clientQueueLost.low || object.clientQueueLost.high : $Number(object.clientQueueLost) !== 0)
                        if ($util.Long)
                            message.clientQueueLost = $util.Long.fromValue(object.clientQueueLost, true);
                        else if (typeof object.clientQueueLost === "string")
                            message.clientQueueLost = $parseInt(object.clientQueueLost, 10);
                        else if (typeof object.clientQueueLost === "number")
                            message.clientQueueLost = object.clientQueueLost;
                        else if (typeof object.clientQueueLost === "object")
                            message.clientQueueLost = new $util.LongBits(object.clientQueueLost.low >>> 0, object.clientQueueLost.high >>> 0).toNumber(true);
                if (object.clients) {
                    if (!$Array.isArray(object.clients))
                        throw $TypeError(".netscope.v1.AgentStatus.clients: array expected");
                    message.clients = $Array(object.clients.length);
                    for (let i = 0; i < object.clients.length; ++i) {
                        if (!$util.isObject(object.clients[i]))
                            throw $TypeError(".netscope.v1.AgentStatus.clients: object expected");
                        message.clients[i] = $root.netscope.v1.ClientCounters.fromObject(object.clients[i], _depth + 1);
                    }
                }
                return message;
            };

            AgentStatus.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.probeSets = [];
                    object.netns = [];
                    object.counters = [];
                    object.clients = [];
                }
                if (options.defaults) {
                    object.version = "";
                    object.hostname = "";
                    object.kernel = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.startTimeNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.startTimeNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.eventsTotal = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.eventsTotal = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.lostTotal = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.lostTotal = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.packetsPublished = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.packetsPublished = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.journeysPublished = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.journeysPublished = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.agentQueueLost = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.agentQueueLost = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.clientQueueLost = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.clientQueueLost = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    object.version = message.version;
                if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname"))
                    object.hostname = message.hostname;
                if (message.kernel != null && $Object.hasOwnProperty.call(message, "kernel"))
                    object.kernel = message.kernel;
                if (message.startTimeNs != null && $Object.hasOwnProperty.call(message, "startTimeNs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.startTimeNs = typeof message.startTimeNs === "number" ? $BigInt(message.startTimeNs) : $util.Long.fromBits(message.startTimeNs.low >>> 0, message.startTimeNs.high >>> 0, true).toBigInt();
                    else if (typeof message.startTimeNs === "number")
                        object.startTimeNs = options.longs === $String ? $String(message.startTimeNs) : message.startTimeNs;
                    else
                        object.startTimeNs = options.longs === $String ? $util.Long.prototype.toString.call(message.startTimeNs) : options.longs === $Number ? new $util.LongBits(message.startTimeNs.low >>> 0, message.startTimeNs.high >>> 0).toNumber(true) : message.startTimeNs;
                if (message.probeSets && message.probeSets.length) {
                    object.probeSets = $Array(message.probeSets.length);
                    for (let j = 0; j < message.probeSets.length; ++j)
                        object.probeSets[j] = $root.netscope.v1.ProbeSetStatus.toObject(message.probeSets[j], options, _depth + 1);
                }
                if (message.netns && message.netns.length) {
                    object.netns = $Array(message.netns.length);
                    for (let j = 0; j < message.netns.length; ++j)
                        object.netns[j] = message.netns[j];
                }
                if (message.eventsTotal != null && $Object.hasOwnProperty.call(message, "eventsTotal"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.eventsTotal = typeof message.eventsTotal === "number" ? $BigInt(message.eventsTotal) : $util.Long.fromBits(message.eventsTotal.low >>> 0, message.eventsTotal.high >>> 0, true).toBigInt();
                    else if (typeof message.eventsTotal === "number")
                        object.eventsTotal = options.longs === $String ? $String(message.eventsTotal) : message.eventsTotal;
                    else
                        object.eventsTotal = options.longs === $String ? $util.Long.prototype.toString.call(message.eventsTotal) : options.longs === $Number ? new $util.LongBits(message.eventsTotal.low >>> 0, message.eventsTotal.high >>> 0).toNumber(true) : message.eventsTotal;
                if (message.lostTotal != null && $Object.hasOwnProperty.call(message, "lostTotal"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.lostTotal = typeof message.lostTotal === "number" ? $BigInt(message.lostTotal) : $util.Long.fromBits(message.lostTotal.low >>> 0, message.lostTotal.high >>> 0, true).toBigInt();
                    else if (typeof message.lostTotal === "number")
                        object.lostTotal = options.longs === $String ? $String(message.lostTotal) : message.lostTotal;
                    else
                        object.lostTotal = options.longs === $String ? $util.Long.prototype.toString.call(message.lostTotal) : options.longs === $Number ? new $util.LongBits(message.lostTotal.low >>> 0, message.lostTotal.high >>> 0).toNumber(true) : message.lostTotal;
                if (message.counters && message.counters.length) {
                    object.counters = $Array(message.counters.length);
                    for (let j = 0; j < message.counters.length; ++j)
                        object.counters[j] = $root.netscope.v1.ProbeSetCounters.toObject(message.counters[j], options, _depth + 1);
                }
                if (message.packetsPublished != null && $Object.hasOwnProperty.call(message, "packetsPublished"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.packetsPublished = typeof message.packetsPublished === "number" ? $BigInt(message.packetsPublished) : $util.Long.fromBits(message.packetsPublished.low >>> 0, message.packetsPublished.high >>> 0, true).toBigInt();
                    else if (typeof message.packetsPublished === "number")
                        object.packetsPublished = options.longs === $String ? $String(message.packetsPublished) : message.packetsPublished;
                    else
                        object.packetsPublished = options.longs === $String ? $util.Long.prototype.toString.call(message.packetsPublished) : options.longs === $Number ? new $util.LongBits(message.packetsPublished.low >>> 0, message.packetsPublished.high >>> 0).toNumber(true) : message.packetsPublished;
                if (message.journeysPublished != null && $Object.hasOwnProperty.call(message, "journeysPublished"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.journeysPublished = typeof message.journeysPublished === "number" ? $BigInt(message.journeysPublished) : $util.Long.fromBits(message.journeysPublished.low >>> 0, message.journeysPublished.high >>> 0, true).toBigInt();
                    else if (typeof message.journeysPublished === "number")
                        object.journeysPublished = options.longs === $String ? $String(message.journeysPublished) : message.journeysPublished;
                    else
                        object.journeysPublished = options.longs === $String ? $util.Long.prototype.toString.call(message.journeysPublished) : options.longs === $Number ? new $util.LongBits(message.journeysPublished.low >>> 0, message.journeysPublished.high >>> 0).toNumber(true) : message.journeysPublished;
                if (message.agentQueueLost != null && $Object.hasOwnProperty.call(message, "agentQueueLost"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.agentQueueLost = typeof message.agentQueueLost === "number" ? $BigInt(message.agentQueueLost) : $util.Long.fromBits(message.agentQueueLost.low >>> 0, message.agentQueueLost.high >>> 0, true).toBigInt();
                    else if (typeof message.agentQueueLost === "number")
                        object.agentQueueLost = options.longs === $String ? $String(message.agentQueueLost) : message.agentQueueLost;
                    else
                        object.agentQueueLost = options.longs === $String ? $util.Long.prototype.toString.call(message.agentQueueLost) : options.longs === $Number ? new $util.LongBits(message.agentQueueLost.low >>> 0, message.agentQueueLost.high >>> 0).toNumber(true) : message.agentQueueLost;
                if (message.clientQueueLost != null && $Object.hasOwnProperty.call(message, "clientQueueLost"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.clientQueueLost = typeof message.clientQueueLost === "number" ? $BigInt(message.clientQueueLost) : $util.Long.fromBits(message.clientQueueLost.low >>> 0, message.clientQueueLost.high >>> 0, true).toBigInt();
                    else if (typeof message.clientQueueLost === "number")
                        object.clientQueueLost = options.longs === $String ? $String(message.clientQueueLost) : message.clientQueueLost;
                    else
                        object.clientQueueLost = options.longs === $String ? $util.Long.prototype.toString.call(message.clientQueueLost) : options.longs === $Number ? new $util.LongBits(message.clientQueueLost.low >>> 0, message.clientQueueLost.high >>> 0).toNumber(true) : message.clientQueueLost;
                if (message.clients && message.clients.length) {
                    object.clients = $Array(message.clients.length);
                    for (let j = 0; j < message.clients.length; ++j)
                        object.clients[j] = $root.netscope.v1.ClientCounters.toObject(message.clients[j], options, _depth + 1);
                }
                return object;
            };

            AgentStatus.prototype.toJSON = function() {
                return AgentStatus.toObject(this, $protobuf.util.toJSONOptions);
            };

            AgentStatus.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/netscope.v1.AgentStatus";
            };

            return AgentStatus;
        })();

        v1.Envelope = (function() {

            const Envelope = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Envelope.prototype.packet = null;
            Envelope.prototype.journey = null;
            Envelope.prototype.conntrack = null;
            Envelope.prototype.conntrackStats = null;
            Envelope.prototype.qdisc = null;
            Envelope.prototype.lost = null;
            Envelope.prototype.gap = null;
            Envelope.prototype.status = null;
            Envelope.prototype.node = "";
            Envelope.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            let $oneOfFields;

            $Object.defineProperty(Envelope.prototype, "item", {
                get: $util.oneOfGetter($oneOfFields = ["packet", "journey", "conntrack", "conntrackStats", "qdisc", "lost", "gap", "status"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            Envelope.create = function(properties) {
                return new Envelope(properties);
            };

            Envelope.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.packet != null && $Object.hasOwnProperty.call(message, "packet"))
                    $root.netscope.v1.PacketEvent.encode(message.packet, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.journey != null && $Object.hasOwnProperty.call(message, "journey"))
                    $root.netscope.v1.Journey.encode(message.journey, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.conntrack != null && $Object.hasOwnProperty.call(message, "conntrack"))
                    $root.netscope.v1.ConntrackEvent.encode(message.conntrack, writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.conntrackStats != null && $Object.hasOwnProperty.call(message, "conntrackStats"))
                    $root.netscope.v1.ConntrackStats.encode(message.conntrackStats, writer.uint32(34).fork(), _depth + 1).ldelim();
                if (message.qdisc != null && $Object.hasOwnProperty.call(message, "qdisc"))
                    $root.netscope.v1.QdiscSample.encode(message.qdisc, writer.uint32(42).fork(), _depth + 1).ldelim();
                if (message.lost != null && $Object.hasOwnProperty.call(message, "lost"))
                    $root.netscope.v1.LostEvents.encode(message.lost, writer.uint32(50).fork(), _depth + 1).ldelim();
                if (message.gap != null && $Object.hasOwnProperty.call(message, "gap"))
                    $root.netscope.v1.Gap.encode(message.gap, writer.uint32(58).fork(), _depth + 1).ldelim();
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    $root.netscope.v1.AgentStatus.encode(message.status, writer.uint32(66).fork(), _depth + 1).ldelim();
                if (message.node != null && $Object.hasOwnProperty.call(message, "node") && message.node !== "")
                    writer.uint32(114).string(message.node);
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                    writer.uint32(120).uint64(message.seq);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Envelope.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            Envelope.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.netscope.v1.Envelope();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.packet = $root.netscope.v1.PacketEvent.decode(reader, reader.size(), $undefined, _depth + 1, message.packet);
                            message.item = "packet";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.journey = $root.netscope.v1.Journey.decode(reader, reader.size(), $undefined, _depth + 1, message.journey);
                            message.item = "journey";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.conntrack = $root.netscope.v1.ConntrackEvent.decode(reader, reader.size(), $undefined, _depth + 1, message.conntrack);
                            message.item = "conntrack";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.conntrackStats = $root.netscope.v1.ConntrackStats.decode(reader, reader.size(), $undefined, _depth + 1, message.conntrackStats);
                            message.item = "conntrackStats";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.qdisc = $root.netscope.v1.QdiscSample.decode(reader, reader.size(), $undefined, _depth + 1, message.qdisc);
                            message.item = "qdisc";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.lost = $root.netscope.v1.LostEvents.decode(reader, reader.size(), $undefined, _depth + 1, message.lost);
                            message.item = "lost";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.gap = $root.netscope.v1.Gap.decode(reader, reader.size(), $undefined, _depth + 1, message.gap);
                            message.item = "gap";
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.status = $root.netscope.v1.AgentStatus.decode(reader, reader.size(), $undefined, _depth + 1, message.status);
                            message.item = "status";
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.node = value;
                            else
                                delete message.node;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Envelope.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            Envelope.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.packet != null && $Object.hasOwnProperty.call(message, "packet")) {
                    properties.item = 1;
                    {
                        let error = $root.netscope.v1.PacketEvent.verify(message.packet, _depth + 1);
                        if (error)
                            return "packet." + error;
                    }
                }
                if (message.journey != null && $Object.hasOwnProperty.call(message, "journey")) {
                    if (properties.item === 1)
                        return "item: multiple values";
                    properties.item = 1;
                    {
                        let error = $root.netscope.v1.Journey.verify(message.journey, _depth + 1);
                        if (error)
                            return "journey." + error;
                    }
                }
                if (message.conntrack != null && $Object.hasOwnProperty.call(message, "conntrack")) {
                    if (properties.item === 1)
                        return "item: multiple values";
                    properties.item = 1;
                    {
                        let error = $root.netscope.v1.ConntrackEvent.verify(message.conntrack, _depth + 1);
                        if (error)
                            return "conntrack." + error;
                    }
                }
                if (message.conntrackStats != null && $Object.hasOwnProperty.call(message, "conntrackStats")) {
                    if (properties.item === 1)
                        return "item: multiple values";
                    properties.item = 1;
                    {
                        let error = $root.netscope.v1.ConntrackStats.verify(message.conntrackStats, _depth + 1);
                        if (error)
                            return "conntrackStats." + error;
                    }
                }
                if (message.qdisc != null && $Object.hasOwnProperty.call(message, "qdisc")) {
                    if (properties.item === 1)
                        return "item: multiple values";
                    properties.item = 1;
                    {
                        let error = $root.netscope.v1.QdiscSample.verify(message.qdisc, _depth + 1);
                        if (error)
                            return "qdisc." + error;
                    }
                }
                if (message.lost != null && $Object.hasOwnProperty.call(message, "lost")) {
                    if (properties.item === 1)
                        return "item: multiple values";
                    properties.item = 1;
                    {
                        let error = $root.netscope.v1.LostEvents.verify(message.lost, _depth + 1);
                        if (error)
                            return "lost." + error;
                    }
                }
                if (message.gap != null && $Object.hasOwnProperty.call(message, "gap")) {
                    if (properties.item === 1)
                        return "item: multiple values";
                    properties.item = 1;
                    {
                        let error = $root.netscope.v1.Gap.verify(message.gap, _depth + 1);
                        if (error)
                            return "gap." + error;
                    }
                }
                if (message.status != null && $Object.hasOwnProperty.call(message, "status")) {
                    if (properties.item === 1)
                        return "item: multiple values";
                    properties.item = 1;
                    {
                        let error = $root.netscope.v1.AgentStatus.verify(message.status, _depth + 1);
                        if (error)
                            return "status." + error;
                    }
                }
                if (message.node != null && $Object.hasOwnProperty.call(message, "node"))
                    if (!$util.isString(message.node))
                        return "node: string expected";
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (!$util.isInteger(message.seq) && !(message.seq && $util.isInteger(message.seq.low) && $util.isInteger(message.seq.high)))
                        return "seq: integer|Long expected";
                return null;
            };

            Envelope.fromObject = function (object, _depth) {
                if (object instanceof $root.netscope.v1.Envelope)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".netscope.v1.Envelope: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.netscope.v1.Envelope();
                if (object.packet != null) {
                    if (!$util.isObject(object.packet))
                        throw $TypeError(".netscope.v1.Envelope.packet: object expected");
                    message.packet = $root.netscope.v1.PacketEvent.fromObject(object.packet, _depth + 1);
                }
                if (object.journey != null) {
                    if (!$util.isObject(object.journey))
                        throw $TypeError(".netscope.v1.Envelope.journey: object expected");
                    message.journey = $root.netscope.v1.Journey.fromObject(object.journey, _depth + 1);
                }
                if (object.conntrack != null) {
                    if (!$util.isObject(object.conntrack))
                        throw $TypeError(".netscope.v1.Envelope.conntrack: object expected");
                    message.conntrack = $root.netscope.v1.ConntrackEvent.fromObject(object.conntrack, _depth + 1);
                }
                if (object.conntrackStats != null) {
                    if (!$util.isObject(object.conntrackStats))
                        throw $TypeError(".netscope.v1.Envelope.conntrackStats: object expected");
                    message.conntrackStats = $root.netscope.v1.ConntrackStats.fromObject(object.conntrackStats, _depth + 1);
                }
                if (object.qdisc != null) {
                    if (!$util.isObject(object.qdisc))
                        throw $TypeError(".netscope.v1.Envelope.qdisc: object expected");
                    message.qdisc = $root.netscope.v1.QdiscSample.fromObject(object.qdisc, _depth + 1);
                }
                if (object.lost != null) {
                    if (!$util.isObject(object.lost))
                        throw $TypeError(".netscope.v1.Envelope.lost: object expected");
                    message.lost = $root.netscope.v1.LostEvents.fromObject(object.lost, _depth + 1);
                }
                if (object.gap != null) {
                    if (!$util.isObject(object.gap))
                        throw $TypeError(".netscope.v1.Envelope.gap: object expected");
                    message.gap = $root.netscope.v1.Gap.fromObject(object.gap, _depth + 1);
                }
                if (object.status != null) {
                    if (!$util.isObject(object.status))
                        throw $TypeError(".netscope.v1.Envelope.status: object expected");
                    message.status = $root.netscope.v1.AgentStatus.fromObject(object.status, _depth + 1);
                }
                if (object.node != null)
                    if (typeof object.node !== "string" || object.node.length)
                        message.node = $String(object.node);
                if (object.seq != null)
                    if (typeof object.seq === "object" ? object.seq.low || object.seq.high : $Number(object.seq) !== 0)
                        if ($util.Long)
                            message.seq = $util.Long.fromValue(object.seq, true);
                        else if (typeof object.seq === "string")
                            message.seq = $parseInt(object.seq, 10);
                        else if (typeof object.seq === "number")
                            message.seq = object.seq;
                        else if (typeof object.seq === "object")
                            message.seq = new $util.LongBits(object.seq.low >>> 0, object.seq.high >>> 0).toNumber(true);
                return message;
            };

            Envelope.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.node = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.seq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.seq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.packet != null && $Object.hasOwnProperty.call(message, "packet")) {
                    object.packet = $root.netscope.v1.PacketEvent.toObject(message.packet, options, _depth + 1);
                    if (options.oneofs)
                        object.item = "packet";
                }
                if (message.journey != null && $Object.hasOwnProperty.call(message, "journey")) {
                    object.journey = $root.netscope.v1.Journey.toObject(message.journey, options, _depth + 1);
                    if (options.oneofs)
                        object.item = "journey";
                }
                if (message.conntrack != null && $Object.hasOwnProperty.call(message, "conntrack")) {
                    object.conntrack = $root.netscope.v1.ConntrackEvent.toObject(message.conntrack, options, _depth + 1);
                    if (options.oneofs)
                        object.item = "conntrack";
                }
                if (message.conntrackStats != null && $Object.hasOwnProperty.call(message, "conntrackStats")) {
                    object.conntrackStats = $root.netscope.v1.ConntrackStats.toObject(message.conntrackStats, options, _depth + 1);
                    if (options.oneofs)
                        object.item = "conntrackStats";
                }
                if (message.qdisc != null && $Object.hasOwnProperty.call(message, "qdisc")) {
                    object.qdisc = $root.netscope.v1.QdiscSample.toObject(message.qdisc, options, _depth + 1);
                    if (options.oneofs)
                        object.item = "qdisc";
                }
                if (message.lost != null && $Object.hasOwnProperty.call(message, "lost")) {
                    object.lost = $root.netscope.v1.LostEvents.toObject(message.lost, options, _depth + 1);
                    if (options.oneofs)
                        object.item = "lost";
                }
                if (message.gap != null && $Object.hasOwnProperty.call(message, "gap")) {
                    object.gap = $root.netscope.v1.Gap.toObject(message.gap, options, _depth + 1);
                    if (options.oneofs)
                        object.item = "gap";
                }
                if (message.status != null && $Object.hasOwnProperty.call(message, "status")) {
                    object.status = $root.netscope.v1.AgentStatus.toObject(message.status, options, _depth + 1);
                    if (options.oneofs)
                        object.item = "status";
                }
                if (message.node != null && $Object.hasOwnProperty.call(message, "node"))
                    object.node = message.node;
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.seq = typeof message.seq === "number" ? $BigInt(message.seq) : $util.Long.fromBits(message.seq.low >>> 0, message.seq.high >>> 0, true).toBigInt();
                    else if (typeof message.seq === "number")
                        object.seq = options.longs === $String ? $String(message.seq) : message.seq;
                    else
                        object.seq = options.longs === $String ? $util.Long.prototype.toString.call(message.seq) : options.longs === $Number ? new $util.LongBits(message.seq.low >>> 0, message.seq.high >>> 0).toNumber(true) : message.seq;
                return object;
            };

            Envelope.prototype.toJSON = function() {
                return Envelope.toObject(this, $protobuf.util.toJSONOptions);
            };

            Envelope.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/netscope.v1.Envelope";
            };

            return Envelope;
        })();

        v1.EventKind = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "EVENT_KIND_UNKNOWN"] = 0;
            values[valuesById[1] = "EVENT_KIND_PACKET"] = 1;
            values[valuesById[2] = "EVENT_KIND_JOURNEY"] = 2;
            values[valuesById[3] = "EVENT_KIND_CONNTRACK"] = 3;
            values[valuesById[4] = "EVENT_KIND_CONNTRACK_STATS"] = 4;
            values[valuesById[5] = "EVENT_KIND_QDISC"] = 5;
            values[valuesById[6] = "EVENT_KIND_LOST"] = 6;
            values[valuesById[7] = "EVENT_KIND_GAP"] = 7;
            values[valuesById[8] = "EVENT_KIND_STATUS"] = 8;
            return values;
        })();

        v1.Filter = (function() {

            const Filter = function (properties) {
                this.protocol = [];
                this.address = [];
                this.port = [];
                this.netns = [];
                this["interface"] = [];
                this.hook = [];
                this.verdict = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Filter.prototype.protocol = $util.emptyArray;
            Filter.prototype.address = $util.emptyArray;
            Filter.prototype.port = $util.emptyArray;
            Filter.prototype.netns = $util.emptyArray;
            Filter.prototype["interface"] = $util.emptyArray;
            Filter.prototype.hook = $util.emptyArray;
            Filter.prototype.verdict = $util.emptyArray;

            Filter.create = function(properties) {
                return new Filter(properties);
            };

            Filter.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.protocol != null && message.protocol.length)
                    writer.uint32(10).uint32s(message.protocol);
                if (message.address != null && message.address.length)
                    for (let i = 0; i < message.address.length; ++i)
                        writer.uint32(18).string(message.address[i]);
                if (message.port != null && message.port.length)
                    writer.uint32(26).uint32s(message.port);
                if (message.netns != null && message.netns.length)
                    for (let i = 0; i < message.netns.length; ++i)
                        writer.uint32(34).string(message.netns[i]);
                if (message["interface"] != null && message["interface"].length)
                    for (let i = 0; i < message["interface"].length; ++i)
                        writer.uint32(42).string(message["interface"][i]);
                if (message.hook != null && message.hook.length)
                    writer.uint32(50).int32s(message.hook);
                if (message.verdict != null && message.verdict.length)
                    writer.uint32(58).int32s(message.verdict);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Filter.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            Filter.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.netscope.v1.Filter();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType === 2) {
                                if (!(message.protocol && message.protocol.length))
                                    message.protocol = [];
                                reader.uint32s(message.protocol);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.protocol && message.protocol.length))
                                message.protocol = [];
                            message.protocol.push(reader.uint32());
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.address && message.address.length))
                                message.address = [];
                            message.address.push(reader.stringVerify());
                            continue;
                        }
                    case 3: {
                            if (wireType === 2) {
                                if (!(message.port && message.port.length))
                                    message.port = [];
                                reader.uint32s(message.port);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.port && message.port.length))
                                message.port = [];
                            message.port.push(reader.uint32());
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.netns && message.netns.length))
                                message.netns = [];
                            message.netns.push(reader.stringVerify());
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message["interface"] && message["interface"].length))
                                message["interface"] = [];
                            message["interface"].push(reader.stringVerify());
                            continue;
                        }
                    case 6: {
                            if (wireType === 2) {
                                if (!(message.hook && message.hook.length))
                                    message.hook = [];
                                reader.int32s(message.hook);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.hook && message.hook.length))
                                message.hook = [];
                            message.hook.push(reader.int32());
                            continue;
                        }
                    case 7: {
                            if (wireType === 2) {
                                if (!(message.verdict && message.verdict.length))
                                    message.verdict = [];
                                reader.int32s(message.verdict);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.verdict && message.verdict.length))
                                message.verdict = [];
                            message.verdict.push(reader.int32());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Filter.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            Filter.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.protocol != null && $Object.hasOwnProperty.call(message, "protocol")) {
                    if (!$Array.isArray(message.protocol))
                        return "protocol: array expected";
                    for (let i = 0; i < message.protocol.length; ++i)
                        if (!$util.isInteger(message.protocol[i]))
                            return "protocol: integer[] expected";
                }
                if (message.address != null && $Object.hasOwnProperty.call(message, "address")) {
                    if (!$Array.isArray(message.address))
                        return "address: array expected";
                    for (let i = 0; i < message.address.length; ++i)
                        if (!$util.isString(message.address[i]))
                            return "address: string[] expected";
                }
                if (message.port != null && $Object.hasOwnProperty.call(message, "port")) {
                    if (!$Array.isArray(message.port))
                        return "port: array expected";
                    for (let i = 0; i < message.port.length; ++i)
                        if (!$util.isInteger(message.port[i]))
                            return "port: integer[] expected";
                }
                if (message.netns != null && $Object.hasOwnProperty.call(message, "netns")) {
                    if (!$Array.isArray(message.netns))
                        return "netns: array expected";
                    for (let i = 0; i < message.netns.length; ++i)
                        if (!$util.isString(message.netns[i]))
                            return "netns: string[] expected";
                }
                if (message["interface"] != null && $Object.hasOwnProperty.call(message, "interface")) {
                    if (!$Array.isArray(message["interface"]))
                        return "interface: array expected";
                    for (let i = 0; i < message["interface"].length; ++i)
                        if (!$util.isString(message["interface"][i]))
                            return "interface: string[] expected";
                }
                if (message.hook != null && $Object.hasOwnProperty.call(message, "hook")) {
                    if (!$Array.isArray(message.hook))
                        return "hook: array expected";
                    for (let i = 0; i < message.hook.length; ++i)
                        if (typeof message.hook[i] !== "number" || (message.hook[i] | 0) !== message.hook[i])
                            return "hook: enum value[] expected";
                }
                if (message.verdict != null && $Object.hasOwnProperty.call(message, "verdict")) {
                    if (!$Array.isArray(message.verdict))
                        return "verdict: array expected";
                    for (let i = 0; i < message.verdict.length; ++i)
                        if (typeof message.verdict[i] !== "number" || (message.verdict[i] | 0) !== message.verdict[i])
                            return "verdict: enum value[] expected";
                }
                return null;
            };

            Filter.fromObject = function (object, _depth) {
                if (object instanceof $root.netscope.v1.Filter)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".netscope.v1.Filter: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.netscope.v1.Filter();
                if (object.protocol) {
                    if (!$Array.isArray(object.protocol))
                        throw $TypeError(".netscope.v1.Filter.protocol: array expected");
                    message.protocol = $Array(object.protocol.length);
                    for (let i = 0; i < object.protocol.length; ++i)
                        message.protocol[i] = object.protocol[i] >>> 0;
                }
                if (object.address) {
                    if (!$Array.isArray(object.address))
                        throw $TypeError(".netscope.v1.Filter.address: array expected");
                    message.address = $Array(object.address.length);
                    for (let i = 0; i < object.address.length; ++i)
                        message.address[i] = $String(object.address[i]);
                }
                if (object.port) {
                    if (!$Array.isArray(object.port))
                        throw $TypeError(".netscope.v1.Filter.port: array expected");
                    message.port = $Array(object.port.length);
                    for (let i = 0; i < object.port.length; ++i)
                        message.port[i] = object.port[i] >>> 0;
                }
                if (object.netns) {
                    if (!$Array.isArray(object.netns))
                        throw $TypeError(".netscope.v1.Filter.netns: array expected");
                    message.netns = $Array(object.netns.length);
                    for (let i = 0; i < object.netns.length; ++i)
                        message.netns[i] = $String(object.netns[i]);
                }
                if (object["interface"]) {
                    if (!$Array.isArray(object["interface"]))
                        throw $TypeError(".netscope.v1.Filter.interface: array expected");
                    message["interface"] = $Array(object["interface"].length);
                    for (let i = 0; i < object["interface"].length; ++i)
                        message["interface"][i] = $String(object["interface"][i]);
                }
                if (object.hook) {
                    if (!$Array.isArray(object.hook))
                        throw $TypeError(".netscope.v1.Filter.hook: array expected");
                    message.hook = [];
                    for (let i = 0; i < object.hook.length; ++i)
                        switch (object.hook[i]) {
                        case "HOOK_UNKNOWN":
                        case 0:
                            message.hook[message.hook.length] = 0;
                            break;
                        case "HOOK_PREROUTING":
                        case 1:
                            message.hook[message.hook.length] = 1;
                            break;
                        case "HOOK_INPUT":
                        case 2:
                            message.hook[message.hook.length] = 2;
                            break;
                        case "HOOK_FORWARD":
                        case 3:
                            message.hook[message.hook.length] = 3;
                            break;
                        case "HOOK_OUTPUT":
                        case 4:
                            message.hook[message.hook.length] = 4;
                            break;
                        case "HOOK_POSTROUTING":
                        case 5:
                            message.hook[message.hook.length] = 5;
                            break;
                        default:
                            if (typeof object.hook[i] === "number" && (object.hook[i] | 0) === object.hook[i])
                                message.hook[message.hook.length] = object.hook[i];
                        }
                }
                if (object.verdict) {
                    if (!$Array.isArray(object.verdict))
                        throw $TypeError(".netscope.v1.Filter.verdict: array expected");
                    message.verdict = [];
                    for (let i = 0; i < object.verdict.length; ++i)
                        switch (object.verdict[i]) {
                        case "VERDICT_UNKNOWN":
                        case 0:
                            message.verdict[message.verdict.length] = 0;
                            break;
                        case "VERDICT_DELIVERED":
                        case 1:
                            message.verdict[message.verdict.length] = 1;
                            break;
                        case "VERDICT_DROPPED":
                        case 2:
                            message.verdict[message.verdict.length] = 2;
                            break;
                        case "VERDICT_INCOMPLETE":
                        case 3:
                            message.verdict[message.verdict.length] = 3;
                            break;
                        default:
                            if (typeof object.verdict[i] === "number" && (object.verdict[i] | 0) === object.verdict[i])
                                message.verdict[message.verdict.length] = object.verdict[i];
                        }
                }
                return message;
            };

            Filter.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.protocol = [];
                    object.address = [];
                    object.port = [];
                    object.netns = [];
                    object["interface"] = [];
                    object.hook = [];
                    object.verdict = [];
                }
                if (message.protocol && message.protocol.length) {
                    object.protocol = $Array(message.protocol.length);
                    for (let j = 0; j < message.protocol.length; ++j)
                        object.protocol[j] = message.protocol[j];
                }
                if (message.address && message.address.length) {
                    object.address = $Array(message.address.length);
                    for (let j = 0; j < message.address.length; ++j)
                        object.address[j] = message.address[j];
                }
                if (message.port && message.port.length) {
                    object.port = $Array(message.port.length);
                    for (let j = 0; j < message.port.length; ++j)
                        object.port[j] = message.port[j];
                }
                if (message.netns && message.netns.length) {
                    object.netns = $Array(message.netns.length);
                    for (let j = 0; j < message.netns.length; ++j)
                        object.netns[j] = message.netns[j];
                }
                if (message["interface"] && message["interface"].length) {
                    object["interface"] = $Array(message["interface"].length);
                    for (let j = 0; j < message["interface"].length; ++j)
                        object["interface"][j] = message["interface"][j];
                }
                if (message.hook && message.hook.length) {
                    object.hook = $Array(message.hook.length);
                    for (let j = 0; j < message.hook.length; ++j)
                        object.hook[j] = options.enums === $String ? $root.netscope.v1.Hook[message.hook[j]] === $undefined ? message.hook[j] : $root.netscope.v1.Hook[message.hook[j]] : message.hook[j];
                }
                if (message.verdict && message.verdict.length) {
                    object.verdict = $Array(message.verdict.length);
                    for (let j = 0; j < message.verdict.length; ++j)
                        object.verdict[j] = options.enums === $String ? $root.netscope.v1.Verdict[message.verdict[j]] === $undefined ? message.verdict[j] : $root.netscope.v1.Verdict[message.verdict[j]] : message.verdict[j];
                }
                return object;
            };

            Filter.prototype.toJSON = function() {
                return Filter.toObject(this, $protobuf.util.toJSONOptions);
            };

            Filter.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/netscope.v1.Filter";
            };

            return Filter;
        })();

        v1.ObserveRequest = (function() {

            const ObserveRequest = function (properties) {
                this.kinds = [];
                this.allow = [];
                this.deny = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ObserveRequest.prototype.kinds = $util.emptyArray;
            ObserveRequest.prototype.allow = $util.emptyArray;
            ObserveRequest.prototype.deny = $util.emptyArray;
            ObserveRequest.prototype.follow = false;
            ObserveRequest.prototype.first = 0;
            ObserveRequest.prototype.last = 0;
            ObserveRequest.prototype.sinceNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            ObserveRequest.create = function(properties) {
                return new ObserveRequest(properties);
            };

            ObserveRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.kinds != null && message.kinds.length)
                    writer.uint32(10).int32s(message.kinds);
                if (message.allow != null && message.allow.length)
                    for (let i = 0; i < message.allow.length; ++i)
                        $root.netscope.v1.Filter.encode(message.allow[i], writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.deny != null && message.deny.length)
                    for (let i = 0; i < message.deny.length; ++i)
                        $root.netscope.v1.Filter.encode(message.deny[i], writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.follow != null && $Object.hasOwnProperty.call(message, "follow") && message.follow !== false)
                    writer.uint32(32).bool(message.follow);
                if (message.first != null && $Object.hasOwnProperty.call(message, "first") && message.first !== 0)
                    writer.uint32(40).uint32(message.first);
                if (message.last != null && $Object.hasOwnProperty.call(message, "last") && message.last !== 0)
                    writer.uint32(48).uint32(message.last);
                if (message.sinceNs != null && $Object.hasOwnProperty.call(message, "sinceNs") && (typeof message.sinceNs === "object" ? message.sinceNs.low || message.sinceNs.high : message.sinceNs !== 0))
                    writer.uint32(56).uint64(message.sinceNs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ObserveRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            ObserveRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.netscope.v1.ObserveRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType === 2) {
                                if (!(message.kinds && message.kinds.length))
                                    message.kinds = [];
                                reader.int32s(message.kinds);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.kinds && message.kinds.length))
                                message.kinds = [];
                            message.kinds.push(reader.int32());
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.allow && message.allow.length))
                                message.allow = [];
                            message.allow.push($root.netscope.v1.Filter.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.deny && message.deny.length))
                                message.deny = [];
                            message.deny.push($root.netscope.v1.Filter.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.follow = value;
                            else
                                delete message.follow;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.first = value;
                            else
                                delete message.first;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.last = value;
                            else
                                delete message.last;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.sinceNs = value;
                            else
                                delete message.sinceNs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ObserveRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            ObserveRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.kinds != null && $Object.hasOwnProperty.call(message, "kinds")) {
                    if (!$Array.isArray(message.kinds))
                        return "kinds: array expected";
                    for (let i = 0; i < message.kinds.length; ++i)
                        if (typeof message.kinds[i] !== "number" || (message.kinds[i] | 0) !== message.kinds[i])
                            return "kinds: enum value[] expected";
                }
                if (message.allow != null && $Object.hasOwnProperty.call(message, "allow")) {
                    if (!$Array.isArray(message.allow))
                        return "allow: array expected";
                    for (let i = 0; i < message.allow.length; ++i) {
                        let error = $root.netscope.v1.Filter.verify(message.allow[i], _depth + 1);
                        if (error)
                            return "allow." + error;
                    }
                }
                if (message.deny != null && $Object.hasOwnProperty.call(message, "deny")) {
                    if (!$Array.isArray(message.deny))
                        return "deny: array expected";
                    for (let i = 0; i < message.deny.length; ++i) {
                        let error = $root.netscope.v1.Filter.verify(message.deny[i], _depth + 1);
                        if (error)
                            return "deny." + error;
                    }
                }
                if (message.follow != null && $Object.hasOwnProperty.call(message, "follow"))
                    if (typeof message.follow !== "boolean")
                        return "follow: boolean expected";
                if (message.first != null && $Object.hasOwnProperty.call(message, "first"))
                    if (!$util.isInteger(message.first))
                        return "first: integer expected";
                if (message.last != null && $Object.hasOwnProperty.call(message, "last"))
                    if (!$util.isInteger(message.last))
                        return "last: integer expected";
                if (message.sinceNs != null && $Object.hasOwnProperty.call(message, "sinceNs"))
                    if (!$util.isInteger(message.sinceNs) && !(message.sinceNs && $util.isInteger(message.sinceNs.low) && $util.isInteger(message.sinceNs.high)))
                        return "sinceNs: integer|Long expected";
                return null;
            };

            ObserveRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.netscope.v1.ObserveRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".netscope.v1.ObserveRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.netscope.v1.ObserveRequest();
                if (object.kinds) {
                    if (!$Array.isArray(object.kinds))
                        throw $TypeError(".netscope.v1.ObserveRequest.kinds: array expected");
                    message.kinds = [];
                    for (let i = 0; i < object.kinds.length; ++i)
                        switch (object.kinds[i]) {
                        case "EVENT_KIND_UNKNOWN":
                        case 0:
                            message.kinds[message.kinds.length] = 0;
                            break;
                        case "EVENT_KIND_PACKET":
                        case 1:
                            message.kinds[message.kinds.length] = 1;
                            break;
                        case "EVENT_KIND_JOURNEY":
                        case 2:
                            message.kinds[message.kinds.length] = 2;
                            break;
                        case "EVENT_KIND_CONNTRACK":
                        case 3:
                            message.kinds[message.kinds.length] = 3;
                            break;
                        case "EVENT_KIND_CONNTRACK_STATS":
                        case 4:
                            message.kinds[message.kinds.length] = 4;
                            break;
                        case "EVENT_KIND_QDISC":
                        case 5:
                            message.kinds[message.kinds.length] = 5;
                            break;
                        case "EVENT_KIND_LOST":
                        case 6:
                            message.kinds[message.kinds.length] = 6;
                            break;
                        case "EVENT_KIND_GAP":
                        case 7:
                            message.kinds[message.kinds.length] = 7;
                            break;
                        case "EVENT_KIND_STATUS":
                        case 8:
                            message.kinds[message.kinds.length] = 8;
                            break;
                        default:
                            if (typeof object.kinds[i] === "number" && (object.kinds[i] | 0) === object.kinds[i])
                                message.kinds[message.kinds.length] = object.kinds[i];
                        }
                }
                if (object.allow) {
                    if (!$Array.isArray(object.allow))
                        throw $TypeError(".netscope.v1.ObserveRequest.allow: array expected");
                    message.allow = $Array(object.allow.length);
                    for (let i = 0; i < object.allow.length; ++i) {
                        if (!$util.isObject(object.allow[i]))
                            throw $TypeError(".netscope.v1.ObserveRequest.allow: object expected");
                        message.allow[i] = $root.netscope.v1.Filter.fromObject(object.allow[i], _depth + 1);
                    }
                }
                if (object.deny) {
                    if (!$Array.isArray(object.deny))
                        throw $TypeError(".netscope.v1.ObserveRequest.deny: array expected");
                    message.deny = $Array(object.deny.length);
                    for (let i = 0; i < object.deny.length; ++i) {
                        if (!$util.isObject(object.deny[i]))
                            throw $TypeError(".netscope.v1.ObserveRequest.deny: object expected");
                        message.deny[i] = $root.netscope.v1.Filter.fromObject(object.deny[i], _depth + 1);
                    }
                }
                if (object.follow != null)
                    if (object.follow)
                        message.follow = $Boolean(object.follow);
                if (object.first != null)
                    if ($Number(object.first) !== 0)
                        message.first = object.first >>> 0;
                if (object.last != null)
                    if ($Number(object.last) !== 0)
                        message.last = object.last >>> 0;
                if (object.sinceNs != null)
                    if (typeof object.sinceNs === "object" ? object.sinceNs.low || object.sinceNs.high : $Number(object.sinceNs) !== 0)
                        if ($util.Long)
                            message.sinceNs = $util.Long.fromValue(object.sinceNs, true);
                        else if (typeof object.sinceNs === "string")
                            message.sinceNs = $parseInt(object.sinceNs, 10);
                        else if (typeof object.sinceNs === "number")
                            message.sinceNs = object.sinceNs;
                        else if (typeof object.sinceNs === "object")
                            message.sinceNs = new $util.LongBits(object.sinceNs.low >>> 0, object.sinceNs.high >>> 0).toNumber(true);
                return message;
            };

            ObserveRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.kinds = [];
                    object.allow = [];
                    object.deny = [];
                }
                if (options.defaults) {
                    object.follow = false;
                    object.first = 0;
                    object.last = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.sinceNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.sinceNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.kinds && message.kinds.length) {
                    object.kinds = $Array(message.kinds.length);
                    for (let j = 0; j < message.kinds.length; ++j)
                        object.kinds[j] = options.enums === $String ? $root.netscope.v1.EventKind[message.kinds[j]] === $undefined ? message.kinds[j] : $root.netscope.v1.EventKind[message.kinds[j]] : message.kinds[j];
                }
                if (message.allow && message.allow.length) {
                    object.allow = $Array(message.allow.length);
                    for (let j = 0; j < message.allow.length; ++j)
                        object.allow[j] = $root.netscope.v1.Filter.toObject(message.allow[j], options, _depth + 1);
                }
                if (message.deny && message.deny.length) {
                    object.deny = $Array(message.deny.length);
                    for (let j = 0; j < message.deny.length; ++j)
                        object.deny[j] = $root.netscope.v1.Filter.toObject(message.deny[j], options, _depth + 1);
                }
                if (message.follow != null && $Object.hasOwnProperty.call(message, "follow"))
                    object.follow = message.follow;
                if (message.first != null && $Object.hasOwnProperty.call(message, "first"))
                    object.first = message.first;
                if (message.last != null && $Object.hasOwnProperty.call(message, "last"))
                    object.last = message.last;
                if (message.sinceNs != null && $Object.hasOwnProperty.call(message, "sinceNs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.sinceNs = typeof message.sinceNs === "number" ? $BigInt(message.sinceNs) : $util.Long.fromBits(message.sinceNs.low >>> 0, message.sinceNs.high >>> 0, true).toBigInt();
                    else if (typeof message.sinceNs === "number")
                        object.sinceNs = options.longs === $String ? $String(message.sinceNs) : message.sinceNs;
                    else
                        object.sinceNs = options.longs === $String ? $util.Long.prototype.toString.call(message.sinceNs) : options.longs === $Number ? new $util.LongBits(message.sinceNs.low >>> 0, message.sinceNs.high >>> 0).toNumber(true) : message.sinceNs;
                return object;
            };

            ObserveRequest.prototype.toJSON = function() {
                return ObserveRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            ObserveRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/netscope.v1.ObserveRequest";
            };

            return ObserveRequest;
        })();

        v1.ObserveResponse = (function() {

            const ObserveResponse = function (properties) {
                this.envelopes = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ObserveResponse.prototype.envelopes = $util.emptyArray;

            ObserveResponse.create = function(properties) {
                return new ObserveResponse(properties);
            };

            ObserveResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.envelopes != null && message.envelopes.length)
                    for (let i = 0; i < message.envelopes.length; ++i)
                        $root.netscope.v1.Envelope.encode(message.envelopes[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ObserveResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            ObserveResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.netscope.v1.ObserveResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.envelopes && message.envelopes.length))
                                message.envelopes = [];
                            message.envelopes.push($root.netscope.v1.Envelope.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ObserveResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            ObserveResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.envelopes != null && $Object.hasOwnProperty.call(message, "envelopes")) {
                    if (!$Array.isArray(message.envelopes))
                        return "envelopes: array expected";
                    for (let i = 0; i < message.envelopes.length; ++i) {
                        let error = $root.netscope.v1.Envelope.verify(message.envelopes[i], _depth + 1);
                        if (error)
                            return "envelopes." + error;
                    }
                }
                return null;
            };

            ObserveResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.netscope.v1.ObserveResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".netscope.v1.ObserveResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.netscope.v1.ObserveResponse();
                if (object.envelopes) {
                    if (!$Array.isArray(object.envelopes))
                        throw $TypeError(".netscope.v1.ObserveResponse.envelopes: array expected");
                    message.envelopes = $Array(object.envelopes.length);
                    for (let i = 0; i < object.envelopes.length; ++i) {
                        if (!$util.isObject(object.envelopes[i]))
                            throw $TypeError(".netscope.v1.ObserveResponse.envelopes: object expected");
                        message.envelopes[i] = $root.netscope.v1.Envelope.fromObject(object.envelopes[i], _depth + 1);
                    }
                }
                return message;
            };

            ObserveResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.envelopes = [];
                if (message.envelopes && message.envelopes.length) {
                    object.envelopes = $Array(message.envelopes.length);
                    for (let j = 0; j < message.envelopes.length; ++j)
                        object.envelopes[j] = $root.netscope.v1.Envelope.toObject(message.envelopes[j], options, _depth + 1);
                }
                return object;
            };

            ObserveResponse.prototype.toJSON = function() {
                return ObserveResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            ObserveResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/netscope.v1.ObserveResponse";
            };

            return ObserveResponse;
        })();

        v1.GetStatusRequest = (function() {

            const GetStatusRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            GetStatusRequest.create = function(properties) {
                return new GetStatusRequest(properties);
            };

            GetStatusRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            GetStatusRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            GetStatusRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.netscope.v1.GetStatusRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            GetStatusRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            GetStatusRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                return null;
            };

            GetStatusRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.netscope.v1.GetStatusRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".netscope.v1.GetStatusRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.netscope.v1.GetStatusRequest();
            };

            GetStatusRequest.toObject = function () {
                return {};
            };

            GetStatusRequest.prototype.toJSON = function() {
                return GetStatusRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            GetStatusRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/netscope.v1.GetStatusRequest";
            };

            return GetStatusRequest;
        })();

        v1.GetStatusResponse = (function() {

            const GetStatusResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            GetStatusResponse.prototype.status = null;

            GetStatusResponse.create = function(properties) {
                return new GetStatusResponse(properties);
            };

            GetStatusResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    $root.netscope.v1.AgentStatus.encode(message.status, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            GetStatusResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            GetStatusResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.netscope.v1.GetStatusResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.status = $root.netscope.v1.AgentStatus.decode(reader, reader.size(), $undefined, _depth + 1, message.status);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            GetStatusResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            GetStatusResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.status != null && $Object.hasOwnProperty.call(message, "status")) {
                    let error = $root.netscope.v1.AgentStatus.verify(message.status, _depth + 1);
                    if (error)
                        return "status." + error;
                }
                return null;
            };

            GetStatusResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.netscope.v1.GetStatusResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".netscope.v1.GetStatusResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.netscope.v1.GetStatusResponse();
                if (object.status != null) {
                    if (!$util.isObject(object.status))
                        throw $TypeError(".netscope.v1.GetStatusResponse.status: object expected");
                    message.status = $root.netscope.v1.AgentStatus.fromObject(object.status, _depth + 1);
                }
                return message;
            };

            GetStatusResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.status = null;
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    object.status = $root.netscope.v1.AgentStatus.toObject(message.status, options, _depth + 1);
                return object;
            };

            GetStatusResponse.prototype.toJSON = function() {
                return GetStatusResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            GetStatusResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/netscope.v1.GetStatusResponse";
            };

            return GetStatusResponse;
        })();

        v1.GetProbeSetsRequest = (function() {

            const GetProbeSetsRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            GetProbeSetsRequest.create = function(properties) {
                return new GetProbeSetsRequest(properties);
            };

            GetProbeSetsRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            GetProbeSetsRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            GetProbeSetsRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.netscope.v1.GetProbeSetsRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            GetProbeSetsRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            GetProbeSetsRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                return null;
            };

            GetProbeSetsRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.netscope.v1.GetProbeSetsRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".netscope.v1.GetProbeSetsRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.netscope.v1.GetProbeSetsRequest();
            };

            GetProbeSetsRequest.toObject = function () {
                return {};
            };

            GetProbeSetsRequest.prototype.toJSON = function() {
                return GetProbeSetsRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            GetProbeSetsRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/netscope.v1.GetProbeSetsRequest";
            };

            return GetProbeSetsRequest;
        })();

        v1.GetProbeSetsResponse = (function() {

            const GetProbeSetsResponse = function (properties) {
                this.probeSets = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            GetProbeSetsResponse.prototype.probeSets = $util.emptyArray;

            GetProbeSetsResponse.create = function(properties) {
                return new GetProbeSetsResponse(properties);
            };

            GetProbeSetsResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.probeSets != null && message.probeSets.length)
                    for (let i = 0; i < message.probeSets.length; ++i)
                        $root.netscope.v1.ProbeSetStatus.encode(message.probeSets[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            GetProbeSetsResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            GetProbeSetsResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.netscope.v1.GetProbeSetsResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.probeSets && message.probeSets.length))
                                message.probeSets = [];
                            message.probeSets.push($root.netscope.v1.ProbeSetStatus.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            GetProbeSetsResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            GetProbeSetsResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.probeSets != null && $Object.hasOwnProperty.call(message, "probeSets")) {
                    if (!$Array.isArray(message.probeSets))
                        return "probeSets: array expected";
                    for (let i = 0; i < message.probeSets.length; ++i) {
                        let error = $root.netscope.v1.ProbeSetStatus.verify(message.probeSets[i], _depth + 1);
                        if (error)
                            return "probeSets." + error;
                    }
                }
                return null;
            };

            GetProbeSetsResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.netscope.v1.GetProbeSetsResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".netscope.v1.GetProbeSetsResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.netscope.v1.GetProbeSetsResponse();
                if (object.probeSets) {
                    if (!$Array.isArray(object.probeSets))
                        throw $TypeError(".netscope.v1.GetProbeSetsResponse.probeSets: array expected");
                    message.probeSets = $Array(object.probeSets.length);
                    for (let i = 0; i < object.probeSets.length; ++i) {
                        if (!$util.isObject(object.probeSets[i]))
                            throw $TypeError(".netscope.v1.GetProbeSetsResponse.probeSets: object expected");
                        message.probeSets[i] = $root.netscope.v1.ProbeSetStatus.fromObject(object.probeSets[i], _depth + 1);
                    }
                }
                return message;
            };

            GetProbeSetsResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.probeSets = [];
                if (message.probeSets && message.probeSets.length) {
                    object.probeSets = $Array(message.probeSets.length);
                    for (let j = 0; j < message.probeSets.length; ++j)
                        object.probeSets[j] = $root.netscope.v1.ProbeSetStatus.toObject(message.probeSets[j], options, _depth + 1);
                }
                return object;
            };

            GetProbeSetsResponse.prototype.toJSON = function() {
                return GetProbeSetsResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            GetProbeSetsResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/netscope.v1.GetProbeSetsResponse";
            };

            return GetProbeSetsResponse;
        })();

        v1.GetConntrackRequest = (function() {

            const GetConntrackRequest = function (properties) {
                this.allow = [];
                this.deny = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            GetConntrackRequest.prototype.allow = $util.emptyArray;
            GetConntrackRequest.prototype.deny = $util.emptyArray;

            GetConntrackRequest.create = function(properties) {
                return new GetConntrackRequest(properties);
            };

            GetConntrackRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.allow != null && message.allow.length)
                    for (let i = 0; i < message.allow.length; ++i)
                        $root.netscope.v1.Filter.encode(message.allow[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.deny != null && message.deny.length)
                    for (let i = 0; i < message.deny.length; ++i)
                        $root.netscope.v1.Filter.encode(message.deny[i], writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            GetConntrackRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            GetConntrackRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.netscope.v1.GetConntrackRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.allow && message.allow.length))
                                message.allow = [];
                            message.allow.push($root.netscope.v1.Filter.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.deny && message.deny.length))
                                message.deny = [];
                            message.deny.push($root.netscope.v1.Filter.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            GetConntrackRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            GetConntrackRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.allow != null && $Object.hasOwnProperty.call(message, "allow")) {
                    if (!$Array.isArray(message.allow))
                        return "allow: array expected";
                    for (let i = 0; i < message.allow.length; ++i) {
                        let error = $root.netscope.v1.Filter.verify(message.allow[i], _depth + 1);
                        if (error)
                            return "allow." + error;
                    }
                }
                if (message.deny != null && $Object.hasOwnProperty.call(message, "deny")) {
                    if (!$Array.isArray(message.deny))
                        return "deny: array expected";
                    for (let i = 0; i < message.deny.length; ++i) {
                        let error = $root.netscope.v1.Filter.verify(message.deny[i], _depth + 1);
                        if (error)
                            return "deny." + error;
                    }
                }
                return null;
            };

            GetConntrackRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.netscope.v1.GetConntrackRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".netscope.v1.GetConntrackRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.netscope.v1.GetConntrackRequest();
                if (object.allow) {
                    if (!$Array.isArray(object.allow))
                        throw $TypeError(".netscope.v1.GetConntrackRequest.allow: array expected");
                    message.allow = $Array(object.allow.length);
                    for (let i = 0; i < object.allow.length; ++i) {
                        if (!$util.isObject(object.allow[i]))
                            throw $TypeError(".netscope.v1.GetConntrackRequest.allow: object expected");
                        message.allow[i] = $root.netscope.v1.Filter.fromObject(object.allow[i], _depth + 1);
                    }
                }
                if (object.deny) {
                    if (!$Array.isArray(object.deny))
                        throw $TypeError(".netscope.v1.GetConntrackRequest.deny: array expected");
                    message.deny = $Array(object.deny.length);
                    for (let i = 0; i < object.deny.length; ++i) {
                        if (!$util.isObject(object.deny[i]))
                            throw $TypeError(".netscope.v1.GetConntrackRequest.deny: object expected");
                        message.deny[i] = $root.netscope.v1.Filter.fromObject(object.deny[i], _depth + 1);
                    }
                }
                return message;
            };

            GetConntrackRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.allow = [];
                    object.deny = [];
                }
                if (message.allow && message.allow.length) {
                    object.allow = $Array(message.allow.length);
                    for (let j = 0; j < message.allow.length; ++j)
                        object.allow[j] = $root.netscope.v1.Filter.toObject(message.allow[j], options, _depth + 1);
                }
                if (message.deny && message.deny.length) {
                    object.deny = $Array(message.deny.length);
                    for (let j = 0; j < message.deny.length; ++j)
                        object.deny[j] = $root.netscope.v1.Filter.toObject(message.deny[j], options, _depth + 1);
                }
                return object;
            };

            GetConntrackRequest.prototype.toJSON = function() {
                return GetConntrackRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            GetConntrackRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/netscope.v1.GetConntrackRequest";
            };

            return GetConntrackRequest;
        })();

        v1.ConntrackTable = (function() {

            const ConntrackTable = function (properties) {
                this.entries = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ConntrackTable.prototype.netnsName = "";
            ConntrackTable.prototype.netns = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            ConntrackTable.prototype.stats = null;
            ConntrackTable.prototype.entries = $util.emptyArray;
            ConntrackTable.prototype.error = "";

            ConntrackTable.create = function(properties) {
                return new ConntrackTable(properties);
            };

            ConntrackTable.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.netnsName != null && $Object.hasOwnProperty.call(message, "netnsName") && message.netnsName !== "")
                    writer.uint32(10).string(message.netnsName);
                if (message.netns != null && $Object.hasOwnProperty.call(message, "netns") && (typeof message.netns === "object" ? message.netns.low || message.netns.high : message.netns !== 0))
                    writer.uint32(16).uint64(message.netns);
                if (message.stats != null && $Object.hasOwnProperty.call(message, "stats"))
                    $root.netscope.v1.ConntrackStats.encode(message.stats, writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.entries != null && message.entries.length)
                    for (let i = 0; i < message.entries.length; ++i)
                        $root.netscope.v1.ConntrackEvent.encode(message.entries[i], writer.uint32(34).fork(), _depth + 1).ldelim();
                if (message.error != null && $Object.hasOwnProperty.call(message, "error") && message.error !== "")
                    writer.uint32(42).string(message.error);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ConntrackTable.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            ConntrackTable.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.netscope.v1.ConntrackTable();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.netnsName = value;
                            else
                                delete message.netnsName;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.netns = value;
                            else
                                delete message.netns;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.stats = $root.netscope.v1.ConntrackStats.decode(reader, reader.size(), $undefined, _depth + 1, message.stats);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.entries && message.entries.length))
                                message.entries = [];
                            message.entries.push($root.netscope.v1.ConntrackEvent.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.error = value;
                            else
                                delete message.error;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ConntrackTable.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            ConntrackTable.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.netnsName != null && $Object.hasOwnProperty.call(message, "netnsName"))
                    if (!$util.isString(message.netnsName))
                        return "netnsName: string expected";
                if (message.netns != null && $Object.hasOwnProperty.call(message, "netns"))
                    if (!$util.isInteger(message.netns) && !(message.netns && $util.isInteger(message.netns.low) && $util.isInteger(message.netns.high)))
                        return "netns: integer|Long expected";
                if (message.stats != null && $Object.hasOwnProperty.call(message, "stats")) {
                    let error = $root.netscope.v1.ConntrackStats.verify(message.stats, _depth + 1);
                    if (error)
                        return "stats." + error;
                }
                if (message.entries != null && $Object.hasOwnProperty.call(message, "entries")) {
                    if (!$Array.isArray(message.entries))
                        return "entries: array expected";
                    for (let i = 0; i < message.entries.length; ++i) {
                        let error = $root.netscope.v1.ConntrackEvent.verify(message.entries[i], _depth + 1);
                        if (error)
                            return "entries." + error;
                    }
                }
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    if (!$util.isString(message.error))
                        return "error: string expected";
                return null;
            };

            ConntrackTable.fromObject = function (object, _depth) {
                if (object instanceof $root.netscope.v1.ConntrackTable)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".netscope.v1.ConntrackTable: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.netscope.v1.ConntrackTable();
                if (object.netnsName != null)
                    if (typeof object.netnsName !== "string" || object.netnsName.length)
                        message.netnsName = $String(object.netnsName);
                if (object.netns != null)
                    if (typeof object.netns === "object" ? object.netns.low || object.netns.high : $Number(object.netns) !== 0)
                        if ($util.Long)
                            message.netns = $util.Long.fromValue(object.netns, true);
                        else if (typeof object.netns === "string")
                            message.netns = $parseInt(object.netns, 10);
                        else if (typeof object.netns === "number")
                            message.netns = object.netns;
                        else if (typeof object.netns === "object")
                            message.netns = new $util.LongBits(object.netns.low >>> 0, object.netns.high >>> 0).toNumber(true);
                if (object.stats != null) {
                    if (!$util.isObject(object.stats))
                        throw $TypeError(".netscope.v1.ConntrackTable.stats: object expected");
                    message.stats = $root.netscope.v1.ConntrackStats.fromObject(object.stats, _depth + 1);
                }
                if (object.entries) {
                    if (!$Array.isArray(object.entries))
                        throw $TypeError(".netscope.v1.ConntrackTable.entries: array expected");
                    message.entries = $Array(object.entries.length);
                    for (let i = 0; i < object.entries.length; ++i) {
                        if (!$util.isObject(object.entries[i]))
                            throw $TypeError(".netscope.v1.ConntrackTable.entries: object expected");
                        message.entries[i] = $root.netscope.v1.ConntrackEvent.fromObject(object.entries[i], _depth + 1);
                    }
                }
                if (object.error != null)
                    if (typeof object.error !== "string" || object.error.length)
                        message.error = $String(object.error);
                return message;
            };

            ConntrackTable.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.entries = [];
                if (options.defaults) {
                    object.netnsName = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.netns = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.netns = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.stats = null;
                    object.error = "";
                }
                if (message.netnsName != null && $Object.hasOwnProperty.call(message, "netnsName"))
                    object.netnsName = message.netnsName;
                if (message.netns != null && $Object.hasOwnProperty.call(message, "netns"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.netns = typeof message.netns === "number" ? $BigInt(message.netns) : $util.Long.fromBits(message.netns.low >>> 0, message.netns.high >>> 0, true).toBigInt();
                    else if (typeof message.netns === "number")
                        object.netns = options.longs === $String ? $String(message.netns) : message.netns;
                    else
                        object.netns = options.longs === $String ? $util.Long.prototype.toString.call(message.netns) : options.longs === $Number ? new $util.LongBits(message.netns.low >>> 0, message.netns.high >>> 0).toNumber(true) : message.netns;
                if (message.stats != null && $Object.hasOwnProperty.call(message, "stats"))
                    object.stats = $root.netscope.v1.ConntrackStats.toObject(message.stats, options, _depth + 1);
                if (message.entries && message.entries.length) {
                    object.entries = $Array(message.entries.length);
                    for (let j = 0; j < message.entries.length; ++j)
                        object.entries[j] = $root.netscope.v1.ConntrackEvent.toObject(message.entries[j], options, _depth + 1);
                }
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    object.error = message.error;
                return object;
            };

            ConntrackTable.prototype.toJSON = function() {
                return ConntrackTable.toObject(this, $protobuf.util.toJSONOptions);
            };

            ConntrackTable.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/netscope.v1.ConntrackTable";
            };

            return ConntrackTable;
        })();

        v1.GetConntrackResponse = (function() {

            const GetConntrackResponse = function (properties) {
                this.tables = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            GetConntrackResponse.prototype.tables = $util.emptyArray;

            GetConntrackResponse.create = function(properties) {
                return new GetConntrackResponse(properties);
            };

            GetConntrackResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.tables != null && message.tables.length)
                    for (let i = 0; i < message.tables.length; ++i)
                        $root.netscope.v1.ConntrackTable.encode(message.tables[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            GetConntrackResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            GetConntrackResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.netscope.v1.GetConntrackResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.tables && message.tables.length))
                                message.tables = [];
                            message.tables.push($root.netscope.v1.ConntrackTable.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            GetConntrackResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            GetConntrackResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.tables != null && $Object.hasOwnProperty.call(message, "tables")) {
                    if (!$Array.isArray(message.tables))
                        return "tables: array expected";
                    for (let i = 0; i < message.tables.length; ++i) {
                        let error = $root.netscope.v1.ConntrackTable.verify(message.tables[i], _depth + 1);
                        if (error)
                            return "tables." + error;
                    }
                }
                return null;
            };

            GetConntrackResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.netscope.v1.GetConntrackResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".netscope.v1.GetConntrackResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.netscope.v1.GetConntrackResponse();
                if (object.tables) {
                    if (!$Array.isArray(object.tables))
                        throw $TypeError(".netscope.v1.GetConntrackResponse.tables: array expected");
                    message.tables = $Array(object.tables.length);
                    for (let i = 0; i < object.tables.length; ++i) {
                        if (!$util.isObject(object.tables[i]))
                            throw $TypeError(".netscope.v1.GetConntrackResponse.tables: object expected");
                        message.tables[i] = $root.netscope.v1.ConntrackTable.fromObject(object.tables[i], _depth + 1);
                    }
                }
                return message;
            };

            GetConntrackResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.tables = [];
                if (message.tables && message.tables.length) {
                    object.tables = $Array(message.tables.length);
                    for (let j = 0; j < message.tables.length; ++j)
                        object.tables[j] = $root.netscope.v1.ConntrackTable.toObject(message.tables[j], options, _depth + 1);
                }
                return object;
            };

            GetConntrackResponse.prototype.toJSON = function() {
                return GetConntrackResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            GetConntrackResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/netscope.v1.GetConntrackResponse";
            };

            return GetConntrackResponse;
        })();

        v1.GetQdiscsRequest = (function() {

            const GetQdiscsRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            GetQdiscsRequest.create = function(properties) {
                return new GetQdiscsRequest(properties);
            };

            GetQdiscsRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            GetQdiscsRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            GetQdiscsRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.netscope.v1.GetQdiscsRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            GetQdiscsRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            GetQdiscsRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                return null;
            };

            GetQdiscsRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.netscope.v1.GetQdiscsRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".netscope.v1.GetQdiscsRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.netscope.v1.GetQdiscsRequest();
            };

            GetQdiscsRequest.toObject = function () {
                return {};
            };

            GetQdiscsRequest.prototype.toJSON = function() {
                return GetQdiscsRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            GetQdiscsRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/netscope.v1.GetQdiscsRequest";
            };

            return GetQdiscsRequest;
        })();

        v1.GetQdiscsResponse = (function() {

            const GetQdiscsResponse = function (properties) {
                this.samples = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            GetQdiscsResponse.prototype.samples = $util.emptyArray;

            GetQdiscsResponse.create = function(properties) {
                return new GetQdiscsResponse(properties);
            };

            GetQdiscsResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.samples != null && message.samples.length)
                    for (let i = 0; i < message.samples.length; ++i)
                        $root.netscope.v1.QdiscSample.encode(message.samples[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            GetQdiscsResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            GetQdiscsResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.netscope.v1.GetQdiscsResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.samples && message.samples.length))
                                message.samples = [];
                            message.samples.push($root.netscope.v1.QdiscSample.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            GetQdiscsResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            GetQdiscsResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.samples != null && $Object.hasOwnProperty.call(message, "samples")) {
                    if (!$Array.isArray(message.samples))
                        return "samples: array expected";
                    for (let i = 0; i < message.samples.length; ++i) {
                        let error = $root.netscope.v1.QdiscSample.verify(message.samples[i], _depth + 1);
                        if (error)
                            return "samples." + error;
                    }
                }
                return null;
            };

            GetQdiscsResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.netscope.v1.GetQdiscsResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".netscope.v1.GetQdiscsResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.netscope.v1.GetQdiscsResponse();
                if (object.samples) {
                    if (!$Array.isArray(object.samples))
                        throw $TypeError(".netscope.v1.GetQdiscsResponse.samples: array expected");
                    message.samples = $Array(object.samples.length);
                    for (let i = 0; i < object.samples.length; ++i) {
                        if (!$util.isObject(object.samples[i]))
                            throw $TypeError(".netscope.v1.GetQdiscsResponse.samples: object expected");
                        message.samples[i] = $root.netscope.v1.QdiscSample.fromObject(object.samples[i], _depth + 1);
                    }
                }
                return message;
            };

            GetQdiscsResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.samples = [];
                if (message.samples && message.samples.length) {
                    object.samples = $Array(message.samples.length);
                    for (let j = 0; j < message.samples.length; ++j)
                        object.samples[j] = $root.netscope.v1.QdiscSample.toObject(message.samples[j], options, _depth + 1);
                }
                return object;
            };

            GetQdiscsResponse.prototype.toJSON = function() {
                return GetQdiscsResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            GetQdiscsResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/netscope.v1.GetQdiscsResponse";
            };

            return GetQdiscsResponse;
        })();

        v1.GetSnapshotRequest = (function() {

            const GetSnapshotRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            GetSnapshotRequest.create = function(properties) {
                return new GetSnapshotRequest(properties);
            };

            GetSnapshotRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            GetSnapshotRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            GetSnapshotRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.netscope.v1.GetSnapshotRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            GetSnapshotRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            GetSnapshotRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                return null;
            };

            GetSnapshotRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.netscope.v1.GetSnapshotRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".netscope.v1.GetSnapshotRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.netscope.v1.GetSnapshotRequest();
            };

            GetSnapshotRequest.toObject = function () {
                return {};
            };

            GetSnapshotRequest.prototype.toJSON = function() {
                return GetSnapshotRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            GetSnapshotRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/netscope.v1.GetSnapshotRequest";
            };

            return GetSnapshotRequest;
        })();

        v1.GetSnapshotResponse = (function() {

            const GetSnapshotResponse = function (properties) {
                this.snapshots = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            GetSnapshotResponse.prototype.snapshots = $util.emptyArray;
            GetSnapshotResponse.prototype.monoNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            GetSnapshotResponse.prototype.monoToWallOffsetNs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            GetSnapshotResponse.create = function(properties) {
                return new GetSnapshotResponse(properties);
            };

            GetSnapshotResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.snapshots != null && message.snapshots.length)
                    for (let i = 0; i < message.snapshots.length; ++i)
                        $root.netscope.v1.Snapshot.encode(message.snapshots[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.monoNs != null && $Object.hasOwnProperty.call(message, "monoNs") && (typeof message.monoNs === "object" ? message.monoNs.low || message.monoNs.high : message.monoNs !== 0))
                    writer.uint32(16).uint64(message.monoNs);
                if (message.monoToWallOffsetNs != null && $Object.hasOwnProperty.call(message, "monoToWallOffsetNs") && (typeof message.monoToWallOffsetNs === "object" ? message.monoToWallOffsetNs.low || message.monoToWallOffsetNs.high : message.monoToWallOffsetNs !== 0))
                    writer.uint32(24).int64(message.monoToWallOffsetNs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            GetSnapshotResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            GetSnapshotResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.netscope.v1.GetSnapshotResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.snapshots && message.snapshots.length))
                                message.snapshots = [];
                            message.snapshots.push($root.netscope.v1.Snapshot.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.monoNs = value;
                            else
                                delete message.monoNs;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.monoToWallOffsetNs = value;
                            else
                                delete message.monoToWallOffsetNs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            GetSnapshotResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            GetSnapshotResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.snapshots != null && $Object.hasOwnProperty.call(message, "snapshots")) {
                    if (!$Array.isArray(message.snapshots))
                        return "snapshots: array expected";
                    for (let i = 0; i < message.snapshots.length; ++i) {
                        let error = $root.netscope.v1.Snapshot.verify(message.snapshots[i], _depth + 1);
                        if (error)
                            return "snapshots." + error;
                    }
                }
                if (message.monoNs != null && $Object.hasOwnProperty.call(message, "monoNs"))
                    if (!$util.isInteger(message.monoNs) && !(message.monoNs && $util.isInteger(message.monoNs.low) && $util.isInteger(message.monoNs.high)))
                        return "monoNs: integer|Long expected";
                if (message.monoToWallOffsetNs != null && $Object.hasOwnProperty.call(message, "monoToWallOffsetNs"))
                    if (!$util.isInteger(message.monoToWallOffsetNs) && !(message.monoToWallOffsetNs && $util.isInteger(message.monoToWallOffsetNs.low) && $util.isInteger(message.monoToWallOffsetNs.high)))
                        return "monoToWallOffsetNs: integer|Long expected";
                return null;
            };

            GetSnapshotResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.netscope.v1.GetSnapshotResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".netscope.v1.GetSnapshotResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.netscope.v1.GetSnapshotResponse();
                if (object.snapshots) {
                    if (!$Array.isArray(object.snapshots))
                        throw $TypeError(".netscope.v1.GetSnapshotResponse.snapshots: array expected");
                    message.snapshots = $Array(object.snapshots.length);
                    for (let i = 0; i < object.snapshots.length; ++i) {
                        if (!$util.isObject(object.snapshots[i]))
                            throw $TypeError(".netscope.v1.GetSnapshotResponse.snapshots: object expected");
                        message.snapshots[i] = $root.netscope.v1.Snapshot.fromObject(object.snapshots[i], _depth + 1);
                    }
                }
                if (object.monoNs != null)
                    if (typeof object.monoNs === "object" ? object.monoNs.low || object.monoNs.high : $Number(object.monoNs) !== 0)
                        if ($util.Long)
                            message.monoNs = $util.Long.fromValue(object.monoNs, true);
                        else if (typeof object.monoNs === "string")
                            message.monoNs = $parseInt(object.monoNs, 10);
                        else if (typeof object.monoNs === "number")
                            message.monoNs = object.monoNs;
                        else if (typeof object.monoNs === "object")
                            message.monoNs = new $util.LongBits(object.monoNs.low >>> 0, object.monoNs.high >>> 0).toNumber(true);
                if (object.monoToWallOffsetNs != null)
                    if (typeof object.monoToWallOffsetNs === "object" ? object.monoToWallOffsetNs.low || object.monoToWallOffsetNs.high : $Number(object.monoToWallOffsetNs) !== 0)
                        if ($util.Long)
                            message.monoToWallOffsetNs = $util.Long.fromValue(object.monoToWallOffsetNs, false);
                        else if (typeof object.monoToWallOffsetNs === "string")
                            message.monoToWallOffsetNs = $parseInt(object.monoToWallOffsetNs, 10);
                        else if (typeof object.monoToWallOffsetNs === "number")
                            message.monoToWallOffsetNs = object.monoToWallOffsetNs;
                        else if (typeof object.monoToWallOffsetNs === "object")
                            message.monoToWallOffsetNs = new $util.LongBits(object.monoToWallOffsetNs.low >>> 0, object.monoToWallOffsetNs.high >>> 0).toNumber();
                return message;
            };

            GetSnapshotResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.snapshots = [];
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.monoNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.monoNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.monoToWallOffsetNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.monoToWallOffsetNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.snapshots && message.snapshots.length) {
                    object.snapshots = $Array(message.snapshots.length);
                    for (let j = 0; j < message.snapshots.length; ++j)
                        object.snapshots[j] = $root.netscope.v1.Snapshot.toObject(message.snapshots[j], options, _depth + 1);
                }
                if (message.monoNs != null && $Object.hasOwnProperty.call(message, "monoNs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.monoNs = typeof message.monoNs === "number" ? $BigInt(message.monoNs) : $util.Long.fromBits(message.monoNs.low >>> 0, message.monoNs.high >>> 0, true).toBigInt();
                    else if (typeof message.monoNs === "number")
                        object.monoNs = options.longs === $String ? $String(message.monoNs) : message.monoNs;
                    else
                        object.monoNs = options.longs === $String ? $util.Long.prototype.toString.call(message.monoNs) : options.longs === $Number ? new $util.LongBits(message.monoNs.low >>> 0, message.monoNs.high >>> 0).toNumber(true) : message.monoNs;
                if (message.monoToWallOffsetNs != null && $Object.hasOwnProperty.call(message, "monoToWallOffsetNs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.monoToWallOffsetNs = typeof message.monoToWallOffsetNs === "number" ? $BigInt(message.monoToWallOffsetNs) : $util.Long.fromBits(message.monoToWallOffsetNs.low >>> 0, message.monoToWallOffsetNs.high >>> 0, false).toBigInt();
                    else if (typeof message.monoToWallOffsetNs === "number")
                        object.monoToWallOffsetNs = options.longs === $String ? $String(message.monoToWallOffsetNs) : message.monoToWallOffsetNs;
                    else
                        object.monoToWallOffsetNs = options.longs === $String ? $util.Long.prototype.toString.call(message.monoToWallOffsetNs) : options.longs === $Number ? new $util.LongBits(message.monoToWallOffsetNs.low >>> 0, message.monoToWallOffsetNs.high >>> 0).toNumber() : message.monoToWallOffsetNs;
                return object;
            };

            GetSnapshotResponse.prototype.toJSON = function() {
                return GetSnapshotResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            GetSnapshotResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/netscope.v1.GetSnapshotResponse";
            };

            return GetSnapshotResponse;
        })();

        v1.Observer = (function() {

            const Observer = function(rpcImpl, requestDelimited, responseDelimited) {
                $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
            };

            $Object.defineProperty(Observer.prototype = $Object.create($protobuf.rpc.Service.prototype), "constructor", { value: Observer, writable: true, enumerable: false, configurable: true });

            Observer.create = function(rpcImpl, requestDelimited, responseDelimited) {
                return new this(rpcImpl, requestDelimited, responseDelimited);
            };



            $Object.defineProperties(Observer.prototype.observe = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, Observer.prototype.observe, $root.netscope.v1.ObserveRequest, $root.netscope.v1.ObserveResponse, request, callback);
            }, {
                name: { value: "Observe" },
                path: { value: "/netscope.v1.Observer/Observe" },
                requestType: { value: "ObserveRequest" },
                responseType: { value: "ObserveResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: true }
            });



            $Object.defineProperties(Observer.prototype.getStatus = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, Observer.prototype.getStatus, $root.netscope.v1.GetStatusRequest, $root.netscope.v1.GetStatusResponse, request, callback);
            }, {
                name: { value: "GetStatus" },
                path: { value: "/netscope.v1.Observer/GetStatus" },
                requestType: { value: "GetStatusRequest" },
                responseType: { value: "GetStatusResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });



            $Object.defineProperties(Observer.prototype.getProbeSets = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, Observer.prototype.getProbeSets, $root.netscope.v1.GetProbeSetsRequest, $root.netscope.v1.GetProbeSetsResponse, request, callback);
            }, {
                name: { value: "GetProbeSets" },
                path: { value: "/netscope.v1.Observer/GetProbeSets" },
                requestType: { value: "GetProbeSetsRequest" },
                responseType: { value: "GetProbeSetsResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });



            $Object.defineProperties(Observer.prototype.getConntrack = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, Observer.prototype.getConntrack, $root.netscope.v1.GetConntrackRequest, $root.netscope.v1.GetConntrackResponse, request, callback);
            }, {
                name: { value: "GetConntrack" },
                path: { value: "/netscope.v1.Observer/GetConntrack" },
                requestType: { value: "GetConntrackRequest" },
                responseType: { value: "GetConntrackResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });



            $Object.defineProperties(Observer.prototype.streamConntrack = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, Observer.prototype.streamConntrack, $root.netscope.v1.GetConntrackRequest, $root.netscope.v1.ConntrackTable, request, callback);
            }, {
                name: { value: "StreamConntrack" },
                path: { value: "/netscope.v1.Observer/StreamConntrack" },
                requestType: { value: "GetConntrackRequest" },
                responseType: { value: "ConntrackTable" },
                requestStream: { value: $undefined },
                responseStream: { value: true }
            });



            $Object.defineProperties(Observer.prototype.getQdiscs = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, Observer.prototype.getQdiscs, $root.netscope.v1.GetQdiscsRequest, $root.netscope.v1.GetQdiscsResponse, request, callback);
            }, {
                name: { value: "GetQdiscs" },
                path: { value: "/netscope.v1.Observer/GetQdiscs" },
                requestType: { value: "GetQdiscsRequest" },
                responseType: { value: "GetQdiscsResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });



            $Object.defineProperties(Observer.prototype.getSnapshot = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, Observer.prototype.getSnapshot, $root.netscope.v1.GetSnapshotRequest, $root.netscope.v1.GetSnapshotResponse, request, callback);
            }, {
                name: { value: "GetSnapshot" },
                path: { value: "/netscope.v1.Observer/GetSnapshot" },
                requestType: { value: "GetSnapshotRequest" },
                responseType: { value: "GetSnapshotResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            return Observer;
        })();

        v1.RecordingHeader = (function() {

            const RecordingHeader = function (properties) {
                this.probeSets = [];
                this.netns = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            RecordingHeader.prototype.formatVersion = 0;
            RecordingHeader.prototype.schemaVersion = 0;
            RecordingHeader.prototype.netscopeVersion = "";
            RecordingHeader.prototype.hostname = "";
            RecordingHeader.prototype.kernelRelease = "";
            RecordingHeader.prototype.probeSets = $util.emptyArray;
            RecordingHeader.prototype.startTimeNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            RecordingHeader.prototype.startMonoNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            RecordingHeader.prototype.monoToWallOffsetNs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            RecordingHeader.prototype.netns = $util.emptyArray;
            RecordingHeader.prototype.filter = "";
            RecordingHeader.prototype.part = 0;
            RecordingHeader.prototype.recordingId = "";
            RecordingHeader.prototype.command = "";

            RecordingHeader.create = function(properties) {
                return new RecordingHeader(properties);
            };

            RecordingHeader.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.formatVersion != null && $Object.hasOwnProperty.call(message, "formatVersion") && message.formatVersion !== 0)
                    writer.uint32(8).uint32(message.formatVersion);
                if (message.schemaVersion != null && $Object.hasOwnProperty.call(message, "schemaVersion") && message.schemaVersion !== 0)
                    writer.uint32(16).uint32(message.schemaVersion);
                if (message.netscopeVersion != null && $Object.hasOwnProperty.call(message, "netscopeVersion") && message.netscopeVersion !== "")
                    writer.uint32(26).string(message.netscopeVersion);
                if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname") && message.hostname !== "")
                    writer.uint32(34).string(message.hostname);
                if (message.kernelRelease != null && $Object.hasOwnProperty.call(message, "kernelRelease") && message.kernelRelease !== "")
                    writer.uint32(42).string(message.kernelRelease);
                if (message.probeSets != null && message.probeSets.length)
                    for (let i = 0; i < message.probeSets.length; ++i)
                        $root.netscope.v1.ProbeSetStatus.encode(message.probeSets[i], writer.uint32(50).fork(), _depth + 1).ldelim();
                if (message.startTimeNs != null && $Object.hasOwnProperty.call(message, "startTimeNs") && (typeof message.startTimeNs === "object" ? message.startTimeNs.low || message.startTimeNs.high : message.startTimeNs !== 0))
                    writer.uint32(56).uint64(message.startTimeNs);
                if (message.startMonoNs != null && $Object.hasOwnProperty.call(message, "startMonoNs") && (typeof message.startMonoNs === "object" ? message.startMonoNs.low || message.startMonoNs.high : message.startMonoNs !== 0))
                    writer.uint32(64).uint64(message.startMonoNs);
                if (message.monoToWallOffsetNs != null && $Object.hasOwnProperty.call(message, "monoToWallOffsetNs") && (typeof message.monoToWallOffsetNs === "object" ? message.monoToWallOffsetNs.low || message.monoToWallOffsetNs.high : message.monoToWallOffsetNs !== 0))
                    writer.uint32(72).int64(message.monoToWallOffsetNs);
                if (message.netns != null && message.netns.length)
                    for (let i = 0; i < message.netns.length; ++i)
                        writer.uint32(82).string(message.netns[i]);
                if (message.filter != null && $Object.hasOwnProperty.call(message, "filter") && message.filter !== "")
                    writer.uint32(90).string(message.filter);
                if (message.part != null && $Object.hasOwnProperty.call(message, "part") && message.part !== 0)
                    writer.uint32(96).uint32(message.part);
                if (message.recordingId != null && $Object.hasOwnProperty.call(message, "recordingId") && message.recordingId !== "")
                    writer.uint32(106).string(message.recordingId);
                if (message.command != null && $Object.hasOwnProperty.call(message, "command") && message.command !== "")
                    writer.uint32(114).string(message.command);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            RecordingHeader.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            RecordingHeader.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.netscope.v1.RecordingHeader();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.formatVersion = value;
                            else
                                delete message.formatVersion;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.schemaVersion = value;
                            else
                                delete message.schemaVersion;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.netscopeVersion = value;
                            else
                                delete message.netscopeVersion;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.hostname = value;
                            else
                                delete message.hostname;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.kernelRelease = value;
                            else
                                delete message.kernelRelease;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (!(message.probeSets && message.probeSets.length))
                                message.probeSets = [];
                            message.probeSets.push($root.netscope.v1.ProbeSetStatus.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.startTimeNs = value;
                            else
                                delete message.startTimeNs;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.startMonoNs = value;
                            else
                                delete message.startMonoNs;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.monoToWallOffsetNs = value;
                            else
                                delete message.monoToWallOffsetNs;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if (!(message.netns && message.netns.length))
                                message.netns = [];
                            message.netns.push(reader.stringVerify());
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.filter = value;
                            else
                                delete message.filter;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.part = value;
                            else
                                delete message.part;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.recordingId = value;
                            else
                                delete message.recordingId;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.command = value;
                            else
                                delete message.command;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            RecordingHeader.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            RecordingHeader.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.formatVersion != null && $Object.hasOwnProperty.call(message, "formatVersion"))
                    if (!$util.isInteger(message.formatVersion))
                        return "formatVersion: integer expected";
                if (message.schemaVersion != null && $Object.hasOwnProperty.call(message, "schemaVersion"))
                    if (!$util.isInteger(message.schemaVersion))
                        return "schemaVersion: integer expected";
                if (message.netscopeVersion != null && $Object.hasOwnProperty.call(message, "netscopeVersion"))
                    if (!$util.isString(message.netscopeVersion))
                        return "netscopeVersion: string expected";
                if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname"))
                    if (!$util.isString(message.hostname))
                        return "hostname: string expected";
                if (message.kernelRelease != null && $Object.hasOwnProperty.call(message, "kernelRelease"))
                    if (!$util.isString(message.kernelRelease))
                        return "kernelRelease: string expected";
                if (message.probeSets != null && $Object.hasOwnProperty.call(message, "probeSets")) {
                    if (!$Array.isArray(message.probeSets))
                        return "probeSets: array expected";
                    for (let i = 0; i < message.probeSets.length; ++i) {
                        let error = $root.netscope.v1.ProbeSetStatus.verify(message.probeSets[i], _depth + 1);
                        if (error)
                            return "probeSets." + error;
                    }
                }
                if (message.startTimeNs != null && $Object.hasOwnProperty.call(message, "startTimeNs"))
                    if (!$util.isInteger(message.startTimeNs) && !(message.startTimeNs && $util.isInteger(message.startTimeNs.low) && $util.isInteger(message.startTimeNs.high)))
                        return "startTimeNs: integer|Long expected";
                if (message.startMonoNs != null && $Object.hasOwnProperty.call(message, "startMonoNs"))
                    if (!$util.isInteger(message.startMonoNs) && !(message.startMonoNs && $util.isInteger(message.startMonoNs.low) && $util.isInteger(message.startMonoNs.high)))
                        return "startMonoNs: integer|Long expected";
                if (message.monoToWallOffsetNs != null && $Object.hasOwnProperty.call(message, "monoToWallOffsetNs"))
                    if (!$util.isInteger(message.monoToWallOffsetNs) && !(message.monoToWallOffsetNs && $util.isInteger(message.monoToWallOffsetNs.low) && $util.isInteger(message.monoToWallOffsetNs.high)))
                        return "monoToWallOffsetNs: integer|Long expected";
                if (message.netns != null && $Object.hasOwnProperty.call(message, "netns")) {
                    if (!$Array.isArray(message.netns))
                        return "netns: array expected";
                    for (let i = 0; i < message.netns.length; ++i)
                        if (!$util.isString(message.netns[i]))
                            return "netns: string[] expected";
                }
                if (message.filter != null && $Object.hasOwnProperty.call(message, "filter"))
                    if (!$util.isString(message.filter))
                        return "filter: string expected";
                if (message.part != null && $Object.hasOwnProperty.call(message, "part"))
                    if (!$util.isInteger(message.part))
                        return "part: integer expected";
                if (message.recordingId != null && $Object.hasOwnProperty.call(message, "recordingId"))
                    if (!$util.isString(message.recordingId))
                        return "recordingId: string expected";
                if (message.command != null && $Object.hasOwnProperty.call(message, "command"))
                    if (!$util.isString(message.command))
                        return "command: string expected";
                return null;
            };

            RecordingHeader.fromObject = function (object, _depth) {
                if (object instanceof $root.netscope.v1.RecordingHeader)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".netscope.v1.RecordingHeader: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.netscope.v1.RecordingHeader();
                if (object.formatVersion != null)
                    if ($Number(object.formatVersion) !== 0)
                        message.formatVersion = object.formatVersion >>> 0;
                if (object.schemaVersion != null)
                    if ($Number(object.schemaVersion) !== 0)
                        message.schemaVersion = object.schemaVersion >>> 0;
                if (object.netscopeVersion != null)
                    if (typeof object.netscopeVersion !== "string" || object.netscopeVersion.length)
                        message.netscopeVersion = $String(object.netscopeVersion);
                if (object.hostname != null)
                    if (typeof object.hostname !== "string" || object.hostname.length)
                        message.hostname = $String(object.hostname);
                if (object.kernelRelease != null)
                    if (typeof object.kernelRelease !== "string" || object.kernelRelease.length)
                        message.kernelRelease = $String(object.kernelRelease);
                if (object.probeSets) {
                    if (!$Array.isArray(object.probeSets))
                        throw $TypeError(".netscope.v1.RecordingHeader.probeSets: array expected");
                    message.probeSets = $Array(object.probeSets.length);
                    for (let i = 0; i < object.probeSets.length; ++i) {
                        if (!$util.isObject(object.probeSets[i]))
                            throw $TypeError(".netscope.v1.RecordingHeader.probeSets: object expected");
                        message.probeSets[i] = $root.netscope.v1.ProbeSetStatus.fromObject(object.probeSets[i], _depth + 1);
                    }
                }
                if (object.startTimeNs != null)
                    if (typeof object.startTimeNs === "object" ? object.startTimeNs.low || object.startTimeNs.high : $Number(object.startTimeNs) !== 0)
                        if ($util.Long)
                            message.startTimeNs = $util.Long.fromValue(object.startTimeNs, true);
                        else if (typeof object.startTimeNs === "string")
                            message.startTimeNs = $parseInt(object.startTimeNs, 10);
                        else if (typeof object.startTimeNs === "number")
                            message.startTimeNs = object.startTimeNs;
                        else if (typeof object.startTimeNs === "object")
                            message.startTimeNs = new $util.LongBits(object.startTimeNs.low >>> 0, object.startTimeNs.high >>> 0).toNumber(true);
                if (object.startMonoNs != null)
                    if (typeof object.startMonoNs === "object" ? object.startMonoNs.low || object.startMonoNs.high : $Number(object.startMonoNs) !== 0)
                        if ($util.Long)
                            message.startMonoNs = $util.Long.fromValue(object.startMonoNs, true);
                        else if (typeof object.startMonoNs === "string")
                            message.startMonoNs = $parseInt(object.startMonoNs, 10);
                        else if (typeof object.startMonoNs === "number")
                            message.startMonoNs = object.startMonoNs;
                        else if (typeof object.startMonoNs === "object")
                            message.startMonoNs = new $util.LongBits(object.startMonoNs.low >>> 0, object.startMonoNs.high >>> 0).toNumber(true);
                if (object.monoToWallOffsetNs != null)
                    if (typeof object.monoToWallOffsetNs === "object" ? object.monoToWallOffsetNs.low || object.monoToWallOffsetNs.high : $Number(object.monoToWallOffsetNs) !== 0)
                        if ($util.Long)
                            message.monoToWallOffsetNs = $util.Long.fromValue(object.monoToWallOffsetNs, false);
                        else if (typeof object.monoToWallOffsetNs === "string")
                            message.monoToWallOffsetNs = $parseInt(object.monoToWallOffsetNs, 10);
                        else if (typeof object.monoToWallOffsetNs === "number")
                            message.monoToWallOffsetNs = object.monoToWallOffsetNs;
                        else if (typeof object.monoToWallOffsetNs === "object")
                            message.monoToWallOffsetNs = new $util.LongBits(object.monoToWallOffsetNs.low >>> 0, object.monoToWallOffsetNs.high >>> 0).toNumber();
                if (object.netns) {
                    if (!$Array.isArray(object.netns))
                        throw $TypeError(".netscope.v1.RecordingHeader.netns: array expected");
                    message.netns = $Array(object.netns.length);
                    for (let i = 0; i < object.netns.length; ++i)
                        message.netns[i] = $String(object.netns[i]);
                }
                if (object.filter != null)
                    if (typeof object.filter !== "string" || object.filter.length)
                        message.filter = $String(object.filter);
                if (object.part != null)
                    if ($Number(object.part) !== 0)
                        message.part = object.part >>> 0;
                if (object.recordingId != null)
                    if (typeof object.recordingId !== "string" || object.recordingId.length)
                        message.recordingId = $String(object.recordingId);
                if (object.command != null)
                    if (typeof object.command !== "string" || object.command.length)
                        message.command = $String(object.command);
                return message;
            };

            RecordingHeader.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.probeSets = [];
                    object.netns = [];
                }
                if (options.defaults) {
                    object.formatVersion = 0;
                    object.schemaVersion = 0;
                    object.netscopeVersion = "";
                    object.hostname = "";
                    object.kernelRelease = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.startTimeNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.startTimeNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.startMonoNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.startMonoNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.monoToWallOffsetNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.monoToWallOffsetNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.filter = "";
                    object.part = 0;
                    object.recordingId = "";
                    object.command = "";
                }
                if (message.formatVersion != null && $Object.hasOwnProperty.call(message, "formatVersion"))
                    object.formatVersion = message.formatVersion;
                if (message.schemaVersion != null && $Object.hasOwnProperty.call(message, "schemaVersion"))
                    object.schemaVersion = message.schemaVersion;
                if (message.netscopeVersion != null && $Object.hasOwnProperty.call(message, "netscopeVersion"))
                    object.netscopeVersion = message.netscopeVersion;
                if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname"))
                    object.hostname = message.hostname;
                if (message.kernelRelease != null && $Object.hasOwnProperty.call(message, "kernelRelease"))
                    object.kernelRelease = message.kernelRelease;
                if (message.probeSets && message.probeSets.length) {
                    object.probeSets = $Array(message.probeSets.length);
                    for (let j = 0; j < message.probeSets.length; ++j)
                        object.probeSets[j] = $root.netscope.v1.ProbeSetStatus.toObject(message.probeSets[j], options, _depth + 1);
                }
                if (message.startTimeNs != null && $Object.hasOwnProperty.call(message, "startTimeNs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.startTimeNs = typeof message.startTimeNs === "number" ? $BigInt(message.startTimeNs) : $util.Long.fromBits(message.startTimeNs.low >>> 0, message.startTimeNs.high >>> 0, true).toBigInt();
                    else if (typeof message.startTimeNs === "number")
                        object.startTimeNs = options.longs === $String ? $String(message.startTimeNs) : message.startTimeNs;
                    else
                        object.startTimeNs = options.longs === $String ? $util.Long.prototype.toString.call(message.startTimeNs) : options.longs === $Number ? new $util.LongBits(message.startTimeNs.low >>> 0, message.startTimeNs.high >>> 0).toNumber(true) : message.startTimeNs;
                if (message.startMonoNs != null && $Object.hasOwnProperty.call(message, "startMonoNs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.startMonoNs = typeof message.startMonoNs === "number" ? $BigInt(message.startMonoNs) : $util.Long.fromBits(message.startMonoNs.low >>> 0, message.startMonoNs.high >>> 0, true).toBigInt();
                    else if (typeof message.startMonoNs === "number")
                        object.startMonoNs = options.longs === $String ? $String(message.startMonoNs) : message.startMonoNs;
                    else
                        object.startMonoNs = options.longs === $String ? $util.Long.prototype.toString.call(message.startMonoNs) : options.longs === $Number ? new $util.LongBits(message.startMonoNs.low >>> 0, message.startMonoNs.high >>> 0).toNumber(true) : message.startMonoNs;
                if (message.monoToWallOffsetNs != null && $Object.hasOwnProperty.call(message, "monoToWallOffsetNs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.monoToWallOffsetNs = typeof message.monoToWallOffsetNs === "number" ? $BigInt(message.monoToWallOffsetNs) : $util.Long.fromBits(message.monoToWallOffsetNs.low >>> 0, message.monoToWallOffsetNs.high >>> 0, false).toBigInt();
                    else if (typeof message.monoToWallOffsetNs === "number")
                        object.monoToWallOffsetNs = options.longs === $String ? $String(message.monoToWallOffsetNs) : message.monoToWallOffsetNs;
                    else
                        object.monoToWallOffsetNs = options.longs === $String ? $util.Long.prototype.toString.call(message.monoToWallOffsetNs) : options.longs === $Number ? new $util.LongBits(message.monoToWallOffsetNs.low >>> 0, message.monoToWallOffsetNs.high >>> 0).toNumber() : message.monoToWallOffsetNs;
                if (message.netns && message.netns.length) {
                    object.netns = $Array(message.netns.length);
                    for (let j = 0; j < message.netns.length; ++j)
                        object.netns[j] = message.netns[j];
                }
                if (message.filter != null && $Object.hasOwnProperty.call(message, "filter"))
                    object.filter = message.filter;
                if (message.part != null && $Object.hasOwnProperty.call(message, "part"))
                    object.part = message.part;
                if (message.recordingId != null && $Object.hasOwnProperty.call(message, "recordingId"))
                    object.recordingId = message.recordingId;
                if (message.command != null && $Object.hasOwnProperty.call(message, "command"))
                    object.command = message.command;
                return object;
            };

            RecordingHeader.prototype.toJSON = function() {
                return RecordingHeader.toObject(this, $protobuf.util.toJSONOptions);
            };

            RecordingHeader.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/netscope.v1.RecordingHeader";
            };

            return RecordingHeader;
        })();

        v1.Snapshot = (function() {

            const Snapshot = function (properties) {
                this.conntrack = [];
                this.qdiscs = [];
                this.errors = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Snapshot.prototype.netnsName = "";
            Snapshot.prototype.netns = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Snapshot.prototype.timeNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Snapshot.prototype.conntrack = $util.emptyArray;
            Snapshot.prototype.qdiscs = $util.emptyArray;
            Snapshot.prototype.iptablesSave = "";
            Snapshot.prototype.nftRuleset = "";
            Snapshot.prototype.ipAddrJson = "";
            Snapshot.prototype.ipRouteJson = "";
            Snapshot.prototype.errors = $util.emptyArray;

            Snapshot.create = function(properties) {
                return new Snapshot(properties);
            };

            Snapshot.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.netnsName != null && $Object.hasOwnProperty.call(message, "netnsName") && message.netnsName !== "")
                    writer.uint32(10).string(message.netnsName);
                if (message.netns != null && $Object.hasOwnProperty.call(message, "netns") && (typeof message.netns === "object" ? message.netns.low || message.netns.high : message.netns !== 0))
                    writer.uint32(16).uint64(message.netns);
                if (message.timeNs != null && $Object.hasOwnProperty.call(message, "timeNs") && (typeof message.timeNs === "object" ? message.timeNs.low || message.timeNs.high : message.timeNs !== 0))
                    writer.uint32(24).uint64(message.timeNs);
                if (message.conntrack != null && message.conntrack.length)
                    for (let i = 0; i < message.conntrack.length; ++i)
                        $root.netscope.v1.ConntrackEvent.encode(message.conntrack[i], writer.uint32(34).fork(), _depth + 1).ldelim();
                if (message.qdiscs != null && message.qdiscs.length)
                    for (let i = 0; i < message.qdiscs.length; ++i)
                        $root.netscope.v1.QdiscSample.encode(message.qdiscs[i], writer.uint32(42).fork(), _depth + 1).ldelim();
                if (message.iptablesSave != null && $Object.hasOwnProperty.call(message, "iptablesSave") && message.iptablesSave !== "")
                    writer.uint32(50).string(message.iptablesSave);
                if (message.nftRuleset != null && $Object.hasOwnProperty.call(message, "nftRuleset") && message.nftRuleset !== "")
                    writer.uint32(58).string(message.nftRuleset);
                if (message.ipAddrJson != null && $Object.hasOwnProperty.call(message, "ipAddrJson") && message.ipAddrJson !== "")
                    writer.uint32(66).string(message.ipAddrJson);
                if (message.ipRouteJson != null && $Object.hasOwnProperty.call(message, "ipRouteJson") && message.ipRouteJson !== "")
                    writer.uint32(74).string(message.ipRouteJson);
                if (message.errors != null && message.errors.length)
                    for (let i = 0; i < message.errors.length; ++i)
                        writer.uint32(82).string(message.errors[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Snapshot.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            Snapshot.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.netscope.v1.Snapshot();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.netnsName = value;
                            else
                                delete message.netnsName;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.netns = value;
                            else
                                delete message.netns;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.timeNs = value;
                            else
                                delete message.timeNs;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.conntrack && message.conntrack.length))
                                message.conntrack = [];
                            message.conntrack.push($root.netscope.v1.ConntrackEvent.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.qdiscs && message.qdiscs.length))
                                message.qdiscs = [];
                            message.qdiscs.push($root.netscope.v1.QdiscSample.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.iptablesSave = value;
                            else
                                delete message.iptablesSave;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.nftRuleset = value;
                            else
                                delete message.nftRuleset;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.ipAddrJson = value;
                            else
                                delete message.ipAddrJson;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.ipRouteJson = value;
                            else
                                delete message.ipRouteJson;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if (!(message.errors && message.errors.length))
                                message.errors = [];
                            message.errors.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Snapshot.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            Snapshot.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.netnsName != null && $Object.hasOwnProperty.call(message, "netnsName"))
                    if (!$util.isString(message.netnsName))
                        return "netnsName: string expected";
                if (message.netns != null && $Object.hasOwnProperty.call(message, "netns"))
                    if (!$util.isInteger(message.netns) && !(message.netns && $util.isInteger(message.netns.low) && $util.isInteger(message.netns.high)))
                        return "netns: integer|Long expected";
                if (message.timeNs != null && $Object.hasOwnProperty.call(message, "timeNs"))
                    if (!$util.isInteger(message.timeNs) && !(message.timeNs && $util.isInteger(message.timeNs.low) && $util.isInteger(message.timeNs.high)))
                        return "timeNs: integer|Long expected";
                if (message.conntrack != null && $Object.hasOwnProperty.call(message, "conntrack")) {
                    if (!$Array.isArray(message.conntrack))
                        return "conntrack: array expected";
                    for (let i = 0; i < message.conntrack.length; ++i) {
                        let error = $root.netscope.v1.ConntrackEvent.verify(message.conntrack[i], _depth + 1);
                        if (error)
                            return "conntrack." + error;
                    }
                }
                if (message.qdiscs != null && $Object.hasOwnProperty.call(message, "qdiscs")) {
                    if (!$Array.isArray(message.qdiscs))
                        return "qdiscs: array expected";
                    for (let i = 0; i < message.qdiscs.length; ++i) {
                        let error = $root.netscope.v1.QdiscSample.verify(message.qdiscs[i], _depth + 1);
                        if (error)
                            return "qdiscs." + error;
                    }
                }
                if (message.iptablesSave != null && $Object.hasOwnProperty.call(message, "iptablesSave"))
                    if (!$util.isString(message.iptablesSave))
                        return "iptablesSave: string expected";
                if (message.nftRuleset != null && $Object.hasOwnProperty.call(message, "nftRuleset"))
                    if (!$util.isString(message.nftRuleset))
                        return "nftRuleset: string expected";
                if (message.ipAddrJson != null && $Object.hasOwnProperty.call(message, "ipAddrJson"))
                    if (!$util.isString(message.ipAddrJson))
                        return "ipAddrJson: string expected";
                if (message.ipRouteJson != null && $Object.hasOwnProperty.call(message, "ipRouteJson"))
                    if (!$util.isString(message.ipRouteJson))
                        return "ipRouteJson: string expected";
                if (message.errors != null && $Object.hasOwnProperty.call(message, "errors")) {
                    if (!$Array.isArray(message.errors))
                        return "errors: array expected";
                    for (let i = 0; i < message.errors.length; ++i)
                        if (!$util.isString(message.errors[i]))
                            return "errors: string[] expected";
                }
                return null;
            };

            Snapshot.fromObject = function (object, _depth) {
                if (object instanceof $root.netscope.v1.Snapshot)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".netscope.v1.Snapshot: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.netscope.v1.Snapshot();
                if (object.netnsName != null)
                    if (typeof object.netnsName !== "string" || object.netnsName.length)
                        message.netnsName = $String(object.netnsName);
                if (object.netns != null)
                    if (typeof object.netns === "object" ? object.netns.low || object.netns.high : $Number(object.netns) !== 0)
                        if ($util.Long)
                            message.netns = $util.Long.fromValue(object.netns, true);
                        else if (typeof object.netns === "string")
                            message.netns = $parseInt(object.netns, 10);
                        else if (typeof object.netns === "number")
                            message.netns = object.netns;
                        else if (typeof object.netns === "object")
                            message.netns = new $util.LongBits(object.netns.low >>> 0, object.netns.high >>> 0).toNumber(true);
                if (object.timeNs != null)
                    if (typeof object.timeNs === "object" ? object.timeNs.low || object.timeNs.high : $Number(object.timeNs) !== 0)
                        if ($util.Long)
                            message.timeNs = $util.Long.fromValue(object.timeNs, true);
                        else if (typeof object.timeNs === "string")
                            message.timeNs = $parseInt(object.timeNs, 10);
                        else if (typeof object.timeNs === "number")
                            message.timeNs = object.timeNs;
                        else if (typeof object.timeNs === "object")
                            message.timeNs = new $util.LongBits(object.timeNs.low >>> 0, object.timeNs.high >>> 0).toNumber(true);
                if (object.conntrack) {
                    if (!$Array.isArray(object.conntrack))
                        throw $TypeError(".netscope.v1.Snapshot.conntrack: array expected");
                    message.conntrack = $Array(object.conntrack.length);
                    for (let i = 0; i < object.conntrack.length; ++i) {
                        if (!$util.isObject(object.conntrack[i]))
                            throw $TypeError(".netscope.v1.Snapshot.conntrack: object expected");
                        message.conntrack[i] = $root.netscope.v1.ConntrackEvent.fromObject(object.conntrack[i], _depth + 1);
                    }
                }
                if (object.qdiscs) {
                    if (!$Array.isArray(object.qdiscs))
                        throw $TypeError(".netscope.v1.Snapshot.qdiscs: array expected");
                    message.qdiscs = $Array(object.qdiscs.length);
                    for (let i = 0; i < object.qdiscs.length; ++i) {
                        if (!$util.isObject(object.qdiscs[i]))
                            throw $TypeError(".netscope.v1.Snapshot.qdiscs: object expected");
                        message.qdiscs[i] = $root.netscope.v1.QdiscSample.fromObject(object.qdiscs[i], _depth + 1);
                    }
                }
                if (object.iptablesSave != null)
                    if (typeof object.iptablesSave !== "string" || object.iptablesSave.length)
                        message.iptablesSave = $String(object.iptablesSave);
                if (object.nftRuleset != null)
                    if (typeof object.nftRuleset !== "string" || object.nftRuleset.length)
                        message.nftRuleset = $String(object.nftRuleset);
                if (object.ipAddrJson != null)
                    if (typeof object.ipAddrJson !== "string" || object.ipAddrJson.length)
                        message.ipAddrJson = $String(object.ipAddrJson);
                if (object.ipRouteJson != null)
                    if (typeof object.ipRouteJson !== "string" || object.ipRouteJson.length)
                        message.ipRouteJson = $String(object.ipRouteJson);
                if (object.errors) {
                    if (!$Array.isArray(object.errors))
                        throw $TypeError(".netscope.v1.Snapshot.errors: array expected");
                    message.errors = $Array(object.errors.length);
                    for (let i = 0; i < object.errors.length; ++i)
                        message.errors[i] = $String(object.errors[i]);
                }
                return message;
            };

            Snapshot.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.conntrack = [];
                    object.qdiscs = [];
                    object.errors = [];
                }
                if (options.defaults) {
                    object.netnsName = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.netns = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.netns = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.timeNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.timeNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.iptablesSave = "";
                    object.nftRuleset = "";
                    object.ipAddrJson = "";
                    object.ipRouteJson = "";
                }
                if (message.netnsName != null && $Object.hasOwnProperty.call(message, "netnsName"))
                    object.netnsName = message.netnsName;
                if (message.netns != null && $Object.hasOwnProperty.call(message, "netns"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.netns = typeof message.netns === "number" ? $BigInt(message.netns) : $util.Long.fromBits(message.netns.low >>> 0, message.netns.high >>> 0, true).toBigInt();
                    else if (typeof message.netns === "number")
                        object.netns = options.longs === $String ? $String(message.netns) : message.netns;
                    else
                        object.netns = options.longs === $String ? $util.Long.prototype.toString.call(message.netns) : options.longs === $Number ? new $util.LongBits(message.netns.low >>> 0, message.netns.high >>> 0).toNumber(true) : message.netns;
                if (message.timeNs != null && $Object.hasOwnProperty.call(message, "timeNs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.timeNs = typeof message.timeNs === "number" ? $BigInt(message.timeNs) : $util.Long.fromBits(message.timeNs.low >>> 0, message.timeNs.high >>> 0, true).toBigInt();
                    else if (typeof message.timeNs === "number")
                        object.timeNs = options.longs === $String ? $String(message.timeNs) : message.timeNs;
                    else
                        object.timeNs = options.longs === $String ? $util.Long.prototype.toString.call(message.timeNs) : options.longs === $Number ? new $util.LongBits(message.timeNs.low >>> 0, message.timeNs.high >>> 0).toNumber(true) : message.timeNs;
                if (message.conntrack && message.conntrack.length) {
                    object.conntrack = $Array(message.conntrack.length);
                    for (let j = 0; j < message.conntrack.length; ++j)
                        object.conntrack[j] = $root.netscope.v1.ConntrackEvent.toObject(message.conntrack[j], options, _depth + 1);
                }
                if (message.qdiscs && message.qdiscs.length) {
                    object.qdiscs = $Array(message.qdiscs.length);
                    for (let j = 0; j < message.qdiscs.length; ++j)
                        object.qdiscs[j] = $root.netscope.v1.QdiscSample.toObject(message.qdiscs[j], options, _depth + 1);
                }
                if (message.iptablesSave != null && $Object.hasOwnProperty.call(message, "iptablesSave"))
                    object.iptablesSave = message.iptablesSave;
                if (message.nftRuleset != null && $Object.hasOwnProperty.call(message, "nftRuleset"))
                    object.nftRuleset = message.nftRuleset;
                if (message.ipAddrJson != null && $Object.hasOwnProperty.call(message, "ipAddrJson"))
                    object.ipAddrJson = message.ipAddrJson;
                if (message.ipRouteJson != null && $Object.hasOwnProperty.call(message, "ipRouteJson"))
                    object.ipRouteJson = message.ipRouteJson;
                if (message.errors && message.errors.length) {
                    object.errors = $Array(message.errors.length);
                    for (let j = 0; j < message.errors.length; ++j)
                        object.errors[j] = message.errors[j];
                }
                return object;
            };

            Snapshot.prototype.toJSON = function() {
                return Snapshot.toObject(this, $protobuf.util.toJSONOptions);
            };

            Snapshot.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/netscope.v1.Snapshot";
            };

            return Snapshot;
        })();

        v1.EventBatch = (function() {

            const EventBatch = function (properties) {
                this.envelopes = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            EventBatch.prototype.envelopes = $util.emptyArray;
            EventBatch.prototype.firstTimeNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            EventBatch.prototype.lastTimeNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            EventBatch.prototype.firstSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            EventBatch.create = function(properties) {
                return new EventBatch(properties);
            };

            EventBatch.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.envelopes != null && message.envelopes.length)
                    for (let i = 0; i < message.envelopes.length; ++i)
                        $root.netscope.v1.Envelope.encode(message.envelopes[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.firstTimeNs != null && $Object.hasOwnProperty.call(message, "firstTimeNs") && (typeof message.firstTimeNs === "object" ? message.firstTimeNs.low || message.firstTimeNs.high : message.firstTimeNs !== 0))
                    writer.uint32(16).uint64(message.firstTimeNs);
                if (message.lastTimeNs != null && $Object.hasOwnProperty.call(message, "lastTimeNs") && (typeof message.lastTimeNs === "object" ? message.lastTimeNs.low || message.lastTimeNs.high : message.lastTimeNs !== 0))
                    writer.uint32(24).uint64(message.lastTimeNs);
                if (message.firstSeq != null && $Object.hasOwnProperty.call(message, "firstSeq") && (typeof message.firstSeq === "object" ? message.firstSeq.low || message.firstSeq.high : message.firstSeq !== 0))
                    writer.uint32(32).uint64(message.firstSeq);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            EventBatch.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            EventBatch.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.netscope.v1.EventBatch();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.envelopes && message.envelopes.length))
                                message.envelopes = [];
                            message.envelopes.push($root.netscope.v1.Envelope.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.firstTimeNs = value;
                            else
                                delete message.firstTimeNs;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.lastTimeNs = value;
                            else
                                delete message.lastTimeNs;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.firstSeq = value;
                            else
                                delete message.firstSeq;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            EventBatch.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            EventBatch.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.envelopes != null && $Object.hasOwnProperty.call(message, "envelopes")) {
                    if (!$Array.isArray(message.envelopes))
                        return "envelopes: array expected";
                    for (let i = 0; i < message.envelopes.length; ++i) {
                        let error = $root.netscope.v1.Envelope.verify(message.envelopes[i], _depth + 1);
                        if (error)
                            return "envelopes." + error;
                    }
                }
                if (message.firstTimeNs != null && $Object.hasOwnProperty.call(message, "firstTimeNs"))
                    if (!$util.isInteger(message.firstTimeNs) && !(message.firstTimeNs && $util.isInteger(message.firstTimeNs.low) && $util.isInteger(message.firstTimeNs.high)))
                        return "firstTimeNs: integer|Long expected";
                if (message.lastTimeNs != null && $Object.hasOwnProperty.call(message, "lastTimeNs"))
                    if (!$util.isInteger(message.lastTimeNs) && !(message.lastTimeNs && $util.isInteger(message.lastTimeNs.low) && $util.isInteger(message.lastTimeNs.high)))
                        return "lastTimeNs: integer|Long expected";
                if (message.firstSeq != null && $Object.hasOwnProperty.call(message, "firstSeq"))
                    if (!$util.isInteger(message.firstSeq) && !(message.firstSeq && $util.isInteger(message.firstSeq.low) && $util.isInteger(message.firstSeq.high)))
                        return "firstSeq: integer|Long expected";
                return null;
            };

            EventBatch.fromObject = function (object, _depth) {
                if (object instanceof $root.netscope.v1.EventBatch)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".netscope.v1.EventBatch: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.netscope.v1.EventBatch();
                if (object.envelopes) {
                    if (!$Array.isArray(object.envelopes))
                        throw $TypeError(".netscope.v1.EventBatch.envelopes: array expected");
                    message.envelopes = $Array(object.envelopes.length);
                    for (let i = 0; i < object.envelopes.length; ++i) {
                        if (!$util.isObject(object.envelopes[i]))
                            throw $TypeError(".netscope.v1.EventBatch.envelopes: object expected");
                        message.envelopes[i] = $root.netscope.v1.Envelope.fromObject(object.envelopes[i], _depth + 1);
                    }
                }
                if (object.firstTimeNs != null)
                    if (typeof object.firstTimeNs === "object" ? object.firstTimeNs.low || object.firstTimeNs.high : $Number(object.firstTimeNs) !== 0)
                        if ($util.Long)
                            message.firstTimeNs = $util.Long.fromValue(object.firstTimeNs, true);
                        else if (typeof object.firstTimeNs === "string")
                            message.firstTimeNs = $parseInt(object.firstTimeNs, 10);
                        else if (typeof object.firstTimeNs === "number")
                            message.firstTimeNs = object.firstTimeNs;
                        else if (typeof object.firstTimeNs === "object")
                            message.firstTimeNs = new $util.LongBits(object.firstTimeNs.low >>> 0, object.firstTimeNs.high >>> 0).toNumber(true);
                if (object.lastTimeNs != null)
                    if (typeof object.lastTimeNs === "object" ? object.lastTimeNs.low || object.lastTimeNs.high : $Number(object.lastTimeNs) !== 0)
                        if ($util.Long)
                            message.lastTimeNs = $util.Long.fromValue(object.lastTimeNs, true);
                        else if (typeof object.lastTimeNs === "string")
                            message.lastTimeNs = $parseInt(object.lastTimeNs, 10);
                        else if (typeof object.lastTimeNs === "number")
                            message.lastTimeNs = object.lastTimeNs;
                        else if (typeof object.lastTimeNs === "object")
                            message.lastTimeNs = new $util.LongBits(object.lastTimeNs.low >>> 0, object.lastTimeNs.high >>> 0).toNumber(true);
                if (object.firstSeq != null)
                    if (typeof object.firstSeq === "object" ? object.firstSeq.low || object.firstSeq.high : $Number(object.firstSeq) !== 0)
                        if ($util.Long)
                            message.firstSeq = $util.Long.fromValue(object.firstSeq, true);
                        else if (typeof object.firstSeq === "string")
                            message.firstSeq = $parseInt(object.firstSeq, 10);
                        else if (typeof object.firstSeq === "number")
                            message.firstSeq = object.firstSeq;
                        else if (typeof object.firstSeq === "object")
                            message.firstSeq = new $util.LongBits(object.firstSeq.low >>> 0, object.firstSeq.high >>> 0).toNumber(true);
                return message;
            };

            EventBatch.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.envelopes = [];
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.firstTimeNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.firstTimeNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.lastTimeNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.lastTimeNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.firstSeq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.firstSeq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.envelopes && message.envelopes.length) {
                    object.envelopes = $Array(message.envelopes.length);
                    for (let j = 0; j < message.envelopes.length; ++j)
                        object.envelopes[j] = $root.netscope.v1.Envelope.toObject(message.envelopes[j], options, _depth + 1);
                }
                if (message.firstTimeNs != null && $Object.hasOwnProperty.call(message, "firstTimeNs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.firstTimeNs = typeof message.firstTimeNs === "number" ? $BigInt(message.firstTimeNs) : $util.Long.fromBits(message.firstTimeNs.low >>> 0, message.firstTimeNs.high >>> 0, true).toBigInt();
                    else if (typeof message.firstTimeNs === "number")
                        object.firstTimeNs = options.longs === $String ? $String(message.firstTimeNs) : message.firstTimeNs;
                    else
                        object.firstTimeNs = options.longs === $String ? $util.Long.prototype.toString.call(message.firstTimeNs) : options.longs === $Number ? new $util.LongBits(message.firstTimeNs.low >>> 0, message.firstTimeNs.high >>> 0).toNumber(true) : message.firstTimeNs;
                if (message.lastTimeNs != null && $Object.hasOwnProperty.call(message, "lastTimeNs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.lastTimeNs = typeof message.lastTimeNs === "number" ? $BigInt(message.lastTimeNs) : $util.Long.fromBits(message.lastTimeNs.low >>> 0, message.lastTimeNs.high >>> 0, true).toBigInt();
                    else if (typeof message.lastTimeNs === "number")
                        object.lastTimeNs = options.longs === $String ? $String(message.lastTimeNs) : message.lastTimeNs;
                    else
                        object.lastTimeNs = options.longs === $String ? $util.Long.prototype.toString.call(message.lastTimeNs) : options.longs === $Number ? new $util.LongBits(message.lastTimeNs.low >>> 0, message.lastTimeNs.high >>> 0).toNumber(true) : message.lastTimeNs;
                if (message.firstSeq != null && $Object.hasOwnProperty.call(message, "firstSeq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.firstSeq = typeof message.firstSeq === "number" ? $BigInt(message.firstSeq) : $util.Long.fromBits(message.firstSeq.low >>> 0, message.firstSeq.high >>> 0, true).toBigInt();
                    else if (typeof message.firstSeq === "number")
                        object.firstSeq = options.longs === $String ? $String(message.firstSeq) : message.firstSeq;
                    else
                        object.firstSeq = options.longs === $String ? $util.Long.prototype.toString.call(message.firstSeq) : options.longs === $Number ? new $util.LongBits(message.firstSeq.low >>> 0, message.firstSeq.high >>> 0).toNumber(true) : message.firstSeq;
                return object;
            };

            EventBatch.prototype.toJSON = function() {
                return EventBatch.toObject(this, $protobuf.util.toJSONOptions);
            };

            EventBatch.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/netscope.v1.EventBatch";
            };

            return EventBatch;
        })();

        v1.BatchIndexEntry = (function() {

            const BatchIndexEntry = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            BatchIndexEntry.prototype.offset = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            BatchIndexEntry.prototype.count = 0;
            BatchIndexEntry.prototype.firstTimeNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            BatchIndexEntry.prototype.lastTimeNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            BatchIndexEntry.create = function(properties) {
                return new BatchIndexEntry(properties);
            };

            BatchIndexEntry.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.offset != null && $Object.hasOwnProperty.call(message, "offset") && (typeof message.offset === "object" ? message.offset.low || message.offset.high : message.offset !== 0))
                    writer.uint32(8).uint64(message.offset);
                if (message.count != null && $Object.hasOwnProperty.call(message, "count") && message.count !== 0)
                    writer.uint32(16).uint32(message.count);
                if (message.firstTimeNs != null && $Object.hasOwnProperty.call(message, "firstTimeNs") && (typeof message.firstTimeNs === "object" ? message.firstTimeNs.low || message.firstTimeNs.high : message.firstTimeNs !== 0))
                    writer.uint32(24).uint64(message.firstTimeNs);
                if (message.lastTimeNs != null && $Object.hasOwnProperty.call(message, "lastTimeNs") && (typeof message.lastTimeNs === "object" ? message.lastTimeNs.low || message.lastTimeNs.high : message.lastTimeNs !== 0))
                    writer.uint32(32).uint64(message.lastTimeNs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            BatchIndexEntry.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            BatchIndexEntry.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.netscope.v1.BatchIndexEntry();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.offset = value;
                            else
                                delete message.offset;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.count = value;
                            else
                                delete message.count;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.firstTimeNs = value;
                            else
                                delete message.firstTimeNs;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.lastTimeNs = value;
                            else
                                delete message.lastTimeNs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            BatchIndexEntry.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            BatchIndexEntry.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.offset != null && $Object.hasOwnProperty.call(message, "offset"))
                    if (!$util.isInteger(message.offset) && !(message.offset && $util.isInteger(message.offset.low) && $util.isInteger(message.offset.high)))
                        return "offset: integer|Long expected";
                if (message.count != null && $Object.hasOwnProperty.call(message, "count"))
                    if (!$util.isInteger(message.count))
                        return "count: integer expected";
                if (message.firstTimeNs != null && $Object.hasOwnProperty.call(message, "firstTimeNs"))
                    if (!$util.isInteger(message.firstTimeNs) && !(message.firstTimeNs && $util.isInteger(message.firstTimeNs.low) && $util.isInteger(message.firstTimeNs.high)))
                        return "firstTimeNs: integer|Long expected";
                if (message.lastTimeNs != null && $Object.hasOwnProperty.call(message, "lastTimeNs"))
                    if (!$util.isInteger(message.lastTimeNs) && !(message.lastTimeNs && $util.isInteger(message.lastTimeNs.low) && $util.isInteger(message.lastTimeNs.high)))
                        return "lastTimeNs: integer|Long expected";
                return null;
            };

            BatchIndexEntry.fromObject = function (object, _depth) {
                if (object instanceof $root.netscope.v1.BatchIndexEntry)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".netscope.v1.BatchIndexEntry: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.netscope.v1.BatchIndexEntry();
                if (object.offset != null)
                    if (typeof object.offset === "object" ? object.offset.low || object.offset.high : $Number(object.offset) !== 0)
                        if ($util.Long)
                            message.offset = $util.Long.fromValue(object.offset, true);
                        else if (typeof object.offset === "string")
                            message.offset = $parseInt(object.offset, 10);
                        else if (typeof object.offset === "number")
                            message.offset = object.offset;
                        else if (typeof object.offset === "object")
                            message.offset = new $util.LongBits(object.offset.low >>> 0, object.offset.high >>> 0).toNumber(true);
                if (object.count != null)
                    if ($Number(object.count) !== 0)
                        message.count = object.count >>> 0;
                if (object.firstTimeNs != null)
                    if (typeof object.firstTimeNs === "object" ? object.firstTimeNs.low || object.firstTimeNs.high : $Number(object.firstTimeNs) !== 0)
                        if ($util.Long)
                            message.firstTimeNs = $util.Long.fromValue(object.firstTimeNs, true);
                        else if (typeof object.firstTimeNs === "string")
                            message.firstTimeNs = $parseInt(object.firstTimeNs, 10);
                        else if (typeof object.firstTimeNs === "number")
                            message.firstTimeNs = object.firstTimeNs;
                        else if (typeof object.firstTimeNs === "object")
                            message.firstTimeNs = new $util.LongBits(object.firstTimeNs.low >>> 0, object.firstTimeNs.high >>> 0).toNumber(true);
                if (object.lastTimeNs != null)
                    if (typeof object.lastTimeNs === "object" ? object.lastTimeNs.low || object.lastTimeNs.high : $Number(object.lastTimeNs) !== 0)
                        if ($util.Long)
                            message.lastTimeNs = $util.Long.fromValue(object.lastTimeNs, true);
                        else if (typeof object.lastTimeNs === "string")
                            message.lastTimeNs = $parseInt(object.lastTimeNs, 10);
                        else if (typeof object.lastTimeNs === "number")
                            message.lastTimeNs = object.lastTimeNs;
                        else if (typeof object.lastTimeNs === "object")
                            message.lastTimeNs = new $util.LongBits(object.lastTimeNs.low >>> 0, object.lastTimeNs.high >>> 0).toNumber(true);
                return message;
            };

            BatchIndexEntry.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.offset = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.offset = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.count = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.firstTimeNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.firstTimeNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.lastTimeNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.lastTimeNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.offset != null && $Object.hasOwnProperty.call(message, "offset"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.offset = typeof message.offset === "number" ? $BigInt(message.offset) : $util.Long.fromBits(message.offset.low >>> 0, message.offset.high >>> 0, true).toBigInt();
                    else if (typeof message.offset === "number")
                        object.offset = options.longs === $String ? $String(message.offset) : message.offset;
                    else
                        object.offset = options.longs === $String ? $util.Long.prototype.toString.call(message.offset) : options.longs === $Number ? new $util.LongBits(message.offset.low >>> 0, message.offset.high >>> 0).toNumber(true) : message.offset;
                if (message.count != null && $Object.hasOwnProperty.call(message, "count"))
                    object.count = message.count;
                if (message.firstTimeNs != null && $Object.hasOwnProperty.call(message, "firstTimeNs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.firstTimeNs = typeof message.firstTimeNs === "number" ? $BigInt(message.firstTimeNs) : $util.Long.fromBits(message.firstTimeNs.low >>> 0, message.firstTimeNs.high >>> 0, true).toBigInt();
                    else if (typeof message.firstTimeNs === "number")
                        object.firstTimeNs = options.longs === $String ? $String(message.firstTimeNs) : message.firstTimeNs;
                    else
                        object.firstTimeNs = options.longs === $String ? $util.Long.prototype.toString.call(message.firstTimeNs) : options.longs === $Number ? new $util.LongBits(message.firstTimeNs.low >>> 0, message.firstTimeNs.high >>> 0).toNumber(true) : message.firstTimeNs;
                if (message.lastTimeNs != null && $Object.hasOwnProperty.call(message, "lastTimeNs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.lastTimeNs = typeof message.lastTimeNs === "number" ? $BigInt(message.lastTimeNs) : $util.Long.fromBits(message.lastTimeNs.low >>> 0, message.lastTimeNs.high >>> 0, true).toBigInt();
                    else if (typeof message.lastTimeNs === "number")
                        object.lastTimeNs = options.longs === $String ? $String(message.lastTimeNs) : message.lastTimeNs;
                    else
                        object.lastTimeNs = options.longs === $String ? $util.Long.prototype.toString.call(message.lastTimeNs) : options.longs === $Number ? new $util.LongBits(message.lastTimeNs.low >>> 0, message.lastTimeNs.high >>> 0).toNumber(true) : message.lastTimeNs;
                return object;
            };

            BatchIndexEntry.prototype.toJSON = function() {
                return BatchIndexEntry.toObject(this, $protobuf.util.toJSONOptions);
            };

            BatchIndexEntry.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/netscope.v1.BatchIndexEntry";
            };

            return BatchIndexEntry;
        })();

        v1.KindCount = (function() {

            const KindCount = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            KindCount.prototype.kind = "";
            KindCount.prototype.count = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            KindCount.create = function(properties) {
                return new KindCount(properties);
            };

            KindCount.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== "")
                    writer.uint32(10).string(message.kind);
                if (message.count != null && $Object.hasOwnProperty.call(message, "count") && (typeof message.count === "object" ? message.count.low || message.count.high : message.count !== 0))
                    writer.uint32(16).uint64(message.count);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            KindCount.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            KindCount.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.netscope.v1.KindCount();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.count = value;
                            else
                                delete message.count;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            KindCount.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            KindCount.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    if (!$util.isString(message.kind))
                        return "kind: string expected";
                if (message.count != null && $Object.hasOwnProperty.call(message, "count"))
                    if (!$util.isInteger(message.count) && !(message.count && $util.isInteger(message.count.low) && $util.isInteger(message.count.high)))
                        return "count: integer|Long expected";
                return null;
            };

            KindCount.fromObject = function (object, _depth) {
                if (object instanceof $root.netscope.v1.KindCount)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".netscope.v1.KindCount: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.netscope.v1.KindCount();
                if (object.kind != null)
                    if (typeof object.kind !== "string" || object.kind.length)
                        message.kind = $String(object.kind);
                if (object.count != null)
                    if (typeof object.count === "object" ? object.count.low || object.count.high : $Number(object.count) !== 0)
                        if ($util.Long)
                            message.count = $util.Long.fromValue(object.count, true);
                        else if (typeof object.count === "string")
                            message.count = $parseInt(object.count, 10);
                        else if (typeof object.count === "number")
                            message.count = object.count;
                        else if (typeof object.count === "object")
                            message.count = new $util.LongBits(object.count.low >>> 0, object.count.high >>> 0).toNumber(true);
                return message;
            };

            KindCount.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.kind = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.count = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.count = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    object.kind = message.kind;
                if (message.count != null && $Object.hasOwnProperty.call(message, "count"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.count = typeof message.count === "number" ? $BigInt(message.count) : $util.Long.fromBits(message.count.low >>> 0, message.count.high >>> 0, true).toBigInt();
                    else if (typeof message.count === "number")
                        object.count = options.longs === $String ? $String(message.count) : message.count;
                    else
                        object.count = options.longs === $String ? $util.Long.prototype.toString.call(message.count) : options.longs === $Number ? new $util.LongBits(message.count.low >>> 0, message.count.high >>> 0).toNumber(true) : message.count;
                return object;
            };

            KindCount.prototype.toJSON = function() {
                return KindCount.toObject(this, $protobuf.util.toJSONOptions);
            };

            KindCount.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/netscope.v1.KindCount";
            };

            return KindCount;
        })();

        v1.RecordingFooter = (function() {

            const RecordingFooter = function (properties) {
                this.kinds = [];
                this.index = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            RecordingFooter.prototype.events = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            RecordingFooter.prototype.batches = 0;
            RecordingFooter.prototype.kinds = $util.emptyArray;
            RecordingFooter.prototype.firstTimeNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            RecordingFooter.prototype.lastTimeNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            RecordingFooter.prototype.endTimeNs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            RecordingFooter.prototype.index = $util.emptyArray;
            RecordingFooter.prototype.reason = "";
            RecordingFooter.prototype.nextPart = "";
            RecordingFooter.prototype.lost = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            RecordingFooter.create = function(properties) {
                return new RecordingFooter(properties);
            };

            RecordingFooter.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.events != null && $Object.hasOwnProperty.call(message, "events") && (typeof message.events === "object" ? message.events.low || message.events.high : message.events !== 0))
                    writer.uint32(8).uint64(message.events);
                if (message.batches != null && $Object.hasOwnProperty.call(message, "batches") && message.batches !== 0)
                    writer.uint32(16).uint32(message.batches);
                if (message.kinds != null && message.kinds.length)
                    for (let i = 0; i < message.kinds.length; ++i)
                        $root.netscope.v1.KindCount.encode(message.kinds[i], writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.firstTimeNs != null && $Object.hasOwnProperty.call(message, "firstTimeNs") && (typeof message.firstTimeNs === "object" ? message.firstTimeNs.low || message.firstTimeNs.high : message.firstTimeNs !== 0))
                    writer.uint32(32).uint64(message.firstTimeNs);
                if (message.lastTimeNs != null && $Object.hasOwnProperty.call(message, "lastTimeNs") && (typeof message.lastTimeNs === "object" ? message.lastTimeNs.low || message.lastTimeNs.high : message.lastTimeNs !== 0))
                    writer.uint32(40).uint64(message.lastTimeNs);
                if (message.endTimeNs != null && $Object.hasOwnProperty.call(message, "endTimeNs") && (typeof message.endTimeNs === "object" ? message.endTimeNs.low || message.endTimeNs.high : message.endTimeNs !== 0))
                    writer.uint32(48).uint64(message.endTimeNs);
                if (message.index != null && message.index.length)
                    for (let i = 0; i < message.index.length; ++i)
                        $root.netscope.v1.BatchIndexEntry.encode(message.index[i], writer.uint32(58).fork(), _depth + 1).ldelim();
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(66).string(message.reason);
                if (message.nextPart != null && $Object.hasOwnProperty.call(message, "nextPart") && message.nextPart !== "")
                    writer.uint32(74).string(message.nextPart);
                if (message.lost != null && $Object.hasOwnProperty.call(message, "lost") && (typeof message.lost === "object" ? message.lost.low || message.lost.high : message.lost !== 0))
                    writer.uint32(80).uint64(message.lost);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            RecordingFooter.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            RecordingFooter.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.netscope.v1.RecordingFooter();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.events = value;
                            else
                                delete message.events;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.batches = value;
                            else
                                delete message.batches;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.kinds && message.kinds.length))
                                message.kinds = [];
                            message.kinds.push($root.netscope.v1.KindCount.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.firstTimeNs = value;
                            else
                                delete message.firstTimeNs;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.lastTimeNs = value;
                            else
                                delete message.lastTimeNs;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.endTimeNs = value;
                            else
                                delete message.endTimeNs;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.index && message.index.length))
                                message.index = [];
                            message.index.push($root.netscope.v1.BatchIndexEntry.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.nextPart = value;
                            else
                                delete message.nextPart;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.lost = value;
                            else
                                delete message.lost;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            RecordingFooter.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            RecordingFooter.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.events != null && $Object.hasOwnProperty.call(message, "events"))
                    if (!$util.isInteger(message.events) && !(message.events && $util.isInteger(message.events.low) && $util.isInteger(message.events.high)))
                        return "events: integer|Long expected";
                if (message.batches != null && $Object.hasOwnProperty.call(message, "batches"))
                    if (!$util.isInteger(message.batches))
                        return "batches: integer expected";
                if (message.kinds != null && $Object.hasOwnProperty.call(message, "kinds")) {
                    if (!$Array.isArray(message.kinds))
                        return "kinds: array expected";
                    for (let i = 0; i < message.kinds.length; ++i) {
                        let error = $root.netscope.v1.KindCount.verify(message.kinds[i], _depth + 1);
                        if (error)
                            return "kinds." + error;
                    }
                }
                if (message.firstTimeNs != null && $Object.hasOwnProperty.call(message, "firstTimeNs"))
                    if (!$util.isInteger(message.firstTimeNs) && !(message.firstTimeNs && $util.isInteger(message.firstTimeNs.low) && $util.isInteger(message.firstTimeNs.high)))
                        return "firstTimeNs: integer|Long expected";
                if (message.lastTimeNs != null && $Object.hasOwnProperty.call(message, "lastTimeNs"))
                    if (!$util.isInteger(message.lastTimeNs) && !(message.lastTimeNs && $util.isInteger(message.lastTimeNs.low) && $util.isInteger(message.lastTimeNs.high)))
                        return "lastTimeNs: integer|Long expected";
                if (message.endTimeNs != null && $Object.hasOwnProperty.call(message, "endTimeNs"))
                    if (!$util.isInteger(message.endTimeNs) && !(message.endTimeNs && $util.isInteger(message.endTimeNs.low) && $util.isInteger(message.endTimeNs.high)))
                        return "endTimeNs: integer|Long expected";
                if (message.index != null && $Object.hasOwnProperty.call(message, "index")) {
                    if (!$Array.isArray(message.index))
                        return "index: array expected";
                    for (let i = 0; i < message.index.length; ++i) {
                        let error = $root.netscope.v1.BatchIndexEntry.verify(message.index[i], _depth + 1);
                        if (error)
                            return "index." + error;
                    }
                }
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    if (!$util.isString(message.reason))
                        return "reason: string expected";
                if (message.nextPart != null && $Object.hasOwnProperty.call(message, "nextPart"))
                    if (!$util.isString(message.nextPart))
                        return "nextPart: string expected";
                if (message.lost != null && $Object.hasOwnProperty.call(message, "lost"))
                    if (!$util.isInteger(message.lost) && !(message.lost && $util.isInteger(message.lost.low) && $util.isInteger(message.lost.high)))
                        return "lost: integer|Long expected";
                return null;
            };

            RecordingFooter.fromObject = function (object, _depth) {
                if (object instanceof $root.netscope.v1.RecordingFooter)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".netscope.v1.RecordingFooter: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.netscope.v1.RecordingFooter();
                if (object.events != null)
                    if (typeof object.events === "object" ? object.events.low || object.events.high : $Number(object.events) !== 0)
                        if ($util.Long)
                            message.events = $util.Long.fromValue(object.events, true);
                        else if (typeof object.events === "string")
                            message.events = $parseInt(object.events, 10);
                        else if (typeof object.events === "number")
                            message.events = object.events;
                        else if (typeof object.events === "object")
                            message.events = new $util.LongBits(object.events.low >>> 0, object.events.high >>> 0).toNumber(true);
                if (object.batches != null)
                    if ($Number(object.batches) !== 0)
                        message.batches = object.batches >>> 0;
                if (object.kinds) {
                    if (!$Array.isArray(object.kinds))
                        throw $TypeError(".netscope.v1.RecordingFooter.kinds: array expected");
                    message.kinds = $Array(object.kinds.length);
                    for (let i = 0; i < object.kinds.length; ++i) {
                        if (!$util.isObject(object.kinds[i]))
                            throw $TypeError(".netscope.v1.RecordingFooter.kinds: object expected");
                        message.kinds[i] = $root.netscope.v1.KindCount.fromObject(object.kinds[i], _depth + 1);
                    }
                }
                if (object.firstTimeNs != null)
                    if (typeof object.firstTimeNs === "object" ? object.firstTimeNs.low || object.firstTimeNs.high : $Number(object.firstTimeNs) !== 0)
                        if ($util.Long)
                            message.firstTimeNs = $util.Long.fromValue(object.firstTimeNs, true);
                        else if (typeof object.firstTimeNs === "string")
                            message.firstTimeNs = $parseInt(object.firstTimeNs, 10);
                        else if (typeof object.firstTimeNs === "number")
                            message.firstTimeNs = object.firstTimeNs;
                        else if (typeof object.firstTimeNs === "object")
                            message.firstTimeNs = new $util.LongBits(object.firstTimeNs.low >>> 0, object.firstTimeNs.high >>> 0).toNumber(true);
                if (object.lastTimeNs != null)
                    if (typeof object.lastTimeNs === "object" ? object.lastTimeNs.low || object.lastTimeNs.high : $Number(object.lastTimeNs) !== 0)
                        if ($util.Long)
                            message.lastTimeNs = $util.Long.fromValue(object.lastTimeNs, true);
                        else if (typeof object.lastTimeNs === "string")
                            message.lastTimeNs = $parseInt(object.lastTimeNs, 10);
                        else if (typeof object.lastTimeNs === "number")
                            message.lastTimeNs = object.lastTimeNs;
                        else if (typeof object.lastTimeNs === "object")
                            message.lastTimeNs = new $util.LongBits(object.lastTimeNs.low >>> 0, object.lastTimeNs.high >>> 0).toNumber(true);
                if (object.endTimeNs != null)
                    if (typeof object.endTimeNs === "object" ? object.endTimeNs.low || object.endTimeNs.high : $Number(object.endTimeNs) !== 0)
                        if ($util.Long)
                            message.endTimeNs = $util.Long.fromValue(object.endTimeNs, true);
                        else if (typeof object.endTimeNs === "string")
                            message.endTimeNs = $parseInt(object.endTimeNs, 10);
                        else if (typeof object.endTimeNs === "number")
                            message.endTimeNs = object.endTimeNs;
                        else if (typeof object.endTimeNs === "object")
                            message.endTimeNs = new $util.LongBits(object.endTimeNs.low >>> 0, object.endTimeNs.high >>> 0).toNumber(true);
                if (object.index) {
                    if (!$Array.isArray(object.index))
                        throw $TypeError(".netscope.v1.RecordingFooter.index: array expected");
                    message.index = $Array(object.index.length);
                    for (let i = 0; i < object.index.length; ++i) {
                        if (!$util.isObject(object.index[i]))
                            throw $TypeError(".netscope.v1.RecordingFooter.index: object expected");
                        message.index[i] = $root.netscope.v1.BatchIndexEntry.fromObject(object.index[i], _depth + 1);
                    }
                }
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                if (object.nextPart != null)
                    if (typeof object.nextPart !== "string" || object.nextPart.length)
                        message.nextPart = $String(object.nextPart);
                if (object.lost != null)
                    if (typeof object.lost === "object" ? object.lost.low || object.lost.high : $Number(object.lost) !== 0)
                        if ($util.Long)
                            message.lost = $util.Long.fromValue(object.lost, true);
                        else if (typeof object.lost === "string")
                            message.lost = $parseInt(object.lost, 10);
                        else if (typeof object.lost === "number")
                            message.lost = object.lost;
                        else if (typeof object.lost === "object")
                            message.lost = new $util.LongBits(object.lost.low >>> 0, object.lost.high >>> 0).toNumber(true);
                return message;
            };

            RecordingFooter.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.kinds = [];
                    object.index = [];
                }
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.events = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.events = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.batches = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.firstTimeNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.firstTimeNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.lastTimeNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.lastTimeNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.endTimeNs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.endTimeNs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.reason = "";
                    object.nextPart = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.lost = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.lost = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.events != null && $Object.hasOwnProperty.call(message, "events"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.events = typeof message.events === "number" ? $BigInt(message.events) : $util.Long.fromBits(message.events.low >>> 0, message.events.high >>> 0, true).toBigInt();
                    else if (typeof message.events === "number")
                        object.events = options.longs === $String ? $String(message.events) : message.events;
                    else
                        object.events = options.longs === $String ? $util.Long.prototype.toString.call(message.events) : options.longs === $Number ? new $util.LongBits(message.events.low >>> 0, message.events.high >>> 0).toNumber(true) : message.events;
                if (message.batches != null && $Object.hasOwnProperty.call(message, "batches"))
                    object.batches = message.batches;
                if (message.kinds && message.kinds.length) {
                    object.kinds = $Array(message.kinds.length);
                    for (let j = 0; j < message.kinds.length; ++j)
                        object.kinds[j] = $root.netscope.v1.KindCount.toObject(message.kinds[j], options, _depth + 1);
                }
                if (message.firstTimeNs != null && $Object.hasOwnProperty.call(message, "firstTimeNs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.firstTimeNs = typeof message.firstTimeNs === "number" ? $BigInt(message.firstTimeNs) : $util.Long.fromBits(message.firstTimeNs.low >>> 0, message.firstTimeNs.high >>> 0, true).toBigInt();
                    else if (typeof message.firstTimeNs === "number")
                        object.firstTimeNs = options.longs === $String ? $String(message.firstTimeNs) : message.firstTimeNs;
                    else
                        object.firstTimeNs = options.longs === $String ? $util.Long.prototype.toString.call(message.firstTimeNs) : options.longs === $Number ? new $util.LongBits(message.firstTimeNs.low >>> 0, message.firstTimeNs.high >>> 0).toNumber(true) : message.firstTimeNs;
                if (message.lastTimeNs != null && $Object.hasOwnProperty.call(message, "lastTimeNs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.lastTimeNs = typeof message.lastTimeNs === "number" ? $BigInt(message.lastTimeNs) : $util.Long.fromBits(message.lastTimeNs.low >>> 0, message.lastTimeNs.high >>> 0, true).toBigInt();
                    else if (typeof message.lastTimeNs === "number")
                        object.lastTimeNs = options.longs === $String ? $String(message.lastTimeNs) : message.lastTimeNs;
                    else
                        object.lastTimeNs = options.longs === $String ? $util.Long.prototype.toString.call(message.lastTimeNs) : options.longs === $Number ? new $util.LongBits(message.lastTimeNs.low >>> 0, message.lastTimeNs.high >>> 0).toNumber(true) : message.lastTimeNs;
                if (message.endTimeNs != null && $Object.hasOwnProperty.call(message, "endTimeNs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.endTimeNs = typeof message.endTimeNs === "number" ? $BigInt(message.endTimeNs) : $util.Long.fromBits(message.endTimeNs.low >>> 0, message.endTimeNs.high >>> 0, true).toBigInt();
                    else if (typeof message.endTimeNs === "number")
                        object.endTimeNs = options.longs === $String ? $String(message.endTimeNs) : message.endTimeNs;
                    else
                        object.endTimeNs = options.longs === $String ? $util.Long.prototype.toString.call(message.endTimeNs) : options.longs === $Number ? new $util.LongBits(message.endTimeNs.low >>> 0, message.endTimeNs.high >>> 0).toNumber(true) : message.endTimeNs;
                if (message.index && message.index.length) {
                    object.index = $Array(message.index.length);
                    for (let j = 0; j < message.index.length; ++j)
                        object.index[j] = $root.netscope.v1.BatchIndexEntry.toObject(message.index[j], options, _depth + 1);
                }
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                if (message.nextPart != null && $Object.hasOwnProperty.call(message, "nextPart"))
                    object.nextPart = message.nextPart;
                if (message.lost != null && $Object.hasOwnProperty.call(message, "lost"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.lost = typeof message.lost === "number" ? $BigInt(message.lost) : $util.Long.fromBits(message.lost.low >>> 0, message.lost.high >>> 0, true).toBigInt();
                    else if (typeof message.lost === "number")
                        object.lost = options.longs === $String ? $String(message.lost) : message.lost;
                    else
                        object.lost = options.longs === $String ? $util.Long.prototype.toString.call(message.lost) : options.longs === $Number ? new $util.LongBits(message.lost.low >>> 0, message.lost.high >>> 0).toNumber(true) : message.lost;
                return object;
            };

            RecordingFooter.prototype.toJSON = function() {
                return RecordingFooter.toObject(this, $protobuf.util.toJSONOptions);
            };

            RecordingFooter.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/netscope.v1.RecordingFooter";
            };

            return RecordingFooter;
        })();

        return v1;
    })();

    return netscope;
})();

export {
  $root as default
};
